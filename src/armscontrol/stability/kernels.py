"""Compiled inner loops of the engagement: pmf rows by ratio recurrence, and the salvo layer.

Every pmf row (binomial, hypergeometric) starts at its mode from log-factorials
and extends both ways by the exact ratio of consecutive terms,

.. math::

    \\frac{b(k+1)}{b(k)} = \\frac{(n-k)\\,p}{(k+1)(1-p)}, \\qquad
    \\frac{h(e+1)}{h(e)} = \\frac{(K-e)(n-e)}{(e+1)(N-K-n+e+1)},

and stops where a term times the weight of the row falls below ``cut`` (an
absolute probability, 1e-21 by default): rows of small weight are cut short,
heavy rows run wide. The row is then renormalised (removing the ~1e-13
relative round-off of the log-factorial start) and the mass beyond the cut is
bounded by the geometric tail ``b·r/(1 − r)`` (the ratios of a log-concave pmf
decrease away from its mode) and returned as neglected, as a fraction of the
whole row (at most 1, for rows cut at their mode).

The salvo layer (:func:`salvo_layer`) is the exact reformulation of the
random engagement in docs/stability.md ("Fast path"): split on whether the
capacity C = ⌊I/s⌋ binds, merge to (w, e) before the kill step.

Every hot loop runs over 0-based slices (``row = a[lo:hi + 1]; for j in
range(row.size)``): numba then knows no index is negative, drops the
wrap-around test from each access and vectorises the loop. Each element gets
the same operations in the same order as in the plain loop, so the results
are bit-identical (the plain-loop kernels are kept in
:mod:`armscontrol.stability.reference.kernels` and tested against these).

Machine code is cached on disk where numba finds a writable place (beside
the source, or the user's cache directory, or ``NUMBA_CACHE_DIR``). Where
none is writable (a read-only install run by a user without a writable
home), the kernels are compiled in memory for the run, with a one-line notice
on standard error, instead of failing.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable

import numpy as np
from numba import njit

from armscontrol.stability.distributions import NEGLIGIBLE, log_factorials


class _NoScipyBlas:
    """An import hook that makes ``scipy.linalg`` unavailable (see :func:`_load_numba_without_blas_check`)."""

    def find_spec(self, name, path=None, target=None):
        if name == "scipy.linalg" or name.startswith("scipy.linalg."):
            raise ImportError("not needed by the engagement kernels")
        return None


def _load_numba_without_blas_check() -> None:
    """Load numba's array typing without its BLAS check.

    numba's first compiled call imports ``numba.np.arraymath``, which checks for
    BLAS by importing ``scipy.linalg`` (and with it ``numpy.f2py``): about a
    quarter of a second and a few hundred modules that every command paid. No
    kernel here calls BLAS; without it numba only falls back to its own loop
    for ``np.convolve``/``np.correlate`` in compiled code. Where the module is
    already loaded, nothing changes.
    """
    if "numba.np.arraymath" in sys.modules or "scipy.linalg" in sys.modules:
        return
    blocker = _NoScipyBlas()
    sys.meta_path.insert(0, blocker)
    try:
        # on first use: heavy (numba's array functions, loaded with BLAS checks blocked)
        import numba.np.arraymath  # noqa: F401
    finally:
        sys.meta_path.remove(blocker)


_load_numba_without_blas_check()

# Reassociation lets sums and axpy loops vectorise; no assumption about NaN or infinity is made.
_FAST = {"reassoc", "contract", "arcp"}

_on_disk = True


def compiled(fn: Callable | None = None, *, fastmath: set[str] | bool = _FAST) -> Callable:
    """Compile ``fn`` with numba (nogil, ``fastmath``), cached on disk when a cache directory is writable.

    Numba looks for a writable cache directory when a function is decorated and
    raises ``RuntimeError`` if there is none; the function is then compiled in
    memory for this process and a one-line notice says so (once).
    """
    if fn is None:
        return lambda f: compiled(f, fastmath=fastmath)
    global _on_disk
    if _on_disk:
        try:
            return njit(cache=True, nogil=True, fastmath=fastmath)(fn)
        except RuntimeError as error:
            if "no locator available" not in str(error):
                raise
            _on_disk = False
            print(
                "armscontrol: no writable cache directory for the compiled kernels "
                "(set NUMBA_CACHE_DIR to one); compiling them in memory for this run",
                file=sys.stderr,
            )
    return njit(cache=False, nogil=True, fastmath=fastmath)(fn)


@compiled
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


@compiled
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


@compiled
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
        target = out[lo : hi + 1]
        row = buf[lo : hi + 1]
        for j in range(row.size):
            target[j] += weight * row[j]
    return neglected


@compiled
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


@compiled
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


@compiled
def _axpy(a, source, start, count, target, at):
    """target[at:at + count] += a · source[start:start + count], over 0-based slices."""
    x = source[start : start + count]
    y = target[at : at + count]
    for j in range(count):
        y[j] += a * x[j]


@compiled
def _salvo_workspace(capacity, width, decoys, survive, lf, cut):
    """Buffers and tables of :func:`salvo_layer` for rows of ``width`` leak counts."""
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
    return buf_a, buf_b, hyper, cdf, part, engaged, kill_flat, kill_start, kill_lo, kill_hi, reciprocal


@compiled
def _salvo_one(
    w,
    weight,
    out_row,
    capacity,
    tracking,
    decoys,
    undiscriminated,
    sf,
    sf_low,
    lf,
    cut,
    buf_a,
    buf_b,
    hyper,
    cdf,
    part,
    engaged,
    kill_flat,
    kill_start,
    kill_lo,
    kill_hi,
    reciprocal,
):
    """Add weight·P(leak | w) to ``out_row``; return (expected engaged objects, neglected mass) (see
    :func:`salvo_layer`)."""
    neglected = 0.0
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
        ahead = False  # the row of this d already stepped by the previous d's pass
        for d in range(first, hi_d + 1):
            if d > first:
                m = w + d
                if not ahead:
                    # advance the row from m - 1 to m candidates (exact ratio)
                    scale = (m - w) * (m - capacity) / m
                    shift = m - w - capacity
                    terms = hyper[lo : hi + 1]
                    ratios = reciprocal[shift + lo : shift + hi + 1]
                    for j in range(terms.size):
                        terms[j] *= scale * ratios[j]
            ahead = False
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
            terms = hyper[lo : hi + 1]
            target = engaged[lo : hi + 1]
            if d < hi_d:
                # one pass: add the row, sum it and step it to the next d's row (the same operations per cell as
                # the separate loops, so the same results)
                following = m + 1
                scale = (following - w) * (following - capacity) / following
                shift = following - w - capacity
                ratios = reciprocal[shift + lo : shift + hi + 1]
                for j in range(terms.size):
                    term = terms[j]
                    kept += term
                    target[j] += binds * term
                    terms[j] = term * (scale * ratios[j])
                ahead = True
            else:
                for j in range(terms.size):
                    kept += terms[j]
                    target[j] += binds * terms[j]
            if kept < 1.0:
                neglected += weight * binds * (1.0 - kept)
    # kill step on the merged (w, e) rows
    for e in range(top + 1):
        mass = weight * engaged[e]
        if mass <= cut:
            neglected += mass
            continue
        _axpy(mass, kill_flat, kill_start[e], kill_hi[e] - kill_lo[e] + 1, out_row, w - e + kill_lo[e])
    return expected_objects, neglected


@compiled
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
    buf_a, buf_b, hyper, cdf, part, engaged, kill_flat, kill_start, kill_lo, kill_hi, reciprocal = _salvo_workspace(
        capacity, out.shape[1], decoys, survive, lf, cut
    )
    neglected = 0.0
    objects = 0.0
    for i in range(ws.size):
        weight = weights[i]
        if weight <= 0.0:
            continue
        expected_objects, lost = _salvo_one(
            ws[i],
            weight,
            out[rows[i]],
            capacity,
            tracking,
            decoys,
            undiscriminated,
            sf,
            sf_low,
            lf,
            cut,
            buf_a,
            buf_b,
            hyper,
            cdf,
            part,
            engaged,
            kill_flat,
            kill_start,
            kill_lo,
            kill_hi,
            reciprocal,
        )
        objects += weight * expected_objects
        neglected += lost
    return objects, neglected


@compiled
def salvo_rows(
    ws, scales, capacity, tracking, decoys, undiscriminated, survive, sf, sf_low, lf, cut, out, objects, neglected
):
    """Rows of :func:`salvo_layer`, each on its own, for a cache of rows.

    ``out[i, :]`` receives scales[i]·P(leak | ws[i]), ``objects[i]`` the
    expected engaged objects and ``neglected[i]`` the mass left out (times
    scales[i]). The row is truncated as :func:`salvo_layer` truncates a row of
    weight ``scales[i]``: at least as wide as the row of any smaller weight, so
    a row reused for any weight up to its scale is as exact as a fresh one.
    """
    buf_a, buf_b, hyper, cdf, part, engaged, kill_flat, kill_start, kill_lo, kill_hi, reciprocal = _salvo_workspace(
        capacity, out.shape[1], decoys, survive, lf, cut
    )
    for i in range(ws.size):
        objects[i], neglected[i] = _salvo_one(
            ws[i],
            scales[i],
            out[i],
            capacity,
            tracking,
            decoys,
            undiscriminated,
            sf,
            sf_low,
            lf,
            cut,
            buf_a,
            buf_b,
            hyper,
            cdf,
            part,
            engaged,
            kill_flat,
            kill_start,
            kill_lo,
            kill_hi,
            reciprocal,
        )


@compiled
def mix_rows(ws, weights, rows, slots, pool, out):
    """out[rows[i], :ws[i] + 1] += weights[i] · pool[slots[i], :ws[i] + 1]: a mixture of cached rows P(leak | w)."""
    for i in range(ws.size):
        count = min(ws[i] + 1, out.shape[1])
        _axpy(weights[i], pool[slots[i]], 0, count, out[rows[i]], 0)


@compiled
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
                _axpy(mass, both_flat, both_start[k], both_hi[k] - both_lo[k] + 1, out[row], w - k + both_lo[k])
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
                _axpy(
                    part,
                    second_flat,
                    second_start[count],
                    second_hi[count] - second_lo[count] + 1,
                    out[row],
                    base + second_lo[count],
                )
    return fired, neglected


@compiled(fastmath=False)
def binomial_beyond(capacity, p, low, high, out):
    """out[m - low] = P(Bin(m, p) > C) for m = low … high (C = ``capacity``, 0 < p < 1, low > C ≥ 0).

    The recurrence in the number of trials, P(Bin(m + 1, p) > C) = P(Bin(m, p) > C)
    + p·Bin(C; m, p), starts from P(Bin(C + 1, p) > C) = p^(C+1) and carries the
    term Bin(C; m, p) by its exact ratio (m + 1)(1 − p)/(m + 1 − C). The term is
    kept as a mantissa times exp(−shift) while it is below the floating-point
    range, and the sum is compensated (Kahan), so every value is within a few
    ulps of the exact one. Compiled without fastmath: reassociation would undo
    the compensation.
    """
    log_p = math.log(p)
    beyond = math.exp((capacity + 1) * log_p)
    compensation = 0.0
    # Bin(C; C + 1, p) = (C + 1) p^C (1 - p), as term · exp(-shift)
    log_term = math.log(capacity + 1.0) + capacity * log_p + math.log1p(-p)
    shift = 0.0
    if log_term < -700.0:
        shift = -log_term
        term = 1.0
    else:
        term = math.exp(log_term)
    q = 1.0 - p
    m = capacity + 1
    while m <= high:
        if m >= low:
            out[m - low] = min(beyond, 1.0)
        step = p * term if shift == 0.0 else p * math.exp(math.log(term) - shift)
        y = step - compensation
        t = beyond + y
        compensation = (t - beyond) - y
        beyond = t
        term *= (m + 1) * q / (m + 1 - capacity)
        if shift > 0.0:
            if term > 1e100:
                term *= 1e-100
                shift -= 230.25850929940458  # log(1e100)
            if math.log(term) - shift > -700.0:
                term = math.exp(math.log(term) - shift)
                shift = 0.0
        m += 1


def warm_up() -> None:
    """Load every compiled kernel once (a long-running process, such as a server, calls this at start).

    The first call of each kernel in a process loads its machine code from numba's
    cache (compiling it the very first time on a machine); later calls are direct.
    """

    lf = log_factorials(64)
    one = np.ones(1)
    ws, rows = np.array([4], dtype=np.int64), np.zeros(1, dtype=np.int64)
    out = np.zeros((1, 8))
    thin(ws, one, 0.5, lf, NEGLIGIBLE, np.zeros(8))
    ample_layer(ws, one, rows, 0.5, lf, NEGLIGIBLE, out)
    salvo_layer(ws, one, rows, 2, 0.9, 1, 0.5, 0.3, np.ones(16), 3, lf, NEGLIGIBLE, out)
    shoot_look_shoot_real(ws, one, rows, 5, 1, 1, 0.9, 0.3, 0.3, lf, NEGLIGIBLE, out)
    binomial_beyond(2, 0.5, 3, 4, np.empty(2))
