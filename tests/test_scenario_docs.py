"""docs/scenarios.md documents every key of the scenario format, and its example runs."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from armscontrol import scenario
from armscontrol.scenario import SCENARIO_DOCS, ScenarioSpec, scenario_from_text

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "scenarios.md"


def models(root: type[BaseModel]) -> set[type[BaseModel]]:
    """``root`` and every model its fields hold, however nested."""
    found = {root}
    todo = [root]
    while todo:
        model = todo.pop()
        for info in model.model_fields.values():
            stack = [info.annotation]
            while stack:
                annotation = stack.pop()
                if isinstance(annotation, type) and issubclass(annotation, BaseModel) and annotation not in found:
                    found.add(annotation)
                    todo.append(annotation)
                stack.extend(getattr(annotation, "__args__", ()))
    return found


def test_the_errors_point_to_this_page() -> None:
    assert SCENARIO_DOCS == "docs/scenarios.md" and DOC.is_file()


def test_every_key_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_]+)`", text))
    keys = {name for model in models(ScenarioSpec) for name in model.model_fields}
    assert keys, "no scenario keys found"
    assert keys <= documented, sorted(keys - documented)
    for literal in (
        "silo",
        "mobile",
        "sea",
        "air",
        "salvo",
        "shoot-look-shoot",
        "day_to_day",
        "generated",
        "ride_out",
        "launch_under_attack",
    ):
        assert f"`{literal}`" in text, literal


def test_the_documented_defaults_are_the_codes() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert scenario.AttackSpec().sspk == {"silo": 0.7, "soft": 0.95} and "`{silo: 0.7, soft: 0.95}`" in text
    assert scenario.AttackSpec().warheads_per_target == {"silo": 2, "soft": 1} and "`{silo: 2, soft: 1}`" in text
    assert scenario.PostureSpec().alert == "generated" and scenario.PostureSpec().launch == "ride_out"
    assert scenario.CriteriaSpec.model_fields["cost_weight"].default == 0.25 and "`0.25`" in text
    layer = scenario.LayerSpec.model_fields
    assert (
        layer["doctrine"].default,
        layer["shots"].default,
        layer["tracking"].default,
        layer["reliability"].default,
        layer["discrimination"].default,
    ) == ("salvo", 1, 1.0, 1.0, 0.0)
    assert scenario.ForceSpec.model_fields["bases"].default == 1


def test_the_example_on_the_page_is_a_valid_scenario() -> None:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(.*?)```", text, re.S)
    assert block is not None
    spec = scenario_from_text(block.group(1), "docs/scenarios.md example")
    assert set(spec.sides) == {"USA", "RUS"} and spec.sweep is not None and spec.sweep.layer == "midcourse"
