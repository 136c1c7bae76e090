"""The compiled kernels as they were before the loops over 0-based slices, kept as the reference.

:mod:`armscontrol.stability.kernels` must give bit-identical leaker
distributions (tests/stability/test_kernels.py) and the benchmarks time the
two side by side (benchmarks/bench_kernels.py). Nothing else should call it.
"""

from __future__ import annotations

import math

import numpy as np

from armscontrol.stability.kernels import binomial_beyond  # noqa: F401 (the binding probability, as today)
from armscontrol.stability.kernels import compiled as njit


@njit
def binom_row(n, p, lf, scale, cut, buf):
    """Fill ``buf[lo:hi+1]`` with Bin(n, p) (renormalised); return (lo, hi, tail) with tail relative."""
    if n <= 0 or p <= 0.0:
        buf[0] = 1.0
        return 0, 0, 0.0
    if p >= 1.0:
        buf[n] = 1.0
        return n, n, 0.0
    mode = int((n + 1) * p)
    if mode > n:
        mode = n
    log_mode = lf[n] - lf[mode] - lf[n - mode] + mode * math.log(p) + (n - mode) * math.log1p(-p)
    limit = cut / (scale * math.exp(log_mode)) if scale > 0 else math.inf
    odds = p / (1.0 - p)
    buf[mode] = 1.0
    total = 1.0
    tail = 0.0
    h = 1.0
    k = mode
    while k > 0:
        r = k / ((n - k + 1) * odds)
        nxt = h * r
        if nxt < limit:
            tail += nxt / (1.0 - r) if r < 1.0 else nxt * k
            break
        k -= 1
        h = nxt
        buf[k] = h
        total += h
    lo = k
    h = 1.0
    k = mode
    while k < n:
        r = (n - k) * odds / (k + 1)
        nxt = h * r
        if nxt < limit:
            tail += nxt / (1.0 - r) if r < 1.0 else nxt * (n - k)
            break
        k += 1
        h = nxt
        buf[k] = h
        total += h
    hi = k
    inv = 1.0 / total
    for j in range(lo, hi + 1):
        buf[j] *= inv
    # the fraction of the whole row beyond the cut is at most tail / (total + tail)
    return lo, hi, tail / (total + tail)


@njit
def hyper_row(population, successes, draws, lf, scale, cut, buf):
    """Fill ``buf[lo:hi+1]`` with Hypergeometric(population, successes, draws); return (lo, hi, tail)."""
    failures = population - successes
    low = max(0, draws - failures)
    high = min(draws, successes)
    if low >= high:
        buf[low] = 1.0
        return low, low, 0.0
    mode = int((draws + 1) * (successes + 1) / (population + 2))
    mode = min(max(mode, low), high)
    log_mode = (
        lf[successes]
        - lf[mode]
        - lf[successes - mode]
        + lf[failures]
        - lf[draws - mode]
        - lf[failures - draws + mode]
        - lf[population]
        + lf[draws]
        + lf[population - draws]
    )
    limit = cut / (scale * math.exp(log_mode)) if scale > 0 else math.inf
    buf[mode] = 1.0
    total = 1.0
    tail = 0.0
    h = 1.0
    e = mode
    while e > low:
        r = e * (failures - draws + e) / ((successes - e + 1.0) * (draws - e + 1.0))
        nxt = h * r
        if nxt < limit:
            tail += nxt / (1.0 - r) if r < 1.0 else nxt * (e - low)
            break
        e -= 1
        h = nxt
        buf[e] = h
        total += h
    lo = e
    h = 1.0
    e = mode
    while e < high:
        r = (successes - e) * (draws - e) / ((e + 1.0) * (failures - draws + e + 1.0))
        nxt = h * r
        if nxt < limit:
            tail += nxt / (1.0 - r) if r < 1.0 else nxt * (high - e)
            break
        e += 1
        h = nxt
        buf[e] = h
        total += h
    hi = e
    inv = 1.0 / total
    for j in range(lo, hi + 1):
        buf[j] *= inv
    # the fraction of the whole row beyond the cut is at most tail / (total + tail)
    return lo, hi, tail / (total + tail)


@njit
def thin(ws, weights, p, lf, cut, out):
    """out[v] += Σ_i weights[i]·Bin(v; ws[i], p); returns the mass neglected."""
    buf = np.empty(out.size + 1)
    neglected = 0.0
    for i in range(ws.size):
        weight = weights[i]
        if weight <= 0.0:
            continue
        lo, hi, tail = binom_row(ws[i], p, lf, weight, cut, buf)
        neglected += weight * tail
        for v in range(lo, hi + 1):
            out[v] += weight * buf[v]
    return neglected


@njit
def ample_layer(ws, weights, rows, kill, lf, cut, out):
    """Every tracked object engaged: leak = w − Bin(w, t·(1 − ρ)); out[row, leak] += weight·P."""
    width = out.shape[1]
    buf = np.empty(width + 1)
    neglected = 0.0
    for i in range(ws.size):
        w = ws[i]
        weight = weights[i]
        if weight <= 0.0:
            continue
        lo, hi, tail = binom_row(w, kill, lf, weight, cut, buf)
        neglected += weight * tail
        row = rows[i]
        for k in range(lo, hi + 1):
            out[row, w - k] += weight * buf[k]
    return neglected


@njit
def binomial_table(top, p, lf, cut):
    """Rows Bin(·; e, p) for e = 0..top as (flat values, start of each row's values, lo, hi)."""
    buf = np.empty(top + 2)
    lows = np.empty(top + 1, dtype=np.int64)
    highs = np.empty(top + 1, dtype=np.int64)
    total = 0
    for e in range(top + 1):
        lo, hi, _ = binom_row(e, p, lf, 1.0, cut, buf)
        lows[e] = lo
        highs[e] = hi
        total += hi - lo + 1
    flat = np.empty(total)
    starts = np.empty(top + 1, dtype=np.int64)
    at = 0
    for e in range(top + 1):
        lo, hi, _ = binom_row(e, p, lf, 1.0, cut, buf)
        starts[e] = at
        for j in range(lo, hi + 1):
            flat[at] = buf[j]
            at += 1
    return flat, starts, lows, highs


@njit
def salvo_layer(ws, weights, rows, capacity, tracking, decoys, undiscriminated, survive, sf, sf_low, lf, cut, out):
    """One salvo layer that works, for each arriving count ``ws[i]`` of weight ``weights[i]``.

    Adds weight·P(leak | w) to ``out[rows[i], :]`` and returns (expected engaged
    objects summed with the weights, neglected mass).

    With C = capacity, N the tracked objects, T the tracked real warheads and X
    the tracked decoys (T ~ Bin(w, t), X ~ Bin(w·d, t·(1 − δ)), independent):

    * C does not bind (N ≤ C): the engaged real warheads are T, so
      P(E = e, N ≤ C) = Bin(e; w, t)·F_X(C − e);
    * C binds (N > C): given the undiscriminated decoys D′ ~ Bin(w·d, 1 − δ),
      the C engaged are a uniform C-subset of the w + D′ candidates, so
      P(E = e, N > C) = Σ_D′ Bin(D′)·P(Bin(w + D′, t) > C)·Hyp(e; w + D′, w, C).
      The hypergeometric row of m + 1 candidates follows from that of m by the
      exact ratio Hyp(e; m+1)/Hyp(e; m) = (m+1−w)(m+1−C)/((m+1−w−C+e)(m+1)).

    ``sf[m - sf_low]`` holds P(Bin(m, t) > C). The kill step: of E engaged,
    Bin(E, ρ) survive (ρ = survive, rows tabulated once), so leak = w − E + Bin(E, ρ).
    """
    width = out.shape[1]
    size = width * (decoys + 1) + 2
    buf_a = np.empty(size)
    buf_b = np.empty(size)
    hyper = np.empty(size)
    cdf = np.empty(size)
    part = np.empty(size)
    top_all = min(capacity, width)
    engaged = np.zeros(top_all + 2)
    kill_flat, kill_start, kill_lo, kill_hi = binomial_table(top_all, survive, lf, cut * 1e-3)
    # 1/j for the ratio update of the hypergeometric rows: a multiplication vectorises, a division does not
    reciprocal = np.empty(size)
    reciprocal[0] = 0.0
    for j in range(1, size):
        reciprocal[j] = 1.0 / j
    neglected = 0.0
    objects = 0.0
    for i in range(ws.size):
        w = ws[i]
        weight = weights[i]
        if weight <= 0.0:
            continue
        row = rows[i]
        top = min(w, capacity)
        for e in range(top + 1):
            engaged[e] = 0.0
        fake = w * decoys
        expected_objects = 0.0
        # capacity does not bind: every tracked object engaged
        lo_e, hi_e, tail = binom_row(w, tracking, lf, weight, cut, buf_a)
        neglected += weight * tail
        have_decoys = fake > 0 and undiscriminated > 0.0 and tracking > 0.0
        lo_x, hi_x = 0, 0
        if have_decoys:
            lo_x, hi_x, tail = binom_row(fake, undiscriminated * tracking, lf, weight, cut, buf_b)
            neglected += weight * tail
            running = 0.0
            moment = 0.0
            for x in range(lo_x, hi_x + 1):
                running += buf_b[x]
                moment += x * buf_b[x]
                cdf[x] = running
                part[x] = moment
        for e in range(lo_e, min(hi_e, capacity) + 1):
            x = capacity - e
            if not have_decoys:
                below, mean_below = 1.0, 0.0
            elif x < lo_x:
                continue
            elif x >= hi_x:
                below, mean_below = cdf[hi_x], part[hi_x]
            else:
                below, mean_below = cdf[x], part[x]
            engaged[e] += buf_a[e] * below
            expected_objects += buf_a[e] * (e * below + mean_below)
        # capacity binds: a uniform C-subset of the candidates is engaged
        if fake > 0 and undiscriminated > 0.0:
            lo_d, hi_d, tail = binom_row(fake, undiscriminated, lf, weight, cut, buf_b)
            neglected += weight * tail
        else:
            lo_d, hi_d = 0, 0
            buf_b[0] = 1.0
        first = max(lo_d, capacity + 1 - w)
        if first <= hi_d:
            m = w + first
            lo, hi, tail = hyper_row(m, w, capacity, lf, weight, cut, hyper)
            for d in range(first, hi_d + 1):
                if d > first:
                    # advance the row from m - 1 to m candidates (exact ratio)
                    m = w + d
                    scale = (m - w) * (m - capacity) / m
                    shift = m - w - capacity
                    for e in range(lo, hi + 1):
                        hyper[e] *= scale * reciprocal[shift + e]
                binds = buf_b[d] * sf[m - sf_low]
                if weight * binds <= cut:
                    neglected += weight * binds
                    continue
                # the window follows this row's weight: terms below cut / (weight · binds) are left out
                limit = cut / (weight * binds)
                low_support = max(0, capacity - (m - w))
                mode = min(max(int((capacity + 1) * (w + 1) / (m + 2)), low_support), top)
                while lo > low_support:
                    e = lo
                    r = e * (m - w - capacity + e) / ((w - e + 1.0) * (capacity - e + 1.0))
                    if e <= mode and hyper[e] * r < limit:
                        break
                    hyper[e - 1] = hyper[e] * r
                    lo -= 1
                while hi < top:
                    e = hi
                    r = (w - e) * (capacity - e) / ((e + 1.0) * (m - w - capacity + e + 1.0))
                    if e >= mode and hyper[e] * r < limit:
                        break
                    hyper[e + 1] = hyper[e] * r
                    hi += 1
                # never past the mode: the window always holds the row's largest terms
                while hi > mode and hyper[hi] < limit:
                    hi -= 1
                while lo < mode and hyper[lo] < limit:
                    lo += 1
                expected_objects += binds * capacity
                kept = 0.0
                for e in range(lo, hi + 1):
                    kept += hyper[e]
                    engaged[e] += binds * hyper[e]
                if kept < 1.0:
                    neglected += weight * binds * (1.0 - kept)
        objects += weight * expected_objects
        # kill step on the merged (w, e) rows
        for e in range(top + 1):
            mass = weight * engaged[e]
            if mass <= cut:
                neglected += mass
                continue
            base = w - e
            start = kill_start[e] - kill_lo[e]
            for s in range(kill_lo[e], kill_hi[e] + 1):
                out[row, base + s] += mass * kill_flat[start + s]
    return objects, neglected


@njit
def shoot_look_shoot_real(
    ws, weights, rows, interceptors, first, second, tracking, survive_first, survive_second, lf, cut, out
):
    """Shoot-look-shoot when every engaged object is a real warhead (no undismissed decoys).

    For each arriving count w: k = min(T, C₁) engaged, T ~ Bin(w, t), C₁ = ⌊I/s₁⌋;
    m₂ = ⌊(I − s₁k)/s₂⌋. If m₂ ≥ k every survivor is re-engaged and
    leak = w − k + Bin(k, ρ₁ρ₂). Otherwise S ~ Bin(k, ρ₁) survive the first salvo;
    for S ≤ m₂, leak = w − k + Bin(S, ρ₂); for S > m₂, m₂ of them are re-engaged
    and leak = w − k + (S − m₂) + Bin(m₂, ρ₂).

    Returns (expected interceptors fired summed with the weights, neglected mass).
    """
    width = out.shape[1]
    capacity = interceptors // first
    top_all = min(capacity, width)
    both_flat, both_start, both_lo, both_hi = binomial_table(top_all, survive_first * survive_second, lf, cut * 1e-3)
    second_flat, second_start, second_lo, second_hi = binomial_table(top_all, survive_second, lf, cut * 1e-3)
    buf_t = np.empty(width + 2)
    buf_s = np.empty(width + 2)
    engaged = np.zeros(top_all + 2)
    neglected = 0.0
    fired = 0.0
    for i in range(ws.size):
        w = ws[i]
        weight = weights[i]
        if weight <= 0.0:
            continue
        row = rows[i]
        top = min(w, capacity)
        for k in range(top + 1):
            engaged[k] = 0.0
        lo_t, hi_t, tail = binom_row(w, tracking, lf, weight, cut, buf_t)
        neglected += weight * tail
        for t in range(lo_t, hi_t + 1):
            engaged[min(t, capacity)] += buf_t[t]
        for k in range(top + 1):
            mass = weight * engaged[k]
            if mass <= cut:
                neglected += mass
                continue
            spare = (interceptors - first * k) // second
            if spare >= k:
                fired += mass * (first * k + second * k * survive_first)
                start = both_start[k] - both_lo[k]
                for s in range(both_lo[k], both_hi[k] + 1):
                    out[row, w - k + s] += mass * both_flat[start + s]
                continue
            lo_s, hi_s, tail = binom_row(k, survive_first, lf, mass, cut, buf_s)
            neglected += mass * tail
            for survivors in range(lo_s, hi_s + 1):
                part = mass * buf_s[survivors]
                if part <= cut:
                    neglected += part
                    continue
                if survivors <= spare:
                    fired += part * (first * k + second * survivors)
                    base, count = w - k, survivors
                else:
                    fired += part * (first * k + second * spare)
                    base, count = w - k + survivors - spare, spare
                start = second_start[count] - second_lo[count]
                for s in range(second_lo[count], second_hi[count] + 1):
                    out[row, base + s] += part * second_flat[start + s]
    return fired, neglected
