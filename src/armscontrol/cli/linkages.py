"""Commands about linkages: ``links``, ``cascade`` and ``history``; and the brief's "what rests on what"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import typer

from armscontrol.cli.app import JsonOption, command, console, parse_date, print_json, table
from armscontrol.cli.instruments import cite, citation_json
from armscontrol.data import registry
from armscontrol.data.parties import resolve_party
from armscontrol.data.schema import Citation, Linkage
from armscontrol.errors import UserError
from armscontrol.regime.cascade import (
    EFFECT_LABEL,
    Cascade,
    Counterfactual,
    Event,
    Recorded,
    Replay,
    Step,
    check_party,
    recorded_event,
    replay_history,
    run_cascade,
    without_event,
)
from armscontrol.regime.catalogue import resolve_instrument
from armscontrol.regime.linkages import REVERSE_LABEL, TYPE_LABEL, BriefRow, brief_rows, links_of

AGREES_LABEL = {True: "[green]agrees[/]", False: "[red]differs[/]", None: "–"}


def title_of(instrument_id: str) -> str:
    instrument = registry().instruments.get(instrument_id)
    return instrument.short_title if instrument is not None else instrument_id


def linkage_text(link: Linkage) -> str:
    """'START II entry into force conditioned on ABM Treaty (RUS, 2000-05-04)'."""
    if link.from_ == link.to:
        return f"{title_of(link.from_)}: {link.party}'s stated condition: {link.condition}"
    who = ", ".join(x for x in (link.party, link.stated_on.isoformat() if link.stated_on else None) if x)
    return f"{title_of(link.from_)} {TYPE_LABEL[link.type]} {title_of(link.to)}" + (f" ({who})" if who else "")


def linkage_json(link: Linkage) -> dict[str, Any]:
    data = link.model_dump(mode="json", by_alias=True, exclude_none=True)
    data["reads"] = linkage_text(link)
    data["source"] = citation_json(link.source)
    return data


# --------------------------------------------------------------------------- links


@command("links")
def links_command(
    instrument_id: str = typer.Argument(..., metavar="ID", help="Instrument id or alias, e.g. new-start or 'START II'."),
    as_json: bool = JsonOption,
) -> None:
    """What an instrument rests on and what rests on it, each linkage with its source."""
    instrument = resolve_instrument(instrument_id)
    links = links_of(instrument.id)
    groups: list[tuple[str, str, list[Linkage], bool]] = [
        ("rests_on", "Rests on", links.rests_on, False),
        ("rests_on_it", "Rests on it", links.rests_on_it, True),
        ("supersedes", "Supersedes", links.supersedes, False),
        ("superseded_by", "Superseded by", links.superseded_by, True),
        ("stated_conditions", "Stated conditions naming no other instrument", links.stated_conditions, False),
    ]
    if as_json:
        data: dict[str, Any] = {"id": instrument.id, "title": instrument.short_title}
        data.update({key: [linkage_json(k) for k in items] for key, _, items, _ in groups})
        print_json(data)
        return
    console.print(f"[bold]{instrument.short_title}[/] ({instrument.id}): linkages")
    if links.empty:
        console.print("No recorded linkage: nothing is recorded as resting on it, and it rests on nothing.")
        return
    for _, heading, items, reverse in groups:
        if not items:
            continue
        rows = []
        for link in items:
            other = link.from_ if reverse else link.to
            relation = REVERSE_LABEL[link.type] if reverse else TYPE_LABEL[link.type]
            if link.from_ == link.to:
                relation, other_title = "condition", link.condition
            else:
                other_title = f"{title_of(other)} ({other})"
            rows.append([relation, other_title, link.party, link.stated_on, link.summary, cite(link.source)])
        console.print(table(heading, ["linkage", "instrument", "party", "stated", "what it says", "source"], rows))


# --------------------------------------------------------------------------- cascade


def _recorded_json(recorded: Recorded) -> dict[str, Any]:
    return {"summary": recorded.summary, "date": recorded.date, "agrees": recorded.agrees, "source": citation_json(recorded.source)}


def step_json(step: Step) -> dict[str, Any]:
    return {
        "order": step.order,
        "depth": step.depth,
        "instrument": step.instrument,
        "title": title_of(step.instrument),
        "effect": step.effect,
        "effect_label": EFFECT_LABEL[step.effect],
        "party": step.party,
        "explanation": step.explanation,
        "via": [linkage_json(k) for k in step.via],
        "source": citation_json(step.source),
        "history": _recorded_json(step.recorded),
    }


def event_json(event: Event) -> dict[str, Any]:
    return {"instrument": event.instrument, "title": title_of(event.instrument), "type": event.kind, "party": event.party, "on": event.on}


def cascade_json(cascade: Cascade, mode: str) -> dict[str, Any]:
    return {
        "mode": mode,
        "event": {**event_json(cascade.event), "recorded": cascade.recorded_event is not None, "source": citation_json(cascade.recorded_event)},
        "steps": [step_json(s) for s in cascade.steps],
        "not_followed": [{"instrument": n.instrument, "linkage": n.linkage.id, "reason": n.reason} for n in cascade.not_followed],
    }


def _event_phrase(event: Event) -> str:
    verb = {"withdrawal": "withdraws from", "suspension": "suspends", "expiry": "expiry of", "entry_into_force": "entry into force of"}[event.kind]
    who = f"{event.party} " if event.party else ""
    return f"{who}{verb} {title_of(event.instrument)}, {event.on.isoformat()}"


def _via_text(step: Step) -> str:
    if not step.via:
        return "the event itself"
    return f"{linkage_text(step.via[-1])}, after #{step.after}"


class References:
    """Numbers each cited source once, so a table can say [3] and list the sources below it."""

    def __init__(self) -> None:
        self.numbers: dict[tuple[str, str | None], int] = {}

    def mark(self, citation: Citation | None) -> str:
        if citation is None:
            return ""
        key = (citation.ref, citation.at)
        number = self.numbers.setdefault(key, len(self.numbers) + 1)
        return f"[{number}]"

    def print(self) -> None:
        for (ref, at), number in self.numbers.items():
            console.print(f"  [{number}] {cite(Citation(ref=ref, at=at))}", highlight=False, markup=False)


def print_cascade(cascade: Cascade, heading: str) -> None:
    refs = References()
    console.print(f"[bold]{heading}[/]: {_event_phrase(cascade.event)}", highlight=False)
    if cascade.recorded_event is None:
        console.print("  not in the record: beside each step, what happened instead", highlight=False)
    rows = [
        [s.order, title_of(s.instrument), EFFECT_LABEL[s.effect] + (f" ({s.party})" if s.party else ""),
         f"{_via_text(s)} {refs.mark(s.source)}".strip(), f"{s.recorded.summary} {refs.mark(s.recorded.source)}".strip(), AGREES_LABEL[s.recorded.agrees]]
        for s in cascade.steps
    ]
    console.print(table(None, ["#", "instrument", "effect", "via (the linkage it travels) [source]", "history recorded [source]", ""], rows))
    if len(cascade.steps) == 1:
        console.print("No recorded linkage carries this event further.")
    console.print("Sources:")
    refs.print()


def _choose_event(withdraw: str | None, suspend: str | None, expire: bool, enter: bool, stay: str | None) -> tuple[str, str | None]:
    chosen = [(k, p) for k, p, on in (
        ("withdrawal", withdraw, withdraw is not None),
        ("suspension", suspend, suspend is not None),
        ("expiry", None, expire),
        ("entry_into_force", None, enter),
        ("stay", stay, stay is not None),
    ) if on]
    if len(chosen) != 1:
        raise UserError("give exactly one event: --withdraw PARTY, --suspend PARTY, --expire, --enter-into-force or --stay PARTY")
    kind, party = chosen[0]
    return kind, resolve_party(party) if party is not None else None


@command("cascade")
def cascade_command(
    instrument_id: str = typer.Argument(None, metavar="ID", help="Instrument id or alias, e.g. abm."),
    withdraw: str = typer.Option(None, "--withdraw", metavar="PARTY", help="The party that withdraws (code or name)."),
    suspend: str = typer.Option(None, "--suspend", metavar="PARTY", help="The party that suspends its participation."),
    expire: bool = typer.Option(False, "--expire", help="The instrument expires."),
    enter: bool = typer.Option(False, "--enter-into-force", help="The instrument enters into force."),
    stay: str = typer.Option(None, "--stay", metavar="PARTY", help="What-if: the party had NOT made its recorded withdrawal."),
    on: str = typer.Option(None, "--on", help="Date of the event (YYYY-MM-DD); default the recorded date, else today."),
    what_if: bool = typer.Option(False, "--what-if", help="Allow an event that is not in the record, and compare with what happened."),
    replay: bool = typer.Option(False, "--replay", help="Run the engine on every recorded event (same as 'armscontrol history')."),
    as_json: bool = JsonOption,
) -> None:
    """What follows from an event, step by step: each instrument affected, how, along which linkages, with sources; beside it, what history recorded."""
    if replay:
        history_command(until=on, as_json=as_json)
        return
    if instrument_id is None:
        raise UserError("give an instrument ID (for example: armscontrol cascade abm --withdraw USA), or --replay")
    instrument = resolve_instrument(instrument_id)
    kind, party = _choose_event(withdraw, suspend, expire, enter, stay)
    if kind == "stay":
        if on is not None:
            raise UserError("--stay takes the date of the recorded withdrawal; leave out --on")
        counterfactual = without_event(instrument.id, "withdrawal", party)
        _show_counterfactual(counterfactual, as_json)
        return
    day = parse_date(on) if on is not None else None
    if party is not None:
        check_party(instrument, party)
    found = recorded_event(instrument, kind, party, day)
    if found is None and not what_if:
        who = f" by {party}" if party else ""
        when = f" on {day.isoformat()}" if day else ""
        raise UserError(f"no recorded {kind.replace('_', ' ')}{who} of {instrument.short_title}{when}; add --what-if to see what would follow")
    if day is None:
        day = found[0] if found is not None else dt.date.today()
    cascade = run_cascade(Event(instrument.id, kind, day, party))  # type: ignore[arg-type]
    mode = "recorded" if cascade.recorded_event is not None else "what-if"
    if as_json:
        print_json(cascade_json(cascade, mode))
        return
    print_cascade(cascade, "Cascade" if mode == "recorded" else "What-if")


def _show_counterfactual(counterfactual: Counterfactual, as_json: bool) -> None:
    cascade = counterfactual.cascade
    if as_json:
        data = cascade_json(cascade, "counterfactual")
        for step, text in zip(data["steps"], (t for _, t in counterfactual.differences)):
            step["without_event"] = text
        print_json(data)
        return
    event = counterfactual.removed
    console.print(f"[bold]What-if[/]: {event.party} had not withdrawn from {title_of(event.instrument)} ({event.on.isoformat()})", highlight=False)
    refs = References()
    console.print(f"  the recorded withdrawal {refs.mark(cascade.recorded_event)}", highlight=False, markup=False)
    rows = [
        [s.order, title_of(s.instrument), EFFECT_LABEL[s.effect] + (f" ({s.party})" if s.party else ""), f"{_via_text(s)} {refs.mark(s.source)}".strip(),
         f"{s.recorded.summary} {refs.mark(s.recorded.source)}".strip(), text]
        for s, text in counterfactual.differences
    ]
    console.print(table(None, ["#", "instrument", "the withdrawal set off", "via [source]", "history recorded [source]", "without the withdrawal"], rows))
    console.print("Sources:")
    refs.print()


# --------------------------------------------------------------------------- history replay


def replay_json(replays: list[Replay]) -> list[dict[str, Any]]:
    out = []
    for r in replays:
        item: dict[str, Any] = {"event": event_json(r.event)}
        if r.cascade is not None:
            item["steps"] = [step_json(s) for s in r.cascade.steps]
            item["source"] = citation_json(r.cascade.recorded_event)
        if r.explained_by is not None:
            item["explained_by"] = event_json(r.explained_by)
        if r.error is not None:
            item["error"] = r.error
        out.append(item)
    return out


@command("history")
def history_command(
    until: str = typer.Option(None, "--until", help="Replay events up to this date (YYYY-MM-DD); default today."),
    as_json: bool = JsonOption,
) -> None:
    """The cascade engine run on every recorded event, beside what history recorded."""
    day = parse_date(until, what="--until")
    replays = replay_history(until=day)
    if as_json:
        print_json(replay_json(replays))
        return
    rows = []
    counts = {True: 0, False: 0, None: 0}
    for r in replays:
        event = _event_phrase(r.event)
        if r.cascade is None:
            why = f"predicted by the cascade of: {_event_phrase(r.explained_by)}" if r.explained_by else f"not run: {r.error}"
            rows.append([event, None, None, why, None])
            continue
        for s in r.cascade.steps:
            counts[s.recorded.agrees] += 1
            rows.append([event if s.order == 1 else "", title_of(s.instrument), EFFECT_LABEL[s.effect] + (f" ({s.party})" if s.party else ""), s.recorded.summary, AGREES_LABEL[s.recorded.agrees]])
    console.print(table(f"History replayed to {day.isoformat()}: the engine's prediction beside the record", ["recorded event", "instrument", "engine predicts", "history recorded", ""], rows))
    console.print(f"{counts[True]} agree, {counts[False]} differ, {counts[None]} with nothing in the record to compare.")


# --------------------------------------------------------------------------- for the brief


def brief_linkages(day: dt.date) -> None:
    """Print the brief's "what rests on what" section for the instruments in force on ``day``."""
    rows = brief_rows(day)
    console.print(table(
        "What rests on what (instruments in force)",
        ["instrument", "rests on", "rests on it", "stated conditions"],
        [[r.title, "; ".join(r.rests_on) or None, "; ".join(r.rests_on_it) or None, "; ".join(r.stated_conditions) or None] for r in rows],
    ))


def brief_linkages_json(day: dt.date) -> list[dict[str, Any]]:
    """The same section for ``armscontrol brief --json``."""
    return [_brief_row_json(r) for r in brief_rows(day)]


def _brief_row_json(row: BriefRow) -> dict[str, Any]:
    return {"id": row.instrument, "title": row.title, "rests_on": row.rests_on, "rests_on_it": row.rests_on_it, "stated_conditions": row.stated_conditions}
