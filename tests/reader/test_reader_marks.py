"""The marks of a reading (armscontrol.answers.read.marks): every resolved passage, nested, with what and why."""

from __future__ import annotations

from armscontrol.answers.read import example_statement, example_statements, marks, read


def test_every_shipped_statement_is_sourced_and_read():
    for example in example_statements():
        assert example.publisher and example.title and example.found_at and example.kept and example.text.strip()
        # the page reads an example with its record's date as the source's: the text's own day where it gives one
        # (never another), else the record's (OPANAL's 2019 communiqué gives its day only in its prose)
        answer = read(example.text, source_date=example.date)
        assert answer.date == example.date
        if answer.date_source == "source":
            assert read(example.text).date_source == "not_read"


def test_marks_cover_every_kind_at_the_answers_offsets_and_nest():
    text = example_statement("helsinki-1997").text
    answer = read(text)
    found = marks(answer)
    assert {m.kind for m in found} >= {"instrument", "place", "figure", "date", "claim"}
    spans = {(m.start, m.end) for m in found}
    for figure in answer.figures:
        assert (figure.start, figure.end) in spans
    for place in answer.places:
        assert (place.start, place.end) in spans
    open_ends: list[int] = []
    for m in found:  # each mark lies inside every open mark it starts in
        while open_ends and open_ends[-1] <= m.start:
            open_ends.pop()
        assert not open_ends or m.end <= open_ends[-1]
        open_ends.append(m.end)
    figure = next(m for m in found if m.kind == "figure")
    assert "2007-12-31" in figure.why and figure.label == "2,000–2,500 warheads"


def test_one_passage_holding_two_claims_is_one_mark_with_both():
    answer = read(
        "Washington, March 21, 1997. The Comprehensive Nuclear Test Ban Treaty was signed by the United States and "
        "Russia."
    )
    claims = [m for m in marks(answer) if m.kind == "claim"]
    assert len(claims) == 1 and len(claims[0].items) == 2 and "USA" in claims[0].label and "RUS" in claims[0].label
