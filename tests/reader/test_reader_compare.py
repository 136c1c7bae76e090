"""Proposed levels of strategic warheads as draft scenarios, and ``read --compare`` beside the current forces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from armscontrol.answers.read import compare, read
from armscontrol.answers.stability import stability
from armscontrol.reader.draft import HIGHEST, LOWEST, founding_example, scaled_sides, total_warheads
from armscontrol.scenario import FOUNDING_SCENARIO, load_scenario, parse_scenario
from cli_support import run
from examples_support import examples

STATEMENTS = Path(__file__).resolve().parents[1] / "statements"


@settings(max_examples=examples(60), deadline=None)
@given(st.integers(LOWEST, HIGHEST))
def test_each_side_is_scaled_to_the_level_within_half_a_launcher_per_element(level):
    base = founding_example()["sides"]
    for side, spec in scaled_sides(level).items():
        slack = sum(f["warheads_per_launcher"] for f in base[side]["forces"]) / 2
        assert abs(total_warheads(spec["forces"]) - level) <= slack


def test_a_range_gives_two_drafts_one_at_each_end():
    answer = read((STATEMENTS / "helsinki-1997.txt").read_text(encoding="utf-8"))
    assert answer.scenario_levels == [2000, 2500]
    assert answer.scenario == answer.scenarios[1]  # the upper end, as before
    for draft, level in zip(answer.scenarios, answer.scenario_levels):
        spec = parse_scenario(draft)
        assert spec.sweep is not None and spec.sweep.interceptors == founding_example()["sweep"]["interceptors"]
        assert draft["sources"][0]["date"] == "1997-03-21"
        assert str(f"{level:,}") in draft["assumptions"][0]


@pytest.mark.parametrize(
    "text",
    [
        "Russia proposes to reduce strategic nuclear charges to 1,500 each by 2008.",
        "We are ready to cut the strategic potentials of both sides down to 1500 units.",
        "We propose a level of 1,500 strategic nuclear warheads for each side.",
    ],
)
def test_a_proposed_level_under_any_of_its_names_is_a_draft(text):
    assert read(text, on="2000-11-13").scenario_levels == [1500]


@pytest.mark.parametrize(
    "text",
    [
        "Each side now holds 1,550 deployed warheads.",  # a fact, not a proposal
        "The plant proposes to build 1,500 units next year.",  # units, but not of strategic forces
    ],
)
def test_no_draft_without_a_proposed_level_of_warheads(text):
    answer = read(text, on="2021-02-05")
    assert answer.scenarios == [] and answer.scenario is None


def test_compare_matches_the_stability_models_run_on_each_scenario_alone():
    answer = read("Russia proposes 1,500 strategic nuclear warheads for each side.", on="2000-11-13")
    compared = compare(answer)
    assert [s.kind for s in compared.scenarios] == ["current", "proposed"]
    assert compared.scenarios[1].level == 1500
    # A draft at 1,500 is the founding example itself (its forces were scaled to 1,500): same numbers.
    founding = stability(load_scenario(FOUNDING_SCENARIO))
    assert [r.interceptors for r in compared.rows] == [r.interceptors for r in founding.results]
    for row, alone in zip(compared.rows, founding.results):
        assert row.cells[1].combined == pytest.approx(alone.combined, abs=1e-12)
        assert row.cells[1].least_retaliation_arriving == pytest.approx(
            min(p.retaliation_arriving for p in alone.pairs), abs=1e-9
        )
    # The current forces without a defence are examples/new-start-parity.yaml at its own size 0.
    current = stability(load_scenario(FOUNDING_SCENARIO.with_name("new-start-parity.yaml")))
    assert compared.rows[0].interceptors == 0 and current.results[0].interceptors == 0
    assert compared.rows[0].cells[0].combined == pytest.approx(current.results[0].combined, abs=1e-12)


def test_compare_more_warheads_more_retaliation_and_a_larger_defence_less():
    answer = read((STATEMENTS / "helsinki-1997.txt").read_text(encoding="utf-8"))
    steps: list[tuple[int, int]] = []
    compared = compare(answer, progress=lambda done, total: steps.append((done, total)))
    assert [s.level for s in compared.scenarios] == [None, 2000, 2500]
    assert steps[-1] == (15, 15) and [d for d, _ in steps] == list(range(1, 16))
    for row in compared.rows:
        assert len(row.cells) == 3
        assert row.cells[2].least_retaliation_arriving > row.cells[1].least_retaliation_arriving
    for column in range(3):
        arriving = [row.cells[column].least_retaliation_arriving for row in compared.rows]
        assert arriving == sorted(arriving, reverse=True)


def test_read_compare_prints_a_table_and_its_json():
    result = run("read", str(STATEMENTS / "helsinki-1997.txt"), "--compare")
    assert result.exit_code == 0, result.stderr
    for expected in ("current forces (USA 1,550, RUS 1,550)", "proposed 2,000", "proposed 2,500", "interceptors"):
        assert expected in result.stdout
    result = run("read", str(STATEMENTS / "helsinki-1997.txt"), "--compare", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"read", "scenarios", "rows", "defended_side", "layer"} <= data.keys()
    assert data["read"]["scenario_levels"] == [2000, 2500]
    assert len(data["rows"][0]["cells"]) == 3


def test_read_compare_without_a_proposal_shows_the_current_forces_only():
    result = run("read", str(STATEMENTS / "genoa-2001.txt"), "--compare")
    assert result.exit_code == 0, result.stderr
    assert "only the current forces are shown" in result.stdout


def test_drafts_are_bounded_and_each_level_is_drafted_once():
    from armscontrol.reader.draft import MAX_DRAFTS

    text = (
        "We propose 1,000 strategic nuclear warheads for each side. We propose 1,000 strategic nuclear warheads again. "
        "Russia proposes 1,200-1,500 strategic nuclear warheads. The United States proposes 1,700-2,200 strategic "
        "nuclear warheads."
    )
    levels = read(text, on="2001-01-01").scenario_levels
    assert levels == [1000, 1200, 1500, 1700][:MAX_DRAFTS]
