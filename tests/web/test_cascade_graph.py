"""The cascade graph: time on x, a lane per kind of instrument, labels that never overlap, the cascade's path drawn."""

from __future__ import annotations

import datetime as dt

from armscontrol import answers
from armscontrol.answers import as_json
from armscontrol.answers.overview import link_graph
from armscontrol.web.charts import (
    GRAPH_PLOT_WIDTH,
    GRAPH_ROW,
    graph_figure,
    graph_layout,
    instrument_group,
    label_width,
)

DAY = dt.date(2026, 6, 1)


def _graph():
    graph = as_json(link_graph(DAY))
    groups = {i.id: instrument_group(i.model_dump()) for i in answers.instruments(on=DAY).root}
    return graph, groups


def test_no_two_labels_share_any_pixel_and_none_leaves_the_plot():
    graph, groups = _graph()
    laid = graph_layout(graph["nodes"], groups)
    boxes = [(p["row"], p["box"]) for p in laid["place"].values()]
    assert len(boxes) == len(graph["nodes"]) > 20
    for i, (row_a, (a0, a1)) in enumerate(boxes):
        assert -8 <= a0 and a1 <= GRAPH_PLOT_WIDTH + 8
        for row_b, (b0, b1) in boxes[i + 1 :]:
            if row_a == row_b:
                assert a1 <= b0 or b1 <= a0, (a0, a1, b0, b1)


def test_a_label_box_holds_its_whole_title_and_rows_are_taller_than_the_text():
    assert label_width("ABM Treaty") >= 0.6 * 11 * len("ABM Treaty")
    assert GRAPH_ROW >= 11 * 1.6


def test_time_runs_on_x_and_each_lane_holds_one_group_of_instruments():
    graph, groups = _graph()
    figure = graph_figure(graph, {}, set(), None, groups)
    laid = graph_layout(graph["nodes"], groups)
    lane_of_row = {}
    for lane in laid["lanes"]:
        for r in range(lane["first"], lane["first"] + lane["rows"]):
            lane_of_row[r] = lane["group"]
    for node in graph["nodes"]:
        assert lane_of_row[laid["place"][node["id"]]["row"]] == groups[node["id"]]
    assert [lane["group"] for lane in laid["lanes"]][:2] == ["bilateral", "multilateral"]
    assert figure["layout"]["xaxis"]["type"] == "date" and figure["layout"]["xaxis"]["title"]["text"]
    assert figure["layout"]["yaxis"]["ticktext"][:2] == ["Bilateral", "Multilateral"]


def test_the_cascade_path_is_drawn_apart_from_the_other_linkages():
    graph, groups = _graph()
    result = as_json(answers.cascade("abm", withdraw="USA"))
    followed = {v["id"] for s in result["steps"] for v in s["via"]}
    highlight = {s["instrument"]: "step" for s in result["steps"]} | {"abm": "trigger"}
    figure = graph_figure(graph, highlight, followed, None, groups)
    heavy = [a for a in figure["layout"]["annotations"] if a["arrowcolor"] == "#D55E00"]
    assert len(heavy) == len([e for e in graph["edges"] if e["id"] in followed and e["from"] != e["to"]]) > 0
    star = next(t for t in figure["data"] if t["name"] == "the event's instrument")
    assert star["text"] == ["ABM Treaty"]
