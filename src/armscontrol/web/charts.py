"""Plotly figure specs for the pages: each turns one answer's JSON into traces and a layout.

Only presentation lives here (which field goes on which axis, colours, hover
text); every number comes from the answer. Colours are the Okabe–Ito palette,
which stays distinguishable with the common colour-vision deficiencies, and
every status also shows as text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from armscontrol.palette import OKABE_ITO, RELATION_COLOURS, STATE_COLOURS  # one palette for every chart; a side's colour: armscontrol.palette.side_colours

from armscontrol.vocabulary import label

STATE_COLOUR = STATE_COLOURS
"""A colour for each instrument state of the vocabulary (:data:`armscontrol.palette.STATE_COLOURS`)."""

STATUS_COLOUR = RELATION_COLOURS
"""A colour for each relation of the vocabulary (:data:`armscontrol.palette.RELATION_COLOURS`); the labels are the vocabulary's."""

STATUS_SHORT = {"party": "P", "ratified": "R", "signatory": "S", "suspended": "Su", "withdrawn": "W", "former_party": "F",
                "participant": "Pt", "proponent": "Pr", "not_party": "–", "not_recorded": "·", "not_a_state_then": "×"}
"""The matrix's one- or two-letter code of each relation (its key lists each code with the vocabulary's label)."""

FONT = {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13}


def _layout(**extra: Any) -> dict[str, Any]:
    base = {"font": FONT, "margin": {"l": 60, "r": 20, "t": 40, "b": 50}, "paper_bgcolor": "#ffffff",
            "plot_bgcolor": "#ffffff", "hovermode": "closest",
            "legend": {"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"}}
    base.update(extra)
    return base


def _bar_trace(traces: dict[str, dict[str, Any]], state: str, name: str | None = None) -> dict[str, Any]:
    """The timeline's bar trace of one instrument state (legend: the vocabulary's label), made on first use."""
    return traces.setdefault(state, {"type": "bar", "orientation": "h", "name": name or label("instrument_state", state),
                                     "marker": {"color": STATE_COLOUR[state]}, "y": [], "x": [], "base": [], "hovertext": [],
                                     "hovertemplate": "%{hovertext}<extra></extra>"})


def timeline_figure(system: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """Every instrument as a bar coloured by the vocabulary's instrument states; the date marked.

    A treaty runs from signature to entry into force (not yet in force), then
    to its end or today (in force, or in force and since ended). An instrument
    that never entered into force runs from signature to the day its road to
    force closed; one whose closing day the answer does not carry is a marker
    at its signature. Proposals, political commitments and adopted texts run
    from their first event and are never drawn as signed.
    """
    items = sorted(system["instruments"], key=lambda i: i["first_event"])
    traces: dict[str, dict[str, Any]] = {}
    points: dict[str, dict[str, Any]] = {}
    for item in items:
        standing = item.get("standing") or item["state"]
        name = item["short_title"]
        first = item["first_event"]
        signed = item["signed"] or first
        eif = item["entry_into_force"]
        end = item["ended"] or today.isoformat()
        if standing in ("proposed", "political_commitment", "adopted"):
            what = label("instrument_state", standing)
            t = _bar_trace(traces, standing)
            t["y"].append(name); t["base"].append(first); t["x"].append(_days_ms(first, end))
            t["hovertext"].append(f"{name}: {what} from {first}" + (f" to {item['ended']}" if item["ended"] else "")
                                  + (f" ({item['standing_text']})" if item.get("standing_text") else ""))
            continue
        if standing == "never_in_force":
            text = f"{name}: signed {signed}; {item.get('standing_text') or label('instrument_state', standing)}"
            if item["ended"]:
                t = _bar_trace(traces, standing)
                t["y"].append(name); t["base"].append(signed); t["x"].append(_days_ms(signed, item["ended"]))
                t["hovertext"].append(text)
            else:
                m = points.setdefault(standing, {"type": "scatter", "mode": "markers", "showlegend": False,
                                                 "name": label("instrument_state", standing),
                                                 "marker": {"color": STATE_COLOUR[standing], "symbol": "line-ns-open", "size": 14,
                                                            "line": {"width": 4, "color": STATE_COLOUR[standing]}},
                                                 "x": [], "y": [], "hovertext": [], "hovertemplate": "%{hovertext}<extra></extra>"})
                m["x"].append(signed); m["y"].append(name); m["hovertext"].append(text)
            continue
        if eif is None or eif > signed:
            stop = eif or end
            t = _bar_trace(traces, "not_yet_in_force")
            t["y"].append(name); t["base"].append(signed); t["x"].append(_days_ms(signed, stop))
            t["hovertext"].append(f"{name}: signed {signed}" + (f", in force {eif}" if eif else f", {label('instrument_state', 'not_yet_in_force')}"))
        if eif is not None:
            key = "ended" if item["ended"] else "in_force"
            t = _bar_trace(traces, key, f"{label('instrument_state', 'in_force')}, since {label('instrument_state', 'ended')}"
                           if key == "ended" else None)
            t["y"].append(name); t["base"].append(eif); t["x"].append(_days_ms(eif, end))
            reason = f", ended {item['ended']} ({label('end_reason', item['end_reason'])})" if item["ended"] and item["end_reason"] else ""
            t["hovertext"].append(f"{name}: in force {eif}{reason}")
    for state, m in points.items():  # the marker's colour stands in the legend through its bar trace, or alone
        m["showlegend"] = state not in traces
        traces[f"{state}-marker"] = m
    ended = [i for i in items if i["ended"] and (i.get("standing") or i["state"]) == "ended" and i["end_reason"]]
    if ended:  # the reason it ended, written at the end of its bar
        traces["reasons"] = {"type": "scatter", "mode": "text", "name": "why it ended", "showlegend": False,
                             "x": [i["ended"] for i in ended], "y": [i["short_title"] for i in ended],
                             "text": [" " + label("end_reason", i["end_reason"]) for i in ended],
                             "textposition": "middle right", "textfont": {"size": 10, "color": "#5a2600"},
                             "hoverinfo": "skip", "cliponaxis": False}
    on = system["on"]
    layout = _layout(barmode="overlay", height=max(360, 22 * len(items) + 120),
                     xaxis={"type": "date", "title": {"text": "Date (signature → entry into force → end)"},
                            "range": [f"{int(items[0]['first_event'][:4]) - 1}-01-01" if items else "1960-01-01",
                                      f"{today.year + 1}-06-30"]},
                     yaxis={"autorange": "reversed", "automargin": True, "title": {"text": "Instrument"},
                            "categoryorder": "array", "categoryarray": [i["short_title"] for i in items]},
                     margin={"l": 10, "r": 20, "t": 30, "b": 50},
                     shapes=[{"type": "line", "xref": "x", "yref": "paper", "x0": on, "x1": on, "y0": 0, "y1": 1,
                              "line": {"color": "#000000", "width": 2, "dash": "dot"}}],
                     annotations=[{"x": on, "y": 1, "xref": "x", "yref": "paper", "text": f"{on}", "showarrow": False,
                                   "yanchor": "bottom", "xanchor": "right" if on[:4] >= "2000" else "left", "font": {"size": 12}}],
                     meta={"narrow": {"yaxis.tickfont.size": 9, "yaxis.title.text": "", "xaxis.title.text": "Date",
                                      "height": max(360, 16 * len(items) + 120)}})
    return {"data": list(traces.values()), "layout": layout}


def _days_ms(start: str, stop: str) -> int:
    """A date bar's length in milliseconds (Plotly's unit for date axes)."""
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(stop)
    return max((b - a).days, 1) * 86_400_000


def forces_figure(timeline: dict[str, Any]) -> dict[str, Any]:
    """A party's figures against the limit: declared and estimated markers, the ceiling as a step line from its deadline."""
    points = timeline["points"]
    traces = []
    for kind, symbol, colour in (("declared", "circle", "#0072B2"), ("estimated", "diamond-open", "#E69F00")):
        chosen = [p for p in points if p["kind"] == kind and p["value"] is not None]
        if chosen:
            traces.append({"type": "scatter", "mode": "lines+markers", "name": f"{kind} ({timeline['party']})",
                           "x": [p["on"] for p in chosen], "y": [p["value"] for p in chosen],
                           "marker": {"symbol": symbol, "size": 8, "color": colour}, "line": {"color": colour},
                           "text": [f"{label('verdict', p['verdict'])}; limit {p['limit']:,}; margin {p['margin']}" for p in chosen],
                           "hovertemplate": "%{x}: %{y:,} — %{text}<extra>" + kind + "</extra>"})
    early = [p for p in points if not p["binding"]]
    if early:
        traces.append({"type": "scatter", "mode": "lines", "name": "limit, not yet binding", "x": [p["on"] for p in early],
                       "y": [p["limit"] for p in early], "line": {"shape": "hv", "color": "#999999", "dash": "dot", "width": 1},
                       "hovertemplate": "%{x}: limit %{y:,} (not yet binding)<extra></extra>"})
    limit_x, limit_y = [], []
    for p in points:
        limit_x.append(p["on"]); limit_y.append(p["limit"] if p["binding"] else None)
    binding_from = next((p["binding_from"] for p in points if p["binding_from"]), None)
    if binding_from:
        first = next((p["limit"] for p in points if p["binding"]), None)
        if first is not None:
            limit_x.insert(0, binding_from); limit_y.insert(0, first)
            pairs = sorted(zip(limit_x, limit_y), key=lambda xy: xy[0])
            limit_x, limit_y = [a for a, _ in pairs], [b for _, b in pairs]
    traces.append({"type": "scatter", "mode": "lines", "name": f"limit (binding from {binding_from or 'n/a'})",
                   "x": limit_x, "y": limit_y, "line": {"shape": "hv", "color": "#000000", "dash": "dash", "width": 2},
                   "connectgaps": False, "hovertemplate": "%{x}: limit %{y:,}<extra></extra>"})
    metric = timeline["metric"].replace("_", " ")
    return {"data": traces, "layout": _layout(height=380, xaxis={"type": "date", "title": {"text": "Date of the figure"}},
                                              yaxis={"title": {"text": f"{metric} (count)"}, "rangemode": "tozero"})}


def reductions_figure(reductions: dict[str, Any]) -> dict[str, Any]:
    """Declared warheads of each party under START I, SORT and New START on one time axis."""
    series: dict[tuple[str, str], dict[str, Any]] = {}
    dashes = {"USA": "solid", "RUS": "dot", "SUN": "dot"}
    colours = {"start1_accountable_warheads": "#0072B2", "operationally_deployed_warheads": "#E69F00",
               "deployed_warheads": "#009E73"}
    for row in reductions["rows"]:
        if row["value"] is None:
            continue
        party = "RUS" if row["party"] == "SUN" else row["party"]
        key = (party, row["metric"])
        s = series.setdefault(key, {"type": "scatter", "mode": "lines+markers",
                                    "name": f"{party}: {row['metric'].replace('_', ' ')} ({row['instrument'] or ''})",
                                    "x": [], "y": [], "text": [],
                                    "line": {"dash": dashes.get(party, "solid"), "color": colours.get(row["metric"], "#CC79A7")},
                                    "marker": {"size": 5}, "hovertemplate": "%{x}: %{y:,} %{text}<extra></extra>"})
        s["x"].append(row["as_of"]); s["y"].append(row["value"])
        s["text"].append(f"(limit {row['limit']:,}, {label('verdict', row['verdict'])})" if row["limit"] else "")
    return {"data": list(series.values()),
            "layout": _layout(height=400, xaxis={"type": "date", "title": {"text": "Date of the declaration"}},
                              yaxis={"title": {"text": "Declared strategic warheads (count)"}, "rangemode": "tozero"})}


def stockpiles_figure(stockpiles: dict[str, Any]) -> dict[str, Any]:
    traces = []
    for i, s in enumerate(stockpiles["series"]):
        traces.append({"type": "scatter", "mode": "lines", "name": s["name"], "x": [p["as_of"] for p in s["points"]],
                       "y": [p["value"] for p in s["points"]], "line": {"color": OKABE_ITO[i % len(OKABE_ITO)],
                                                                         "dash": ["solid", "dash", "dot"][i // len(OKABE_ITO) % 3]},
                       "hovertemplate": "%{x|%Y}: %{y:,}<extra>" + s["party"] + "</extra>"})
    return {"data": traces, "layout": _layout(height=420, xaxis={"type": "date", "title": {"text": "Year (estimate as of 31 December)"}},
                                              yaxis={"title": {"text": "Estimated stockpile (warheads, log scale)"}, "type": "log", "dtick": 1})}


def graph_figure(graph: dict[str, Any], highlight: dict[str, str], followed: set[str] | None = None,
                 standings: dict[str, str] | None = None) -> dict[str, Any]:
    """The linkage graph: instruments placed by date (x) in lanes (y); edges as arrows; cascade steps coloured.

    ``standings`` maps an instrument to its state in the vocabulary on the
    graph's date (``answers.instruments``), which the hover text names.
    """
    nodes = sorted(graph["nodes"], key=lambda n: n["first_event"])
    lanes: dict[str, int] = {}
    last_in_lane: list[str] = []
    for node in nodes:
        year = node["first_event"][:4]
        lane = next((k for k, last in enumerate(last_in_lane) if int(year) - int(last) >= 9), None)
        if lane is None:
            lane = len(last_in_lane); last_in_lane.append(year)
        else:
            last_in_lane[lane] = year
        lanes[node["id"]] = lane
    pos = {n["id"]: (n["first_event"], lanes[n["id"]]) for n in nodes}
    followed = followed or set()
    ex, ey, fx, fy = [], [], [], []
    annotations = []
    for e in graph["edges"]:
        if e["from"] in pos and e["to"] in pos and e["from"] != e["to"]:
            (x0, y0), (x1, y1) = pos[e["from"]], pos[e["to"]]
            used = e["id"] in followed
            if used:
                fx += [x0, x1, None]; fy += [y0, y1, None]
            else:
                ex += [x0, x1, None]; ey += [y0, y1, None]
            annotations.append({"x": x1, "y": y1, "ax": x0, "ay": y0, "xref": "x", "yref": "y", "axref": "x", "ayref": "y",
                                "showarrow": True, "arrowhead": 2, "arrowsize": 1.2, "arrowwidth": 2 if used else 1,
                                "arrowcolor": "#D55E00" if used else "#AAAAAA", "standoff": 8, "text": ""})
    edges = {"type": "scatter", "mode": "lines", "x": ex, "y": ey, "line": {"color": "#CCCCCC", "width": 1},
             "hoverinfo": "skip", "name": "linkage"}
    followed_edges = {"type": "scatter", "mode": "lines", "x": fx, "y": fy, "line": {"color": "#D55E00", "width": 2.5},
                      "hoverinfo": "skip", "name": "linkage the cascade follows"}
    groups: dict[str, dict[str, Any]] = {}
    names = {"trigger": ("event", "#D55E00", "star", 18), "step": ("affected by the cascade", "#E69F00", "diamond", 15),
             "": ("other instrument", "#0072B2", "circle", 11)}
    for n in nodes:
        role = highlight.get(n["id"], "")
        role_name, colour, symbol, size = names[role]
        g = groups.setdefault(role, {"type": "scatter", "mode": "markers+text", "name": role_name, "x": [], "y": [], "text": [],
                                     "customdata": [], "textposition": "top center", "textfont": {"size": 11},
                                     "marker": {"color": colour, "symbol": symbol, "size": size, "line": {"color": "#000", "width": 1}},
                                     "hovertemplate": "%{customdata}<extra></extra>"})
        x, y = pos[n["id"]]
        g["x"].append(x); g["y"].append(y); g["text"].append(n["title"])
        g.setdefault("textposition_list", []).append("top center" if y % 2 == 0 else "bottom center")
        state = (standings or {}).get(n["id"])
        g["customdata"].append(f"{n['title']} ({n['kind']}" + (f", {label('instrument_state', state)} on {graph['on']})" if state else ")"))
    for g in groups.values():
        g["textposition"] = g.pop("textposition_list")
    data = [edges] + ([followed_edges] if fx else []) + [groups[k] for k in ("", "step", "trigger") if k in groups]
    height = 70 * (max(lanes.values(), default=0) + 1) + 160
    return {"data": data, "layout": _layout(height=height, meta={"narrow": {"height": height + 120}}, annotations=annotations, showlegend=True,
                                            xaxis={"type": "date", "title": {"text": "First event (opened, proposed or signed)"}},
                                            yaxis={"visible": False, "range": [-0.7, max(lanes.values(), default=0) + 0.8]})}


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
        traces.append({"type": "scatter", "mode": "lines+markers", "name": col["name"], "x": xs, "y": ys,
                       "line": {"color": OKABE_ITO[i % len(OKABE_ITO)]},
                       "hovertemplate": "%{x:,} interceptors: %{y:.3f}<extra>" + col["name"][:30] + "</extra>"})
    return {"data": traces, "layout": _layout(height=380, xaxis={"title": {"text": "Interceptors of the defended side (count)"}},
                                              yaxis={"title": {"text": "Combined first-strike stability (index)"}, "rangemode": "tozero"})}


def events_figure(record: dict[str, Any], on: str) -> dict[str, Any]:
    """An instrument's recorded events and its parties' on a time axis: one row per kind of event, hover for who."""
    rows: dict[str, dict[str, list[Any]]] = {}
    for e in record.get("events", []):
        kind = e["type"].replace("_", " ")
        r = rows.setdefault(kind, {"x": [], "text": []})
        r["x"].append(e["date"]); r["text"].append(f"{record['short_title']}: {kind}" + (" (on or before)" if e.get("on_or_before") else ""))
    for party in record.get("parties", []):
        for e in party.get("events", []):
            kind = f"party {e['type'].replace('_', ' ')}"
            r = rows.setdefault(kind, {"x": [], "text": []})
            r["x"].append(e["date"]); r["text"].append(f"{party['party']}: {e['type'].replace('_', ' ')}")
    traces = []
    for i, (kind, r) in enumerate(rows.items()):
        traces.append({"type": "scatter", "mode": "markers", "name": kind, "x": r["x"], "y": [kind] * len(r["x"]),
                       "hovertext": r["text"], "hovertemplate": "%{x}: %{hovertext}<extra></extra>", "showlegend": False,
                       "marker": {"size": 10, "color": OKABE_ITO[i % len(OKABE_ITO)], "symbol": ["circle", "diamond", "square", "triangle-up"][i % 4],
                                  "line": {"color": "#000", "width": 0.5}, "opacity": 0.85}})
    height = 60 + 34 * max(len(rows), 3) + 60
    return {"data": traces, "layout": _layout(
        height=height, margin={"l": 10, "r": 20, "t": 20, "b": 50},
        xaxis={"type": "date", "title": {"text": "Date of the event"}},
        yaxis={"automargin": True, "title": {"text": ""}, "type": "category"},
        shapes=[{"type": "line", "xref": "x", "yref": "paper", "x0": on, "x1": on, "y0": 0, "y1": 1,
                 "line": {"color": "#000", "width": 2, "dash": "dot"}}],
        meta={"narrow": {"yaxis.tickfont.size": 10}})}
