"""A draft scenario from a statement's proposed level of strategic warheads.

The shipped forces are those of the example ``examples/new-start-parity.yaml``:
each side's force declared in the New START data exchange of 1 September 2020
(U.S. Department of State, fact sheet of 1 December 2020), split by leg as
documented there. The draft scales every element's launchers by
``level / total warheads`` (rounded to whole launchers, warheads per launcher
kept), so that each side holds about the proposed level, and keeps the
example's analyst assumptions (reliabilities, survivability, attack, criteria).
No defence is assumed: the analyst adds one.
"""

from __future__ import annotations

import copy
from typing import Any

from armscontrol.scenario import ScenarioSpec
from armscontrol.stability.forces import DEFAULT_SSPK, DEFAULT_WARHEADS_PER_TARGET

BASE_FORCES: dict[str, dict[str, Any]] = {
    "USA": {"forces": [
        {"name": "Minuteman III", "basing": "silo", "launchers": 397, "warheads_per_launcher": 1, "reliability": 0.85},
        {"name": "Trident II with 5 warheads", "basing": "sea", "launchers": 185, "warheads_per_launcher": 5, "reliability": 0.9,
         "survivable": {"day_to_day": 0.6, "generated": 0.9}, "bases": 2},
        {"name": "Trident II with 4 warheads", "basing": "sea", "launchers": 45, "warheads_per_launcher": 4, "reliability": 0.9,
         "survivable": {"day_to_day": 0.6, "generated": 0.9}, "bases": 2},
        {"name": "B-52H and B-2A", "basing": "air", "launchers": 48, "warheads_per_launcher": 1, "reliability": 0.8,
         "survivable": {"day_to_day": 0.0, "generated": 0.8}, "bases": 3},
    ]},
    "RUS": {"forces": [
        {"name": "MIRVed silo ICBMs", "basing": "silo", "launchers": 84, "warheads_per_launcher": 10, "reliability": 0.8},
        {"name": "road-mobile ICBMs", "basing": "mobile", "launchers": 270, "warheads_per_launcher": 1, "reliability": 0.85,
         "survivable": {"day_to_day": 0.2, "generated": 0.8}, "bases": 10},
        {"name": "SLBMs with 4 warheads", "basing": "sea", "launchers": 50, "warheads_per_launcher": 4, "reliability": 0.85,
         "survivable": {"day_to_day": 0.25, "generated": 0.75}, "bases": 2},
        {"name": "SLBMs with 3 warheads", "basing": "sea", "launchers": 67, "warheads_per_launcher": 3, "reliability": 0.85,
         "survivable": {"day_to_day": 0.25, "generated": 0.75}, "bases": 2},
        {"name": "heavy bombers", "basing": "air", "launchers": 39, "warheads_per_launcher": 1, "reliability": 0.75,
         "survivable": {"day_to_day": 0.0, "generated": 0.5}, "bases": 2},
    ], "decoys_per_warhead": 2},
}
BASE_SOURCES = [
    {"publisher": "U.S. Department of State, Bureau of Arms Control, Verification and Compliance",
     "title": "New START Treaty Aggregate Numbers of Strategic Offensive Arms (data as of September 1, 2020)",
     "date": "2020-12-01", "at": "aggregate table (USA 675 / 1,457, RUS 510 / 1,447) and the United States data by type",
     "used_for": "declared launchers of each side, the base the proposal's level is applied to (see examples/new-start-parity.yaml)"},
    {"publisher": "Kyungwon Suh (compiled by Our World in Data)",
     "title": "Strategic nuclear forces data set (United States and Soviet Union/Russia, launchers and warheads by leg)",
     "date": 2022, "at": "row Russia 2002", "used_for": "the split of Russia's declared totals between legs (estimates)"},
]


def total_warheads(forces: list[dict[str, Any]]) -> int:
    return sum(f["launchers"] * f["warheads_per_launcher"] for f in forces)


def draft_scenario(level: int, *, name: str, quote: str, publisher: str | None, date: str, assumption: str) -> dict[str, Any]:
    """A scenario with both sides scaled to ``level`` strategic warheads; checked against the scenario schema."""
    sides: dict[str, Any] = {}
    reached: dict[str, int] = {}
    for side, spec in BASE_FORCES.items():
        spec = copy.deepcopy(spec)
        factor = level / total_warheads(spec["forces"])
        for force in spec["forces"]:
            force["launchers"] = int(round(force["launchers"] * factor))
        reached[side] = total_warheads(spec["forces"])
        sides[side] = spec
    scenario = {
        "name": name,
        "description": (f"Draft from a statement: both sides at about {level:,} strategic warheads "
                        f"(USA {reached['USA']:,}, RUS {reached['RUS']:,} after rounding to whole launchers), "
                        "each keeping the shape of its force declared on 1 September 2020. No defence."),
        "sides": sides,
        "attack": {"sspk": dict(DEFAULT_SSPK), "warheads_per_target": dict(DEFAULT_WARHEADS_PER_TARGET)},
        "posture": {"alert": "generated", "launch": "ride_out"},
        "criteria": {"assured_retaliation": 200, "value_targets": 200, "cost_weight": 0.25},
        "sources": [
            {"publisher": publisher or "the statement read", "title": name, "date": date, "at": quote, "used_for": f"the level of {level:,} warheads"},
            *BASE_SOURCES,
        ],
        "assumptions": [
            assumption,
            "Each side's force is its force declared on 1 September 2020, scaled uniformly by leg to the level; no real force had this size.",
            "Reliabilities, survivable fractions, bases, sspk, decoys and criteria are the analyst assumptions of examples/new-start-parity.yaml, not sourced figures.",
            "No missile defence: add a 'defence' layer to a side to ask the founding question.",
        ],
    }
    ScenarioSpec.model_validate(scenario)
    return scenario
