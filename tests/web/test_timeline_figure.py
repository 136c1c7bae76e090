"""The system's timeline on the home page: each instrument drawn as what it is, in the vocabulary's words and
colours."""

from __future__ import annotations

import datetime as dt

from armscontrol.answers import as_json
from armscontrol.answers.overview import system
from armscontrol.palette import STATE_COLOURS
from armscontrol.vocabulary import label
from armscontrol.web.charts import GROUPS, instrument_group, timeline_figure

TODAY = dt.date(2026, 6, 1)


def _figure():
    record = as_json(system(TODAY))
    return record, timeline_figure(record, TODAY)


def test_proposals_and_political_commitments_are_never_drawn_as_signed():
    record, figure = _figure()
    by_standing = {}
    for i in record["instruments"]:
        by_standing.setdefault(i["standing"], set()).add(i["short_title"])
    pending = next(t for t in figure["data"] if t["name"] == label("instrument_state", "not_yet_in_force"))
    for standing in ("proposed", "political_commitment", "never_in_force"):
        assert not by_standing[standing] & set(pending["y"]), standing
    hover = {y: text for t in figure["data"] if t.get("hovertext") for y, text in zip(t["y"], t["hovertext"])}
    for title in by_standing["proposed"] | by_standing["political_commitment"]:
        assert "signed" not in hover[title], hover[title]
    proposed = next(t for t in figure["data"] if t["name"] == label("instrument_state", "proposed"))
    assert set(proposed["y"]) == by_standing["proposed"] and proposed["marker"]["color"] == STATE_COLOURS["proposed"]


def test_never_in_force_has_its_own_legend_entry_and_every_such_instrument_is_drawn():
    record, figure = _figure()
    never = {i["short_title"] for i in record["instruments"] if i["standing"] == "never_in_force"}
    traces = [t for t in figure["data"] if t["name"] == label("instrument_state", "never_in_force")]
    assert sum(t.get("showlegend", True) for t in traces) == 1
    assert {y for t in traces for y in t["y"]} == never
    assert all(t["marker"]["color"] == STATE_COLOURS["never_in_force"] for t in traces)


def test_rows_come_in_groups_under_headings_each_in_the_order_of_first_events():
    record, figure = _figure()
    rows = figure["layout"]["yaxis"]["categoryarray"]
    headings = [r for r in rows if r.startswith("<b>")]
    assert headings == [f"<b>{h}</b>" for _, h in GROUPS]
    first = {i["short_title"]: i["first_event"] for i in record["instruments"]}
    assert sorted(r for r in rows if r not in headings) == sorted(first)
    cut = [rows.index(h) for h in headings] + [len(rows)]
    for (key, _), a, b in zip(GROUPS, cut, cut[1:]):
        members = rows[a + 1 : b]
        assert members, key
        assert [first[m] for m in members] == sorted(first[m] for m in members)
        assert all(
            instrument_group(next(i for i in record["instruments"] if i["short_title"] == m)) == key for m in members
        )
    bilateral = rows[cut[0] + 1 : cut[1]]
    assert "ABM Treaty" in bilateral and "New START" in bilateral and "NPT" not in bilateral


def test_proposals_and_declarations_are_open_markers_never_bars():
    record, figure = _figure()
    loose = {i["short_title"] for i in record["instruments"] if i["standing"] in ("proposed", "political_commitment")}
    bars = {y for t in figure["data"] if t["type"] == "bar" for y in t["y"]}
    assert loose and not loose & bars
    marks = {y for t in figure["data"] if t["type"] == "scatter" and t.get("mode") == "markers" for y in t["y"]}
    assert loose <= marks
    for t in figure["data"]:
        if t["type"] == "scatter" and t.get("mode") == "markers" and set(t.get("y", [])) & loose:
            assert t["marker"]["symbol"].endswith("-open")


def test_every_state_drawn_has_one_legend_entry_and_the_legend_sits_under_the_plot():
    _, figure = _figure()
    shown = [t["name"] for t in figure["data"] if t.get("showlegend", True) and t.get("mode") != "text"]
    assert len(shown) == len(set(shown))
    for state in ("in_force", "not_yet_in_force", "never_in_force", "proposed", "political_commitment"):
        assert any(label("instrument_state", state) in name for name in shown), state
    assert figure["layout"]["legend"]["y"] < 0 and figure["layout"]["legend"]["yanchor"] == "top"
    assert figure["layout"]["yaxis"]["title"]["text"] == ""


def test_on_narrow_screens_the_names_are_written_inside_the_plot_and_the_bars_take_the_width():
    _, figure = _figure()
    meta = figure["layout"]["meta"]
    names = next(t for t in figure["data"] if t["name"] == "instrument names")
    # every row, headings included, named in the plot (in two lines where it sits beside an open marker)
    assert [t.replace("<br>", " ") for t in names["text"]] == figure["layout"]["yaxis"]["categoryarray"]
    assert meta["narrow"]["yaxis.showticklabels"] is False and "instrument names" in meta["wide_hide"]
