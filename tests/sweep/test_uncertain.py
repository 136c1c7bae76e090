"""Distributions in scenario files: quantile functions, central values, paths, and errors naming the field."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats
from sweep_support import SMALL, SMALL_UNCERTAIN

from armscontrol.errors import UserError
from armscontrol.scenario import load_scenario, parse_scenario
from armscontrol.uncertain import Distribution, central_values, parse_distribution, split_path
from cli_support import run

BASE = yaml.safe_load(SMALL.read_text())


def with_block(block, origin="s.yaml"):
    data = copy.deepcopy(BASE)
    data["uncertain"] = block
    return parse_scenario(data, origin)


# Quantile functions and central values ----------------------------------------------------

U = np.linspace(0.0, 1.0, 101)


def test_uniform_and_triangular_quantiles_match_scipy():
    d = parse_distribution({"uniform": [0.6, 0.9]}, "x")
    assert np.allclose(d.ppf(U), stats.uniform(0.6, 0.3).ppf(U))
    t = parse_distribution({"triangular": [0.5, 0.7, 0.85]}, "x")
    assert np.allclose(t.ppf(U), stats.triang((0.7 - 0.5) / 0.35, loc=0.5, scale=0.35).ppf(U))
    # Limiting cases: the mode at either end.
    left = parse_distribution({"triangular": [1.0, 1.0, 3.0]}, "x")
    assert np.allclose(left.ppf(U), stats.triang(0.0, loc=1.0, scale=2.0).ppf(U))
    right = parse_distribution({"triangular": [1.0, 3.0, 3.0]}, "x")
    assert np.allclose(right.ppf(U), stats.triang(1.0, loc=1.0, scale=2.0).ppf(U))


def test_beta_normal_and_choice_quantiles():
    b = parse_distribution({"beta": [7, 3]}, "x")
    assert np.allclose(b.ppf(U), stats.beta(7, 3).ppf(U))
    n = parse_distribution({"normal": [0.7, 0.1], "clip": [0.5, 0.95]}, "x")
    assert n.ppf(0.0) == 0.5 and n.ppf(1.0) == 0.95 and n.central() == pytest.approx(0.7)
    assert np.allclose(n.ppf(0.3), stats.norm(0.7, 0.1).ppf(0.3))
    c = parse_distribution({"choice": [0, 1, 2]}, "x")
    assert list(c.ppf(np.array([0.0, 0.33, 0.34, 0.67, 0.999, 1.0]))) == [0, 0, 1, 2, 2, 2]


def test_central_values_are_medians():
    assert parse_distribution({"uniform": [0.6, 0.9]}, "x").central() == pytest.approx(0.75)
    assert parse_distribution({"triangular": [0, 1, 1]}, "x").central() == pytest.approx(np.sqrt(0.5))
    assert parse_distribution({"beta": [2, 2]}, "x").central() == pytest.approx(0.5)
    assert parse_distribution({"choice": [5, 1, 9, 7]}, "x").central() == 1  # the earlier middle value as written


@settings(max_examples=60, deadline=None)
@given(
    low=st.floats(-1e3, 1e3),
    width=st.floats(1e-3, 1e3),
    mode=st.floats(0, 1),
    u=st.lists(st.floats(0, 1), min_size=2, max_size=20),
)
def test_quantiles_rise_and_stay_in_bounds(low, width, mode, u):
    u = np.sort(np.asarray(u))
    for d in (
        Distribution(uniform=(low, low + width)),
        Distribution(triangular=(low, low + mode * width, low + width)),
        Distribution(normal=(low + width / 2, width / 4), clip=(low, low + width)),
    ):
        x = d.ppf(u)
        lo, hi = d.bounds()
        assert np.all(np.diff(x) >= -1e-9 * max(1.0, abs(hi)))
        assert np.all((x >= lo - 1e-9 * max(1.0, abs(lo))) & (x <= hi + 1e-9 * max(1.0, abs(hi))))


def test_monte_carlo_means_agree_with_closed_forms():
    u = np.random.default_rng(1).random(200_000)
    assert parse_distribution({"triangular": [0.5, 0.7, 0.85]}, "x").ppf(u).mean() == pytest.approx(
        (0.5 + 0.7 + 0.85) / 3, abs=2e-3
    )
    assert parse_distribution({"beta": [7, 3]}, "x").ppf(u).mean() == pytest.approx(0.7, abs=2e-3)


# Scenario files -----------------------------------------------------------------------------


def test_scenario_holds_central_values_and_keeps_distributions():
    spec = load_scenario(SMALL_UNCERTAIN)
    assert list(spec.uncertain) == [
        "sides.BLUE.forces[0].reliability",
        "sides.BLUE.defence[0].sspk",
        "attack.sspk.silo",
        "sides.RED.forces[1].survivable.generated",
    ]
    assert spec.sides["BLUE"].forces[0].reliability == pytest.approx(0.825)
    assert spec.sides["BLUE"].defence[0].sspk == pytest.approx(stats.beta(7, 3).median())
    assert spec.attack.sspk["silo"] == pytest.approx(stats.triang(0.2 / 0.35, loc=0.5, scale=0.35).median())
    assert spec.sides["RED"].forces[1].survivable.generated == pytest.approx(0.7)
    # Parsing the parsed scenario again gives the same scenario (the API and the store round-trip it).
    assert parse_scenario(json.loads(spec.model_dump_json())) == spec


def test_integer_fields_take_rounded_central_values():
    spec = with_block(
        {
            "sides.BLUE.defence[midcourse].interceptors": {"uniform": [0, 21]},
            "sides.RED.decoys_per_warhead": {"choice": [0, 2, 3]},
        }
    )
    assert spec.sides["BLUE"].defence[0].interceptors == 10  # median 10.5 rounds to even
    assert central_values(spec) == {"sides.BLUE.defence[0].interceptors": 10, "sides.RED.decoys_per_warhead": 2}


def test_scenarios_without_distributions_are_unchanged():
    plain = load_scenario(SMALL)
    assert plain.uncertain == {}
    assert plain == parse_scenario(copy.deepcopy(BASE))


def test_stability_runs_at_central_values_and_says_so():
    result = run("stability", str(SMALL_UNCERTAIN))
    assert result.exit_code == 0, result.stderr
    assert "run at the central values of 4 uncertain input(s)" in result.stdout
    assert "sides.BLUE.forces[0].reliability = 0.825;" in result.stdout
    data = json.loads(run("stability", str(SMALL_UNCERTAIN), "--json").stdout)
    assert data["at_central_values"]["sides.BLUE.forces[0].reliability"] == pytest.approx(0.825)


def test_path_syntax():
    assert split_path("sides.RUS.forces[0].reliability") == ["sides", "RUS", "forces", 0, "reliability"]
    assert split_path("sides.USA.defence[midcourse].sspk") == ["sides", "USA", "defence", "midcourse", "sspk"]
    for bad in ("", "sides..RUS", "sides.RUS.", "sides[0"):
        with pytest.raises(ValueError):
            split_path(bad)


# Errors -------------------------------------------------------------------------------------

BAD_BLOCKS = [
    (
        {"sides.RED.forces[7].reliability": {"uniform": [0.1, 0.2]}},
        "sides.RED.forces holds 2 element(s) ([0] to [1]), so [7] does not exist",
    ),
    (
        {"sides.RED.forces[0].reliabilty": {"uniform": [0.1, 0.2]}},
        "has no field 'reliabilty'; did you mean 'reliability'?",
    ),
    (
        {"sides.RUS.forces[0].reliability": {"uniform": [0.1, 0.2]}},
        "sides has no field 'RUS'; expected one of BLUE, RED",
    ),
    ({"sides.RED.forces[rockets].reliability": {"uniform": [0.1, 0.2]}}, "has no element named 'rockets'"),
    ({"sides.RED.forces[0].basing": {"uniform": [0.1, 0.2]}}, "holds 'silo', not a number"),
    ({"sides..RED": {"uniform": [0.1, 0.2]}}, "not a field path"),
    (
        {"sides.RED.forces[0].reliability": {"uniform": [0.1, 1.2]}},
        "uniform [0.1, 1.2] reaches 1.2, which the field does not accept (Input should be less than or equal to 1)",
    ),
    ({"sides.RED.forces[0].launchers": {"uniform": [-3, 20]}}, "reaches -3, which the field does not accept"),
    ({"sides.RED.forces[0].reliability": {"uniform": [0.3, 0.2]}}, "expected low < high"),
    ({"sides.RED.forces[0].reliability": {"triangular": [0.3, 0.2, 0.4]}}, "expected low ≤ mode ≤ high"),
    ({"sides.RED.forces[0].reliability": {"beta": [0, 2]}}, "expected a > 0 and b > 0"),
    ({"sides.RED.forces[0].reliability": {"normal": [0.8, 0.1]}}, "normal needs clip: [low, high]"),
    ({"sides.RED.forces[0].reliability": {"normal": [0.8, 0.1], "clip": [0.9, 0.5]}}, "clip: expected [low, high]"),
    (
        {"sides.RED.forces[0].reliability": {"normall": [0.8, 0.1]}},
        "unknown key 'normall' in a distribution; did you mean 'normal'?",
    ),
    ({"sides.RED.forces[0].reliability": {"uniform": [0.1, 0.2], "beta": [1, 2]}}, "exactly one of"),
    (
        {"sides.RED.forces[0].reliability": {"uniform": [0.1, "high"]}},
        "every value must be a number of size at most 1e+12",
    ),
    ({"sides.RED.forces[0].reliability": {"uniform": 0.5}}, "expected {uniform: [low, high]}"),
    ({"sides.RED.forces[0].reliability": {"choice": []}}, "choice: expected 1 to 1,000 numbers"),
    ({"sides.RED.forces[0].reliability": 0.8}, "expected a number or a distribution"),
    (
        {"sources[0].date": {"choice": [2000]}},
        "only the model's inputs can vary, under sides, attack, posture, criteria",
    ),
]


@pytest.mark.parametrize("block, message", BAD_BLOCKS)
def test_bad_distributions_and_paths_end_in_one_line_naming_the_field(block, message):
    with pytest.raises(UserError) as info:
        with_block(block)
    text = str(info.value)
    assert message in text and text.startswith("s.yaml: ") and "\n" not in text
    assert info.value.field is not None and ("sides" in info.value.field or "sources" in info.value.field)


def test_inline_errors_name_the_field(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(SMALL.read_text().replace("sspk: 0.7, shots", "sspk: {uniform: [0.5, 1.5]}, shots"))
    with pytest.raises(UserError, match=r"bad.yaml: sides.BLUE.defence\[0\].sspk: uniform \[0.5, 1.5\] reaches 1.5"):
        load_scenario(path)
    path.write_text(SMALL.read_text().replace("launchers: 40,", "launchers: {uniform: [-40, 40]},"))
    with pytest.raises(UserError, match=r"sides.BLUE.forces\[0\].launchers: uniform \[-40, 40\] reaches -40"):
        load_scenario(path)


def test_the_same_field_twice_is_an_error(tmp_path):
    path = tmp_path / "twice.yaml"
    path.write_text(SMALL_UNCERTAIN.read_text().replace("attack.sspk.silo:", "sides.BLUE.forces[0].reliability:"))
    with pytest.raises(UserError, match="given a distribution twice"):
        load_scenario(path)


def test_cli_error_is_one_line_with_exit_code_2(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(SMALL_UNCERTAIN.read_text().replace("attack.sspk.silo:", "sides.RED.forces[7].reliability:"))
    result = run("stability", str(path))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "sides.RED.forces[7].reliability" in result.stderr


NUMERIC_PATHS = [
    "sides.BLUE.forces[0].reliability",
    "sides.BLUE.forces[0].launchers",
    "sides.RED.decoys_per_warhead",
    "sides.BLUE.defence[0].sspk",
    "attack.sspk.silo",
    "criteria.value_targets",
    "posture.launch_fraction",
    "sides.RED.forces[1].survivable.generated",
    "sides.RED",
    "name",
    "nowhere[3]",
]
loose = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**400), 10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1e308, -1e308, 1e12, 1e300, 0.0, 0.5, 1.0, 3]),
    st.text(max_size=5),
)
distribution_like = st.dictionaries(
    st.sampled_from(["uniform", "triangular", "beta", "normal", "clip", "choice", "x"]),
    st.one_of(loose, st.lists(loose, max_size=5)),
    max_size=3,
)


@settings(max_examples=150, deadline=None)
@given(block=st.dictionaries(st.sampled_from(NUMERIC_PATHS), distribution_like, max_size=3), inline=distribution_like)
def test_any_distribution_like_input_ends_in_a_scenario_or_one_error_line(block, inline):
    data = copy.deepcopy(BASE)
    data["sides"]["RED"]["forces"][0]["reliability"] = inline
    data["uncertain"] = block
    try:
        spec = parse_scenario(data, "fuzz.yaml")
    except UserError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.yaml")
    else:
        for distribution in spec.uncertain.values():
            low, high = distribution.bounds()
            assert low <= distribution.central() <= high
