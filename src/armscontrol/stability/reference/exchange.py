"""Reference implementation of the exchange (the code before the fast path), kept to test against.

First strike and retaliation: who survives a counterforce strike, and what arrives back.

Exact where it is cheap: the surviving warheads of each force element are a
(scaled) binomial, thinned by reliability, and the elements are convolved; the
retaliation passes the attacker's defence layers as an exact transition. Two
approximations are named in :func:`first_strike` and docs/stability.md.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from armscontrol.stability.cases import Cases, binomial
from armscontrol.stability.engagement import DefenceLayer
from armscontrol.stability.exchange import Exchange
from armscontrol.stability.forces import Attack, ForceElement, Posture, Side
from armscontrol.stability.reference.engagement import pass_through_layers


@dataclass(frozen=True)
class AimPoints:
    """A group of identical aim points of one force element."""

    element: int
    target_class: str  # "silo" or "soft"
    count: int
    launchers_each: int  # victim launchers at each aim point
    warheads_per_launcher: int

    @property
    def warheads_each(self) -> int:
        """Victim warheads at each aim point."""
        return self.launchers_each * self.warheads_per_launcher

    def warheads_needed(self, attack: Attack) -> int:
        return self.count * self.per_point(attack)

    def per_point(self, attack: Attack) -> int:
        return attack.warheads_per_silo if self.target_class == "silo" else attack.warheads_per_soft


def _mean(pmf: np.ndarray) -> float:
    return float(np.dot(np.arange(len(pmf)), pmf))


def aim_points(victim: Side, posture: Posture) -> list[AimPoints]:
    """The victim's aim points: every silo, and the bases of the non-survivable part.

    Launchers launched under attack (fraction ``posture.launch_fraction`` of the
    attacked ones) have left before the strike lands; the attacker, who cannot
    know which, still targets every aim point.
    """
    points: list[AimPoints] = []
    for index, element in enumerate(victim.forces):
        exposed = element.launchers - element.survivable_launchers(posture.alert)
        if exposed <= 0:
            continue
        if element.basing == "silo":
            points.append(AimPoints(index, "silo", exposed, 1, element.warheads_per_launcher))
            continue
        bases = min(element.bases, exposed)
        small, larger = divmod(exposed, bases)
        if larger:
            points.append(AimPoints(index, "soft", larger, small + 1, element.warheads_per_launcher))
        if bases - larger:
            points.append(AimPoints(index, "soft", bases - larger, small, element.warheads_per_launcher))
    return points


def kill_probability(attack: Attack, target_class: str, reliability: float, per_point: int) -> float:
    """Probability an aim point is destroyed by n warheads: 1 − (1 − r·sspk)^n."""
    sspk = attack.sspk_silo if target_class == "silo" else attack.sspk_soft
    return 1.0 - (1.0 - reliability * sspk) ** per_point


def allocate(points: list[AimPoints], warheads: int, attack: Attack, reliability: float) -> list[int]:
    """Aim points attacked in each group, covering groups in order of warheads destroyed per warhead spent.

    Notes
    -----
    Group g with ``n_g`` warheads per aim point and ``v_g`` warheads at each
    point destroys :math:`v_g (1 - (1 - r\\,\\mathrm{sspk})^{n_g}) / n_g` warheads
    per warhead spent; groups are covered greedily in decreasing order of it,
    the last one partly.
    """

    def value(p: AimPoints) -> float:
        per = p.per_point(attack)
        return p.warheads_each * kill_probability(attack, p.target_class, reliability, per) / per

    attacked = [0] * len(points)
    left = warheads
    for index in sorted(range(len(points)), key=lambda i: -value(points[i])):
        per = points[index].per_point(attack)
        attacked[index] = min(points[index].count, left // per)
        left -= attacked[index] * per
    return attacked


def launched_under_attack(point: AimPoints, attacked: int, posture: Posture) -> list[tuple[int, int]]:
    """Attacked aim points of a group after launch under attack, as (aim points, launchers still there).

    ``E = ⌊φ·a·k⌉`` of the ``a·k`` launchers at the ``a`` attacked aim points
    (``k`` launchers each) leave before the strike lands, spread as evenly as
    possible: ``E mod a`` points keep ``k − ⌊E/a⌋ − 1`` launchers, the others
    ``k − ⌊E/a⌋``. For silos (``k = 1``) this is ``E`` silos emptied.
    """
    if attacked <= 0:
        return []
    escaping = int(round(posture.escaping_fraction * attacked * point.launchers_each))
    each, extra = divmod(escaping, attacked)
    kept = point.launchers_each - each
    return [(n, launchers) for n, launchers in ((extra, kept - 1), (attacked - extra, kept)) if n > 0]


def _element_surviving_cases(
    element: ForceElement, groups: list[tuple[AimPoints, int]], posture: Posture, q_survive: dict[str, float]
) -> np.ndarray:
    """pmf of warheads of one element that survive and reach their target area."""
    survivable = element.survivable_launchers(posture.alert) * element.warheads_per_launcher
    pmf = np.zeros(element.warheads + 1)
    pmf[survivable] = 1.0
    for point, attacked in groups:
        exposed = launched_under_attack(point, attacked, posture)
        still_there = sum(n * launchers for n, launchers in exposed) * point.warheads_per_launcher
        # Unattacked aim points and launchers that left under attack are safe.
        group = np.zeros(point.count * point.warheads_each + 1)
        group[point.count * point.warheads_each - still_there] = 1.0
        for n, launchers in exposed:
            # Surviving attacked aim points ~ Bin(n, q); each holds launchers·v warheads.
            cases = Cases.start(np.ones(1), n=np.array([n])).expand("up", binomial("n", q_survive[point.target_class]))
            part = np.zeros(n * launchers * point.warheads_per_launcher + 1)
            np.add.at(part, cases["up"] * launchers * point.warheads_per_launcher, cases.weight)
            group = np.convolve(group, part)[: group.size]
        pmf = np.convolve(pmf, group)[: element.warheads + 1]
    # Each surviving warhead reaches its target area independently with the element's reliability.
    support = np.nonzero(pmf > 0)[0]
    cases = Cases.start(pmf[support], w=support).expand("arrive", binomial("w", element.reliability))
    return cases.pmf_of("arrive", element.warheads + 1)


def first_strike(attacker: Side, victim: Side, attack: Attack, posture: Posture) -> Exchange:
    """A counterforce first strike by ``attacker`` on ``victim`` and the victim's retaliation.

    Parameters
    ----------
    attacker, victim : Side
        Forces, defence layers (outer first) and decoys per warhead of each side.
    attack : Attack
        sspk by target class and warheads per aim point.
    posture : Posture
        The victim's alert and launch posture.

    Returns
    -------
    Exchange
        Surviving, launched and arriving retaliation distributions (exact pmfs),
        the attacker's reserve arriving at the victim, interceptors left.

    Notes
    -----
    The attacker pools its warheads; r_A is their warhead-weighted mean
    reliability. It aims n_silo warheads at every exposed silo and n_soft at
    every base of the non-survivable part, greedily by warheads destroyed per
    warhead spent. Every salvo is thinned by reliability before it meets a
    defence (a missile that fails never reaches it): the victim's defence
    engages the Bin(W_cf, r_A) counterforce warheads that arrive; with their
    leak fraction λ = E[leakers]/(r_A·W_cf) an attacked aim point survives with
    probability

    .. math:: q = (1 - r_A \\lambda\\, \\mathrm{sspk})^{n}

    independently (*approximation 1*: the defence acts on each aim point through
    its expected leak fraction; exact without defence). Survivors of element i
    are v_i·Bin(a_i, q) plus the unattacked and survivable launchers' warheads
    and those launched under attack (:func:`launched_under_attack`);
    each reaches its target area with reliability r_i (binomial thinning); the
    elements are convolved; the sum passes the attacker's full defence exactly.
    The attacker's reserve (warheads not used on counterforce) then meets the
    victim's defence with the interceptors left, I − round(E[interceptors used])
    (*approximation 2*: the depletion is its expected value).

    References
    ----------
    .. [1] G. A. Kent and D. E. Thaler, *First-Strike Stability: A Methodology for
       Evaluating Strategic Forces*, RAND R-3765-AF (1989).
    """
    attacker_warheads = attacker.warheads
    reliability = (
        sum(e.warheads * e.reliability for e in attacker.forces) / attacker_warheads if attacker_warheads else 0.0
    )
    points = aim_points(victim, posture)
    attacked = allocate(points, attacker_warheads, attack, reliability)
    counterforce = sum(a * p.per_point(attack) for a, p in zip(attacked, points))
    reserve = attacker_warheads - counterforce

    # A layer that fails as a whole (common-mode reliability) lets the whole salvo through:
    # condition on each layer working or failing against the counterforce salvo and mix the
    # outcomes, so that the bad case (the defence fails, every warhead lands) keeps its weight.
    branches = _layer_branches(victim.defence) if counterforce > 0 else [(1.0, victim.defence, ())]
    mixed: dict[str, np.ndarray] = {}
    leak_total, left_total, neglected = 0.0, np.zeros(len(victim.defence)), 0.0
    for weight, layers, failed in branches:
        leak_fraction, interceptors_left = 1.0, tuple(layer.interceptors for layer in victim.defence)
        if victim.defence and counterforce > 0 and reliability > 0:
            # A warhead whose missile fails never reaches the defence: the layers engage the
            # Bin(W_cf, r_A) warheads that arrive (with their decoys), as they do the reserve
            # and the retaliation; λ is the leak fraction of the arriving warheads.
            leak_pmf, used, layer_neglected = pass_through_layers(
                thinned(counterforce, reliability), layers, attacker.decoys_per_warhead
            )
            leak_fraction = _mean(leak_pmf) / (reliability * counterforce)
            neglected += weight * layer_neglected
            used_left = tuple(max(0, layer.interceptors - int(round(u))) for layer, u in zip(layers, used))
            interceptors_left = tuple(
                layer.interceptors if index in failed else left
                for index, (layer, left) in enumerate(zip(victim.defence, used_left))
            )
        parts, part_neglected = _after_counterforce(
            attacker, victim, attack, posture, points, attacked, reliability, reserve, leak_fraction, interceptors_left
        )
        neglected += weight * part_neglected
        for key, pmf in parts.items():
            mixed[key] = _add_padded(mixed.get(key), weight * pmf)
        leak_total += weight * leak_fraction
        left_total += weight * np.asarray(interceptors_left, dtype=float)

    return Exchange(
        attacker=attacker.name,
        victim=victim.name,
        counterforce_warheads=counterforce,
        reserve_warheads=reserve,
        aim_points_attacked=sum(attacked),
        aim_points_total=sum(p.count for p in points),
        defence_leak_fraction=leak_total,
        victim_interceptors_left=tuple(int(round(x)) for x in left_total),
        surviving_pmf=mixed["surviving"],
        retaliation_launched_pmf=mixed["launched"],
        retaliation_pmf=mixed["retaliation"],
        reserve_arriving_pmf=mixed["reserve"],
        neglected_mass=neglected,
    )


def _layer_branches(layers: tuple[DefenceLayer, ...]) -> list[tuple[float, tuple[DefenceLayer, ...], tuple[int, ...]]]:
    """Each combination of layers working (reliability 1) or failing (no interceptor fires), with its weight."""
    branches: list[tuple[float, tuple[DefenceLayer, ...], tuple[int, ...]]] = [(1.0, (), ())]
    for index, layer in enumerate(layers):
        grown = []
        for weight, chosen, failed in branches:
            if layer.reliability > 0.0:
                grown.append((weight * layer.reliability, (*chosen, replace(layer, reliability=1.0)), failed))
            if layer.reliability < 1.0:
                grown.append(
                    (weight * (1.0 - layer.reliability), (*chosen, layer.with_interceptors(0)), (*failed, index))
                )
        branches = grown
    return branches


def _add_padded(total: np.ndarray | None, part: np.ndarray) -> np.ndarray:
    if total is None:
        return part
    size = max(total.size, part.size)
    return np.pad(total, (0, size - total.size)) + np.pad(part, (0, size - part.size))


def _after_counterforce(
    attacker: Side,
    victim: Side,
    attack: Attack,
    posture: Posture,
    points: list[AimPoints],
    attacked: list[int],
    reliability: float,
    reserve: int,
    leak_fraction: float,
    interceptors_left: tuple[int, ...],
) -> tuple[dict[str, np.ndarray], float]:
    """Surviving, launched, arriving and reserve pmfs once the counterforce salvo's leak fraction is known."""
    neglected = 0.0

    q_survive = {
        target_class: (1.0 - reliability * leak_fraction * sspk)
        for target_class, sspk in (("silo", attack.sspk_silo), ("soft", attack.sspk_soft))
    }
    launched = np.ones(1)
    for index, element in enumerate(victim.forces):
        groups = [(p, a) for p, a in zip(points, attacked) if p.element == index]
        per_point_q = {}
        for p, _ in groups:
            per_point_q[p.target_class] = q_survive[p.target_class] ** p.per_point(attack)
        launched = np.convolve(launched, _element_surviving_cases(element, groups, posture, per_point_q))
    surviving = _surviving_pmf(victim, points, attacked, posture, attack, q_survive)

    retaliation, _, layer_neglected = pass_through_layers(launched, attacker.defence, victim.decoys_per_warhead)
    neglected += layer_neglected

    reserve_pmf = thinned(reserve, reliability)
    depleted = tuple(layer.with_interceptors(left) for layer, left in zip(victim.defence, interceptors_left))
    reserve_arriving, _, layer_neglected = pass_through_layers(reserve_pmf, depleted, attacker.decoys_per_warhead)
    neglected += layer_neglected
    return {
        "surviving": surviving,
        "launched": launched,
        "retaliation": retaliation,
        "reserve": reserve_arriving,
    }, neglected


def thinned(warheads: int, reliability: float) -> np.ndarray:
    """pmf of the warheads of ``warheads`` launched that reach their target area: Bin(W, r)."""
    if warheads == 0:
        return np.ones(1)
    return (
        Cases.start(np.ones(1), w=np.array([warheads]))
        .expand("a", binomial("w", reliability))
        .pmf_of("a", warheads + 1)
    )


def _surviving_pmf(
    victim: Side,
    points: list[AimPoints],
    attacked: list[int],
    posture: Posture,
    attack: Attack,
    q_survive: dict[str, float],
) -> np.ndarray:
    """pmf of the victim's warheads that survive the strike (before launch reliability)."""
    total = np.ones(1)
    for index, element in enumerate(victim.forces):
        groups = [(p, a) for p, a in zip(points, attacked) if p.element == index]
        q = {p.target_class: q_survive[p.target_class] ** p.per_point(attack) for p, _ in groups}
        perfect = ForceElement(
            element.name,
            element.basing,
            element.launchers,
            element.warheads_per_launcher,
            1.0,
            element.survivable,
            element.bases,
        )
        total = np.convolve(total, _element_surviving_cases(perfect, groups, posture, q))
    return total
