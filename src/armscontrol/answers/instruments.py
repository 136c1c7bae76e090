"""Answers about instruments: the list, one instrument in full, and status on a date."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, RootModel

from armscontrol.answers.common import (
    EXPLANATION_DESCRIPTION,
    Answer,
    SourceRef,
    StepOut,
    explain,
    given,
    parse_date,
    resolve_instrument_input,
    resolve_party_input,
    source_ref,
)
from armscontrol.data import registry
from armscontrol.data.loader import citations
from armscontrol.data.parties import party_name
from armscontrol.data.schema import Instrument, Source
from armscontrol.errors import NotFound, UserError
from armscontrol.regime.catalogue import list_instruments, zone_standing
from armscontrol.regime.standing import standing_on
from armscontrol.regime.status import PartyStatus, party_status_on, status_on, summary
from armscontrol.vocabulary import describe, label


class InstrumentSummary(Answer):
    """One line of the instrument list: kind, signature, entry into force, end and why."""

    id: str
    title: str
    short_title: str
    kind: str
    scope: str
    signed: dt.date | None
    entry_into_force: dt.date | None
    ended: dt.date | None
    end_reason: str | None
    state: str
    parties_bound: int
    parties_complete: bool = Field(
        default=True, description="false: the party list is partial, so parties_bound counts recorded states only"
    )
    parties_recorded: int = 0
    first_event: dt.date
    as_of: dt.date
    standing: str = Field(description="where the instrument stands: " + describe("instrument_state"))
    standing_label: str = Field(default="", description="the standing as every interface prints it")
    standing_text: str = Field(description="the standing as people read it, with the reason and date")
    zone_standing: str | None = Field(
        default=None, description="for a nuclear-weapon-free-zone instrument: treaty, partly_agreed or proposed"
    )
    explanation: list[StepOut] = Field(default_factory=list, description=EXPLANATION_DESCRIPTION)


class InstrumentsAnswer(RootModel[list[InstrumentSummary]]):
    """``armscontrol instruments``: every instrument on a date, oldest first."""


def _summary(instrument: Instrument, day: dt.date) -> InstrumentSummary:

    standing = standing_on(instrument, day)
    return InstrumentSummary.model_validate(
        dict(
            **summary(instrument, day),
            standing=standing.category,
            standing_label=label("instrument_state", standing.category),
            standing_text=standing.text,
            zone_standing=zone_standing(instrument),
            explanation=explain(standing.steps),
        )
    )


def instruments(kind: str | None = None, on: str | dt.date | None = None) -> InstrumentsAnswer:
    """Every instrument (optionally of one kind) with its state on a date (default today)."""

    day = parse_date(on)
    kind = given(kind, what="kind", example="treaty")
    try:
        chosen = list_instruments(kind)
    except UserError as exc:
        raise (NotFound if isinstance(exc, NotFound) else UserError)(
            str(exc), field="kind", suggestion=exc.suggestion
        ) from None
    return InstrumentsAnswer([_summary(i, day) for i in chosen])


class InstrumentAnswer(Instrument):
    """``armscontrol show``: the instrument's record, with every source it cites resolved."""

    resolved_sources: dict[str, Source] = Field(default_factory=dict)


def instrument(instrument_id: str) -> InstrumentAnswer:
    """Everything about one instrument: dates, parties, provisions, and the sources they cite."""

    found = resolve_instrument_input(instrument_id)
    refs = {c.ref for c, _ in citations(found, "")}
    sources = {key: source for key, source in registry().sources.items() if key in refs}
    return InstrumentAnswer(**found.model_dump(by_alias=True), resolved_sources=sources)


class PartyStatusOut(Answer):
    """One state's relation to the instrument on the date, and why."""

    party: str
    name: str
    status: str = Field(description="the relation: " + describe("relation"))
    label: str = Field(description="the relation as every interface prints it")
    since: dt.date | None
    roles: list[str]
    note: str | None
    source: SourceRef | None
    explanation: list[StepOut] = Field(default_factory=list, description=EXPLANATION_DESCRIPTION)


def party_out(p) -> PartyStatusOut:
    """The answer form of a :class:`armscontrol.regime.status.PartyStatus`."""
    return PartyStatusOut(
        party=p.party,
        name=party_name(p.party),
        status=p.status,
        label=label("relation", p.status),
        since=p.since,
        roles=list(p.roles),
        note=p.note,
        source=source_ref(p.source),
        explanation=explain(p.steps),
    )


class StatusAnswer(Answer):
    """``armscontrol status``: whether an instrument is in force on a date, and each party's status."""

    id: str
    title: str
    on: dt.date
    state: str = Field(description="where the instrument stands: " + describe("instrument_state"))
    state_label: str = Field(description="the state as every interface prints it")
    state_text: str = Field(description="the state in one line, with its reason and date")
    end_reason: str | None = Field(description="for 'ended': " + describe("end_reason"))
    never_reason: str | None = Field(default=None, description="for 'never_in_force': " + describe("never_reason"))
    ended_on: dt.date | None
    entered_into_force: dt.date | None
    scheduled_end: dt.date | None = Field(
        description="null where the instrument is open-ended or of unlimited duration"
    )
    source: SourceRef | None
    parties_complete: bool = Field(default=True, description="false: a state the data does not list is not_recorded")
    party_list_as_of: dt.date | None = None
    parties: list[PartyStatusOut]
    explanation: list[StepOut] = Field(default_factory=list, description=EXPLANATION_DESCRIPTION)


def status(instrument_id: str, on: str | dt.date | None = None, party: str | None = None) -> StatusAnswer:
    """The state of an instrument on a date and the status of each party (or of one)."""

    found = resolve_instrument_input(instrument_id)
    day = parse_date(on)
    result = status_on(found, day)
    standing = standing_on(found, day)
    parties: list[PartyStatus] = list(result.parties)
    if party is not None:
        code = resolve_party_input(party)
        parties = [party_status_on(found, code, day)]
    end = result.scheduled_end
    return StatusAnswer(
        id=result.id,
        title=found.short_title,
        on=result.on,
        state=standing.category,
        state_label=label("instrument_state", standing.category),
        state_text=standing.text,
        end_reason=result.end_reason if standing.category == "ended" else None,
        never_reason=standing.reason if standing.category == "never_in_force" else None,
        ended_on=result.ended_on,
        entered_into_force=result.entered_into_force,
        scheduled_end=None if end is None or end == dt.date.max or end.year >= 9999 else end,
        source=source_ref(result.source),
        parties_complete=result.parties_complete,
        party_list_as_of=result.party_list_as_of,
        parties=[party_out(p) for p in parties],
        explanation=explain(standing.steps),
    )


def status_summary(instrument_id: str, on: str | dt.date | None = None):
    """``status ID --summary``: recorded states counted by status on a date, beside the depositary's published totals.

    Returns :class:`armscontrol.regime.matrix.StatusSummary`.
    """
    # on first use: keeps `status` quick
    from armscontrol.answers.matrix import country_table
    from armscontrol.regime.matrix import status_summary as summarise

    members = [code for code, row in country_table().items() if row["un_member"]]
    return summarise(resolve_instrument_input(instrument_id), parse_date(on), members)
