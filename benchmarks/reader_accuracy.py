"""Accuracy of the statement reader over the hand-annotated statements in tests/statements.

Run: .venv/bin/python benchmarks/reader_accuracy.py
     [--set development|invented|heldout|heldout-b|heldout-c|heldout-d|heldout-e|heldout-f|heldout-g|heldout-h|heldout-i|heldout-j|heldout-k|heldout-l|heldout-m|heldout-n|heldout-o|heldout-p|heldout-q|heldout-r|heldout-s|heldout-t|heldout-u|heldout-v|heldout-w|heldout-x|heldout-y|heldout-z|heldout-aa|heldout-ab|heldout-ac|heldout-ad|heldout-ae|heldout-af|heldout-ag|heldout-ah|all] [--source-dates]

Prints recall and precision of instruments, figures, claims and places, the
share of matched claims whose verdict is right, and every miss and extra, for
each set separately: the development statements (tests/statements and
tests/statements/dev-2026), the invented edge cases, and the held-out set
frozen before the work on issue 23 (tests/statements/heldout-2026), and the
second held-out set frozen before the second round of that work
(tests/statements/heldout-2026b), the third frozen before the fourth pass
(tests/statements/heldout-2026c, opened as development material for the fifth pass), the fourth frozen before
the fifth pass (tests/statements/heldout-2026d, opened for the sixth), the fifth frozen before the sixth pass
(tests/statements/heldout-2026e), and the sixth frozen before the seventh pass (tests/statements/heldout-2026f), the seventh frozen before the eighth
pass (tests/statements/heldout-2026g), the eighth frozen before the ninth pass
(tests/statements/heldout-2026h), the ninth frozen before the tenth pass (tests/statements/heldout-2026i), the tenth frozen before the eleventh
pass (tests/statements/heldout-2026j), the eleventh frozen before the twelfth pass (tests/statements/heldout-2026k), the twelfth frozen before the
thirteenth pass (tests/statements/heldout-2026l), the thirteenth frozen before the fourteenth pass
(tests/statements/heldout-2026m), the fourteenth frozen before the fourteenth pass
(tests/statements/heldout-2026n), the fifteenth frozen before the fifteenth pass (tests/statements/heldout-2026o), the sixteenth frozen before the
sixteenth pass (tests/statements/heldout-2026p), the seventeenth frozen before the seventeenth pass
(tests/statements/heldout-2026q), the eighteenth frozen before the eighteenth pass (tests/statements/heldout-2026r), the nineteenth frozen before the
nineteenth pass (tests/statements/heldout-2026s), the twentieth frozen before the twentieth pass
(tests/statements/heldout-2026t), the twenty-first frozen before the twenty-first pass
(tests/statements/heldout-2026u), the twenty-second frozen before the twenty-second pass
(tests/statements/heldout-2026v), the twenty-third frozen before the twenty-third pass
(tests/statements/heldout-2026w), the twenty-fourth frozen before the twenty-fourth pass
(tests/statements/heldout-2026x), the twenty-fifth frozen before the twenty-fifth pass
(tests/statements/heldout-2026y), the twenty-sixth frozen before the twenty-sixth pass
(tests/statements/heldout-2026z), the twenty-seventh frozen before the twenty-seventh pass
(tests/statements/heldout-2026aa), the twenty-eighth frozen before the twenty-eighth pass
(tests/statements/heldout-2026ab), the twenty-ninth frozen before the twenty-ninth pass
(tests/statements/heldout-2026ac), the thirtieth frozen before the thirtieth pass
(tests/statements/heldout-2026ad), the thirty-first frozen before the thirty-first pass
(tests/statements/heldout-2026ae), the thirty-second frozen before the thirty-second pass
(tests/statements/heldout-2026af), the thirty-third frozen before the thirty-third pass
(tests/statements/heldout-2026ag), the thirty-fourth frozen before the thirty-fourth pass
(tests/statements/heldout-2026ah); a held-out set is measured and never tuned to while it is held out.
``false judgements`` counts proposals, demands and hopes judged ``contradicted``. With ``--source-dates`` each
statement is also given its record's date (the annotation's ``date``, the page's), whose year dates a dateline that
gives the day without one; the standard measure reads the text alone. With ``--rules-only`` the reader's trained
claim model is set aside (``armscontrol.reader.learned.rules_only``).
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reader"))

from reader_scoring import Score, score_items, sets  # noqa: E402

from armscontrol.reader import learned  # noqa: E402


def report(title: str, score: Score, count: int) -> None:
    print(f"\n{title} ({count} statements)")
    print(f"{'':12} {'recall':>8} {'precision':>10} {'matched':>8} {'expected':>9} {'found':>6}")
    for name in ("instruments", "figures", "claims", "places"):
        t = getattr(score, name)
        print(f"{name:12} {t.recall:8.1%} {t.precision:10.1%} {t.matched:8} {t.expected:9} {t.found:6}")
    print(f"false judgements of proposals, demands and hopes: {len(score.false_judgements)}")
    if score.verdicts_judged:
        print(
            f"verdicts right on matched claims: {score.verdicts_right}/{score.verdicts_judged} "
            f"({score.verdicts_right / score.verdicts_judged:.1%})"
        )
    if score.dates_annotated:
        print(
            f"dates read right: {score.dates_right}/{score.dates_annotated} "
            f"(of the others, not read {score.dates_not_read}, read wrong "
            f"{score.dates_annotated - score.dates_right - score.dates_not_read})"
        )
    for name in ("instruments", "figures", "claims", "places"):
        t = getattr(score, name)
        for miss in t.misses:
            print(f"  missed {name[:-1]}: {miss}")
        for extra in t.extras:
            print(f"  extra {name[:-1]}: {extra}")
    for error in score.attribute_errors + score.other_errors:
        print(f"  wrong: {error}")
    for error in score.false_judgements:
        print(f"  judged false: {error}")


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    choices = [
        "development",
        "invented",
        "heldout",
        "heldout-b",
        "heldout-c",
        "heldout-d",
        "heldout-e",
        "heldout-f",
        "heldout-g",
        "heldout-h",
        "heldout-i",
        "heldout-j",
        "heldout-k",
        "heldout-l",
        "heldout-m",
        "heldout-n",
        "heldout-o",
        "heldout-p",
        "heldout-q",
        "heldout-r",
        "heldout-s",
        "heldout-t",
        "heldout-u",
        "heldout-v",
        "heldout-w",
        "heldout-x",
        "heldout-y",
        "heldout-z",
        "heldout-aa",
        "heldout-ab",
        "heldout-ac",
        "heldout-ad",
        "heldout-ae",
        "heldout-af",
        "heldout-ag",
        "heldout-ah",
    ]
    choices.append("all")
    parser.add_argument("--set", choices=choices, default="all")
    parser.add_argument("--source-dates", action="store_true", help="give each statement its record's date")
    parser.add_argument("--rules-only", action="store_true", help="read with the rules alone, the trained model aside")
    args = parser.parse_args()
    chosen = args.set
    with learned.rules_only() if args.rules_only else contextlib.nullcontext():
        for name, items in sets(None if chosen == "all" else chosen).items():
            report(f"{name} set", score_items(items, source_dates=args.source_dates), len(items))


if __name__ == "__main__":
    main()
