"""Salvo layers for many requests at once, written against an array namespace ``xp`` (NumPy or CuPy).

A *request* is one pass of a leaker distribution through a sequence of salvo
layers (what :func:`armscontrol.stability.engagement.pass_through_layers`
computes); a batch of requests from many variants is evaluated in one set of
array operations. Every arriving count ``w`` of every request (a *lane*) is a
row of the same arrays, so the variant axis and the arriving-count axis are
one axis; nothing loops over variants.

The mathematics is that of the compiled kernels (docs/stability.md, "Fast
path"): with capacity C = ⌊I/s⌋, T ~ Bin(w, t) tracked warheads and
X ~ Bin(w·d, t·(1 − δ)) tracked decoys,

* C does not bind: P(E = e, N ≤ C) = Bin(e; w, t)·F_X(C − e);
* C binds: P(E = e, N > C) = Σ_D′ Bin(D′; w·d, 1 − δ)·P(Bin(w + D′, t) > C)·Hyp(e; w + D′, w, C);
* kill step: leak = w − E + Bin(E, ρ), ρ = (1 − p)^s.

Where the compiled kernels walk each pmf row outwards from its mode one term at
a time, here every row is a fixed window of cells around its mode, filled by a
cumulative product of the same exact ratios of consecutive terms (a vectorised
scan), then renormalised. A window spans 11 standard deviations and 30 cells
either side of the mode, clipped to the support; the mass beyond it is bounded
by the geometric tail of a log-concave pmf and reported as neglected, as the
kernels report theirs. Cells whose probability times their row's weight falls
below the cut (1e-21) are dropped, as in the kernels. Everything is float64.

The probability that the capacity binds, P(Bin(m, t) > C), is one short table
per request computed on the CPU by the compiled recurrence
(:func:`armscontrol.stability.engagement.tracked_beyond`) and copied to the
device. Shoot-look-shoot is not evaluated here (its callers keep it on the
CPU; :func:`supported`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from armscontrol.stability.distributions import NEGLIGIBLE, log_factorials
from armscontrol.stability.engagement import DefenceLayer, tracked_beyond

SPREAD = 11.0
"""Standard deviations a pmf window spans on each side of its mode."""

MARGIN = 30
"""Cells added on each side of a window beyond SPREAD standard deviations (rows with a tiny variance)."""

CELLS = {"numpy": 1 << 17, "cupy": 1 << 24}
"""Most cells of one intermediate array, by namespace (1 MiB of float64 for NumPy's caches, 128 MiB on a device); larger
steps run in chunks of rows."""


FUSED = os.environ.get("ARMSCONTROL_FUSED", "auto").strip().lower()
"""The binding rows by the fused CUDA kernel (:mod:`armscontrol.stability.device_kernels`): ``"auto"`` on CuPy where
numba's CUDA target finds a device, ``"always"`` wherever it runs (the simulator included, for tests), ``"never"``
(the array formulation everywhere). Set by ``ARMSCONTROL_FUSED``."""


def _fused(xp: Any):
    """The fused kernels' module when they are to be used, else None."""
    if FUSED == "never" or (FUSED == "auto" and xp is np):
        return None
    try:
        # on first use: optional (numba's CUDA target)
        from armscontrol.stability import device_kernels
    except Exception:  # noqa: BLE001 - numba without a usable CUDA target
        return None
    return device_kernels if device_kernels.available() else None


def supported(layers: Sequence[DefenceLayer]) -> bool:
    """Whether every layer of a pass can run here (salvo doctrine; shoot-look-shoot stays on the CPU)."""
    return all(layer.doctrine == "salvo" for layer in layers)


def _window(xp: Any, start, width: int, mode, low, high, up: Callable, down: Callable):
    """Rows of a log-concave pmf over k = start + j, j < width, relative to their mode, and their edge tails.

    ``up(k)`` is h(k+1)/h(k) and ``down(k)`` is h(k−1)/h(k), both on float
    arrays of shape (lanes, width) and finite everywhere. The ratio just past
    either end of the support is exactly zero, so the scans give zero outside
    [low, high] with no mask. Returns the cells, the cell values ``k`` and the
    bound on the mass beyond the window on both sides, in units of the mode.
    """
    k = start[:, None] + xp.arange(width, dtype=xp.int64)[None, :]
    m = mode[:, None]
    kf = k.astype(xp.float64)
    # h(k)/h(m) = Π ratios from the mode outwards: a scan to the right and one to the left (1 at and beyond the mode)
    cells = xp.cumprod(xp.where(k > m, up(kf - 1.0), 1.0), axis=1)
    cells *= xp.flip(xp.cumprod(xp.flip(xp.where(k < m, down(kf + 1.0), 1.0), axis=1), axis=1), axis=1)
    # mass beyond the window: geometric tail b·r/(1 − r) of the edge term b (r < 1), else b times the terms left
    first, last = k[:, 0], k[:, -1]
    r_low = down(first.astype(xp.float64)[:, None])[:, 0]
    r_high = up(last.astype(xp.float64)[:, None])[:, 0]
    beyond_low = xp.where(first > low, _geometric(xp, cells[:, 0], r_low, first - low), 0.0)
    beyond_high = xp.where(last < high, _geometric(xp, cells[:, -1], r_high, high - last), 0.0)
    return cells, k, beyond_low + beyond_high


def _geometric(xp: Any, term, ratio, count):
    safe = xp.where(ratio < 1.0, 1.0 - ratio, 1.0)
    return xp.where(ratio < 1.0, term * ratio / safe, term * count.astype(xp.float64))


def _safe(xp: Any, denominator):
    return xp.where(denominator > 0.0, denominator, 1.0)


def _span(xp: Any, sd, low, high) -> int:
    """Common window width for rows of standard deviation ``sd`` on supports [low, high]."""
    if sd.size == 0:
        return 1
    half = xp.ceil(SPREAD * sd + MARGIN).astype(xp.int64)
    width = xp.minimum(2 * half + 1, high - low + 1)
    return max(1, int(width.max()))


def binomial_span(xp: Any, n, p) -> int:
    """Window width of :func:`binomial_rows` for these rows."""
    return _span(xp, xp.sqrt(n * p * (1.0 - p)), xp.zeros_like(n), n)


def binomial_rows(xp: Any, n, p):
    """Bin(k; n, p) rows, normalised, over windows around their modes: (cells, k, tail relative to the row).

    ``n`` int64 and ``p`` float64 arrays of one entry per row.
    """
    mode = xp.clip(xp.floor((n + 1) * p).astype(xp.int64), 0, n)
    low, high = xp.zeros_like(n), n
    width = binomial_span(xp, n, p)
    half = (width - 1) // 2
    start = xp.clip(mode - half, 0, xp.maximum(n - width + 1, 0))
    nf, pf = n.astype(xp.float64)[:, None], p[:, None]
    odds_den = _safe(xp, 1.0 - pf)

    def up(k):
        return (nf - k) * pf / (_safe(xp, k + 1.0) * odds_den)

    def down(k):
        return k * (1.0 - pf) / (_safe(xp, nf - k + 1.0) * _safe(xp, pf))

    cells, k, beyond = _window(xp, start, width, mode, low, high, up, down)
    return _normalised(xp, cells, k, beyond)


def _hypergeometric_support(xp: Any, population, successes, draws):
    low = xp.maximum(0, draws - (population - successes))
    high = xp.minimum(draws, successes)
    N, K, n = (a.astype(xp.float64) for a in (population, successes, draws))
    frac = K / _safe(xp, N)
    sd = xp.sqrt(xp.maximum(n * frac * (1.0 - frac) * (N - n) / _safe(xp, N - 1.0), 0.0))
    return low, high, sd


def hypergeometric_span(xp: Any, population, successes, draws) -> int:
    """Window width of :func:`hypergeometric_rows` for these rows."""
    low, high, sd = _hypergeometric_support(xp, population, successes, draws)
    return _span(xp, sd, low, high)


def hypergeometric_rows(xp: Any, population, successes, draws, width: int | None = None):
    """Hyp(e; population, successes, draws) rows, normalised, over windows around their modes: (cells, e, tail).

    ``width`` (cells a row) defaults to :func:`hypergeometric_span`'s.
    """
    low, high, sd = _hypergeometric_support(xp, population, successes, draws)
    mode = xp.clip(((draws + 1) * (successes + 1)) // (population + 2), low, high)
    N, K, n = (a.astype(xp.float64) for a in (population, successes, draws))
    width = width if width is not None else _span(xp, sd, low, high)
    half = (width - 1) // 2
    start = xp.clip(mode - half, low, xp.maximum(high - width + 1, low))
    N, K, n = N[:, None], K[:, None], n[:, None]

    def up(e):
        return (K - e) * (n - e) / (_safe(xp, e + 1.0) * _safe(xp, N - K - n + e + 1.0))

    def down(e):
        return e * (N - K - n + e) / (_safe(xp, K - e + 1.0) * _safe(xp, n - e + 1.0))

    cells, e, beyond = _window(xp, start, width, mode, low, high, up, down)
    return _normalised(xp, cells, e, beyond)


def _normalised(xp: Any, cells, k, beyond):
    total = cells.sum(axis=1)
    return cells / total[:, None], k, beyond / (total + beyond)


def _budget(xp: Any) -> int:
    """Cells of one intermediate array for this namespace (:data:`CELLS`)."""
    return CELLS.get(xp.__name__.split(".")[0], CELLS["numpy"])


def _chunks(xp: Any, count: int, width: int):
    """Slices of ``count`` rows of ``width`` cells, each within the memory budget."""
    step = max(1, _budget(xp) // max(1, width))
    for begin in range(0, count, step):
        yield slice(begin, min(count, begin + step))


def _tally(xp: Any, index, values, size: int):
    """Sum ``values`` into ``size`` bins by ``index`` (both flattened)."""
    return xp.bincount(index.ravel(), weights=values.ravel(), minlength=size)[:size]


def working_salvo(
    xp: Any,
    lane_request,
    w,
    weight,
    capacity,
    tracking,
    decoys,
    undiscriminated,
    survive,
    sf,
    sf_start,
    requests: int,
    width: int,
    cut: float = NEGLIGIBLE,
):
    """Leakers of working salvo layers for every lane: out[q, n] = Σ over lanes of q of weight·P(n leak | w).

    Parameters
    ----------
    xp : module
        The array namespace (NumPy or CuPy); every array below lives in it.
    lane_request, w : int64 arrays
        Request of each lane and its arriving warheads.
    weight : float64 array
        Probability of ``w`` in its request.
    capacity, tracking, decoys, undiscriminated, survive : arrays
        The layer's C = ⌊I/s⌋, t, d, 1 − δ (0 without decoys) and ρ = (1 − p)^s, per lane.
    sf, sf_start : arrays
        Flat table of P(Bin(m, t) > C) for m = C + 1 … of every request, and where each lane's table starts.
    requests, width : int
        Output shape.
    cut : float
        Cells of probability times weight at or below it are left out (counted as neglected).

    Returns
    -------
    out : array, shape (requests, width)
    objects : array, shape (requests,)
        Expected engaged objects, summed with the weights.
    neglected : array, shape (requests,)
        Mass left out, summed with the weights.
    """
    lanes = int(w.size)
    ewidth = int(xp.minimum(w, capacity).max()) + 1 if lanes else 1
    engaged = xp.zeros(lanes * ewidth + 1)  # (lane, e) flattened, and one bin for cells outside a lane's range
    lost = xp.zeros(lanes)
    objects = _capacity_free(xp, w, capacity, tracking, decoys, undiscriminated, weight, ewidth, engaged, lost)
    objects += _capacity_binds(
        xp, w, capacity, decoys, undiscriminated, weight, sf, sf_start, ewidth, cut, engaged, lost
    )
    mass = weight[:, None] * engaged[:-1].reshape(lanes, ewidth)
    heavy = mass > cut
    lost += xp.where(heavy, 0.0, mass).sum(axis=1)
    survive_by_request = xp.zeros(requests)
    survive_by_request[lane_request] = survive
    out = _kill_step(xp, lane_request, w, xp.where(heavy, mass, 0.0), survive_by_request, width)
    return (
        out.reshape(requests, width),
        _tally(xp, lane_request, weight * objects, requests),
        _tally(xp, lane_request, lost, requests),
    )


def _capacity_free(xp: Any, w, capacity, tracking, decoys, undiscriminated, weight, ewidth: int, engaged, lost):
    """The capacity does not bind: P(E = e, N ≤ C) = Bin(e; w, t)·F_X(C − e), added to ``engaged``; returns expected
    objects."""
    lanes = int(w.size)
    lane = xp.arange(lanes, dtype=xp.int64)
    tracked, e, tail = binomial_rows(xp, w, tracking)
    lost += weight * tail
    fake = w * decoys
    decoy_p = undiscriminated * tracking
    x_rows, x, tail = binomial_rows(xp, fake, decoy_p)
    lost += xp.where((fake > 0) & (decoy_p > 0), weight * tail, 0.0)
    cdf = xp.cumsum(x_rows, axis=1)
    part = xp.cumsum(x_rows * x.astype(xp.float64), axis=1)
    slot = (capacity[:, None] - e) - x[:, :1]
    below_window = slot < 0
    slot = xp.clip(slot, 0, x.shape[1] - 1)
    below = xp.where(below_window, 0.0, xp.take_along_axis(cdf, slot, axis=1))
    mean_below = xp.where(below_window, 0.0, xp.take_along_axis(part, slot, axis=1))
    free = tracked * below
    keep = (e <= xp.minimum(w, capacity)[:, None]) & (free > 0.0)
    engaged += _tally(
        xp, xp.where(keep, lane[:, None] * ewidth + e, lanes * ewidth), xp.where(keep, free, 0.0), lanes * ewidth + 1
    )
    return (tracked * (e.astype(xp.float64) * below + mean_below)).sum(axis=1)


def _capacity_binds(
    xp: Any, w, capacity, decoys, undiscriminated, weight, sf, sf_start, ewidth: int, cut: float, engaged, lost
):
    """The capacity binds: Σ_D′ Bin(D′)·P(Bin(w + D′, t) > C)·Hyp(e; w + D′, w, C), added to ``engaged``; returns
    expected objects."""
    lanes = int(w.size)
    fake = w * decoys
    d_rows, d, tail = binomial_rows(xp, fake, undiscriminated)
    lost += xp.where((fake > 0) & (undiscriminated > 0), weight * tail, 0.0)
    m = w[:, None] + d
    beyond = m > capacity[:, None]
    at = xp.clip(sf_start[:, None] + (m - capacity[:, None] - 1), 0, max(int(sf.size) - 1, 0))
    binds = xp.where(beyond & (d_rows > 0.0), d_rows * sf[at], 0.0)
    heavy = weight[:, None] * binds > cut
    lost += xp.where(heavy, 0.0, weight[:, None] * binds).sum(axis=1)
    pair_lane, pair_col = xp.nonzero(heavy)
    pair_m = m[pair_lane, pair_col]
    pair_binds = binds[pair_lane, pair_col]
    rows = int(pair_lane.size)
    fused = _fused(xp)
    if rows and fused is not None:
        lf = xp.asarray(log_factorials(int(pair_m.max()) + 1))
        fused.binding_rows(
            xp,
            pair_m,
            w[pair_lane],
            capacity[pair_lane],
            pair_binds,
            weight[pair_lane],
            pair_lane,
            lf,
            ewidth,
            cut,
            engaged,
            lost,
        )
    elif rows:
        for part, span in _weighted_chunks(
            xp, pair_m, w[pair_lane], capacity[pair_lane], weight[pair_lane] * pair_binds, cut
        ):
            pl = pair_lane[part]
            hyp, he, tail = hypergeometric_rows(xp, pair_m[part], w[pl], capacity[pl], span)
            lost += _tally(xp, pl, weight[pl] * pair_binds[part] * tail, lanes)
            mass = pair_binds[part][:, None] * hyp
            keep = mass > 0.0
            engaged += _tally(
                xp,
                xp.where(keep, pl[:, None] * ewidth + he, lanes * ewidth),
                xp.where(keep, mass, 0.0),
                lanes * ewidth + 1,
            )
    return capacity.astype(xp.float64) * binds.sum(axis=1)


def _weighted_chunks(xp: Any, population, successes, draws, mass, cut: float):
    """Chunks of the binding rows, each with its window width, the rows sorted by the width their weight needs.

    A row of weight μ keeps the cells whose probability times μ reaches the cut:
    about z = √(2 ln(μ·peak/cut)) standard deviations either side of the mode
    for a bell-shaped row (peak ≈ 1/(2.5σ)). Its window spans 1.25·z·σ + 12 cells
    each side (the margin covers skewed rows), clipped to the support and never
    wider than :func:`hypergeometric_span`'s. The mass beyond is bounded and
    reported as neglected, as for any window.
    """
    low, high, sd = _hypergeometric_support(xp, population, successes, draws)
    peak = xp.minimum(1.0, 1.0 / xp.maximum(2.5 * sd, 1e-300))
    z = xp.sqrt(2.0 * xp.maximum(xp.log(xp.maximum(mass * peak / cut, 1.0)), 0.0))
    half = xp.minimum(xp.ceil(1.25 * z * sd + 12.0), xp.ceil(SPREAD * sd + MARGIN)).astype(xp.int64)
    widths = xp.minimum(2 * half + 1, high - low + 1)
    order = xp.argsort(widths)
    bucket = np.asarray(_host(xp, (widths[order] + 15) // 16 * 16))
    budget = _budget(xp)
    edges = np.flatnonzero(np.diff(bucket)) + 1
    for begin, stop in zip(np.concatenate(([0], edges)), np.concatenate((edges, [bucket.size]))):
        span = int(bucket[stop - 1])
        step = max(1, budget // span)
        for at in range(int(begin), int(stop), step):
            yield order[at : min(int(stop), at + step)], span


def _kill_step(xp: Any, lane_request, w, mass, survive, width: int):
    """leak = w − e + Bin(e, ρ): each request's lanes × engaged (``mass``, weighted) times its table of kills, by
    leakers.

    Requests are taken in groups whose stacked lanes and tables fit the memory budget; the
    product is a batched matrix multiplication (FP64 tensor cores on a GPU).
    """
    lanes, ewidth = mass.shape
    requests = int(survive.size)
    out = xp.zeros(requests * width)
    counts = xp.bincount(lane_request, minlength=requests)
    position = xp.arange(lanes, dtype=xp.int64) - (xp.cumsum(counts) - counts)[lane_request]
    deepest = int(counts.max()) if lanes else 0
    group = max(1, _budget(xp) * 8 // max(1, ewidth * (ewidth + deepest)))
    kills = xp.arange(ewidth, dtype=xp.int64)[None, :]
    for begin in range(0, requests, group):
        stop = min(requests, begin + group)
        mine = xp.nonzero((lane_request >= begin) & (lane_request < stop))[0]
        if mine.size == 0:
            continue
        q = lane_request[mine] - begin
        stacked = xp.zeros((stop - begin, deepest, ewidth))
        stacked[q, position[mine]] = mass[mine]
        by_kills = xp.matmul(stacked, _kill_tables(xp, survive[begin:stop], ewidth))
        leak = w[mine][:, None] - kills
        values = by_kills[q, position[mine]]
        keep = (leak >= 0) & (values > 0.0)
        index = xp.where(keep, lane_request[mine][:, None] * width + leak, 0)
        out += _tally(xp, index, xp.where(keep, values, 0.0), requests * width)
    return out


def _kill_tables(xp: Any, survive, size: int):
    """Per request, table[e, k] = P(k of e engaged warheads killed) = Bin(e − k; e, ρ), for e, k < size."""
    count = int(survive.size)
    e = xp.tile(xp.arange(size, dtype=xp.int64), count)
    rows, s, _ = binomial_rows(xp, e, xp.repeat(survive, size))
    kills = e[:, None] - s
    keep = (kills >= 0) & (rows > 0.0)
    row = xp.arange(count * size, dtype=xp.int64)[:, None]
    index = xp.where(keep, row * size + kills, count * size * size)
    flat = _tally(xp, index, xp.where(keep, rows, 0.0), count * size * size + 1)
    return flat[:-1].reshape(count, size, size)


def pass_through_layer(xp: Any, pmfs, layers: Sequence[DefenceLayer], decoys: Sequence[int], cut: float = NEGLIGIBLE):
    """One salvo layer per request: the leaker pmfs, expected interceptors fired and neglected mass.

    Parameters
    ----------
    xp : module
    pmfs : array, shape (requests, width)
        Warheads arriving at each request's layer (rows padded with zeros).
    layers : sequence of DefenceLayer
        One per request, salvo doctrine.
    decoys : sequence of int
        Credible decoys per warhead, one per request.

    Returns
    -------
    (pmfs, used, neglected) as :func:`armscontrol.stability.engagement.pass_through_layer` gives for each request.
    """
    requests, width = pmfs.shape
    live = pmfs > cut
    lane_request, w = xp.nonzero(live)
    weight = pmfs[lane_request, w]
    total = _tally(xp, lane_request, weight, requests)
    dropped = pmfs.sum(axis=1) - total
    host = [_layer_numbers(layer, d) for layer, d in zip(layers, decoys)]
    capacity, shots, tracking, fake, undiscriminated, survive, reliability, idle = (
        xp.asarray(np.array(column, dtype=np.int64 if i in (0, 1, 3) else np.float64))
        for i, column in enumerate(zip(*host))
    )
    idle = idle > 0.5
    lane_idle = idle[lane_request]
    r = reliability[lane_request]
    out = xp.zeros(requests * width)
    # a layer that fails or cannot engage lets every warhead through
    passing = xp.where(lane_idle, 1.0, 1.0 - r) * weight
    out += _tally(xp, lane_request * width + w, passing, requests * width)
    out = out.reshape(requests, width)
    used = xp.zeros(requests)
    neglected = dropped
    work = xp.nonzero(~lane_idle & (r > 0.0))[0]
    if work.size:
        # ample inventory (w_max·(1 + d) ≤ C, as the compiled path decides it): leak = w − Bin(w, t·(1 − ρ))
        q_host, w_host = np.asarray(_host(xp, lane_request[work])), np.asarray(_host(xp, w[work]))
        top = np.zeros(requests, dtype=np.int64)
        np.maximum.at(top, q_host, w_host)
        ample = np.array([top[i] * (1 + numbers[3]) <= numbers[0] for i, numbers in enumerate(host)])
        easy = xp.asarray(ample[q_host])
        reliable, objects, lost = xp.zeros((requests, width)), xp.zeros(requests), xp.zeros(requests)
        if bool(easy.any()):
            lanes = work[easy]
            q = lane_request[lanes]
            reliable, objects, lost = _ample(
                xp, q, w[lanes], weight[lanes], tracking[q], fake[q], undiscriminated[q], survive[q], requests, width
            )
        if not bool(easy.all()):
            hard = work[~easy]
            hard_q, hard_w = q_host[~ample[q_host]], w_host[~ample[q_host]]
            # lanes in groups whose rows fit the memory budget (every lane's rows are independent; the sums are linear)
            q = lane_request[hard]
            span = max(
                binomial_span(xp, fake[q] * w[hard], undiscriminated[q]), binomial_span(xp, w[hard], tracking[q])
            )
            step = max(1, 4 * _budget(xp) // span)
            for begin in range(0, int(hard.size), step):
                lanes = hard[begin : begin + step]
                q = lane_request[lanes]
                sf, sf_start = _binding_tables(xp, host, hard_q[begin : begin + step], hard_w[begin : begin + step])
                more, more_objects, more_lost = working_salvo(
                    xp,
                    q,
                    w[lanes],
                    weight[lanes],
                    capacity[q],
                    tracking[q],
                    fake[q],
                    undiscriminated[q],
                    survive[q],
                    sf,
                    sf_start,
                    requests,
                    width,
                    cut,
                )
                reliable, objects, lost = reliable + more, objects + more_objects, lost + more_lost
        out += reliability[:, None] * reliable
        safe_total = xp.where(total > 0.0, total, 1.0)
        used = xp.where(idle, 0.0, reliability * shots.astype(xp.float64) * objects / safe_total)
        neglected = neglected + reliability * lost
    return out, used, neglected


def _ample(xp: Any, lane_request, w, weight, tracking, decoys, undiscriminated, survive, requests: int, width: int):
    """Every tracked object engaged and each warhead killed independently: leak = w − Bin(w, t·(1 − ρ)).

    Returns (out, expected objects t·w·(1 + d·(1 − δ)) summed with the weights, neglected) per request.
    """
    kills, k, tail = binomial_rows(xp, w, tracking * (1.0 - survive))
    leak = w[:, None] - k
    values = weight[:, None] * kills
    keep = (leak >= 0) & (values > 0.0)
    index = xp.where(keep, lane_request[:, None] * width + leak, 0)
    out = _tally(xp, index, xp.where(keep, values, 0.0), requests * width).reshape(requests, width)
    objects = weight * tracking * w * (1.0 + decoys * undiscriminated)
    return out, _tally(xp, lane_request, objects, requests), _tally(xp, lane_request, weight * tail, requests)


def _layer_numbers(layer: DefenceLayer, decoys: int) -> tuple:
    """(C, s, t, d, 1 − δ or 0, ρ, reliability, idle) of a salvo layer, as the CPU path computes them."""
    idle = layer.interceptors < layer.shots or layer.tracking <= 0.0 or layer.reliability <= 0.0
    undiscriminated = 1.0 - layer.discrimination if decoys > 0 else 0.0
    return (
        layer.interceptors // layer.shots,
        layer.shots,
        layer.tracking,
        decoys,
        undiscriminated,
        (1.0 - layer.sspk) ** layer.shots,
        layer.reliability,
        float(idle),
    )


def _host(xp: Any, a):
    return a.get() if hasattr(a, "get") else a


def _binding_tables(xp: Any, host: list[tuple], lane_request: np.ndarray, w: np.ndarray):
    """P(Bin(m, t) > C) for m = C + 1 … w_max·(1 + d) of every request, flat, and each lane's start in it."""
    top = np.zeros(len(host), dtype=np.int64)
    np.maximum.at(top, lane_request, w)
    tables, starts, at = [], np.zeros(len(host), dtype=np.int64), 0
    for i, (capacity, _, tracking, decoys, *_rest) in enumerate(host):
        high = int(top[i]) * (1 + decoys)
        table = (
            tracked_beyond(capacity, np.arange(capacity + 1, max(capacity + 1, high) + 1), tracking)
            if high > capacity
            else np.zeros(0)
        )
        starts[i] = at
        at += table.size
        tables.append(table)
    flat = np.concatenate(tables) if at else np.zeros(1)
    return xp.asarray(flat), xp.asarray(starts[lane_request])


def pass_through_layers(
    xp: Any,
    pmfs: Sequence[np.ndarray],
    layers: Sequence[Sequence[DefenceLayer]],
    decoys: Sequence[int],
    cut: float = NEGLIGIBLE,
) -> list[tuple[np.ndarray, list[float], float]]:
    """Many passes through layered salvo defences at once, outer layer first; results on the host.

    Each request i passes ``pmfs[i]`` through ``layers[i]`` with ``decoys[i]``
    decoys per warhead; the result is what
    :func:`armscontrol.stability.engagement.pass_through_layers` returns for it
    (leaker pmf of the same length, interceptors used per layer, neglected
    mass), within 1e-12.
    """
    if xp is np:
        with np.errstate(over="ignore"):  # ratios past the end of a support that the scans never use
            return _pass_through_layers(xp, pmfs, layers, decoys, cut)
    return _pass_through_layers(xp, pmfs, layers, decoys, cut)


def _pass_through_layers(xp: Any, pmfs, layers, decoys, cut: float) -> list[tuple[np.ndarray, list[float], float]]:
    count = len(pmfs)
    if count == 0:
        return []
    width = max(len(p) for p in pmfs)
    dense = np.zeros((count, width))
    for i, p in enumerate(pmfs):
        dense[i, : len(p)] = p
    current = xp.asarray(dense)
    used: list[list[float]] = [[] for _ in range(count)]
    neglected = xp.zeros(count)
    depth = max((len(x) for x in layers), default=0)
    for level in range(depth):
        active = [i for i in range(count) if len(layers[i]) > level]
        index = xp.asarray(np.array(active, dtype=np.int64))
        out, layer_used, lost = pass_through_layer(
            xp, current[index], [layers[i][level] for i in active], [decoys[i] for i in active], cut
        )
        current[index] = out
        neglected[index] += lost
        for i, u in zip(active, _host(xp, layer_used).tolist()):
            used[i].append(float(u))
    final, lost = _host(xp, current), _host(xp, neglected)
    return [(final[i, : len(pmfs[i])].copy(), used[i], float(lost[i])) for i in range(count)]
