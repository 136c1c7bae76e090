"""The binding rows of a salvo layer as one fused CUDA kernel (numba.cuda): one thread per (w, D′) row.

The array formulation (:mod:`armscontrol.stability.device_layers`) fills every
hypergeometric row Hyp(e; w + D′, w, C) over a fixed window with a scan and
keeps the cells in memory; on a GPU that is bound by memory traffic. Here each
thread walks its row outward from the mode by the exact ratio of consecutive
terms, as the compiled CPU kernel does (``hyper_row`` in
:mod:`armscontrol.stability.kernels`), stops where a term times the row's
weight falls below the cut, then walks it again adding the renormalised terms,
times the row's binding weight, into its lane's engaged row (atomic adds). The
mass beyond the cut is bounded by the geometric tail and added to the lane's
neglected mass. Nothing but the engaged rows is written to memory.

Used by the GPU backend where numba's CUDA target finds a device; the array
formulation is used otherwise. With ``NUMBA_ENABLE_CUDASIM=1`` numba runs the
kernel on the CPU in its simulator, which is how the tests check it where no
GPU is present (tests/stability/test_device.py). numba's CUDA target is
imported only when this module is.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numba import cuda

THREADS = 128
"""Threads per block."""


@cuda.jit
def _binding_rows(population, successes, draws, binds, weight, lane, lf, ewidth, cut, engaged, lost):
    i = cuda.grid(1)
    if i >= population.size:
        return
    m = population[i]
    w = successes[i]
    c = draws[i]
    failures = m - w
    low = max(0, c - failures)
    high = min(c, w)
    mode = ((c + 1) * (w + 1)) // (m + 2)
    mode = min(max(mode, low), high)
    scale = weight[i] * binds[i]
    log_mode = (
        lf[w]
        - lf[mode]
        - lf[w - mode]
        + lf[failures]
        - lf[c - mode]
        - lf[failures - c + mode]
        - lf[m]
        + lf[c]
        + lf[m - c]
    )
    limit = cut / (scale * math.exp(log_mode)) if scale > 0.0 else math.inf
    # first walk: the extent of the row and its total (the mode counts 1)
    total = 1.0
    tail = 0.0
    h = 1.0
    e = mode
    while e > low:
        r = e * (failures - c + e) / ((w - e + 1.0) * (c - e + 1.0))
        nxt = h * r
        if nxt < limit:
            tail += nxt / (1.0 - r) if r < 1.0 else nxt * (e - low)
            break
        e -= 1
        h = nxt
        total += h
    lo = e
    h = 1.0
    e = mode
    while e < high:
        r = (w - e) * (c - e) / ((e + 1.0) * (failures - c + e + 1.0))
        nxt = h * r
        if nxt < limit:
            tail += nxt / (1.0 - r) if r < 1.0 else nxt * (high - e)
            break
        e += 1
        h = nxt
        total += h
    hi = e
    # second walk: the renormalised terms times the binding weight into the lane's engaged row
    base = lane[i] * ewidth
    factor = binds[i] / total
    cuda.atomic.add(engaged, base + mode, factor)
    h = 1.0
    e = mode
    while e > lo:
        h *= e * (failures - c + e) / ((w - e + 1.0) * (c - e + 1.0))
        e -= 1
        cuda.atomic.add(engaged, base + e, factor * h)
    h = 1.0
    e = mode
    while e < hi:
        h *= (w - e) * (c - e) / ((e + 1.0) * (failures - c + e + 1.0))
        e += 1
        cuda.atomic.add(engaged, base + e, factor * h)
    if tail > 0.0:
        cuda.atomic.add(lost, lane[i], scale * tail / (total + tail))


def available() -> bool:
    """Whether numba's CUDA target can run the kernel here (a device, or the simulator)."""
    try:
        return bool(cuda.is_available())
    except Exception:  # noqa: BLE001 - a driver that will not load
        return False


def binding_rows(
    xp: Any, population, successes, draws, binds, weight, lane, lf, ewidth: int, cut: float, engaged, lost
) -> None:
    """Add binds·Hyp(e; population, successes, draws) into ``engaged[lane·ewidth + e]`` for every row, and the mass
    cut into ``lost[lane]``.

    Arrays of ``xp`` (CuPy on a device, NumPy under the simulator): int64
    population, successes, draws and lane; float64 binds and weight (the
    lane's probability); ``lf`` log-factorials up to max(population);
    ``engaged`` and ``lost`` float64, updated in place.
    """
    rows = int(population.size)
    if rows == 0:
        return
    ints = [xp.ascontiguousarray(a, dtype=xp.int64) for a in (population, successes, draws)]
    floats = [xp.ascontiguousarray(a, dtype=xp.float64) for a in (binds, weight)]
    blocks = (rows + THREADS - 1) // THREADS
    _binding_rows[blocks, THREADS](
        *ints,
        *floats,
        xp.ascontiguousarray(lane, dtype=xp.int64),
        xp.ascontiguousarray(lf),
        np.int64(ewidth),
        np.float64(cut),
        engaged,
        lost,
    )
