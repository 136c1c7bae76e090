"""Editing a scenario with the calculator's controls: the defence layer, the decoys, the posture, the force scale.

The controls edit the scenario mapping (the scenario-file format) by field path
(:func:`control_paths`), the vocabulary a sweep's grid and an uncertain input use
(:mod:`armscontrol.sweep.design`, :mod:`armscontrol.uncertain`); the force scale follows the
one scaling rule, :func:`armscontrol.scenario.scale_forces`. The defaults a
control shows are the scenario's own values, else the scenario format's defaults
(:data:`DEFAULTS`).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, get_args

from pydantic import BaseModel

from armscontrol.errors import UserError
from armscontrol.scenario import Alert, Launch, LayerSpec, PostureSpec, SideSpec, scale_forces


def _default(model: type[BaseModel], name: str) -> Any:
    return model.model_fields[name].default


DEFAULTS: dict[str, Any] = {
    "interceptors": 0,
    "sspk": 0.0,  # no layer: nothing intercepts
    "shots": _default(LayerSpec, "shots"),
    "discrimination": _default(LayerSpec, "discrimination"),
    "tracking": _default(LayerSpec, "tracking"),
    "reliability": _default(LayerSpec, "reliability"),
    "decoys": _default(SideSpec, "decoys_per_warhead"),
    "alert": _default(PostureSpec, "alert"),
    "launch": _default(PostureSpec, "launch"),
    "launch_fraction": _default(PostureSpec, "launch_fraction"),
}
"""What a control shows where the scenario leaves its field out: the scenario format's own defaults."""

# name, label, kind, min, max, step
CONTROLS = (
    ("interceptors", "Interceptors", "int", 0, 2000, 10),
    ("sspk", "Single-shot kill probability", "float", 0.0, 1.0, 0.05),
    ("shots", "Shots per object", "int", 1, 4, 1),
    ("decoys", "Decoys per warhead (facing side)", "int", 0, 10, 1),
    ("discrimination", "Discrimination", "float", 0.0, 1.0, 0.05),
    ("tracking", "Tracking", "float", 0.0, 1.0, 0.05),
    ("reliability", "Defence reliability", "float", 0.0, 1.0, 0.05),
    ("launch_fraction", "Fraction launched under attack", "float", 0.0, 1.0, 0.05),
)
SCALE = ("scale", "float", 0.1, 2.0, 0.05)
LAYER_CONTROLS = ("interceptors", "sspk", "shots", "discrimination", "tracking", "reliability")
"""The controls that set a field of the defence layer the controls act on."""
POSTURE_CONTROLS = ("alert", "launch", "launch_fraction")
"""The controls that set a field of the scenario's posture."""
ALERTS: tuple[str, ...] = get_args(Alert)
"""The alert levels a scenario's posture may take (the first is the suggestion on a bad value)."""
LAUNCHES: tuple[str, ...] = get_args(Launch)
"""The launch doctrines a scenario's posture may take."""


@dataclass
class Defence:
    side: str
    facing: str
    layer: dict[str, Any] | None


def defence_of(scenario: dict[str, Any]) -> Defence:
    """The layer the controls act on: the sweep's layer, else the first layer of either side."""
    sides = list(scenario["sides"])
    sweep = scenario.get("sweep")
    if sweep:
        side = sweep["side"]
        layer = next(
            (x for x in scenario["sides"][side].get("defence", []) if x.get("name") == sweep.get("layer")), None
        )
    else:
        side = next((s for s in sides if scenario["sides"][s].get("defence")), sides[0])
        layer = (scenario["sides"][side].get("defence") or [None])[0]
    facing = sides[1] if side == sides[0] else sides[0]
    return Defence(side, facing, layer)


def control_paths(scenario: dict[str, Any], defence: Defence | None = None) -> dict[str, str]:
    """Each control's field path in the scenario, as a sweep or an uncertain input names it.

    ``interceptors`` is ``sides.USA.defence[0].interceptors`` for the layer the
    controls act on (:func:`defence_of`), ``decoys`` the facing side's
    ``decoys_per_warhead``, ``alert`` ``posture.alert``; a scenario without a
    defence layer has no layer paths.
    """
    d = defence if defence is not None else defence_of(scenario)
    paths: dict[str, str] = {}
    if d.layer is not None:
        index = next(
            i for i, x in enumerate(scenario["sides"][d.side]["defence"]) if x.get("name") == d.layer.get("name")
        )
        for name in LAYER_CONTROLS:
            paths[name] = f"sides.{d.side}.defence[{index}].{name}"
    paths["decoys"] = f"sides.{d.facing}.decoys_per_warhead"
    for name in POSTURE_CONTROLS:
        paths[name] = f"posture.{name}"
    return paths


def current(scenario: dict[str, Any]) -> dict[str, Any]:
    """The control values the scenario has as it stands."""
    d = defence_of(scenario)
    layer = d.layer or {}
    posture = scenario.get("posture", {})
    values: dict[str, Any] = {name: layer.get(name, DEFAULTS[name]) for name in LAYER_CONTROLS}
    values["decoys"] = scenario["sides"][d.facing].get("decoys_per_warhead", DEFAULTS["decoys"])
    values.update({name: posture.get(name, DEFAULTS[name]) for name in POSTURE_CONTROLS})
    for side in scenario["sides"]:
        values[f"scale_{side}"] = 1.0
    return values


def _number(name: str, text: str, kind: str, low: float, high: float) -> float | int:
    try:
        value = int(text) if kind == "int" else float(text)
    except ValueError:
        raise UserError(
            f"{name}: '{text}' is not a {'whole number' if kind == 'int' else 'number'}", field=name
        ) from None
    if not low <= value <= high:
        raise UserError(
            f"{name}: expected {low} to {high}, got {text}", field=name, suggestion=str(min(max(value, low), high))
        )
    return value


def apply(
    scenario: dict[str, Any], params: dict[str, str], *, keep_sweep: bool = False
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The scenario with the controls in ``params`` applied, and the control values in effect.

    Without ``keep_sweep`` the sweep is dropped: the calculator answers at one defence size.
    """
    out = copy.deepcopy(scenario)
    values = current(out)
    d = defence_of(out)
    for name, _label, kind, low, high, _step in CONTROLS:
        if params.get(name) not in (None, ""):
            values[name] = _number(name, params[name], kind, low, high)
    for side in out["sides"]:
        key = f"scale_{side}"
        if params.get(key) not in (None, ""):
            values[key] = _number(key, params[key], "float", SCALE[2], SCALE[3])
    for key, choices in (("alert", ALERTS), ("launch", LAUNCHES)):
        if params.get(key) not in (None, ""):
            if params[key] not in choices:
                raise UserError(
                    f"{key}: expected one of {', '.join(choices)}, got '{params[key]}'",
                    field=key,
                    suggestion=choices[0],
                )
            values[key] = params[key]
    # The fields control_paths names, set in place (a side's name may hold any character, so not by parsing a path;
    # a field the scenario left out, at its default, is set here).
    if d.layer is not None:
        layer = next(x for x in out["sides"][d.side]["defence"] if x.get("name") == d.layer.get("name"))
        for name in LAYER_CONTROLS:
            layer[name] = values[name]
    out["sides"][d.facing]["decoys_per_warhead"] = values["decoys"]
    posture = out.setdefault("posture", {})
    for name in POSTURE_CONTROLS:
        posture[name] = values[name]
    for side in out["sides"]:
        if values[f"scale_{side}"] != 1.0:
            scale_forces(out, values[f"scale_{side}"], side)
    if not keep_sweep:
        out.pop("sweep", None)
    return out, values
