"""The command line's questions as thin routes: each calls one function of :mod:`armscontrol.answers`
and returns its model, so the body equals the command's ``--json`` output."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from armscontrol import answers, budget, limits
from armscontrol.answers.glossary import GlossaryAnswer
from armscontrol.answers.glossary import glossary as glossary_answer
from armscontrol.answers.matrix import matrix as matrix_answer
from armscontrol.answers.read import read as read_answer
from armscontrol.answers.stability import parse_range
from armscontrol.api.auth import caller
from armscontrol.api.errors import (
    BAD_REQUEST,
    NOT_FOUND,
    TOO_LARGE,
    UNAVAILABLE,
    UNPROCESSABLE,
    Responses,
    from_user_error,
)
from armscontrol.errors import UserError
from armscontrol.scenario import parse_scenario
from armscontrol.scenarios.calculator import tornado_of
from armscontrol.scenarios.pool import compute_until
from armscontrol.scenarios.validation import require_finite
from armscontrol.sweep.models import TornadoAnswer
from armscontrol.vocabulary import GROUPS

router = APIRouter(prefix="/api", tags=["answers"])

READ: Responses = {**BAD_REQUEST, **NOT_FOUND, **UNPROCESSABLE}
COMPUTE: Responses = {**UNPROCESSABLE, **TOO_LARGE, **UNAVAILABLE}

On = Annotated[
    str | None,
    Query(
        max_length=40, description="Date: YYYY-MM-DD, YYYY-MM (the 1st), YYYY (1 January) or 'today'; default today."
    ),
]
Party = Annotated[str | None, Query(max_length=100, description="A party: code or name (RUS, Russia).")]
Metric = Annotated[str | None, Query(max_length=100, description="A metric id (see metrics.yaml).")]
Caller = Annotated[budget.Who, Depends(caller)]
ScenarioBody = Annotated[
    dict[str, Any], Body(description="A scenario in the scenario-file format (docs/scenarios.md), as JSON.")
]


def answer(
    call: Callable[..., Any], *args: Any, status: int = 400, not_found: frozenset[str] = frozenset(), **kwargs: Any
) -> Any:
    """``call(*args, **kwargs)``; a :class:`UserError` becomes error JSON (404 when it names a path parameter)."""
    try:
        return call(*args, **kwargs)
    except UserError as exc:
        raise from_user_error(exc, status, not_found_fields=not_found) from None


async def pooled(request: Request, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``call(*args, **kwargs)`` in the server's pool, stopped if the client leaves; a :class:`UserError` becomes
    error JSON (422)."""
    try:
        return await compute_until(request.is_disconnected, call, *args, **kwargs)
    except UserError as exc:
        raise from_user_error(exc, 422) from None


INSTRUMENT = frozenset({"id", "instrument"})


@router.get("/instruments", response_model=answers.InstrumentsAnswer, responses=READ)
def instruments(
    kind: Annotated[str | None, Query(max_length=100, description="Only one kind: treaty, protocol, ...")] = None,
    on: On = None,
) -> Any:
    """Every instrument and its state on a date (`armscontrol instruments`)."""
    return answer(answers.instruments, kind, on)


@router.get("/instruments/{id}", response_model=answers.InstrumentAnswer, responses=READ)
def instrument(id: str) -> Any:
    """One instrument in full, with its sources (`armscontrol show ID`)."""
    return answer(answers.instrument, id, not_found=INSTRUMENT)


@router.get("/status/{id}", response_model=answers.StatusAnswer, responses=READ)
def status(id: str, on: On = None, party: Party = None) -> Any:
    """In force on a date? Each party's status (`armscontrol status ID`)."""
    return answer(answers.status, id, on, party, not_found=INSTRUMENT)


@router.get("/check", response_model=answers.CheckAnswer, responses=READ)
def check_all(on: On = None, party: Party = None, obligations: bool = False) -> Any:
    """Verdicts of every measurable instrument in force on a date (`armscontrol check`)."""
    return answer(answers.check, None, on, party, obligations)


@router.get("/check/{id}", response_model=answers.CheckAnswer, responses=READ)
def check(id: str, on: On = None, party: Party = None, obligations: bool = False) -> Any:
    """Compliance verdicts of one instrument on a date (`armscontrol check ID`)."""
    return answer(answers.check, id, on, party, obligations, not_found=INSTRUMENT)


@router.get("/forces/{party}", response_model=answers.ForcesAnswer, responses=READ)
def forces(party: str, on: On = None, metric: Metric = None) -> Any:
    """A state's holdings on a date, declared and estimated side by side (`armscontrol forces STATE`)."""
    return answer(answers.forces, party, on, metric, not_found=frozenset({"party", "state"}))


@router.get("/timeline/{id}", response_model=answers.TimelineAnswer, responses=READ)
def timeline(
    id: str, party: Annotated[str, Query(max_length=100, description="The party: code or name.")], metric: Metric = None
) -> Any:
    """A party's figure against an instrument's limit over time (`armscontrol timeline ID --party P`)."""
    return answer(answers.timeline, id, party, metric, not_found=INSTRUMENT)


@router.get("/reductions", response_model=answers.ReductionsAnswer, responses=READ)
def reductions(
    parties: Annotated[
        str | None, Query(max_length=400, description="Comma-separated parties; default USA,RUS.")
    ] = None,
    metrics: Annotated[str | None, Query(max_length=400, description="Comma-separated metrics.")] = None,
) -> Any:
    """Declared strategic warheads under START I, SORT and New START (`armscontrol reductions`)."""
    return answer(answers.reductions, parties, metrics)


@router.get("/links/{id}", response_model=answers.LinksAnswer, responses=READ)
def links(id: str) -> Any:
    """What rests on what (`armscontrol links ID`)."""
    return answer(answers.links, id, not_found=INSTRUMENT)


@router.get("/cascade/{id}", response_model=answers.CascadeAnswer, responses=READ)
def cascade(
    id: str,
    withdraw: Party = None,
    suspend: Party = None,
    expire: bool = False,
    enter_into_force: bool = False,
    stay: Party = None,
    on: On = None,
    what_if: bool = False,
) -> Any:
    """What follows from one event, step by step (`armscontrol cascade ID --withdraw P ...`)."""
    return answer(
        answers.cascade,
        id,
        withdraw=withdraw,
        suspend=suspend,
        expire=expire,
        enter_into_force=enter_into_force,
        stay=stay,
        on=on,
        what_if=what_if,
        not_found=INSTRUMENT,
    )


@router.get("/history", response_model=answers.HistoryAnswer, responses=READ)
def history(until: On = None) -> Any:
    """The cascade engine run on every recorded event (`armscontrol history`)."""
    return answer(answers.history, until)


@router.get("/brief", response_model=answers.BriefAnswer, responses=READ)
def brief(on: On = None) -> Any:
    """The arms-control system on a date, with the founding question (`armscontrol brief`)."""
    return answer(answers.brief, on)


@router.get("/glossary", response_model=GlossaryAnswer, responses=READ)
def glossary(
    group: Annotated[
        str | None, Query(max_length=100, description="Only one group: " + ", ".join(GROUPS) + ".")
    ] = None,
) -> Any:
    """The vocabulary every answer uses: each state, relation, verdict and role, its label and definition
    (`armscontrol glossary`)."""
    return answer(glossary_answer, group)


class EngageIn(BaseModel):
    """The options of `armscontrol engage`, by the same names (strict: `true` is not the number 1, nor "5" the
    number 5)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    warheads: int = Field(description="Warheads arriving (0 to 50,000).")
    interceptors: int = Field(description="Interceptors available (0 to 50,000).")
    sspk: float = Field(description="Single-shot kill probability of one interceptor, 0-1.")
    shots: int = Field(default=1, description="Interceptors per engaged object (1 to 10).")
    doctrine: str = Field(default="salvo", max_length=40, description="salvo or shoot-look-shoot.")
    decoys: int = Field(default=0, description="Credible decoys per warhead (0 to 20).")
    discrimination: float = Field(default=0.0, description="Probability a decoy is recognised, 0-1.")
    tracking: float = Field(default=1.0, description="Probability an object is tracked, 0-1.")
    reliability: float = Field(default=1.0, description="Probability the defence works at all (common mode), 0-1.")


@router.post("/engage", response_model=answers.EngageAnswer, responses=COMPUTE)
async def engage(request: Request, options: EngageIn, who: Caller) -> Any:
    """Exact distribution of warheads leaking through one defence layer (`armscontrol engage`).

    Within the work budget of the caller (413 above it; docs/limits.md)."""
    if (
        options.warheads <= limits.MAX_WARHEADS
        and options.decoys <= limits.MAX_DECOYS
        and options.shots <= limits.MAX_SHOTS
    ):
        # beyond a bound, the answer's own error names it
        answer(
            budget.require,
            "engage",
            budget.engage_work(options.warheads, options.decoys, options.shots),
            who,
            status=422,
        )
    return await pooled(request, answers.engage, **options.model_dump())


def _scenario(data: dict[str, Any]):

    return answer(lambda: require_finite(parse_scenario(data, "request body"), "request body"), status=422)


@router.post("/stability", response_model=answers.StabilityAnswer, responses=COMPUTE)
async def stability(request: Request, scenario: ScenarioBody, who: Caller) -> Any:
    """Assured retaliation and first-strike stability of a scenario, over its sweep if it has one (`armscontrol
    stability FILE`).

    Within the work budget of the caller (413 above it; docs/limits.md)."""
    spec = await run_in_threadpool(_scenario, scenario)
    answer(budget.require, "stability", budget.stability_work(spec), who, status=422)
    return await pooled(request, answers.stability, spec)


@router.get("/tornado", response_model=TornadoAnswer, responses=COMPUTE)
async def tornado(
    request: Request,
    base: Annotated[
        str | None, Query(max_length=300, description="example:NAME or store:ID (default the founding example).")
    ] = None,
    vary: Annotated[
        str | None, Query(max_length=4000, description="Inputs added or re-ranged: PATH:LOW:HIGH, comma-separated.")
    ] = None,
    samples: Annotated[
        int | None, Query(ge=2, le=1 << 20, description="N, a power of two (default: the most within the bound).")
    ] = None,
    seed: Annotated[int | None, Query(ge=0, description="The run's seed (default 0).")] = None,
    output: Annotated[str | None, Query(max_length=200, description="The output (default the first).")] = None,
) -> Any:
    """The calculator's sensitivity tornado: Sobol indices of each uncertain input on one output, computed at once
    up to 10 inputs and 96 runs (`armscontrol sensitivity` with the same N and seed); the uncertainty page draws it."""

    given = {"base": base, "vary": vary, "samples": samples, "seed": seed, "output": output}
    params = {k: str(v) for k, v in given.items() if v is not None}
    return await run_in_threadpool(answer, tornado_of, params, getattr(request.app.state, "store", None), status=422)


@router.post("/frontier", response_model=answers.FrontierAnswer, responses=COMPUTE)
async def frontier(
    request: Request,
    scenario: ScenarioBody,
    defence_range: Annotated[
        str | None, Query(max_length=100, description="START:STOP:STEP interceptors; default the scenario's sweep.")
    ] = None,
    scale: Literal["both", "facing"] = "both",
    who: Caller = "anonymous",
) -> Any:
    """The smallest force keeping assured retaliation, for each defence size (`armscontrol frontier FILE`).

    Within the work budget of the caller (413 above it; docs/limits.md)."""
    spec = await run_in_threadpool(_scenario, scenario)
    sizes = len(answer(parse_range, defence_range, status=422)) if defence_range is not None else None
    answer(budget.require, "frontier", budget.frontier_work(spec, sizes), who, status=422)
    return await pooled(request, answers.frontier, spec, defence_range, scale)


@router.get("/matrix", response_model=None, responses=READ)
def matrix(
    on: On = None,
    region: Annotated[str | None, Query(max_length=100, description="Only the states of one UN region.")] = None,
    only: Annotated[str | None, Query(max_length=40, description="'signed-not-ratified' or 'annex-2'.")] = None,
    instruments: Annotated[
        str | None, Query(max_length=1000, description="Comma-separated instrument ids or names.")
    ] = None,
    states: Annotated[
        str | None, Query(max_length=2000, description="Comma-separated states (codes or names).")
    ] = None,
) -> Any:
    """Every state against the multilateral instruments, each status on the date (`armscontrol matrix`)."""

    return answer(matrix_answer, on=on, region=region, only=only, instruments=instruments, states=states)


class ReadIn(BaseModel):
    """A statement to read: its text (plain, Markdown or HTML) and, optionally, its date."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(
        max_length=budget.TOKEN_READ_CHARS,
        description=f"The statement's text: at most {budget.ANONYMOUS_READ_CHARS:,} characters without the token, "
        f"{budget.TOKEN_READ_CHARS:,} with it.",
    )
    date: str | None = Field(
        default=None, max_length=40, description="Date of the statement; default: found in the text, else today."
    )


@router.post("/read", response_model=None, responses=COMPUTE)
async def read(request: Request, statement: ReadIn, who: Caller) -> Any:
    """The instruments, figures and claims of a statement, each claim judged on its date (`armscontrol read FILE`).

    The text's length is within the caller's budget (413 above it; docs/limits.md)."""

    answer(budget.require_text, "text", len(statement.text), who, status=422)
    return await pooled(request, read_answer, statement.text, statement.date)
