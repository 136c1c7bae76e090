"""First strike and retaliation: who survives a counterforce strike, and what arrives back.

Exact where it is cheap: the surviving warheads of each force element are a
(scaled) binomial, thinned by reliability, and the elements are convolved; the
retaliation passes the attacker's defence layers as an exact transition. Two
approximations are named in :func:`first_strike` and docs/stability.md.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from armscontrol.stability.backend import kernels
from armscontrol.stability.distributions import NEGLIGIBLE, log_factorials, percentile
from armscontrol.stability.engaged import EngagedTables
from armscontrol.stability.engagement import DefenceLayer, RowCache, _pass_through_layers
from armscontrol.stability.forces import Attack, ForceElement, Posture, Side

ASSURED_PERCENTILE = 0.05
"""Assured retaliation is tested on the 5th percentile of warheads arriving (the metrics and the decomposition use this
one)."""


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


@dataclass(frozen=True)
class Exchange:
    """One ordered first strike: ``attacker`` strikes ``victim``, the victim retaliates."""

    attacker: str
    victim: str
    counterforce_warheads: int
    reserve_warheads: int
    aim_points_attacked: int
    aim_points_total: int
    defence_leak_fraction: float
    victim_interceptors_left: tuple[int, ...]
    surviving_pmf: np.ndarray
    retaliation_launched_pmf: np.ndarray
    retaliation_pmf: np.ndarray
    reserve_arriving_pmf: np.ndarray
    neglected_mass: float

    @property
    def victim_surviving_warheads(self) -> float:
        return _mean(self.surviving_pmf)

    @property
    def victim_surviving_p5(self) -> int:
        return percentile(self.surviving_pmf, ASSURED_PERCENTILE)

    @property
    def retaliation_arriving(self) -> float:
        return _mean(self.retaliation_pmf)

    @property
    def retaliation_arriving_p5(self) -> int:
        return percentile(self.retaliation_pmf, ASSURED_PERCENTILE)

    @property
    def reserve_arriving(self) -> float:
        return _mean(self.reserve_arriving_pmf)


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


def _element_survivors(
    element: ForceElement,
    groups: list[tuple[AimPoints, int]],
    posture: Posture,
    q_survive: dict[str, float],
) -> np.ndarray:
    """pmf of warheads of one element that survive the strike (before launch reliability)."""
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
            if launchers == 0:
                continue  # every launcher there left under attack
            # Surviving attacked aim points ~ Bin(n, q); each holds launchers·v warheads.
            up = binomial_pmf(n, q_survive[point.target_class])
            part = np.zeros(n * launchers * point.warheads_per_launcher + 1)
            part[:: launchers * point.warheads_per_launcher] = up
            group = _convolve(group, part)[: group.size]
        pmf = _convolve(pmf, group)[: element.warheads + 1]
    return pmf


_FEW_TERMS = 32
"""A pmf with at most this many nonzero terms is convolved as that many shifted copies of the other (no FFT)."""


def _convolve(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Full convolution of two pmfs: directly where one is short; else over the windows where each is nonzero, as
    shifted copies of one where the other has few nonzero terms (a group's fixed warheads are one term, its attacked
    aim points a few on a lattice), directly for short windows, by FFT for long ones (negatives from its round-off
    clipped)."""
    if min(a.size, b.size) < 64:
        return np.convolve(a, b)
    out = np.zeros(a.size + b.size - 1)
    terms_a, terms_b = np.flatnonzero(a), np.flatnonzero(b)
    if terms_a.size == 0 or terms_b.size == 0:
        return out
    first_a, first_b = int(terms_a[0]), int(terms_b[0])
    window_a, window_b = a[first_a : int(terms_a[-1]) + 1], b[first_b : int(terms_b[-1]) + 1]
    at = first_a + first_b
    if min(terms_a.size, terms_b.size) <= _FEW_TERMS:
        if terms_a.size <= terms_b.size:
            few, dense, shifts = window_a, window_b, terms_a - first_a
        else:
            few, dense, shifts = window_b, window_a, terms_b - first_b
        for i in shifts.tolist():
            out[at + i : at + i + dense.size] += few[i] * dense
        return out
    size = window_a.size + window_b.size - 1
    if min(window_a.size, window_b.size) < 64:
        out[at : at + size] = np.convolve(window_a, window_b)
        return out
    n = 1 << (size - 1).bit_length()
    part = np.fft.irfft(np.fft.rfft(window_a, n) * np.fft.rfft(window_b, n), n)[:size]
    part[part < 1e-17] = 0.0
    out[at : at + size] = part
    return out


def binomial_pmf(n: int, p: float) -> np.ndarray:
    """Bin(n, p) as a dense pmf of length n + 1 (tails below 1e-21 left out)."""

    out = np.zeros(n + 1)
    kernels().thin(np.array([n], dtype=np.int64), np.ones(1), p, log_factorials(n + 1), NEGLIGIBLE, out)
    return out


def thin_pmf(pmf: np.ndarray, p: float) -> np.ndarray:
    """Each of W ~ pmf kept independently with probability p: Σ_w pmf[w]·Bin(·; w, p)."""
    pmf = np.asarray(pmf, dtype=float)
    if p >= 1.0:
        return pmf.copy()
    support = np.flatnonzero(pmf > NEGLIGIBLE)
    out = np.zeros(pmf.size)
    if support.size:
        kernels().thin(support.astype(np.int64), pmf[support], p, log_factorials(int(support[-1]) + 1), NEGLIGIBLE, out)
    return out


def first_strike(
    attacker: Side, victim: Side, attack: Attack, posture: Posture, *, cache: ExchangeCache | None = None
) -> Exchange:
    """A counterforce first strike by ``attacker`` on ``victim`` and the victim's retaliation.

    Parameters
    ----------
    attacker, victim : Side
        Forces, defence layers (outer first) and decoys per warhead of each side.
    attack : Attack
        sspk by target class and warheads per aim point.
    posture : Posture
        The victim's alert and launch posture.
    cache : ExchangeCache, optional
        Parts of earlier exchanges to reuse (see :class:`ExchangeCache`); the
        result is the same with or without it.

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
    (*approximation 2*: the depletion is its expected value; against a
    simulation of the interceptors actually left, the expected reserve arriving is off by up
    to 2 % in the Monte Carlo tests, see docs/stability.md).

    References
    ----------
    .. [1] G. A. Kent and D. E. Thaler, *First-Strike Stability: A Methodology for
       Evaluating Strategic Forces*, RAND R-3765-AF (1989).
    """
    return _first_strike(attacker, victim, attack, posture, cache, with_reserve=True)


class ExchangeCache:
    """Memo of the parts of exchanges that variants share, keyed on the inputs that determine each part.

    Parts: the counterforce salvo through the victim's defence (leak fraction,
    interceptors used), the victim's surviving and launched distributions (and
    each force element's survivors, shared by strikes that treat it the same), the
    retaliation through the attacker's defence, the reserve through what is left
    of the victim's defence. A sweep over the attacker's defence size reuses
    the victim's survivors; a sweep over the victim's posture reuses the
    counterforce pass; and so on. Least recently used parts are dropped beyond
    ``maxsize`` entries.

    With ``rows`` it also holds a :class:`~armscontrol.stability.engagement.RowCache`:
    the rows P(leak | w) of the attacker's defence that the retaliation passes,
    reused by every exchange that meets the same defence (a frontier's
    bisection at one defence size, a batch of variants sharing a defence).
    With ``engaged`` (the default) it holds the engaged tables of the salvo
    passes (:class:`~armscontrol.stability.engaged.EngagedTables`), shared by
    passes that differ only in a defence's kill probability: bit-identical
    answers with and without them.
    Answers agree with and without it within the 1e-21 truncation, and do not
    depend on what it held before. Off by default: a row computed for reuse is
    wider than one computed for a single weight, which costs about a third
    more where no defence is met twice.
    """

    def __init__(self, maxsize: int = 2048, *, rows: bool = False, engaged: bool = True) -> None:
        self.rows: RowCache | None = RowCache() if rows else None
        self.engaged: EngagedTables | None = EngagedTables() if engaged else None
        self.maxsize = maxsize
        self._store: OrderedDict[tuple, Any] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        store = self._store
        if key in store:
            store.move_to_end(key)
            self.hits += 1
            return store[key]
        self.misses += 1
        value = compute()
        store[key] = value
        if len(store) > self.maxsize:
            store.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._store)


def layer_key(layer: DefenceLayer) -> tuple:
    """What a layer's transition depends on (not its name)."""
    return (
        layer.interceptors,
        layer.sspk,
        layer.shots,
        layer.doctrine,
        layer.second_shots,
        layer.tracking,
        layer.discrimination,
        layer.reliability,
    )


def forces_key(side: Side) -> tuple:
    """What a side's force elements contribute to an exchange (not their names)."""
    return tuple(
        (e.basing, e.launchers, e.warheads_per_launcher, e.reliability, tuple(sorted(e.survivable.items())), e.bases)
        for e in side.forces
    )


def _first_strike(
    attacker: Side, victim: Side, attack: Attack, posture: Posture, cache: ExchangeCache | None, *, with_reserve: bool
) -> Exchange:
    """:func:`first_strike`, its parts memoised in ``cache``; without the reserve pass if not ``with_reserve``."""
    cache = cache if cache is not None else ExchangeCache()
    key = (
        "exchange",
        attacker.name,
        victim.name,
        forces_key(attacker),
        forces_key(victim),
        tuple(layer_key(x) for x in attacker.defence),
        tuple(layer_key(x) for x in victim.defence),
        attacker.decoys_per_warhead,
        victim.decoys_per_warhead,
        (attack.sspk_silo, attack.sspk_soft, attack.warheads_per_silo, attack.warheads_per_soft),
        (posture.alert, posture.launch, posture.launch_fraction),
        with_reserve,
    )
    return cache.get(key, lambda: _compute_first_strike(attacker, victim, attack, posture, cache, with_reserve))


def _compute_first_strike(
    attacker: Side, victim: Side, attack: Attack, posture: Posture, cache: ExchangeCache, with_reserve: bool
) -> Exchange:
    attacker_warheads = attacker.warheads
    reliability = (
        sum(e.warheads * e.reliability for e in attacker.forces) / attacker_warheads if attacker_warheads else 0.0
    )
    attack_key = (attack.sspk_silo, attack.sspk_soft, attack.warheads_per_silo, attack.warheads_per_soft)
    posture_key = (posture.alert, posture.launch, posture.launch_fraction)
    victim_key = forces_key(victim)
    points, attacked = cache.get(
        ("plan", victim_key, posture_key, attack_key, attacker_warheads, reliability),
        lambda: _plan(victim, posture, attack, attacker_warheads, reliability),
    )
    counterforce = sum(a * p.per_point(attack) for a, p in zip(attacked, points))
    reserve = attacker_warheads - counterforce

    # A layer that fails as a whole (common-mode reliability) lets the whole salvo through:
    # condition on each layer working or failing against the counterforce salvo and mix the
    # outcomes, so that the bad case (the defence fails, every warhead lands) keeps its weight.
    branches = _layer_branches(victim.defence) if counterforce > 0 else [(1.0, victim.defence, ())]
    mixed: dict[str, np.ndarray] = {}
    launched_parts = []
    leak_total, left_total, neglected = 0.0, np.zeros(len(victim.defence)), 0.0
    for weight, layers, failed in branches:
        leak_fraction, interceptors_left = 1.0, tuple(layer.interceptors for layer in victim.defence)
        if victim.defence and counterforce > 0 and reliability > 0:
            # A warhead whose missile fails never reaches the defence: the layers engage the
            # Bin(W_cf, r_A) warheads that arrive (with their decoys), as they do the reserve
            # and the retaliation; λ is the leak fraction of the arriving warheads.
            leak_fraction, used, layer_neglected = cache.get(
                (
                    "counterforce",
                    counterforce,
                    reliability,
                    tuple(layer_key(x) for x in layers),
                    attacker.decoys_per_warhead,
                ),
                functools.partial(
                    _counterforce_pass, counterforce, reliability, layers, attacker.decoys_per_warhead, cache.engaged
                ),
            )
            neglected += weight * layer_neglected
            used_left = tuple(max(0, layer.interceptors - int(round(u))) for layer, u in zip(layers, used))
            interceptors_left = tuple(
                layer.interceptors if index in failed else left
                for index, (layer, left) in enumerate(zip(victim.defence, used_left))
            )
        survivors_key = (
            "survivors",
            victim_key,
            posture_key,
            attack_key,
            attacker_warheads,
            reliability,
            leak_fraction,
        )
        surviving, launched = cache.get(
            survivors_key,
            functools.partial(_survivors, victim, attack, posture, points, attacked, reliability, leak_fraction, cache),
        )
        launched_parts.append((weight, survivors_key, launched))
        mixed["surviving"] = _add_padded(mixed.get("surviving"), weight * surviving)
        mixed["launched"] = _add_padded(mixed.get("launched"), weight * launched)
        if with_reserve:
            depleted = tuple(layer.with_interceptors(left) for layer, left in zip(victim.defence, interceptors_left))
            reserve_arriving, reserve_neglected = cache.get(
                ("reserve", reserve, reliability, tuple(layer_key(x) for x in depleted), attacker.decoys_per_warhead),
                functools.partial(
                    _through,
                    thinned(reserve, reliability),
                    depleted,
                    attacker.decoys_per_warhead,
                    engaged=cache.engaged,
                ),
            )
            neglected += weight * reserve_neglected
            mixed["reserve"] = _add_padded(mixed.get("reserve"), weight * reserve_arriving)
        leak_total += weight * leak_fraction
        left_total += weight * np.asarray(interceptors_left, dtype=float)

    # The retaliation passes the attacker's defence once, from the mixture of the branches'
    # launched distributions (the layers' transition is linear in the distribution arriving).
    retaliation, retaliation_neglected = cache.get(
        (
            "retaliation",
            tuple((w, k) for w, k, _ in launched_parts),
            tuple(layer_key(x) for x in attacker.defence),
            victim.decoys_per_warhead,
        ),
        lambda: _through(mixed["launched"], attacker.defence, victim.decoys_per_warhead, cache.rows, cache.engaged),
    )
    neglected += retaliation_neglected

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
        retaliation_pmf=retaliation,
        reserve_arriving_pmf=mixed.get("reserve", np.ones(1)),
        neglected_mass=neglected,
    )


def _plan(
    victim: Side, posture: Posture, attack: Attack, warheads: int, reliability: float
) -> tuple[list[AimPoints], list[int]]:
    points = aim_points(victim, posture)
    return points, allocate(points, warheads, attack, reliability)


def _counterforce_pass(
    counterforce: int,
    reliability: float,
    layers: tuple[DefenceLayer, ...],
    decoys: int,
    engaged: EngagedTables | None = None,
) -> tuple[float, tuple[float, ...], float]:
    """Leak fraction, interceptors used per layer and neglected mass of the counterforce salvo."""
    leak_pmf, used, neglected = _pass_through_layers(thinned(counterforce, reliability), layers, decoys, None, engaged)
    return _mean(leak_pmf) / (reliability * counterforce), tuple(used), neglected


def _through(
    pmf: np.ndarray,
    layers: tuple[DefenceLayer, ...],
    decoys: int,
    rows: RowCache | None = None,
    engaged: EngagedTables | None = None,
) -> tuple[np.ndarray, float]:
    out, _, neglected = _pass_through_layers(pmf, layers, decoys, rows, engaged)
    return out, neglected


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


def _survivors(
    victim: Side,
    attack: Attack,
    posture: Posture,
    points: list[AimPoints],
    attacked: list[int],
    reliability: float,
    leak_fraction: float,
    cache: ExchangeCache | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Surviving (before launch reliability) and launched pmfs once the counterforce salvo's leak fraction is known.

    Each element's survivors are computed once for both (the launched pmf thins them by the element's
    reliability) and, with ``cache``, shared by the exchanges whose strike on that element is the same.
    """
    q_survive = {
        target_class: (1.0 - reliability * leak_fraction * sspk)
        for target_class, sspk in (("silo", attack.sspk_silo), ("soft", attack.sspk_soft))
    }
    posture_key = (posture.alert, posture.launch, posture.launch_fraction)
    launched = np.ones(1)
    surviving = np.ones(1)
    for index, element in enumerate(victim.forces):
        groups = [(p, a) for p, a in zip(points, attacked) if p.element == index]
        per_point_q = {}
        for p, _ in groups:
            per_point_q[p.target_class] = q_survive[p.target_class] ** p.per_point(attack)
        compute = functools.partial(_element_survivors, element, groups, posture, per_point_q)
        if cache is None:
            there = compute()
        else:
            key = ("element", _element_key(element), tuple(groups), posture_key, tuple(sorted(per_point_q.items())))
            there = cache.get(key, compute)
        launched = _convolve(launched, thin_pmf(there, element.reliability))
        surviving = _convolve(surviving, there)
    return surviving, launched


def _element_key(element: ForceElement) -> tuple:
    """What an element's survivors depend on (not its name or reliability)."""
    return (
        element.basing,
        element.launchers,
        element.warheads_per_launcher,
        tuple(sorted(element.survivable.items())),
        element.bases,
    )


def thinned(warheads: int, reliability: float) -> np.ndarray:
    """pmf of the warheads of ``warheads`` launched that reach their target area: Bin(W, r)."""
    if warheads == 0:
        return np.ones(1)
    return binomial_pmf(warheads, reliability)
