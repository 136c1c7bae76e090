"""A finished job's result drawn with the dashboard's charts: quantile bands, the Sobol tornado, lines over a grid.

Each function takes the job's result as its answer's JSON (what ``GET
/api/jobs/{id}`` returns) and gives the figures the jobs page draws, every
label in words (:func:`armscontrol.web.charts.output_label`,
:func:`armscontrol.web.charts.input_label`).
"""

from __future__ import annotations

import itertools
from typing import Any

from armscontrol.palette import OKABE_ITO, side_colours
from armscontrol.web.charts import (
    _layout,
    _output_side,
    _wrap,
    input_label,
    output_label,
    quantile_bands_figure,
    tornado_figure,
)

SWEEP_LINES = 12
"""The most lines one sweep chart draws (over two or more grids, the first combinations of the other grids)."""

PLOT_HEIGHT = 280
"""The height in pixels of a sweep chart's plot (the legend below it adds a line per trace)."""

_UNITS = (("warheads", "Retaliation and surviving warheads"), ("index", "First-strike stability"))


def _unit(name: str) -> str:
    return "index" if name.startswith("first_strike_stability") else "warheads"


def _short(name: str) -> str:
    return output_label(name).replace(" (warheads)", "").replace(" (index, 0–1)", "")


def uncertainty_figures(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The 5th–95th percentile band and median of each numeric output, one chart per unit (as the uncertainty page)."""
    out = []
    for unit, title in _UNITS:
        figure = quantile_bands_figure(result.get("outputs") or [], unit)
        if figure:
            out.append(
                {
                    "id": f"job-bands-{unit}",
                    "figure": figure,
                    "title": f"{title}: 5th to 95th percentile of {result.get('samples', 0):,} samples, median marked",
                }
            )
    return out


def sensitivity_outputs(result: dict[str, Any]) -> list[str]:
    """The outputs of a Sobol job whose indices can be drawn (those that vary over the runs)."""
    if result.get("method") != "sobol":
        return []
    return [o["output"] for o in result.get("outputs") or [] if not o.get("constant") and o.get("indices")]


def sensitivity_figures(
    result: dict[str, Any], scenario: dict[str, Any] | None, output: str | None
) -> list[dict[str, Any]]:
    """The Sobol tornado of one output (``output``, else the first varying): total and first-order index per input."""
    names = sensitivity_outputs(result)
    if not names:
        return []
    chosen = output if output in names else names[0]
    answer = next(o for o in result["outputs"] if o["output"] == chosen)
    figure = tornado_figure(answer, scenario)
    if figure is None:
        return []
    return [
        {
            "id": "job-tornado",
            "figure": figure,
            "output": chosen,
            "title": f"{output_label(chosen)}: how much of its variance each input explains "
            f"(Sobol indices, N = {result.get('base_samples', 0):,}, {result.get('evaluations', 0):,} runs)",
        }
    ]


def sweep_figures(result: dict[str, Any], scenario: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Each numeric output over the sweep's first grid, one chart per unit, lines coloured by side.

    Over one grid, one line per output; over more, one line per output and
    combination of the other grids' values (at most :data:`SWEEP_LINES`).
    Yes/no outputs are left to the table and the JSON. Empty when the result
    kept no rows (a large sweep writes them to a file).
    """
    rows, axes = result.get("rows") or [], result.get("axes") or []
    if not rows or not axes:
        return []
    x_path = axes[0]["path"]
    others = [a["path"] for a in axes[1:]]
    skip = {"row", *(a["path"] for a in axes)}
    numeric = [
        c
        for c in result.get("columns") or []
        if c not in skip and all(isinstance(r.get(c), (int, float)) and not isinstance(r.get(c), bool) for r in rows)
    ]
    combos = list(dict.fromkeys(tuple(r.get(p) for p in others) for r in rows))
    x_title = input_label(x_path, scenario)
    out = []
    for unit, title in _UNITS:
        names = [c for c in numeric if _unit(c) == unit]
        if not names:
            continue
        colours = side_colours({s for s in (_output_side(n) for n in names) if s})
        dashes = itertools.cycle(("solid", "dash", "dot", "dashdot", "longdash"))
        traces: list[dict[str, Any]] = []
        for name, combo in itertools.product(names, combos):
            if len(traces) >= SWEEP_LINES:
                break
            points = sorted((r[x_path], r[name]) for r in rows if tuple(r.get(p) for p in others) == combo)
            where = ", ".join(f"{input_label(p, scenario)} {v:,}" for p, v in zip(others, combo, strict=True))
            label = _short(name) + (f" ({where})" if where else "")
            side = _output_side(name)
            colour = (
                colours.get(side or "", "#000000")
                if len(combos) == 1
                else OKABE_ITO[combos.index(combo) % len(OKABE_ITO)]
            )
            traces.append(
                {
                    "type": "scatter",
                    "mode": "lines+markers",
                    "name": _wrap(label, 48),
                    "x": [p[0] for p in points],
                    "y": [p[1] for p in points],
                    "line": {"color": colour, "dash": next(dashes) if len(combos) == 1 else "solid", "width": 2},
                    "marker": {"size": 6, "color": colour},
                    "hovertemplate": f"{x_title} %{{x:,}}: %{{y:,.3~f}}<extra>{label[:40]}</extra>",
                }
            )
        y_title = "Warheads" if unit == "warheads" else "Stability index (0 to 1)"
        xs = [v for t in traces for v in t["x"]]
        pad = 0.04 * ((max(xs) - min(xs)) or 1)  # markers at the ends stay inside the plot, off the tick labels
        legend_px = 40 * -(-len(traces) // 3)  # below the plot: three entries of two lines to a row
        height = 20 + PLOT_HEIGHT + 90 + legend_px
        out.append(
            {
                "id": f"job-sweep-{unit}",
                "title": f"{title} over the grid of {x_title}",
                "figure": {
                    "data": traces,
                    "layout": _layout(
                        height=height,
                        showlegend=True,
                        margin={"l": 70, "r": 20, "t": 20, "b": 90 + legend_px},
                        legend={
                            "orientation": "h",
                            "x": 0,
                            "y": -80 / PLOT_HEIGHT,
                            "yanchor": "top",
                            "font": {"size": 11},
                        },
                        xaxis={
                            "title": {"text": _wrap(x_title, 60)},
                            "range": [min(xs) - pad, max(xs) + pad],
                            "zeroline": False,
                        },
                        yaxis={
                            "title": {"text": y_title},
                            "automargin": True,
                            "zeroline": False,
                            **({"range": [-0.02, 1.02]} if unit == "index" else {"rangemode": "tozero"}),
                        },
                        meta={
                            "narrow": {
                                "xaxis.title.text": _wrap(x_title, 30),
                                "xaxis.nticks": 5,
                                "margin.b": 90,
                                "height": 20
                                + PLOT_HEIGHT
                                + 90
                                + 30 * len(traces),  # the legend above, a line or two each
                                "yaxis.title.text": "Warheads" if unit == "warheads" else "Index (0 to 1)",
                            }
                        },
                    ),
                },
            }
        )
    return out


def job_figures(
    kind: str, result: dict[str, Any] | None, scenario: dict[str, Any] | None = None, output: str | None = None
) -> list[dict[str, Any]]:
    """The figures of a finished job of ``kind`` (``id``, ``title``, ``figure``); none while it runs or if it failed."""
    if not result:
        return []
    if kind == "uncertainty":
        return uncertainty_figures(result)
    if kind == "sensitivity":
        return sensitivity_figures(result, scenario, output)
    return sweep_figures(result, scenario)
