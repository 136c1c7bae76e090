"""The first, quadratic form of the trained model's placing of marks in a sentence (armscontrol.reader.learned._tokens):
the reference its linear form is checked against (tests/reader/test_reader_learned.py) and timed against
(benchmarks/reader_marks.py)."""

from __future__ import annotations

from collections.abc import Iterable

from armscontrol.reader import learned


def tokens_reference(text: str, candidate: learned.Candidate, others: Iterable[tuple[int, int, str]]) -> list[str]:
    """The first form of learned._tokens: every other mark checked against every mark kept (quadratic)."""
    a, b = candidate.sentence
    marks = []
    if candidate.party_span is not None:
        marks.append((*candidate.party_span, "<P>"))
    if candidate.instrument_span is not None:
        marks.append((*candidate.instrument_span, "<I>"))
    for start, end, what in others:
        if not any(s < end and start < e for s, e, _ in marks):
            marks.append((start, end, what))
    marks.sort()
    pieces, cursor = [], a
    for start, end, what in marks:
        if start < cursor or start >= b:
            continue
        pieces.append(text[cursor:start].lower())
        pieces.append(f" {what} ")
        cursor = end
    pieces.append(text[cursor:b].lower())
    words = learned._WORD.findall("".join(pieces))
    return ["<Y>" if learned._YEAR.match(w) else "<N>" if w.isdigit() else w for w in words]
