"""Running a saved scenario: the answer's JSON, or the error that stopped it.

A run stores exactly what ``armscontrol stability --json`` or ``armscontrol
frontier --json`` prints for the scenario, computed by the answers layer.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

from armscontrol.errors import UserError
from armscontrol.scenario import ScenarioSpec
from armscontrol.store.engine import finite

log = logging.getLogger(__name__)


def inputs_hash(kind: str, parsed: dict[str, Any], options: dict[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of what a run computes from: kind, parsed scenario, options."""
    canonical = json.dumps({"kind": kind, "scenario": parsed, "options": options}, sort_keys=True,
                           separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def compute(kind: str, spec: ScenarioSpec, options: dict[str, Any]) -> dict[str, Any]:
    """The JSON answer of a run of ``kind`` (``stability`` or ``frontier``)."""
    from armscontrol import answers

    if kind == "stability":
        return answers.stability(spec).model_dump(mode="json")
    if kind == "frontier":
        return answers.frontier(spec, **options).model_dump(mode="json")
    raise UserError(f"kind: expected 'stability' or 'frontier', got '{kind}'", field="kind")


def outcome(kind: str, spec: ScenarioSpec, options: dict[str, Any]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """``(result, None)`` for a run that succeeded, ``(None, error)`` for one that failed; never both."""
    try:
        result = compute(kind, spec, options)
        if not finite(result):
            raise UserError(f"the {kind} answer holds a number that is not finite (NaN or infinity); check the scenario's criteria and probabilities", field="scenario")
        json.dumps(result, allow_nan=False)
        return result, None
    except UserError as exc:
        return None, {"error": str(exc), "field": exc.field, "suggestion": exc.suggestion}
    except Exception as exc:  # a defect, not the user's input: keep the run's record honest and say so
        log.exception("run of kind %s failed", kind)
        return None, {"error": f"internal error ({type(exc).__name__}: {exc}); please report it with the scenario", "field": None, "suggestion": None}
