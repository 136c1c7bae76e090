"""Scenario files (YAML) -> stability model runs -> results.

The format is the contract in DESIGN.md ("Scenario files"); the keys stay as
written there. Additions: ``sources`` (where the force figures are from),
``sweep`` (one defence layer's interceptors over a list of values) and, per
defence layer, ``second_shots`` for shoot-look-shoot. Errors name the file,
the field, what was expected and, for misspelt keys, the nearest known key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from armscontrol.errors import UserError, closest
from armscontrol.stability.engagement import DefenceLayer
from armscontrol.stability.forces import Attack, ForceElement, Posture, Side
from armscontrol.stability.metrics import DEFAULT_COST_WEIGHT, StabilityResult, first_strike_stability

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


class AttackSpec(_Strict):
    sspk: dict[Literal["silo", "soft"], float] = {"silo": 0.7, "soft": 0.95}
    warheads_per_target: dict[Literal["silo", "soft"], int] = {"silo": 2, "soft": 1}


class PostureSpec(_Strict):
    alert: Literal["day_to_day", "generated"] = "generated"
    launch: Literal["ride_out", "launch_under_attack"] = "ride_out"
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

    @model_validator(mode="after")
    def _sweep_names_exist(self) -> ScenarioSpec:
        if self.sweep is not None:
            if self.sweep.side not in self.sides:
                raise ValueError(f"sweep.side: unknown side '{self.sweep.side}'; sides: {', '.join(self.sides)}")
            layers = [layer.name for layer in self.sides[self.sweep.side].defence]
            if self.sweep.layer not in layers:
                raise ValueError(f"sweep.layer: {self.sweep.side} has no defence layer '{self.sweep.layer}'; layers: {', '.join(layers) or 'none'}")
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
            hint = f"; did you mean '{close[0]}'?" if close else (f"; expected one of {', '.join(known)}" if known else "")
            messages.append(f"{_where(location[:-1])}: unknown key '{key}'{hint}")
        else:
            got = error.get("input")
            shown = "" if isinstance(got, (dict, list)) else f" (got {got!r})"
            messages.append(f"{_where(location)}: {error['msg']}{shown}")
    return UserError(f"{path}: " + "; ".join(messages))


def _strip_side(location: tuple[Any, ...]) -> tuple[Any, ...]:
    if len(location) >= 2 and location[0] == "sides":
        return ("sides_value",) + location[2:]
    return location


def load_scenario(path: str | Path) -> ScenarioSpec:
    """Read and validate a scenario file; errors name the file and the field."""
    path = Path(path)
    if not path.is_file():
        folder = path.parent if path.parent.is_dir() else FOUNDING_SCENARIO.parent
        names = sorted(p.name for p in folder.glob("*.y*ml"))
        close = closest(path.name, names)
        hint = ""
        if close:
            hint = f"; did you mean '{folder / close[0]}'?"
        elif names:
            hint = f"; scenarios in {folder}: {', '.join(names)}"
        raise UserError(f"{path}: no such scenario file{hint}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise UserError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a mapping with keys name, sides, criteria")
    try:
        return ScenarioSpec.model_validate(data)
    except ValidationError as exc:
        raise _explain(str(path), exc) from None


def build_side(name: str, spec: SideSpec) -> Side:
    """A model :class:`Side` from its scenario entry."""
    forces = tuple(
        ForceElement(f.name, f.basing, f.launchers, f.warheads_per_launcher, f.reliability,
                     f.survivable.model_dump() if f.survivable else {}, f.bases)
        for f in spec.forces
    )
    layers = tuple(
        DefenceLayer(interceptors=d.interceptors, sspk=d.sspk, shots=d.shots, doctrine=d.doctrine,
                     second_shots=d.second_shots, tracking=d.tracking, discrimination=d.discrimination,
                     reliability=d.reliability, name=d.name)
        for d in spec.defence
    )
    return Side(name, forces, layers, spec.decoys_per_warhead)


def build(spec: ScenarioSpec) -> tuple[Side, Side, Attack, Posture]:
    """Sides, attack and posture of a scenario."""
    a, b = (build_side(n, s) for n, s in spec.sides.items())
    attack = Attack(
        sspk_silo=spec.attack.sspk.get("silo", 0.7), sspk_soft=spec.attack.sspk.get("soft", 0.95),
        warheads_per_silo=spec.attack.warheads_per_target.get("silo", 2),
        warheads_per_soft=spec.attack.warheads_per_target.get("soft", 1),
    )
    posture = Posture(spec.posture.alert, spec.posture.launch, spec.posture.launch_fraction)
    return a, b, attack, posture


def run_stability(spec: ScenarioSpec, sides: tuple[Side, Side] | None = None) -> StabilityResult:
    """First-strike stability of a scenario (optionally with modified sides)."""
    a, b, attack, posture = build(spec)
    if sides is not None:
        a, b = sides
    return first_strike_stability(
        a, b, attack, posture, assured_retaliation=spec.criteria.assured_retaliation,
        value_targets=spec.criteria.value_targets, cost_weight=spec.criteria.cost_weight, cache=_shared_cache(),
    )


_CACHE = None


def _shared_cache():
    """One exchange cache for the runs of this process (parts shared between sweep sizes and commands)."""
    global _CACHE
    if _CACHE is None:
        from armscontrol.stability.exchange import ExchangeCache

        _CACHE = ExchangeCache(maxsize=512)
    return _CACHE


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


def stability_json(result: StabilityResult) -> dict[str, Any]:
    """The JSON of ``armscontrol stability`` for one result."""
    pairs = []
    for (attacker, victim), ex in result.exchanges.items():
        pairs.append({
            "attacker": attacker, "victim": victim,
            "counterforce_warheads": ex.counterforce_warheads,
            "reserve_warheads": ex.reserve_warheads,
            "aim_points_attacked": ex.aim_points_attacked,
            "victim_surviving_warheads": ex.victim_surviving_warheads,
            "victim_surviving_p5": ex.victim_surviving_p5,
            "retaliation_arriving": ex.retaliation_arriving,
            "retaliation_arriving_p5": ex.retaliation_arriving_p5,
            "assured_retaliation_met": result.assured_retaliation_met(attacker, victim),
            "reserve_arriving": ex.reserve_arriving,
            "victim_interceptors_left": list(ex.victim_interceptors_left),
            "defence_leak_fraction_counterforce": ex.defence_leak_fraction,
            "neglected_mass": ex.neglected_mass,
        })
    return {
        "pairs": pairs,
        "sides": {
            name: {"first_strike_stability": s.first_strike_stability,
                   "cost_striking_first": s.cost_striking_first, "cost_struck_first": s.cost_struck_first}
            for name, s in result.sides.items()
        },
        "combined": result.combined,
        "criteria": {"assured_retaliation": result.assured_retaliation, "tested_on": "5th percentile",
                     "value_targets": result.value_targets, "cost_weight": result.cost_weight},
    }


FOUNDING_SCENARIO = Path(__file__).resolve().parents[2] / "examples" / "russia-1500-vs-nmd.yaml"


def founding_question_rows(path: str | Path = FOUNDING_SCENARIO, on_row: Callable[[int], None] | None = None) -> list[dict[str, Any]]:
    """Rows of the founding-question table: one per swept defence size.

    Each row: interceptors; for each ordered pair the retaliation arriving
    (expected, 5th percentile) and whether assured retaliation is met; each
    side's first-strike stability and the combined index.
    """
    spec = load_scenario(path)
    if spec.sweep is None:
        raise UserError(f"{path}: the founding question needs a sweep block")
    from armscontrol.stability.batch import evaluate

    _, _, attack, posture = build(spec)
    rows = []
    for interceptors in spec.sweep.interceptors:
        a, b = sweep_sides(spec, interceptors)
        result = evaluate([(a, b, attack, posture, spec.criteria)], cache=_shared_cache())
        row: dict[str, Any] = {"interceptors": interceptors}
        for j, (attacker, victim) in enumerate(((a.name, b.name), (b.name, a.name))):
            row[f"{victim}_after_{attacker}_strike"] = {
                "retaliation_arriving": float(result.retaliation_arriving[0, j]),
                "retaliation_arriving_p5": int(result.retaliation_arriving_p5[0, j]),
                "assured_retaliation_met": bool(result.assured_retaliation_met[0, j]),
            }
        row["first_strike_stability"] = {a.name: float(result.first_strike_stability[0, 0]), b.name: float(result.first_strike_stability[0, 1])}
        row["combined"] = float(result.combined[0])
        rows.append(row)
        if on_row is not None:
            on_row(interceptors)
    return rows


def founding_question_table(rows: list[dict[str, Any]] | None = None, title: str | None = None):
    """The founding-question rows as a rich table (for ``armscontrol brief``)."""
    from rich.table import Table

    rows = founding_question_rows() if rows is None else rows
    table = Table(title=title or "Both sides at 1,500 warheads; a US national missile defence of N interceptors",
                  title_justify="left", caption="retaliation: warheads arriving after absorbing a first strike, expected (5th percentile); assured = 5th percentile ≥ threshold",
                  caption_justify="left")
    pair_keys = [k for k in rows[0] if k.endswith("_strike")] if rows else []
    sides = list(rows[0]["first_strike_stability"]) if rows else []
    table.add_column("interceptors", justify="right")
    for key in pair_keys:
        victim, attacker = key.split("_after_")[0], key.split("_after_")[1].removesuffix("_strike")
        table.add_column(f"{victim} retaliation after {attacker} strike", justify="right")
    for side in sides:
        table.add_column(f"FSS {side}", justify="right")
    table.add_column("FSS combined", justify="right")
    for row in rows:
        cells = [f"{row['interceptors']:,}"]
        for key in pair_keys:
            p = row[key]
            mark = "assured" if p["assured_retaliation_met"] else "NOT assured"
            cells.append(f"{p['retaliation_arriving']:,.0f} ({p['retaliation_arriving_p5']:,}) {mark}")
        cells += [f"{row['first_strike_stability'][s]:.3f}" for s in sides]
        cells.append(f"{row['combined']:.3f}")
        table.add_row(*cells)
    return table
