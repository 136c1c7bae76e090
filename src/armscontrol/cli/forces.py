"""Commands about forces and compliance: ``forces``, ``check`` and ``timeline``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import typer

from armscontrol.cli.app import JsonOption, command, console, parse_date, print_json, table
from armscontrol.cli.instruments import Footnotes, citation_json
from armscontrol.data import registry
from armscontrol.data.parties import party_name, resolve_party
from armscontrol.data.schema import Citation
from armscontrol.errors import UserError, suggest
from armscontrol.forces.holdings import holdings_of, latest_holding, lineage
from armscontrol.regime.catalogue import list_instruments, resolve_instrument
from armscontrol.regime.compliance import Verdict, applicable_value, check_instrument, last_checked_on, measurable
from armscontrol.regime.status import status_on

VERDICT_STYLE = {
    "compliant": "[green]compliant[/]",
    "exceeds": "[bold red]exceeds[/]",
    "above_not_yet_binding": "[yellow]above, not yet binding[/]",
    "not_in_force": "not in force",
    "not_party": "not party",
    "no_data": "[dim]no data[/]",
    "not_measured": "[dim]not measured[/]",
}


def resolve_metric(text: str) -> str:
    metrics = registry().metrics
    if text in metrics:
        return text
    raise suggest(text, list(metrics), what="metric")


def fmt(value: float | None) -> str | None:
    if value is None:
        return None
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def verdict_json(v: Verdict) -> dict[str, Any]:
    data = dataclasses.asdict(v)
    data["source"] = citation_json(v.source)
    data["limit_source"] = citation_json(v.limit_source)
    data["kind"] = v.holding_kind
    data["provision_kind"] = v.kind
    del data["holding_kind"]
    return data


def verdict_rows(verdicts: list[Verdict], notes: Footnotes) -> list[list[Any]]:
    rows = []
    for v in verdicts:
        limit = f"{v.limit_range[0]:,}–{v.limit_range[1]:,}" if v.limit_range else fmt(v.limit)
        if v.at_most is not None:
            value = f"≤ {v.at_most:,}"
        elif v.verdict == "no_data" and v.as_of is not None and v.value is None:
            value = "not provided"
        else:
            value = fmt(v.value)
        rows.append([
            v.instrument, v.party, v.title, value, limit, fmt(v.margin), VERDICT_STYLE[v.verdict],
            v.as_of, v.holding_kind, v.article, notes.mark(v.source), v.note,
        ])
    return rows


VERDICT_COLUMNS = ["instrument", "party", "provision", "value", "limit", "margin", "verdict", "as of", "kind", "article", "figure from", "note"]


@command("check")
def check_command(
    instrument_id: str = typer.Argument(None, metavar="[INSTRUMENT]", help="Instrument id or alias; default every instrument with measurable provisions."),
    party: str = typer.Option(None, "--party", help="Only this party (code or name)."),
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD); default today."),
    obligations: bool = typer.Option(False, "--obligations", help="Also list obligations no number measures."),
    as_json: bool = JsonOption,
) -> None:
    """Verdicts of every provision on each party's holdings on a date, with where each figure is from."""
    day = parse_date(on)
    code = resolve_party(party) if party else None
    if instrument_id:
        instruments = [resolve_instrument(instrument_id)]
    else:
        instruments = [i for i in list_instruments() if measurable(i) and status_on(i, day).state == "in_force"]
    verdicts = [v for i in instruments for v in check_instrument(i, day, party=code, include_obligations=obligations)]
    if as_json:
        print_json([verdict_json(v) for v in verdicts])
        return
    if not verdicts:
        console.print(f"No provision to check on {day.isoformat()}.")
        return
    notes = Footnotes()
    console.print(table(f"Compliance on {day.isoformat()}", VERDICT_COLUMNS, verdict_rows(verdicts, notes)))
    notes.print()


@command("forces")
def forces_command(
    state: str = typer.Argument(..., metavar="STATE", help="A state: code or name (RUS, Russia, USA ...)."),
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD); default today."),
    metric: str = typer.Option(None, "--metric", help="Only this metric (see metrics.yaml)."),
    as_json: bool = JsonOption,
) -> None:
    """What a state held on a date: the latest declared and estimated figure of each metric, side by side."""
    code = resolve_party(state)
    day = parse_date(on)
    metrics = [resolve_metric(metric)] if metric else list(registry().metrics)
    rows: list[dict[str, Any]] = []
    for metric_id in metrics:
        entry: dict[str, Any] = {"party": code, "metric": metric_id, "title": registry().metrics[metric_id].title, "on": day}
        found = False
        for kind in ("declared", "estimated"):
            rows_of_kind = holdings_of(code, metric_id, on=day, kind=kind)
            last = rows_of_kind[-1] if rows_of_kind else None
            if registry().metrics[metric_id].kind == "events":
                entry[kind] = None if not rows_of_kind else {"value": sum(h.value or 0 for h in rows_of_kind), "as_of": last.as_of, "counted": "events up to this date", "source": citation_json(last.source)}
            else:
                entry[kind] = None if last is None else {
                    "party": last.party, "value": last.value, "low": last.low, "high": last.high, "status": last.status,
                    "as_of": last.as_of, "age_days": (day - last.as_of).days, "source": citation_json(last.source), "note": last.note,
                }
            found = found or last is not None
        if found:
            rows.append(entry)
    if as_json:
        print_json(rows)
        return
    if not rows:
        console.print(f"No holdings for {party_name(code)} on or before {day.isoformat()}.")
        return

    def show(cell: dict[str, Any] | None) -> tuple[str | None, str | None, str | None]:
        if cell is None:
            return None, None, None
        if cell.get("status") == "not_provided":
            value = "not provided"
        elif cell.get("value") is None and cell.get("low") is not None:
            value = f"{cell['low']:,}–{cell['high']:,}"
        else:
            value = fmt(cell["value"])
        as_of = str(cell["as_of"]) + (f" ({cell['party']})" if cell.get("party", code) != code else "")
        return value, as_of, notes.mark(Citation(ref=cell["source"]["ref"]))

    notes = Footnotes()
    out = []
    for r in rows:
        d, e = show(r["declared"]), show(r["estimated"])
        out.append([r["title"], d[0], d[1], d[2], e[0], e[1], e[2]])
    console.print(table(f"{party_name(code)} ({code}) on {day.isoformat()}: declared and estimated, never mixed", ["metric", "declared", "as of", "source", "estimated", "as of", "source"], out))
    notes.print()


@command("timeline")
def timeline_command(
    instrument_id: str = typer.Argument(..., metavar="INSTRUMENT", help="Instrument id or alias."),
    party: str = typer.Option(..., "--party", help="The party (code or name)."),
    metric: str = typer.Option(None, "--metric", help="The metric; default the instrument's first limit."),
    as_json: bool = JsonOption,
) -> None:
    """A party's figure against an instrument's limit over time, at every date with data."""
    instrument = resolve_instrument(instrument_id)
    code = resolve_party(party)
    limited = [p for p in instrument.provisions if p.kind == "limit" and p.metric]
    if not limited:
        raise UserError(f"{instrument.id} sets no numeric limit; try 'armscontrol show {instrument.id}'")
    if metric is not None:
        metric = resolve_metric(metric)
        provision = next((p for p in limited if p.metric == metric), None)
        if provision is None:
            raise UserError(f"{instrument.id} sets no limit on '{metric}'; its limits are on: {', '.join(p.metric or '' for p in limited)}")
    else:
        provision = limited[0]
    assert provision.metric is not None
    dates = sorted({h.as_of for h in holdings_of(code, provision.metric)})
    rows = []
    for day in dates:
        verdict = next((v for v in check_instrument(instrument, day, party=code) if v.provision == provision.id), None)
        limit, start, binds = applicable_value(provision, instrument, day)
        rows.append({"on": day, "value": verdict.value if verdict else None, "kind": verdict.holding_kind if verdict else None,
                     "limit": limit.upper, "binding": binds, "binding_from": start, "margin": verdict.margin if verdict else None,
                     "verdict": verdict.verdict if verdict else "no_data", "source": citation_json(verdict.source) if verdict else None})
    if as_json:
        print_json({"instrument": instrument.id, "party": code, "metric": provision.metric, "provision": provision.id, "article": provision.article, "points": rows})
        return
    console.print(table(
        f"{instrument.short_title}: {provision.title} ({provision.metric}), {party_name(code)}",
        ["as of", "value", "kind", "limit", "binding", "margin", "verdict"],
        [[r["on"], "not provided" if r["verdict"] == "no_data" and r["kind"] else fmt(r["value"]), r["kind"], f"{r['limit']:,}", "yes" if r["binding"] else f"from {r['binding_from']}", fmt(r["margin"]), VERDICT_STYLE[r["verdict"]]] for r in rows],
        caption=f"{provision.article}; figures: {len(rows)} dates" if rows else "no figures for this party and metric",
    ))


def brief_verdicts(day: dt.date) -> list[Verdict]:
    """Verdicts for instruments in force on ``day``, and for each ended one on the last date it was checked."""
    verdicts: list[Verdict] = []
    for instrument in list_instruments():
        if not measurable(instrument) or instrument.kind in {"framework", "proposal"}:
            continue
        state = status_on(instrument, day)
        if state.state == "in_force":
            when = day
        elif state.state == "ended" and state.ended_on is not None:
            when = last_checked_on(instrument, state.ended_on - dt.timedelta(days=1))
            if when is None:
                continue
        else:
            continue
        verdicts += [
            v
            for v in check_instrument(instrument, when)
            if (v.verdict != "not_party" or v.value is not None)
            # A ban with nothing recorded against it would list every party of a zone.
            and not (v.kind == "ban" and v.limit == 0 and not v.value)
            # No figure at all, or one older than the limit: nothing to brief on (a figure
            # a party did not provide is kept: that is news).
            and not (v.verdict == "no_data" and (v.as_of is None or v.value is not None))
        ]
    return verdicts


def brief_compliance(day: dt.date) -> None:
    """The brief's compliance table."""
    verdicts = brief_verdicts(day)
    if verdicts:
        notes = Footnotes()
        rows = [r[:9] + [r[10]] for r in verdict_rows(verdicts, notes)]
        console.print(table("Compliance: instruments in force today, and each ended one on the last date it was checked", VERDICT_COLUMNS[:9] + ["source"], rows))
        notes.print()


WARHEAD_COUNTS = ("start1_accountable_warheads", "operationally_deployed_warheads", "deployed_warheads")


@command("reductions")
def reductions_command(
    parties: str = typer.Option("USA,RUS", "--parties", help="Comma-separated parties (codes or names)."),
    metrics: str = typer.Option(",".join(WARHEAD_COUNTS), "--metrics", help="Comma-separated metrics, each counted under its own treaty's rules."),
    as_json: bool = JsonOption,
) -> None:
    """How the sides came down: every declared figure under START I, SORT and New START, against the limit of the day, and where the data stop."""
    codes = [resolve_party(p) for p in parties.split(",") if p.strip()]
    chosen = [resolve_metric(m.strip()) for m in metrics.split(",") if m.strip()]
    rows: list[dict[str, Any]] = []
    for metric_id in chosen:
        metric = registry().metrics[metric_id]
        instrument = registry().instruments.get(metric.instrument or "")
        for code in codes:
            for holding in holdings_of(code, metric_id, kind="declared"):
                verdict = None
                if instrument is not None:
                    verdict = next((v for v in check_instrument(instrument, holding.as_of, party=code) if v.metric == metric_id), None)
                rows.append({
                    "party": holding.party, "as_of": holding.as_of, "metric": metric_id, "instrument": instrument.id if instrument else None,
                    "value": holding.value, "status": holding.status,
                    "limit": verdict.limit if verdict else None, "limit_range": verdict.limit_range if verdict else None,
                    "verdict": verdict.verdict if verdict else None, "source": citation_json(holding.source),
                })
    rows.sort(key=lambda r: (r["as_of"], r["party"]))
    last = {code: max((r["as_of"] for r in rows if r["party"] in lineage(code) and r["status"] == "reported"), default=None) for code in codes}
    if as_json:
        print_json({"rows": rows, "last_reported": last})
        return
    notes = Footnotes()
    out = []
    for r in rows:
        limit = f"{r['limit_range'][0]:,}–{r['limit_range'][1]:,}" if r["limit_range"] else fmt(r["limit"])
        value = "not provided" if r["status"] == "not_provided" else fmt(r["value"])
        out.append([r["as_of"], r["party"], r["instrument"], r["metric"], value, limit, VERDICT_STYLE.get(r["verdict"] or "", None), notes.mark(Citation(ref=r["source"]["ref"]))])
    stops = "; ".join(f"{code}: last declared figure {day}" for code, day in last.items())
    console.print(table("Declared strategic warheads, each under its own treaty's counting rules", ["as of", "party", "instrument", "metric", "declared", "limit", "verdict", "source"], out, caption=f"Where the data stop: {stops}."))
    notes.print()
