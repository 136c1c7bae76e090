"""The statement reader's time and answer size against the length of its input.

Run: .venv/bin/python benchmarks/reader_scaling.py

Reads texts of repeated figures (one run-on sentence, and short sentences) of
25,000 to 200,000 characters and prints seconds, the JSON answer's size and
both as ratios to the smallest input: linear growth shows as ratios near the
length ratio, bounded answers as size ratios near 1 once the bounds are hit.
"""

from __future__ import annotations

import time

from armscontrol.reader import read_text

UNITS = {
    "run-on": "1,550 warheads and 700 launchers under New START ",
    "sentences": "New START limits each side to 1,550 warheads and 700 launchers by 5 February 2018. ",
}


def main() -> None:
    read_text("New START: 1,550 warheads.", "2021-02-03")
    for name, unit in UNITS.items():
        base = None
        for characters in (25_000, 50_000, 100_000, 200_000):
            text = (unit * (characters // len(unit) + 1))[: characters - 1]
            start = time.perf_counter()
            answer = read_text(text, "2021-02-03")
            seconds = time.perf_counter() - start
            size = len(answer.model_dump_json())
            base = base or (seconds, size)
            print(
                f"{name:10} {characters:8,} chars  {seconds:6.2f} s ({seconds / base[0]:4.1f}x)  "
                f"{size / 1e6:5.2f} MB ({size / base[1]:4.1f}x)  omitted {answer.omitted}"
            )


if __name__ == "__main__":
    main()
