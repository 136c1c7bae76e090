"""The frozen held-out statements (tests/statements/heldout-2026): sourced, readable, quoted at their offsets.

Accuracy on this set is measured by benchmarks/reader_accuracy.py and never asserted
here, so that no one tunes the reader to it; what is asserted are the properties
every answer must have, and the issue's rule that no proposal, demand or hope is
judged a false claim.
"""

from __future__ import annotations

import datetime as dt

import pytest
from reader_scoring import HELDOUT_2026, annotated, score_one

from armscontrol.reader import read_file

ITEMS = annotated(HELDOUT_2026)


def test_the_held_out_set_has_thirty_sourced_statements_frozen_before_the_work():
    assert len(ITEMS) >= 30
    for item in ITEMS:
        for key in ("publisher", "title", "date", "found_at", "kept"):
            assert item.meta.get(key), f"{item.name}: no {key}"
        assert item.meta["heldout"] is True and item.meta["frozen"] == dt.date(2026, 12, 6)
        assert item.text.exists()
    assert (HELDOUT_2026 / "README.md").read_text().count("must not be tuned to") == 1


@pytest.mark.parametrize("item", ITEMS, ids=[i.name for i in ITEMS])
def test_each_statement_is_read_with_its_date_and_every_passage_at_its_offsets(item):
    text = item.text.read_text(encoding="utf-8")
    answer = read_file(str(item.text))
    assert answer.date == item.expect["date"] and answer.date_source == "text"
    spans = (
        [m for i in answer.instruments for m in i.mentions]
        + list(answer.figures)
        + list(answer.places)
        + list(answer.dates)
    )
    for span in spans:
        assert text[span.start : span.end] == span.text
    for figure in answer.figures:
        assert figure.sentence_start <= figure.start < figure.end <= figure.sentence_end
    score = score_one(item, answer)
    assert score.false_judgements == [], "a proposal, demand or hope judged false"
