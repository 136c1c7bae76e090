"""Reference implementation of the engagement (the code before the fast path), kept to test against.

Missile-defence engagement: the exact distribution of leaking warheads.

One defence layer meets W warheads, each escorted by d credible decoys. The
layer is a transition matrix P[w_in, w_out] (warheads arriving to warheads
leaking); a layered defence is the product of its layers' matrices. Every
distribution here is computed exactly, by binomial thinning and hypergeometric
selection over enumerated supports (see :mod:`armscontrol.stability.distributions`);
nothing is sampled.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from armscontrol.stability import validation as check
from armscontrol.stability.cases import NEGLIGIBLE, Cases, percentile, reliable_layer
from armscontrol.stability.engagement import DefenceLayer, Doctrine, Engagement


def _layer_cases(cases: Cases, layer: DefenceLayer, decoys: int) -> tuple[Cases, float]:
    """Cases over (w, leak) including common-mode failure, and expected interceptors fired."""
    reliable, used = reliable_layer(cases.merge("w"), layer, decoys)
    if layer.reliability >= 1.0:
        return reliable, used
    failed = Cases(cases.weight * (1.0 - layer.reliability), {"w": cases["w"], "leak": cases["w"]})
    weight = np.concatenate([reliable.weight * layer.reliability, failed.weight])
    columns = {k: np.concatenate([reliable[k], failed[k]]) for k in ("w", "leak")}
    joined = Cases(weight, columns, reliable.neglected * layer.reliability).merge("w", "leak")
    return joined, used * layer.reliability


def _incoming_cases(incoming_pmf: np.ndarray) -> Cases:
    incoming_pmf = np.asarray(incoming_pmf, dtype=float)
    support = np.nonzero(incoming_pmf > NEGLIGIBLE)[0]
    cases = Cases.start(incoming_pmf[support], w=support)
    cases.neglected = float(incoming_pmf.sum() - cases.weight.sum())
    return cases


def _check_decoys(decoys: int) -> int:
    return check.count("decoys", decoys)


def pass_through_layer(
    incoming_pmf: np.ndarray, layer: DefenceLayer, decoys: int = 0
) -> tuple[np.ndarray, float, float]:
    """Distribution of warheads leaking through one layer, given the distribution arriving.

    Parameters
    ----------
    incoming_pmf : array_like
        ``incoming_pmf[w]`` = P(w warheads arrive at the layer); sums to 1.
    layer : DefenceLayer
        The layer (inventory, sspk, doctrine, tracking, discrimination, reliability).
    decoys : int
        Credible decoys escorting each warhead, ≥ 0.

    Returns
    -------
    leak_pmf : numpy.ndarray
        ``leak_pmf[n]`` = P(n warheads leak), same length as ``incoming_pmf``.
    interceptors_used : float
        Expected interceptors fired.
    neglected_mass : float
        Probability left out by support truncation.

    Notes
    -----
    The outgoing distribution is the incoming one times the layer's transition
    matrix, :math:`p_{out} = p_{in} P`, evaluated only on the support of
    :math:`p_{in}` (see :func:`transition_matrix`).
    """
    decoys = _check_decoys(decoys)
    incoming_pmf = np.asarray(incoming_pmf, dtype=float)
    cases, used = _layer_cases(_incoming_cases(incoming_pmf), layer, decoys)
    return cases.pmf_of("leak", len(incoming_pmf)), used, cases.neglected


def pass_through_layers(
    incoming_pmf: np.ndarray, layers: Sequence[DefenceLayer], decoys: int = 0
) -> tuple[np.ndarray, list[float], float]:
    """Warheads leaking through layered defences, layer after layer (outer layer first).

    Notes
    -----
    Equivalent to :math:`p_{out} = p_{in} P_1 P_2 \\cdots P_L`. Decoys that a
    layer did not dismiss escort each surviving warhead into the next layer
    again (layers discriminate independently).
    """
    pmf = np.asarray(incoming_pmf, dtype=float)
    used, neglected = [], 0.0
    for layer in layers:
        pmf, layer_used, layer_neglected = pass_through_layer(pmf, layer, decoys)
        used.append(layer_used)
        neglected += layer_neglected
    return pmf, used, neglected


def transition_matrix(max_warheads: int, layer: DefenceLayer, decoys: int = 0) -> np.ndarray:
    """The layer as a matrix P[w_in, w_out] for w_in, w_out = 0 … max_warheads.

    Notes
    -----
    Row w is the leaker distribution of :func:`engage` for w warheads. A layered
    defence is the matrix product :math:`P = P_1 P_2 \\cdots P_L`; a distribution
    of arriving warheads :math:`p` leaks as :math:`p P`.
    """
    max_warheads = check.count("max_warheads", max_warheads)
    decoys = _check_decoys(decoys)
    size = max_warheads + 1
    cases, _ = _layer_cases(Cases.start(np.ones(size), w=np.arange(size)), layer, decoys)
    matrix = np.zeros((size, size))
    np.add.at(matrix, (cases["w"], cases["leak"]), cases.weight)
    return matrix


def summarise(
    warheads: int, leak_pmf: np.ndarray, used: float, neglected: float, layers: tuple[str, ...] = ()
) -> Engagement:
    """An :class:`Engagement` from a leaker distribution."""
    leak_pmf = np.asarray(leak_pmf, dtype=float)[: warheads + 1]
    total = leak_pmf.sum()
    if total > 0:
        leak_pmf = leak_pmf / total
    values = np.arange(len(leak_pmf))
    return Engagement(
        warheads=warheads,
        leaker_pmf=leak_pmf,
        expected_leakers=float(np.dot(values, leak_pmf)),
        p_no_leakers=float(leak_pmf[0]),
        leakers_p5=percentile(leak_pmf, 0.05),
        leakers_median=percentile(leak_pmf, 0.5),
        leakers_p95=percentile(leak_pmf, 0.95),
        interceptors_used=float(used),
        neglected_mass=float(neglected),
        layers=layers,
    )


def engage(
    warheads: int,
    interceptors: int,
    sspk: float,
    shots: int = 1,
    doctrine: Doctrine = "salvo",
    decoys: int = 0,
    discrimination: float = 0.0,
    tracking: float = 1.0,
    reliability: float = 1.0,
    second_shots: int | None = None,
) -> Engagement:
    """Exact distribution of warheads leaking through one defence layer.

    Parameters
    ----------
    warheads : int
        Warheads arriving, W ≥ 0.
    interceptors : int
        Interceptors available, I ≥ 0.
    sspk : float
        Single-shot kill probability p of one interceptor, in [0, 1].
    shots : int
        Interceptors per engaged object, s ≥ 1 (first salvo under shoot-look-shoot).
    doctrine : {"salvo", "shoot-look-shoot"}
        Salvo: s per object, once. Shoot-look-shoot: s per object, kill
        assessment, then s2 (``second_shots``, default s) per surviving object
        from what is left.
    decoys : int
        Credible decoys per warhead, d ≥ 0.
    discrimination : float
        Probability a decoy is recognised and left alone, in [0, 1].
    tracking : float
        Probability an object is tracked, t in [0, 1]; untracked objects pass.
    reliability : float
        Probability the layer works at all, r in [0, 1] (common mode).
    second_shots : int, optional
        Second-salvo size s2 for shoot-look-shoot.

    Returns
    -------
    Engagement
        Leaker pmf, expected leakers, P(no leaker), percentiles, expected interceptors fired.

    Notes
    -----
    Let ρ = (1 − p)^s. Undiscriminated decoys D' ~ Bin(W·d, 1 − δ); the
    W + D' candidates are tracked independently with probability t; the
    defence engages k = min(N, ⌊I/s⌋) of the N tracked objects at random, so
    the engaged real warheads are E | (D', k) ~ Hypergeometric(W + D', W, k)
    and the kills K | E ~ Bin(E, 1 − ρ). With probability 1 − r the layer
    fails and all W leak:

    .. math::

        P(L = n) = r \\sum P(D') P(k \\mid D') P(E \\mid D', k)\\, \\mathrm{Bin}(W - n; E, 1-ρ)
                   + (1 - r)\\,[n = W]

    With ample inventory (I ≥ s·W·(1 + d)) this collapses to
    L ~ W − Bin(W, t(1 − ρ)). Shoot-look-shoot: first-salvo survivors
    S ~ Bin(k, ρ₁) (decoys are destroyed by a hit like warheads), m₂ = ⌊(I − s₁k)/s₂⌋,
    j = min(S, m₂) re-engaged at random; the real warheads among them and among
    the survivors left alone are hypergeometric. When m₂ ≥ k the kills are
    Bin(E, 1 − ρ₁ρ₂). No sampling: supports are enumerated up to tail mass 1e-15
    (reported as ``neglected_mass``).

    References
    ----------
    .. [1] D. Wilkening, "A Simple Model for Calculating Ballistic Missile Defense
       Effectiveness", Science & Global Security 8(2), 183–215 (2000).
    """
    warheads = check.count("warheads", warheads)
    layer = DefenceLayer(
        interceptors=interceptors,
        sspk=sspk,
        shots=shots,
        doctrine=doctrine,
        second_shots=second_shots,
        tracking=tracking,
        discrimination=discrimination,
        reliability=reliability,
    )
    incoming = np.zeros(warheads + 1)
    incoming[warheads] = 1.0
    pmf, used, neglected = pass_through_layer(incoming, layer, decoys)
    return summarise(warheads, pmf, used, neglected)


def engage_layers(warheads: int, layers: Sequence[DefenceLayer], decoys: int = 0) -> Engagement:
    """Exact leaker distribution of W warheads through layered defences (outer first)."""
    warheads = check.count("warheads", warheads)
    incoming = np.zeros(warheads + 1)
    incoming[warheads] = 1.0
    pmf, used, neglected = pass_through_layers(incoming, layers, decoys)
    return summarise(warheads, pmf, sum(used), neglected, tuple(layer.name for layer in layers))
