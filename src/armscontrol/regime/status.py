"""The state of an instrument and of each party on a date, read from its dated events.

States of an instrument: ``not_yet_signed``, ``not_in_force`` (open, signed or
proposed, not yet or never in force), ``in_force``, ``ended`` (with
``end_reason``: ``withdrawal``, ``expiry``, ``superseded`` or ``termination``).

Statuses of a party: ``signatory``, ``ratified`` (consent given, instrument not
yet in force for it), ``party`` (bound), ``suspended``, ``withdrawn``,
``not_party``. After an instrument ends, a party that did not withdraw is
``not_party`` from the end date, with a note saying so; the Soviet Union is
``not_party`` once a successor has taken over its rights and obligations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from armscontrol.data.schema import END_EVENTS, Citation, Instrument, InstrumentEvent, PartyRecord

State = Literal["not_yet_signed", "not_in_force", "in_force", "ended"]
PartyStatusName = Literal["signatory", "ratified", "party", "suspended", "withdrawn", "not_party"]

OPENING_EVENTS = {"proposed", "adopted", "opened_for_signature", "signed"}
CONSENT_EVENTS = {"ratified", "acceded", "succeeded"}


@dataclass(frozen=True)
class PartyStatus:
    party: str
    status: PartyStatusName
    since: dt.date | None
    note: str | None = None
    source: Citation | None = None
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class InstrumentStatus:
    id: str
    on: dt.date
    state: State
    end_reason: str | None
    ended_on: dt.date | None
    entered_into_force: dt.date | None
    scheduled_end: dt.date | None
    parties: list[PartyStatus] = field(default_factory=list)
    source: Citation | None = None


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def first_event(instrument: Instrument, *types: str) -> InstrumentEvent | None:
    return next((e for e in instrument.events if e.type in types), None)


def scheduled_end(instrument: Instrument) -> dt.date | None:
    """The end date its duration and extensions set, or ``None`` for an open-ended instrument."""
    extensions = [e.until for e in instrument.events if e.type == "extension" and e.until]
    if extensions:
        return max(extensions)
    eif = first_event(instrument, "entry_into_force")
    duration = instrument.duration
    if eif is None or duration is None or duration.years is None or duration.renews_every is not None:
        # Automatic renewal runs until an end event records a party's notice.
        return None
    return _add_years(eif.date, duration.years)


def instrument_state(instrument: Instrument, on: dt.date) -> tuple[State, str | None, dt.date | None, Citation | None]:
    """State on ``on``, the end reason and date if ended, and the source of the deciding event."""
    past = [e for e in instrument.events if e.date <= on]
    ending = next((e for e in past if e.type in END_EVENTS), None)
    if ending is not None:
        return "ended", END_EVENTS[ending.type], ending.date, ending.source
    eif = next((e for e in past if e.type == "entry_into_force"), None)
    if eif is not None:
        end = scheduled_end(instrument)
        if end is not None and end <= on:
            return "ended", "expiry", end, eif.source
        return "in_force", None, None, eif.source
    opened = next((e for e in reversed(past) if e.type in OPENING_EVENTS | {"provisional_application"}), None)
    if opened is not None:
        return "not_in_force", None, None, opened.source
    return "not_yet_signed", None, None, None


def _successor_date(instrument: Instrument, on: dt.date) -> tuple[dt.date, str] | None:
    for record in instrument.parties:
        for event in record.events:
            if event.type == "succeeded" and event.date <= on:
                return event.date, record.party
    return None


def party_status(
    record: PartyRecord,
    instrument: Instrument,
    on: dt.date,
    state: State,
    ended_on: dt.date | None,
    entered_into_force: dt.date | None,
) -> PartyStatus:
    """One party's status on ``on``; see the module docstring for the meanings."""
    roles = tuple(record.roles)
    status: PartyStatusName = "not_party"
    since: dt.date | None = None
    source = record.source
    consent: dt.date | None = None
    own_entry: dt.date | None = None
    before_suspension: tuple[PartyStatusName, dt.date | None] | None = None
    note: str | None = None
    for event in (e for e in record.events if e.date <= on):
        if event.type == "signed" and status == "not_party":
            status, since, source = "signatory", event.date, event.source
        elif event.type in CONSENT_EVENTS:
            consent, status, since, source = event.date, "ratified", event.date, event.source
            if event.on_or_before:
                note = f"{event.type} on or before {event.date.isoformat()} (exact date not recorded)"
        elif event.type == "entry_into_force":
            own_entry, source = event.date, event.source
        elif event.type == "ratification_revoked":
            consent, status, since, source = None, "signatory", event.date, event.source
        elif event.type == "suspension":
            before_suspension = (status, since)
            status, since, source = "suspended", event.date, event.source
        elif event.type == "suspension_lifted" and before_suspension is not None:
            status, since = before_suspension
            source = event.source
        elif event.type == "withdrawal":
            status, since, source, note = "withdrawn", event.date, event.source, event.note
        elif event.type == "withdrawal_notice":
            note = f"notice of withdrawal given {event.date.isoformat()}"

    if status == "ratified" and consent is not None and state == "in_force" and entered_into_force:
        binding_from = own_entry or max(consent, entered_into_force)
        if binding_from <= on:
            status, since = "party", binding_from

    if record.party == "SUN":
        succession = _successor_date(instrument, on)
        if succession is not None and status not in {"withdrawn", "not_party"}:
            return PartyStatus(record.party, "not_party", succession[0], f"succeeded by {succession[1]}", source, roles)

    if state == "ended" and status not in {"withdrawn", "not_party"}:
        return PartyStatus(record.party, "not_party", ended_on, "instrument ended", source, roles)
    return PartyStatus(record.party, status, since, note, source, roles)


def status_on(instrument: Instrument, on: dt.date) -> InstrumentStatus:
    """The state of ``instrument`` and the status of each recorded party on ``on``.

    Parameters
    ----------
    instrument : Instrument
        A validated instrument record.
    on : datetime.date
        The date asked about.
    """
    state, end_reason, ended_on, source = instrument_state(instrument, on)
    eif = first_event(instrument, "entry_into_force")
    entered = eif.date if eif is not None and eif.date <= on else None
    parties = [party_status(r, instrument, on, state, ended_on, entered) for r in instrument.parties]
    return InstrumentStatus(
        id=instrument.id,
        on=on,
        state=state,
        end_reason=end_reason,
        ended_on=ended_on,
        entered_into_force=entered,
        scheduled_end=scheduled_end(instrument),
        parties=parties,
        source=source,
    )


def signed_on(instrument: Instrument) -> dt.date | None:
    """Date of signature; for a multilateral instrument, the date it opened for signature."""
    event = first_event(instrument, "signed") or first_event(instrument, "opened_for_signature")
    if event is not None:
        return event.date
    dates = [e.date for r in instrument.parties for e in r.events if e.type == "signed"]
    return min(dates) if dates else None


def summary(instrument: Instrument, on: dt.date) -> dict[str, object]:
    """The one-line view of an instrument that ``armscontrol instruments`` lists."""
    status = status_on(instrument, on)
    eif = first_event(instrument, "entry_into_force")
    bound = sum(1 for p in status.parties if p.status in {"party", "suspended"})
    return {
        "id": instrument.id,
        "title": instrument.title,
        "short_title": instrument.short_title,
        "kind": instrument.kind,
        "scope": instrument.scope,
        "signed": signed_on(instrument),
        "entry_into_force": eif.date if eif is not None else None,
        "ended": status.ended_on,
        "end_reason": status.end_reason,
        "state": status.state,
        "parties_bound": bound,
        "first_event": instrument.events[0].date,
        "as_of": on,
    }
