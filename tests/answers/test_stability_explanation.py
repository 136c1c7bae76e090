"""The stability and engage answers explain themselves: the decomposition and the derivation state the answer's own
figures."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from armscontrol import answers
from armscontrol.answers.common import EXPLANATION_DESCRIPTION
from armscontrol.answers.engage import EngageAnswer
from armscontrol.answers.stability import StabilityAnswer
from armscontrol.scenario import scenario_from_text
from armscontrol.stability.decomposition import count
from examples_support import examples


def scenario(
    interceptors: int, decoys: int, silos: int, reliability: float, launch: str, threshold: int, sweep: bool = False
) -> str:
    spec = {
        "name": "explained",
        "sides": {
            "A": {
                "forces": [
                    {
                        "name": "silos",
                        "basing": "silo",
                        "launchers": silos,
                        "warheads_per_launcher": 1,
                        "reliability": 0.9,
                    },
                    {
                        "name": "subs",
                        "basing": "sea",
                        "launchers": 5,
                        "warheads_per_launcher": 4,
                        "reliability": reliability,
                        "survivable": {"generated": 0.8},
                        "bases": 2,
                    },
                ],
                "defence": [{"name": "midcourse", "interceptors": interceptors, "sspk": 0.7, "shots": 2}],
            },
            "B": {
                "forces": [
                    {
                        "name": "silos",
                        "basing": "silo",
                        "launchers": 20,
                        "warheads_per_launcher": 1,
                        "reliability": reliability,
                    },
                    {
                        "name": "mobiles",
                        "basing": "mobile",
                        "launchers": 10,
                        "warheads_per_launcher": 2,
                        "reliability": 0.85,
                        "survivable": {"generated": 0.7},
                        "bases": 4,
                    },
                ],
                "decoys_per_warhead": decoys,
            },
        },
        "posture": {"alert": "generated", "launch": launch, "launch_fraction": 0.5},
        "criteria": {"assured_retaliation": threshold, "value_targets": 50},
    }
    if sweep:
        spec["sweep"] = {"side": "A", "layer": "midcourse", "interceptors": [0, interceptors]}
    return yaml.safe_dump(spec)


def final_steps(steps):
    return [s for s in steps if s.rule.startswith("Assured retaliation")]


@settings(max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(0, 40),
    st.integers(0, 2),
    st.integers(0, 30),
    st.floats(0.5, 1.0),
    st.sampled_from(["ride_out", "launch_under_attack"]),
    st.integers(0, 40),
)
def test_explanation_concludes_with_the_answers_arriving_figures(
    interceptors, decoys, silos, reliability, launch, threshold
):
    answer = answers.stability(
        scenario_from_text(scenario(interceptors, decoys, silos, reliability, launch, threshold))
    )
    finals = final_steps(answer.explanation)
    assert len(finals) == len(answer.pairs) == len(answer.decomposition) == 2
    for pair, step, parts in zip(answer.pairs, finals, answer.decomposition):
        assert (parts.attacker, parts.victim) == (pair.attacker, pair.victim)
        assert f"{count(pair.retaliation_arriving)} warheads expected" in step.conclusion
        assert f"{pair.retaliation_arriving_p5:,} at the 5th percentile" in step.conclusion
        assert ("assured retaliation met" in step.conclusion) == pair.assured_retaliation_met
        assert (
            parts.stages[-1].expected == pair.retaliation_arriving
            and parts.stages[-1].p5 == pair.retaliation_arriving_p5
        )
        assert parts.stages[0].expected == {"A": silos + 20, "B": 40}[pair.victim]
        assert parts.assured_retaliation_met == pair.assured_retaliation_met


def test_every_stage_has_its_rule_and_the_inputs_as_facts():
    answer = answers.stability(scenario_from_text(scenario(20, 1, 20, 0.9, "launch_under_attack", 10)))
    rules = " | ".join(s.rule for s in answer.explanation)
    for words in (
        "launchers × warheads per launcher",
        "(1 − reliability·sspk)^n",
        "own defence",
        "launched in retaliation",
        "reliability (binomial thinning)",
        "attacker's defence layers",
        "Assured retaliation",
    ):
        assert words in rules
    facts = " | ".join(f.text for s in answer.explanation for f in s.facts)
    assert "interceptors" in facts and "launch under attack" in facts and "threshold: 10 warheads" in facts


def test_a_sweep_carries_a_decomposition_and_explanation_per_defence_size():
    answer = answers.stability(scenario_from_text(scenario(30, 0, 20, 0.9, "ride_out", 10, sweep=True)))
    assert answer.decomposition is None and answer.explanation
    for run in answer.results:
        assert len(run.decomposition) == 2
        assert [s.conclusion for s in final_steps(run.explanation)] and run.explanation[0].rule.startswith(
            "A strikes B first"
        )
    # more interceptors on A: B's retaliation arriving can only fall, and what A's defence intercepts can only grow
    b_after = [next(d for d in run.decomposition if d.victim == "B") for run in answer.results]
    assert b_after[1].stages[-1].expected <= b_after[0].stages[-1].expected
    assert b_after[0].intercepted == 0.0 and b_after[1].intercepted > 0.0


def test_engage_answer_decomposes_and_explains():
    answer = answers.engage(50, 40, 0.8, shots=2, decoys=1, tracking=0.9, reliability=0.95)
    d = answer.decomposition
    assert d.layer_failed + d.not_tracked + d.tracked_not_killed + d.killed == __import__("pytest").approx(50)
    assert d.leaking == answer.expected_leakers and d.leaking_p5 == answer.leakers_p5
    assert f"{count(round(answer.expected_leakers, 1))} of 50 warheads leak" in answer.explanation[-1].conclusion


def test_explanation_is_documented_in_the_schema():
    for model in (StabilityAnswer, EngageAnswer):
        assert model.model_json_schema()["properties"]["explanation"]["description"] == EXPLANATION_DESCRIPTION


def test_command_line_explains_stability_and_engage(tmp_path):
    from cli_support import run

    path = tmp_path / "explained.yaml"
    path.write_text(scenario(20, 1, 20, 0.9, "ride_out", 10))
    answer = answers.stability(scenario_from_text(path.read_text()))
    shown = run("stability", str(path), "--explain")
    assert shown.exit_code == 0, shown.stdout
    assert "Where the retaliation went" in shown.stdout and "of which saved by its own defence" in shown.stdout
    assert "1. A strikes B first." in shown.stdout
    for pair in answer.pairs:
        assert (
            f"{count(pair.retaliation_arriving)} warheads expected, {pair.retaliation_arriving_p5:,} at the 5th "
            f"percentile" in shown.stdout
        )
    plain = run("stability", str(path))
    assert "Where the retaliation went" not in plain.stdout and "1. A strikes" not in plain.stdout
    body = __import__("json").loads(run("stability", str(path), "--json").stdout)
    assert body["decomposition"][0]["stages"][0]["key"] == "forces" and body["explanation"][-1]["rule"].startswith(
        "Assured retaliation"
    )
    engaged = run("engage", "--warheads", "50", "--interceptors", "40", "--sspk", "0.8", "--shots", "2", "--explain")
    assert (
        engaged.exit_code == 0
        and "Where the warheads went" in engaged.stdout
        and "5. Warheads leaking" in engaged.stdout
    )
    body = __import__("json").loads(
        run("engage", "--warheads", "50", "--interceptors", "40", "--sspk", "0.8", "--json").stdout
    )
    assert body["decomposition"]["warheads"] == 50 and body["explanation"]


def test_the_scenarios_unsourced_assumptions_open_the_derivation_as_a_gap():
    text = scenario(20, 1, 20, 0.9, "ride_out", 10) + "assumptions: ['reliabilities are the analyst''s guess']\n"
    answer = answers.stability(scenario_from_text(text))
    first = answer.explanation[0]
    assert first.gap and [f.text for f in first.facts] == ["reliabilities are the analyst's guess"]
    assert "1 assumption(s)" in first.conclusion
    plain = answers.stability(scenario_from_text(scenario(20, 1, 20, 0.9, "ride_out", 10)))
    assert not any(s.gap for s in plain.explanation)
