"""Chunks on Dask: the same numbers, bit for bit, whatever the workers and the order chunks finish in;
resumed runs equal straight ones; a real cluster of worker processes."""

from __future__ import annotations

import threading
import time

import numpy as np
import pyarrow.parquet as pq
import pytest
from sweep_support import SMALL, SMALL_UNCERTAIN

from armscontrol.errors import UserError
from armscontrol.scenario import load_scenario
from armscontrol.sweep.analyses import sensitivity, sweep, uncertainty, uncertainty_of
from armscontrol.sweep.design import Input, ScenarioModel, parse_grids
from armscontrol.sweep.known_indices import ishigami
from armscontrol.sweep.runner import Plan, chunk_seed, execute
from armscontrol.uncertain import Distribution

PI = float(np.pi)
ISHIGAMI = {
    "x1": Distribution(uniform=(-PI, PI)),
    "x2": Distribution(uniform=(-PI, PI)),
    "x3": Distribution(uniform=(-PI, PI)),
}


def test_chunk_seeds_are_independent_of_everything_but_seed_and_index():
    a = np.random.default_rng(chunk_seed(7, 3)).random(4)
    assert np.array_equal(a, np.random.default_rng(chunk_seed(7, 3)).random(4))
    assert not np.array_equal(a, np.random.default_rng(chunk_seed(7, 4)).random(4))
    assert not np.array_equal(a, np.random.default_rng(chunk_seed(8, 3)).random(4))


def test_monte_carlo_is_bit_for_bit_the_same_on_one_and_two_workers(client1, client2):
    one, x1 = uncertainty_of(ishigami, ISHIGAMI, samples=1000, seed=11, chunk_size=64, client=client1)
    two, x2 = uncertainty_of(ishigami, ISHIGAMI, samples=1000, seed=11, chunk_size=64, client=client2)
    assert np.array_equal(x1, x2) and one["y"].tobytes() == two["y"].tobytes()
    other, _ = uncertainty_of(ishigami, ISHIGAMI, samples=1000, seed=12, chunk_size=64, client=client2)
    assert not np.array_equal(one["y"], other["y"])
    # The samples are those of the quantile functions: uniform on [-π, π], mean of y = a/2 = 3.5.
    assert x1.min() >= -PI and x1.max() <= PI
    assert one["y"].mean() == pytest.approx(3.5, abs=0.4)


FINISHED: list[float] = []
FINISHED_LOCK = threading.Lock()


def slow_early_chunks(values: np.ndarray) -> dict[str, np.ndarray]:
    """A model whose first chunk is slow, so that the other worker finishes later chunks first; records the order."""
    first = float(values[0, 0])
    time.sleep(1.0 if first == 0 else 0.0)
    with FINISHED_LOCK:
        FINISHED.append(first)
    return {"y": np.sin(values[:, 0]) * 1e-3 + values[:, 0] ** 0.5}


def quick(values: np.ndarray) -> dict[str, np.ndarray]:
    return {"y": np.sin(values[:, 0]) * 1e-3 + values[:, 0] ** 0.5}


def test_results_come_back_in_chunk_order_whatever_order_chunks_finish(client1, client2):
    plan = Plan(60, 5, lambda start, stop: np.arange(start, stop, dtype=float)[:, None])
    FINISHED.clear()
    shuffled = execute(plan, slow_early_chunks, ["x"], [False], client2)
    assert FINISHED[0] != 0.0 and FINISHED != sorted(FINISHED)  # the first chunk was overtaken by later ones
    straight = execute(plan, quick, ["x"], [False], client1)
    assert shuffled.equals(straight)
    assert shuffled.column("row").to_pylist() == list(range(60))


def test_scenario_uncertainty_is_the_same_on_one_and_two_workers(client1, client2):
    spec = load_scenario(SMALL_UNCERTAIN)
    one = uncertainty(spec, samples=24, seed=3, chunk_size=4, client=client1)
    two = uncertainty(spec, samples=24, seed=3, chunk_size=4, client=client2)
    assert one.model_dump_json() == two.model_dump_json()
    met = {o.name: o for o in one.outputs if o.kind == "yes/no"}
    assert set(met) == {
        "RED_after_BLUE_strike.assured_retaliation_met",
        "BLUE_after_RED_strike.assured_retaliation_met",
    }
    for o in met.values():
        assert o.probability_low <= o.probability <= o.probability_high
    assert one.assured_retaliation_both.probability <= min(o.probability for o in met.values())


def test_every_sample_is_the_scenario_run_alone(client2, tmp_path):
    """A row of the output file equals run_stability on the scenario with that row's inputs."""
    from armscontrol.scenario import run_stability

    spec = load_scenario(SMALL_UNCERTAIN)
    out = tmp_path / "samples.parquet"
    uncertainty(spec, samples=6, seed=5, chunk_size=4, client=client2, out=str(out))
    table = pq.read_table(out)
    assert table.num_rows == 6 and table.column("row").to_pylist() == list(range(6))
    paths = list(spec.uncertain)
    row = table.slice(4, 1).to_pylist()[0]
    model = ScenarioModel(spec, [Input(p, integer=False) for p in paths])  # the four inputs are all fractions
    variant = model.variants(np.array([[row[p] for p in paths]]))[0]
    result = run_stability(variant)
    assert row["RED_after_BLUE_strike.retaliation_p5"] == result.exchanges[("BLUE", "RED")].retaliation_arriving_p5
    assert row["first_strike_stability.combined"] == result.combined


def _interrupt_on(monkeypatch, value: float):
    """Make the scenario model fail on rows whose first input is ``value`` (an interruption mid-way)."""
    original = ScenarioModel.__call__

    def failing(self, values):
        if np.any(values[:, 0] == value):
            raise RuntimeError("interrupted")
        return original(self, values)

    monkeypatch.setattr(ScenarioModel, "__call__", failing)


@pytest.mark.parametrize("suffix", ["parquet", "csv"])
def test_an_interrupted_sweep_resumed_gives_the_same_file_as_a_straight_run(client2, tmp_path, monkeypatch, suffix):
    spec = load_scenario(SMALL)
    axes = parse_grids(spec, ["sides.BLUE.defence[0].interceptors=0:40:10", "scale.RED=0.75,1"])
    straight = tmp_path / f"straight.{suffix}"
    sweep(spec, axes, chunk_size=2, client=client2, out=str(straight))
    resumed = tmp_path / f"resumed.{suffix}"
    with monkeypatch.context() as patch:
        _interrupt_on(patch, 30.0)
        with pytest.raises(UserError, match="rows 6 to 7 failed: RuntimeError: interrupted"):
            sweep(spec, axes, chunk_size=2, client=client2, out=str(resumed))
    partial = tmp_path / f"resumed.{suffix}.partial"
    assert partial.is_dir() and not resumed.exists()
    assert 0 < len(list(partial.glob("chunk-*.parquet"))) < 5
    with pytest.raises(UserError, match="holds an interrupted run; add `resume`"):
        sweep(spec, axes, chunk_size=2, client=client2, out=str(resumed))
    other = parse_grids(spec, ["sides.BLUE.defence[0].interceptors=0:40:20"])
    with pytest.raises(UserError, match=r"started by a different run \(grids differ\)"):
        sweep(spec, other, chunk_size=2, client=client2, out=str(resumed), resume=True)
    result = sweep(spec, axes, chunk_size=2, client=client2, out=str(resumed), resume=True)
    assert result.points == 10 and not partial.exists()
    assert resumed.read_bytes() == straight.read_bytes()


def test_resume_needs_a_file(client2):
    with pytest.raises(UserError, match="^resume: continues a run written to a file"):
        uncertainty(load_scenario(SMALL_UNCERTAIN), samples=4, client=client2, resume=True)


def test_a_real_cluster_of_two_worker_processes_gives_the_same_numbers(process_scheduler, client1, tmp_path):
    from distributed import Client

    spec = load_scenario(SMALL_UNCERTAIN)
    with Client(process_scheduler, timeout="30s") as remote:
        assert len(remote.scheduler_info()["workers"]) == 2
        on_cluster = uncertainty(spec, samples=16, seed=9, chunk_size=4, client=remote)
        by_address = sensitivity(spec, method="morris", samples=2, seed=1, chunk_size=4, scheduler=process_scheduler)
        pids = remote.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2 and __import__("os").getpid() not in pids.values()
    here = uncertainty(spec, samples=16, seed=9, chunk_size=4, client=client1)
    assert on_cluster.model_dump_json() == here.model_dump_json()
    assert by_address.evaluations == 2 * 5


def test_an_unreachable_scheduler_is_a_one_line_error_and_leaves_no_files(tmp_path, monkeypatch):
    monkeypatch.setattr("armscontrol.sweep.runner.CONNECT_TIMEOUT", "2s")
    out = tmp_path / "u.parquet"
    with pytest.raises(UserError, match=r"^scheduler: no Dask scheduler answers at tcp://127.0.0.1:9"):
        uncertainty(load_scenario(SMALL_UNCERTAIN), samples=4, scheduler="tcp://127.0.0.1:9", out=str(out))
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(UserError, match="not a scheduler address"):
        uncertainty(load_scenario(SMALL_UNCERTAIN), samples=4, scheduler="http://x y")


def test_sizes_are_bounded(client2):
    spec = load_scenario(SMALL_UNCERTAIN)
    with pytest.raises(UserError, match=r"^samples: expected 1 to 1,000,000"):
        uncertainty(spec, samples=2_000_000, client=client2)
    with pytest.raises(UserError, match=r"^samples: expected 1 to"):
        uncertainty(spec, samples=0, client=client2)
    with pytest.raises(UserError, match=r"^chunk_size: expected 1 to"):
        uncertainty(spec, samples=4, chunk_size=0, client=client2)
    with pytest.raises(UserError, match="no uncertain inputs"):
        uncertainty(load_scenario(SMALL), samples=4, client=client2)
    plain = load_scenario(SMALL)
    with pytest.raises(UserError, match="give `out` a .parquet file"):
        sweep(
            plain,
            parse_grids(
                plain, ["sides.BLUE.defence[0].interceptors=0:999:1", "sides.BLUE.forces[0].launchers=0:200:1"]
            ),
            client=client2,
        )


def test_limiting_case_a_single_valued_input_gives_the_plain_run(client2, tmp_path):
    """With every distribution a single value, every sample is the scenario itself: no spread."""
    from armscontrol.scenario import run_stability

    path = tmp_path / "one.yaml"
    path.write_text(SMALL.read_text().replace("sspk: 0.7, shots", "sspk: {choice: [0.7]}, shots"))
    spec = load_scenario(path)
    result = uncertainty(spec, samples=5, seed=1, client=client2)
    plain = run_stability(load_scenario(SMALL))
    p5 = next(o for o in result.outputs if o.name == "RED_after_BLUE_strike.retaliation_p5")
    assert p5.minimum == p5.maximum == plain.exchanges[("BLUE", "RED")].retaliation_arriving_p5 and p5.sd == 0.0
    combined = next(o for o in result.outputs if o.name == "first_strike_stability.combined")
    assert combined.mean == pytest.approx(plain.combined, rel=1e-12)


def test_more_interceptors_never_raise_the_retaliation_that_meets_them(client2):
    spec = load_scenario(SMALL)
    result = sweep(spec, parse_grids(spec, ["sides.BLUE.defence[0].interceptors=0:60:10"]), client=client2)
    arriving = [row["RED_after_BLUE_strike.retaliation_expected"] for row in result.rows]
    assert all(b <= a + 1e-9 for a, b in zip(arriving, arriving[1:])) and arriving[-1] < arriving[0]


def test_parquet_row_groups_do_not_depend_on_the_chunk_size(client2, tmp_path, monkeypatch):
    monkeypatch.setattr("armscontrol.sweep.runner.ROW_GROUP_ROWS", 7)
    plan_a = Plan(30, 4, lambda start, stop: np.arange(start, stop, dtype=float)[:, None])
    plan_b = Plan(30, 9, lambda start, stop: np.arange(start, stop, dtype=float)[:, None])
    from armscontrol.sweep.runner import PartStore

    files = []
    for name, plan in (("a", plan_a), ("b", plan_b)):
        out = tmp_path / f"{name}.parquet"
        execute(plan, quick, ["x"], [False], client2, store=PartStore(out, {"run": "same"}, resume=False), keep=False)
        files.append(out)
    meta = pq.ParquetFile(files[0]).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [7, 7, 7, 7, 2]
    assert files[0].read_bytes() == files[1].read_bytes()


def test_a_damaged_part_is_named(client2, tmp_path):
    from armscontrol.sweep.runner import PartStore

    plan = Plan(12, 4, lambda start, stop: np.arange(start, stop, dtype=float)[:, None])
    out = tmp_path / "d.parquet"
    (tmp_path / "d.parquet.partial").mkdir()
    (tmp_path / "d.parquet.partial" / "run.json").write_text('{"run": "x"}')
    (tmp_path / "d.parquet.partial" / "chunk-00000001.parquet").write_bytes(b"not parquet")
    with pytest.raises(UserError, match=r"chunk-00000001.parquet cannot be read .* delete that file"):
        execute(plan, quick, ["x"], [False], client2, store=PartStore(out, {"run": "x"}, resume=True))


def test_the_local_clusters_workers_keep_arrays_on_the_heap(monkeypatch):
    """A local cluster's worker processes start with WORKER_MALLOC (and Dask's own settings, one BLAS thread)."""
    import os

    from armscontrol.sweep import runner

    def environ() -> dict[str, str | None]:
        names = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_", "OPENBLAS_NUM_THREADS")
        return {name: os.environ.get(name) for name in names}

    # what an earlier cluster of Dask's own leaves in this process's environment does not reach them
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "65536")
    with runner.dask_client(workers=1) as client:
        (seen,) = client.run(environ).values()
    assert seen == {**runner.WORKER_MALLOC, "OPENBLAS_NUM_THREADS": "1"}
    assert os.environ["MALLOC_TRIM_THRESHOLD_"] == "65536" and "MALLOC_MMAP_THRESHOLD_" not in os.environ
