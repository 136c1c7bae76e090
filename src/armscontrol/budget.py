"""The work budget: how much computation one request may ask for, estimated before any of it runs.

:mod:`armscontrol.limits` bounds each input on its own; a request that keeps
every input within its bound can still multiply them (50,000 warheads a side,
five layers, four decoys, ten shots, a thousand sweep points) into hours of
work. The budget bounds the product. Each computation's *work* is estimated
from its inputs alone, in *work units*, before anything is computed:

======================  ==========================================================
computation             work estimated
======================  ==========================================================
one exchange point      Σ over the two sides striking: objects × (1 + (layers ×
                        shots − 1) / 8), objects = warheads × (1 + decoys), layers
                        and shots those of the defence the objects meet
stability               one point × max(1, sweep points)
frontier                one point × defence sizes × :data:`FRONTIER_FACTOR`
uncertainty             one point × samples
engagement              objects × (1 + (layers × shots − 1) / 8)
statement reader        characters of text (its own budget)
======================  ==========================================================

A work unit is roughly one warhead or decoy met by a defence. The weights
follow measurement (``benchmarks/budget_calibration.py``): the time of a point
grows with the objects, and more slowly with layers and shots; a frontier
shares most of its exchanges between sizes and costs about as much as the
stability over the same sizes. On a shared two-core machine the scenarios
measured computed 70,000 to 800,000 units per CPU second before the kernels of
December 2026 (about 20 CPU seconds at most within the anonymous budget); the
costliest anonymous request ``benchmarks/worst_anonymous.py`` now finds takes 6
CPU seconds and 640 MB, and the
server's time limit per computation (:data:`armscontrol.limits.TASK_SECONDS`)
stops what the estimate misjudges. A request over its budget is refused at
once (413), with the budget and the estimate in the error.

===========================  ============  =========================================
budget                       value         who
===========================  ============  =========================================
ANONYMOUS_WORK               1,500,000     a request without the write token, and
                                           every saved scenario computed on a GET
TOKEN_WORK                   50,000,000    a request with the write token
ANONYMOUS_READ_CHARS         20,000        text the reader takes without the token
TOKEN_READ_CHARS             200,000       text the reader takes with the token
===========================  ============  =========================================
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from armscontrol import limits
from armscontrol.errors import UserError

ANONYMOUS_WORK = 1_500_000
"""Work units a request without the write token may ask for (seconds as a rule; about 6 CPU seconds at worst)."""
TOKEN_WORK = 50_000_000
"""Work units a request with the write token may ask for (minutes at worst; more is a job)."""
ANONYMOUS_READ_CHARS = 20_000
"""Characters of text the statement reader takes from a request without the token (a long speech)."""
TOKEN_READ_CHARS = limits.READER_MAX_BYTES
"""Characters of text the statement reader takes with the token (the reader's own limit)."""
FRONTIER_FACTOR = 2
"""A frontier's work per defence size, in exchange points (measured: at most about one; two for margin)."""
LAYER_SHOT_WEIGHT = 8
"""Each extra layer-shot adds 1/8 of an object's work (measured: ten shots on five layers cost about seven times
one)."""

Who = Literal["anonymous", "token"]
BUDGET_DOCS = "docs/limits.md"


class OverBudget(UserError):
    """A request whose estimated work is above its budget: refused before anything is computed."""

    def __init__(self, what: str, estimate: int, budget: int, who: Who, unit: str = "work units") -> None:
        self.estimate, self.budget, self.who, self.unit = estimate, budget, who, unit
        hint = (
            "send the write token for the larger budget, or " if who == "anonymous" else ""
        ) + "ask for less (fewer warheads, decoys, layers, shots or sweep points)"
        super().__init__(
            f"{what}: about {estimate:,} {unit} of work, above the {who} budget of {budget:,} "
            f"({hint}; the budget is described in {BUDGET_DOCS})",
            field="budget",
        )


def work_budget(who: Who) -> int:
    """The work units a request may ask for: :data:`ANONYMOUS_WORK` or :data:`TOKEN_WORK`."""
    return TOKEN_WORK if who == "token" else ANONYMOUS_WORK


def read_budget(who: Who) -> int:
    """The characters of text the reader takes: :data:`ANONYMOUS_READ_CHARS` or :data:`TOKEN_READ_CHARS`."""
    return TOKEN_READ_CHARS if who == "token" else ANONYMOUS_READ_CHARS


def _side_warheads(side: Any) -> int:
    return sum(int(f.launchers) * int(f.warheads_per_launcher) for f in side.forces)


def _layer_shots(layers: Iterable[Any]) -> tuple[int, int]:
    layers = list(layers)
    shots = max((max(int(x.shots), int(x.second_shots or 0)) for x in layers), default=1)
    return max(1, len(layers)), max(1, shots)


def _weighted(objects: int, layers: int, shots: int) -> int:
    layer_shots = max(1, layers) * max(1, shots)
    return -(-objects * (LAYER_SHOT_WEIGHT + layer_shots - 1) // LAYER_SHOT_WEIGHT)


def point_work(spec: Any) -> int:
    """Work units of one exchange point of a scenario (each side striking the other).

    Parameters
    ----------
    spec : ScenarioSpec
        A validated scenario.

    Notes
    -----
    For each side *a* striking into the defence of side *b*:

    .. math:: W_a (1 + d_a) \\left(1 + \\frac{L_b s_b - 1}{8}\\right)

    with :math:`W_a` warheads, :math:`d_a` decoys per warhead, :math:`L_b \\ge 1`
    layers and :math:`s_b \\ge 1` the most shots of any of *b*'s layers, rounded
    up. The two terms are summed.
    """
    sides = list(spec.sides.values())
    total = 0
    for attacker, defender in ((sides[0], sides[1]), (sides[1], sides[0])):
        layers, shots = _layer_shots(defender.defence)
        total += _weighted(_side_warheads(attacker) * (1 + int(attacker.decoys_per_warhead)), layers, shots)
    return total


def stability_work(spec: Any) -> int:
    """Work units of :func:`armscontrol.answers.stability`: one point per sweep size (one without a sweep)."""
    points = len(spec.sweep.interceptors) if spec.sweep is not None else 1
    return point_work(spec) * max(1, points)


def frontier_work(spec: Any, sizes: int | None = None) -> int:
    """Work units of :func:`armscontrol.answers.frontier` over ``sizes`` defence sizes (default the scenario's
    sweep)."""
    if sizes is None:
        sizes = len(spec.sweep.interceptors) if spec.sweep is not None else 1
    return point_work(spec) * max(1, sizes) * FRONTIER_FACTOR


def engage_work(warheads: int, decoys: int = 0, shots: int = 1, layers: int = 1) -> int:
    """Work units of one engagement (:func:`armscontrol.answers.engage`)."""
    return _weighted(max(0, int(warheads)) * (1 + max(0, int(decoys))), layers, shots)


def uncertainty_work(spec: Any, samples: int) -> int:
    """Work units of an uncertainty run of ``samples`` samples (the scenario's sweep, if any, left out)."""
    return point_work(spec) * max(1, int(samples))


def require(what: str, estimate: int, who: Who) -> int:
    """Refuse (:class:`OverBudget`) an ``estimate`` above the budget of ``who``; return the estimate otherwise."""
    budget = work_budget(who)
    if estimate > budget:
        raise OverBudget(what, estimate, budget, who)
    return estimate


def require_text(what: str, characters: int, who: Who) -> int:
    """Refuse (:class:`OverBudget`) a text longer than the reader's budget for ``who``."""
    budget = read_budget(who)
    if characters > budget:
        raise OverBudget(what, characters, budget, who, unit="characters")
    return characters


def report_work(spec: Any) -> int:
    """Work units of a scenario's report: its stability, and its frontier where it has a sweep."""
    return stability_work(spec) + (frontier_work(spec) if spec.sweep is not None else 0)


def run_work(spec: Any, kind: str, sizes: int | None = None) -> int:
    """Work units of a recorded run of ``kind`` (``stability`` or ``frontier`` over ``sizes`` defence sizes)."""
    return frontier_work(spec, sizes) if kind == "frontier" else stability_work(spec)
