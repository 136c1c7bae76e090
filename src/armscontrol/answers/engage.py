"""The answer of ``armscontrol engage``: one defence layer, exact.

Kept apart from :mod:`armscontrol.answers.stability` so that one engagement
builds its two answer models and not the scenario's, the sweep's and the
frontier's.
"""

from __future__ import annotations

from typing import cast

from pydantic import Field

from armscontrol import limits
from armscontrol.answers.common import EXPLANATION_DESCRIPTION, Answer, StepOut, explain
from armscontrol.errors import UserError
from armscontrol.stability.decomposition import decompose_engagement, explain_engagement
from armscontrol.stability.engagement import DOCTRINES, Doctrine
from armscontrol.stability.engagement import engage as run_engage


class EngageDecompositionOut(Answer):
    """Where the warheads arriving at one layer went: the parts add up to the warheads arriving."""

    warheads: int
    layer_failed: float = Field(description="expected warheads passing because the layer failed (common mode)")
    not_tracked: float = Field(description="expected warheads passing untracked while the layer worked")
    tracked_not_killed: float = Field(
        description="expected warheads tracked but not engaged (inventory short) or not killed"
    )
    killed: float = Field(description="expected warheads killed")
    leaking: float = Field(description="expected warheads leaking: warheads − killed")
    leaking_p5: int = Field(description="5th percentile of warheads leaking")


class EngageAnswer(Answer):
    """``armscontrol engage``: the exact distribution of warheads leaking through one defence layer."""

    warheads: int
    interceptors: int
    sspk: float
    shots: int
    doctrine: str
    decoys: int
    discrimination: float
    tracking: float
    reliability: float
    expected_leakers: float
    p_no_leakers: float
    leakers_p5: int
    leakers_median: int
    leakers_p95: int
    interceptors_used: float
    neglected_mass: float
    leaker_pmf: list[float] = Field(description="P(n warheads leak) for n = 0, 1, ...")
    decomposition: EngageDecompositionOut = Field(
        description="where the warheads arriving at the layer went (expected values)"
    )
    explanation: list[StepOut] = Field(default_factory=list, description=EXPLANATION_DESCRIPTION)


def engage(
    warheads: int,
    interceptors: int,
    sspk: float,
    shots: int = 1,
    doctrine: str = "salvo",
    decoys: int = 0,
    discrimination: float = 0.0,
    tracking: float = 1.0,
    reliability: float = 1.0,
) -> EngageAnswer:
    """Exact distribution of warheads leaking through one missile-defence layer (bounded by
    :mod:`armscontrol.limits`)."""

    if doctrine not in DOCTRINES:
        raise UserError(
            f"doctrine: expected one of {', '.join(DOCTRINES)}, got '{doctrine}'",
            field="doctrine",
            suggestion=DOCTRINES[0],
        )
    for option, value, bound, name in (
        ("warheads", warheads, limits.MAX_WARHEADS, "MAX_WARHEADS"),
        ("interceptors", interceptors, limits.MAX_INTERCEPTORS, "MAX_INTERCEPTORS"),
        ("decoys", decoys, limits.MAX_DECOYS, "MAX_DECOYS"),
        ("shots", shots, limits.MAX_SHOTS, "MAX_SHOTS"),
    ):
        if value < 0:
            raise UserError(f"{option}: expected a non-negative whole number, got {value}", field=option)
        limits.within(option, value, bound, name)
    limits.within("`warheads` × (1 + `decoys`)", warheads * (1 + decoys), limits.MAX_OBJECTS, "MAX_OBJECTS")

    result = run_engage(
        warheads,
        interceptors,
        sspk,
        shots=shots,
        doctrine=cast("Doctrine", doctrine),
        decoys=decoys,
        discrimination=discrimination,
        tracking=tracking,
        reliability=reliability,
    )
    parts = decompose_engagement(result, tracking, reliability)
    steps = explain_engagement(
        parts, result, interceptors, sspk, shots, doctrine, decoys, discrimination, tracking, reliability
    )
    return EngageAnswer(
        warheads=warheads,
        interceptors=interceptors,
        sspk=sspk,
        shots=shots,
        doctrine=doctrine,
        decoys=decoys,
        discrimination=discrimination,
        tracking=tracking,
        reliability=reliability,
        **{k: v for k, v in result.as_json().items() if k != "warheads"},
        decomposition=EngageDecompositionOut(**parts.__dict__),
        explanation=explain(steps),
    )
