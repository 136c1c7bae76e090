"""Uncertainty, sensitivity and grid sweeps of a scenario, each returning its answer model.

Each analysis builds a plan of rows (input values), runs it in chunks through
:func:`armscontrol.sweep.runner.execute` on Dask and summarises the outputs.
The scenario analyses go through :class:`~armscontrol.sweep.design.ScenarioModel`;
:func:`uncertainty_of` and :func:`sensitivity_of` take any model function (the
tests run the Ishigami function through them).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, cast

import numpy as np

from armscontrol.errors import InvalidInput, UserError
from armscontrol.limits import MAX_CHUNK_SIZE
from armscontrol.scenario import ScenarioSpec
from armscontrol.sweep import (
    MAX_EVALUATIONS,
    MAX_GRID_POINTS,
    MAX_ROWS_IN_MEMORY,
    MAX_SAMPLES,
    SENSITIVITY_SAMPLES_DEFAULT,
    UNCERTAINTY_SAMPLES_DEFAULT,
)
from armscontrol.sweep.design import Axis, Input, ScenarioModel, base_mapping, check_corners, check_values, grid_rows
from armscontrol.sweep.evaluate import output_names
from armscontrol.sweep.models import (
    GridAxis,
    OutputSensitivity,
    OutputSummary,
    SensitivityIndex,
    SensitivityResult,
    SweepResult,
    UncertainInput,
    UncertaintyResult,
)
from armscontrol.sweep.runner import (
    DEFAULT_CHUNK_SIZE,
    ModelFunction,
    PartStore,
    Plan,
    chunk_seed,
    client_for,
    execute,
    fingerprint,
    numpy_column,
)
from armscontrol.sweep.saltelli import saltelli_design, sobol_indices  # SALib's design, estimators and bootstrap
from armscontrol.uncertain import Distribution, integer_paths

Progress = Callable[[int, int], None]

MORRIS_LEVELS = 4
"""Levels of the Morris grid (the step is Δ = levels / (2 (levels − 1)) = 2/3 of each input's quantile range)."""

BOOTSTRAP_RESAMPLES = 100
"""Bootstrap resamples for the confidence intervals of the indices."""

CONFIDENCE = 0.95


def _check_run(samples: int, seed: int, chunk_size: int, *, limit: int, what: str = "samples") -> None:
    if not 1 <= samples <= limit:
        raise UserError(f"{what}: expected 1 to {limit:,}, got {samples:,}", field=what)
    if not 0 <= seed < 2**63:
        raise UserError(f"seed: expected a whole number from 0 to 2^63 − 1, got {seed}", field="seed")
    if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise UserError(f"chunk_size: expected 1 to {MAX_CHUNK_SIZE:,}, got {chunk_size:,}", field="chunk_size")


def _scenario_inputs(spec: ScenarioSpec) -> tuple[dict[str, Distribution], list[bool]]:
    if not spec.uncertain:
        raise UserError(
            f"{spec.name}: the scenario has no uncertain inputs; write a distribution in place of a number "
            "(reliability: {uniform: [0.7, 0.9]}) or add an uncertain: block naming fields by path (see "
            "docs/sweeps.md)",
            field="uncertain",
        )

    paths = list(spec.uncertain)
    integer = integer_paths(base_mapping(spec), paths)
    for path, whole in zip(paths, integer):
        low, high = spec.uncertain[path].bounds()
        check_values(
            spec,
            Input(path, whole),
            low,
            high,
            what="uncertain input",
            shown=f"{path}: {spec.uncertain[path].describe()}",
        )
    bounds = [spec.uncertain[p].bounds() for p in paths]
    check_corners(
        spec,
        [Input(p, w) for p, w in zip(paths, integer)],
        [b[0] for b in bounds],
        [b[1] for b in bounds],
        what="uncertain inputs",
    )
    return dict(spec.uncertain), integer


def _describe_inputs(distributions: Mapping[str, Distribution], integer: Sequence[bool]) -> list[UncertainInput]:
    out = []
    for (path, d), whole in zip(distributions.items(), integer):
        low, high = d.bounds()
        central = d.central()
        out.append(
            UncertainInput(
                path=path,
                distribution=d.describe(),
                central=round(central) if whole else central,
                low=round(low) if whole else low,
                high=round(high) if whole else high,
                integer=whole,
            )
        )
    return out


def _to_values(distributions: Sequence[Distribution], integer: Sequence[bool], unit: np.ndarray) -> np.ndarray:
    """Input values from numbers in [0, 1] (one column per input) through each quantile function."""
    values = np.empty_like(unit, dtype=float)
    for j, (d, whole) in enumerate(zip(distributions, integer)):
        column = d.ppf(unit[:, j])
        values[:, j] = np.rint(column) if whole else column
    return values


def wilson(successes: int, n: int, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """The Wilson score interval of a binomial proportion.

    Notes
    -----
    .. math:: \\frac{\\hat p + z^2/2n \\pm z\\sqrt{\\hat p(1-\\hat p)/n + z^2/4n^2}}{1 + z^2/n}

    References
    ----------
    .. [1] E. B. Wilson, "Probable inference, the law of succession, and
       statistical inference", J. Am. Stat. Assoc. 22 (1927) 209-212.
    """
    # on first use: heavy (SciPy); scipy.special.ndtri is scipy.stats.norm.ppf without loading scipy.stats
    from scipy.special import ndtri

    if n == 0:
        return 0.0, 1.0
    z = float(ndtri(0.5 + confidence / 2))
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


def summarise(name: str, column: np.ndarray) -> OutputSummary:
    """Mean, spread and quantiles of a numeric output; the probability (Wilson interval) of a yes/no one."""
    column = np.asarray(column)
    if column.dtype == bool:
        yes = int(column.sum())
        low, high = wilson(yes, len(column))
        return OutputSummary(
            name=name, kind="yes/no", probability=yes / len(column), probability_low=low, probability_high=high
        )
    q = np.quantile(column, [0.05, 0.25, 0.5, 0.75, 0.95])
    return OutputSummary(
        name=name,
        kind="number",
        mean=float(column.mean()),
        sd=float(column.std(ddof=1)) if len(column) > 1 else 0.0,
        minimum=float(column.min()),
        q05=float(q[0]),
        q25=float(q[1]),
        median=float(q[2]),
        q75=float(q[3]),
        q95=float(q[4]),
        maximum=float(column.max()),
    )


def _outputs(table: Any, skip: int) -> dict[str, np.ndarray]:
    return {name: numpy_column(table, name) for name in table.column_names[1 + skip :]}


def _store(out: str | None, identity: dict[str, Any], resume: bool) -> PartStore | None:
    if out is None:
        if resume:
            raise InvalidInput(
                "resume: continues a run written to a file; give the same `out` file as the interrupted run",
                field="resume",
            )
        return None
    return PartStore(out, identity, resume=resume)


# Uncertainty ------------------------------------------------------------------------------


def uncertainty_of(
    model: ModelFunction,
    distributions: Mapping[str, Distribution],
    integer: Sequence[bool] | None = None,
    *,
    samples: int = UNCERTAINTY_SAMPLES_DEFAULT,
    seed: int = 0,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    out: str | None = None,
    resume: bool = False,
    identity: dict[str, Any] | None = None,
    on_progress: Progress | None = None,
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Monte Carlo samples of a model over independent inputs: (outputs, input values).

    Chunk ``c`` draws its uniform numbers from :func:`~armscontrol.sweep.runner.chunk_seed`
    ``(seed, c)`` and maps them through each input's quantile function, so
    the samples depend on the seed and the chunk size only.
    """
    _check_run(samples, seed, chunk_size, limit=MAX_SAMPLES)
    paths = list(distributions)
    dists = [distributions[p] for p in paths]
    integer = list(integer) if integer is not None else [False] * len(paths)

    def rows(start: int, stop: int) -> np.ndarray:
        chunk = start // chunk_size
        unit = np.random.default_rng(chunk_seed(seed, chunk)).random((stop - start, len(paths)))
        return _to_values(dists, integer, unit)

    plan = Plan(samples, chunk_size, rows)
    run = {
        "kind": "uncertainty",
        "samples": samples,
        "seed": seed,
        "chunk_size": chunk_size,
        "inputs": {p: d.describe() for p, d in distributions.items()},
        **(identity or {}),
    }
    store = _store(out, run, resume)
    with client_for(client, scheduler, workers, rows=plan.total) as active:
        table = execute(plan, model, paths, integer, active, store=store, on_progress=on_progress)
    values = np.column_stack([numpy_column(table, p) for p in paths]).astype(float)
    return _outputs(table, len(paths)), values


def uncertainty(
    spec: ScenarioSpec,
    *,
    samples: int = UNCERTAINTY_SAMPLES_DEFAULT,
    seed: int = 0,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    out: str | None = None,
    resume: bool = False,
    on_progress: Progress | None = None,
) -> UncertaintyResult:
    """The distribution of every output of a scenario over the joint distribution of its uncertain inputs.

    Parameters
    ----------
    spec : ScenarioSpec
        A scenario with uncertain inputs (``spec.uncertain``).
    samples : int
        Monte Carlo samples, 1 to :data:`~armscontrol.sweep.MAX_SAMPLES`.
    seed : int
        The run's seed; the same seed and chunk size give the same samples on any cluster.
    out : str, optional
        A ``.parquet`` or ``.csv`` file for every sample (inputs and outputs).

    Returns
    -------
    UncertaintyResult
        Quantiles of each numeric output, the probability that assured
        retaliation holds for each ordered pair and for both, with 95 % intervals.
    """
    distributions, integer = _scenario_inputs(spec)
    outputs, _ = uncertainty_of(
        ScenarioModel(spec, [Input(p, w) for p, w in zip(distributions, integer)]),
        distributions,
        integer,
        samples=samples,
        seed=seed,
        chunk_size=chunk_size,
        client=client,
        scheduler=scheduler,
        workers=workers,
        out=out,
        resume=resume,
        on_progress=on_progress,
        identity={"scenario": fingerprint(base_mapping(spec))},
    )
    met = [name for name in outputs if name.endswith(".assured_retaliation_met")]
    both = summarise("assured_retaliation_met.both", np.logical_and.reduce([outputs[n] for n in met])) if met else None
    return UncertaintyResult(
        scenario=spec.name,
        samples=samples,
        seed=seed,
        chunk_size=chunk_size,
        inputs=_describe_inputs(distributions, integer),
        outputs=[summarise(n, c) for n, c in outputs.items()],
        assured_retaliation_both=both,
        out=None if out is None else str(out),
    )


# Sensitivity ------------------------------------------------------------------------------


def sensitivity_design(method: str, k: int, samples: int, seed: int) -> tuple[np.ndarray, str]:
    """The design in [0, 1]^k for ``method``.

    Sobol: Saltelli's scheme on a scrambled Sobol' sequence (:func:`armscontrol.sweep.saltelli.saltelli_design`,
    SALib's design bit for bit, without importing SALib); Morris: SALib's trajectories.
    """
    problem = {"num_vars": k, "names": [f"x{i}" for i in range(k)], "bounds": [[0.0, 1.0]] * k}
    if method == "sobol":
        unit = saltelli_design(k, samples, seed)
        return (
            unit,
            f"Saltelli's scheme on a scrambled Sobol' sequence (SALib's design), N = {samples}, "
            f"N·(k + 2) = {len(unit):,} runs",
        )
    from SALib.sample import morris as morris_sample  # on first use: heavy (SALib, SciPy and pandas)

    unit = morris_sample.sample(problem, samples, num_levels=MORRIS_LEVELS, seed=seed)
    return (
        unit,
        f"Morris trajectories (SALib), {samples} trajectories of k + 1 = {k + 1} runs on a {MORRIS_LEVELS}-level grid",
    )


DESIGN_CHUNK_RUNS = 96
"""Runs a chunk of a sensitivity design holds at least, where the design has eight chunks of that size or more."""


def design_chunk_size(method: str, k: int, chunk_size: int, runs: int = 0) -> int:
    """The chunk size of a design of ``runs`` runs: at least ``chunk_size`` and, where the design has eight chunks
    of it or more, :data:`DESIGN_CHUNK_RUNS`, rounded up to whole blocks of the design: k + 2 runs (Sobol), k + 1
    (Morris).

    A block's runs differ from its first in one input each; kept in one chunk,
    they go to one worker, whose cache then shares what they have in common.
    Each chunk costs the scheduler and a worker a task: a Sobol design of
    12,288 runs took 61.7 s in chunks of 24 and 56.7 s in chunks of 96 on two
    cores (the scheduler's CPU 6.4 -> 3.4 s). Eight chunks or more keep every
    core busy in a small run. The indices do not depend on the chunk size (the
    design is drawn whole).
    """
    block = k + 2 if method == "sobol" else k + 1
    wanted = max(chunk_size, min(DESIGN_CHUNK_RUNS, runs // 8))
    return min(MAX_CHUNK_SIZE, -(-wanted // block) * block)


def sensitivity_runs(method: str, k: int, samples: int) -> int:
    """Model runs of a design: Sobol N·(k + 2) (first and total order), Morris N·(k + 1)."""
    return samples * (k + 2) if method == "sobol" else samples * (k + 1)


def sensitivity_of(
    model: ModelFunction,
    distributions: Mapping[str, Distribution],
    integer: Sequence[bool] | None = None,
    *,
    method: str = "sobol",
    samples: int = SENSITIVITY_SAMPLES_DEFAULT,
    seed: int = 0,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    out: str | None = None,
    resume: bool = False,
    identity: dict[str, Any] | None = None,
    on_progress: Progress | None = None,
) -> tuple[list[OutputSensitivity], int, str]:
    """Sobol or Morris indices of each input on each output of a model: (per output, runs, design).

    The design is drawn in [0, 1]^k (Sobol: SALib's, in NumPy; Morris: by SALib) and mapped through each input's
    quantile function, so Sobol indices are those of the inputs' own
    distributions, and Morris effects are per full quantile range.
    """
    if method not in ("sobol", "morris"):
        raise UserError(f"method: expected sobol or morris, got '{method}'", field="method")
    k = len(distributions)
    if method == "sobol" and (samples < 2 or samples & (samples - 1)):
        up = 1 << max(1, (max(samples, 2) - 1).bit_length())
        raise UserError(
            f"samples: Sobol needs a power of two (the Sobol' sequence's balance), got {samples:,}; for example {up:,}",
            field="samples",
            suggestion=str(up),
        )
    if method == "morris" and samples < 2:
        raise UserError(f"samples: Morris needs at least 2 trajectories, got {samples}", field="samples")
    runs = sensitivity_runs(method, k, samples)
    if runs > MAX_EVALUATIONS:
        raise UserError(
            f"samples: {samples:,} × {runs // samples} = {runs:,} model runs; at most {MAX_EVALUATIONS:,} are allowed",
            field="samples",
        )
    _check_run(samples, seed, chunk_size, limit=MAX_EVALUATIONS)
    chunk_size = design_chunk_size(method, k, chunk_size, runs)
    paths = list(distributions)
    dists = [distributions[p] for p in paths]
    integer = list(integer) if integer is not None else [False] * k
    unit, design = sensitivity_design(method, k, samples, seed)
    values = _to_values(dists, integer, unit)
    plan = Plan(len(values), chunk_size, lambda start, stop: values[start:stop])
    run = {
        "kind": f"sensitivity-{method}",
        "samples": samples,
        "seed": seed,
        "chunk_size": chunk_size,
        "inputs": {p: d.describe() for p, d in distributions.items()},
        **(identity or {}),
    }
    store = _store(out, run, resume)
    with client_for(client, scheduler, workers, rows=plan.total) as active:
        table = execute(plan, model, paths, integer, active, store=store, on_progress=on_progress)
    outputs = _outputs(table, k)
    problem = {"num_vars": k, "names": paths, "bounds": [[0.0, 1.0]] * k}
    return (
        [_indices(method, problem, unit, name, column, seed) for name, column in outputs.items()],
        len(values),
        design,
    )


def _clean(value: Any) -> float | None:
    value = float(value)
    return value if math.isfinite(value) else None


def _indices(
    method: str, problem: dict[str, Any], unit: np.ndarray, name: str, column: np.ndarray, seed: int
) -> OutputSensitivity:
    y = np.asarray(column, dtype=float)
    variance = float(y.var())
    if variance == 0.0:
        return OutputSensitivity(
            output=name, variance=0.0, constant=True, indices=[SensitivityIndex(input=p) for p in problem["names"]]
        )
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        if method == "sobol":
            found = sobol_indices(
                y, problem["num_vars"], resamples=BOOTSTRAP_RESAMPLES, confidence=CONFIDENCE, seed=seed
            )
            indices = [
                SensitivityIndex(
                    input=p,
                    first_order=_clean(found["S1"][i]),
                    first_order_conf=_clean(found["S1_conf"][i]),
                    total=_clean(found["ST"][i]),
                    total_conf=_clean(found["ST_conf"][i]),
                )
                for i, p in enumerate(problem["names"])
            ]
            indices.sort(key=lambda s: -(s.total or 0.0))
        else:
            from SALib.analyze import morris  # on first use: heavy (SALib, SciPy and pandas)

            found = morris.analyze(
                problem,
                unit,
                y,
                num_resamples=BOOTSTRAP_RESAMPLES,
                conf_level=CONFIDENCE,
                num_levels=MORRIS_LEVELS,
                seed=seed,
            )
            indices = [
                SensitivityIndex(
                    input=p,
                    mu_star=_clean(found["mu_star"][i]),
                    mu_star_conf=_clean(found["mu_star_conf"][i]),
                    mu=_clean(found["mu"][i]),
                    sigma=_clean(found["sigma"][i]),
                )
                for i, p in enumerate(problem["names"])
            ]
            indices.sort(key=lambda s: -(s.mu_star or 0.0))
    return OutputSensitivity(output=name, variance=variance, constant=False, indices=indices)


def sensitivity(
    spec: ScenarioSpec,
    *,
    method: str = "sobol",
    samples: int = SENSITIVITY_SAMPLES_DEFAULT,
    seed: int = 0,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    out: str | None = None,
    resume: bool = False,
    on_progress: Progress | None = None,
) -> SensitivityResult:
    """Which uncertain input moves each output of a scenario most: Sobol indices or Morris screening (SALib).

    Parameters
    ----------
    method : {'sobol', 'morris'}
        Sobol: first-order and total indices with bootstrap 95 % intervals,
        N·(k + 2) runs (``samples`` = N, a power of two). Morris: μ*, μ and σ of
        the elementary effects, N·(k + 1) runs (``samples`` = N trajectories).

    References
    ----------
    .. [1] A. Saltelli et al., "Variance based sensitivity analysis of model output.
       Design and estimator for the total sensitivity index", Comput. Phys.
       Commun. 181 (2010) 259-270.
    .. [2] M. D. Morris, "Factorial sampling plans for preliminary computational
       experiments", Technometrics 33 (1991) 161-174.
    .. [3] J. Herman and W. Usher, "SALib: An open-source Python library for
       sensitivity analysis", J. Open Source Softw. 2(9) (2017) 97.
    """
    distributions, integer = _scenario_inputs(spec)
    model = ScenarioModel(spec, [Input(p, w) for p, w in zip(distributions, integer)])
    outputs, runs, design = sensitivity_of(
        model,
        distributions,
        integer,
        method=method,
        samples=samples,
        seed=seed,
        chunk_size=chunk_size,
        client=client,
        scheduler=scheduler,
        workers=workers,
        out=out,
        resume=resume,
        on_progress=on_progress,
        identity={"scenario": fingerprint(base_mapping(spec))},
    )
    return SensitivityResult(
        scenario=spec.name,
        method=cast(Literal["sobol", "morris"], method),
        base_samples=samples,
        evaluations=runs,
        seed=seed,
        chunk_size=design_chunk_size(method, len(distributions), chunk_size, runs),
        inputs=_describe_inputs(distributions, integer),
        outputs=outputs,
        out=None if out is None else str(out),
        design=design,
    )


# Grids ------------------------------------------------------------------------------------


def sweep(
    spec: ScenarioSpec,
    axes: Sequence[Axis],
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    out: str | None = None,
    resume: bool = False,
    on_progress: Progress | None = None,
) -> SweepResult:
    """Every combination of the grids (the last grid varying fastest), with the outputs at each point.

    Inputs not on a grid keep their values; uncertain ones their central values.
    Up to :data:`~armscontrol.sweep.MAX_ROWS_IN_MEMORY` points the rows are
    returned; larger sweeps (up to :data:`~armscontrol.sweep.MAX_GRID_POINTS`)
    need ``out``, to which every row is streamed.
    """
    points = math.prod(len(a.values) for a in axes)
    if points > MAX_GRID_POINTS:
        raise UserError(f"grid: {points:,} points; a sweep holds at most {MAX_GRID_POINTS:,}", field="grid")
    if out is None and points > MAX_ROWS_IN_MEMORY:
        raise UserError(
            f"grid: {points:,} points; above {MAX_ROWS_IN_MEMORY:,} give `out` a .parquet file to stream them to",
            field="out",
        )
    _check_run(points, 0, chunk_size, limit=MAX_GRID_POINTS, what="grid")
    inputs = [a.input for a in axes]
    names = [i.path for i in inputs]
    integer = [i.integer for i in inputs]
    plan = Plan(points, chunk_size, lambda start, stop: grid_rows(axes, start, stop))
    run = {
        "kind": "sweep",
        "scenario": fingerprint(base_mapping(spec)),
        "chunk_size": chunk_size,
        "grids": {a.input.path: a.values.tolist() for a in axes},
    }
    keep = points <= MAX_ROWS_IN_MEMORY
    store = _store(out, run, resume)
    with client_for(client, scheduler, workers, rows=plan.total) as active:
        table = execute(
            plan, ScenarioModel(spec, inputs), names, integer, active, store=store, keep=keep, on_progress=on_progress
        )

    columns = ["row", *names, *output_names(spec)]
    rows = table.to_pylist() if table is not None else None
    return SweepResult(
        scenario=spec.name,
        axes=[GridAxis(path=a.input.path, values=a.values.tolist(), integer=a.input.integer) for a in axes],
        points=points,
        chunk_size=chunk_size,
        columns=columns,
        rows=rows,
        out=None if out is None else str(out),
        held_at_central=[p for p in spec.uncertain if p not in names],
    )
