"""The stability calculator's controls: a base scenario and what the user changed, as a scenario.

The controls only edit the scenario mapping (the scenario-file format); every
figure comes from :func:`armscontrol.answers.stability` and
:func:`armscontrol.answers.frontier` on the result.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from armscontrol.errors import UserError

EXAMPLES_DIR = Path(__file__).resolve().parents[3] / "examples"
DEFAULT_BASE = "example:russia-1500-vs-nmd"

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
ALERTS = ("day_to_day", "generated")
LAUNCHES = ("ride_out", "launch_under_attack")


def example_names() -> list[str]:
    """The shipped example scenarios (file stems)."""
    return sorted(p.stem for p in EXAMPLES_DIR.glob("*.yaml")) if EXAMPLES_DIR.is_dir() else []


@functools.lru_cache(maxsize=32)
def _example(stem: str) -> str:
    path = EXAMPLES_DIR / f"{stem}.yaml"
    if stem not in example_names():
        raise UserError(f"base: unknown example '{stem}'; the examples are {', '.join(example_names())}", field="base",
                        suggestion=DEFAULT_BASE)
    return path.read_text(encoding="utf-8")


def base_mapping(base: str, store=None) -> tuple[dict[str, Any], str]:
    """The base scenario as a mapping, and its YAML text: ``example:STEM`` or ``store:ID``."""
    kind, _, name = base.partition(":")
    if kind == "example":
        text = _example(name)
        return yaml.safe_load(text), text
    if kind == "store" and store is not None:
        from armscontrol.limits import parse_id

        saved = store.scenario(parse_id(name, "base", "store:ID with a saved scenario's id"))
        return copy.deepcopy(saved.scenario), saved.yaml
    raise UserError(f"base: expected example:NAME or store:ID, got '{base}'", field="base", suggestion=DEFAULT_BASE)


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
        layer = next((x for x in scenario["sides"][side].get("defence", []) if x.get("name") == sweep.get("layer")), None)
    else:
        side = next((s for s in sides if scenario["sides"][s].get("defence")), sides[0])
        layer = (scenario["sides"][side].get("defence") or [None])[0]
    facing = sides[1] if side == sides[0] else sides[0]
    return Defence(side, facing, layer)


def current(scenario: dict[str, Any]) -> dict[str, Any]:
    """The control values the scenario has as it stands."""
    d = defence_of(scenario)
    layer = d.layer or {}
    values: dict[str, Any] = {
        "interceptors": layer.get("interceptors", 0), "sspk": layer.get("sspk", 0.0), "shots": layer.get("shots", 1),
        "decoys": scenario["sides"][d.facing].get("decoys_per_warhead", 0),
        "discrimination": layer.get("discrimination", 0.0), "tracking": layer.get("tracking", 1.0),
        "reliability": layer.get("reliability", 1.0),
        "alert": scenario.get("posture", {}).get("alert", "generated"),
        "launch": scenario.get("posture", {}).get("launch", "ride_out"),
        "launch_fraction": scenario.get("posture", {}).get("launch_fraction", 0.0),
    }
    for side in scenario["sides"]:
        values[f"scale_{side}"] = 1.0
    return values


def _number(name: str, text: str, kind: str, low: float, high: float) -> float | int:
    try:
        value = int(text) if kind == "int" else float(text)
    except ValueError:
        raise UserError(f"{name}: '{text}' is not a {'whole number' if kind == 'int' else 'number'}", field=name) from None
    if not low <= value <= high:
        raise UserError(f"{name}: expected {low} to {high}, got {text}", field=name, suggestion=str(min(max(value, low), high)))
    return value


def apply(scenario: dict[str, Any], params: dict[str, str], *, keep_sweep: bool = False) -> tuple[dict[str, Any], dict[str, Any]]:
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
                raise UserError(f"{key}: expected one of {', '.join(choices)}, got '{params[key]}'", field=key, suggestion=choices[0])
            values[key] = params[key]
    if d.layer is not None:
        layer = next(x for x in out["sides"][d.side]["defence"] if x.get("name") == d.layer.get("name"))
        for name in ("interceptors", "sspk", "shots", "discrimination", "tracking", "reliability"):
            layer[name] = values[name]
    out["sides"][d.facing]["decoys_per_warhead"] = values["decoys"]
    for side, spec in out["sides"].items():
        scale = values[f"scale_{side}"]
        if scale != 1.0:
            for element in spec.get("forces", []):
                element["launchers"] = max(0, round(element["launchers"] * scale))
    posture = out.setdefault("posture", {})
    posture["alert"], posture["launch"] = values["alert"], values["launch"]
    posture["launch_fraction"] = values["launch_fraction"]
    if not keep_sweep:
        out.pop("sweep", None)
    return out, values


def uncertainty_of(scenario: dict[str, Any], path: str, low: float, high: float, samples: int, seed: int):
    """The uncertainty view's answer: :func:`armscontrol.answers.sweeps.one_input_uncertainty` on one in-process worker."""
    from armscontrol.answers.sweeps import one_input_uncertainty
    from armscontrol.sweep.runner import dask_client

    with dask_client(workers=1, processes=False) as client:
        return one_input_uncertainty(scenario, path, low, high, samples, seed, client=client)
