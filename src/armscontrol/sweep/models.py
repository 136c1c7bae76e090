"""The answers of ``uncertainty``, ``sensitivity`` and ``sweep`` (the JSON every interface prints)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class _Answer(BaseModel):
    model_config = ConfigDict(frozen=True)


class UncertainInput(_Answer):
    """One uncertain input: its path, its distribution as written, its central value and range."""

    path: str
    distribution: str
    central: float
    low: float
    high: float
    integer: bool


class OutputSummary(_Answer):
    """The distribution of one output over the samples.

    Numbers: mean, standard deviation and quantiles (linear interpolation
    between order statistics). Yes/no outputs (assured retaliation met):
    ``probability`` of yes, with a 95 % Wilson score interval.
    """

    name: str
    kind: Literal["number", "yes/no"]
    mean: float | None = None
    sd: float | None = None
    minimum: float | None = None
    q05: float | None = None
    q25: float | None = None
    median: float | None = None
    q75: float | None = None
    q95: float | None = None
    maximum: float | None = None
    probability: float | None = None
    probability_low: float | None = None
    probability_high: float | None = None


class UncertaintyResult(_Answer):
    """Outputs of a scenario over the joint distribution of its uncertain inputs (Monte Carlo)."""

    scenario: str
    samples: int
    seed: int
    chunk_size: int
    inputs: list[UncertainInput]
    outputs: list[OutputSummary]
    assured_retaliation_both: OutputSummary | None = None
    out: str | None = None
    method: str = (
        "Monte Carlo: independent samples of every uncertain input, one random stream per chunk from the run's seed"
    )


class SensitivityIndex(_Answer):
    """One input's indices on one output, with their 95 % confidence half-widths (bootstrap, SALib).

    Sobol: ``first_order`` (S1, the share of the output's variance due to the
    input alone) and ``total`` (ST, including its interactions). Morris:
    ``mu_star`` (mean absolute elementary effect, in output units per full
    quantile range of the input), ``mu`` and ``sigma`` (spread of the effects:
    non-linearity or interactions).
    """

    input: str
    first_order: float | None = None
    first_order_conf: float | None = None
    total: float | None = None
    total_conf: float | None = None
    mu_star: float | None = None
    mu_star_conf: float | None = None
    mu: float | None = None
    sigma: float | None = None


class OutputSensitivity(_Answer):
    """The indices of every input on one output, ranked (largest total index or μ* first)."""

    output: str
    variance: float
    constant: bool
    indices: list[SensitivityIndex]


class SensitivityResult(_Answer):
    """Sobol indices or Morris screening of the uncertain inputs on each output."""

    scenario: str
    method: Literal["sobol", "morris"]
    base_samples: int
    evaluations: int
    seed: int
    chunk_size: int
    inputs: list[UncertainInput]
    outputs: list[OutputSensitivity]
    out: str | None = None
    design: str


class GridAxis(_Answer):
    """One grid: the input and its values."""

    path: str
    values: list[float]
    integer: bool


class SweepResult(_Answer):
    """Every combination of the grids and the outputs at each (rows kept when the sweep is small)."""

    scenario: str
    axes: list[GridAxis]
    points: int
    chunk_size: int
    columns: list[str]
    rows: list[dict[str, float | int | bool]] | None = None
    out: str | None = None
    held_at_central: list[str] = []


class TornadoAnswer(_Answer):
    """The calculator's sensitivity tornado: Sobol indices of every uncertain input on one output.

    ``indices`` are sorted by total index, largest first; ``runs`` = N·(k + 2)
    model runs of ``base_samples`` = N; ``outputs`` lists every output the same
    runs answer (choosing another needs no new run).
    """

    scenario: str
    output: str
    outputs: list[str]
    variance: float
    constant: bool
    base_samples: int
    runs: int
    seed: int
    inputs: list[UncertainInput]
    indices: list[SensitivityIndex]
    design: str
    interactive_runs: int
    method: str = (
        "Sobol first-order and total indices (Saltelli's estimators, as SALib computes them) "
        "with bootstrap 95 % intervals, all runs on threads of one process"
    )
