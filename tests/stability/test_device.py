"""The array backend of the batch (NumPy here, CuPy where a GPU is present) against the compiled kernels.

The layer passes of many variants are evaluated together as array operations
(:mod:`armscontrol.stability.device_layers`); they must agree with the compiled
kernels to 1e-12 on the existing cases and on generated batches of mixed sizes,
and the batch must give the same answers on either backend. Tests that take an
array namespace run for NumPy always and for CuPy only where it imports and
sees a device (nothing is collected and then skipped).
"""

from __future__ import annotations

import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_fast_path import ENGAGEMENTS, small_sides

from armscontrol.stability import Attack, DefenceLayer, Posture, device, device_layers
from armscontrol.stability import engagement as fast
from armscontrol.stability.batch import Criteria, evaluate
from armscontrol.stability.validation import InvalidInput

AGREE = 1e-12
NAMESPACES = device.available_namespaces()
NAMESPACE_IDS = [name for name, _ in NAMESPACES]


def gap(a: np.ndarray, b: np.ndarray) -> float:
    n = max(a.size, b.size)
    return float(np.max(np.abs(np.pad(a, (0, n - a.size)) - np.pad(b, (0, n - b.size))))) if n else 0.0


def assert_same_passes(xp, pmfs, layers, decoys):
    passed = device_layers.pass_through_layers(xp, pmfs, layers, decoys)
    assert len(passed) == len(pmfs)
    for pmf, sequence, d, (out, used, neglected) in zip(pmfs, layers, decoys, passed):
        expected, expected_used, _ = fast.pass_through_layers(pmf, sequence, d)
        assert out.shape == expected.shape
        assert gap(out, expected) < AGREE
        assert used == pytest.approx(expected_used, rel=1e-10, abs=1e-9)
        # the mass dropped below the cut is a difference of sums near 1: at or above zero up to a few dozen
        # units in the last place of 1 (Hypothesis found -1.1e-15 on a four-layer pass)
        assert -64 * np.finfo(float).eps < neglected < 1e-12


def engagement_request(case: dict) -> tuple[np.ndarray, tuple[DefenceLayer, ...], int]:
    case = dict(case)
    warheads, decoys = case.pop("warheads"), case.pop("decoys", 0)
    incoming = np.zeros(warheads + 1)
    incoming[warheads] = 1.0
    return incoming, (DefenceLayer(**case),), decoys


SALVO = [case for case in ENGAGEMENTS if case.get("doctrine", "salvo") == "salvo"]


@pytest.mark.parametrize("name, xp", NAMESPACES, ids=NAMESPACE_IDS)
def test_existing_engagements_in_one_batch(name, xp):
    requests = [engagement_request(case) for case in SALVO]
    assert_same_passes(xp, *map(list, zip(*requests)))


@pytest.mark.parametrize("name, xp", NAMESPACES, ids=NAMESPACE_IDS)
def test_layers_and_spread_distributions(name, xp):
    layers = (
        DefenceLayer(30, 0.7, shots=2, tracking=0.9, discrimination=0.4, reliability=0.9, name="outer"),
        DefenceLayer(12, 0.8, shots=1, tracking=0.95, discrimination=0.2, name="inner"),
    )
    incoming = np.exp(-0.5 * ((np.arange(80) - 50) / 6.0) ** 2)
    incoming /= incoming.sum()
    ample = (DefenceLayer(10_000, 0.6, shots=2, tracking=0.97),)
    idle = (DefenceLayer(1, 0.9, shots=2), DefenceLayer(50, 0.9, tracking=0.0), DefenceLayer(50, 0.9, reliability=0.0))
    assert_same_passes(
        xp,
        [incoming, incoming, incoming[:60] / incoming[:60].sum(), incoming, np.ones(1)],
        [layers, layers[::-1], ample, idle, layers],
        [1, 0, 3, 2, 1],
    )


@pytest.mark.parametrize("name, xp", NAMESPACES, ids=NAMESPACE_IDS)
def test_transition_rows_for_every_arriving_count(name, xp):
    layer = DefenceLayer(40, 0.75, shots=2, tracking=0.93, discrimination=0.3, reliability=0.95)
    rows = []
    for w in range(61):
        incoming = np.zeros(61)
        incoming[w] = 1.0
        rows.append(incoming)
    passed = device_layers.pass_through_layers(xp, rows, [(layer,)] * len(rows), [2] * len(rows))
    matrix = np.array([out for out, _, _ in passed])
    assert np.max(np.abs(matrix - fast.transition_matrix(60, layer, 2))) < AGREE


layer_strategy = st.builds(
    DefenceLayer,
    interceptors=st.integers(0, 150),
    sspk=st.floats(0, 1),
    shots=st.integers(1, 3),
    tracking=st.one_of(st.just(1.0), st.just(0.0), st.floats(0, 1)),
    discrimination=st.one_of(st.just(0.0), st.just(1.0), st.floats(0, 1)),
    reliability=st.one_of(st.just(1.0), st.floats(0, 1)),
)
request_strategy = st.tuples(
    st.integers(0, 90),
    st.floats(0.5, 12.0),
    st.integers(0, 15),
    st.lists(layer_strategy, max_size=3).map(tuple),
    st.integers(0, 3),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(request_strategy, min_size=1, max_size=6))
def test_generated_batches_of_mixed_sizes(requests):
    pmfs, layers, decoys = [], [], []
    for centre, spread, extra, sequence, d in requests:
        values = np.arange(centre + extra + 1)
        pmf = np.exp(-0.5 * ((values - centre) / spread) ** 2)
        pmfs.append(pmf / pmf.sum())
        layers.append(sequence)
        decoys.append(d)
    assert_same_passes(np, pmfs, layers, decoys)


def variants():
    criteria = Criteria(assured_retaliation=30, value_targets=60, cost_weight=0.3)
    found = [
        (*small_sides(interceptors, scale), Attack(), Posture(), criteria)
        for interceptors in (0, 20, 40, 160)
        for scale in (0.8, 1.3)
    ]
    look = (
        DefenceLayer(60, 0.7, doctrine="shoot-look-shoot", tracking=0.9, discrimination=1.0, name="sls"),
    )  # stays on the CPU
    a, b = small_sides(40)
    found.append(
        (
            a.__class__(a.name, a.forces, look, a.decoys_per_warhead),
            b,
            Attack(sspk_silo=0.5),
            Posture(alert="day_to_day"),
            criteria,
        )
    )
    found.append(found[1])
    return found


FIELDS = (
    "victim_surviving_warheads",
    "victim_surviving_p5",
    "retaliation_arriving",
    "retaliation_arriving_p5",
    "reserve_arriving",
    "first_strike_stability",
    "cost_striking_first",
    "cost_struck_first",
    "combined",
)


@pytest.mark.parametrize("name, xp", NAMESPACES, ids=NAMESPACE_IDS)
def test_batch_on_the_array_backend_equals_the_compiled_kernels(name, xp):
    cases = variants()
    cpu = evaluate(cases, keep_results=True)
    array = evaluate(cases, keep_results=True, backend=name)
    assert array.side_names == cpu.side_names and len(array.results) == len(cases)
    for field in FIELDS:
        ours, theirs = getattr(array, field), getattr(cpu, field)
        assert np.allclose(ours, theirs, rtol=1e-12, atol=1e-12, equal_nan=True), field
    assert np.array_equal(array.assured_retaliation_met, cpu.assured_retaliation_met)
    assert np.all(array.neglected_mass < 1e-12)
    for mine, theirs in zip(array.results, cpu.results):
        for key, exchange in theirs.exchanges.items():
            assert gap(mine.exchanges[key].retaliation_pmf, exchange.retaliation_pmf) < AGREE
    only_a = evaluate(cases, strikes="a", backend=name)
    assert np.array_equal(only_a.retaliation_arriving_p5[:, 0], cpu.retaliation_arriving_p5[:, 0])


def test_gathered_passes_run_once_for_identical_requests():
    cases = variants()
    lockstep = device.Lockstep(np)
    values = lockstep.map([lambda v=v: evaluate([v]) for v in cases])
    assert len(values) == len(cases)
    assert lockstep.rounds >= 1 and lockstep.evaluated < lockstep.requests  # the repeated variant's passes run once


def test_an_error_in_one_variant_is_raised_cleanly():
    cases = variants()
    with pytest.raises(InvalidInput, match="armscontrol.scenario.variant"):
        evaluate([cases[0], "not a variant", cases[1]], backend="numpy")


def test_unknown_backend_and_missing_gpu_are_clear_errors(monkeypatch):
    with pytest.raises(InvalidInput, match="backend: expected one of cpu, gpu, numpy"):
        evaluate(variants()[:1], backend="tpu")
    monkeypatch.setenv(device.ENV, "quantum")
    with pytest.raises(InvalidInput, match="ARMSCONTROL_BACKEND: expected one of"):
        evaluate(variants()[:1])
    monkeypatch.setenv(device.ENV, "gpu")
    monkeypatch.setitem(sys.modules, "cupy", None)  # as where CuPy is not installed
    with pytest.raises(device.DeviceUnavailable, match="CuPy is not installed"):
        evaluate(variants()[:1])
    assert [name for name, _ in device.available_namespaces()] == ["numpy"]


def test_the_default_backend_is_the_compiled_kernels(monkeypatch):
    monkeypatch.delenv(device.ENV, raising=False)
    assert device.backend_name(None) == "cpu"
    monkeypatch.setenv(device.ENV, "numpy")
    assert device.backend_name(None) == "numpy" and device.backend_name("cpu") == "cpu"


def test_cupy_and_the_cuda_target_are_not_imported_unless_asked_for():
    import subprocess

    code = (
        "import sys; from armscontrol.stability.batch import evaluate; import armscontrol.stability.device_layers; "
        "evaluate([]); print('cupy' in sys.modules, 'numba.cuda' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


FUSED_CHECK = """
import numpy as np
from armscontrol.stability import device_layers, engagement
from armscontrol.stability.engagement import DefenceLayer
device_layers.FUSED = "always"
assert device_layers._fused(np) is not None
layers = (DefenceLayer(30, 0.7, shots=2, tracking=0.9, discrimination=0.4, reliability=0.9),
          DefenceLayer(12, 0.8, tracking=0.95, discrimination=0.2))
incoming = np.exp(-0.5 * ((np.arange(50) - 35) / 4.0) ** 2)
incoming /= incoming.sum()
short = incoming[:40] / incoming[:40].sum()
requests = [(incoming, layers, 2), (short, layers[:1], 1), (incoming, (DefenceLayer(20, 0.6, tracking=1.0),), 3)]
passed = device_layers.pass_through_layers(np, *map(list, zip(*requests)))
for (out, used, neglected), (pmf, sequence, decoys) in zip(passed, requests):
    expected, expected_used, _ = engagement.pass_through_layers(pmf, sequence, decoys)
    assert np.max(np.abs(out - expected)) < 1e-12, np.max(np.abs(out - expected))
    assert np.allclose(used, expected_used, rtol=1e-10) and abs(neglected) < 1e-12
print("fused ok")
"""


def test_fused_binding_rows_kernel_in_the_cuda_simulator():
    """The fused kernel of the binding rows, run by numba's CUDA simulator on the CPU, against the compiled kernels."""
    import os
    import subprocess

    env = {**os.environ, "NUMBA_ENABLE_CUDASIM": "1"}
    out = subprocess.run(
        [sys.executable, "-c", FUSED_CHECK], check=False, capture_output=True, text=True, env=env, timeout=600
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().endswith("fused ok")


def shipped_variants(largest: int):
    from pathlib import Path

    from armscontrol.scenario import build, load_scenario, sweep_sides

    found = []
    for path in sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.yaml")):
        spec = load_scenario(path)
        if spec.sweep is None:
            continue
        _, _, attack, posture = build(spec)
        found += [
            (*sweep_sides(spec, size), attack, posture, spec.criteria)
            for size in spec.sweep.interceptors
            if size <= largest
        ]
    return found


@pytest.mark.parametrize(
    "largest, count", [(20, 5), pytest.param(100, 8, marks=pytest.mark.slow)], ids=["to-20", "to-100"]
)
@pytest.mark.parametrize("name, xp", NAMESPACES, ids=NAMESPACE_IDS)
def test_shipped_examples_on_the_array_backend(name, xp, largest, count):
    """Every shipped example at its sweep sizes up to 20 (the quick loop) or 100 interceptors, both first strikes."""
    cases = shipped_variants(largest)
    assert len(cases) == count
    cpu, array = evaluate(cases), evaluate(cases, backend=name)
    for field in FIELDS:
        assert np.allclose(getattr(array, field), getattr(cpu, field), rtol=1e-12, atol=1e-12, equal_nan=True), field
    assert np.array_equal(array.assured_retaliation_met, cpu.assured_retaliation_met)


def test_a_small_memory_budget_splits_the_work_without_changing_answers(monkeypatch):
    """Lanes, binding rows and kill tables in many small groups give the same distributions."""
    monkeypatch.setitem(device_layers.CELLS, "numpy", 1 << 9)
    layers = (
        DefenceLayer(30, 0.7, shots=2, tracking=0.9, discrimination=0.4, reliability=0.9),
        DefenceLayer(12, 0.8, tracking=0.95, discrimination=0.2),
    )
    incoming = np.exp(-0.5 * ((np.arange(70) - 45) / 5.0) ** 2)
    incoming /= incoming.sum()
    assert_same_passes(
        np, [incoming, incoming[:50] / incoming[:50].sum(), incoming], [layers, layers[:1], layers[1:]], [2, 1, 0]
    )
