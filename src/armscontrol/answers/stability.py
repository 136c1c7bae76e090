"""Answers of the stability models: a scenario's stability and the frontier (one engagement: :mod:`.engage`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import numpy as np
from pydantic import Field

from armscontrol import limits
from armscontrol.answers.common import EXPLANATION_DESCRIPTION, Answer, StepOut, explain
from armscontrol.errors import UserError
from armscontrol.explanation import Fact, Step
from armscontrol.stability.decomposition import decompose
from armscontrol.stability.decomposition import explain as explain_pair

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while a long answer is computed."""


class CountDistribution(Answer):
    """A probability distribution over counts, kept where it is not negligible: P(offset + i) = pmf[i]."""

    offset: int
    pmf: list[float]


def distribution(pmf, tail: float = 1e-12) -> CountDistribution:
    """A pmf (NumPy array) kept where it exceeds ``tail``, as offset and values."""

    keep = np.nonzero(pmf > tail)[0]
    if keep.size == 0:
        return CountDistribution(offset=0, pmf=[])
    return CountDistribution(offset=int(keep[0]), pmf=[float(x) for x in pmf[keep[0] : keep[-1] + 1]])


class PairOut(Answer):
    """One ordered first strike: the attacker strikes, the victim absorbs it and retaliates."""

    attacker: str
    victim: str
    counterforce_warheads: int
    reserve_warheads: int
    aim_points_attacked: int
    victim_surviving_warheads: float
    victim_surviving_p5: int
    retaliation_arriving: float
    retaliation_arriving_p5: int
    assured_retaliation_met: bool
    reserve_arriving: float
    victim_interceptors_left: list[int]
    defence_leak_fraction_counterforce: float
    neglected_mass: float
    retaliation_distribution: CountDistribution | None = Field(
        default=None, description="the distribution of retaliating warheads arriving (when asked for)"
    )


class StageOut(Answer):
    """One stage of a decomposition: the struck side's warheads left at it."""

    key: Literal["forces", "surviving", "launched", "reliable", "arriving"]
    label: str
    expected: float
    p5: int = Field(description="5th percentile of the warheads left at this stage")


class DecompositionOut(Answer):
    """Where the retaliation went: the struck side's force after the other's first strike, stage by stage.

    Stages are non-increasing; the last (``arriving``) is the pair's
    ``retaliation_arriving`` and ``retaliation_arriving_p5``.
    """

    attacker: str
    victim: str
    stages: list[StageOut]
    surviving_without_defence: float = Field(description="expected survivors had the victim no defence")
    defence_saved: float = Field(
        description="expected warheads the victim's own defence saved from the counterforce strike"
    )
    launched_under_attack: int = Field(
        description="warheads launched before the strike landed (counted among the survivors)"
    )
    intercepted: float = Field(description="expected warheads the attacker's defence intercepted")
    intercepted_p5: int = Field(description="reliable stage's 5th percentile minus the arriving stage's")
    threshold: float = Field(description="warheads that must arrive at the 5th percentile (assured retaliation)")
    assured_retaliation_met: bool


class SideOut(Answer):
    first_strike_stability: float
    cost_striking_first: float
    cost_struck_first: float


class CriteriaOut(Answer):
    assured_retaliation: float
    tested_on: str = "5th percentile"
    value_targets: float
    cost_weight: float


class StabilityRun(Answer):
    """The result at one defence size of a sweep (``interceptors`` null without a sweep)."""

    interceptors: int | None = None
    pairs: list[PairOut]
    sides: dict[str, SideOut]
    combined: float
    criteria: CriteriaOut
    decomposition: list[DecompositionOut] = Field(
        default_factory=list,
        description="where each struck side's retaliation went, one per pair, in the order of pairs",
    )
    explanation: list[StepOut] = Field(default_factory=list, description=EXPLANATION_DESCRIPTION)


class SweepOut(Answer):
    side: str
    layer: str
    interceptors: list[int]


class StabilityAnswer(Answer):
    """``armscontrol stability``: assured retaliation and first-strike stability, at each defence size of a sweep.

    Without a sweep the single result's fields (``pairs``, ``sides``,
    ``combined``, ``criteria``) sit at the top level; with one, ``results``
    holds a result per defence size.
    """

    scenario: str
    sweep: SweepOut | None = None
    pairs: list[PairOut] | None = None
    sides: dict[str, SideOut] | None = None
    combined: float | None = None
    criteria: CriteriaOut | None = None
    decomposition: list[DecompositionOut] | None = Field(
        default=None,
        description="where each struck side's retaliation went, one per pair (with a sweep: in each result)",
    )
    results: list[StabilityRun] | None = None
    assumptions: list[str] = Field(default_factory=list, description="the scenario's own list of what is not sourced")
    at_central_values: dict[str, float] | None = Field(
        default=None,
        description="uncertain inputs (field paths) and the central value each was run at (docs/sweeps.md)",
    )
    explanation: list[StepOut] = Field(default_factory=list, description=EXPLANATION_DESCRIPTION)


def stability_run(result, interceptors: int | None = None, distributions: bool = False, inputs=None) -> StabilityRun:
    """A model :class:`~armscontrol.stability.metrics.StabilityResult` as an answer record.

    ``inputs`` (the two sides, the attack and the posture of the run) adds each
    pair's decomposition and the run's explanation.
    """

    pairs, parts, steps = [], [], []
    for (attacker, victim), ex in result.exchanges.items():
        if inputs is not None:
            (a, b), attack, posture = inputs
            by_name = {a.name: a, b.name: b}
            d = decompose(ex, by_name[attacker], by_name[victim], attack, posture, result.assured_retaliation)
            parts.append(
                DecompositionOut(
                    attacker=d.attacker,
                    victim=d.victim,
                    stages=[StageOut(**s.__dict__) for s in d.stages],
                    **{k: v for k, v in d.__dict__.items() if k not in ("attacker", "victim", "stages")},
                )
            )
            steps += explain_pair(d, ex, by_name[attacker], by_name[victim], attack, posture)
        pairs.append(
            PairOut(
                attacker=attacker,
                victim=victim,
                counterforce_warheads=ex.counterforce_warheads,
                reserve_warheads=ex.reserve_warheads,
                aim_points_attacked=ex.aim_points_attacked,
                victim_surviving_warheads=ex.victim_surviving_warheads,
                victim_surviving_p5=ex.victim_surviving_p5,
                retaliation_arriving=ex.retaliation_arriving,
                retaliation_arriving_p5=ex.retaliation_arriving_p5,
                assured_retaliation_met=result.assured_retaliation_met(attacker, victim),
                reserve_arriving=ex.reserve_arriving,
                victim_interceptors_left=list(ex.victim_interceptors_left),
                defence_leak_fraction_counterforce=ex.defence_leak_fraction,
                neglected_mass=ex.neglected_mass,
                retaliation_distribution=distribution(ex.retaliation_pmf) if distributions else None,
            )
        )
    return StabilityRun(
        interceptors=interceptors,
        pairs=pairs,
        sides={
            name: SideOut(
                first_strike_stability=s.first_strike_stability,
                cost_striking_first=s.cost_striking_first,
                cost_struck_first=s.cost_struck_first,
            )
            for name, s in result.sides.items()
        },
        combined=result.combined,
        criteria=CriteriaOut(
            assured_retaliation=result.assured_retaliation,
            value_targets=result.value_targets,
            cost_weight=result.cost_weight,
        ),
        decomposition=parts,
        explanation=explain(steps),
    )


def stability(scenario, progress: Progress | None = None, distributions: bool = False) -> StabilityAnswer:
    """Assured retaliation and first-strike stability of a scenario, over its sweep if it has one.

    Parameters
    ----------
    scenario : ScenarioSpec
        A validated scenario (:func:`armscontrol.scenario.load_scenario`,
        :func:`~armscontrol.scenario.parse_scenario`).
    progress : callable, optional
        Called as ``progress(done, total)`` after each defence size.
    distributions : bool
        Also return each pair's distribution of retaliation arriving.
    """
    # on first use: keeps `engage` quick
    from armscontrol.scenario import build, run_stability, sweep_sides
    from armscontrol.uncertain import central_values

    central = central_values(scenario) or None
    a, b, attack, posture = build(scenario)
    premises = explain(assumption_steps(scenario, central))
    if scenario.sweep is None:
        run = stability_run(run_stability(scenario), distributions=distributions, inputs=((a, b), attack, posture))
        run.explanation = premises + run.explanation
        return StabilityAnswer(
            scenario=scenario.name,
            assumptions=list(scenario.assumptions),
            at_central_values=central,
            **run.model_dump(exclude={"interceptors"}),
        )
    sizes = list(scenario.sweep.interceptors)
    results = []
    for done, size in enumerate(sizes, start=1):
        sides = sweep_sides(scenario, size)
        results.append(
            stability_run(run_stability(scenario, sides), size, distributions, inputs=(sides, attack, posture))
        )
        if progress is not None:
            progress(done, len(sizes))
    return StabilityAnswer(
        scenario=scenario.name,
        sweep=SweepOut(**scenario.sweep.model_dump()),
        results=results,
        assumptions=list(scenario.assumptions),
        at_central_values=central,
        explanation=premises + explain(sweep_steps(scenario.sweep, results)),
    )


def assumption_steps(scenario, central: dict[str, float] | None):
    """What the figures rest on that no source gives: the scenario's own assumptions and uncertain inputs run at
    their central values."""

    steps = []
    if scenario.assumptions:
        steps.append(
            Step(
                rule="The scenario's inputs: what its file lists as assumptions is not sourced",
                facts=[Fact(text=a) for a in scenario.assumptions],
                conclusion=f"every figure below rests on these {len(scenario.assumptions)} assumption(s) of the "
                f"scenario's author",
                gap=True,
            )
        )
    if central:
        steps.append(
            Step(
                rule="An uncertain input is run at its central value (docs/sweeps.md)",
                facts=[Fact(text=f"{path} = {value:g}") for path, value in central.items()],
                conclusion="the figures below are at these central values, not over their spread",
                gap=True,
            )
        )
    return steps


def sweep_steps(sweep, results: list[StabilityRun]):
    """The explanation of a sweep: one step naming what varies, pointing to each result's own explanation."""

    facts = [
        Fact(
            text=f"{r.interceptors:,} interceptors: "
            + "; ".join(
                f"{p.victim} after a {p.attacker} strike {p.retaliation_arriving:,.1f} expected, "
                f"{p.retaliation_arriving_p5:,} at the 5th percentile"
                for p in r.pairs
            )
        )
        for r in results
    ]
    return [
        Step(
            rule=f"A sweep runs the exchange once for each size of {sweep.side}'s layer '{sweep.layer}', everything "
            f"else held fixed",
            facts=facts,
            conclusion=f"{len(results)} results; each carries its own decomposition and explanation "
            f"(results[i].explanation)",
        )
    ]


class FrontierPointOut(Answer):
    interceptors: int
    scale: float | None = Field(
        description="smallest uniform force scale keeping assured retaliation; null: unreachable"
    )
    facing_warheads: int | None
    defended_warheads: int | None
    retaliation_p5: int | None
    exchange_ratio: float | None = Field(description="extra warheads per extra interceptor since the previous point")


class FrontierAnswer(Answer):
    """``armscontrol frontier``: the smallest force that keeps assured retaliation, for each defence size."""

    scenario: str
    defended: str
    facing: str
    layer: str
    scale: Literal["both", "facing"]
    assured_retaliation: float
    points: list[FrontierPointOut]
    exchange_ratio: float | None


def parse_range(text: str, *, what: str = "defence_range") -> list[int]:
    """START:STOP:STEP as the list of values, bounded by ``MAX_SWEEP_POINTS``."""
    try:
        parts = [int(p) for p in text.split(":")]
    except ValueError:
        raise UserError(f"{what}: '{text}' is not START:STOP:STEP; for example 0:1000:50", field=what) from None
    if len(parts) != 3 or parts[2] <= 0 or parts[0] < 0 or parts[1] < parts[0]:
        raise UserError(
            f"{what}: '{text}' is not START:STOP:STEP with 0 ≤ START ≤ STOP and STEP > 0; for example 0:1000:50",
            field=what,
        )
    limits.within(f"{what} (interceptors)", parts[1], limits.MAX_INTERCEPTORS, "MAX_INTERCEPTORS")
    limits.within(
        f"{what} (points)", (parts[1] - parts[0]) // parts[2] + 1, limits.MAX_SWEEP_POINTS, "MAX_SWEEP_POINTS"
    )
    return list(range(parts[0], parts[1] + 1, parts[2]))


def frontier(
    scenario, defence_range: str | None = None, scale: str = "both", progress: Progress | None = None
) -> FrontierAnswer:
    """The smallest force (uniformly scaled) that keeps assured retaliation, for each defence size."""
    # on first use: keeps `engage` quick
    from armscontrol.scenario import build
    from armscontrol.stability.frontier import exchange_ratio
    from armscontrol.stability.frontier import frontier as run_frontier

    if scenario.sweep is None:
        raise UserError(
            f"{scenario.name}: frontier needs a sweep block naming the defended side and layer (see docs/scenarios.md)",
            field="sweep",
        )
    if scale not in ("both", "facing"):
        raise UserError(f"scale: expected 'both' or 'facing', got '{scale}'", field="scale", suggestion="both")
    sizes = parse_range(defence_range) if defence_range is not None else list(scenario.sweep.interceptors)
    a, b, attack, posture = build(scenario)
    defended, facing = (a, b) if a.name == scenario.sweep.side else (b, a)
    done = [0]

    def point_done(_point) -> None:
        done[0] += 1
        if progress is not None:
            progress(done[0], len(sizes))

    points = run_frontier(
        defended,
        facing,
        scenario.sweep.layer,
        sizes,
        attack,
        posture,
        scenario.criteria.assured_retaliation,
        scale_both=scale == "both",
        on_point=point_done,
    )
    return FrontierAnswer(
        scenario=scenario.name,
        defended=defended.name,
        facing=facing.name,
        layer=scenario.sweep.layer,
        scale=scale,  # type: ignore[arg-type]  # checked against the Literal's values where it is built
        assured_retaliation=scenario.criteria.assured_retaliation,
        points=[FrontierPointOut(**p.__dict__) for p in points],
        exchange_ratio=exchange_ratio(points),
    )
