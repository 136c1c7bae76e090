"""What varies in a sweep, and the scenario variant for each row of values.

An input is a field path of the scenario (``sides.USA.defence[0].interceptors``,
see :mod:`armscontrol.uncertain`) or a force scale: ``scale`` multiplies every
side's launchers, ``scale.SIDE`` one side's, each element's launchers rounded
to the nearest whole launcher (as the frontier scales forces). Integer fields
take values rounded to the nearest integer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from armscontrol.errors import InvalidInput, UserError
from armscontrol.scenario import ScenarioSpec, build, parse_scenario, parse_variant, scale_forces
from armscontrol.sweep import MAX_GRID_AXES, MAX_GRID_POINTS, MAX_SCALE
from armscontrol.sweep.evaluate import evaluate
from armscontrol.uncertain import numeric_field, schema_reason, set_path


@dataclass(frozen=True)
class Input:
    """One input that varies: its column name (canonical path) and whether it holds integers."""

    path: str
    integer: bool

    @property
    def is_scale(self) -> bool:
        return self.path == "scale" or self.path.startswith("scale.")


def base_mapping(spec: ScenarioSpec) -> dict[str, Any]:
    """The scenario as a mapping with every field at its central value and no distributions."""
    data = spec.model_dump(mode="json")
    data.pop("uncertain", None)
    return data


def resolve_input(spec: ScenarioSpec, path: str, *, what: str) -> Input:
    """The :class:`Input` a user's path names; unknown paths end in an error naming the path."""
    text = path.strip()
    if text == "scale" or text.startswith("scale."):
        side = text.removeprefix("scale").lstrip(".")
        if side and side not in spec.sides:
            raise UserError(
                f"{what} '{path}': no side '{side}'; scale takes one of {', '.join(spec.sides)} (scale.SIDE) or none "
                f"(both sides)",
                field=path,
            )
        return Input(text, integer=False)
    canonical, integer = numeric_field(base_mapping(spec), text, spec.name, what=what)
    return Input(canonical, integer)


def apply(base: dict[str, Any], inputs: Sequence[Input], values: Sequence[float]) -> dict[str, Any]:
    """A copy of the scenario mapping with each input set to its value (scales applied last)."""
    data = _copy_tree(base)
    scales = []
    for item, value in zip(inputs, values):
        if item.is_scale:
            scales.append((item.path.removeprefix("scale").lstrip("."), float(value)))
        else:
            set_path(data, item.path, int(round(value)) if item.integer else float(value))
    for side, factor in scales:
        scale_forces(data, factor, side)
    return data


def _copy_tree(value: Any) -> Any:
    """A copy of a JSON tree (dicts, lists and scalars, as ``model_dump(mode="json")`` gives): what
    :func:`copy.deepcopy` gives for it, several times faster (a design makes one per run)."""
    if isinstance(value, dict):
        return {key: _copy_tree(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy_tree(item) for item in value]
    return value


class ScenarioModel:
    """The model function of a scenario: rows of input values -> the outputs of each variant.

    Picklable (a mapping and two tuples), so Dask sends it to any worker.
    """

    def __init__(self, spec: ScenarioSpec, inputs: Sequence[Input]) -> None:
        self.base = base_mapping(spec)
        self.inputs = tuple(inputs)

    def variants(self, values: np.ndarray) -> list[ScenarioSpec]:
        # Validated in full (schema and size bounds): no variant reaches the models unchecked.
        return [parse_variant(apply(self.base, self.inputs, row), self.base["name"]) for row in np.atleast_2d(values)]

    def __call__(self, values: np.ndarray) -> dict[str, np.ndarray]:

        return evaluate(self.variants(values))


def check_values(spec: ScenarioSpec, item: Input, low: float, high: float, *, what: str, shown: str) -> None:
    """End in an error naming the input if its smallest or largest value is one the scenario does not accept."""
    if item.is_scale and (low < 0 or high > MAX_SCALE):
        raise UserError(
            f"{what} '{shown}': a force scale runs from 0 to {MAX_SCALE:g}, got {low:g} to {high:g}", field=item.path
        )
    base = base_mapping(spec)
    for end in (low, high):
        trial = apply(base, [item], [end])
        try:
            # The schema, then the models' own checks (some fields are bounded only there).
            build(parse_scenario(trial, spec.name))
        except UserError as exc:
            raise UserError(
                f"{what} '{shown}': {item.path} cannot take {end:g} ({schema_reason(exc)})", field=item.path
            ) from None


def check_corners(
    spec: ScenarioSpec, inputs: Sequence[Input], lows: Sequence[float], highs: Sequence[float], *, what: str
) -> None:
    """End in an error if the scenario with every input at its smallest, or at its largest, value is refused.

    Sizes grow with every count and scale, so together the largest values can pass a
    bound (warheads in all, objects) that each alone does not.
    """
    base = base_mapping(spec)
    for label, ends in (("smallest", lows), ("largest", highs)):
        try:
            build(parse_scenario(apply(base, inputs, ends), spec.name))
        except UserError as exc:
            shown = ", ".join(f"{i.path} = {v:g}" for i, v in zip(inputs, ends))
            reason = str(exc).removeprefix(f"{spec.name}: ")
            raise UserError(
                f"{what}: with every input at its {label} value ({shown}) the scenario is refused: {reason}",
                field=exc.field,
            ) from None


# Grids ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Axis:
    """One grid axis: an input and its values."""

    input: Input
    values: np.ndarray


def _number(text: str, option: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise UserError(
            f"grid '{option}': '{text}' is not a number; expected PATH=START:STOP:STEP or PATH=V1,V2,...", field="grid"
        ) from None
    if not math.isfinite(value):
        raise UserError(f"grid '{option}': '{text}' is not a finite number", field="grid")
    return value


def grid_values(text: str, option: str) -> np.ndarray:
    """The values of ``START:STOP:STEP`` (STOP included when on the step) or ``V1,V2,...``."""
    text = text.strip()
    if ":" in text:
        parts = text.split(":")
        if len(parts) != 3:
            raise UserError(f"grid '{option}': expected START:STOP:STEP, for example 0:1000:50", field="grid")
        start, stop, step = (_number(p, option) for p in parts)
        if step <= 0:
            raise UserError(f"grid '{option}': STEP must be positive, got {step:g}", field="grid")
        if stop < start:
            raise UserError(
                f"grid '{option}': STOP {stop:g} is below START {start:g}; the grid would be empty", field="grid"
            )
        count = math.floor((stop - start) / step + 1e-9) + 1
        if count > MAX_GRID_POINTS:
            raise UserError(
                f"grid '{option}': {count:,} values; a sweep holds at most {MAX_GRID_POINTS:,} points", field="grid"
            )
        # Rounded to 12 decimals so that 0.1 steps give 0.3, not 0.30000000000000004.
        return np.round(start + step * np.arange(count), 12)
    values = [_number(p, option) for p in text.split(",") if p.strip()]
    if not values:
        raise UserError(f"grid '{option}': no values; expected PATH=START:STOP:STEP or PATH=V1,V2,...", field="grid")
    if len(set(values)) != len(values):
        raise UserError(f"grid '{option}': a value is listed twice", field="grid")
    return np.asarray(values, dtype=float)


def parse_grids(spec: ScenarioSpec, options: Sequence[str]) -> list[Axis]:
    """The axes of ``--grid PATH=START:STOP:STEP`` (or ``PATH=V1,V2,...``) options, checked against the scenario."""
    if not options:
        raise InvalidInput(
            "grid: give at least one `grid` PATH=START:STOP:STEP, for example "
            "sides.USA.defence[0].interceptors=0:1000:100",
            field="grid",
            suggestion="sides.USA.defence[0].interceptors=0:1000:100",
        )
    if len(options) > MAX_GRID_AXES:
        raise UserError(f"grid: {len(options)} grids; a sweep takes at most {MAX_GRID_AXES}", field="grid")
    axes: list[Axis] = []
    points = 1
    for option in options:
        path, sep, values_text = option.partition("=")
        if not sep or not path.strip():
            raise UserError(
                f"grid '{option}': expected PATH=START:STOP:STEP, for example "
                f"sides.USA.defence[0].interceptors=0:1000:100",
                field="grid",
            )
        item = resolve_input(spec, path, what="grid")
        if any(a.input.path == item.path for a in axes):
            raise UserError(f"grid: {item.path} is given twice", field="grid")
        values = grid_values(values_text, option)
        if item.integer and not np.all(values == np.round(values)):
            bad = values[values != np.round(values)][0]
            raise UserError(
                f"grid '{option}': {item.path} holds whole numbers, but the grid reaches {bad:g}", field=item.path
            )
        check_values(spec, item, float(values.min()), float(values.max()), what="grid", shown=option)
        points *= len(values)
        if points > MAX_GRID_POINTS:
            raise UserError(
                f"grid: {points:,} points or more; a sweep holds at most {MAX_GRID_POINTS:,}; use larger steps",
                field="grid",
            )
        axes.append(Axis(item, values))
    if len(axes) > 1:
        check_corners(
            spec,
            [a.input for a in axes],
            [float(a.values.min()) for a in axes],
            [float(a.values.max()) for a in axes],
            what="grid",
        )
    return axes


def grid_rows(axes: Sequence[Axis], start: int, stop: int) -> np.ndarray:
    """Rows ``start`` to ``stop`` (excluded) of the grid, the last axis varying fastest."""
    shape = tuple(len(a.values) for a in axes)
    index = np.unravel_index(np.arange(start, stop, dtype=np.int64), shape)
    return np.column_stack([a.values[i] for a, i in zip(axes, index)]).astype(float)
