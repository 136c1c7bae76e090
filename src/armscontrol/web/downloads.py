"""Every chart's data, one click away: ``/data/NAME.json`` (the answer's JSON) and ``/data/NAME.csv`` (its rows).

The JSON is :func:`armscontrol.answers.as_json` of the answer the page drew;
the CSV flattens the answer's list of records (nested fields as dotted
columns), so a spreadsheet gets the same figures with their sources.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from armscontrol import answers, budget
from armscontrol.answers import as_json
from armscontrol.answers.glossary import glossary
from armscontrol.answers.matrix import matrix
from armscontrol.answers.overview import link_graph, stockpiles, system
from armscontrol.answers.read import example_statement, read
from armscontrol.errors import UserError, closest
from armscontrol.scenarios import calculator
from armscontrol.scenarios.pool import compute


def store_of(request: Any):
    """The app's store, where the server has one (what ``store:ID`` references name)."""
    return getattr(request.app.state, "store", None)


EVENTS = {
    "withdraw": "withdrawal",
    "suspend": "suspension",
    "expire": "expiry",
    "enter-into-force": "entry into force",
    "stay": "had not withdrawn (counterfactual)",
}


def cascade_answer(params: dict[str, str]):
    """The cascade the page's form asks for: instrument, event and party in the words of the form."""
    instrument = params.get("instrument") or "abm"
    event = params.get("event") or "withdraw"
    party = params.get("party") or ("USA" if event in ("withdraw", "suspend", "stay") else None)
    if event not in EVENTS:
        raise UserError(
            f"event: expected one of {', '.join(EVENTS)}, got '{event}'", field="event", suggestion="withdraw"
        )
    kwargs: dict[str, Any] = {"on": params.get("on") or None, "what_if": params.get("what_if") in ("1", "true", "on")}
    if event == "withdraw":
        kwargs["withdraw"] = party
    elif event == "suspend":
        kwargs["suspend"] = party
    elif event == "stay":
        kwargs["stay"] = party
    elif event == "expire":
        kwargs["expire"] = True
    else:
        kwargs["enter_into_force"] = True
    return answers.cascade(instrument, **kwargs)


def _q(params: dict[str, str], name: str, default: str | None = None) -> str | None:
    value = params.get(name)
    return default if value in (None, "") else value


def _system(p, _r):

    return system(_q(p, "on"))


def _matrix(p, _r):

    return matrix(on=_q(p, "on"), region=_q(p, "region"), only=_q(p, "only"))


def _status(p, _r):
    return answers.status(_q(p, "id", "npt"), on=_q(p, "on"))


def _instrument(p, _r):
    return answers.instrument(_q(p, "id", "npt"))


def _links(p, _r):
    return answers.links(_q(p, "id", "npt"))


def _check(p, _r):
    return answers.check(_q(p, "instrument", "new-start"), _q(p, "on"), _q(p, "party", "RUS"), obligations=True)


def _glossary(p, _r):

    return glossary(_q(p, "group"))


def _timeline(p, _r):
    return answers.timeline(_q(p, "instrument", "new-start"), _q(p, "party", "RUS"), _q(p, "metric"))


def _reductions(_p, _r):
    return answers.reductions()


def _stockpiles(_p, _r):

    return stockpiles()


def _graph(p, _r):

    return link_graph(_q(p, "on"))


def _cascade(p, _r):
    return cascade_answer(p)


def _stability(p, r):
    return calculator.stability_of(p, store_of(r))


def _tornado(p, r):
    return calculator.tornado_of(p, store_of(r))


def _frontier(p, r):
    return calculator.frontier_of(p, store_of(r))


def _compare(p, r):
    return calculator.compare_of(p, store_of(r))


def statement_of(p: dict[str, str]) -> tuple[str, str | None, str | None]:
    """The statement a read view names: ``example`` (a shipped statement) or ``text``, and ``date``; with the
    example's name."""

    date = (_q(p, "date") or "").strip() or None
    example = _q(p, "example")
    if example:
        return example_statement(example).text, date, example
    text = _q(p, "text") or ""
    budget.require_text("text (read a long text with 'armscontrol read FILE')", len(text), "anonymous")
    if not text.strip():
        raise UserError("text: empty; paste a statement, or pick an example", field="text")
    return text, date, None


def read_statement(text: str, date: str | None, example: str | None) -> Any:
    """The reader's answer on a statement of a read view: a shipped example is dated by its record where its text
    gives no day of its own (``date_source: source``)."""
    source_date = example_statement(example).date if example else None
    return compute(read, text, date, source_date=source_date)


def _read(p, _r):

    return read_statement(*statement_of(p))


# name -> (answer maker, the dotted path of the records the CSV lists)
DATA: dict[str, tuple[Callable[[dict[str, str], Any], BaseModel], str]] = {
    "system": (_system, "instruments"),
    "matrix": (_matrix, "rows"),
    "status": (_status, "parties"),
    "instrument": (_instrument, "events"),
    "links": (_links, "rests_on"),
    "timeline": (_timeline, "points"),
    "check": (_check, ""),
    "glossary": (_glossary, "groups.terms"),
    "reductions": (_reductions, "rows"),
    "stockpiles": (_stockpiles, "series.points"),
    "graph": (_graph, "edges"),
    "cascade": (_cascade, "steps"),
    "stability": (_stability, "pairs"),
    "retaliation": (_stability, "decomposition"),
    "frontier": (_frontier, "points"),
    "tornado": (_tornado, "indices"),
    "compare": (_compare, "columns"),
    "read": (_read, "claims"),
}


def flatten(record: Any, prefix: str = "") -> dict[str, Any]:
    """One CSV row: nested mappings as dotted columns, lists of scalars joined with '; ', longer lists as JSON."""
    out: dict[str, Any] = {}
    if not isinstance(record, dict):
        return {prefix or "value": record}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list):
            if all(not isinstance(v, (dict, list)) for v in value):
                out[name] = "; ".join("" if v is None else str(v) for v in value)
            else:
                out[name] = json.dumps(value, ensure_ascii=False)
        else:
            out[name] = value
    return out


def records(data: Any, path: str) -> list[dict[str, Any]]:
    """The rows at ``path`` ('series.points' lists every series' points, each with its series' scalar fields)."""
    if isinstance(data, list):
        return [flatten(r) for r in data]
    head, _, rest = path.partition(".")
    items = data.get(head) or []
    if isinstance(items, dict):
        items = [{"key": k, **v} if isinstance(v, dict) else {"key": k, "value": v} for k, v in items.items()]
    if not rest:
        if (
            head == "rows" and data.get("instruments") and items and "cells" in items[0]
        ):  # the matrix: a column per instrument
            ids = [c["id"] for c in data["instruments"]]
            return [
                {
                    **{k: v for k, v in flatten(r).items() if k != "cells"},
                    **{i: c["status"] for i, c in zip(ids, r["cells"])},
                }
                for r in items
            ]
        return [flatten(r) for r in items]
    rows = []
    for item in items:
        outer = {k: v for k, v in item.items() if not isinstance(v, (list, dict))}
        for inner in item.get(rest) or []:
            rows.append({**outer, **flatten(inner)})
    return rows


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula in a cell."""


def safe_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, quoted with a leading ``'`` (numbers stay numbers)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(rows: list[dict[str, Any]]) -> str:
    """The rows as CSV, every text cell safe to open in a spreadsheet (:func:`safe_cell`)."""
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns or ["value"], extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell(v) for k, v in row.items()})
    return buffer.getvalue()


def answer_for(name: str, params: dict[str, str], request: Any) -> tuple[BaseModel, str]:
    if name not in DATA:
        raise UserError(
            f"no data named '{name}'; the data are {', '.join(DATA)}",
            field="name",
            suggestion=next(iter(closest(name, DATA)), None),
        )
    make, path = DATA[name]
    return make(params, request), path


def json_of(answer: BaseModel) -> Any:
    return as_json(answer)
