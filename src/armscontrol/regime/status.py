"""The state of an instrument and of each party on a date, read from its dated events.

States of an instrument: ``not_yet_signed``, ``not_in_force`` (open, signed or
proposed, not yet or never in force), ``in_force``, ``ended`` (with
``end_reason``: ``withdrawal``, ``expiry``, ``superseded`` or ``termination``).

Statuses of a party: ``signatory``, ``ratified`` (consent given, instrument not
yet in force for it), ``party`` (bound), ``suspended``, ``withdrawn``,
``not_party``, ``not_recorded``. After an instrument ends, a party that did not
withdraw is ``not_party`` from the end date, with a note saying so; a state
that ceased to exist (the Soviet Union, Czechoslovakia, the German Democratic
Republic, Yugoslavia, ...) is ``not_party`` from that day, with a note naming
the state that continues it, and the Soviet Union also once a successor has
taken over its rights and obligations.

When an instrument binds a consenting state is read from its
``party_entry_into_force`` rule (on deposit, a number of days after deposit,
or on the instrument's own entry into force if that is later; a zone protocol
with no general entry into force binds each state from its own deposit and is
in force from the first), unless the party's own ``entry_into_force`` event
gives the date. So ``ratified`` turns into ``party`` on the day the text says.

``not_recorded``: a state that the data does not list for an instrument whose
party list is not complete (``party_list.complete`` false, or a multilateral
instrument with no ``party_list``). The data cannot say whether it signed or
joined, so it never answers ``not_party`` for it. Where the list is complete,
an unlisted state is ``not_party``. :func:`party_status_on` gives either answer
for any state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from armscontrol.data.parties import historical
from armscontrol.data.schema import END_EVENTS, Citation, Instrument, InstrumentEvent, PartyRecord

State = Literal["not_yet_signed", "not_in_force", "in_force", "ended"]
PartyStatusName = Literal["signatory", "ratified", "party", "suspended", "withdrawn", "not_party", "not_recorded"]
PARTY_STATUSES: tuple[PartyStatusName, ...] = (
    "party", "ratified", "signatory", "suspended", "withdrawn", "not_party", "not_recorded",
)

OPENING_EVENTS = {"proposed", "adopted", "opened_for_signature", "signed"}
CONSENT_EVENTS = {"ratified", "acceded", "succeeded", "consented"}


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
    parties_complete: bool = True
    party_list_as_of: dt.date | None = None


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
    eif = entry_into_force(instrument)
    duration = instrument.duration
    if eif is None or duration is None or duration.years is None or duration.renews_every is not None:
        # Automatic renewal runs until an end event records a party's notice.
        return None
    return _add_years(eif, duration.years)


def instrument_state(instrument: Instrument, on: dt.date) -> tuple[State, str | None, dt.date | None, Citation | None]:
    """State on ``on``, the end reason and date if ended, and the source of the deciding event."""
    past = [e for e in instrument.events if e.date <= on]
    ending = next((e for e in past if e.type in END_EVENTS), None)
    if ending is not None:
        return "ended", END_EVENTS[ending.type], ending.date, ending.source
    eif_date = entry_into_force(instrument)
    if eif_date is not None and eif_date <= on:
        eif = first_event(instrument, "entry_into_force")
        eif_source = eif.source if eif is not None else _first_binding_source(instrument)
        end = scheduled_end(instrument)
        if end is not None and end <= on:
            return "ended", "expiry", end, eif_source
        return "in_force", None, None, eif_source
    opened = next((e for e in reversed(past) if e.type in OPENING_EVENTS | {"provisional_application"}), None)
    if opened is not None:
        return "not_in_force", None, None, opened.source
    return "not_yet_signed", None, None, None


def _consents(record: PartyRecord) -> list[dt.date]:
    return [e.date for e in record.events if e.type in CONSENT_EVENTS]


def _binding_from(instrument: Instrument, record: PartyRecord, consent: dt.date, general: dt.date | None) -> dt.date | None:
    """The day the instrument binds ``record`` after a consent of ``consent``; ``None`` if not yet known."""
    own = [e.date for e in record.events if e.type == "entry_into_force" and e.date >= consent]
    if own:
        return own[0]
    rule = instrument.party_entry_into_force
    if rule is None:
        return max(consent, general) if general is not None else None
    after_deposit = consent + dt.timedelta(days=rule.days_after_deposit)
    if rule.not_before is not None:
        after_deposit = max(after_deposit, rule.not_before)
    if not rule.general_entry_into_force:
        return after_deposit
    if general is None:
        return None
    return general if consent <= general else after_deposit


def _general_entry_into_force(instrument: Instrument) -> dt.date | None:
    eif = first_event(instrument, "entry_into_force")
    return eif.date if eif is not None else None


def entry_into_force(instrument: Instrument) -> dt.date | None:
    """The instrument's own entry into force, or for a zone protocol that has none, the day it first bound a state."""
    general = _general_entry_into_force(instrument)
    if general is not None:
        return general
    rule = instrument.party_entry_into_force
    if rule is None or rule.general_entry_into_force:
        return None
    days = [
        day
        for record in instrument.parties
        for consent in _consents(record)
        if (day := _binding_from(instrument, record, consent, None)) is not None
    ]
    return min(days) if days else None


def _first_binding_source(instrument: Instrument) -> Citation | None:
    first = entry_into_force(instrument)
    for record in instrument.parties:
        for event in record.events:
            if event.type in CONSENT_EVENTS and _binding_from(instrument, record, event.date, None) == first:
                return event.source
    return None


def entry_into_force_for(instrument: Instrument, record: PartyRecord, on: dt.date | None = None) -> dt.date | None:
    """The day the instrument entered (or enters) into force for one party, by its latest consent on or before ``on``.

    ``None`` where the party has given no consent, or the instrument's general
    entry into force has not happened.
    """
    consents = [c for c in _consents(record) if on is None or c <= on]
    if not consents:
        return None
    return _binding_from(instrument, record, consents[-1], entry_into_force(instrument))


def parties_complete(instrument: Instrument) -> bool:
    """Whether ``parties`` lists every signatory and party: by its ``party_list``, else only a non-multilateral one."""
    if instrument.party_list is not None:
        return instrument.party_list.complete
    return instrument.scope != "multilateral"


def _successor_date(instrument: Instrument, on: dt.date) -> tuple[dt.date, str] | None:
    """The first succession to the Soviet Union's place by on ``on``: by the state continuing it or one of its successors.

    A newly independent state's succession to a multilateral treaty (Botswana to the PTBT, say) is not one.
    """
    soviet = historical("SUN")
    heirs = {soviet.continued_by, *soviet.successors} if soviet is not None else set()
    for record in instrument.parties:
        if record.party not in heirs:
            continue
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
            if event.on_or_before:
                note = f"in force for it on or before {event.date.isoformat()} (exact date not recorded)"
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

    if status == "ratified" and consent is not None and state == "in_force":
        general = _general_entry_into_force(instrument)
        binding_from = own_entry if own_entry is not None and own_entry >= consent else _binding_from(instrument, record, consent, general)
        if binding_from is not None and binding_from <= on:
            status, since = "party", binding_from

    gone = historical(record.party)
    if gone is not None and gone.ended <= on and status not in {"withdrawn", "not_party"}:
        continued = f"; continued by {gone.continued_by}" if gone.continued_by else ""
        return PartyStatus(record.party, "not_party", gone.ended, f"ceased to exist {gone.ended.isoformat()}{continued}", source, roles)

    if record.party == "SUN":
        succession = _successor_date(instrument, on)
        if succession is not None and status not in {"withdrawn", "not_party"}:
            return PartyStatus(record.party, "not_party", succession[0], f"succeeded by {succession[1]}", source, roles)

    if state == "ended" and status not in {"withdrawn", "not_party"}:
        return PartyStatus(record.party, "not_party", ended_on, "instrument ended", source, roles)
    if status == "not_party" and since is None:
        unknown = _history_unknown_before(record, on)
        if unknown is not None:
            return PartyStatus(record.party, "not_recorded", None, unknown, record.source, roles)
    return PartyStatus(record.party, status, since, note, source, roles)


def _history_unknown_before(record: PartyRecord, on: dt.date) -> str | None:
    """Why a listed state's status before its first recorded event is unknown, or ``None`` if it is known.

    An accession or succession shows the state had not signed; a ratification
    with no recorded signature, or a consent of unknown kind, leaves open
    whether it was a signatory before; an event known only as on or before a
    date leaves open what the state's status was before that date.
    """
    later = [e for e in record.events if e.date > on]
    if not later:
        return None
    if later[0].on_or_before:
        return (
            f"its {later[0].type} is recorded only as on or before {later[0].date.isoformat()}: "
            "its status on this date is not recorded"
        )
    first_consent = next((e for e in later if e.type in CONSENT_EVENTS), None)
    signed = any(e.type == "signed" for e in record.events)
    if first_consent is None or first_consent.type in {"acceded", "succeeded"} or signed:
        return None
    return (
        f"its {first_consent.type} of {first_consent.date.isoformat()} is recorded, not whether it had signed "
        "before: its status on this date is not recorded"
    )


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
    eif = entry_into_force(instrument)
    entered = eif if eif is not None and eif <= on else None
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
        parties_complete=parties_complete(instrument),
        party_list_as_of=instrument.party_list.as_of if instrument.party_list is not None else None,
    )


def party_status_on(instrument: Instrument, code: str, on: dt.date) -> PartyStatus:
    """The status of any state on ``on``: its recorded status, else ``not_party`` or ``not_recorded``.

    A state the data does not list is ``not_party`` only where the party list
    is complete (see :func:`parties_complete`); otherwise it is
    ``not_recorded``, and the note says how many states the data lists and
    what the depositary's published total is, where one is recorded.

    Parameters
    ----------
    instrument : Instrument
        A validated instrument record.
    code : str
        ISO 3166-1 alpha-3 code of the state (or a historical code such as ``SUN``).
    on : datetime.date
        The date asked about.
    """
    record = next((r for r in instrument.parties if r.party == code), None)
    state, _, ended_on, _ = instrument_state(instrument, on)
    if record is not None:
        eif = entry_into_force(instrument)
        return party_status(record, instrument, on, state, ended_on, eif if eif is not None and eif <= on else None)
    if state == "not_yet_signed":
        return PartyStatus(code, "not_party", None, "the instrument was not yet open or signed")
    gone = historical(code)
    if gone is not None and gone.ended <= instrument.events[0].date:
        return PartyStatus(code, "not_party", gone.ended, f"ceased to exist {gone.ended.isoformat()}, before the instrument was concluded")
    if instrument.party_list is not None and instrument.party_list.open_to is not None and code not in instrument.party_list.open_to:
        return PartyStatus(code, "not_party", None, "not eligible: the instrument is open only to the states of its region", instrument.party_list.source)
    if parties_complete(instrument):
        as_of = instrument.party_list.as_of if instrument.party_list is not None else None
        later = f" (list complete as of {as_of.isoformat()})" if as_of is not None and as_of < on else ""
        source = instrument.party_list.source if instrument.party_list is not None else None
        return PartyStatus(code, "not_party", None, f"not among the recorded signatories and parties{later}", source)
    note = f"the data lists {len(instrument.parties)} states for this instrument and not this one"
    source = None
    if instrument.membership is not None:
        m = instrument.membership
        note += f"; the published total is {m.parties} parties as of {m.as_of.isoformat()}"
        source = m.source
    if instrument.party_list is not None:
        source = instrument.party_list.source
    return PartyStatus(code, "not_recorded", None, note + ": whether it signed or joined is not recorded", source)


def count_by_status(instrument: Instrument, on: dt.date) -> dict[str, int]:
    """How many recorded states have each status on ``on`` (statuses with none are left out)."""
    counts = {name: 0 for name in PARTY_STATUSES}
    for party in status_on(instrument, on).parties:
        counts[party.status] += 1
    return {name: n for name, n in counts.items() if n}


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
    eif = entry_into_force(instrument)
    bound = sum(1 for p in status.parties if p.status in {"party", "suspended"})
    return {
        "id": instrument.id,
        "title": instrument.title,
        "short_title": instrument.short_title,
        "kind": instrument.kind,
        "scope": instrument.scope,
        "signed": signed_on(instrument),
        "entry_into_force": eif,
        "ended": status.ended_on,
        "end_reason": status.end_reason,
        "state": status.state,
        "parties_bound": bound,
        "parties_complete": status.parties_complete,
        "parties_recorded": len(status.parties),
        "first_event": instrument.events[0].date,
        "as_of": on,
    }
