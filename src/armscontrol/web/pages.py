"""The dashboard's pages: server-rendered from the answers, every view's state in its URL.

Pages: ``/`` (the system on a date), ``/instrument/{id}``, ``/states`` (the
states × instruments matrix and a world map), ``/forces`` (forces and
compliance), ``/cascade``, ``/stability`` (the calculator) and ``/scenarios``.
Each chart's data is at ``/data/NAME.json`` and ``/data/NAME.csv`` with the
page's own query.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
import re
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import yaml
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.concurrency import run_in_threadpool

from armscontrol import __version__, answers, budget, vocabulary
from armscontrol.answers import as_json
from armscontrol.answers.common import parse_date
from armscontrol.answers.glossary import glossary
from armscontrol.answers.matrix import matrix, regions
from armscontrol.answers.overview import NINE, link_graph, stockpiles, system
from armscontrol.answers.read import example_statement, example_statements, marks
from armscontrol.answers.sweeps import UNCERTAINTY_SAMPLES, uncertain_paths
from armscontrol.answers.tornado import TORNADO_INPUTS, TORNADO_RUNS, default_samples
from armscontrol.citations import Footnotes as Notes
from armscontrol.citations import cite_text, edition, ranges, short_text
from armscontrol.errors import UserError, closest
from armscontrol.limits import parse_id
from armscontrol.palette import MENTION_COLOURS, lighter, side_colours
from armscontrol.regime.catalogue import list_instruments
from armscontrol.report import STAGES
from armscontrol.report.builds import WAITING, builds_of
from armscontrol.scenarios import calculator
from armscontrol.scenarios.editing import ALERTS, CONTROLS, LAUNCHES, SCALE, apply, defence_of
from armscontrol.scenarios.pool import Busy, compute
from armscontrol.scenarios.references import DEFAULT_BASE, example_names, resolve
from armscontrol.scenarios.running import uncertainty_of
from armscontrol.store.jobs import get_job, list_jobs
from armscontrol.web import charts
from armscontrol.web.downloads import (
    EVENTS,
    answer_for,
    cascade_answer,
    read_statement,
    records,
    statement_of,
    store_of,
    to_csv,
)
from armscontrol.web.job_charts import job_figures, sensitivity_outputs
from armscontrol.web.worldmap import GEOMETRY_SOURCE, world_svg

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals["label"] = (
    vocabulary.label
)  # label(group, value): every state, relation and verdict as the vocabulary words it
templates.env.filters["label"] = lambda value, group: vocabulary.label(group, value)  # {{ p.status|label('relation') }}
templates.env.globals["cite_text"] = cite_text
templates.env.globals["footnote_runs"] = ranges
templates.env.globals["edition"] = edition
router = APIRouter(include_in_schema=False)

FIRST_YEAR = 1963
NAV = (
    ("/", "The system"),
    ("/states", "States × instruments"),
    ("/forces", "Forces & compliance"),
    ("/cascade", "Cascade"),
    ("/stability", "Stability calculator"),
    ("/scenarios", "Scenarios"),
    ("/jobs", "Jobs"),
    ("/read", "Read a statement"),
    ("/glossary", "Glossary"),
)


def plotly_path() -> Path:
    import plotly  # on first use: heavy (Plotly)

    return Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"


def _params(request: Request) -> dict[str, str]:
    return {k: v for k, v in request.query_params.items()}


def _url(path: str, params: dict[str, Any]) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(clean) if clean else "")


def links_for(
    name: str, params: dict[str, Any], api: str | None = None, request: Request | None = None
) -> dict[str, str]:
    """The data links under a chart: the API's own JSON URL when the app has that route, and the CSV."""
    out = {"json": _url(f"/data/{name}.json", params), "csv": _url(f"/data/{name}.csv", params)}
    if api and request is not None:
        template = api.split("?")[0]
        paths = set(request.app.openapi().get("paths", {}))  # the API's documented routes
        if any(_same_route(template, p) for p in paths):
            out["api"] = api
    return out


def _same_route(concrete: str, template: str) -> bool:
    a, b = concrete.strip("/").split("/"), template.strip("/").split("/")
    return len(a) == len(b) and all(y.startswith("{") or x == y for x, y in zip(a, b))


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    context.setdefault("notes", Notes())
    started = getattr(request.state, "started", None)
    return templates.TemplateResponse(
        request,
        name,
        {
            "nav": NAV,
            "version": __version__,
            "charts": charts,
            "json": json,
            "today": dt.date.today(),
            "elapsed": (time.perf_counter() - started) if started else None,
            **context,
        },
    )


def form_field(name: str) -> str:
    """A page's word for a field an error names: the form field, named as its query parameter."""
    return name


def plain_words(message: str) -> str:
    """An error's message for a page: no Markdown code marks, no pointers to the project's documents or HTTP headers."""

    message = re.sub(r"`([^`]*)`", r"\1", message)
    message = re.sub(r"\s*\((?:[A-Z_]+; )?docs/[a-z_]+\.md\)", "", message)
    message = re.sub(r";?\s*the budget is described in [^;)]+", "", message)
    return message.replace("send 'Authorization: Bearer TOKEN'", "paste the write token in the box above")


templates.env.filters["plain"] = lambda message: plain_words(str(message))  # {{ error|plain }}
templates.env.filters["cite"] = short_text  # {{ answer.date_ref|cite }}: publisher (date), at


def error_page(request: Request, exc: UserError) -> HTMLResponse:
    over, busy = isinstance(exc, budget.OverBudget), isinstance(exc, Busy)
    title = "Too much work for one page" if over else "The server is busy" if busy else "Not understood"
    message = (
        "the server is busy with other computations and could not answer this page; reload it in a few seconds"
        if busy
        else plain_words(exc.worded(form_field))
    )
    response = render(
        request, "error.html", title=title, plotly=False, message=message, field=exc.field, suggestion=exc.suggestion
    )
    response.status_code = 413 if over else 503 if busy else 400
    if busy:
        response.headers["Retry-After"] = str(getattr(exc, "retry_after", 1))
    return response


def page(handler):
    """A page route: UserError becomes the error page (status 400), not JSON."""

    if inspect.iscoroutinefunction(handler):

        @functools.wraps(handler)
        async def waited(request: Request, *args: Any, **kwargs: Any) -> Response:
            request.state.started = time.perf_counter()
            try:
                return await handler(request, *args, **kwargs)
            except UserError as exc:
                return error_page(request, exc)

        return waited

    @functools.wraps(handler)
    def wrapped(request: Request, *args: Any, **kwargs: Any) -> Response:
        request.state.started = time.perf_counter()
        try:
            return handler(request, *args, **kwargs)
        except UserError as exc:
            return error_page(request, exc)

    return wrapped


# --------------------------------------------------------------------------- static files


@router.get("/static/plotly.min.js")
def plotly_js() -> FileResponse:
    return FileResponse(plotly_path(), media_type="text/javascript", headers={"Cache-Control": "public, max-age=86400"})


# --------------------------------------------------------------------------- data links


@router.get("/data/{name}.json")
def data_json(name: str, request: Request) -> JSONResponse:
    answer, _ = answer_for(name, _params(request), request)
    return JSONResponse(as_json(answer))


@router.get("/data/{name}.csv")
def data_csv(name: str, request: Request) -> PlainTextResponse:
    answer, path = answer_for(name, _params(request), request)
    return PlainTextResponse(
        to_csv(records(as_json(answer), path)),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


# --------------------------------------------------------------------------- home


def _on(params: dict[str, str]) -> dt.date:

    if params.get("on"):
        return parse_date(params["on"], what="on")
    if params.get("year"):
        year = params["year"]
        if not (year.isascii() and year.isdigit()) or not FIRST_YEAR <= int(year) <= dt.date.today().year:
            raise UserError(f"year: expected {FIRST_YEAR} to {dt.date.today().year}, got '{year}'", field="year")
        return min(dt.date(int(year), 12, 31), dt.date.today())
    return dt.date.today()


@router.get("/", response_class=HTMLResponse)
@page
def home(request: Request) -> Response:

    day = _on(_params(request))
    answer = as_json(system(day))
    record = as_json(system(dt.date.today())) if day != dt.date.today() else answer
    figure = charts.timeline_figure({**record, "on": day.isoformat()}, dt.date.today())
    return render(
        request,
        "home.html",
        title=f"The arms-control system on {day.isoformat()}",
        on=day,
        first_year=FIRST_YEAR,
        system=answer,
        figure=figure,
        data=links_for("system", {"on": day.isoformat()}, f"/api/instruments?on={day}", request),
    )


# --------------------------------------------------------------------------- uncertainty


@router.get("/uncertainty", response_class=HTMLResponse)
@page
def uncertainty_page(request: Request) -> Response:
    """The calculator's uncertainty view: one probability drawn from a range, the distribution of every output."""

    params = _params(request)
    base = params.get("base") or DEFAULT_BASE
    scenario, _ = resolve(base, store_of(request))
    paths = uncertain_paths(scenario)
    chosen = params.get("path") or paths[0][0]
    answer = None
    try:
        low, high = float(params.get("low", "0.6")), float(params.get("high", "0.9"))
        samples, seed = int(params.get("samples", "64")), int(params.get("seed", "0"))
    except ValueError:
        raise UserError(
            "low, high, samples, seed: expected numbers, for example low=0.6&high=0.9&samples=64", field="low"
        ) from None
    if params.get("path"):
        if 8 <= samples <= UNCERTAINTY_SAMPLES:  # beyond, the answer's own error names the bound
            calculator.within_budget(
                "uncertainty",
                {k: v for k, v in scenario.items() if k != "sweep"},
                lambda spec: budget.uncertainty_work(spec, samples),
            )
        answer = as_json(compute(uncertainty_of, scenario, chosen, low, high, samples, seed))
    tornado = _tornado_view(request, params, scenario) if params.get("tornado") else None
    return render(
        request,
        "uncertainty.html",
        title="Uncertainty",
        base=base,
        bases=_bases(request),
        paths=paths,
        chosen=chosen,
        low=low,
        high=high,
        samples=samples,
        seed=seed,
        cap=UNCERTAINTY_SAMPLES,
        answer=answer,
        tornado=tornado,
        scenario=scenario,
        tornado_bound=(TORNADO_INPUTS, TORNADO_RUNS),
    )


def _added(params: dict[str, str]) -> dict[str, tuple[float, float]]:
    """``vary`` with the form's "add an input" row (``add``, ``add_low``, ``add_high``) joined to it."""
    vary = calculator.parse_vary(params.get("vary"))
    if params.get("add"):
        try:
            vary[params["add"]] = (float(params.get("add_low", "")), float(params.get("add_high", "")))
        except ValueError:
            raise UserError(
                "add_low, add_high: expected the new input's range as two numbers from 0 to 1, for example 0.6 and 0.9",
                field="add_low",
            ) from None
    return vary


def _tornado_view(request: Request, params: dict[str, str], scenario: dict[str, Any]) -> dict[str, Any]:
    """The tornado's part of the uncertainty page: its inputs, plan, and the answer (or the job it needs).

    The page's ``n`` is the answer's ``samples`` (N); the links under the chart carry ``vary`` with any added input.
    """

    vary = _added(params)
    query = {
        "base": params.get("base") or DEFAULT_BASE,
        "tornado": "1",
        "vary": calculator.format_vary(vary),
        "samples": params.get("n"),
        "output": params.get("output"),
        "seed": params.get("seed"),
    }
    tparams = {k: v for k, v in query.items() if v}
    mapping, plan = calculator.tornado_setup(tparams, store_of(request))
    answer = as_json(calculator.tornado_of(tparams, store_of(request))) if plan.interactive else None

    def without(path: str) -> str:
        rest = {q: r for q, r in vary.items() if q != path}
        return _url("/uncertainty", {**tparams, "vary": calculator.format_vary(rest)})

    inputs = [
        {
            "path": p,
            "label": charts.input_label(p, scenario),
            "distribution": d,
            "remove": without(p) if p in vary else None,
        }
        for p, d in mapping["uncertain"].items()
    ]
    data_query = {k: v for k, v in tparams.items() if k != "tornado"}
    outputs = (answer or {}).get("outputs", [])
    job = {
        "kind": "sensitivity",
        "scenario": json.loads(json.dumps(mapping, default=str)),
        "options": {"method": "sobol", "samples": plan.samples},
    }
    return {
        "vary": calculator.format_vary(vary),
        "inputs": inputs,
        "plan": plan._asdict(),
        "answer": answer,
        "figure": charts.tornado_figure(answer, scenario) if answer else None,
        "bound": TORNADO_RUNS,
        "max_inputs": TORNADO_INPUTS,
        "default_samples": default_samples(plan.inputs),
        "output_labels": {o: charts.output_label(o) for o in outputs},
        "data": links_for("tornado", data_query, _url("/api/tornado", data_query), request),
        "job": job,
    }


# --------------------------------------------------------------------------- statement reader


def marked_text(text: str, marks: list[dict[str, Any]]) -> Markup:
    """The statement as HTML with each mark of :func:`armscontrol.answers.read.marks` around its passage.

    Marks nest (the answer guarantees it) and are drawn as nested ``<mark>`` elements; what a reader selects is each
    run of text inside them, a ``role="button"`` span standing for the innermost mark around it (so no control sits
    inside another). A mark's first run is in the tab order; its explanation is the page's ``mark-N`` entry.
    """
    out: list[Markup] = []
    pos = 0
    stack: list[int] = []  # indices of the open marks, innermost last
    focused: set[int] = set()

    def run(upto: int) -> None:
        nonlocal pos
        if upto <= pos:
            return
        piece = text[pos:upto]
        if stack:
            n = stack[-1]
            m = marks[n]
            tab = "0" if n not in focused else "-1"
            focused.add(n)
            out.append(
                Markup(
                    '<span class="hit" role="button" tabindex="{tab}" aria-expanded="false" aria-controls="mark-info" '
                    'data-mark="mark-{n}" title="{kind}: {label}">{piece}</span>'
                ).format(tab=tab, n=n, kind=m["kind"], label=m["label"], piece=piece)
            )
        else:
            out.append(escape(piece))
        pos = upto

    for n, m in enumerate(marks):
        while stack and marks[stack[-1]]["end"] <= m["start"]:
            run(marks[stack[-1]]["end"])
            out.append(Markup("</mark>"))
            stack.pop()
        run(m["start"])
        verdict = Markup(f" v-{m['verdict']}") if m.get("verdict") else ""
        out.append(
            Markup('<mark class="m m-{kind}{verdict}" id="at-{n}">').format(kind=m["kind"], verdict=verdict, n=n)
        )
        stack.append(n)
    while stack:
        run(marks[stack[-1]]["end"])
        out.append(Markup("</mark>"))
        stack.pop()
    run(len(text))
    return Markup("").join(out)


def _read_view(
    request: Request, text: str, date: str | None, example: str | None = None, query: dict[str, str] | None = None
) -> Response:

    answer_model = read_statement(text, date, example)
    answer = as_json(answer_model)
    shown = [as_json(m) for m in marks(answer_model)]
    data = links_for("read", query) if query else None
    return render(
        request,
        "read.html",
        title="Read a statement",
        plotly=False,
        answer=answer,
        text=text,
        date=date or "",
        max_chars=budget.ANONYMOUS_READ_CHARS,
        marks=shown,
        marked=marked_text(text, shown),
        colours=MENTION_COLOURS,
        examples=example_statements(),
        example=example_statement(example) if example else None,
        data=data,
    )


@router.get("/read", response_class=HTMLResponse)
@page
def read_page(request: Request) -> Response:
    """A form to paste a statement into, with shipped statements to try; ``?example=NAME`` or ``?text=...`` reads one.

    The answer is the statement reader's (``POST /api/read``); its JSON is ``/data/read.json`` with the same query.
    """

    params = _params(request)
    if params.get("example") or params.get("text"):
        text, date, example = statement_of(params)
        return _read_view(
            request, text, date, example, {k: params[k] for k in ("example", "text", "date") if params.get(k)}
        )
    return render(
        request,
        "read.html",
        title="Read a statement",
        plotly=False,
        answer=None,
        text="",
        date=params.get("date", ""),
        max_chars=budget.ANONYMOUS_READ_CHARS,
        examples=example_statements(),
        example=None,
        colours=MENTION_COLOURS,
    )


@router.post("/read", response_class=HTMLResponse)
@page
async def read_submit(request: Request) -> Response:

    body = await request.body()
    limit = budget.read_budget("anonymous")
    if len(body) > 12 * limit:  # a form body escapes each character in at most 12 bytes (%XX of UTF-8)
        raise budget.OverBudget(
            "text (read a long text with 'armscontrol read FILE')", len(body) // 12, limit, "anonymous", "characters"
        )
    form = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    text, date = (form.get("text") or [""])[0], (form.get("date") or [""])[0].strip() or None
    budget.require_text("text (read a long text with 'armscontrol read FILE')", len(text), "anonymous")

    return await run_in_threadpool(_read_view, request, text, date)


# --------------------------------------------------------------------------- instrument


@router.get("/instrument/{ident}", response_class=HTMLResponse)
@page
def instrument_page(request: Request, ident: str) -> Response:
    params = _params(request)
    day = _on(params)
    record = as_json(answers.instrument(ident))
    status = as_json(answers.status(record["id"], on=day))
    link = as_json(answers.links(record["id"]))
    return render(
        request,
        "instrument.html",
        title=record["short_title"],
        on=day,
        record=record,
        status=status,
        links=link,
        why=params.get("why") or None,  # the "Why?" to open: 'status' or a party's code
        figure=charts.events_figure(record, day.isoformat()),
        sources=record.get("resolved_sources", {}),
        data=links_for(
            "status", {"id": record["id"], "on": day.isoformat()}, f"/api/status/{record['id']}?on={day}", request
        ),
        data_record=links_for("instrument", {"id": record["id"]}, f"/api/instruments/{record['id']}", request),
    )


# --------------------------------------------------------------------------- glossary


@router.get("/glossary", response_class=HTMLResponse)
@page
def glossary_page(request: Request) -> Response:
    """The one vocabulary: every state, relation, verdict and role with its label and definition."""

    group = _params(request).get("group") or None
    answer = as_json(glossary(group))
    return render(
        request,
        "glossary.html",
        title="Glossary",
        plotly=False,
        glossary=answer,
        group=group,
        data=links_for("glossary", {"group": group}, "/api/glossary" + (f"?group={group}" if group else ""), request),
    )


# --------------------------------------------------------------------------- states × instruments


@router.get("/states", response_class=HTMLResponse)
@page
def states_page(request: Request) -> Response:

    params = _params(request)
    day = _on(params)
    region, only = params.get("region") or None, params.get("only") or None
    answer = as_json(matrix(on=day, region=region, only=only))
    columns = answer["instruments"]
    map_id = params.get("map") or "ctbt"
    index = next((k for k, c in enumerate(columns) if c["id"] == map_id), None)
    if index is None:
        raise UserError(
            f"map: '{map_id}' is not among the multilateral instruments; choose one of "
            f"{', '.join(c['id'] for c in columns)}",
            field="map",
            suggestion=(closest(map_id, [c["id"] for c in columns]) or ["ctbt"])[0],
        )
    cells = {}
    for row in answer["rows"]:
        if row["iso2"]:
            cell = row["cells"][index]
            label = vocabulary.label("relation", cell["status"])
            since = f" since {cell['since']}" if cell.get("since") else ""
            cells[row["iso2"]] = (
                cell["status"],
                charts.STATUS_COLOUR[cell["status"]],
                f"{row['name']}: {label}{since}",
            )
    svg = world_svg(cells, f"World map: status under {columns[index]['short_title']} on {day}")
    query = {"on": day.isoformat(), "region": region, "only": only}
    standings = {i.id: i.standing for i in answers.instruments(on=day).root}
    return render(
        request,
        "states.html",
        title="States × instruments",
        on=day,
        matrix=answer,
        regions=regions(),
        standings=standings,
        region=region,
        only=only,
        map_id=map_id,
        map_column=columns[index],
        svg=svg,
        geometry_source=GEOMETRY_SOURCE,
        data=links_for("matrix", query),
        query=query,
    )


# --------------------------------------------------------------------------- forces and compliance


def limited_instruments() -> list[tuple[str, str, list[str]]]:

    out = []
    for i in list_instruments():
        metrics = [p.metric for p in i.provisions if p.kind == "limit" and p.metric]
        if metrics:
            out.append((i.id, i.short_title, metrics))
    return out


@router.get("/forces", response_class=HTMLResponse)
@page
def forces_page(request: Request) -> Response:

    params = _params(request)
    instrument, party, metric = (
        params.get("instrument") or "new-start",
        params.get("party") or "RUS",
        params.get("metric") or None,
    )
    if metric is None:  # the warhead ceiling where the treaty sets one: the figure most readers look for
        found = next((m for i, _t, m in limited_instruments() if i == answers.instrument(instrument).id), [])
        metric = next((k for k in found if "warheads" in k), None)
    timeline = as_json(answers.timeline(instrument, party, metric))
    figures = [p["on"] for p in timeline["points"] if p["value"] is not None]
    # the verdicts on the date asked, else on the date of the latest figure, where they weigh something
    day = _on(params) if params.get("on") or not figures else dt.date.fromisoformat(str(figures[-1]))
    verdicts = as_json(answers.check(timeline["instrument"], day, timeline["party"], obligations=True))
    reductions = as_json(answers.reductions())
    stock = as_json(stockpiles())
    q = {"instrument": timeline["instrument"], "party": timeline["party"], "metric": timeline["metric"]}
    api = f"/api/timeline/{timeline['instrument']}?party={timeline['party']}&metric={timeline['metric']}"
    notes = Notes()
    return render(
        request,
        "forces.html",
        title="Forces and compliance",
        timeline=timeline,
        reductions=reductions,
        stockpiles=stock,
        fig_timeline=charts.forces_figure(timeline),
        fig_reductions=charts.reductions_figure(reductions),
        fig_stockpiles=charts.stockpiles_figure(stock),
        instruments=limited_instruments(),
        parties=NINE + ("SUN",),
        data_timeline=links_for("timeline", q, api, request),
        data_reductions=links_for("reductions", {}, "/api/reductions", request),
        data_stockpiles=links_for("stockpiles", {}),
        notes=notes,
        on=day,
        verdicts=verdicts,
        data_check=links_for(
            "check",
            {"instrument": timeline["instrument"], "party": timeline["party"], "on": day.isoformat()},
            f"/api/check/{timeline['instrument']}?on={day}&party={timeline['party']}&obligations=true",
            request,
        ),
    )


# --------------------------------------------------------------------------- cascade


@router.get("/cascade", response_class=HTMLResponse)
@page
def cascade_page(request: Request) -> Response:

    params = _params(request)
    query: dict[str, str] = {
        "instrument": params.get("instrument") or "abm",
        "event": params.get("event") or "withdraw",
        "party": params.get("party") or "",
        "on": params.get("on") or "",
        "what_if": params.get("what_if") or "",
    }
    graph_day = _on({"on": params.get("on") or ""}) if params.get("on") else dt.date.today()
    graph = as_json(link_graph(graph_day))
    error = None
    try:
        result = as_json(cascade_answer(params))
    except UserError as exc:
        result, error = None, exc.worded(form_field)
    highlight: dict[str, str] = {}
    followed: set[str] = set()
    if result:
        for step in result["steps"]:
            highlight[step["instrument"]] = "step"
            followed |= {v["id"] for v in step["via"]}
        highlight[result["event"]["instrument"]] = "trigger"
    summaries = answers.instruments(on=graph_day).root
    standings = {i.id: i.standing for i in summaries}
    groups = {i.id: charts.instrument_group(i.model_dump()) for i in summaries}
    figure = charts.graph_figure(graph, highlight, followed, standings, groups)
    api = None
    if result:
        event = {
            "withdraw": f"withdraw={result['event']['party']}",
            "suspend": f"suspend={result['event']['party']}",
            "expire": "expire=true",
            "enter-into-force": "enter_into_force=true",
        }.get(query["event"])
        if event:
            api = f"/api/cascade/{result['event']['instrument']}?{event}&on={result['event']['on']}" + (
                "&what_if=true" if query["what_if"] else ""
            )
    return render(
        request,
        "cascade.html",
        title="Cascade",
        graph=graph,
        result=result,
        error=error,
        figure=figure,
        highlight=highlight,
        followed=followed,
        query=query,
        events=EVENTS,
        instruments=[(i.id, i.short_title) for i in list_instruments()],
        data=links_for("cascade", query, api, request),
        data_graph=links_for("graph", {"on": graph_day.isoformat()}),
    )


# --------------------------------------------------------------------------- stability calculator


def calculate(params: dict[str, str], request: Request, client: str | None = None):
    """The calculator's stability answer for the page's controls
    (:func:`armscontrol.scenarios.calculator.stability_of`)."""
    return calculator.stability_of(params, store_of(request), client)


def _bases(request: Request) -> list[tuple[str, str]]:
    out = [(f"example:{n}", f"example: {n}") for n in example_names()]
    store = store_of(request)
    if store is not None:
        out += [(f"store:{s.id}", f"saved #{s.id}: {s.name}") for s in store.scenarios(limit=200)]
    return out


def _palette(sides) -> dict[str, dict[str, str]]:
    """Each side's colour on the calculator's charts, and its lighter shade for what the side lost
    (armscontrol.palette)."""

    colours = side_colours(sides)
    return {"sides": colours, "light": {name: lighter(c) for name, c in colours.items()}}


@router.get("/stability", response_class=HTMLResponse)
@page
def stability_page(request: Request) -> Response:
    params = _params(request)
    base_ref = params.get("base") or DEFAULT_BASE
    base, _ = resolve(base_ref, store_of(request))
    scenario, values = apply(base, params)
    answer = as_json(calculate(params, request))
    d = defence_of(base)
    query = {k: v for k, v in params.items() if v not in ("",)}
    return render(
        request,
        "stability.html",
        title="Stability calculator",
        base_ref=base_ref,
        bases=_bases(request),
        scenario=scenario,
        values=values,
        answer=answer,
        controls=CONTROLS,
        scale=SCALE,
        alerts=ALERTS,
        launches=LAUNCHES,
        defence=d,
        sides=list(base["sides"]),
        has_sweep=bool(base.get("sweep")),
        sweep_sizes=(base.get("sweep") or {}).get("interceptors", []),
        sources=base.get("sources") or [],
        assumptions=base.get("assumptions") or [],
        data=links_for("stability", query),
        data_frontier=links_for("frontier", query),
        data_retaliation=links_for("retaliation", query),
        palette=_palette(base["sides"]),
    )


@router.get("/stability/answer.json")
def stability_json(request: Request) -> JSONResponse:
    """The calculator's answer for the controls in the query (what the page fetches when a control changes).

    ``client`` names the page asking: while one answer is computed, a page's older
    waiting request gets 409 instead of being computed, so dragging a slider
    costs one computation at a time, for the newest setting.
    """
    params = _params(request)
    client = params.pop("client", None)
    return JSONResponse(as_json(calculate(params, request, client=client)))


# --------------------------------------------------------------------------- scenarios


@router.get("/scenarios", response_class=HTMLResponse)
@page
def scenarios_page(request: Request) -> Response:
    params = _params(request)
    store = store_of(request)
    saved = store.scenarios(limit=1000) if store is not None else []
    opened = None
    if params.get("open"):
        name, mapping, text = calculator.named(params["open"], store_of(request))
        runs = (
            store.runs(parse_id(params["open"][6:], "open", "store:ID"))
            if params["open"].startswith("store:") and store is not None
            else []
        )
        opened = {"ref": params["open"], "name": name, "yaml": text, "runs": runs}
    compare = None
    figure = None
    if params.get("compare"):
        compare = as_json(calculator.compare_of(params, store_of(request)))
        figure = charts.compare_figure(compare["columns"])
    return render(
        request,
        "scenarios.html",
        title="Scenarios",
        saved=saved,
        examples=example_names(),
        opened=opened,
        compare=compare,
        figure=figure,
        compare_refs=params.get("compare") or "",
        data=links_for("compare", {"compare": params.get("compare")}),
    )


JOBS_SHOWN = 100
"""The most jobs the page lists, newest first (the API pages through the rest)."""


@router.get("/jobs", response_class=HTMLResponse)
@page
def jobs_page(request: Request) -> Response:
    """Background jobs (uncertainty, sensitivity, sweeps): progress while they run, then the result or the error."""

    params = _params(request)
    store = store_of(request)
    jobs = list_jobs(store, limit=JOBS_SHOWN) if store is not None else []
    opened = None
    if params.get("open"):
        ident = parse_id(params["open"], "open", "a job number")
        if store is None:
            raise UserError("open: no store is configured, so there are no jobs", field="open")
        opened = get_job(store, ident)
    running = any(j.status in ("queued", "running") for j in jobs)
    figures, outputs, scenario = [], [], None
    if opened is not None and opened.result:
        try:
            scenario = yaml.safe_load(opened.scenario_yaml)
        except yaml.YAMLError:
            scenario = None
        scenario = scenario if isinstance(scenario, dict) else None
        figures = job_figures(opened.kind, opened.result, scenario, params.get("output"))
        if opened.kind == "sensitivity":
            outputs = [(name, charts.output_label(name)) for name in sensitivity_outputs(opened.result)]
    return render(
        request,
        "jobs.html",
        title="Jobs",
        jobs=jobs,
        opened=opened,
        running=running,
        figures=figures,
        outputs=outputs,
        scenario=scenario,
        saved=store.scenarios(limit=1000) if store is not None else [],
        examples=example_names(),
    )


# --------------------------------------------------------------------------- a PDF report, made in the background


@router.get("/report", response_class=HTMLResponse)
@page
def report_page(request: Request) -> Response:
    """A PDF report being made: its stages as they pass, then a link to the file (the build is started or joined
    here)."""

    params = _params(request)
    builds = builds_of(request.app)
    if params.get("id"):
        build = builds.get(params["id"])
    else:
        store = store_of(request)
        build = builds.start(
            params.get("kind") or "brief",
            params.get("target") or None,
            params.get("on") or None,
            (params.get("paper") or "a4").lower(),
            store=store,
            database=getattr(store, "url", None),
        )
    return render(
        request,
        "report_build.html",
        title=f"PDF report: {build.title}",
        plotly=False,
        build=build,
        stages=(WAITING,) + STAGES,
    )


@router.get("/scenario.yaml")
def scenario_yaml(request: Request) -> Response:
    """A scenario's YAML, as saved (``?ref=store:ID`` or ``example:NAME``), as a download."""
    ref = request.query_params.get("ref") or DEFAULT_BASE
    name, _mapping, text = calculator.named(ref, store_of(request))
    filename = ref.replace(":", "-") + ".yaml"
    return Response(
        text,
        media_type="application/yaml; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


# --------------------------------------------------------------------------- the API's reference


@router.get("/docs", response_class=HTMLResponse)
@page
def api_reference(request: Request) -> Response:
    """The API's routes from its OpenAPI document, served by this server (nothing loaded from elsewhere)."""
    schema = request.app.openapi()
    routes = [
        {
            "method": method.upper(),
            "path": path,
            "summary": op.get("summary") or "",
            "description": op.get("description") or "",
            "writes": method.upper() in ("POST", "PUT", "PATCH", "DELETE")
            and any("token" in s for s in op.get("security") or []),
        }
        for path, ops in schema.get("paths", {}).items()
        for method, op in ops.items()
    ]
    return render(request, "api.html", title="The API", routes=routes, info=schema.get("info", {}))
