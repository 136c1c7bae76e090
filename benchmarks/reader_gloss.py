"""What the gloss adds to reading a statement not in English, in one process.

Run: .venv/bin/python benchmarks/reader_gloss.py

The French and the Spanish example statements the Read page offers are repeated
to 20,000, 90,000 and 180,000 characters (under the reader's 200 KB limit). For
each, it times the gloss alone (``armscontrol.reader.gloss.gloss``) and the whole
reading (``read_text``: the gloss, the English rules on the glossed text, the
positions mapped back), and prints both and their ratio: the share of a reading
that the gloss takes. The reference is the reading of the same text in the same
process, so the machine's load moves the seconds and not the ratio. The first
line is the one-time cost of building a language's table of phrases (on the
first statement in that language, in each process).
"""

from __future__ import annotations

import time
from pathlib import Path

from armscontrol.reader import FRENCH, SPANISH, read_text
from armscontrol.reader.gloss import Language, gloss

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "armscontrol" / "examples" / "statements"
TEXTS: dict[str, tuple[str, Language]] = {
    "French": ("guatemala-ctbt-france-2012.txt", FRENCH),
    "Spanish": ("opanal-tlatelolco-2019.txt", SPANISH),
}
SIZES = (20_000, 90_000, 180_000)


def _seconds(run, repeat: int = 3) -> float:  # noqa: ANN001
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    for name, (file, language) in TEXTS.items():
        text = (EXAMPLES / file).read_text(encoding="utf-8")
        start = time.perf_counter()
        gloss(text[:200], language)
        print(f"{name}: table of phrases built in {time.perf_counter() - start:.2f} s (once per process)")
        read_text(text, "2019-02-14")  # the reader's own first-use loading, outside the timings
        for characters in SIZES:
            long = ((text + "\n\n") * (characters // len(text) + 1))[:characters]
            glossed = _seconds(lambda long=long, language=language: gloss(long, language))
            read = _seconds(lambda long=long: read_text(long, "2019-02-14"), repeat=1)
            print(
                f"  {characters:>7,} characters: gloss {glossed:.2f} s, whole reading {read:.2f} s, "
                f"gloss / reading {glossed / read:.2f}"
            )


if __name__ == "__main__":
    main()
