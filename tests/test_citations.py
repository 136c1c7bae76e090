"""One wording of a source and one numbering of footnotes (armscontrol.citations), the secondary label everywhere."""

from __future__ import annotations

import datetime as dt

from armscontrol.citations import Footnotes, SourceRef, cite_text, label, marks_text, ranges, short_text, source_ref
from armscontrol.data import registry
from armscontrol.reader import models as reader_models

TREATY = SourceRef(ref="treaty", publisher="A depositary", title="The Treaty (text)", date=dt.date(2010, 4, 8))
EXCHANGE = {
    "ref": "exchange-2021",
    "publisher": "A ministry",
    "title": "Aggregate numbers (data as of March 1, 2021)",
    "kind": "declared",
}
EXCHANGE_LATER = dict(
    EXCHANGE, ref="exchange-2022", title="Aggregate numbers (data as of March 1, 2022)", date="2022-04-01"
)
COMPILATION = SourceRef(
    ref="compiled",
    publisher="A research project",
    title="Membership database",
    date=dt.date(2026, 1, 23),
    kind="secondary",
    cites="the depositaries' records",
)


def test_a_source_reads_publisher_title_date_and_place() -> None:
    assert (
        cite_text(TREATY.model_copy(update={"at": "Article II"}))
        == "A depositary, The Treaty (text) (2010-04-08), Article II"
    )
    assert cite_text(None) is None and label(TREATY) is None


def test_a_secondary_compilation_is_labelled_with_the_record_it_cites() -> None:
    assert label(COMPILATION) == "secondary compilation, citing the depositaries' records"
    assert cite_text(COMPILATION).endswith("[secondary compilation, citing the depositaries' records]")
    assert short_text(COMPILATION).endswith("[secondary compilation, citing the depositaries' records]")
    assert cite_text(EXCHANGE).endswith("[declared]")


def test_footnotes_are_numbered_in_order_of_first_use_each_source_once() -> None:
    notes = Footnotes()
    assert [notes.mark(s) for s in (COMPILATION, TREATY, COMPILATION, None, TREATY)] == [
        "[1]",
        "[2]",
        "[1]",
        None,
        "[2]",
    ]
    assert [n.number for n in notes.items] == [1, 2] and len(notes) == 2


def test_the_places_of_one_source_are_listed_once_under_its_number() -> None:
    notes = Footnotes()
    for at in ("Article II", "Article V", "Article II"):
        assert notes.number(TREATY.model_copy(update={"at": at})) == 1
    assert [n.text for n in notes.items] == ["A depositary, The Treaty (text) (2010-04-08), Article II; Article V"]
    documents = Footnotes(places=False)
    documents.mark(TREATY.model_copy(update={"at": "Article II"}))
    assert documents.items[0].text == "A depositary, The Treaty (text) (2010-04-08)"


def test_the_editions_of_a_series_share_one_footnote_each_edition_named() -> None:
    notes = Footnotes()
    assert notes.numbers([dict(EXCHANGE, at="row 2"), TREATY, dict(EXCHANGE_LATER, at="row 2"), None]) == [1, 2]
    (series, treaty) = notes.items
    assert series.text == (
        "A ministry, Aggregate numbers: data as of March 1, 2021; data as of March 1, 2022 (2022-04-01)"
        " — row 2 [declared]"
    )
    assert treaty.text == "A depositary, The Treaty (text) (2010-04-08)"


def test_marks_in_runs() -> None:
    assert ranges([5, 1, 2, 3, 3]) == [(1, 3), (5, 5)]
    assert marks_text([1, 2, 3, 5]) == "[1]–[3] [5]"


def test_the_shipped_secondary_compilation_keeps_its_label_in_every_source_model() -> None:
    citation = registry().instruments["npt"].party_list.source
    ref = source_ref(citation)
    assert ref is not None and "secondary compilation" in (label(ref) or "")
    assert reader_models.SourceRef is SourceRef  # the reader's sources are the same model, label and all
