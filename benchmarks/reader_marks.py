"""How long the reader takes on a statement of long state lists, with the trained model's marks placed in linear time
against the first, quadratic placing (the reference), in the same process.

Run: .venv/bin/python benchmarks/reader_marks.py [--characters N] [--rounds R]

The statement repeats "The following States have signed and ratified the CTBT: A, B, ..." (150 states a sentence) up
to N characters (default 200,000, cut to the reader's limit of 200,000 bytes). Each round reads it once with each placing (A B A B); the
answers must be the same, and the ratio of the medians is printed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "reader"))

from reference_marks import marks_reference  # noqa: E402

from armscontrol.data import registry  # noqa: E402
from armscontrol.data.parties import party_name  # noqa: E402
from armscontrol.reader import MAX_BYTES, learned, read_text  # noqa: E402


def statement(characters: int) -> str:
    """State lists of ``characters`` characters."""
    codes = sorted({p.party for i in registry().instruments.values() for p in i.parties})[:150]
    unit = "The following States have signed and ratified the Comprehensive Nuclear-Test-Ban Treaty: "
    unit += ", ".join(party_name(c) for c in codes) + ". "
    text = (unit * (characters // len(unit) + 1))[:characters]
    while len(text.encode("utf-8")) > MAX_BYTES:  # a name with an accent takes two bytes
        text = text[:-100]
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--characters", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    text = statement(args.characters)
    read_text("New START: 1,550 warheads.", "2021-02-03")  # warm the data and the model
    linear = learned._marks
    times: dict[str, list[float]] = {"linear": [], "reference": []}
    answers = {}
    for _ in range(args.rounds):
        for name, placing in (("linear", linear), ("reference", marks_reference)):
            learned._marks = placing
            try:
                started = time.perf_counter()
                answers[name] = read_text(text, "2020-01-01").model_dump_json()
                times[name].append(time.perf_counter() - started)
            finally:
                learned._marks = linear
    assert answers["linear"] == answers["reference"], "the two placings read the statement differently"
    fast, slow = statistics.median(times["linear"]), statistics.median(times["reference"])
    print(f"{len(text):,} characters of state lists, {args.rounds} rounds each, same answer")
    print(f"linear placing    {fast:6.2f} s")
    print(f"reference         {slow:6.2f} s")
    print(f"ratio             {slow / fast:6.2f}x faster")


if __name__ == "__main__":
    main()
