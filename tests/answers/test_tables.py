"""The tables described once for the command line and the report: what each view shows."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from armscontrol.answers.tables import BINDING_LIMITS, RESTS_ON, VERDICTS, VIEWS, limit_text, verdict_value


def verdict(**fields):
    base = dict(
        instrument="new-start",
        party="RUS",
        title="Deployed warheads",
        value=1549.0,
        value_text=None,
        at_most=None,
        limit=1550,
        limit_range=None,
        margin=1.0,
        verdict="compliant",
        as_of="2021-03-01",
        kind="declared",
        article="Article II",
        source=None,
        note="a note",
    )
    return SimpleNamespace(**(base | fields))


def test_each_view_shows_its_columns_of_the_verdicts():
    assert VERDICTS.headings("check")[-2:] == ["figure from", "note"]
    assert VERDICTS.headings("brief") == [
        "instrument",
        "party",
        "provision",
        "value",
        "limit",
        "margin",
        "verdict",
        "as of",
        "kind",
        "source",
    ]
    assert VERDICTS.headings("report") == VERDICTS.headings("check")[:10] + ["source"]
    assert VERDICTS.numeric("report") == {3, 4, 5}


def test_a_view_words_the_cells_the_description_leaves_to_it():
    rows = VERDICTS.rows([verdict()], "brief", {"source": lambda v: "[1]"})
    assert rows == [
        ["new-start", "RUS", "Deployed warheads", "1,549", "1,550", "1", "compliant", "2021-03-01", "declared", "[1]"]
    ]
    with pytest.raises(ValueError, match="source"):
        VERDICTS.rows([verdict()], "report")
    with pytest.raises(ValueError, match="view"):
        VERDICTS.headings("pages")


def test_cells_are_worded_as_before():
    assert verdict_value(verdict(value=None, at_most=700)) == "≤ 700"
    assert verdict_value(verdict(value=None, verdict="no_data")) == "not provided"
    assert verdict_value(verdict(value_text="about 1,500")) == "about 1,500"
    assert limit_text(None, (700, 800)) == "700–800"
    limit = SimpleNamespace(
        short_title="New START",
        provision="deployed-warheads",
        upper=1550,
        binding_from="2018-02-05",
        article="Article II",
        suspended_by=[],
    )
    assert BINDING_LIMITS.rows([limit], "brief") == [
        ["New START", "deployed warheads", "1,550", "2018-02-05", "Article II", None]
    ]
    assert BINDING_LIMITS.numeric("report") == {2}
    row = SimpleNamespace(
        title="NPT",
        rests_on=[],
        rests_on_it=["CTBT", "TPNW"],
        sets_aim_for=[],
        carries_out_aim_of=[],
        stated_conditions=[],
    )
    assert RESTS_ON.rows([row], "report") == [["NPT", None, "CTBT; TPNW", None, None]]


def test_every_table_is_shown_by_every_view_it_names():
    for description in (VERDICTS, BINDING_LIMITS, RESTS_ON):
        assert all(set(c.views) <= set(VIEWS) for c in description.columns)
        assert len({c.key for c in description.columns}) == len(description.columns)
