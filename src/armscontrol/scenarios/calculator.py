"""The calculator's answers: a base scenario with the controls applied, computed in the pool and cached.

The pages ask here (:mod:`armscontrol.web.pages`); every figure comes from
:func:`armscontrol.answers.stability`, :func:`armscontrol.answers.frontier` and
:func:`armscontrol.answers.overview.compare` on the edited scenario
(:mod:`.editing`). A page's scenario is refused before it is computed when its
work is above the anonymous budget (:mod:`armscontrol.budget`): pages take no token.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from armscontrol import answers, budget
from armscontrol.answers.overview import compare
from armscontrol.answers.tornado import tornado, tornado_plan, tornado_scenario, tornado_sensitivity
from armscontrol.errors import UserError
from armscontrol.limits import parse_id
from armscontrol.scenario import ScenarioSpec, parse_scenario
from armscontrol.scenarios.editing import apply
from armscontrol.scenarios.pool import compute
from armscontrol.scenarios.references import DEFAULT_BASE, resolve
from armscontrol.scenarios.running import tornado_result

CACHED_ANSWERS = 256
"""The calculator's stability answers kept, newest last."""


class Superseded(UserError):
    """A page asked a newer question before this one was computed: this one is not computed (409)."""


def _key(mapping: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(mapping, sort_keys=True, default=str).encode()).hexdigest()


def _text(mapping: dict[str, Any]) -> str:
    return json.dumps(mapping, sort_keys=True, default=str)


_answers: OrderedDict[str, Any] = OrderedDict()  # the calculator's answers, newest last
_computing = threading.Lock()  # one stability computation at a time: the machine's cores go to the newest question
_newest: dict[str, int] = {}  # page id -> its newest request's ticket
_tickets = itertools.count(1)


def _stability_cached(key: str, text: str, client: str | None = None):
    """The stability answer of a scenario (with distributions), cached; a page's superseded request is not computed."""
    if key in _answers:
        _answers.move_to_end(key)
        return _answers[key]
    ticket = next(_tickets)
    if client is not None:
        if len(_newest) > 1000:
            _newest.clear()
        _newest[client] = ticket
    with _computing:
        if client is not None and _newest.get(client, ticket) != ticket:
            raise Superseded("superseded: the page asked a newer question before this one was computed", field="client")
        if key not in _answers:
            _answers[key] = compute(
                answers.stability, parse_scenario(json.loads(text), origin="calculator"), distributions=True
            )
            while len(_answers) > CACHED_ANSWERS:
                _answers.popitem(last=False)
        return _answers[key]


@functools.lru_cache(maxsize=16)
def _frontier_cached(key: str, text: str):
    return compute(answers.frontier, parse_scenario(json.loads(text), origin="calculator"))


@functools.lru_cache(maxsize=32)
def _stability_plain(key: str, text: str):
    return compute(answers.stability, parse_scenario(json.loads(text), origin="scenario"))


def within_budget(what: str, scenario: dict[str, Any], work: Callable[[ScenarioSpec], int]) -> None:
    """Refuse, before computing, a page's scenario whose work is above the anonymous budget (pages take no token)."""
    budget.require(what, work(parse_scenario(scenario, origin="scenario")), "anonymous")


def stability_of(params: dict[str, str], store: Any = None, client: str | None = None):
    """The stability answer for the base scenario with the controls in ``params`` applied (one defence size)."""
    base, _ = resolve(params.get("base") or DEFAULT_BASE, store)
    scenario, _values = apply(base, params)
    within_budget("stability", scenario, budget.stability_work)
    return _stability_cached(_key(scenario), _text(scenario), client)


def frontier_of(params: dict[str, str], store: Any = None):
    """The frontier of the base scenario with the controls applied, over the scenario's own sweep."""
    base, _ = resolve(params.get("base") or DEFAULT_BASE, store)
    if not base.get("sweep"):
        raise UserError("frontier: this scenario has no sweep block naming the defended side and layer", field="base")
    scenario, _values = apply(base, params, keep_sweep=True)
    within_budget("frontier", scenario, budget.frontier_work)
    return _frontier_cached(_key(scenario), _text(scenario))


def parse_vary(text: str | None) -> dict[str, tuple[float, float]]:
    """``PATH:LOW:HIGH,PATH:LOW:HIGH`` (the tornado's ``vary``) as ``{path: (low, high)}``; a clear error otherwise."""
    out: dict[str, tuple[float, float]] = {}
    for item in (text or "").split(","):
        if not item.strip():
            continue
        parts = item.strip().rsplit(":", 2)
        try:
            if len(parts) != 3:
                raise ValueError
            out[parts[0]] = (float(parts[1]), float(parts[2]))
        except ValueError:
            raise UserError(
                f"vary: expected PATH:LOW:HIGH items separated by commas, such as "
                f"sides.USA.defence[0].tracking:0.8:1; got '{item.strip()}'",
                field="vary",
            ) from None
    return out


def format_vary(vary: dict[str, tuple[float, float]]) -> str:
    """The ``vary`` parameter of ``{path: (low, high)}`` (the inverse of :func:`parse_vary`)."""
    return ",".join(f"{p}:{lo:g}:{hi:g}" for p, (lo, hi) in vary.items())


@functools.lru_cache(maxsize=32)
def _tornado_cached(text: str, samples: int, seed: int):

    return compute(tornado_result, json.loads(text), samples, seed)


def tornado_setup(params: dict[str, str], store: Any = None):
    """The tornado's scenario mapping and plan for a query (``base``, ``vary``, ``samples``); nothing computed."""

    base, _ = resolve(params.get("base") or DEFAULT_BASE, store)
    mapping = tornado_scenario(base, parse_vary(params.get("vary")))
    try:
        samples = int(params["samples"]) if params.get("samples") else None
    except ValueError:
        raise UserError(
            f"samples: expected a power of two such as 8 or 16, got '{params['samples']}'", field="samples"
        ) from None
    return mapping, tornado_plan(mapping, samples)


def tornado_of(params: dict[str, str], store: Any = None):
    """The calculator's sensitivity tornado (:func:`armscontrol.answers.tornado.tornado`) for the page's query.

    The Sobol runs are computed once per scenario, N and seed (cached): choosing another output only selects.
    """

    mapping, plan = tornado_setup(params, store)
    try:
        seed = int(params.get("seed") or 0)
    except ValueError:
        raise UserError(f"seed: expected a whole number, got '{params['seed']}'", field="seed") from None
    if plan.interactive:
        within_budget("tornado", mapping, lambda spec: budget.uncertainty_work(spec, plan.runs))

    if not plan.interactive:
        tornado_sensitivity(mapping, plan.samples, seed)  # raises the bound's error before any run
    # the inputs' order is the design's column order: the key keeps it (no sorted keys)
    result = _tornado_cached(json.dumps(mapping, default=str), plan.samples, seed)
    return tornado(result, params.get("output") or None)


def named(ref: str, store: Any = None) -> tuple[str, dict[str, Any], str]:
    """A referenced scenario's name (its own, else the reference), mapping and YAML text."""
    mapping, text = resolve(ref, store)
    return str(mapping.get("name") or ref), mapping, text


def compare_of(params: dict[str, str], store: Any = None):
    """The comparison ``?compare=REF,REF,...`` asks for (:func:`armscontrol.answers.overview.compare`).

    A saved scenario shows its latest stored stability run where it has one; any
    other is computed now.
    """

    def load(ref: str) -> tuple[str, dict[str, Any]]:
        name, mapping, _ = named(ref, store)
        return name, mapping

    def stored_result(ref: str) -> tuple[str, dict] | None:
        if not ref.startswith("store:") or store is None:
            return None
        runs = [
            r
            for r in store.runs(parse_id(ref[6:], "compare", "store:ID"))
            if r.kind == "stability" and r.status == "ok"
        ]
        return (f"stored run #{runs[-1].id} ({runs[-1].finished:%Y-%m-%d %H:%M})", runs[-1].result) if runs else None

    def compute_one(mapping: dict[str, Any]):
        within_budget("compare", mapping, budget.stability_work)
        return _stability_plain(_key(mapping), _text(mapping))

    refs = [r.strip() for r in (params.get("compare") or "").split(",") if r.strip()]
    return compare(refs, load, stored_result, compute_one)
