"""Where the retaliation went: a side's force, stage by stage, after the other side's first strike.

The exchange model (:func:`armscontrol.stability.exchange.first_strike`) gives
the distributions of the struck side's surviving, reliable and arriving
warheads. This module lays them out as the stages an analyst follows:

forces → surviving the counterforce salvo (and what the victim's own defence
saved) → launched (of which launched under attack) → reliable → through the
attacker's defence (intercepted, leaked) → arriving, against the
assured-retaliation threshold;

each stage expected and at the 5th percentile, and, as an explanation, the rule
behind each stage with the scenario's inputs as facts. For one engagement
(:func:`armscontrol.stability.engagement.engage`) the same is done for the
warheads arriving at one defence layer.

Every figure is a quantity of the exchange (or engagement) model; the only
figure computed here is the counterfactual "surviving without the victim's
defence", in closed form: an attacked aim point survives with probability
:math:`(1 - r\\,\\mathrm{sspk})^n` when nothing intercepts the salvo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from armscontrol.explanation import Fact, Step
from armscontrol.stability.distributions import percentile
from armscontrol.stability.engagement import DefenceLayer, Engagement

if TYPE_CHECKING:  # the exchange is loaded by the functions that take one: ``engage`` does not need it
    from armscontrol.stability.exchange import Exchange
    from armscontrol.stability.forces import Attack, Posture, Side


STAGES: tuple[tuple[str, str], ...] = (
    ("forces", "forces"),
    ("surviving", "surviving the counterforce strike"),
    ("launched", "launched in retaliation"),
    ("reliable", "reaching their target area (reliable)"),
    ("arriving", "arriving through the attacker's defence"),
)
"""Stage keys of a retaliation decomposition, in order, with their labels."""


@dataclass(frozen=True)
class Stage:
    """One stage of a decomposition: the warheads left at it, expected and at the 5th percentile."""

    key: str
    label: str
    expected: float
    p5: int


@dataclass(frozen=True)
class RetaliationDecomposition:
    """The struck side's force after the other side's first strike, stage by stage.

    ``stages`` are non-increasing, expected and at the 5th percentile; the last
    is the exchange's arriving retaliation. ``defence_saved`` is the expected
    number of the victim's warheads that survive because its own defence met
    the counterforce salvo; ``intercepted`` the expected number the attacker's
    defence stopped (``intercepted_p5``: the difference of the two stages' 5th
    percentiles).
    """

    attacker: str
    victim: str
    stages: tuple[Stage, ...]
    surviving_without_defence: float
    defence_saved: float
    launched_under_attack: int
    intercepted: float
    intercepted_p5: int
    threshold: float
    assured_retaliation_met: bool

    def stage(self, key: str) -> Stage:
        """The stage named ``key`` (one of :data:`STAGES`)."""
        return next(s for s in self.stages if s.key == key)

    @property
    def arriving(self) -> Stage:
        return self.stages[-1]


def attacker_reliability(attacker: Side) -> float:
    """Warhead-weighted mean reliability of the attacker's force (the exchange model's r_A)."""
    total = attacker.warheads
    return sum(e.warheads * e.reliability for e in attacker.forces) / total if total else 0.0


def _mean(pmf: np.ndarray) -> float:
    return float(np.dot(np.arange(len(pmf)), pmf))


def expected_survivors(
    victim: Side,
    attacker_warheads: int,
    attack: Attack,
    posture: Posture,
    reliability: float,
    leak_fraction: float = 1.0,
) -> tuple[float, int]:
    """Expected warheads of ``victim`` surviving a counterforce strike, and those launched under attack.

    Parameters
    ----------
    victim : Side
        The struck side.
    attacker_warheads : int
        Warheads the attacker holds (the plan covers aim points with them).
    attack : Attack
        sspk and warheads per aim point by target class.
    posture : Posture
        The victim's alert and launch posture.
    reliability : float
        The attacker's warhead-weighted reliability r.
    leak_fraction : float
        Fraction λ of the counterforce warheads the victim's defence lets through (1: no defence).

    Returns
    -------
    (float, int)
        Expected survivors (launched under attack included) and warheads launched under attack.

    Notes
    -----
    An attacked aim point holding v warheads survives with probability
    :math:`q = (1 - r\\lambda\\,\\mathrm{sspk})^n`; survivable, unattacked and
    launched-under-attack warheads all survive:

    .. math:: E[S] = \\sum_i s_i v_i + \\sum_g v_g \\big[(c_g k_g - m_g) + m_g\\, q_g\\big]

    with :math:`s_i` the survivable launchers of element i, and for each group g
    of aim points (:math:`c_g` points, :math:`k_g` launchers each, :math:`v_g`
    warheads per launcher) :math:`m_g` the launchers still at the attacked
    points after launch under attack; the plan is the exchange model's
    (:func:`~armscontrol.stability.exchange.allocate`).
    """
    # on first use: keeps `engage` quick (one engagement needs no exchange)
    from armscontrol.stability.exchange import aim_points, allocate, launched_under_attack

    points = aim_points(victim, posture)
    attacked = allocate(points, attacker_warheads, attack, reliability)
    total = float(sum(e.survivable_launchers(posture.alert) * e.warheads_per_launcher for e in victim.forces))
    escaped = 0
    for point, count in zip(points, attacked):
        sspk = attack.sspk_silo if point.target_class == "silo" else attack.sspk_soft
        q = (1.0 - reliability * leak_fraction * sspk) ** point.per_point(attack)
        exposed = launched_under_attack(point, count, posture)
        still_there = sum(n * launchers for n, launchers in exposed)
        launchers_attacked = count * point.launchers_each
        escaped += (launchers_attacked - still_there) * point.warheads_per_launcher
        # unattacked aim points and launchers that left under attack survive; the others with probability q
        total += (point.count * point.launchers_each - still_there) * point.warheads_per_launcher
        total += still_there * point.warheads_per_launcher * q
    return total, escaped


def decompose(
    exchange: Exchange, attacker: Side, victim: Side, attack: Attack, posture: Posture, threshold: float
) -> RetaliationDecomposition:
    """Where the victim's retaliation went in ``exchange``, stage by stage.

    Parameters
    ----------
    exchange : Exchange
        ``first_strike(attacker, victim, attack, posture)``.
    attacker, victim, attack, posture
        The inputs of that exchange.
    threshold : float
        Warheads that must arrive at the 5th percentile for assured retaliation.

    Returns
    -------
    RetaliationDecomposition
        Forces, surviving, launched, reliable and arriving (expected and 5th
        percentile), with what the victim's defence saved, what was launched
        under attack and what the attacker's defence intercepted.

    Notes
    -----
    Every surviving warhead is launched, so the launched stage equals the
    surviving one; the reliable stage is the exchange's launched distribution
    (each warhead thinned by its element's reliability); arriving is the
    exchange's retaliation distribution. Each stage is a thinning of the one
    before, so expected values and percentiles are non-increasing.
    """
    # on first use: keeps `engage` quick (one engagement needs no exchange)
    from armscontrol.stability.exchange import ASSURED_PERCENTILE

    forces = victim.warheads
    reliability = attacker_reliability(attacker)
    without, escaped = expected_survivors(victim, attacker.warheads, attack, posture, reliability, 1.0)
    surviving = _mean(exchange.surviving_pmf)
    surviving_p5 = percentile(exchange.surviving_pmf, ASSURED_PERCENTILE)
    reliable = _mean(exchange.retaliation_launched_pmf)
    reliable_p5 = percentile(exchange.retaliation_launched_pmf, ASSURED_PERCENTILE)
    arriving, arriving_p5 = exchange.retaliation_arriving, exchange.retaliation_arriving_p5
    values = {
        "forces": (float(forces), forces),
        "surviving": (surviving, surviving_p5),
        "launched": (surviving, surviving_p5),
        "reliable": (reliable, reliable_p5),
        "arriving": (arriving, arriving_p5),
    }
    stages = tuple(Stage(key, label, *values[key]) for key, label in STAGES)
    return RetaliationDecomposition(
        attacker=attacker.name,
        victim=victim.name,
        stages=stages,
        surviving_without_defence=without,
        defence_saved=max(0.0, surviving - without) if victim.defence else 0.0,
        launched_under_attack=escaped,
        intercepted=reliable - arriving,
        intercepted_p5=reliable_p5 - arriving_p5,
        threshold=threshold,
        assured_retaliation_met=arriving_p5 >= threshold,
    )


# ----------------------------------------------------------------------------- explanation


def count(x: float) -> str:
    """A count as the explanation states it: whole numbers bare, expected values to one decimal."""
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"


def _layer_text(layer: DefenceLayer) -> str:
    shots = f"{layer.shots} per object" + (
        f", then {layer.second_shots or layer.shots}" if layer.doctrine == "shoot-look-shoot" else ""
    )
    return (
        f"layer '{layer.name}': {layer.interceptors:,} interceptors, sspk {layer.sspk:g}, {layer.doctrine} ({shots}), "
        f"tracking {layer.tracking:g}, discrimination {layer.discrimination:g}, reliability {layer.reliability:g}"
    )


def _stage_text(stage: Stage) -> str:
    return f"{count(stage.expected)} expected (5th percentile {stage.p5:,})"


def arriving_conclusion(d: RetaliationDecomposition) -> str:
    """The final conclusion: the arriving retaliation, expected and at the 5th percentile, against the threshold."""
    a = d.arriving
    relation = "≥" if d.assured_retaliation_met else "<"
    verdict = "assured retaliation met" if d.assured_retaliation_met else "assured retaliation NOT met"
    return (
        f"{d.victim}'s retaliation arriving after a {d.attacker} first strike: {count(a.expected)} warheads expected, "
        f"{a.p5:,} at the 5th percentile {relation} threshold {count(d.threshold)}: {verdict}"
    )


def explain(
    d: RetaliationDecomposition, exchange: Exchange, attacker: Side, victim: Side, attack: Attack, posture: Posture
) -> list[Step]:
    """The derivation of a decomposition: one step per stage, with its rule and the scenario's inputs as facts."""
    who = f"{attacker.name} strikes {victim.name} first"
    reliability = attacker_reliability(attacker)
    steps = [
        Step(
            rule=f"{who}. A side's force: launchers × warheads per launcher, summed over its force elements",
            facts=[
                Fact(
                    text=f"{e.name} ({e.basing}): {e.launchers:,} launchers × {e.warheads_per_launcher} = "
                    f"{e.warheads:,} warheads"
                )
                for e in victim.forces
            ],
            conclusion=f"{victim.name} holds {d.stage('forces').p5:,} warheads before the strike",
        )
    ]
    surviving = d.stage("surviving")
    steps.append(
        Step(
            rule=(
                "The attacker aims n warheads at every silo and at each base of the non-survivable part of the other "
                "forces, "
                "covering aim points in order of warheads destroyed per warhead spent; an aim point attacked by n "
                "warheads "
                "survives with probability (1 − reliability·sspk)^n; the survivable fraction of mobile, sea and air "
                "forces is not targeted"
            ),
            facts=[
                Fact(
                    text=f"{attacker.name} holds {attacker.warheads:,} warheads, reliability {reliability:.3g} "
                    f"(warhead-weighted mean)"
                ),
                Fact(
                    text=f"{exchange.counterforce_warheads:,} warheads aimed at {exchange.aim_points_attacked:,} of "
                    f"{exchange.aim_points_total:,} aim points; {exchange.reserve_warheads:,} held in reserve"
                ),
                Fact(
                    text=f"sspk: silo {attack.sspk_silo:g}, soft {attack.sspk_soft:g}; warheads per aim point: silo "
                    f"{attack.warheads_per_silo}, soft {attack.warheads_per_soft}"
                ),
                Fact(text=f"{victim.name} alert posture: {posture.alert.replace('_', ' ')}"),
                *[
                    Fact(
                        text=f"{e.name}: {e.survivable.get(posture.alert, 0.0):g} of launchers survivable, {e.bases} "
                        f"base(s)"
                    )
                    for e in victim.forces
                    if e.basing != "silo"
                ],
            ],
            conclusion=f"{_stage_text(surviving)} of {victim.name}'s warheads survive the strike",
        )
    )
    if victim.defence:
        lam = exchange.defence_leak_fraction
        steps.append(
            Step(
                rule=(
                    "The struck side's own defence engages the counterforce warheads that arrive; with a leak "
                    "fraction λ an "
                    "attacked aim point survives with probability (1 − reliability·λ·sspk)^n"
                ),
                facts=[Fact(text=_layer_text(x)) for x in victim.defence]
                + [
                    Fact(text=f"{attacker.name} decoys per warhead: {attacker.decoys_per_warhead}"),
                    Fact(text=f"leak fraction of the counterforce salvo λ = {lam:.3g}"),
                ],
                conclusion=(
                    f"{victim.name}'s defence saved {count(round(d.defence_saved, 1))} warheads on average "
                    f"({count(round(d.surviving_without_defence, 1))} would survive without it)"
                ),
            )
        )
    launched = d.stage("launched")
    lua = (
        f"{posture.launch_fraction:g} of the launchers at attacked aim points leave before the strike lands"
        if posture.launch == "launch_under_attack"
        else "the side rides out the strike"
    )
    steps.append(
        Step(
            rule="Every surviving warhead is launched in retaliation; launched under attack, a fraction of the "
            "attacked launchers leaves before the strike lands",
            facts=[Fact(text=f"launch posture: {posture.launch.replace('_', ' ')}; {lua}")],
            conclusion=f"{_stage_text(launched)} launched, {d.launched_under_attack:,} of them under attack",
        )
    )
    reliable = d.stage("reliable")
    steps.append(
        Step(
            rule="Each launched warhead reaches its target area independently with its element's reliability "
            "(binomial thinning)",
            facts=[Fact(text=f"{e.name}: reliability {e.reliability:g}") for e in victim.forces],
            conclusion=f"{_stage_text(reliable)} reach their target area",
        )
    )
    arriving = d.arriving
    if attacker.defence:
        steps.append(
            Step(
                rule=(
                    "The retaliation meets the attacker's defence layers, outer first, with the interceptors the "
                    "layers hold; "
                    "the distribution of warheads leaking is exact (engagement model)"
                ),
                facts=[Fact(text=_layer_text(x)) for x in attacker.defence]
                + [Fact(text=f"{victim.name} decoys per warhead: {victim.decoys_per_warhead}")],
                conclusion=f"{count(round(d.intercepted, 1))} intercepted on average; {_stage_text(arriving)} leak "
                f"through and arrive",
            )
        )
    else:
        steps.append(
            Step(
                rule="A side without a defence intercepts nothing",
                facts=[Fact(text=f"{attacker.name} has no defence layer")],
                conclusion=f"0 intercepted; {_stage_text(arriving)} arrive",
            )
        )
    steps.append(
        Step(
            rule="Assured retaliation: the warheads arriving at the 5th percentile reach the scenario's threshold",
            facts=[Fact(text=f"threshold: {count(d.threshold)} warheads arriving (criteria.assured_retaliation)")],
            conclusion=arriving_conclusion(d),
        )
    )
    return steps


# ----------------------------------------------------------------------------- one engagement


@dataclass(frozen=True)
class EngagementDecomposition:
    """Where the warheads arriving at one defence layer went (expected values; leaking also at the 5th percentile).

    ``layer_failed + not_tracked + tracked_not_killed + killed == warheads``
    and ``leaking == warheads − killed``.
    """

    warheads: int
    layer_failed: float
    not_tracked: float
    tracked_not_killed: float
    killed: float
    leaking: float
    leaking_p5: int


def decompose_engagement(result: Engagement, tracking: float, reliability: float) -> EngagementDecomposition:
    """The parts of W warheads arriving at one layer: failed layer, untracked, tracked but not killed, killed.

    Notes
    -----
    With probability 1 − r the layer fails and all W pass: (1 − r)·W expected;
    when it works each warhead is tracked with probability t: r·(1 − t)·W pass
    untracked. Killed: W − E[L] from the exact leaker distribution; the rest of
    the r·t·W tracked warheads were not engaged (inventory short) or survived
    the shots fired at them.
    """
    w = result.warheads
    killed = w - result.expected_leakers
    failed = (1.0 - reliability) * w
    untracked = reliability * (1.0 - tracking) * w
    return EngagementDecomposition(
        warheads=w,
        layer_failed=failed,
        not_tracked=untracked,
        tracked_not_killed=max(0.0, reliability * tracking * w - killed),
        killed=killed,
        leaking=result.expected_leakers,
        leaking_p5=result.leakers_p5,
    )


def explain_engagement(
    d: EngagementDecomposition,
    result: Engagement,
    interceptors: int,
    sspk: float,
    shots: int,
    doctrine: str,
    decoys: int,
    discrimination: float,
    tracking: float,
    reliability: float,
) -> list[Step]:
    """The derivation of one engagement: objects, layer failure, tracking, inventory, kills, leakers."""
    w = d.warheads
    objects = w * (1 + decoys)
    undiscriminated = w * decoys * (1.0 - discrimination)
    kill = 1.0 - (1.0 - sspk) ** shots
    capacity = interceptors // shots
    return [
        Step(
            rule="Each warhead comes with its credible decoys; the defence recognises each decoy with probability "
            "discrimination "
            "and must engage the rest as if real",
            facts=[
                Fact(text=f"{w:,} warheads, {decoys} decoys each: {objects:,} objects"),
                Fact(text=f"discrimination {discrimination:g}"),
            ],
            conclusion=f"{count(round(w + undiscriminated, 1))} objects expected to need engaging",
        ),
        Step(
            rule="The layer works with probability reliability (common mode: otherwise every warhead passes)",
            facts=[Fact(text=f"reliability {reliability:g}")],
            conclusion=f"{count(round(d.layer_failed, 1))} warheads expected to pass a failed layer",
        ),
        Step(
            rule="Each object is tracked with probability tracking; an untracked warhead passes",
            facts=[Fact(text=f"tracking {tracking:g}")],
            conclusion=f"{count(round(d.not_tracked, 1))} warheads expected to pass untracked",
        ),
        Step(
            rule=(
                f"Doctrine {doctrine}: {shots} interceptor(s) per engaged object, each killing with probability sspk "
                f"(1 − (1 − sspk)^shots per object); short of interceptors, ⌊I/shots⌋ tracked objects are engaged at "
                f"random"
            ),
            facts=[
                Fact(text=f"{interceptors:,} interceptors: at most {capacity:,} objects engaged in the first salvo"),
                Fact(text=f"sspk {sspk:g}: an engaged object is killed with probability {kill:.4g}"),
                Fact(text=f"interceptors fired: {count(round(result.interceptors_used, 1))} expected"),
            ],
            conclusion=(
                f"{count(round(d.killed, 1))} warheads killed on average; {count(round(d.tracked_not_killed, 1))} "
                f"tracked "
                f"but not engaged or not killed"
            ),
        ),
        Step(
            rule="Warheads leaking: those not killed; the distribution is exact (no sampling)",
            facts=[Fact(text=f"P(no leaker) = {result.p_no_leakers:.4g}")],
            conclusion=engagement_conclusion(d),
        ),
    ]


def engagement_conclusion(d: EngagementDecomposition) -> str:
    """The final conclusion of an engagement: warheads leaking, expected and at the 5th percentile."""
    return f"{count(round(d.leaking, 1))} of {d.warheads:,} warheads leak on average (5th percentile {d.leaking_p5:,})"
