"""Accuracy of the statement reader over the hand-annotated statements in tests/statements.

Run: .venv/bin/python benchmarks/reader_accuracy.py

Prints recall and precision of instruments, figures, claims and places, the
share of matched claims whose verdict is right, and every miss and extra, for
the real statements and for the invented edge cases separately.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reader"))

from reader_scoring import Score, annotated, score_all  # noqa: E402


def report(title: str, score: Score, count: int) -> None:
    print(f"\n{title} ({count} statements)")
    print(f"{'':12} {'recall':>8} {'precision':>10} {'matched':>8} {'expected':>9} {'found':>6}")
    for name in ("instruments", "figures", "claims", "places"):
        t = getattr(score, name)
        print(f"{name:12} {t.recall:8.1%} {t.precision:10.1%} {t.matched:8} {t.expected:9} {t.found:6}")
    if score.verdicts_judged:
        print(f"verdicts right on matched claims: {score.verdicts_right}/{score.verdicts_judged} ({score.verdicts_right / score.verdicts_judged:.1%})")
    for name in ("instruments", "figures", "claims", "places"):
        t = getattr(score, name)
        for miss in t.misses:
            print(f"  missed {name[:-1]}: {miss}")
        for extra in t.extras:
            print(f"  extra {name[:-1]}: {extra}")
    for error in score.attribute_errors + score.other_errors:
        print(f"  wrong: {error}")


def main() -> None:
    items = annotated()
    real, invented = score_all(items)
    report("Real statements", real, sum(1 for i in items if not i.invented))
    report("Invented edge cases", invented, sum(1 for i in items if i.invented))


if __name__ == "__main__":
    main()
