"""The shipped examples' forces against the public figures they say they come from.

Each example takes its force structure from named sources (see the comments at the top of each
file). These tests rebuild every leg (ICBMs = silo + mobile, SLBMs, bombers) from those figures
and check the example against them: launchers within one, warheads within 2 %, each side's total
within 1 % of the level the example studies. The leg estimates come from Kyungwon Suh's data set,
kept under ``tests/reference`` (see its README). The New START example is also checked against
the project's own declared holdings, which always ship.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from armscontrol.forces.holdings import latest_holding
from armscontrol.scenario import ScenarioSpec, load_scenario
from reference_support import read_reference

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
LEGS_FILE = "us_russia_strategic_forces_by_leg_1945_2010.csv"
COUNTRY = {"USA": "United States", "RUS": "Russia"}
LEG_OF_BASING = {"silo": "land", "mobile": "land", "sea": "sea", "air": "air"}
LEGS = ("land", "sea", "air")


def example(name: str) -> ScenarioSpec:
    return load_scenario(EXAMPLES / f"{name}.yaml")


def legs_of(spec: ScenarioSpec, side: str) -> dict[str, tuple[int, int]]:
    """(launchers, warheads) per leg of one side of a scenario."""
    out = {leg: (0, 0) for leg in LEGS}
    for element in spec.sides[side].forces:
        leg = LEG_OF_BASING[element.basing]
        launchers, warheads = out[leg]
        out[leg] = (launchers + element.launchers, warheads + element.launchers * element.warheads_per_launcher)
    return out


def reference_row(side: str, year: int) -> dict[str, int]:
    for row in read_reference(LEGS_FILE):
        if row["country"] == COUNTRY[side] and int(row["year"]) == year:
            return {key: int(value) for key, value in row.items() if key not in ("country", "year")}
    raise AssertionError(f"no row for {COUNTRY[side]} {year} in {LEGS_FILE}")


def assert_leg(actual: tuple[int, int], launchers: float, warheads: float, what: str) -> None:
    got_launchers, got_warheads = actual
    assert abs(got_launchers - launchers) <= 1, f"{what}: {got_launchers} launchers, reference {launchers:.2f}"
    assert abs(got_warheads - warheads) <= 0.02 * warheads, f"{what}: {got_warheads} warheads, reference {warheads:.1f}"


@pytest.mark.parametrize(
    ("name", "year", "level"),
    [("russia-1500-vs-nmd", 2000, 1500), ("helsinki-2500", 1997, 2500)],
)
@pytest.mark.parametrize("side", ["USA", "RUS"])
def test_scaled_examples_match_their_year_leg_by_leg(name, year, level, side):
    spec = example(name)
    row = reference_row(side, year)
    scale = level / row["warheads_total"]
    legs = legs_of(spec, side)
    for leg in LEGS:
        assert_leg(
            legs[leg], scale * row[f"launchers_{leg}"], scale * row[f"warheads_{leg}"], f"{name} {side} {leg} ({year})"
        )
    total = sum(warheads for _, warheads in legs.values())
    assert abs(total - level) <= 0.01 * level, f"{name} {side}: {total} warheads, level {level}"


# U.S. Department of State, New START Treaty Aggregate Numbers of Strategic Offensive Arms,
# 1 December 2020 (data as of 1 September 2020), United States data by type: deployed launchers.
US_DECLARED_2020_09 = {"land": 397, "sea": 230, "air": 48}
NEW_START_DAY = dt.date(2020, 9, 1)


@pytest.mark.parametrize("side", ["USA", "RUS"])
def test_new_start_example_has_declared_launchers_and_the_ceiling(side):
    legs = legs_of(example("new-start-parity"), side)
    declared = latest_holding(side, "deployed_launchers", NEW_START_DAY)
    assert declared is not None and declared.holding.kind == "declared"
    assert declared.holding.as_of == NEW_START_DAY
    assert sum(launchers for launchers, _ in legs.values()) == declared.holding.value
    # Treaty-counted: one warhead per bomber, 1,550 in all (Article II.1(b)).
    assert legs["air"][1] == legs["air"][0]
    assert sum(warheads for _, warheads in legs.values()) == 1550
    if side == "USA":
        assert {leg: legs[leg][0] for leg in LEGS} == US_DECLARED_2020_09
        assert legs["land"][1] == legs["land"][0]  # one warhead per Minuteman III


def test_new_start_example_splits_russia_as_the_2002_estimate():
    legs = legs_of(example("new-start-parity"), "RUS")
    row = reference_row("RUS", 2002)
    launchers = sum(n for n, _ in legs.values())
    shares = {leg: row[f"launchers_{leg}"] / row["launchers_total"] for leg in LEGS}
    bombers = legs["air"][1]
    missiles = 1550 - bombers
    missile_warheads = row["warheads_land"] + row["warheads_sea"]
    expected = {
        "land": (launchers * shares["land"], missiles * row["warheads_land"] / missile_warheads),
        "sea": (launchers * shares["sea"], missiles * row["warheads_sea"] / missile_warheads),
        "air": (launchers * shares["air"], launchers * shares["air"]),
    }
    for leg in LEGS:
        assert_leg(legs[leg], *expected[leg], f"new-start-parity RUS {leg} (2002 shares)")
