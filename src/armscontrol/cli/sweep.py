"""Commands over many runs of a scenario: ``uncertainty``, ``sensitivity`` and ``sweep`` (on Dask)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import typer

from armscontrol.cli.base import JsonOption, command, console, error_console, print_json, table
from armscontrol.errors import UserError
from armscontrol.sweep import SENSITIVITY_SAMPLES_DEFAULT, UNCERTAINTY_SAMPLES_DEFAULT

SchedulerOption = typer.Option(
    None,
    "--scheduler",
    help="Dask scheduler tcp://HOST:PORT (or ARMSCONTROL_SCHEDULER); default a local cluster on this machine's cores.",
)
WorkersOption = typer.Option(None, "--workers", help="Worker processes of the local cluster (default: one per core).")
ChunkOption = typer.Option(
    16,
    "--chunk-size",
    help="Scenarios per task sent to a worker (part of the run's identity: Monte Carlo samples are drawn chunk by "
    "chunk).",
)
OutOption = typer.Option(None, "--out", help="Write every row to FILE.parquet or FILE.csv, chunk by chunk.")
ResumeOption = typer.Option(
    False, "--resume", help="Continue an interrupted run with the same --out (same scenario, options and seed)."
)
SeedOption = typer.Option(0, "--seed", help="The run's seed; the same seed gives the same numbers on any cluster.")


@contextlib.contextmanager
def _interruptible(out: str | None) -> Iterator[None]:
    """Ctrl-C ends the run with one line saying what is kept and how to continue."""

    try:
        yield
    except KeyboardInterrupt:
        if out and Path(f"{out}.partial").is_dir():
            raise UserError(
                f"interrupted; the chunks finished are kept in {out}.partial; run the same command with --resume to "
                f"continue"
            ) from None
        if out:
            raise UserError("interrupted before any chunk finished; nothing was kept") from None
        raise UserError("interrupted; nothing was kept (give --out FILE to keep finished chunks and resume)") from None


@contextlib.contextmanager
def _bar(description: str) -> Iterator:
    """A progress bar with the time left, on standard error; gone when the run ends."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    if not error_console.is_terminal:  # piped or captured: no bar, and no stray blank line before an error
        yield lambda done, total: None
        return
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
        console=error_console,
        transient=True,
    )
    task = bar.add_task(description, total=None)
    bar.start()
    try:
        yield lambda done, total: bar.update(task, completed=done, total=total)
    finally:
        bar.stop()


def _run(description: str, out: str | None, question, spec, **options):
    """Ask ``question`` of ``spec`` with a progress bar; Ctrl-C ends it with one line on what is kept."""
    with _interruptible(out), _bar(description) as on_progress:
        return question(spec, out=out, on_progress=on_progress, **options)


def _number(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}" if abs(value) >= 0.1 or value == 0 else f"{value:.3g}"


WIDE_INTERVAL = 0.1
"""A Sobol index whose 95 % half-width is above this is flagged as not resolved."""


def _plus_minus(value: float | None, half_width: float | None, digits: int = 3) -> str:
    if value is None:
        return "–"
    return f"{value:.{digits}g} ± {half_width:.2g}" if digits == 4 else f"{value:.3f} ± {half_width or 0.0:.3f}"


def _case(name: str) -> str:
    """``RUS_after_USA_strike.assured_retaliation_met`` -> ``RUS after USA strike``; the joint one -> ``both pairs``."""
    if name.endswith(".both"):
        return "both pairs"
    return name.removesuffix(".assured_retaliation_met").replace("_", " ")


def _load(scenario: str):
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.scenario import load_scenario

    return load_scenario(scenario)


@command("uncertainty")
def uncertainty_command(
    scenario: str = typer.Argument(..., help="Scenario file (YAML) with uncertain inputs."),
    samples: int = typer.Option(
        UNCERTAINTY_SAMPLES_DEFAULT, "--samples", help="Monte Carlo samples (at most 1,000,000)."
    ),
    seed: int = SeedOption,
    out: str = OutOption,
    resume: bool = ResumeOption,
    scheduler: str = SchedulerOption,
    workers: int = WorkersOption,
    chunk_size: int = ChunkOption,
    as_json: bool = JsonOption,
) -> None:
    """How the outputs spread over the uncertain inputs: quantiles, and the probability that assured retaliation
    holds."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.sweeps import uncertainty

    spec = _load(scenario)
    result = _run(
        f"{samples:,} samples",
        out,
        uncertainty,
        spec,
        samples=samples,
        seed=seed,
        chunk_size=chunk_size,
        scheduler=scheduler,
        workers=workers,
        resume=resume,
    )
    if as_json:
        print_json(result)
        return
    console.print(
        table(
            f"{spec.name}: uncertain inputs",
            ["input", "distribution", "central value", "range"],
            [[i.path, i.distribution, f"{i.central:g}", f"{i.low:g} to {i.high:g}"] for i in result.inputs],
        )
    )
    numbers = [o for o in result.outputs if o.kind == "number"]
    console.print(
        table(
            f"Outputs over {result.samples:,} samples (seed {result.seed})",
            ["output", "mean", "5%", "median", "95%", "min", "max"],
            [
                [
                    o.name,
                    _number(o.mean, 2),
                    _number(o.q05, 2),
                    _number(o.median, 2),
                    _number(o.q95, 2),
                    _number(o.minimum, 2),
                    _number(o.maximum, 2),
                ]
                for o in numbers
            ],
            caption="retaliation: warheads arriving after absorbing a first strike; first-strike stability: cost "
            "ratio (lower = more incentive to strike first)",
        )
    )
    shares = [o for o in result.outputs if o.kind == "yes/no"] + (
        [result.assured_retaliation_both] if result.assured_retaliation_both else []
    )
    console.print(
        table(
            "Probability that assured retaliation holds (5th percentile ≥ threshold)",
            ["case", "probability", "95% interval"],
            [
                [_case(o.name), f"{o.probability:.3f}", f"{o.probability_low:.3f} to {o.probability_high:.3f}"]
                for o in shares
            ],
        )
    )
    if result.out:
        console.print(f"every sample: {result.out}")


@command("sensitivity")
def sensitivity_command(
    scenario: str = typer.Argument(..., help="Scenario file (YAML) with uncertain inputs."),
    method: str = typer.Option(
        "sobol", "--method", help="sobol (first-order and total indices) or morris (screening: μ*, σ)."
    ),
    samples: int = typer.Option(
        SENSITIVITY_SAMPLES_DEFAULT,
        "--samples",
        help="Sobol: base samples N, a power of two (N·(k+2) runs). Morris: trajectories N (N·(k+1) runs).",
    ),
    seed: int = SeedOption,
    out: str = OutOption,
    resume: bool = ResumeOption,
    scheduler: str = SchedulerOption,
    workers: int = WorkersOption,
    chunk_size: int = ChunkOption,
    as_json: bool = JsonOption,
) -> None:
    """Which uncertain input moves each output most: Sobol indices or Morris screening (SALib), ranked."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.sweeps import sensitivity, sensitivity_runs

    spec = _load(scenario)
    if method not in ("sobol", "morris"):
        raise UserError(f"--method: expected sobol or morris, got '{method}'", field="--method")
    runs = sensitivity_runs(method, len(spec.uncertain), samples)
    result = _run(
        f"{method}: {runs:,} runs",
        out,
        sensitivity,
        spec,
        method=method,
        samples=samples,
        seed=seed,
        chunk_size=chunk_size,
        scheduler=scheduler,
        workers=workers,
        resume=resume,
    )
    if as_json:
        print_json(result)
        return
    rows = []
    constant = []
    wide = False
    for output in result.outputs:
        if output.constant:
            constant.append(output.output)
            continue
        for rank, index in enumerate(output.indices, 1):
            if method == "sobol":
                cells = [
                    _plus_minus(index.first_order, index.first_order_conf),
                    _plus_minus(index.total, index.total_conf),
                ]
                wide = wide or max(index.first_order_conf or 0.0, index.total_conf or 0.0) > WIDE_INTERVAL
            else:
                cells = [_plus_minus(index.mu_star, index.mu_star_conf, 4), _number(index.sigma, 3)]
            rows.append([output.output if rank == 1 else "", rank, index.input, *cells])
    heads = ["first order S1", "total ST"] if method == "sobol" else ["μ*", "σ"]
    caption = f"{result.design}; ± 95% bootstrap interval"
    if wide:
        caption += (
            f"; some intervals are wider than ±{WIDE_INTERVAL}: those indices are not resolved yet, raise --samples"
        )
    if constant:
        caption += f"; the same in every run (no index): {', '.join(constant)}"
    console.print(
        table(
            f"{spec.name}: inputs ranked by their effect on each output ({method}, seed {result.seed})",
            ["output", "rank", "input", *heads],
            rows,
            caption=caption,
        )
    )
    if result.out:
        console.print(f"every run: {result.out}")


@command("sweep")
def sweep_command(
    scenario: str = typer.Argument(..., help="Scenario file (YAML)."),
    grid: list[str] = typer.Option(
        None,
        "--grid",
        help="PATH=START:STOP:STEP or PATH=V1,V2,...; repeat for more grids. PATH is a field "
        "(sides.USA.defence[0].interceptors) or a force scale (scale, scale.RUS).",
    ),
    out: str = OutOption,
    resume: bool = ResumeOption,
    scheduler: str = SchedulerOption,
    workers: int = WorkersOption,
    chunk_size: int = ChunkOption,
    as_json: bool = JsonOption,
) -> None:
    """Every combination of the grids, with assured retaliation and first-strike stability at each point."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.sweeps import sweep, sweep_points

    spec = _load(scenario)
    points = sweep_points(spec, grid or [])
    result = _run(
        f"{points:,} points",
        out,
        sweep,
        spec,
        grids=grid or [],
        chunk_size=chunk_size,
        scheduler=scheduler,
        workers=workers,
        resume=resume,
    )
    if as_json:
        print_json(result)
        return
    shown = (result.rows or [])[:50]
    names = [a.path for a in result.axes]
    pairs = [c.removesuffix(".retaliation_p5") for c in result.columns if c.endswith(".retaliation_p5")]
    rows = []
    for row in shown:
        cells = [f"{row[n]:,}" if isinstance(row[n], int) else f"{row[n]:g}" for n in names]
        for pair in pairs:
            mark = "assured" if row[f"{pair}.assured_retaliation_met"] else "NOT assured"
            cells.append(f"{row[f'{pair}.retaliation_expected']:,.0f} ({row[f'{pair}.retaliation_p5']:,.0f}) {mark}")
        cells.append(f"{row['first_strike_stability.combined']:.3f}")
        rows.append(cells)
    where = f"every row and column in {result.out}" if result.out else "--json or --out FILE for every column"
    more = f"{len(shown):,} of {result.points:,} points shown; " if result.points > len(shown) else ""
    central = (
        f"; uncertain inputs held at central values: {', '.join(result.held_at_central)}"
        if result.held_at_central
        else ""
    )
    console.print(
        table(
            f"{spec.name}: sweep over {' × '.join(names)}",
            [*names, *[p.replace("_", " ").replace(" after ", " retaliation after ") for p in pairs], "FSS combined"],
            rows,
            caption=f"retaliation: expected (5th percentile); {more}{where}{central}",
        )
    )
