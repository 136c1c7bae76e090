"""Exact discrete distributions as weighted cases, expanded and merged with NumPy; and one layer's case enumeration.

The reference engine (:mod:`armscontrol.stability.reference`) is built on these
cases; the fast engine uses them where four counts must be enumerated jointly
(shoot-look-shoot with undismissed decoys, :func:`reliable_layer`).

A joint distribution over a few integer random variables is held as *cases*:
rows of integer columns with a probability weight. Expanding a case by a
binomial or hypergeometric variable appends one column; merging sums the
weights of rows that agree on the columns still needed. Nothing is sampled.

The only numerical shortcut is support truncation: a binomial or
hypergeometric variable is enumerated over the part of its support outside of
which the tail mass is below :data:`TAIL` (``1e-15``) on each side, and rows
whose weight falls below :data:`NEGLIGIBLE` are dropped. The mass dropped is
counted in :attr:`Cases.neglected` and reported with every result, so a user
can see that it is at the level of floating-point round-off.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from scipy.special import gammaln
from scipy.stats import binom

TAIL = 1e-15
"""Tail mass left out on each side of a binomial or hypergeometric support."""

NEGLIGIBLE = 1e-20
"""Cases lighter than this are dropped (their total is kept in ``neglected``)."""

_CHUNK_ROWS = 20_000
_HOEFFDING = math.log(2.0 / TAIL) / 2.0


_LOG_FACTORIAL = np.zeros(1)


def log_factorials(upto: int) -> np.ndarray:
    """log k! for k = 0..upto, computed once and grown as needed."""
    global _LOG_FACTORIAL
    if _LOG_FACTORIAL.size <= upto:
        _LOG_FACTORIAL = gammaln(np.arange(max(upto + 1, 2 * _LOG_FACTORIAL.size), dtype=float) + 1.0)
    return _LOG_FACTORIAL


def binomial_table(n: np.ndarray, p: float) -> tuple[np.ndarray, np.ndarray]:
    """Support start and pmf rows of Binomial(n_i, p) for each n_i.

    Returns ``(low, pmf)`` with ``pmf[i, j] = P(X_i = low[i] + j)``; each row
    covers the support up to tail mass :data:`TAIL` on each side.
    """
    n = np.asarray(n, dtype=np.int64)
    # p so small that P(X > 0) ≤ n·p < 1e-300 is treated as 0: scipy's binom.pmf overflows
    # (boost ibeta_derivative) for p near the smallest normal float, e.g. 2.2e-308.
    if p <= 0.0 or p >= 1.0 or n.size == 0 or p * max(int(n.max()), 1) < 1e-300:
        low = np.zeros_like(n) if p < 0.5 else n.copy()
        return low, np.ones((n.size, 1))
    low = binom.ppf(TAIL, n, p).astype(np.int64)
    high = binom.isf(TAIL, n, p).astype(np.int64)
    low = np.clip(np.minimum(low, high), 0, n)
    high = np.clip(high, low, n)
    width = int((high - low).max()) + 1
    values = low[:, None] + np.arange(width)[None, :]
    pmf = binom.pmf(values, n[:, None], p)
    pmf[values > high[:, None]] = 0.0
    return low, pmf


def hypergeometric_table(
    population: np.ndarray, successes: np.ndarray, draws: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Support start and pmf rows of Hypergeometric(population, successes, draws).

    The support is cut with Serfling's bound for sampling without replacement,
    P(|X − μ| ≥ a) ≤ 2 exp(−2a²/(n(1 − (n − 1)/N))), at tail mass :data:`TAIL`.
    """
    population = np.asarray(population, dtype=np.int64)
    successes = np.asarray(successes, dtype=np.int64)
    draws = np.asarray(draws, dtype=np.int64)
    natural_low = np.maximum(0, draws - (population - successes))
    natural_high = np.minimum(draws, successes)
    mean = np.where(population > 0, draws * successes / np.maximum(population, 1), 0.0)
    # Serfling (1974): the finite-population factor (1 − (n − 1)/N) tightens Hoeffding.
    fpc = np.clip(1.0 - (draws - 1) / np.maximum(population, 1), 0.0, 1.0)
    half = np.ceil(np.sqrt(draws * fpc * _HOEFFDING)).astype(np.int64) + 1
    low = np.maximum(natural_low, np.floor(mean).astype(np.int64) - half)
    high = np.minimum(natural_high, np.ceil(mean).astype(np.int64) + half)
    width = int((high - low).max()) + 1 if low.size else 1
    values = low[:, None] + np.arange(width)[None, :]
    beyond = values > high[:, None]
    # natural_low ≤ low ≤ x ≤ high ≤ natural_high keeps every log-factorial argument in range;
    # columns past a row's high are clipped to it here and zeroed below.
    x = np.minimum(values, high[:, None])
    failures = population - successes
    lf = log_factorials(int(population.max(initial=0)))
    row = (lf[successes] + lf[failures] - lf[population] + lf[draws] + lf[population - draws])[:, None]
    log_pmf = (
        row - lf[x] - lf[successes[:, None] - x] - lf[draws[:, None] - x] - lf[failures[:, None] - draws[:, None] + x]
    )
    pmf = np.exp(log_pmf)
    pmf[beyond] = 0.0
    # log-factorial round-off is ~1e-13 relative for populations of thousands; renormalise each row.
    pmf /= pmf.sum(axis=1, keepdims=True)
    return low, pmf


@dataclass
class Cases:
    """A joint distribution of integer columns as weighted rows."""

    weight: np.ndarray
    columns: dict[str, np.ndarray]
    neglected: float = 0.0

    @classmethod
    def start(cls, weight: np.ndarray, **columns: np.ndarray) -> Cases:
        weight = np.asarray(weight, dtype=float)
        return cls(weight, {k: np.asarray(v, dtype=np.int64) for k, v in columns.items()})

    def __getitem__(self, name: str) -> np.ndarray:
        return self.columns[name]

    def with_column(self, name: str, values: np.ndarray) -> Cases:
        columns = dict(self.columns)
        columns[name] = np.asarray(values, dtype=np.int64)
        return Cases(self.weight, columns, self.neglected)

    def select(self, mask: np.ndarray) -> Cases:
        """The rows where ``mask`` holds (their weights unchanged)."""
        return Cases(self.weight[mask], {k: v[mask] for k, v in self.columns.items()}, self.neglected)

    @staticmethod
    def concat(parts: list[Cases]) -> Cases:
        """Rows of several case sets over the same columns, in one set."""
        names = list(parts[0].columns)
        return Cases(
            np.concatenate([p.weight for p in parts]),
            {n: np.concatenate([p.columns[n] for p in parts]) for n in names},
            sum(p.neglected for p in parts),
        )

    def expand(
        self, name: str, table: Callable[[Cases], tuple[np.ndarray, np.ndarray]], keep: tuple[str, ...] | None = None
    ) -> Cases:
        """Append column ``name`` drawn from ``table(self)`` (one pmf row per case).

        Large expansions run in chunks of rows (same result, bounded memory); with
        ``keep`` each chunk is merged onto those columns at once.
        """
        if self.weight.size > _CHUNK_ROWS:
            parts = []
            for start in range(0, self.weight.size, _CHUNK_ROWS):
                rows = slice(start, start + _CHUNK_ROWS)
                chunk = Cases(self.weight[rows], {k: v[rows] for k, v in self.columns.items()})
                part = chunk.expand(name, table)
                parts.append(part.merge(*keep) if keep else part)
            joined = Cases.concat(parts)
            joined.neglected += self.neglected
            return joined.merge(*keep) if keep else joined
        low, pmf = table(self)
        joint = self.weight[:, None] * pmf
        keep_mask = joint > NEGLIGIBLE
        neglected = self.neglected + float(joint[~keep_mask].sum()) + float(self.weight.sum() - joint.sum())
        row_index, offset = np.nonzero(keep_mask)
        columns = {k: v[row_index] for k, v in self.columns.items()}
        columns[name] = low[row_index] + offset
        out = Cases(joint[keep_mask], columns, max(neglected, 0.0))
        return out.merge(*keep) if keep else out

    def merge(self, *names: str) -> Cases:
        """Marginal over ``names``: rows that agree on them are summed."""
        keys = [self.columns[n] for n in names]
        if self.weight.size == 0:
            return Cases(self.weight, {n: k for n, k in zip(names, keys)}, self.neglected)
        lows = [int(k.min()) for k in keys]
        dims = [int(k.max()) - low + 1 for k, low in zip(keys, lows)]
        flat = np.ravel_multi_index([k - low for k, low in zip(keys, lows)], dims)
        if np.prod(dims, dtype=float) <= 4 * self.weight.size + 1_000_000:
            dense = np.bincount(flat, weights=self.weight, minlength=int(np.prod(dims)))
            index = np.flatnonzero(dense)
            weight = dense[index]
        else:
            index, inverse = np.unique(flat, return_inverse=True)
            weight = np.bincount(inverse.ravel(), weights=self.weight, minlength=len(index))
        unravelled = np.unravel_index(index, dims)
        columns = {n: u.astype(np.int64) + low for n, u, low in zip(names, unravelled, lows)}
        return Cases(weight, columns, self.neglected)

    def pmf_of(self, name: str, size: int | None = None) -> np.ndarray:
        """Marginal pmf of column ``name`` as an array indexed by value."""
        values = self.columns[name]
        size = int(values.max()) + 1 if size is None and values.size else (size or 1)
        return np.bincount(values, weights=self.weight, minlength=size)

    def mean(self, name: str) -> float:
        return float(np.dot(self.weight, self.columns[name]) / max(self.weight.sum(), 1e-300))


def binomial(
    n_column: str | Callable[[Cases], np.ndarray], p: float
) -> Callable[[Cases], tuple[np.ndarray, np.ndarray]]:
    """A table for :meth:`Cases.expand`: Binomial(column, p)."""

    def table(cases: Cases) -> tuple[np.ndarray, np.ndarray]:
        n = cases[n_column] if isinstance(n_column, str) else n_column(cases)
        return binomial_table(n, p)

    return table


def hypergeometric(
    population: Callable[[Cases], np.ndarray],
    successes: Callable[[Cases], np.ndarray],
    draws: Callable[[Cases], np.ndarray],
) -> Callable[[Cases], tuple[np.ndarray, np.ndarray]]:
    """A table for :meth:`Cases.expand`: Hypergeometric(population, successes, draws)."""

    def table(cases: Cases) -> tuple[np.ndarray, np.ndarray]:
        return hypergeometric_table(population(cases), successes(cases), draws(cases))

    return table


def percentile(pmf: np.ndarray, q: float) -> int:
    """Smallest value x with P(X ≤ x) ≥ q (the lower q-quantile of a pmf on 0, 1, 2, ...)."""
    cdf = np.cumsum(pmf)
    # A relative slack keeps round-off in the cdf from moving a quantile that sits on an atom.
    index = int(np.searchsorted(cdf, q * cdf[-1] * (1 - 1e-12), side="left"))
    return min(index, len(pmf) - 1)


class Layer(Protocol):
    """What the enumeration reads of a defence layer (:class:`armscontrol.stability.engagement.DefenceLayer`)."""

    # read-only, as a frozen layer's fields are
    @property
    def interceptors(self) -> int: ...
    @property
    def sspk(self) -> float: ...
    @property
    def shots(self) -> int: ...
    @property
    def second_shots(self) -> int | None: ...
    @property
    def doctrine(self) -> str: ...
    @property
    def tracking(self) -> float: ...
    @property
    def discrimination(self) -> float: ...


def _objects_engaged_at_random(cases: Cases, layer: Layer, decoys: int, engageable: int) -> Cases:
    """Cases over (w, engaged objects k, engaged real warheads e) for one salvo.

    Undiscriminated decoys D' ~ Bin(w·d, 1 − discrimination); all w + D'
    candidates are tracked independently with the same probability, so the
    tracked set is a uniform thinning, and k = min(tracked, engageable) objects
    chosen at random among the tracked are a uniform k-subset of all w + D'
    candidates: e ~ Hypergeometric(w + D', w, k).
    """
    if np.all(cases["w"] * (1 + decoys) <= engageable):
        # Inventory never binds: every tracked object is engaged, so the engaged real
        # warheads are Bin(w, t) and the engaged decoys Bin(w·d, (1 − δ)·t), independent.
        cases = cases.expand("e", binomial("w", layer.tracking))
        if decoys > 0 and layer.discrimination < 1.0:
            cases = cases.expand(
                "decoys", binomial(lambda c: c["w"] * decoys, (1.0 - layer.discrimination) * layer.tracking)
            )
            return cases.with_column("k", cases["e"] + cases["decoys"]).merge("w", "k", "e")
        return cases.with_column("k", cases["e"])
    if decoys > 0 and layer.discrimination < 1.0:
        cases = cases.expand("decoys", binomial(lambda c: c["w"] * decoys, 1.0 - layer.discrimination))
    else:
        cases = cases.with_column("decoys", np.zeros_like(cases["w"]))
    cases = cases.with_column("candidates", cases["w"] + cases["decoys"])
    if layer.tracking < 1.0:
        # Rows where fewer than `engageable` tracked objects has probability below TAIL engage
        # exactly `engageable` objects; only the others need the tracked count enumerated.
        too_few = binom.cdf(engageable - 1, cases["candidates"], layer.tracking)
        saturated = too_few <= TAIL
        full = cases.select(saturated)
        full.neglected += float(np.dot(full.weight, too_few[saturated]))
        full = full.with_column("k", np.full(full.weight.size, engageable, dtype=np.int64))
        rest = cases.select(~saturated)
        rest.neglected = 0.0
        rest = rest.expand("tracked", binomial("candidates", layer.tracking))
        rest = rest.with_column("k", np.minimum(rest["tracked"], engageable))
        names = ("w", "candidates", "k")
        cases = Cases.concat(
            [
                Cases(full.weight, {n: full[n] for n in names}, full.neglected),
                Cases(rest.weight, {n: rest[n] for n in names}, rest.neglected),
            ]
        ).merge(*names)
    else:
        cases = cases.with_column("k", np.minimum(cases["candidates"], engageable)).merge("w", "candidates", "k")
    if np.all(cases["candidates"] == cases["w"]):
        return cases.with_column("e", cases["k"]).merge("w", "k", "e")
    return cases.expand(
        "e", hypergeometric(lambda c: c["candidates"], lambda c: c["w"], lambda c: c["k"]), keep=("w", "k", "e")
    )


def reliable_layer(cases: Cases, layer: Layer, decoys: int) -> tuple[Cases, float]:
    """Cases over (w, leak) when the layer works, and the expected interceptors fired."""
    total = cases.weight.sum()
    first = layer.shots
    second = layer.second_shots or layer.shots
    survive_first = (1.0 - layer.sspk) ** first
    survive_second = (1.0 - layer.sspk) ** second
    sls = layer.doctrine == "shoot-look-shoot"
    shots_per_object = first + (second if sls else 0)
    objects_max = cases["w"] * (1 + decoys)

    if layer.interceptors < first:
        return cases.with_column("leak", cases["w"]), 0.0

    if np.all(layer.interceptors >= shots_per_object * objects_max):
        # Ample inventory: every tracked object is engaged, and each real warhead is
        # killed independently, so the kills are one binomial thinning of w.
        survive = survive_first * survive_second if sls else survive_first
        cases = cases.expand("kill", binomial("w", layer.tracking * (1.0 - survive)))
        per_object = first + (second * survive_first if sls else 0)
        expected_objects = float(np.dot(cases.weight, mean_objects_of(cases["w"], layer, decoys)))
        used = per_object * expected_objects / max(total, 1e-300)
        return cases.with_column("leak", cases["w"] - cases["kill"]).merge("w", "leak"), used

    cases = _objects_engaged_at_random(cases, layer, decoys, layer.interceptors // first)
    if not sls:
        used = first * cases.mean("k")
        cases = cases.expand("kill", binomial("e", 1.0 - survive_first))
        return cases.with_column("leak", cases["w"] - cases["kill"]).merge("w", "leak"), used

    second_engageable = (layer.interceptors - first * cases["k"]) // second
    # A row is covered when the second salvo can re-engage every survivor, up to tail mass TAIL.
    most_survivors = binom.isf(TAIL, cases["k"], survive_first) if 0 < survive_first < 1 else cases["k"] * survive_first
    covered = second_engageable >= most_survivors
    if np.any(covered) and 0 < survive_first < 1:
        cases.neglected += float(
            np.dot(cases.weight[covered], binom.sf(second_engageable[covered], cases["k"][covered], survive_first))
        )
    # Where every survivor of the first salvo can be re-engaged, each engaged real warhead
    # is killed independently with probability 1 − ρ1·ρ2.
    full = cases.select(covered)
    full_weight = float(full.weight.sum())
    used = float(np.dot(full.weight, (first + second * survive_first) * full["k"]))
    full = full.merge("w", "e").expand("kill", binomial("e", 1.0 - survive_first * survive_second))
    parts = [full.with_column("leak", full["w"] - full["kill"]).merge("w", "leak")]

    short = cases.select(~covered)
    if short.weight.size:
        # Short second salvo: survivors S ~ Bin(k, ρ1) are a uniform subset of the k engaged;
        # the j = min(S, m2) re-engaged are a uniform j-subset of the k, the S − j left alone a
        # uniform subset of the rest, so both real counts are hypergeometric.
        short = short.expand("survivors", binomial("k", survive_first))
        short = short.with_column(
            "j", np.minimum(short["survivors"], (layer.interceptors - first * short["k"]) // second)
        )
        used += float(np.dot(short.weight, first * short["k"] + second * short["j"]))
        short = short.expand("e2", hypergeometric(lambda c: c["k"], lambda c: c["e"], lambda c: c["j"]))
        short = short.expand(
            "unengaged",
            hypergeometric(lambda c: c["k"] - c["j"], lambda c: c["e"] - c["e2"], lambda c: c["survivors"] - c["j"]),
            keep=("w", "e", "e2", "unengaged"),
        )
        short = short.with_column("passed", short["w"] - short["e"] + short["unengaged"]).merge("w", "passed", "e2")
        short = short.expand("kill2", binomial("e2", 1.0 - survive_second))
        short = short.with_column("leak", short["passed"] + short["e2"] - short["kill2"])
        parts.append(short.merge("w", "leak"))
    used /= max(full_weight + float(cases.select(~covered).weight.sum()), 1e-300)
    return Cases.concat(parts).merge("w", "leak"), used


def mean_objects_of(warheads: np.ndarray, layer: Layer, decoys: int) -> np.ndarray:
    """Expected objects a layer tracks and cannot dismiss: t·w·(1 + d·(1 − discrimination))."""
    return layer.tracking * warheads * (1 + decoys * (1.0 - layer.discrimination))
