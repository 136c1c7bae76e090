"""Charts for reports: small, vector (SVG), deterministic, in a palette that survives colour blindness.

Each function takes plain arrays from an answer and returns an SVG string
(no XML header) to place inline in HTML. The same inputs give the same bytes:
matplotlib's ids are salted with a fixed string and no date is written.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Mapping, Sequence

from armscontrol.instrument_groups import MARKER_STATES
from armscontrol.palette import STATE_COLOURS
from armscontrol.vocabulary import label as term_label

# Okabe and Ito's palette, distinguishable under the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]


def _pyplot():
    """matplotlib.pyplot with the reports' settings (Agg, fixed SVG ids, the palette)."""
    import matplotlib  # on first use: heavy (matplotlib)

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # on first use: heavy (matplotlib)

    matplotlib.rcParams.update(
        {
            "svg.hashsalt": "armscontrol",
            "svg.fonttype": "none",
            "font.family": "DejaVu Sans",
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
            "text.parse_math": False,  # a name such as "$x$" is text, never TeX maths (which would fail on user text)
        }
    )
    return plt


PAGE_CHART_HEIGHT = 8.6
"""The tallest chart a report draws, in inches: an A4 or US Letter page (18 mm margins) holds it with its heading and
caption."""


def _figure(width: float = 7.0, height: float = 3.2):
    return _pyplot().subplots(figsize=(width, height))


def _title(ax, title: str) -> None:

    ax.set_title("\n".join(textwrap.wrap(title, 80)), loc="left", fontsize=10)


def _svg(fig) -> str:
    import matplotlib.pyplot as plt  # on first use: heavy (matplotlib)

    out = io.StringIO()
    fig.tight_layout()
    fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    text = out.getvalue()
    return text[text.index("<svg") :]


def lines(
    series: Mapping[str, tuple[Sequence, Sequence]],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    steps: Mapping[str, tuple[Sequence, Sequence]] | None = None,
    hline: tuple[float, str] | None = None,
    dates: bool = False,
    colours: dict[str, str] | None = None,
    dashes: dict[str, str] | None = None,
    height: float = 3.2,
    log: bool = False,
) -> str:
    """Lines (markers at each point) and, optionally, step lines (limits) and one horizontal threshold.

    Parameters
    ----------
    series : mapping of label to (x, y)
        The figures, one line each.
    steps : mapping of label to (x, y), optional
        Step lines drawn from each x onwards (a ceiling from its deadline).
    hline : (value, label), optional
        A horizontal reference line (a threshold).
    colours : mapping of label to colour, optional
        A fixed colour for some series (a side's, :func:`armscontrol.palette.side_colours`); the others follow
        the palette.
    dashes : mapping of label to matplotlib line style, optional
        A line style for some series (one per kind of count, where a colour is a side's).
    height : float
        The chart's height in inches (its width is the page's).
    log : bool
        A logarithmic y axis (ticks written as plain numbers): figures an order of magnitude apart stay readable.
    """
    fig, ax = _figure(7.0, height)
    for label, (x, y) in series.items():
        fixed = {"color": colours[label]} if colours and label in colours else {}
        style = (dashes or {}).get(label, "-")
        ax.plot(list(x), list(y), marker="o", markersize=3, linewidth=1.4, linestyle=style, label=label, **fixed)
    greys = ("#555555", "#999999", "#333333", "#777777")
    for i, (label, (x, y)) in enumerate((steps or {}).items()):
        # limits in greys, so that no limit takes a side's colour
        ax.step(
            list(x),
            list(y),
            where="post",
            linestyle="--",
            linewidth=1.2,
            color=greys[i % len(greys)] if colours else PALETTE[(i + 4) % len(PALETTE)],
            label=label,
        )
    if hline is not None:
        ax.axhline(hline[0], color="#000000", linestyle=":", linewidth=1.0, label=hline[1])
    _title(ax, title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if log:
        from matplotlib.ticker import FuncFormatter, LogLocator  # on first use: heavy (matplotlib)

        ax.set_yscale("log")
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
        ax.yaxis.set_minor_formatter(FuncFormatter(lambda v, _: ""))
    ax.grid(True, linewidth=0.3, alpha=0.6)
    if dates:
        fig.autofmt_xdate()
    if len(series) + len(steps or {}) + (hline is not None) > 3:  # many entries: under the plot, never over a line
        ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(0.0, -0.22 if dates else -0.16), ncol=2)
    else:
        ax.legend(fontsize=7, frameon=False, loc="best")
    return _svg(fig)


def histogram(
    offset: int, pmf: Sequence[float], *, title: str, xlabel: str, marks: dict[str, float], colour: str = PALETTE[0]
) -> str:
    """A probability distribution over counts as bars (in ``colour``), with vertical marks (a percentile, a
    threshold)."""
    fig, ax = _figure(7.0, 2.8)
    # one filled outline over every count (a bar a count drawn as one path): the same picture, a hundredth of the SVG
    edges = [offset - 0.5 + i for i in range(len(pmf) + 1)]
    ax.stairs(list(pmf), edges, fill=True, color=colour, linewidth=0)
    # marks in black, told apart by their dashes: a colour would read as another side's
    for i, (label, value) in enumerate(marks.items()):
        ax.axvline(
            value, color="#000000", linestyle=("-", "--", ":")[i % 3], linewidth=1.2, label=f"{label}: {value:,.0f}"
        )
    _title(ax, title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("probability")
    ax.grid(True, axis="y", linewidth=0.3, alpha=0.6)
    ax.legend(fontsize=7, frameon=False)
    return _svg(fig)


def spans(groups: Sequence[tuple[str, Sequence[tuple]]], *, title: str, marker: object | None = None) -> str:
    """A timeline of instruments in groups, each under its heading, the date asked marked.

    Parameters
    ----------
    groups : sequence of (heading, rows)
        The groups in order (:func:`armscontrol.instrument_groups.grouped`); each row is
        (label, signed, entry into force, end, state), dates or None, the state one of the vocabulary's
        instrument states (:mod:`armscontrol.vocabulary`).
    marker : date, optional
        The date asked (a dotted line); a bar still running ends there.

    A treaty is a bar from signature to entry into force (not yet in force), then to its end or the date asked (in
    force, or in force and since ended); one that never entered into force is a bar, in its own colour, from signature
    to the day its road to force closed (a tick at its signature where that day is not known). Proposals, political
    commitments and adopted texts are open markers at their first event (and at their end), never bars. The legend
    lists the states drawn, in the vocabulary's words and the palette's colours
    (:data:`armscontrol.palette.STATE_COLOURS`).
    """
    # on first use: heavy (matplotlib)
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    labels: list[tuple[str, bool]] = []  # (text, is a heading)
    for heading, rows in groups:
        labels.append((heading, True))
        labels += [(r[0], False) for r in rows]
    # sized to one page with its title and legend: rows shrink (never under 6 pt labels' height) so the chart
    # stays under
    # PAGE_CHART_HEIGHT inches, which an A4 or Letter page holds beside a heading and a caption
    n = max(len(labels), 1)
    row = min(0.2, max(0.118, (PAGE_CHART_HEIGHT - 1.9) / n))
    height = max(2.5, row * n + 1.9)
    fig, ax = _figure(7.0, height)
    drawn: dict[str, object] = {}
    symbols = {"proposed": "o", "political_commitment": "D", "adopted": "s"}

    def bar(y: int, start, stop, state: str, name: str | None = None) -> None:
        left = mdates.date2num(start)
        ax.barh(
            y, max(mdates.date2num(stop) - left, 60), left=left, height=0.62, color=STATE_COLOURS[state], linewidth=0
        )
        drawn.setdefault(state, Patch(color=STATE_COLOURS[state], label=name or term_label("instrument_state", state)))

    def point(y: int, day, state: str, symbol: str) -> None:
        ax.plot(
            [mdates.date2num(day)],
            [y],
            linestyle="none",
            marker=symbol,
            markersize=4.5,
            markerfacecolor="white",
            markeredgecolor=STATE_COLOURS[state],
            markeredgewidth=1.4,
        )
        drawn.setdefault(
            f"{state}-marker",
            Line2D(
                [],
                [],
                linestyle="none",
                marker=symbol,
                markersize=5,
                markerfacecolor="white",
                markeredgecolor=STATE_COLOURS[state],
                markeredgewidth=1.4,
                label=term_label("instrument_state", state),
            ),
        )

    y = 0
    for _, rows in groups:
        y += 1  # the heading's row
        for _label, signed, in_force, end, state in rows:
            stop = end or marker
            if state in MARKER_STATES:
                for day in [signed] + ([end] if end else []):
                    point(y, day, state, symbols[state])
            elif state == "never_in_force":
                if end:
                    bar(y, signed, end, state)
                else:
                    point(y, signed, state, "|")
            else:
                if in_force is None or in_force > signed:
                    bar(y, signed, in_force or stop, "not_yet_in_force")
                if in_force is not None:
                    key = "ended" if end else "in_force"
                    bar(
                        y,
                        in_force,
                        stop,
                        key,
                        f"{term_label('instrument_state', 'in_force')}, since {term_label('instrument_state', 'ended')}"
                        if key == "ended"
                        else None,
                    )
            y += 1
    size = 7 if row >= 0.15 else 6
    ax.set_yticks(range(len(labels)), [text for text, _ in labels], fontsize=size)
    for tick, (_, is_heading) in zip(ax.get_yticklabels(), labels):
        if is_heading:
            tick.set_fontweight("bold")
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.xaxis_date()
    if marker is not None:
        ax.axvline(mdates.date2num(marker), color="#000000", linestyle=":", linewidth=1.0)
    order = [
        k
        for k in (
            "in_force",
            "ended",
            "not_yet_in_force",
            "never_in_force",
            "never_in_force-marker",
            "proposed-marker",
            "political_commitment-marker",
            "adopted-marker",
        )
        if k in drawn
    ]
    if "never_in_force" in drawn:
        order = [k for k in order if k != "never_in_force-marker"]
    handles = [drawn[k] for k in order]
    _title(ax, title)
    ax.set_xlabel("year (signature → entry into force → end)")
    ax.grid(True, axis="x", linewidth=0.3, alpha=0.6)
    # the legend under the axis and its title, never over the bars
    ax.legend(
        handles=handles,
        fontsize=7,
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(0.0, -0.62 / (height - 1.9)),
        ncol=min(3, max(len(handles), 1)),
    )
    return _svg(fig)


WATERFALL_STEPS = ("forces", "destroyed\nby the strike", "failed\nin flight", "intercepted", "arriving")
"""The bars of a retaliation waterfall: two totals (forces, arriving) and the three losses between them."""


def waterfall_bars(stages: dict[str, tuple[float, int]]) -> list[tuple[float, float, int]]:
    """(bottom, top, 5th percentile left) of each bar of :data:`WATERFALL_STEPS`, from a decomposition's stages.

    ``stages`` maps ``forces``, ``surviving``, ``reliable``, ``arriving`` to
    (expected, 5th percentile). Totals stand on zero; a loss spans from what is
    left after it to what was there before it.
    """
    f, s, r, a = (stages[k] for k in ("forces", "surviving", "reliable", "arriving"))
    return [(0.0, f[0], f[1]), (s[0], f[0], s[1]), (r[0], s[0], r[1]), (a[0], r[0], a[1]), (0.0, a[0], a[1])]


def waterfall(panels: Sequence[dict], *, threshold: float, title: str) -> str:
    """Where each struck side's retaliation went: one waterfall panel per ordered first strike.

    Parameters
    ----------
    panels : sequence of dict
        Each with ``title``, ``colour``, ``light`` (the side's colours), ``stages``
        (see :func:`waterfall_bars`) and ``note`` (a line under the panel, or "").
    threshold : float
        The assured-retaliation threshold, drawn as a dashed line.
    """
    # on first use: heavy (matplotlib)
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    plt = _pyplot()
    # one panel under the other, each the page's width: five labelled bars side by side need it
    fig, axes = plt.subplots(len(panels), 1, figsize=(7.0, 2.5 * len(panels) + 0.7), sharey=True, squeeze=False)
    axes = axes[:, 0]
    top = max(max(b[1] for b in waterfall_bars(p["stages"])) for p in panels) if panels else 1.0
    for ax, panel in zip(axes, panels):
        bars = waterfall_bars(panel["stages"])
        xs = range(len(bars))
        colours = [panel["colour"], panel["light"], panel["light"], panel["light"], panel["colour"]]
        ax.bar(
            xs,
            [t - b for b, t, _ in bars],
            bottom=[b for b, _, _ in bars],
            color=colours,
            width=0.62,
            edgecolor=panel["colour"],
            linewidth=0.8,
        )
        for x, (b, t, _) in zip(xs, bars):
            total = x in (0, len(bars) - 1)
            label = f"{t:,.0f}" if total else (f"−{t - b:,.0f}" if t - b >= 0.5 else "0")
            ax.text(x, t + 0.015 * top, label, ha="center", va="bottom", fontsize=7.5, color="#222222")
        # no diamond on the forces bar: nothing is uncertain before the strike
        ax.plot(
            list(xs)[1:], [p5 for _, _, p5 in bars][1:], linestyle="none", marker="D", markersize=4, color="#000000"
        )
        ax.axhline(threshold, color="#000000", linestyle="--", linewidth=1.0)
        ax.set_xticks(list(xs), [s.replace("\n", " ") for s in WATERFALL_STEPS], fontsize=8)
        ax.set_title(panel["title"] + (f"\n{panel['note']}" if panel.get("note") else ""), loc="left", fontsize=8.5)
        ax.set_ylabel("warheads")
        ax.grid(True, axis="y", linewidth=0.3, alpha=0.6)
        ax.spines["top"].set_visible(False)
        ax.spines["right"].set_visible(False)
    from matplotlib.ticker import StrMethodFormatter  # on first use: heavy (matplotlib)

    axes[0].yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    axes[0].set_ylim(0, top * 1.15)
    handles = [
        Patch(facecolor="#BBBBBB", edgecolor="#777777", label="expected warheads (totals dark, losses light)"),
        Line2D([], [], marker="D", linestyle="none", color="#000000", markersize=4, label="5th percentile left"),
        Line2D(
            [],
            [],
            linestyle="--",
            color="#000000",
            linewidth=1.0,
            label=f"assured-retaliation threshold ({threshold:,.0f})",
        ),
    ]
    fig.legend(handles=handles, loc="lower center", ncol=3, fontsize=7, frameon=False)
    fig.suptitle(title, x=0.01, ha="left", fontsize=10)
    fig.tight_layout(rect=(0, 0.5 / (2.5 * len(panels) + 0.7), 1, 1))
    out = io.StringIO()
    fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    text = out.getvalue()
    return text[text.index("<svg") :]
