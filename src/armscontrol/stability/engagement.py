"""Missile-defence engagement: the exact distribution of leaking warheads.

One defence layer meets W warheads, each escorted by d credible decoys. The
layer is a transition matrix P[w_in, w_out] (warheads arriving to warheads
leaking); a layered defence is the product of its layers' matrices. Every
distribution here is computed exactly, by binomial thinning and hypergeometric
selection over enumerated supports (see :mod:`armscontrol.stability.distributions`);
nothing is sampled.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np

from armscontrol.stability import validation as check
from armscontrol.stability.backend import kernels as chosen
from armscontrol.stability.distributions import NEGLIGIBLE, log_factorials, percentile

if TYPE_CHECKING:
    from armscontrol.stability.engaged import EngagedTables

Doctrine = Literal["salvo", "shoot-look-shoot"]
DOCTRINES: tuple[str, ...] = ("salvo", "shoot-look-shoot")


@dataclass(frozen=True)
class DefenceLayer:
    """One layer of a missile defence.

    Parameters
    ----------
    interceptors : int
        Interceptors the layer holds, ≥ 0.
    sspk : float
        Single-shot kill probability of one interceptor against one object, in [0, 1].
    shots : int
        Interceptors fired at each engaged object (salvo size; first salvo under
        shoot-look-shoot), ≥ 1.
    doctrine : {"salvo", "shoot-look-shoot"}
        Fire once, or fire, assess and re-engage survivors.
    second_shots : int or None
        Interceptors per object in the second salvo of shoot-look-shoot; default ``shots``.
    tracking : float
        Probability that an object is tracked (an untracked warhead passes), in [0, 1].
    discrimination : float
        Probability that a decoy is recognised as a decoy and left alone, in [0, 1].
    reliability : float
        Probability that the layer works at all (common-mode failure otherwise: all pass).
    name : str
        Label for tables.
    """

    interceptors: int
    sspk: float
    shots: int = 1
    doctrine: Doctrine = "salvo"
    second_shots: int | None = None
    tracking: float = 1.0
    discrimination: float = 0.0
    reliability: float = 1.0
    name: str = "defence"

    def __post_init__(self) -> None:
        object.__setattr__(self, "interceptors", check.count("interceptors", self.interceptors))
        object.__setattr__(self, "shots", check.count("shots", self.shots, minimum=1))
        if self.second_shots is not None:
            object.__setattr__(self, "second_shots", check.count("second_shots", self.second_shots, minimum=1))
        for name in ("sspk", "tracking", "discrimination", "reliability"):
            object.__setattr__(self, name, check.probability(name, getattr(self, name)))
        if self.doctrine not in DOCTRINES:
            raise check.InvalidInput(f"doctrine: expected one of {', '.join(DOCTRINES)}, got {self.doctrine!r}")

    def with_interceptors(self, interceptors: int) -> DefenceLayer:
        """The same layer holding a different number of interceptors (only that number checked again)."""
        layer = object.__new__(type(self))
        layer.__dict__.update(self.__dict__)
        object.__setattr__(layer, "interceptors", check.count("interceptors", interceptors))
        return layer


@dataclass(frozen=True)
class Engagement:
    """The exact outcome of one engagement.

    ``leaker_pmf[n]`` is P(n warheads leak). ``interceptors_used`` is the
    expected number fired; ``neglected_mass`` is the probability left out by
    support truncation (floating-point level).
    """

    warheads: int
    leaker_pmf: np.ndarray
    expected_leakers: float
    p_no_leakers: float
    leakers_p5: int
    leakers_median: int
    leakers_p95: int
    interceptors_used: float
    neglected_mass: float = 0.0
    layers: tuple[str, ...] = field(default=())

    def as_json(self) -> dict:
        return {
            "warheads": self.warheads,
            "expected_leakers": self.expected_leakers,
            "p_no_leakers": self.p_no_leakers,
            "leakers_p5": self.leakers_p5,
            "leakers_median": self.leakers_median,
            "leakers_p95": self.leakers_p95,
            "interceptors_used": self.interceptors_used,
            "neglected_mass": self.neglected_mass,
            "leaker_pmf": self.leaker_pmf.tolist(),
        }


def mean_objects_of(warheads: np.ndarray, layer: DefenceLayer, decoys: int) -> np.ndarray:
    """Expected objects a layer tracks and cannot dismiss: t·w·(1 + d·(1 − discrimination))."""
    return layer.tracking * warheads * (1 + decoys * (1.0 - layer.discrimination))


def _check_decoys(decoys: int) -> int:
    return check.count("decoys", decoys)


class RowCache:
    """Rows P(leak | w) of working salvo layers, each computed once and reused for every mixture of arriving counts.

    A layer's row for w arriving warheads does not depend on how likely w is;
    only its truncation does (terms below 1e-21 divided by the row's weight are
    left out). Each row is computed for a weight class, a power of two
    2^(−16k) at or above its weight, and serves every weight of that class: it
    is at least as wide as a fresh row of that weight, so an answer from cached
    rows is as exact as one without (within the 1e-21 truncation; tests compare
    both). A stability frontier's bisection meets the same arriving counts at
    the same defence size many times; so do variants that share a defence.

    Parameters
    ----------
    max_layers : int
        Layers (with their decoys) whose rows are kept; least recently used dropped beyond.
    """

    def __init__(self, max_layers: int = 8) -> None:
        self.max_layers = max_layers
        self._tables: OrderedDict[tuple, _LayerRows] = OrderedDict()
        self.computed = 0
        self.reused = 0

    def table(self, key: tuple) -> _LayerRows:
        """The rows of one layer (with its decoys)."""
        tables = self._tables
        if key in tables:
            tables.move_to_end(key)
            return tables[key]
        tables[key] = _LayerRows()
        if len(tables) > self.max_layers:
            tables.popitem(last=False)
        return tables[key]


_CLASS_BITS = 16
_CLASSES = 8  # weight classes 2^0 … 2^-112: far below the 1e-21 of the support


class _LayerRows:
    """One layer's rows: ``pool[slot[w·8 + k]]`` is P(leak | w) for weight class k, with its objects and neglected
    mass."""

    def __init__(self) -> None:
        self.slot = np.full(0, -1, dtype=np.int64)
        self.pool = np.zeros((0, 0))
        self.objects = np.zeros(0)
        self.neglected = np.zeros(0)
        self.size = 0

    def slots(self, keys: np.ndarray) -> np.ndarray:
        if keys.size and keys.max() >= self.slot.size:
            grown = np.full(max(int(keys.max()) + 1, 2 * self.slot.size), -1, dtype=np.int64)
            grown[: self.slot.size] = self.slot
            self.slot = grown
        return self.slot[keys]

    def add(self, keys: np.ndarray, rows: np.ndarray, objects: np.ndarray, neglected: np.ndarray) -> None:
        n, width = rows.shape
        if self.size + n > self.pool.shape[0] or width > self.pool.shape[1]:
            # grown by half again at least, so that a layer's pool is copied a few times, not at every pass
            wide = self.pool.shape[1] if width <= self.pool.shape[1] else max(width, self.pool.shape[1] * 3 // 2)
            # cells beyond a row's own width are never read (mix_rows reads w + 1 cells of the row of w): not zeroed
            pool = np.empty((max(self.size + n, 2 * self.pool.shape[0], 256), wide))
            pool[: self.size, : self.pool.shape[1]] = self.pool[: self.size]
            self.pool = pool
            self.objects = np.resize(self.objects, pool.shape[0])
            self.neglected = np.resize(self.neglected, pool.shape[0])
        start, stop = self.size, self.size + n
        self.pool[start:stop, :width] = rows
        self.objects[start:stop] = objects
        self.neglected[start:stop] = neglected
        self.slot[keys] = np.arange(start, stop)
        self.size = stop


def _weight_classes(weights: np.ndarray) -> np.ndarray:
    """k with 2^(−16k) ≥ weight > 2^(−16(k+1)): the weight class of each row."""
    _, exponent = np.frexp(weights)  # weight = m·2^e, 0.5 ≤ m < 1, so weight ≤ 2^e
    return np.minimum(np.maximum(0, -exponent) // _CLASS_BITS, _CLASSES - 1)


def _cached_salvo_rows(
    ws,
    weights,
    rows,
    shape,
    layer: DefenceLayer,
    decoys: int,
    capacity: int,
    survive: float,
    undiscriminated: float,
    row_cache: RowCache,
) -> tuple[np.ndarray, float, float]:
    """The salvo branch of :func:`_reliable_rows` from cached rows (computing the missing ones)."""

    kernels = chosen()
    table = row_cache.table((layer.interceptors, layer.sspk, layer.shots, layer.tracking, layer.discrimination, decoys))
    live = weights > 0.0
    ws, weights, rows = ws[live], weights[live], rows[live]
    keys = ws * _CLASSES + _weight_classes(weights)
    slots = table.slots(keys)
    missing = np.unique(keys[slots < 0])
    row_cache.reused += int(keys.size - missing.size)
    if missing.size:
        row_cache.computed += int(missing.size)
        new_ws = missing // _CLASSES
        scales = np.ldexp(1.0, -_CLASS_BITS * (missing % _CLASSES))
        w_max = int(new_ws.max())
        lf = log_factorials(w_max * (1 + decoys) + 2)
        sf, sf_low = binding_table(capacity, w_max, decoys, layer.tracking)
        computed = np.zeros((new_ws.size, w_max + 1))
        objects, neglected = np.empty(new_ws.size), np.empty(new_ws.size)
        kernels.salvo_rows(
            new_ws,
            scales,
            capacity,
            layer.tracking,
            decoys,
            undiscriminated,
            survive,
            sf,
            sf_low,
            lf,
            NEGLIGIBLE,
            computed,
            objects,
            neglected,
        )
        # dividing by a power of two is exact
        table.add(missing, np.divide(computed, scales[:, None], out=computed), objects, neglected / scales)
        slots = table.slots(keys)
    out = np.zeros(shape)
    kernels.mix_rows(ws, weights, rows, slots, table.pool, out)
    return out, float(np.dot(weights, table.objects[slots])), float(np.dot(weights, table.neglected[slots]))


def layer_rows(
    ws: np.ndarray, weights: np.ndarray, rows: np.ndarray, nrows: int, width: int, layer: DefenceLayer, decoys: int
) -> tuple[np.ndarray, float, float]:
    """Leakers of one layer (common-mode reliability included) for weighted arriving counts.

    Parameters
    ----------
    ws, weights : numpy.ndarray
        Distinct arriving warhead counts and their probabilities (weights).
    rows : numpy.ndarray
        Output row of each count (all 0 to mix them into one pmf; ``arange`` for a
        transition matrix).
    nrows, width : int
        Shape of the output; ``width`` > max(ws).
    layer : DefenceLayer
    decoys : int
        Credible decoys per warhead.

    Returns
    -------
    out : numpy.ndarray
        ``out[r, n]`` = Σ over counts of row r of weight·P(n leak | w).
    used : float
        Expected interceptors fired, averaged over the weights.
    neglected : float
        Probability mass left out (tails below the cut), weighted.
    """
    return _layer_rows(ws, weights, rows, nrows, width, layer, decoys, None)


def _layer_rows(
    ws,
    weights,
    rows,
    nrows: int,
    width: int,
    layer: DefenceLayer,
    decoys: int,
    row_cache: RowCache | None,
    engaged: EngagedTables | None = None,
) -> tuple[np.ndarray, float, float]:
    """:func:`layer_rows`, with the salvo rows from ``row_cache`` and the engaged tables from ``engaged`` when given."""
    ws = np.ascontiguousarray(ws, dtype=np.int64)
    weights = np.ascontiguousarray(weights, dtype=float)
    rows = np.ascontiguousarray(rows, dtype=np.int64)
    out = np.zeros((nrows, width))
    total = float(weights.sum())
    if ws.size == 0 or total <= 0.0:
        return out, 0.0, 0.0
    reliability = layer.reliability
    if reliability > 0.0:
        reliable, used, neglected = _reliable_rows(ws, weights, rows, out.shape, layer, decoys, row_cache, engaged)
        out += reliability * reliable
    else:
        used, neglected = 0.0, 0.0
    if reliability < 1.0:
        np.add.at(out, (rows, ws), (1.0 - reliability) * weights)
    return out, reliability * used, reliability * neglected


def _reliable_rows(
    ws,
    weights,
    rows,
    shape,
    layer: DefenceLayer,
    decoys: int,
    row_cache: RowCache | None = None,
    engaged: EngagedTables | None = None,
) -> tuple[np.ndarray, float, float]:
    """:func:`layer_rows` for a layer that works (reliability 1)."""
    out = np.zeros(shape)
    total = float(weights.sum())
    first = layer.shots
    if layer.interceptors < first or layer.tracking <= 0.0:
        np.add.at(out, (rows, ws), weights)
        return out, 0.0, 0.0

    kernels = chosen()

    if layer.doctrine == "shoot-look-shoot":
        if decoys > 0 and layer.discrimination < 1.0:
            return _shoot_look_shoot_rows(ws, weights, rows, shape, layer, decoys)
        second = layer.second_shots or layer.shots
        w_max = int(ws.max())
        lf = log_factorials(w_max + 2)
        fired, neglected = kernels.shoot_look_shoot_real(
            ws,
            weights,
            rows,
            layer.interceptors,
            first,
            second,
            layer.tracking,
            (1.0 - layer.sspk) ** first,
            (1.0 - layer.sspk) ** second,
            lf,
            NEGLIGIBLE,
            out,
        )
        return out, fired / total, neglected

    survive = (1.0 - layer.sspk) ** first
    capacity = layer.interceptors // first
    w_max = int(ws.max())
    lf = log_factorials(w_max * (1 + decoys) + 2)
    if w_max * (1 + decoys) <= capacity:
        # Ample inventory: every tracked object is engaged and each real warhead is killed
        # independently, so the kills are one binomial thinning of w.
        neglected = kernels.ample_layer(ws, weights, rows, layer.tracking * (1.0 - survive), lf, NEGLIGIBLE, out)
        used = first * float(np.dot(weights, mean_objects_of(ws, layer, decoys))) / total
        return out, used, neglected
    undiscriminated = 1.0 - layer.discrimination if decoys > 0 else 0.0
    if row_cache is not None:
        out, objects, neglected = _cached_salvo_rows(
            ws, weights, rows, shape, layer, decoys, capacity, survive, undiscriminated, row_cache
        )
        return out, first * objects / total, neglected
    if engaged is not None and hasattr(kernels, "salvo_engaged"):
        # the engaged tables do not depend on the kill probability: shared by passes that differ only in it
        key = engaged.key(kernels, ws, weights, capacity, layer.tracking, decoys, undiscriminated, shape[1])
        tables = engaged.get(key)
        if tables is None:
            sf, sf_low = binding_table(capacity, w_max, decoys, layer.tracking)
            tables = kernels.salvo_engaged(
                ws, weights, capacity, layer.tracking, decoys, undiscriminated, sf, sf_low, lf, NEGLIGIBLE, shape[1]
            )
            engaged.put(key, tables)
        objects, neglected = kernels.salvo_kill(ws, weights, rows, capacity, survive, *tables, lf, NEGLIGIBLE, out)
        return out, first * objects / total, neglected
    sf, sf_low = binding_table(capacity, w_max, decoys, layer.tracking)
    objects, neglected = kernels.salvo_layer(
        ws, weights, rows, capacity, layer.tracking, decoys, undiscriminated, survive, sf, sf_low, lf, NEGLIGIBLE, out
    )
    return out, first * objects / total, neglected


def binding_table(capacity: int, w_max: int, decoys: int, tracking: float) -> tuple[np.ndarray, int]:
    """The salvo kernels' table of P(Bin(m, t) > C) for m = C + 1 up to every candidate of ``w_max`` warheads and
    their ``decoys`` each, and its first m (``sf``, ``sf_low`` of :func:`armscontrol.stability.kernels.salvo_layer`)."""
    sf_low = capacity + 1
    return tracked_beyond(capacity, np.arange(sf_low, max(sf_low, w_max * (1 + decoys)) + 1), tracking), sf_low


def tracked_beyond(capacity: int, candidates: np.ndarray, tracking: float) -> np.ndarray:
    """P(Bin(m, t) > C) for each m in ``candidates``: the probability that the capacity binds.

    By the compiled recurrence in m (:func:`armscontrol.stability.kernels.binomial_beyond`),
    within ~1e-12 of exact arithmetic, without SciPy.
    """
    candidates = np.asarray(candidates, dtype=np.int64)
    if tracking >= 1.0 or tracking <= 0.0 or candidates.size == 0:
        return (candidates > capacity).astype(float) * float(tracking >= 1.0)

    binomial_beyond = chosen().binomial_beyond
    low = max(capacity + 1, int(candidates.min()))
    high = max(low, int(candidates.max()))
    table = np.empty(high - low + 1)
    binomial_beyond(capacity, tracking, low, high, table)
    return np.where(candidates > capacity, table[np.clip(candidates - low, 0, high - low)], 0.0)


def _shoot_look_shoot_rows(
    ws, weights, rows, shape, layer: DefenceLayer, decoys: int
) -> tuple[np.ndarray, float, float]:
    """Shoot-look-shoot with undismissed decoys: the case enumeration of
    :func:`armscontrol.stability.cases.reliable_layer`.

    Four counts (engaged, real engaged, survivors, real re-engaged) must be
    enumerated jointly; the compiled path covers the case without decoys
    (:func:`armscontrol.stability.kernels.shoot_look_shoot_real`).
    """
    # on first use: heavy (SciPy, for this rare case)
    from armscontrol.stability.cases import Cases, reliable_layer

    out = np.zeros(shape)
    lookup = np.zeros(int(ws.max()) + 1, dtype=np.int64)
    lookup[ws] = rows
    cases, used = reliable_layer(Cases.start(weights, w=ws), layer, decoys)
    np.add.at(out, (lookup[cases["w"]], cases["leak"]), cases.weight)
    return out, used, cases.neglected


def _support(incoming_pmf: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """Counts with weight above NEGLIGIBLE, their weights, and the mass left out."""
    support = np.flatnonzero(incoming_pmf > NEGLIGIBLE)
    weights = incoming_pmf[support]
    return support, weights, float(incoming_pmf.sum() - weights.sum())


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
    return _pass_through_layer(incoming_pmf, layer, decoys, None)


def _pass_through_layer(
    incoming_pmf: np.ndarray,
    layer: DefenceLayer,
    decoys: int,
    row_cache: RowCache | None,
    engaged: EngagedTables | None = None,
) -> tuple[np.ndarray, float, float]:
    """:func:`pass_through_layer`, with the salvo rows from ``row_cache`` and the engaged tables from ``engaged``
    when given."""
    decoys = _check_decoys(decoys)
    incoming_pmf = np.asarray(incoming_pmf, dtype=float)
    ws, weights, dropped = _support(incoming_pmf)
    out, used, neglected = _layer_rows(
        ws, weights, np.zeros(ws.size, dtype=np.int64), 1, len(incoming_pmf), layer, decoys, row_cache, engaged
    )
    return out[0], used, neglected + dropped


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
    return _pass_through_layers(incoming_pmf, layers, decoys, None)


_PASSES = threading.local()


@contextlib.contextmanager
def layer_passes(hook: Callable[[np.ndarray, tuple, int], tuple | None]) -> Iterator[None]:
    """Hand this thread's passes through layers to ``hook(pmf, layers, decoys)`` (its None: computed here as usual).

    The batch on an array backend (:mod:`armscontrol.stability.device`) gathers
    the passes of many variants this way.
    """
    before = getattr(_PASSES, "hook", None)
    _PASSES.hook = hook
    try:
        yield
    finally:
        _PASSES.hook = before


def _pass_through_layers(
    incoming_pmf: np.ndarray,
    layers: Sequence[DefenceLayer],
    decoys: int,
    row_cache: RowCache | None,
    engaged: EngagedTables | None = None,
) -> tuple[np.ndarray, list[float], float]:
    """:func:`pass_through_layers`, with the salvo rows from ``row_cache`` and the engaged tables from ``engaged``
    when given."""
    hook = getattr(_PASSES, "hook", None)
    if hook is not None and layers:
        passed = hook(np.asarray(incoming_pmf, dtype=float), tuple(layers), _check_decoys(decoys))
        if passed is not None:
            return passed
    pmf = np.asarray(incoming_pmf, dtype=float)
    used, neglected = [], 0.0
    for layer in layers:
        pmf, layer_used, layer_neglected = _pass_through_layer(pmf, layer, decoys, row_cache, engaged)
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
    ws = np.arange(size)
    matrix, _, _ = layer_rows(ws, np.ones(size), ws, size, size, layer, decoys)
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
