"""The system's timeline on the home page: each instrument drawn as what it is, in the vocabulary's words and colours."""

from __future__ import annotations

import datetime as dt

from armscontrol.answers import as_json
from armscontrol.answers.overview import system
from armscontrol.palette import STATE_COLOURS
from armscontrol.vocabulary import label
from armscontrol.web.charts import timeline_figure

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


def test_rows_run_in_the_order_of_each_instruments_first_event():
    record, figure = _figure()
    order = [i["short_title"] for i in sorted(record["instruments"], key=lambda i: i["first_event"])]
    assert figure["layout"]["yaxis"]["categoryarray"] == order
