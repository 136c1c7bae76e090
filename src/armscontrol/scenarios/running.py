"""Running a scenario through the answers: a saved scenario's run, and the calculator's uncertainty view.

What a run stores is exactly what ``armscontrol stability --json`` or
``armscontrol frontier --json`` prints for the scenario; a run that fails keeps
the error that stopped it, never half a result.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from armscontrol import answers
from armscontrol.answers.sweeps import one_input_uncertainty
from armscontrol.answers.tornado import tornado_sensitivity
from armscontrol.errors import UserError
from armscontrol.scenario import ScenarioSpec
from armscontrol.scenarios.validation import finite
from armscontrol.sweep.runner import InProcess

log = logging.getLogger(__name__)

RUN_KINDS = ("stability", "frontier")
"""What a saved scenario's run computes."""


def compute(kind: str, spec: ScenarioSpec, options: dict[str, Any]) -> dict[str, Any]:
    """The JSON answer of a run of ``kind`` (``stability`` or ``frontier``)."""
    if kind == "stability":
        return answers.stability(spec).model_dump(mode="json")
    if kind == "frontier":
        return answers.frontier(spec, **options).model_dump(mode="json")
    raise UserError(
        f"kind: expected one of {', '.join(RUN_KINDS)}, got '{kind}'", field="kind", suggestion=RUN_KINDS[0]
    )


def error_record(exc: UserError) -> dict[str, Any]:
    """A user's error as a run or a job records it."""
    return {"error": str(exc), "field": exc.field, "suggestion": exc.suggestion}


def internal_error_record(exc: BaseException) -> dict[str, Any]:
    """A defect as a run or a job records it: said plainly, so the record never pretends to a result."""
    return {
        "error": f"internal error ({type(exc).__name__}: {exc}); please report it with the scenario",
        "field": None,
        "suggestion": None,
    }


def require_finite_answer(result: dict[str, Any], kind: str) -> dict[str, Any]:
    """``result``, or a :class:`UserError` if it holds a NaN or an infinity (JSON has neither)."""
    if not finite(result):
        raise UserError(
            f"the {kind} answer holds a number that is not finite (NaN or infinity); "
            "check the scenario's criteria, probabilities and distributions",
            field="scenario",
        )
    json.dumps(result, allow_nan=False)
    return result


def outcome(
    kind: str, spec: ScenarioSpec, options: dict[str, Any]
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """``(result, None)`` for a run that succeeded, ``(None, error)`` for one that failed; never both."""
    try:
        return require_finite_answer(compute(kind, spec, options), kind), None
    except UserError as exc:
        return None, error_record(exc)
    except Exception as exc:  # a defect, not the user's input: keep the run's record honest and say so
        log.exception("run of kind %s failed", kind)
        return None, internal_error_record(exc)


def uncertainty_of(scenario: dict[str, Any], path: str, low: float, high: float, samples: int, seed: int):
    """The calculator's uncertainty view: :func:`armscontrol.answers.sweeps.one_input_uncertainty` on one thread of
    this process.

    At most :data:`~armscontrol.answers.sweeps.UNCERTAINTY_SAMPLES` runs: no Dask client (starting one,
    even in process, took as long as the runs); the same numbers, bit for bit (chunks and seeds do not
    depend on where they run).
    """

    return one_input_uncertainty(scenario, path, low, high, samples, seed, client=InProcess(workers=1))


def tornado_result(mapping: dict[str, Any], samples: int, seed: int):
    """The calculator's tornado: :func:`armscontrol.answers.tornado.tornado_sensitivity` on threads of this process.

    Sobol indices in NumPy (:mod:`armscontrol.sweep.saltelli`): SALib is not imported.
    """

    return tornado_sensitivity(mapping, samples, seed)
