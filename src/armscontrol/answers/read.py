"""The statement reader's answer: instruments, figures, claims judged by the regime engines, places, draft scenarios.

:func:`compare` runs a statement's draft scenarios side by side with the
current forces through the stability models (``armscontrol read --compare``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pydantic import Field

from armscontrol.answers.common import Answer
from armscontrol.reader.models import ReadAnswer

__all__ = ["CURRENT_FORCES", "CompareAnswer", "CompareCell", "CompareRow", "CompareScenario", "ReadAnswer", "compare", "read"]

Progress = Callable[[int, int], None]


def read(data: str | bytes, on: str | dt.date | None = None, *, where: str = "statement") -> ReadAnswer:
    """Read a statement (text, Markdown or HTML; bytes are decoded as UTF-8) as of a date (default: found in it, else today)."""
    from armscontrol.reader import read_bytes, read_text

    if isinstance(data, bytes):
        return read_bytes(data, on, where=where)
    return read_text(data, on)


CURRENT_FORCES = "new-start-parity"
"""The example that stands for the current forces: each side's forces declared on 1 September 2020, at New START's 1,550."""


class CompareScenario(Answer):
    """One column of the comparison: the current forces or a draft at a proposed level."""

    name: str
    kind: str = Field(description="'current' (the declared forces of examples/new-start-parity.yaml) or 'proposed' (a draft)")
    level: int | None = Field(default=None, description="the proposed warheads per side (null for the current forces)")
    warheads: dict[str, int] = Field(description="each side's warheads in the scenario, after rounding to whole launchers")


class CompareCell(Answer):
    """One scenario at one defence size."""

    combined: float = Field(description="combined first-strike stability (1: no side gains by striking first)")
    first_strike_stability: dict[str, float]
    assured_retaliation_met: bool = Field(description="every struck side's retaliation arriving meets the criterion")
    least_retaliation_arriving: float = Field(description="the smaller expected retaliation arriving of the two exchanges")


class CompareRow(Answer):
    """One defence size of the founding example's sweep, with a cell per scenario in the order of ``scenarios``."""

    interceptors: int
    cells: list[CompareCell]


class CompareAnswer(Answer):
    """``armscontrol read --compare``: a statement's proposed levels against the current forces, at each defence size."""

    read: ReadAnswer
    defended_side: str
    layer: str
    scenarios: list[CompareScenario]
    rows: list[CompareRow]
    assumptions: list[str] = Field(default_factory=list)


def _warheads(scenario) -> dict[str, int]:  # noqa: ANN001
    return {name: sum(f.launchers * f.warheads_per_launcher for f in side.forces) for name, side in scenario.sides.items()}


def compare(answer: ReadAnswer, progress: Progress | None = None) -> CompareAnswer:
    """Run every draft of ``answer`` and the current forces over the founding example's defence sizes.

    Each scenario is run at each size of the founding example's sweep (the US
    midcourse layer); the current forces' own defence layer takes the same
    sizes, so that every cell of a row meets the same defence.

    Parameters
    ----------
    answer : ReadAnswer
        A statement read (:func:`read`); without a proposed level, only the current forces are run.
    progress : callable, optional
        Called as ``progress(done, total)`` after each run.
    """
    from armscontrol.answers.stability import stability
    from armscontrol.reader.draft import founding_example
    from armscontrol.scenario import FOUNDING_SCENARIO, load_scenario, parse_scenario

    sweep = founding_example()["sweep"]
    current = load_scenario(FOUNDING_SCENARIO.with_name(f"{CURRENT_FORCES}.yaml"))
    assert current.sweep is not None  # the shipped current forces sweep the defence
    current = current.model_copy(update={"sweep": current.sweep.model_copy(update={"interceptors": list(sweep["interceptors"])})})
    specs = [(current, CompareScenario(name=current.name, kind="current", warheads=_warheads(current)))]
    for draft, level in zip(answer.scenarios, answer.scenario_levels):
        spec = parse_scenario(draft, origin=draft["name"])
        specs.append((spec, CompareScenario(name=spec.name, kind="proposed", level=level, warheads=_warheads(spec))))
    sizes = list(sweep["interceptors"])
    total = len(specs) * len(sizes)
    columns = []
    for done, (spec, _) in enumerate(specs):
        step = (lambda i, n, base=done * len(sizes): progress(base + i, total)) if progress is not None else None
        columns.append(stability(spec, progress=step).results or [])
    rows = []
    for i, size in enumerate(sizes):
        cells = []
        for runs in columns:
            run = runs[i]
            cells.append(CompareCell(
                combined=run.combined,
                first_strike_stability={name: s.first_strike_stability for name, s in run.sides.items()},
                assured_retaliation_met=all(p.assured_retaliation_met for p in run.pairs),
                least_retaliation_arriving=min(p.retaliation_arriving for p in run.pairs),
            ))
        rows.append(CompareRow(interceptors=size, cells=cells))
    assumptions = [
        f"The current forces are examples/{CURRENT_FORCES}.yaml: each side's forces declared on 1 September 2020, at New START's 1,550.",
        "Each draft is the founding example (examples/russia-1500-vs-nmd.yaml) scaled to the proposed level.",
        f"Every scenario meets the same {sweep['side']} '{sweep['layer']}' defence at each size; its performance is the scenario's own analyst assumption.",
    ]
    return CompareAnswer(read=answer, defended_side=sweep["side"], layer=sweep["layer"], scenarios=[s for _, s in specs], rows=rows,
                         assumptions=assumptions)
