"""Draft scenarios from a statement's proposed levels of strategic warheads.

A draft is the shipped founding example (``examples/russia-1500-vs-nmd.yaml``:
each side's forces of 2000 by leg, scaled to 1,500 warheads, against a US
midcourse defence swept over 0 to 1,000 interceptors) scaled to the proposed
level: every element's launchers are multiplied by ``level / side's warheads``
and rounded to whole launchers (warheads per launcher kept; an element rounded
to no launcher is dropped), so that each side holds about the level. The
defence, the sweep, the attack, the posture and the criteria are the
example's analyst assumptions. A range ("2,000–2,500") gives one draft at each
end.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any

import yaml

from armscontrol.scenario import FOUNDING_SCENARIO, ScenarioSpec

LOWEST, HIGHEST = 100, 20_000
"""Proposed levels outside these bounds are not strategic-force levels: no draft is made."""
MAX_DRAFTS = 4
"""Drafts made from one statement, at most (the first levels in the text)."""


@lru_cache(maxsize=1)
def founding_example() -> dict[str, Any]:
    """The founding example as data (read once)."""
    return yaml.safe_load(FOUNDING_SCENARIO.read_text(encoding="utf-8"))


def total_warheads(forces: list[dict[str, Any]]) -> int:
    """Warheads of a list of force elements: launchers × warheads per launcher, summed."""
    return sum(f["launchers"] * f["warheads_per_launcher"] for f in forces)


def scaled_sides(level: int) -> dict[str, Any]:
    """The founding example's sides, each scaled to about ``level`` warheads (defences kept)."""
    sides = copy.deepcopy(founding_example()["sides"])
    for spec in sides.values():
        factor = level / total_warheads(spec["forces"])
        for force in spec["forces"]:
            force["launchers"] = int(round(force["launchers"] * factor))
        spec["forces"] = [f for f in spec["forces"] if f["launchers"] > 0]
    return sides


def draft_scenario(
    level: int, *, name: str, quote: str, publisher: str | None, date: str, assumption: str
) -> dict[str, Any]:
    """The founding example with both sides scaled to ``level`` strategic warheads; checked against the scenario schema.

    Parameters
    ----------
    level : int
        Proposed warheads for each side.
    name : str
        The scenario's name.
    quote, publisher, date : str
        Where the level is from: the statement's sentence, its publisher and date (the first source).
    assumption : str
        How the level was taken from the text (the first assumption).
    """
    base = founding_example()
    sides = scaled_sides(level)
    reached = {side: total_warheads(spec["forces"]) for side, spec in sides.items()}
    held = [s for s in base["sources"] if "1,500 level" not in s.get("used_for", "")]
    scenario = {
        "name": name,
        "description": (
            f"Draft from a statement: both sides at about {level:,} strategic warheads "
            f"(USA {reached['USA']:,}, RUS {reached['RUS']:,} after rounding to whole launchers), each keeping "
            "the shape of its forces of 2000 by leg, against the founding example's US midcourse defence."
        ),
        "sides": sides,
        "attack": copy.deepcopy(base["attack"]),
        "posture": copy.deepcopy(base["posture"]),
        "criteria": copy.deepcopy(base["criteria"]),
        "sweep": copy.deepcopy(base["sweep"]),
        "sources": [
            {
                "publisher": publisher or "the statement read",
                "title": name,
                "date": date,
                "at": quote,
                "used_for": f"the level of {level:,} warheads",
            },
            *copy.deepcopy(held),
        ],
        "assumptions": [
            assumption,
            f"Each side's force is its 2000 force by leg (the founding example, examples/russia-1500-vs-nmd.yaml), "
            f"scaled uniformly to {level:,} warheads; no real force had this size.",
            "Reliabilities, survivable fractions, bases, sspk, interceptor performance, decoys and criteria are the "
            "founding example's analyst assumptions, not sourced figures.",
        ],
    }
    ScenarioSpec.model_validate(scenario)
    return scenario
