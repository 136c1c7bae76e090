"""The first, quadratic form of the trained model's choice of the marks put in a sentence's place
(armscontrol.reader.learned._marks): the reference its linear form is checked against
(tests/reader/test_reader_learned.py) and timed against (benchmarks/reader_marks.py)."""

from __future__ import annotations

from collections.abc import Iterable

from armscontrol.reader import learned


def marks_reference(candidate: learned.Candidate, others: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Every other mark checked against every mark kept (quadratic in the marks of a sentence)."""
    marks = []
    if candidate.party_span is not None:
        marks.append((*candidate.party_span, "<P>"))
    if candidate.instrument_span is not None:
        marks.append((*candidate.instrument_span, "<I>"))
    for start, end, what in others:
        if not any(s < end and start < e for s, e, _ in marks):
            marks.append((start, end, what))
    return sorted(marks)
