"""Many variants of a scenario in one call, sharing the work they have in common.

:func:`evaluate` takes a sequence of variants — each a tuple
``(side_a, side_b, attack, posture, criteria)``, a scenario's being
:func:`armscontrol.scenario.variant` (the models never import the scenario format) — and returns a :class:`BatchResult`
of NumPy arrays, one row per variant. Column 0 of a pair array is the exchange
in which side A strikes first (B is the victim and retaliates), column 1 the
one in which B strikes first; column j of a side array is side A (j = 0) or
side B (j = 1).

Every exchange is the exact one of :func:`armscontrol.stability.first_strike`;
the batch only avoids computing a part twice. An :class:`ExchangeCache` keyed
on the inputs that determine each part (the counterforce salvo through the
victim's defence, the victim's surviving and launched distributions, the
retaliation through the attacker's defence, the reserve through what is left)
is shared across the variants: variants that differ only in one side's
defence size reuse the other side's survivors, variants that differ in the
value-target count or the cost weight reuse every exchange, and so on. Pass
the same cache to several calls to share across calls (a sweep in chunks).

Example
-------
>>> from armscontrol.scenario import load_scenario, sweep_sides, build
>>> spec = load_scenario("examples/russia-1500-vs-nmd.yaml")
>>> _, _, attack, posture = build(spec)
>>> variants = [(*sweep_sides(spec, n), attack, posture, spec.criteria) for n in range(0, 1001, 100)]
>>> result = evaluate(variants)
>>> result.retaliation_arriving_p5[:, 0]     # RUS 5th percentile after a US first strike, by defence size
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Literal

import numpy as np

from armscontrol.stability import validation as check
from armscontrol.stability.exchange import Exchange, ExchangeCache, _first_strike
from armscontrol.stability.forces import Attack, Posture, Side
from armscontrol.stability.metrics import DEFAULT_COST_WEIGHT, StabilityResult, stability_of

Strikes = Literal["both", "a"]


@dataclass(frozen=True)
class Criteria:
    """Assured-retaliation threshold (5th percentile), value targets V and cost weight k."""

    assured_retaliation: float
    value_targets: float
    cost_weight: float = DEFAULT_COST_WEIGHT

    @classmethod
    def of(cls, criteria: Any) -> Criteria:
        """From a Criteria, a scenario's ``CriteriaSpec`` or a mapping with the same keys."""
        if isinstance(criteria, Criteria):
            return criteria
        get: Callable[..., Any] = (
            criteria.get if isinstance(criteria, Mapping) else lambda key, default=None: getattr(criteria, key, default)
        )
        return cls(
            check.non_negative("assured_retaliation", get("assured_retaliation")),
            check.positive("value_targets", get("value_targets")),
            check.non_negative("cost_weight", get("cost_weight", DEFAULT_COST_WEIGHT)),
        )


Variant = tuple[Side, Side, Attack, Posture, Any]


@dataclass
class BatchResult:
    """Outputs of :func:`evaluate`, one row per variant.

    Pair arrays have shape (n, 2): column 0 is side A striking first (the victim
    is B), column 1 side B striking first (the victim is A). Side arrays have
    shape (n, 2): column 0 side A, column 1 side B. With ``strikes="a"`` column 1
    of the pair arrays and every stability array hold NaN (not computed), so every
    array is float (5th percentiles are whole numbers stored as floats) except
    ``assured_retaliation_met`` (bool).
    """

    side_names: list[tuple[str, str]]
    victim_surviving_warheads: np.ndarray
    victim_surviving_p5: np.ndarray
    retaliation_arriving: np.ndarray
    retaliation_arriving_p5: np.ndarray
    assured_retaliation_met: np.ndarray
    reserve_arriving: np.ndarray
    neglected_mass: np.ndarray
    first_strike_stability: np.ndarray
    cost_striking_first: np.ndarray
    cost_struck_first: np.ndarray
    combined: np.ndarray
    results: list[StabilityResult] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.side_names)


def as_variant(variant: Any) -> tuple[Side, Side, Attack, Posture, Criteria]:
    """A variant as (side_a, side_b, attack, posture, Criteria); a scenario's is
    :func:`armscontrol.scenario.variant`."""
    if isinstance(variant, tuple) and len(variant) == 5:
        a, b, attack, posture, criteria = variant
        if not (
            isinstance(a, Side) and isinstance(b, Side) and isinstance(attack, Attack) and isinstance(posture, Posture)
        ):
            raise check.InvalidInput("variant: expected (Side, Side, Attack, Posture, criteria)")
        return a, b, attack, posture, Criteria.of(criteria)
    raise check.InvalidInput(
        f"variant: expected (Side, Side, Attack, Posture, criteria), got {type(variant).__name__}; "
        "a scenario's is armscontrol.scenario.variant(spec)"
    )


def evaluate(
    variants: Sequence[Variant | Any],
    *,
    strikes: Strikes = "both",
    cache: ExchangeCache | None = None,
    keep_results: bool = False,
    backend: str | None = None,
    lockstep: Any = None,
) -> BatchResult:
    """Evaluate many variants of a scenario, sharing their common work.

    Parameters
    ----------
    variants : sequence
        Each a tuple ``(side_a, side_b, attack, posture, criteria)`` — ``criteria``
        a :class:`Criteria`, a scenario's ``CriteriaSpec`` or a mapping with
        ``assured_retaliation``, ``value_targets`` and optionally ``cost_weight`` —
        or a :class:`armscontrol.scenario.ScenarioSpec` (built with
        :func:`armscontrol.scenario.build`; its first side is A).
    strikes : {"both", "a"}
        Both first strikes and first-strike stability (default), or only side A
        striking first, without its reserve (what the frontier needs: B's
        retaliation); the other outputs are NaN.
    cache : ExchangeCache, optional
        Shared parts; a new one is used if not given. Results do not depend on it.
    keep_results : bool
        Also return each variant's :class:`StabilityResult` (with the full pmfs).
    backend : {"cpu", "gpu", "numpy"}, optional
        Where the passes through salvo layers run: the compiled kernels, variant
        by variant (``"cpu"``, the default, or ``ARMSCONTROL_BACKEND``), or gathered
        across variants as array operations on a GPU (CuPy) or on NumPy
        (:mod:`armscontrol.stability.device`, docs/gpu.md). Equal within 1e-12.
    lockstep : armscontrol.stability.device.Lockstep, optional
        Off the CPU: the gatherer of the layer passes, to read its counts afterwards (a new one by default).

    Returns
    -------
    BatchResult
        Arrays per variant: for each ordered pair the victim's surviving warheads
        (expected, 5th percentile), the retaliation arriving (expected, 5th
        percentile), whether assured retaliation is met, the reserve arriving and
        the neglected mass; per side first-strike stability and costs; combined.

    Notes
    -----
    Equal, variant by variant, to :func:`armscontrol.stability.first_strike_stability`
    (a test checks it). Work shared: see the module notes.
    """
    if strikes not in ("both", "a"):
        raise check.InvalidInput(f"strikes: expected 'both' or 'a', got {strikes!r}")
    # on first use: optional (the array backend, used only when a batch asks for one)
    from armscontrol.stability import device

    cache = cache if cache is not None else ExchangeCache()
    if (chosen := device.backend_name(backend)) != "cpu":
        one = functools.partial(evaluate, strikes=strikes, cache=cache, keep_results=keep_results, backend="cpu")
        parts = device.gathered(variants, one, backend=chosen, lockstep=lockstep)
        return concatenate(parts, keep_results) if parts else evaluate([], keep_results=keep_results)
    n = len(variants)
    pair = lambda dtype=float: np.full((n, 2), np.nan, dtype=dtype)  # noqa: E731
    out = BatchResult(
        side_names=[],
        victim_surviving_warheads=pair(),
        victim_surviving_p5=pair(),
        retaliation_arriving=pair(),
        retaliation_arriving_p5=pair(),
        assured_retaliation_met=np.zeros((n, 2), dtype=bool),
        reserve_arriving=pair(),
        neglected_mass=pair(),
        first_strike_stability=pair(),
        cost_striking_first=pair(),
        cost_struck_first=pair(),
        combined=np.full(n, np.nan),
        results=[] if keep_results else None,
    )
    for i, variant in enumerate(variants):
        a, b, attack, posture, criteria = as_variant(variant)
        out.side_names.append((a.name, b.name))
        exchanges = [_first_strike(a, b, attack, posture, cache, with_reserve=strikes == "both")]
        if strikes == "both":
            exchanges.append(_first_strike(b, a, attack, posture, cache, with_reserve=True))
        for j, ex in enumerate(exchanges):
            out.victim_surviving_warheads[i, j] = ex.victim_surviving_warheads
            out.victim_surviving_p5[i, j] = ex.victim_surviving_p5
            out.retaliation_arriving[i, j] = ex.retaliation_arriving
            out.retaliation_arriving_p5[i, j] = ex.retaliation_arriving_p5
            out.assured_retaliation_met[i, j] = ex.retaliation_arriving_p5 >= criteria.assured_retaliation
            out.neglected_mass[i, j] = ex.neglected_mass
            if strikes == "both":
                out.reserve_arriving[i, j] = ex.reserve_arriving
        if strikes == "both":
            result = _stability(a, b, exchanges[0], exchanges[1], criteria)
            for j, name in enumerate((a.name, b.name)):
                side = result.sides[name]
                out.first_strike_stability[i, j] = side.first_strike_stability
                out.cost_striking_first[i, j] = side.cost_striking_first
                out.cost_struck_first[i, j] = side.cost_struck_first
            out.combined[i] = result.combined
            if out.results is not None:
                out.results.append(result)
    return out


def _stability(a: Side, b: Side, a_first: Exchange, b_first: Exchange, criteria: Criteria) -> StabilityResult:
    return stability_of(
        a.name, b.name, a_first, b_first, criteria.assured_retaliation, criteria.value_targets, criteria.cost_weight
    )


def concatenate(parts: Sequence[BatchResult], keep_results: bool) -> BatchResult:
    """One :class:`BatchResult` from several, rows in order."""
    values: dict[str, Any] = {}
    for f in fields(BatchResult):
        if f.name == "side_names":
            values[f.name] = [name for part in parts for name in part.side_names]
        elif f.name == "results":
            values[f.name] = [r for part in parts for r in (part.results or [])] if keep_results else None
        else:
            values[f.name] = np.concatenate([getattr(part, f.name) for part in parts])
    return BatchResult(**values)
