"""Plotly figure specs for the pages: each turns one answer's JSON into traces and a layout.

Only presentation lives here (which field goes on which axis, colours, hover
text); every number comes from the answer. Colours are the Okabe–Ito palette,
which stays distinguishable with the common colour-vision deficiencies, and
every status also shows as text.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from armscontrol.instrument_groups import GROUPS, MARKER_STATES, grouped, instrument_group  # noqa: F401  (shared with the reports)
from armscontrol.palette import (
    OKABE_ITO,
    RELATION_COLOURS,
    STATE_COLOURS,
    lighter,
    side_colours,
)  # one palette for every chart; a side's colour: armscontrol.palette.side_colours
from armscontrol.vocabulary import label

STATE_COLOUR = STATE_COLOURS
"""A colour for each instrument state of the vocabulary (:data:`armscontrol.palette.STATE_COLOURS`)."""

STATUS_COLOUR = RELATION_COLOURS
"""A colour for each relation of the vocabulary (:data:`armscontrol.palette.RELATION_COLOURS`); the labels are the
vocabulary's."""

STATUS_SHORT = {
    "party": "P",
    "ratified": "R",
    "signatory": "S",
    "suspended": "Su",
    "withdrawn": "W",
    "former_party": "F",
    "participant": "Pt",
    "proponent": "Pr",
    "not_party": "–",
    "not_recorded": "·",
    "not_a_state_then": "×",
}
"""The matrix's one- or two-letter code of each relation (its key lists each code with the vocabulary's label)."""

FONT = {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13}


def date_line(on: Any) -> dict[str, Any]:
    """The dotted vertical line that marks the date a chart is drawn for, across the whole plot."""
    return {
        "type": "line",
        "xref": "x",
        "yref": "paper",
        "x0": on,
        "x1": on,
        "y0": 0,
        "y1": 1,
        "line": {"color": "#000000", "width": 2, "dash": "dot"},
    }


def _layout(**extra: Any) -> dict[str, Any]:
    base = {
        "font": FONT,
        "margin": {"l": 60, "r": 20, "t": 40, "b": 50},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "hovermode": "closest",
        "legend": {"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
    }
    base.update(extra)
    return base


def _heading(text: str) -> str:
    """A group's heading row on a category axis (bold, so it reads as a heading and never as an instrument)."""
    return f"<b>{text}</b>"


def _below(height: int, top: int, bottom: int, gap: int = 74) -> float:
    """The legend's y (paper units, anchored at its top) that puts it ``gap`` px under the plot: clear of the x-axis
    title."""
    return -gap / max(height - top - bottom, 1)


def _bar_trace(traces: dict[str, dict[str, Any]], state: str, name: str | None = None) -> dict[str, Any]:
    """The timeline's bar trace of one instrument state (legend: the vocabulary's label), made on first use."""
    return traces.setdefault(
        state,
        {
            "type": "bar",
            "orientation": "h",
            "name": name or label("instrument_state", state),
            "marker": {"color": STATE_COLOUR[state]},
            "y": [],
            "x": [],
            "base": [],
            "hovertext": [],
            "hovertemplate": "%{hovertext}<extra></extra>",
        },
    )


def _point_trace(points: dict[str, dict[str, Any]], state: str) -> dict[str, Any]:
    """The timeline's marker trace of one instrument state: what was never signed, or has no closing day, is a point."""
    colour = STATE_COLOUR[state]
    symbol = {"proposed": "circle-open", "political_commitment": "diamond-open", "adopted": "square-open"}.get(
        state, "line-ns-open"
    )
    return points.setdefault(
        state,
        {
            "type": "scatter",
            "mode": "markers",
            "name": label("instrument_state", state),
            "marker": {"color": colour, "symbol": symbol, "size": 11, "line": {"width": 2.5, "color": colour}},
            "x": [],
            "y": [],
            "hovertext": [],
            "hovertemplate": "%{hovertext}<extra></extra>",
        },
    )


NARROW_PLOT_WIDTH = 320
"""The timeline's plot width in pixels at 390 px (the narrowest it is laid out for): where its names are placed."""

NAME_FONT = 10
"""The size in pixels of the names the timeline writes inside its plot on narrow screens."""

NARROW_MARKER = 6.5
"""Half the width of a narrow screen's open marker, its outline included, in pixels, with a pixel to spare."""


def narrow_name_place(
    name: str, days: list[str], x_range: list[str], width: float = NARROW_PLOT_WIDTH
) -> tuple[str, str, str, float]:
    """Where the timeline writes an instrument's name on a narrow screen: ``(x, text, textposition, font size)``.

    The name goes above its row from the plot's left edge, unless that would
    cover one of the row's open markers (``days``, ISO dates): then beside
    them, level with them, where it fits: before the first or after the last,
    in one line, else in two, else in two a point smaller.
    """
    start, stop = dt.date.fromisoformat(x_range[0]), dt.date.fromisoformat(x_range[1])
    span = (stop - start).days

    def px(day: str) -> float:
        return (dt.date.fromisoformat(day) - start).days / span * width

    def day_at(pixels: float) -> str:
        return (start + dt.timedelta(days=round(pixels / width * span))).isoformat()

    at = start.replace(month=3, day=1).isoformat()
    if not days or min(px(d) for d in days) - NARROW_MARKER > px(at) + label_width(name, NAME_FONT) + 2:
        return at, name, "top right", NAME_FONT
    left, right = min(px(d) for d in days), max(px(d) for d in days)
    spaces = [i for i, c in enumerate(name) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - len(name) / 2)) if spaces else None
    two = f"{name[:cut]}<br>{name[cut + 1 :]}" if cut is not None else name
    for text, size in ((name, NAME_FONT), (two, NAME_FONT), (two, NAME_FONT - 1)):
        w = max(label_width(line, size) for line in text.split("<br>"))
        if left - NARROW_MARKER - 3 - w >= 0:
            return day_at(left - NARROW_MARKER), text, "middle left", size
        if right + NARROW_MARKER + 3 + w <= width:
            return day_at(right + NARROW_MARKER), text, "middle right", size
    return at, name, "top right", NAME_FONT


def timeline_figure(system: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """Every instrument on a time axis, grouped and coloured by the vocabulary's instrument states; the date marked.

    Rows come in four groups (bilateral, multilateral, nuclear-weapon-free
    zones, declarations and political commitments), each under its heading
    and ordered by first event. A treaty is a bar from signature to entry into
    force (not yet in force), then to its end or today (in force, or in force
    and since ended). An instrument that never entered into force runs from
    signature to the day its road to force closed; one whose closing day the
    answer does not carry is a tick at its signature. Proposals, political
    commitments and adopted texts are open markers at their first event (and
    at their end, if they ended): never bars, never drawn as signed.
    """
    items = sorted(system["instruments"], key=lambda i: i["first_event"])
    rows: list[str] = []
    for _, heading, members in grouped(items):
        rows.append(_heading(heading))
        rows += [i["short_title"] for i in members]
    traces: dict[str, dict[str, Any]] = {}
    points: dict[str, dict[str, Any]] = {}
    for item in items:
        standing = item.get("standing") or item["state"]
        name = item["short_title"]
        first = item["first_event"]
        signed = item["signed"] or first
        eif = item["entry_into_force"]
        end = item["ended"] or today.isoformat()
        if standing in MARKER_STATES:
            what = label("instrument_state", standing)
            m = _point_trace(points, standing)
            text = (
                f"{name}: {what} from {first}"
                + (f" to {item['ended']}" if item["ended"] else "")
                + (f" ({item['standing_text']})" if item.get("standing_text") else "")
            )
            for day in [first] + ([item["ended"]] if item["ended"] else []):
                m["x"].append(day)
                m["y"].append(name)
                m["hovertext"].append(text)
            continue
        if standing == "never_in_force":
            text = f"{name}: signed {signed}; {item.get('standing_text') or label('instrument_state', standing)}"
            if item["ended"]:
                t = _bar_trace(traces, standing)
                t["y"].append(name)
                t["base"].append(signed)
                t["x"].append(_days_ms(signed, item["ended"]))
                t["hovertext"].append(text)
            else:
                m = _point_trace(points, standing)
                m["x"].append(signed)
                m["y"].append(name)
                m["hovertext"].append(text)
            continue
        if eif is None or eif > signed:
            stop = eif or end
            t = _bar_trace(traces, "not_yet_in_force")
            t["y"].append(name)
            t["base"].append(signed)
            t["x"].append(_days_ms(signed, stop))
            t["hovertext"].append(
                f"{name}: signed {signed}"
                + (f", in force {eif}" if eif else f", {label('instrument_state', 'not_yet_in_force')}")
            )
        if eif is not None:
            key = "ended" if item["ended"] else "in_force"
            t = _bar_trace(
                traces,
                key,
                f"{label('instrument_state', 'in_force')}, since {label('instrument_state', 'ended')}"
                if key == "ended"
                else None,
            )
            t["y"].append(name)
            t["base"].append(eif)
            t["x"].append(_days_ms(eif, end))
            reason = (
                f", ended {item['ended']} ({label('end_reason', item['end_reason'])})"
                if item["ended"] and item["end_reason"]
                else ""
            )
            t["hovertext"].append(f"{name}: in force {eif}{reason}")
    for state, m in points.items():  # a state drawn as bars and as points has one legend entry, the bars'
        m["showlegend"] = state not in traces
        traces[f"{state}-marker"] = m
    start_year = int(items[0]["first_event"][:4]) - 1 if items else 1960
    x_range = [f"{start_year}-01-01", f"{today.year + 1}-06-30"]
    span = (dt.date(today.year + 1, 6, 30) - dt.date(start_year, 1, 1)).days
    ended = [i for i in items if i["ended"] and (i.get("standing") or i["state"]) == "ended" and i["end_reason"]]
    if ended:  # the reason it ended, beside the end of its bar: after it, or on it where the plot ends too soon
        late = [(dt.date(today.year + 1, 6, 30) - dt.date.fromisoformat(i["ended"])).days < 0.22 * span for i in ended]
        traces["reasons"] = {
            "type": "scatter",
            "mode": "text",
            "name": "why it ended",
            "showlegend": False,
            "x": [i["ended"] for i in ended],
            "y": [i["short_title"] for i in ended],
            "text": [
                (label("end_reason", i["end_reason"]) + " ")
                if is_late
                else (" " + label("end_reason", i["end_reason"]))
                for i, is_late in zip(ended, late)
            ],
            "textposition": ["middle left" if is_late else "middle right" for is_late in late],
            "textfont": {"size": 10, "color": ["#ffffff" if is_late else "#5a2600" for is_late in late]},
            "hoverinfo": "skip",
            "cliponaxis": True,
        }
    # narrow screens: each name written inside the plot above its bar (the tick labels would take half the width),
    # or beside its open markers where it would cover them
    marked: dict[str, list[str]] = {}
    for m in points.values():
        for day, row in zip(m["x"], m["y"]):
            marked.setdefault(row, []).append(day)
    names = [narrow_name_place(row, sorted(marked.get(row, [])), x_range) for row in rows]
    traces["names"] = {
        "type": "scatter",
        "mode": "text",
        "name": "instrument names",
        "showlegend": False,
        "hoverinfo": "skip",
        "x": [n[0] for n in names],
        "y": rows,
        "text": [n[1] for n in names],
        "textposition": [n[2] for n in names],
        "textfont": {"size": [n[3] for n in names], "color": "#1a1a1a"},
        "cliponaxis": False,
    }
    on = system["on"]
    height, narrow_height = max(360, 22 * len(rows) + 140), max(360, 30 * len(rows) + 200)
    layout = _layout(
        barmode="overlay",
        height=height,
        xaxis={"type": "date", "title": {"text": "Year (signature → entry into force → end)"}, "range": x_range},
        yaxis={
            "autorange": "reversed",
            "automargin": True,
            "title": {"text": ""},
            "categoryorder": "array",
            "categoryarray": rows,
            "tickfont": {"size": 11},
        },
        margin={"l": 10, "r": 20, "t": 30, "b": 110},
        legend={"orientation": "h", "x": 0, "y": -62 / (height - 140), "yanchor": "top"},
        shapes=[date_line(on)],
        annotations=[
            {
                "x": on,
                "y": 1,
                "xref": "x",
                "yref": "paper",
                "text": f"{on}",
                "showarrow": False,
                "yanchor": "bottom",
                "xanchor": "right" if on[:4] >= "2000" else "left",
                "font": {"size": 12},
            }
        ],
        meta={
            "narrow": {
                "yaxis.tickfont.size": 9,
                "xaxis.title.text": "Year",
                "xaxis.nticks": 4,
                "xaxis.tickformat": "%Y",
                "height": narrow_height,
                "margin.b": 190,
                "legend.y": -58 / (narrow_height - 220),
                "legend.yanchor": "top",
                "yaxis.showticklabels": False,
                "margin.l": 6,
            },
            "narrow_hide": ["why it ended"],
            "wide_hide": ["instrument names"],
            "narrow_traces": {"bar": {"width": 0.42, "offset": 0.04}, "scatter": {"marker.size": 8}},
        },
    )
    return {"data": list(traces.values()), "layout": layout}


def _days_ms(start: str, stop: str) -> int:
    """A date bar's length in milliseconds (Plotly's unit for date axes)."""
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(stop)
    return max((b - a).days, 1) * 86_400_000


def forces_figure(timeline: dict[str, Any]) -> dict[str, Any]:
    """A party's figures against the limit: declared and estimated markers, the ceiling as a step line from its
    deadline."""
    points = timeline["points"]
    traces: list[dict[str, Any]] = []
    party = timeline["party"]
    side = side_colours(["RUS" if party == "SUN" else party])[
        "RUS" if party == "SUN" else party
    ]  # the party's colour on every chart
    for kind, symbol, dash in (("declared", "circle", "solid"), ("estimated", "diamond-open", "dot")):
        chosen = [p for p in points if p["kind"] == kind and p["value"] is not None]
        if chosen:
            traces.append(
                {
                    "type": "scatter",
                    "mode": "lines+markers",
                    "name": f"{timeline['party']}, {kind}",
                    "x": [p["on"] for p in chosen],
                    "y": [p["value"] for p in chosen],
                    "marker": {"symbol": symbol, "size": 8, "color": side},
                    "line": {"color": side, "dash": dash},
                    "text": [
                        f"{label('verdict', p['verdict'])}; limit {p['limit']:,}; margin {p['margin']}" for p in chosen
                    ],
                    "hovertemplate": "%{x}: %{y:,} — %{text}<extra>" + kind + "</extra>",
                }
            )
    early = [p for p in points if not p["binding"]]
    if early:
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": "limit, not yet binding",
                "x": [p["on"] for p in early],
                "y": [p["limit"] for p in early],
                "line": {"shape": "hv", "color": "#999999", "dash": "dot", "width": 1},
                "hovertemplate": "%{x}: limit %{y:,} (not yet binding)<extra></extra>",
            }
        )
    limit_x: list[Any] = []
    limit_y: list[Any] = []
    for p in points:
        limit_x.append(p["on"])
        limit_y.append(p["limit"] if p["binding"] else None)
    binding_from = next((p["binding_from"] for p in points if p["binding_from"]), None)
    if binding_from:
        first = next((p["limit"] for p in points if p["binding"]), None)
        if first is not None:
            limit_x.insert(0, binding_from)
            limit_y.insert(0, first)
            pairs = sorted(zip(limit_x, limit_y), key=lambda xy: xy[0])
            limit_x, limit_y = [a for a, _ in pairs], [b for _, b in pairs]
    traces.append(
        {
            "type": "scatter",
            "mode": "lines",
            "name": f"limit (binding from {binding_from or 'n/a'})",
            "x": limit_x,
            "y": limit_y,
            "line": {"shape": "hv", "color": "#000000", "dash": "dash", "width": 2},
            "connectgaps": False,
            "hovertemplate": "%{x}: limit %{y:,}<extra></extra>",
        }
    )
    metric = timeline.get("metric_title") or timeline["metric"].replace("_", " ")
    return {
        "data": traces,
        "layout": _layout(
            height=400,
            xaxis={"type": "date", "title": {"text": "Date of the figure"}},
            yaxis={"title": {"text": metric}, "rangemode": "tozero", "automargin": True},
            margin={"l": 70, "r": 20, "t": 30, "b": 120},
            legend={"orientation": "h", "x": 0, "y": _below(400, 30, 120), "yanchor": "top"},
            meta={
                "narrow": {
                    "height": 470,
                    "margin.b": 160,
                    "legend.y": _below(470, 30, 160),
                    "legend.yanchor": "top",
                    "xaxis.nticks": 5,
                    "yaxis.title.font.size": 11,
                }
            },
        ),
    }


def reductions_figure(reductions: dict[str, Any]) -> dict[str, Any]:
    """Declared warheads of each party under START I, SORT and New START on one time axis.

    Each party keeps its side's colour (:func:`armscontrol.palette.side_colours`;
    the Soviet Union's figures are Russia's line); each treaty's count has its
    own dash and marker, and the legend names the count as the metric's title.
    """
    series: dict[tuple[str, str], dict[str, Any]] = {}
    colours = side_colours(["RUS" if r["party"] == "SUN" else r["party"] for r in reductions["rows"]])
    styles = {
        "start1_accountable_warheads": ("solid", "circle"),
        "operationally_deployed_warheads": ("dash", "square"),
        "deployed_warheads": ("dot", "diamond"),
    }
    bounds: dict[str, dict[str, Any]] = {}
    figures = {(r["party"], r["metric"], r["as_of"]) for r in reductions["rows"] if r["value"] is not None}
    for row in reductions["rows"]:
        if row["value"] is None:
            if (
                row.get("bound_text")
                and row.get("high") is not None
                and (row["party"], row["metric"], row["as_of"]) not in figures
            ):
                # A bound declared without a figure ("fewer than 6,000"): an open marker at the bound, never a point
                # on the party's line, so the series shows the declaration without inventing a value.
                party = "RUS" if row["party"] == "SUN" else row["party"]
                who = "USSR / Russia" if party == "RUS" else party
                b = bounds.setdefault(
                    party,
                    {
                        "type": "scatter",
                        "mode": "markers",
                        "name": f"{who}: declared bound, no figure",
                        "x": [],
                        "y": [],
                        "text": [],
                        "line": {"color": colours[party]},
                        "marker": {"size": 9, "symbol": "triangle-down-open", "color": colours[party]},
                        "hovertemplate": "%{x}: %{text}<extra></extra>",
                    },
                )
                b["x"].append(row["as_of"])
                b["y"].append(row["high"])
                b["text"].append(f"{row.get('metric_title') or ''}: {row['bound_text']} (no figure given)")
            continue
        party = "RUS" if row["party"] == "SUN" else row["party"]
        key = (party, row["metric"])
        dash, symbol = styles.get(row["metric"], ("dashdot", "triangle-up"))
        who = "USSR / Russia" if party == "RUS" else party
        s = series.setdefault(
            key,
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": f"{who}: {row.get('metric_title') or row['metric'].replace('_', ' ')}",
                "x": [],
                "y": [],
                "text": [],
                "line": {"dash": dash, "color": colours[party], "width": 2},
                "marker": {"size": 6, "symbol": symbol, "color": colours[party]},
                "hovertemplate": "%{x}: %{y:,} %{text}<extra></extra>",
            },
        )
        s["x"].append(row["as_of"])
        s["y"].append(row["value"])
        s["text"].append(f"(limit {row['limit']:,}, {label('verdict', row['verdict'])})" if row["limit"] else "")
    return {
        "data": list(series.values()) + list(bounds.values()),
        "layout": _layout(
            height=440,
            xaxis={"type": "date", "title": {"text": "Date of the declaration"}},
            yaxis={"title": {"text": "Declared strategic warheads"}, "rangemode": "tozero", "automargin": True},
            margin={"l": 70, "r": 20, "t": 30, "b": 130},
            legend={"orientation": "h", "x": 0, "y": _below(440, 30, 130), "yanchor": "top"},
            meta={
                "narrow": {
                    "height": 500,
                    "margin.b": 170,
                    "legend.y": _below(500, 30, 170),
                    "legend.yanchor": "top",
                    "yaxis.title.text": "Declared warheads",
                    "xaxis.tick0": "1995-01-01",
                    "xaxis.dtick": "M120",
                }
            },
        ),
    }


STOCKPILE_STYLE = {
    "USA": ("#0072B2", "solid"),
    "RUS": ("#D55E00", "solid"),
    "CHN": ("#009E73", "solid"),
    "FRA": ("#CC79A7", "solid"),
    "GBR": ("#56B4E9", "solid"),
    "PAK": ("#000000", "dash"),
    "IND": ("#E69F00", "dash"),
    "ISR": ("#009E73", "dot"),
    "PRK": ("#CC79A7", "dot"),
}
"""The stockpile chart's colour and dash for each nuclear-armed state: the United States and Russia their side colours,
and no two states alike (Pakistan black and dashed, never a yellow beside Russia's vermilion)."""


def stockpiles_figure(stockpiles: dict[str, Any]) -> dict[str, Any]:
    """Estimated stockpiles of the nuclear-armed states on a log scale, each state its own colour and dash."""
    traces = []
    spare = ["#56B4E9", "#E69F00", "#009E73", "#CC79A7"]
    for i, s in enumerate(stockpiles["series"]):
        colour, dash = STOCKPILE_STYLE.get(s["party"], (spare[i % len(spare)], "dashdot"))
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": s["name"],
                "x": [p["as_of"] for p in s["points"]],
                "y": [p["value"] for p in s["points"]],
                "line": {"color": colour, "dash": dash, "width": 2},
                "hovertemplate": "%{x|%Y}: %{y:,}<extra>" + s["name"] + "</extra>",
            }
        )
    return {
        "data": traces,
        "layout": _layout(
            height=480,
            xaxis={"type": "date", "title": {"text": "Year (estimate as of 31 December)"}},
            yaxis={"title": {"text": "Stockpile, warheads (log scale)"}, "type": "log", "dtick": 1, "automargin": True},
            margin={"l": 70, "r": 20, "t": 30, "b": 150},
            legend={"orientation": "h", "x": 0, "y": _below(480, 30, 150), "yanchor": "top"},
            meta={
                "narrow": {
                    "height": 620,
                    "margin.b": 270,
                    "legend.y": _below(620, 30, 270),
                    "legend.yanchor": "top",
                    "yaxis.title.text": "Warheads (log)",
                    "xaxis.title.text": "Year",
                    "xaxis.nticks": 5,
                }
            },
        ),
    }


GRAPH_PLOT_WIDTH = 1000
"""The cascade graph's plot width in pixels (its box scrolls sideways below that): label boxes are laid out for it."""

LANE_NAMES = {"bilateral": "Bilateral", "multilateral": "Multilateral", "zone": "Zones", "declaration": "Declarations"}
"""The cascade graph's lane titles (the timeline's groups, shortened to fit beside the plot)."""

GRAPH_ROW = 24
"""The height of one row of a lane of the cascade graph, in pixels."""

GRAPH_FONT = 11
"""The cascade graph's label size in pixels."""


def label_width(text: str, size: float = GRAPH_FONT) -> float:
    """A generous estimate of a label's width in pixels: 0.62 em a character in a sans-serif face."""
    return 0.62 * size * len(text) + 4


def graph_layout(
    nodes: list[dict[str, Any]], groups: dict[str, str], width: float = GRAPH_PLOT_WIDTH, pad_years: float = 1.0
) -> dict[str, Any]:
    """Place the cascade graph's instruments: time on x, one lane per group on y, rows in a lane so no two labels
    overlap.

    Each label sits beside its marker (right, or left where the plot ends
    first). Going through a lane's instruments by date, each takes the first
    row whose labels and markers end before its own box begins.

    Returns
    -------
    dict
        ``x_range`` (two ISO dates), ``lanes`` (group key, first row, rows),
        and for each instrument id its ``row`` (0 at the top), ``side``
        (``"right"`` or ``"left"``), ``x`` (its marker) and ``box`` (left and
        right edge of marker and label), in pixels from the plot's left edge.
    """
    if not nodes:
        return {"x_range": ["1960-01-01", "2030-01-01"], "lanes": [], "place": {}}
    first = min(dt.date.fromisoformat(n["first_event"]) for n in nodes)
    last = max(dt.date.fromisoformat(n["first_event"]) for n in nodes)
    start = dt.date(first.year - int(pad_years) - 1, 1, 1)
    stop = dt.date(last.year + int(pad_years) + 1, 12, 31)
    days = (stop - start).days

    def px(day: str) -> float:
        return (dt.date.fromisoformat(day) - start).days / days * width

    place: dict[str, dict[str, Any]] = {}
    lanes = []
    top = 0
    for key, _ in GROUPS:
        members = sorted(
            (n for n in nodes if groups.get(n["id"], "multilateral") == key),
            key=lambda n: (n["first_event"], n["title"]),
        )
        if not members:
            continue
        row_ends: list[float] = []
        for n in members:
            x, w = px(n["first_event"]), label_width(n["title"])
            side = "right" if x + 8 + w <= width else "left"
            box = (x - 7, x + 8 + w) if side == "right" else (x - 8 - w, x + 7)
            row = next((r for r, end in enumerate(row_ends) if end + 6 <= box[0]), None)
            if row is None:
                row = len(row_ends)
                row_ends.append(box[1])
            else:
                row_ends[row] = box[1]
            place[n["id"]] = {"row": top + row, "side": side, "box": box, "x": x}
        lanes.append({"group": key, "first": top, "rows": len(row_ends)})
        top += len(row_ends) + 1  # a blank row between lanes
    return {"x_range": [start.isoformat(), stop.isoformat()], "lanes": lanes, "place": place, "rows": top - 1}


GRAPH_MARKERS = {"trigger": 16, "step": 13, "": 9}
"""The cascade graph's marker sizes in pixels: the event's instrument, those the cascade reaches, the others."""


def arrow_clearance(node: dict[str, Any], other: dict[str, Any], row_px: float, marker: float) -> float:
    """How far, in pixels, a line from ``node`` towards ``other`` runs inside ``node``'s marker and label.

    ``node`` and ``other`` are places of :func:`graph_layout` (``x``, ``row``,
    ``box``). The box is the marker and its label, as high as the label's
    text (or the marker, if taller). The plot may be drawn wider than
    :data:`GRAPH_PLOT_WIDTH` (its box grows with the window), so the distance
    is the larger of the two at that width and 15 % wider.
    """
    half = max(GRAPH_FONT * 0.65, marker / 2) + 1
    left, right = min(node["box"][0] - node["x"], -marker / 2 - 1), max(node["box"][1] - node["x"], marker / 2 + 1)
    widest = 0.0
    for stretch in (1.0, 1.15):
        dx, dy = (other["x"] - node["x"]) * stretch, (other["row"] - node["row"]) * row_px
        norm = math.hypot(dx, dy)
        if norm == 0:
            return 0.0
        dx, dy = dx / norm, dy / norm
        along_x = right / dx if dx > 0 else left / dx if dx < 0 else math.inf
        along_y = half / abs(dy) if dy else math.inf
        widest = max(widest, min(along_x, along_y))
    return widest


def graph_figure(
    graph: dict[str, Any],
    highlight: dict[str, str],
    followed: set[str] | None = None,
    standings: dict[str, str] | None = None,
    groups: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The linkage graph, layered: time on x, one lane per kind of instrument on y, the cascade's path highlighted.

    ``groups`` maps an instrument to its timeline group (:func:`instrument_group`:
    bilateral, multilateral, zone, declaration); ``standings`` to its state in
    the vocabulary on the graph's date, which the hover text names. Labels
    are laid out by :func:`graph_layout` so that none overlaps another.
    """
    nodes = sorted(graph["nodes"], key=lambda n: n["first_event"])
    groups = groups or {
        n["id"]: (
            "bilateral"
            if n["scope"] == "bilateral"
            else "declaration"
            if n["kind"] == "declaration"
            else "multilateral"
        )
        for n in nodes
    }
    laid = graph_layout(nodes, groups)
    place = laid["place"]
    pos = {n["id"]: (n["first_event"], place[n["id"]]["row"]) for n in nodes}
    followed = followed or set()
    rows = laid.get("rows", 0)
    sizes = {n["id"]: GRAPH_MARKERS[highlight.get(n["id"], "")] for n in nodes}
    row_px = (GRAPH_ROW * (rows + 1) + 40) / (rows + 1.4)  # the plot's height over its y range (see the layout below)
    annotations = []
    for e in graph["edges"]:
        if e["from"] in pos and e["to"] in pos and e["from"] != e["to"]:
            (x0, y0), (x1, y1) = pos[e["from"]], pos[e["to"]]
            used = e["id"] in followed
            start, end = place[e["from"]], place[e["to"]]
            stand = arrow_clearance(end, start, row_px, sizes[e["to"]]) + 3
            start_stand = arrow_clearance(start, end, row_px, sizes[e["from"]]) + 2
            length = math.hypot(end["x"] - start["x"], (end["row"] - start["row"]) * row_px)
            if (
                stand + start_stand > length - 10
            ):  # boxes that nearly touch: keep a short arrow, its head clear of the label
                start_stand = max(length - 10 - stand, 0.0)
            annotations.append(
                {
                    "x": x1,
                    "y": y1,
                    "ax": x0,
                    "ay": y0,
                    "xref": "x",
                    "yref": "y",
                    "axref": "x",
                    "ayref": "y",
                    "showarrow": True,
                    "arrowhead": 2,
                    "arrowsize": 1.1,
                    "arrowwidth": 2.5 if used else 1,
                    "arrowcolor": "#D55E00" if used else "#BBBBBB",
                    "standoff": round(stand, 1),
                    "startstandoff": round(start_stand, 1),
                    "text": "",
                }
            )
    data: list[dict[str, Any]] = [
        {
            "type": "scatter",
            "mode": "lines",
            "x": [None],
            "y": [None],
            "line": {"color": "#BBBBBB", "width": 1},
            "hoverinfo": "skip",
            "name": "linkage (arrow: to the instrument rested on)",
        }
    ]
    if any(e["id"] in followed for e in graph["edges"]):
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "x": [None],
                "y": [None],
                "line": {"color": "#D55E00", "width": 2.5},
                "hoverinfo": "skip",
                "name": "linkage the cascade follows",
            }
        )
    roles = {
        "trigger": ("the event's instrument", "#D55E00", "star", GRAPH_MARKERS["trigger"]),
        "step": ("reached by the cascade", "#E69F00", "diamond", GRAPH_MARKERS["step"]),
        "": ("other instrument", "#0072B2", "circle", GRAPH_MARKERS[""]),
    }
    for role in ("", "step", "trigger"):
        members = [n for n in nodes if highlight.get(n["id"], "") == role]
        if not members:
            continue
        name, colour, symbol, size = roles[role]
        hover = []
        for n in members:
            state = (standings or {}).get(n["id"])
            hover.append(
                f"{n['title']}: {n['kind']}, first event {n['first_event']}"
                + (f"; {label('instrument_state', state)} on {graph['on']}" if state else "")
            )
        data.append(
            {
                "type": "scatter",
                "mode": "markers+text",
                "name": name,
                "x": [n["first_event"] for n in members],
                "y": [place[n["id"]]["row"] for n in members],
                "text": [n["title"] for n in members],
                "hovertext": hover,
                "hovertemplate": "%{hovertext}<extra></extra>",
                "textposition": [
                    "middle right" if place[n["id"]]["side"] == "right" else "middle left" for n in members
                ],
                "textfont": {"size": GRAPH_FONT, "color": "#1a1a1a" if role else "#333333"},
                "marker": {"color": colour, "symbol": symbol, "size": size, "line": {"color": "#000000", "width": 1}},
                "cliponaxis": False,
            }
        )
    shapes = []
    for lane in laid["lanes"][1:]:
        shapes.append(
            {
                "type": "line",
                "xref": "paper",
                "yref": "y",
                "x0": 0,
                "x1": 1,
                "y0": lane["first"] - 1,
                "y1": lane["first"] - 1,
                "line": {"color": "#DDDDDD", "width": 1},
            }
        )
    height = GRAPH_ROW * (rows + 1) + 150
    layout = _layout(
        height=height,
        annotations=annotations,
        shapes=shapes,
        showlegend=True,
        margin={"l": 100, "r": 20, "t": 50, "b": 60},
        legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom"},
        xaxis={
            "type": "date",
            "range": laid["x_range"],
            "title": {"text": "Year of the first event (opened, proposed or signed)"},
            "showgrid": True,
            "gridcolor": "#EEEEEE",
        },
        yaxis={
            "range": [rows + 0.7, -0.7],
            "showgrid": False,
            "zeroline": False,
            "title": {"text": ""},
            "tickmode": "array",
            "tickvals": [lane["first"] + (lane["rows"] - 1) / 2 for lane in laid["lanes"]],
            "ticktext": [LANE_NAMES[lane["group"]] for lane in laid["lanes"]],
            "tickfont": {"size": 12},
        },
        meta={"plot_width": GRAPH_PLOT_WIDTH},
    )
    return {"data": data, "layout": layout}


def compare_figure(columns: list[dict[str, Any]]) -> dict[str, Any]:
    """Combined first-strike stability against the defence size, one line per scenario."""
    traces = []
    for i, col in enumerate(columns):
        answer = col["answer"]
        if answer is None:
            continue
        if answer.get("results"):
            xs = [r["interceptors"] for r in answer["results"]]
            ys = [r["combined"] for r in answer["results"]]
        else:
            xs, ys = [0], [answer["combined"]]
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": col["name"],
                "x": xs,
                "y": ys,
                "line": {"color": OKABE_ITO[i % len(OKABE_ITO)]},
                "hovertemplate": "%{x:,} interceptors: %{y:.3f}<extra>" + col["name"][:30] + "</extra>",
            }
        )
    return {
        "data": traces,
        "layout": _layout(
            height=380,
            xaxis={"title": {"text": "Interceptors of the defended side (count)"}},
            yaxis={"title": {"text": "Combined first-strike stability (index)"}, "rangemode": "tozero"},
        ),
    }


def events_figure(record: dict[str, Any], on: str) -> dict[str, Any]:
    """An instrument's recorded events and its parties' on a time axis: one row per kind of event, hover for who."""
    rows: dict[str, dict[str, list[Any]]] = {}
    for e in record.get("events", []):
        kind = e["type"].replace("_", " ")
        r = rows.setdefault(kind, {"x": [], "text": []})
        r["x"].append(e["date"])
        r["text"].append(f"{record['short_title']}: {kind}" + (" (on or before)" if e.get("on_or_before") else ""))
    for party in record.get("parties", []):
        for e in party.get("events", []):
            kind = f"party {e['type'].replace('_', ' ')}"
            r = rows.setdefault(kind, {"x": [], "text": []})
            r["x"].append(e["date"])
            r["text"].append(f"{party['party']}: {e['type'].replace('_', ' ')}")
    traces = []
    for i, (kind, r) in enumerate(rows.items()):
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": kind,
                "x": r["x"],
                "y": [kind] * len(r["x"]),
                "hovertext": r["text"],
                "hovertemplate": "%{x}: %{hovertext}<extra></extra>",
                "showlegend": False,
                "marker": {
                    "size": 10,
                    "color": OKABE_ITO[i % len(OKABE_ITO)],
                    "symbol": ["circle", "diamond", "square", "triangle-up"][i % 4],
                    "line": {"color": "#000", "width": 0.5},
                    "opacity": 0.85,
                },
            }
        )
    height = 60 + 34 * max(len(rows), 3) + 60
    return {
        "data": traces,
        "layout": _layout(
            height=height,
            margin={"l": 10, "r": 20, "t": 20, "b": 50},
            xaxis={"type": "date", "title": {"text": "Date of the event"}},
            yaxis={"automargin": True, "title": {"text": ""}, "type": "category"},
            shapes=[date_line(on)],
            meta={"narrow": {"yaxis.tickfont.size": 10}},
        ),
    }


_SIDE_NAMES = {"USA": "the United States", "RUS": "Russia"}


def _side(code: str) -> str:
    return _SIDE_NAMES.get(code, code)


def output_label(name: str) -> str:
    """An uncertainty or sensitivity output's name as people read it, with its unit.

    ``RUS_after_USA_strike.retaliation_p5`` reads "Russia's retaliation after a
    strike by the United States, 5th percentile (warheads)"; a name this does
    not know comes back with its underscores as spaces.
    """
    head, _, tail = name.partition(".")
    if head == "first_strike_stability" and tail:
        who = "both sides combined" if tail == "combined" else _side(tail)
        return f"First-strike stability, {who} (index, 0–1)"
    parts = head.split("_after_")
    if len(parts) == 2 and parts[1].endswith("_strike"):
        victim, attacker = _side(parts[0]), _side(parts[1][: -len("_strike")])
        victim_s = victim[0].upper() + victim[1:] + ("'" if victim.endswith("s") else "'s")
        texts = {
            "retaliation_expected": f"{victim_s} expected retaliation after a strike by {attacker} (warheads)",
            "retaliation_p5": f"{victim_s} retaliation after a strike by {attacker}, 5th percentile (warheads)",
            "assured_retaliation_met": f"Assured retaliation holds for {victim} after a strike by {attacker}",
            "victim_surviving": f"{victim_s} warheads surviving a strike by {attacker}",
        }
        if tail in texts:
            return texts[tail]
    return name.replace("_", " ").replace(".", ": ")


def _output_side(name: str) -> str | None:
    head, _, tail = name.partition(".")
    if head == "first_strike_stability":
        return None if tail == "combined" else tail
    return head.split("_after_")[0] if "_after_" in head else None


def quantile_bands_figure(outputs: list[dict[str, Any]], unit: str) -> dict[str, Any] | None:
    """The 5th–95th percentile band of each numeric output of one unit, its median marked: one row per output.

    ``unit`` is ``"warheads"`` (retaliation and surviving warheads) or
    ``"index"`` (first-strike stability). Each row takes its side's colour
    (the combined index black). None when no output of that unit has quantiles.
    """
    rows = [
        o
        for o in outputs
        if o.get("kind") == "number"
        and o.get("q05") is not None
        and (("first_strike_stability" in o["name"]) == (unit == "index"))
    ]
    if not rows:
        return None
    colours = side_colours({s for s in (_output_side(o["name"]) for o in rows) if s})
    labels = [output_label(o["name"]).replace(" (warheads)", "").replace(" (index, 0–1)", "") for o in rows]
    band_colours = [colours.get(_output_side(o["name"]) or "", "#000000") for o in rows]
    data = [
        {
            "type": "bar",
            "orientation": "h",
            "name": "5th to 95th percentile",
            "y": labels,
            "base": [o["q05"] for o in rows],
            "x": [max(o["q95"] - o["q05"], 1e-9) for o in rows],
            "marker": {"color": [lighter(c, 0.45) for c in band_colours], "line": {"color": band_colours, "width": 1}},
            "customdata": [[o["q05"], o["q95"]] for o in rows],
            "width": 0.5,
            "hovertemplate": "%{y}: 5th percentile %{customdata[0]:,.3~f}, 95th %{customdata[1]:,.3~f}<extra></extra>",
        },
        {
            "type": "scatter",
            "mode": "markers",
            "name": "median",
            "y": labels,
            "x": [o["median"] for o in rows],
            "marker": {"symbol": "line-ns", "size": 18, "line": {"width": 3, "color": "#000000"}},
            "hovertemplate": "%{y}: median %{x:,.3~f}<extra></extra>",
        },
    ]
    title = "Warheads" if unit == "warheads" else "First-strike stability (index, 0 to 1)"
    height = 60 + 46 * len(rows) + 60
    return {
        "data": data,
        "layout": _layout(
            height=height,
            barmode="overlay",
            showlegend=False,
            margin={"l": 10, "r": 20, "t": 20, "b": 60},
            xaxis={"title": {"text": title}, "rangemode": "tozero", **({"range": [0, 1]} if unit == "index" else {})},
            yaxis={"automargin": True, "autorange": "reversed", "title": {"text": ""}},
            meta={
                "narrow": {
                    **_narrow_bars(labels, 24, 60 + 66 * len(rows) + 60),
                    "xaxis.tickangle": 0,
                    "xaxis.title.text": "Warheads" if unit == "warheads" else "Index (0 to 1)",
                }
            },
        ),
    }


def _wrap(text: str, width: int) -> str:
    """``text`` broken into lines of at most about ``width`` characters at spaces (Plotly's ``<br>``)."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join(lines + [line])


def _narrow_bars(labels: list[str], width: int, height: int) -> dict[str, Any]:
    """The narrow-screen layout of a chart of horizontal bars: its labels wrapped at ``width`` characters in a smaller
    font, taller bars (``height`` in pixels) and four ticks on the value axis."""
    return {
        "yaxis.tickfont.size": 10,
        "yaxis.tickmode": "array",
        "yaxis.tickvals": labels,
        "yaxis.ticktext": [_wrap(t, width) for t in labels],
        "height": height,
        "xaxis.nticks": 4,
    }


_INPUT_WORDS = {
    "sspk": "kill probability per interceptor shot",
    "tracking": "probability of tracking",
    "discrimination": "share of decoys told from warheads",
    "reliability": "reliability",
    "interceptors": "interceptors",
    "shots": "shots per target",
}


def input_label(path: str, scenario: dict[str, Any] | None = None) -> str:
    """An uncertain input's path as people read it, with the force or defence layer named by the scenario.

    ``attack.sspk.silo`` reads "Attacker's kill probability against silos";
    ``sides.USA.defence[0].sspk`` "the United States' midcourse defence: kill
    probability per interceptor shot"; a path this does not know comes back
    with its dots and underscores as spaces.
    """

    if path.startswith("attack.sspk."):
        target = path.rsplit(".", 1)[1]
        return f"Attacker's kill probability against {'silos' if target == 'silo' else target + ' targets'}"
    found = re.match(r"^sides\.([^.\[\]]+)\.(forces|defence)\[([^\]]+)\]\.(\w+)$", path)
    if found:
        side, kind, item, key = found.groups()
        items = (((scenario or {}).get("sides") or {}).get(side) or {}).get(kind) or []
        name = item
        if item.isdigit() and int(item) < len(items) and isinstance(items[int(item)], dict):
            name = items[int(item)].get("name") or item
        who = _side(side)
        who_s = who[0].upper() + who[1:] + ("'" if who.endswith("s") else "'s")
        what = f"{name} defence" if kind == "defence" else str(name)
        return f"{who_s} {what}: {_INPUT_WORDS.get(key, key.replace('_', ' '))}"
    found = re.match(r"^sides\.([^.\[\]]+)\.decoys_per_warhead$", path)
    if found:
        return f"{_side(found.group(1))[0].upper()}{_side(found.group(1))[1:]}: decoys per warhead"
    return path.replace("_", " ").replace(".", ": ")


TORNADO_COLOURS = {"total": "#0072B2", "first": "#E69F00"}
"""The tornado's two bars: total index (Okabe–Ito blue) and first-order index (orange)."""


def tornado_figure(answer: dict[str, Any], scenario: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The sensitivity tornado: each input's Sobol total and first-order index as horizontal bars, largest total on top.

    Error bars are the bootstrap 95 % intervals; None when the output does not vary over the runs.
    """
    rows = answer.get("indices") or []
    if answer.get("constant") or not rows:
        return None
    labels = [input_label(r["input"], scenario) for r in rows]

    def values(key: str) -> list[float]:
        return [r.get(key) if r.get(key) is not None else 0.0 for r in rows]

    data = []
    for key, name, colour in (
        ("total", "Total index (with interactions)", TORNADO_COLOURS["total"]),
        ("first_order", "First-order index (alone)", TORNADO_COLOURS["first"]),
    ):
        data.append(
            {
                "type": "bar",
                "orientation": "h",
                "name": name,
                "y": labels,
                "x": values(key),
                "marker": {"color": colour},
                "error_x": {
                    "type": "data",
                    "array": values(f"{key}_conf"),
                    "color": "#444444",
                    "thickness": 1.2,
                    "width": 4,
                },
                "hovertemplate": "%{y}: " + name.lower() + " %{x:.2f} ± %{error_x.array:.2f}<extra></extra>",
            }
        )
    top = max([1.0] + [(r.get(k) or 0.0) + (r.get(f"{k}_conf") or 0.0) for r in rows for k in ("total", "first_order")])
    low = min([0.0] + [(r.get(k) or 0.0) - (r.get(f"{k}_conf") or 0.0) for r in rows for k in ("total", "first_order")])
    height = 90 + 44 * len(rows) + 60
    title = "Sobol index: share of the output's variance (0 to 1)"
    return {
        "data": data,
        "layout": _layout(
            height=height,
            barmode="group",
            bargap=0.25,
            margin={"l": 10, "r": 20, "t": 60, "b": 60},
            xaxis={"title": {"text": title}, "range": [max(low, -0.5), min(top, 1.5) * 1.02], "zeroline": True},
            yaxis={"automargin": True, "autorange": "reversed", "title": {"text": ""}},
            meta={
                "narrow": {
                    **_narrow_bars(labels, 22, 110 + 66 * len(rows) + 80),
                    "xaxis.title.text": "Sobol index (0 to 1)",
                }
            },
        ),
    }
