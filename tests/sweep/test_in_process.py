"""Small runs in this process, on threads, with no cluster to start: the same numbers as on any cluster.

A run of at most ``IN_PROCESS_MAX_ROWS`` rows with no client or scheduler
given runs on threads of this process; chunks, seeds and order are those of a
Dask run, so the results must be bit for bit those of one worker, two threads
and two worker processes. Sobol and Morris chunks hold whole blocks of the
design, and each worker's exchange cache serves all its chunks.
"""

from __future__ import annotations

import numpy as np
import pytest
from sweep_support import SMALL_UNCERTAIN

from armscontrol.scenario import load_scenario, variant
from armscontrol.stability.batch import evaluate as evaluate_batch
from armscontrol.stability.exchange import ExchangeCache
from armscontrol.sweep import runner
from armscontrol.sweep.analyses import design_chunk_size, sensitivity, sensitivity_of, uncertainty
from armscontrol.sweep.design import Input, ScenarioModel
from armscontrol.sweep.evaluate import evaluate, worker_cache
from armscontrol.sweep.known_indices import ishigami
from armscontrol.uncertain import Distribution

PI = float(np.pi)
ISHIGAMI = {
    "x1": Distribution(uniform=(-PI, PI)),
    "x2": Distribution(uniform=(-PI, PI)),
    "x3": Distribution(uniform=(-PI, PI)),
}


@pytest.fixture
def no_cluster(monkeypatch):
    """Fail if anything starts a Dask cluster."""

    def refuse(*args, **kwargs):
        raise AssertionError("a Dask cluster was started for a small run")

    monkeypatch.setattr(runner, "dask_client", refuse)
    monkeypatch.delenv(runner.SCHEDULER_ENV, raising=False)


def test_small_runs_in_process_equal_one_worker_two_threads_and_two_processes(
    no_cluster, client1, client2, process_scheduler
):
    from distributed import Client

    spec = load_scenario(SMALL_UNCERTAIN)
    here = uncertainty(spec, samples=24, seed=3, chunk_size=4, workers=2)
    assert (
        here.model_dump_json() == uncertainty(spec, samples=24, seed=3, chunk_size=4, client=client1).model_dump_json()
    )
    assert (
        here.model_dump_json() == uncertainty(spec, samples=24, seed=3, chunk_size=4, client=client2).model_dump_json()
    )
    with Client(process_scheduler, timeout="30s") as remote:
        assert (
            here.model_dump_json()
            == uncertainty(spec, samples=24, seed=3, chunk_size=4, client=remote).model_dump_json()
        )
    sobol_here = sensitivity(spec, method="sobol", samples=4, seed=2, chunk_size=4, workers=2)
    assert (
        sobol_here.model_dump_json()
        == sensitivity(spec, method="sobol", samples=4, seed=2, chunk_size=4, client=client2).model_dump_json()
    )


def test_a_run_above_the_bound_or_with_a_scheduler_goes_to_dask(monkeypatch):
    started = []

    class Started(Exception):
        pass

    def record(scheduler=None, workers=None, **kwargs):
        started.append(scheduler)
        raise Started

    monkeypatch.setattr(runner, "dask_client", record)
    monkeypatch.delenv(runner.SCHEDULER_ENV, raising=False)
    with pytest.raises(Started):
        uncertainty_rows = runner.IN_PROCESS_MAX_ROWS + 1
        uncertainty(load_scenario(SMALL_UNCERTAIN), samples=uncertainty_rows, seed=1, chunk_size=64)
    with pytest.raises(Started):
        uncertainty(load_scenario(SMALL_UNCERTAIN), samples=8, seed=1, chunk_size=4, scheduler="tcp://127.0.0.1:1")
    assert started == [None, "tcp://127.0.0.1:1"]


def test_a_model_error_in_process_names_its_rows(no_cluster):
    from armscontrol.errors import UserError

    def broken(values):
        if values[0, 0] >= 8:
            raise ValueError("bad row")
        return {"y": values[:, 0]}

    plan = runner.Plan(20, 4, lambda start, stop: np.arange(start, stop, dtype=float)[:, None])
    with pytest.raises(UserError, match="rows 8 to 11 failed: ValueError: bad row"):
        runner.execute(plan, broken, ["x"], [False], runner.InProcess(2))


def test_sobol_and_morris_chunks_hold_whole_blocks_of_the_design(no_cluster):
    assert design_chunk_size("sobol", 10, 16) == 24 and design_chunk_size("sobol", 3, 5) == 5
    assert design_chunk_size("morris", 3, 6) == 8
    # a large design in chunks of at least DESIGN_CHUNK_RUNS, a small one in eight chunks or more
    assert design_chunk_size("sobol", 10, 16, 12 * 1024) == 96
    assert design_chunk_size("sobol", 3, 16, 5 * 32) == 20 and design_chunk_size("sobol", 3, 16, 5 * 8) == 20
    assert design_chunk_size("sobol", 10, 200, 12 * 1024) == 204
    aligned = sensitivity_of(ishigami, ISHIGAMI, method="sobol", samples=64, seed=2, chunk_size=5)
    cut = sensitivity_of(ishigami, ISHIGAMI, method="sobol", samples=64, seed=2, chunk_size=7)
    assert [o.model_dump_json() for o in aligned[0]] == [o.model_dump_json() for o in cut[0]]
    result = sensitivity(load_scenario(SMALL_UNCERTAIN), method="sobol", samples=2, seed=2, chunk_size=4)
    assert result.chunk_size % (len(result.inputs) + 2) == 0


def test_a_workers_cache_serves_its_later_chunks_without_changing_a_number():
    spec = load_scenario(SMALL_UNCERTAIN)
    paths = list(spec.uncertain)
    model = ScenarioModel(spec, [Input(p, integer=False) for p in paths])
    rng = np.random.default_rng(4)
    low = np.array([0.55, 0.45, 0.72, 0.6])
    values = low + 0.2 * rng.random((6, len(paths)))
    specs = model.variants(values)
    first = evaluate(specs)
    hits = worker_cache().hits
    again = evaluate(specs)  # a later chunk with the same variants: whole exchanges from the cache
    assert worker_cache().hits > hits
    fresh = evaluate_batch([variant(s) for s in specs], cache=ExchangeCache())
    for name in first:
        assert first[name].tobytes() == again[name].tobytes(), name
    assert first["first_strike_stability.combined"].tobytes() == fresh.combined.astype(float).tobytes()


def test_quantile_functions_are_scipy_stats_bit_for_bit():
    from scipy import stats

    u = np.concatenate([[0.0, 1.0, 0.5, 1e-12, 1 - 1e-12], np.random.default_rng(8).random(2000)])
    beta = Distribution(beta=(7, 3)).ppf(u)
    assert beta.tobytes() == np.asarray(stats.beta.ppf(u, 7, 3), dtype=float).tobytes()
    normal = Distribution(normal=(0.8, 0.1), clip=(0.5, 0.95)).ppf(u)
    assert normal.tobytes() == np.clip(stats.norm.ppf(u, loc=0.8, scale=0.1), 0.5, 0.95).tobytes()


def test_arrow_columns_built_and_read_from_buffers_equal_pyarrows_own():
    import pyarrow as pa

    arrays = [np.arange(7, dtype=np.int64), np.array([0.5, np.nan, -0.0, 3.0]), np.array([True, False] * 9 + [True])]
    for values in arrays:
        ours, theirs = runner.arrow_array(values), pa.array(values)
        assert ours.type == theirs.type and ours.to_pylist() == theirs.to_pylist() or np.isnan(values).any()
    table = pa.concat_tables([pa.table({"x": runner.arrow_array(arrays[2])})] * 3).slice(5, 40)
    assert runner.numpy_column(table, "x").tobytes() == table.column("x").to_numpy().tobytes()
    floats = pa.concat_tables([pa.table({"y": runner.arrow_array(arrays[1])})] * 2).slice(1, 6)
    assert runner.numpy_column(floats, "y").tobytes() == floats.column("y").to_numpy().tobytes()


def test_a_small_uncertainty_run_loads_no_cluster_no_pandas_and_not_scipy_stats(tmp_path):
    import json
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "from armscontrol.cli.app import app\n"
        "app(sys.argv[1:], standalone_mode=False)\n"
        "sys.stderr.write(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "uncertainty", str(SMALL_UNCERTAIN), "--samples", "8", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    modules = set(json.loads(done.stderr.strip().splitlines()[-1]))
    assert not {"distributed", "dask", "pandas", "scipy.stats"} & modules
    assert json.loads(done.stdout)["samples"] == 8
