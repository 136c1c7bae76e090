"""One chart style on every page: sides in their colours, legends in words people read, axes titled."""

from __future__ import annotations

import re

from armscontrol import answers
from armscontrol.answers import as_json
from armscontrol.answers.overview import stockpiles
from armscontrol.palette import FIXED_SIDES
from armscontrol.web.charts import forces_figure, reductions_figure, stockpiles_figure

RAW_KEY = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")


def _check(figure):
    for trace in figure["data"]:
        assert not RAW_KEY.search(trace.get("name", "")), trace["name"]
    assert figure["layout"]["xaxis"]["title"]["text"] and figure["layout"]["yaxis"]["title"]["text"]


def test_reductions_name_each_count_by_its_title_and_keep_each_side_in_its_colour():
    figure = reductions_figure(as_json(answers.reductions()))
    _check(figure)
    for trace in figure["data"]:
        side = "RUS" if trace["name"].startswith("USSR / Russia") else "USA"
        assert trace["line"]["color"] == FIXED_SIDES[side], trace["name"]
    names = {t["name"] for t in figure["data"]}
    assert "USA: Deployed warheads (New START)" in names


def test_forces_timeline_titles_its_axis_with_the_metric_in_words():
    timeline = as_json(answers.timeline("new-start", "RUS"))
    figure = forces_figure(timeline)
    _check(figure)
    assert figure["layout"]["yaxis"]["title"]["text"] == timeline["metric_title"]
    assert timeline["metric_title"].endswith("(New START)")


def test_stockpiles_give_no_two_states_the_same_colour_and_dash():
    figure = stockpiles_figure(as_json(stockpiles()))
    _check(figure)
    styles = [(t["line"]["color"], t["line"]["dash"]) for t in figure["data"]]
    assert len(styles) == len(set(styles)) == 9
    colour = {t["hovertemplate"].split("<extra>")[1].split("</extra>")[0]: t["line"]["color"] for t in figure["data"]}
    assert colour["United States"] == FIXED_SIDES["USA"]
    assert next(v for k, v in colour.items() if k.startswith("Russia")) == FIXED_SIDES["RUS"]
