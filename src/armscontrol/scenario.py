"""Scenario files (YAML) -> stability model runs -> results.

The format is the contract in DESIGN.md ("Scenario files"); the keys stay as
written there. Additions: ``sources`` (where the force figures are from),
``sweep`` (one defence layer's interceptors over a list of values) and, per
defence layer, ``second_shots`` for shoot-look-shoot. Errors name the file,
the field, what was expected and, for misspelt keys, the nearest known key.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from armscontrol import limits
from armscontrol.errors import UserError, closest, suggest
from armscontrol.stability.engagement import DefenceLayer
from armscontrol.stability.exchange import ExchangeCache
from armscontrol.stability.forces import (
    DEFAULT_SSPK,
    DEFAULT_WARHEADS_PER_TARGET,
    Attack,
    ForceElement,
    Posture,
    Side,
    scaled_launchers,
)
from armscontrol.stability.metrics import DEFAULT_COST_WEIGHT, StabilityResult, first_strike_stability
from armscontrol.uncertain import Distribution, with_distributions

Probability = Field(ge=0.0, le=1.0)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SurvivableSpec(_Strict):
    day_to_day: float = Field(default=0.0, ge=0.0, le=1.0)
    generated: float = Field(default=0.0, ge=0.0, le=1.0)


class ForceSpec(_Strict):
    name: str
    basing: Literal["silo", "mobile", "sea", "air"]
    launchers: int = Field(ge=0)
    warheads_per_launcher: int = Field(ge=1)
    reliability: float = Probability
    survivable: SurvivableSpec | None = None
    bases: int = Field(default=1, ge=1)
    note: str | None = None


class LayerSpec(_Strict):
    name: str
    interceptors: int = Field(ge=0)
    sspk: float = Probability
    doctrine: Literal["salvo", "shoot-look-shoot"] = "salvo"
    shots: int = Field(default=1, ge=1)
    second_shots: int | None = Field(default=None, ge=1)
    tracking: float = Field(default=1.0, ge=0.0, le=1.0)
    reliability: float = Field(default=1.0, ge=0.0, le=1.0)
    discrimination: float = Field(default=0.0, ge=0.0, le=1.0)
    note: str | None = None


class SideSpec(_Strict):
    forces: list[ForceSpec]
    defence: list[LayerSpec] = []
    decoys_per_warhead: int = Field(default=0, ge=0)


Target = Literal["silo", "soft"]


def _default_sspk() -> dict[Target, float]:
    return {"silo": DEFAULT_SSPK["silo"], "soft": DEFAULT_SSPK["soft"]}


def _default_warheads_per_target() -> dict[Target, int]:
    return {"silo": DEFAULT_WARHEADS_PER_TARGET["silo"], "soft": DEFAULT_WARHEADS_PER_TARGET["soft"]}


class AttackSpec(_Strict):
    sspk: dict[Target, float] = Field(default_factory=_default_sspk)
    warheads_per_target: dict[Target, int] = Field(default_factory=_default_warheads_per_target)


Alert = Literal["day_to_day", "generated"]
"""A posture's alert level."""
Launch = Literal["ride_out", "launch_under_attack"]
"""A posture's launch doctrine: ride out the first strike, or launch under attack."""


class PostureSpec(_Strict):
    alert: Alert = "generated"
    launch: Launch = "ride_out"
    launch_fraction: float = Field(default=0.0, ge=0.0, le=1.0)


class CriteriaSpec(_Strict):
    assured_retaliation: float = Field(ge=0)
    value_targets: float = Field(gt=0)
    cost_weight: float = Field(default=DEFAULT_COST_WEIGHT, ge=0)


class SweepSpec(_Strict):
    side: str
    layer: str
    interceptors: list[int] = Field(min_length=1)


class SourceSpec(_Strict):
    publisher: str
    title: str
    date: dt.date | str | int | None = None
    at: str | None = None
    url: str | None = None
    used_for: str | None = None


class ScenarioSpec(_Strict):
    name: str
    description: str | None = None
    sides: dict[str, SideSpec] = Field(min_length=2, max_length=2)
    attack: AttackSpec = AttackSpec()
    posture: PostureSpec = PostureSpec()
    criteria: CriteriaSpec
    sweep: SweepSpec | None = None
    sources: list[SourceSpec] = []
    assumptions: list[str] = []
    # Uncertain inputs (path -> distribution); the fields hold their central values (armscontrol.uncertain).
    uncertain: dict[str, Distribution] = {}

    @model_validator(mode="after")
    def _sweep_names_exist(self) -> ScenarioSpec:
        if self.sweep is not None:
            if self.sweep.side not in self.sides:
                raise ValueError(f"sweep.side: unknown side '{self.sweep.side}'; sides: {', '.join(self.sides)}")
            layers = [layer.name for layer in self.sides[self.sweep.side].defence]
            if self.sweep.layer not in layers:
                raise ValueError(
                    f"sweep.layer: {self.sweep.side} has no defence layer '{self.sweep.layer}'; layers: "
                    f"{', '.join(layers) or 'none'}"
                )
        return self


def _known_keys(location: tuple[Any, ...]) -> list[str]:
    """Field names of the model holding the last key of ``location`` (for suggestions)."""
    model: Any = ScenarioSpec
    for part in location[:-1]:
        if isinstance(part, int):
            continue
        if part == "sides_value":
            model = SideSpec
            continue
        fields = getattr(model, "model_fields", {})
        model = _inner_model(fields[part].annotation) if part in fields else None
    return list(getattr(model, "model_fields", {}))


def _inner_model(annotation: Any) -> Any:
    args = getattr(annotation, "__args__", ())
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in args:
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _where(location: tuple[Any, ...]) -> str:
    out = ""
    for part in location:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _explain(path: str, exc: ValidationError) -> UserError:
    messages = []
    for error in exc.errors():
        location = tuple(error["loc"])
        if error["type"] == "extra_forbidden":
            key = str(location[-1])
            known = _known_keys(_strip_side(location))
            close = closest(key, known)
            hint = (
                f"; did you mean '{close[0]}'?" if close else (f"; expected one of {', '.join(known)}" if known else "")
            )
            messages.append(f"{_where(location[:-1])}: unknown key '{key}'{hint}")
        else:
            got = error.get("input")
            shown = "" if isinstance(got, (dict, list)) else f" (got {got!r})"
            messages.append(f"{_where(location)}: {error['msg']}{shown}")
    first = tuple(exc.errors()[0]["loc"]) if exc.errors() else ()
    return UserError(
        f"{path}: " + "; ".join(messages) + f" (see {SCENARIO_DOCS})", field=_where(first) if first else None
    )


def _strip_side(location: tuple[Any, ...]) -> tuple[Any, ...]:
    if len(location) >= 2 and location[0] == "sides":
        return ("sides_value",) + location[2:]
    return location


MAX_SCENARIO_BYTES = limits.MAX_SCENARIO_BYTES

SCENARIO_DOCS = "docs/scenarios.md"


def load_scenario(path: str | Path) -> ScenarioSpec:
    """Read and validate a scenario file, or a shipped example named ``example:NAME``; errors name the file and the
    field."""
    text = str(path)
    if not text.strip():
        raise UserError(
            f"scenario file: an empty name; give the path of a YAML scenario file, for example "
            f"{FOUNDING_SCENARIO.relative_to(FOUNDING_SCENARIO.parents[1])}",
            field="scenario",
        )
    if text.startswith("example:"):  # the shipped examples, package data: found wherever the package is installed
        stem, names = text.removeprefix("example:"), sorted(p.stem for p in EXAMPLES_DIR.glob("*.yaml"))
        if stem not in names:
            raise suggest(stem, names, what="example", field="scenario")
        path = EXAMPLES_DIR / f"{stem}.yaml"
    path = Path(path)
    if path.is_dir():
        names = sorted(p.name for p in path.glob("*.y*ml"))
        hint = f"; scenarios in it: {', '.join(names)}" if names else ""
        raise UserError(f"{path}: is a folder, not a scenario file{hint}", field="scenario")
    if not path.exists():
        folder = path.parent if path.parent.is_dir() else FOUNDING_SCENARIO.parent
        names = sorted(p.name for p in folder.glob("*.y*ml"))
        close = closest(path.name, names)
        hint = ""
        if close:
            hint = f"; did you mean '{folder / close[0]}'?"
        elif names:
            hint = f"; scenarios in {folder}: {', '.join(names)}"
        raise UserError(f"{path}: no such scenario file{hint}", field="scenario")
    if not path.is_file():
        raise UserError(f"{path}: not a regular file (a device or a pipe); give a YAML scenario file", field="scenario")
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SCENARIO_BYTES + 1)
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})", field="scenario") from None
    return scenario_from_text(raw, str(path))


def scenario_from_text(raw: str | bytes, origin: str = "scenario") -> ScenarioSpec:
    """Validate a scenario given as YAML (or JSON) text; errors name ``origin`` and the field.

    Parameters
    ----------
    raw : str or bytes
        The text of a scenario file, UTF-8 when given as bytes; at most
        :data:`MAX_SCENARIO_BYTES` bytes.
    origin : str
        What to call the text in errors (a file name, ``request body``).
    """
    if len(raw) > MAX_SCENARIO_BYTES:
        raise UserError(
            f"{origin}: larger than {MAX_SCENARIO_BYTES:,} bytes; a scenario is a page of YAML (see {SCENARIO_DOCS})",
            field="scenario",
        )
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UserError(
                f"{origin}: not UTF-8 text (byte {exc.start}); save the scenario as UTF-8 YAML (see {SCENARIO_DOCS})",
                field="scenario",
            ) from None
    if "\x00" in raw:
        raise UserError(
            f"{origin}: holds NUL bytes, so it is not a text file; a scenario is UTF-8 YAML (see {SCENARIO_DOCS})",
            field="scenario",
        )
    if not raw.strip():
        raise UserError(
            f"{origin}: empty; a scenario needs the keys name, sides and criteria (see {SCENARIO_DOCS})",
            field="scenario",
        )
    try:
        check_yaml_shape(raw, origin)
        data = yaml.load(raw, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise UserError(f"{origin}: not valid YAML: {exc}", field="scenario") from None
    return parse_scenario(data, origin)


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check_yaml_shape(raw: str, origin: str = "scenario") -> None:
    """Refuse YAML anchors and aliases, nesting deeper than ``MAX_DEPTH`` and more than ``MAX_NODES`` values.

    Reads the document's events only (the parser's stream, which expands
    nothing), so a file of nested aliases (a "billion laughs") or of ten
    thousand brackets is refused in milliseconds, before anything builds or
    walks the document. A scenario never needs an alias: write the value again.
    """
    depth = nodes = 0
    for event in yaml.parse(raw, Loader=_SAFE_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            line = event.start_mark.line + 1 if event.start_mark is not None else "?"
            raise UserError(
                f"{origin}: line {line}: YAML anchors and aliases (&name, *name) are not accepted in a scenario; "
                f"write the value out again (see {SCENARIO_DOCS})",
                field="scenario",
            )
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > limits.MAX_DEPTH:
                raise UserError(
                    f"{origin}: nested deeper than {limits.MAX_DEPTH} levels (MAX_DEPTH); a scenario is a few levels "
                    f"deep "
                    f"(see {SCENARIO_DOCS})",
                    field="scenario",
                )
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
        if isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            nodes += 1
            if nodes > limits.MAX_NODES:
                raise UserError(
                    f"{origin}: more than {limits.MAX_NODES:,} values (MAX_NODES); a scenario is a page of YAML "
                    f"(see {SCENARIO_DOCS})",
                    field="scenario",
                )


def parse_scenario(data: Any, origin: str = "scenario") -> ScenarioSpec:
    """Validate a scenario already parsed from YAML or JSON (a mapping); errors name ``origin`` and the field."""
    if not isinstance(data, dict):
        raise UserError(
            f"{origin}: expected a mapping with keys name, sides, criteria (see {SCENARIO_DOCS})", field="scenario"
        )
    refuse_booleans(data, origin)
    return with_distributions(data, origin, lambda mapping: parse_variant(mapping, origin), ScenarioSpec)


def parse_variant(data: dict[str, Any], origin: str = "scenario") -> ScenarioSpec:
    """Validate a variant that a design made from a validated scenario: its mapping (``model_dump(mode="json")``,
    without ``uncertain``) with numbers set on numeric fields.

    The schema and the size bounds check it in full, as :func:`parse_scenario` does; what that function does besides
    is skipped, because such a mapping cannot hold it: no distributions (the dump holds their central values and no
    ``uncertain`` block, and a design sets numbers) and no ``true``/``false`` (no field of the schema is a yes-or-no).
    The mapping is validated as it is, not copied (the design made it for this variant alone).
    """
    try:
        spec = ScenarioSpec.model_validate(data)
    except ValidationError as exc:
        raise _explain(origin, exc) from None
    check_sizes(spec, origin)
    return spec


def refuse_booleans(data: Any, origin: str = "scenario") -> None:
    """Refuse ``true``/``false`` anywhere in a scenario: no field of one is a yes-or-no, and ``true`` is not the
    number 1.

    Walks without recursion and no deeper than ``MAX_DEPTH``.
    """
    stack: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    while stack:
        value, where = stack.pop()
        if isinstance(value, bool):
            raise UserError(
                f"{origin}: {_where(where)}: expected a number or text, got {str(value).lower()} "
                f"(a scenario has no yes-or-no fields; see {SCENARIO_DOCS})",
                field=_where(where),
            )
        if isinstance(value, (dict, list)):
            if len(where) >= limits.MAX_DEPTH:
                raise UserError(
                    f"{origin}: nested deeper than {limits.MAX_DEPTH} levels (MAX_DEPTH) at {_where(where)}",
                    field=_where(where),
                )
            items = value.items() if isinstance(value, dict) else enumerate(value)
            stack.extend((v, (*where, k)) for k, v in items)


def check_sizes(spec: ScenarioSpec, origin: str = "scenario") -> None:
    """Refuse a scenario beyond the bounds of :mod:`armscontrol.limits`, or a side with no warheads.

    Each error names the field (``sides.RUS.forces[0].launchers``) and the bound.
    """

    def bound(path: str, value: int, limit: int, name: str) -> None:
        try:
            limits.within(f"{origin}: {path}", value, limit, name)
        except UserError as exc:
            raise UserError(str(exc), field=path) from None

    for side_name, side in spec.sides.items():
        where = f"sides.{side_name}"
        bound(f"{where}.forces (elements)", len(side.forces), limits.MAX_ELEMENTS, "MAX_ELEMENTS")
        bound(f"{where}.defence (layers)", len(side.defence), limits.MAX_LAYERS, "MAX_LAYERS")
        bound(f"{where}.decoys_per_warhead", side.decoys_per_warhead, limits.MAX_DECOYS, "MAX_DECOYS")
        for i, force in enumerate(side.forces):
            bound(f"{where}.forces[{i}].launchers", force.launchers, limits.MAX_LAUNCHERS, "MAX_LAUNCHERS")
            bound(
                f"{where}.forces[{i}].warheads_per_launcher",
                force.warheads_per_launcher,
                limits.MAX_WARHEADS_PER_LAUNCHER,
                "MAX_WARHEADS_PER_LAUNCHER",
            )
            bound(f"{where}.forces[{i}].bases", force.bases, limits.MAX_BASES, "MAX_BASES")
        total = sum(f.launchers * f.warheads_per_launcher for f in side.forces)
        bound(f"{where}.forces (warheads in all)", total, limits.MAX_WARHEADS, "MAX_WARHEADS")
        bound(
            f"{where}.forces (warheads and decoys in all)",
            total * (1 + side.decoys_per_warhead),
            limits.MAX_OBJECTS,
            "MAX_OBJECTS",
        )
        if total == 0:
            raise UserError(
                f"{origin}: {where}.forces: {side_name} has no warheads, so neither side's stability can be judged; "
                f"give at least one force element with launchers (see {SCENARIO_DOCS})",
                field=f"{where}.forces",
            )
        for i, layer in enumerate(side.defence):
            bound(f"{where}.defence[{i}].interceptors", layer.interceptors, limits.MAX_INTERCEPTORS, "MAX_INTERCEPTORS")
            bound(
                f"{where}.defence[{i}].shots", max(layer.shots, layer.second_shots or 0), limits.MAX_SHOTS, "MAX_SHOTS"
            )
    if spec.sweep is not None:
        bound("sweep.interceptors (points)", len(spec.sweep.interceptors), limits.MAX_SWEEP_POINTS, "MAX_SWEEP_POINTS")
        for i, size in enumerate(spec.sweep.interceptors):
            if size < 0:
                raise UserError(
                    f"{origin}: sweep.interceptors[{i}]: expected a non-negative whole number, got {size}",
                    field=f"sweep.interceptors[{i}]",
                )
            bound(f"sweep.interceptors[{i}]", size, limits.MAX_INTERCEPTORS, "MAX_INTERCEPTORS")


def build_side(name: str, spec: SideSpec) -> Side:
    """A model :class:`Side` from its scenario entry."""
    forces = tuple(
        ForceElement(
            f.name,
            f.basing,
            f.launchers,
            f.warheads_per_launcher,
            f.reliability,
            f.survivable.model_dump() if f.survivable else {},
            f.bases,
        )
        for f in spec.forces
    )
    layers = tuple(
        DefenceLayer(
            interceptors=d.interceptors,
            sspk=d.sspk,
            shots=d.shots,
            doctrine=d.doctrine,
            second_shots=d.second_shots,
            tracking=d.tracking,
            discrimination=d.discrimination,
            reliability=d.reliability,
            name=d.name,
        )
        for d in spec.defence
    )
    return Side(name, forces, layers, spec.decoys_per_warhead)


def build(spec: ScenarioSpec) -> tuple[Side, Side, Attack, Posture]:
    """Sides, attack and posture of a scenario."""
    a, b = (build_side(n, s) for n, s in spec.sides.items())
    attack = Attack(
        sspk_silo=spec.attack.sspk.get("silo", DEFAULT_SSPK["silo"]),
        sspk_soft=spec.attack.sspk.get("soft", DEFAULT_SSPK["soft"]),
        warheads_per_silo=spec.attack.warheads_per_target.get("silo", DEFAULT_WARHEADS_PER_TARGET["silo"]),
        warheads_per_soft=spec.attack.warheads_per_target.get("soft", DEFAULT_WARHEADS_PER_TARGET["soft"]),
    )
    posture = Posture(spec.posture.alert, spec.posture.launch, spec.posture.launch_fraction)
    return a, b, attack, posture


def run_stability(spec: ScenarioSpec, sides: tuple[Side, Side] | None = None) -> StabilityResult:
    """First-strike stability of a scenario (optionally with modified sides)."""
    a, b, attack, posture = build(spec)
    if sides is not None:
        a, b = sides
    return first_strike_stability(
        a,
        b,
        attack,
        posture,
        assured_retaliation=spec.criteria.assured_retaliation,
        value_targets=spec.criteria.value_targets,
        cost_weight=spec.criteria.cost_weight,
        cache=_shared_cache(),
    )


_CACHE = None


def _shared_cache():
    """One exchange cache for the runs of this process (parts shared between sweep sizes and commands)."""
    global _CACHE
    if _CACHE is None:
        _CACHE = ExchangeCache(maxsize=512)
    return _CACHE


def variant(spec: ScenarioSpec) -> tuple[Side, Side, Attack, Posture, CriteriaSpec]:
    """The scenario as one variant of :func:`armscontrol.stability.batch.evaluate`: (side A, side B, attack,
    posture, criteria)."""
    a, b, attack, posture = build(spec)
    return a, b, attack, posture, spec.criteria


def sweep_sides(spec: ScenarioSpec, interceptors: int) -> tuple[Side, Side]:
    """The two sides with the swept layer holding ``interceptors``."""
    if spec.sweep is None:
        raise UserError(f"scenario '{spec.name}' has no sweep block")
    a, b, _, _ = build(spec)
    sides = [a, b]
    for i, side in enumerate(sides):
        if side.name == spec.sweep.side:
            sides[i] = side.with_layer_interceptors(spec.sweep.layer, interceptors)
    return sides[0], sides[1]


EXAMPLES_DIR = Path(str(resources.files("armscontrol") / "examples"))
"""The shipped example scenarios, package data (``example:NAME`` is ``EXAMPLES_DIR/NAME.yaml``); ``examples/`` at
the repository's root links here."""
FOUNDING_SCENARIO = EXAMPLES_DIR / "russia-1500-vs-nmd.yaml"


def scale_forces(mapping: dict[str, Any], factor: float, side: str = "") -> dict[str, Any]:
    """Scale the launchers of one side's forces (``side``), or of both (``""``), in a scenario mapping, in place.

    The rule is :func:`armscontrol.stability.forces.scaled_launchers`, the one
    :meth:`ForceElement.scaled` follows; the calculator's scale controls and a
    sweep's ``scale`` inputs both edit a scenario through this function.
    """
    for name, entry in mapping["sides"].items():
        if side in ("", name):
            for force in entry.get("forces", []):
                force["launchers"] = scaled_launchers(force["launchers"], factor)
    return mapping
