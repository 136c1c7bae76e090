"""Charts for reports: small, vector (SVG), deterministic, in a palette that survives colour blindness.

Each function takes plain arrays from an answer and returns an SVG string
(no XML header) to place inline in HTML. The same inputs give the same bytes:
matplotlib's ids are salted with a fixed string and no date is written.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

# Okabe and Ito's palette, distinguishable under the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]


def _figure(width: float = 7.0, height: float = 3.2):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams.update({
        "svg.hashsalt": "armscontrol", "svg.fonttype": "none", "font.family": "DejaVu Sans", "font.size": 9,
        "axes.spines.top": False, "axes.spines.right": False, "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
        "text.parse_math": False,  # a name such as "$x$" is text, never TeX maths (which would fail on user text)
    })
    return plt.subplots(figsize=(width, height))


def _title(ax, title: str) -> None:
    import textwrap

    ax.set_title("\n".join(textwrap.wrap(title, 80)), loc="left", fontsize=10)


def _svg(fig) -> str:
    import matplotlib.pyplot as plt

    out = io.StringIO()
    fig.tight_layout()
    fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    text = out.getvalue()
    return text[text.index("<svg"):]


def lines(series: dict[str, tuple[Sequence, Sequence]], *, title: str, xlabel: str, ylabel: str,
          steps: dict[str, tuple[Sequence, Sequence]] | None = None, hline: tuple[float, str] | None = None,
          dates: bool = False) -> str:
    """Lines (markers at each point) and, optionally, step lines (limits) and one horizontal threshold.

    Parameters
    ----------
    series : mapping of label to (x, y)
        The figures, one line each.
    steps : mapping of label to (x, y), optional
        Step lines drawn from each x onwards (a ceiling from its deadline).
    hline : (value, label), optional
        A horizontal reference line (a threshold).
    """
    fig, ax = _figure()
    for label, (x, y) in series.items():
        ax.plot(list(x), list(y), marker="o", markersize=3, linewidth=1.4, label=label)
    for i, (label, (x, y)) in enumerate((steps or {}).items()):
        ax.step(list(x), list(y), where="post", linestyle="--", linewidth=1.2, color=PALETTE[(i + 4) % len(PALETTE)], label=label)
    if hline is not None:
        ax.axhline(hline[0], color="#000000", linestyle=":", linewidth=1.0, label=hline[1])
    _title(ax, title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(True, linewidth=0.3, alpha=0.6)
    if dates:
        fig.autofmt_xdate()
    ax.legend(fontsize=7, frameon=False, loc="best")
    return _svg(fig)


def histogram(offset: int, pmf: Sequence[float], *, title: str, xlabel: str, marks: dict[str, float]) -> str:
    """A probability distribution over counts as bars, with vertical marks (a percentile, a threshold)."""
    fig, ax = _figure(7.0, 2.8)
    xs = list(range(offset, offset + len(pmf)))
    ax.bar(xs, list(pmf), width=1.0, color=PALETTE[0], linewidth=0)
    for i, (label, value) in enumerate(marks.items()):
        ax.axvline(value, color=PALETTE[(i + 1) % len(PALETTE)], linestyle="--", linewidth=1.2, label=f"{label}: {value:,.0f}")
    _title(ax, title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("probability")
    ax.grid(True, axis="y", linewidth=0.3, alpha=0.6)
    ax.legend(fontsize=7, frameon=False)
    return _svg(fig)


def spans(rows: Sequence[tuple[str, object, object, str]], *, title: str, marker: object | None = None) -> str:
    """A timeline: one horizontal bar per row (label, start, end, state), the date asked marked.

    States colour the bars: in force, ended, never or not yet in force.
    """
    import matplotlib.dates as mdates

    colours = {"in_force": PALETTE[2], "ended": PALETTE[1], "not_in_force": PALETTE[5], "not_yet_signed": PALETTE[5]}
    fig, ax = _figure(7.0, max(2.5, 0.22 * len(rows) + 1.0))
    for i, (label, start, end, state) in enumerate(rows):
        left = mdates.date2num(start)
        ax.barh(i, max(mdates.date2num(end) - left, 60), left=left, height=0.6, color=colours.get(state, PALETTE[7]))
    ax.set_yticks(range(len(rows)), [r[0] for r in rows], fontsize=7)
    ax.invert_yaxis()
    ax.xaxis_date()
    if marker is not None:
        ax.axvline(mdates.date2num(marker), color="#000000", linestyle=":", linewidth=1.0)
    handles = [__import__("matplotlib.patches", fromlist=["Patch"]).Patch(color=c, label=l)
               for l, c in (("in force", colours["in_force"]), ("ended", colours["ended"]), ("never or not yet in force", colours["not_in_force"]))]
    ax.legend(handles=handles, fontsize=7, frameon=False, loc="lower left")
    _title(ax, title)
    ax.set_xlabel("year")
    return _svg(fig)
