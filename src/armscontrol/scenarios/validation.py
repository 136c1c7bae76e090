"""The one validation pass of a scenario a user gives: schema and sizes, finite numbers, no NUL characters, a name.

Every way in (the command line's files, the API's scenarios and jobs, the
pages' saved scenarios) validates here, so a scenario the store keeps or a job
computes has passed the same checks. The schema and the size bounds are
:func:`armscontrol.scenario.parse_scenario`'s (:mod:`armscontrol.limits`).
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

import yaml

from armscontrol.errors import UserError
from armscontrol.limits import MAX_NAME_CHARS
from armscontrol.scenario import ScenarioSpec, parse_scenario, scenario_from_text


class Prepared(NamedTuple):
    """A validated scenario: its name, its YAML text (as given, or written from the mapping) and its spec."""

    name: str
    text: str
    spec: ScenarioSpec


def finite(value: Any) -> bool:
    """Whether every number in a JSON-like value is finite (JSON has no NaN or infinity)."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(finite(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return all(finite(v) for v in value)
    return True


def has_nul(value: Any) -> bool:
    """Whether a string anywhere in a JSON-like value (keys included) holds a NUL character."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(has_nul(k) or has_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(has_nul(v) for v in value)
    return False


def require_finite(spec: ScenarioSpec, origin: str = "scenario") -> ScenarioSpec:
    """``spec``, or a :class:`UserError` if any of its numbers is infinite or NaN (JSON has neither; no answer is
    finite)."""
    if not finite(spec.model_dump()):
        raise UserError(f"{origin}: every number must be finite (no .inf or .nan)", field="scenario")
    return spec


def prepare_scenario(
    text: str | None = None, data: Any = None, *, name: str | None = None, origin: str = "scenario"
) -> Prepared:
    """Validate a scenario given as YAML text or as a parsed mapping: ``(name, yaml_text, spec)``.

    The text is kept exactly as given; a mapping is kept as YAML written from it.
    Errors are :class:`UserError` naming ``origin`` and the field.
    """
    if (text is None) == (data is None):
        raise UserError(
            f"{origin}: give the scenario either as YAML text ('yaml') or as a mapping ('scenario'), not both or "
            f"neither",
            field="scenario",
        )
    if text is not None:
        spec = scenario_from_text(text, origin)
    else:
        if has_nul(data):
            raise UserError(f"{origin}: holds NUL characters; a scenario is text", field="scenario")
        spec = parse_scenario(data, origin)
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    require_finite(spec, origin)
    chosen = (spec.name if name is None else name).strip()
    if not chosen or has_nul(chosen) or len(chosen) > MAX_NAME_CHARS:
        what = "the scenario's name" if name is None else "name"
        raise UserError(
            f"{origin}: {what} must be 1 to {MAX_NAME_CHARS} characters of text, got {len(chosen)}; give a shorter "
            f"`name`",
            field="name",
        )
    return Prepared(chosen, text, spec)
