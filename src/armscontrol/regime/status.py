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
import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal, ParamSpec

from armscontrol.data.parties import historical, state_began
from armscontrol.data.schema import (
    COMMITMENT_KINDS,
    END_EVENTS,
    Citation,
    Instrument,
    InstrumentEvent,
    PartyEvent,
    PartyRecord,
)
from armscontrol.explanation import Fact, Step, fact
from armscontrol.vocabulary import label

P = ParamSpec("P")

State = Literal["not_yet_signed", "not_in_force", "in_force", "ended"]
PartyStatusName = Literal[
    "party",
    "ratified",
    "signatory",
    "suspended",
    "withdrawn",
    "former_party",
    "participant",
    "proponent",
    "not_party",
    "not_recorded",
    "not_a_state_then",
]
PARTY_STATUSES: tuple[PartyStatusName, ...] = PartyStatusName.__args__  # type: ignore[attr-defined]
"""Every relation, in the vocabulary's order (:data:`armscontrol.vocabulary.RELATIONS`)."""

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
    steps: tuple[Step, ...] = ()


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


def _binding_from(
    instrument: Instrument, record: PartyRecord, consent: dt.date, general: dt.date | None
) -> dt.date | None:
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
    """The first succession to the Soviet Union's place by on ``on``: by the state continuing it or one of its
    successors.

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


_EVENT_WORDS = {
    "signed": "signed",
    "ratified": "ratified",
    "acceded": "acceded",
    "succeeded": "succeeded",
    "consented": "consented to be bound",
    "entry_into_force": "in force for it",
    "withdrawal_notice": "gave notice of withdrawal",
    "withdrawal": "withdrawal took effect",
    "suspension": "suspended its participation",
    "suspension_lifted": "lifted its suspension",
    "ratification_revoked": "revoked its ratification",
    "declaration": "made a declaration",
}


_EVENT_NOUNS = {
    "signed": "signature",
    "ratified": "ratification",
    "acceded": "accession",
    "succeeded": "succession",
    "consented": "consent to be bound",
    "entry_into_force": "entry into force for it",
    "withdrawal": "withdrawal",
}


def event_fact(event, who: str | None = None) -> Fact:
    """A dated event as a fact of an explanation: who did what, when, and where it is recorded."""
    words = _EVENT_WORDS.get(event.type, event.type.replace("_", " "))
    return fact(
        f"{who + ' ' if who else ''}{words} {event.date.isoformat()}",
        event.date,
        event.source,
        on_or_before=event.on_or_before,
    )


def binding_rule_text(instrument: Instrument) -> str:
    """The rule by which the instrument binds a consenting state, with its article."""
    rule = instrument.party_entry_into_force
    if rule is None:
        return (
            "a state that consents is bound from its deposit, or from the instrument's entry into force "
            "if that is later"
        )
    if not rule.general_entry_into_force:
        text = f"{rule.article}: binds each state from its own deposit"
        if rule.days_after_deposit:
            text = f"{rule.article}: binds each state {rule.days_after_deposit} days after its own deposit"
        if rule.not_before is not None:
            text += f", and no state before {rule.not_before.isoformat()}"
        return text
    if rule.days_after_deposit:
        return (
            f"{rule.article}: binds a state that consents after entry into force {rule.days_after_deposit} days "
            "after its deposit; one that consented before, from the entry into force"
        )
    return f"{rule.article}: binds a state from its deposit, or from the instrument's entry into force if later"


def _predecessor_relation(instrument: Instrument, predecessor: str, on: dt.date) -> str:
    record = next((r for r in instrument.parties if r.party == predecessor), None)
    if record is None:
        return f"{predecessor}: not recorded for this instrument"
    state, _, ended_on, _ = instrument_state(instrument, on)
    eif = entry_into_force(instrument)
    before = party_status(record, instrument, on, state, ended_on, eif if eif is not None and eif <= on else None)
    since = f" since {before.since.isoformat()}" if before.since else ""
    return f"{predecessor}: {label('relation', before.status)}{since}"


def _not_a_state_then(
    record_party: str, instrument: Instrument, on: dt.date, roles: tuple[str, ...]
) -> PartyStatus | None:
    began = state_began(record_party)
    if began is None or on >= began.date:
        return None
    beside = _predecessor_relation(instrument, began.predecessor, on)
    step = Step(
        rule="a state has a relation to an instrument only from the day it exists as a state",
        facts=[
            fact(
                f"{record_party} exists as a state from {began.date.isoformat()} ({began.how})",
                began.date,
                Citation(ref=began.source),
            )
        ],
        conclusion=f"not a state then (on {on.isoformat()}); its predecessor's relation: {beside}",
    )
    return PartyStatus(record_party, "not_a_state_then", None, f"not a state then; {beside}", None, roles, (step,))


def concluded(found: PartyStatus) -> PartyStatus:
    """``found`` with its derivation ending in the relation's own words (the vocabulary's label)."""
    words = label("relation", found.status)
    steps = list(found.steps)
    if not steps:
        steps = [Step(rule="the state's recorded acts up to the date", conclusion=words)]
    elif words not in steps[-1].conclusion:
        steps[-1] = steps[-1].model_copy(update={"conclusion": f"{steps[-1].conclusion}: {words}"})
    return replace(found, steps=tuple(steps))


def _ending_in_its_relation(derive: Callable[P, PartyStatus]) -> Callable[P, PartyStatus]:
    """Every return of ``derive`` passed through :func:`concluded`, so each derivation ends in the relation's words."""

    @functools.wraps(derive)
    def derived(*args: P.args, **kwargs: P.kwargs) -> PartyStatus:
        return concluded(derive(*args, **kwargs))

    return derived


@_ending_in_its_relation
def party_status(
    record: PartyRecord,
    instrument: Instrument,
    on: dt.date,
    state: State,
    ended_on: dt.date | None,
    entered_into_force: dt.date | None,
) -> PartyStatus:
    """One party's relation on ``on``, with the steps that decide it; see the module docstring for the meanings."""
    roles = tuple(record.roles)
    early = _not_a_state_then(record.party, instrument, on, roles)
    if early is not None:
        return early
    if state == "not_yet_signed":
        first = instrument.events[0]
        return PartyStatus(
            record.party,
            "not_party",
            None,
            "the instrument was not yet open or signed",
            None,
            roles,
            (
                Step(
                    rule="no state has a relation to an instrument before its first event",
                    facts=[event_fact(first)],
                    conclusion="not a party: the instrument did not exist yet",
                ),
            ),
        )
    status: PartyStatusName = "not_party"
    since: dt.date | None = None
    source = record.source
    consent: dt.date | None = None
    own_entry: dt.date | None = None
    before_suspension: tuple[PartyStatusName, dt.date | None] | None = None
    note: str | None = None
    past = [e for e in record.events if e.date <= on]
    steps: list[Step] = []
    for event in past:
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
    if past:
        gap = any(e.on_or_before for e in past)
        steps.append(
            Step(
                rule="the state's recorded acts up to the date, in order",
                facts=[event_fact(e, record.party) for e in past],
                conclusion=(
                    f"last act: {_EVENT_WORDS.get(past[-1].type, past[-1].type)} {past[-1].date.isoformat()}"
                    + ("; a date known only as 'on or before' counts from that date" if gap else "")
                ),
                gap=gap,
            )
        )

    was_in_force = state == "in_force" or (
        state == "ended"
        and (eif := entry_into_force(instrument)) is not None
        and ended_on is not None
        and eif < ended_on
    )
    if status == "ratified" and consent is not None and was_in_force:
        general = _general_entry_into_force(instrument)
        binding_from = (
            own_entry
            if own_entry is not None and own_entry >= consent
            else _binding_from(instrument, record, consent, general)
        )
        rule = binding_rule_text(instrument)
        own_event = next((e for e in record.events if e.type == "entry_into_force" and e.date >= consent), None)
        if own_event is not None:
            rule = (
                "the instrument binds this state from the date recorded for it (a waiver of the conditions for "
                "entry into force, or the depositary's record), not from its deposit"
            )
        rule_source = (
            instrument.party_entry_into_force.source if instrument.party_entry_into_force is not None else None
        )
        facts = [fact(f"{record.party} gave its consent {consent.isoformat()}", consent, source)]
        if general is not None:
            facts.append(
                fact(f"the instrument entered into force {general.isoformat()}", general, _eif_source(instrument))
            )
        if rule_source is not None and instrument.party_entry_into_force is not None:
            facts.append(fact(f"the rule: {instrument.party_entry_into_force.article}", None, rule_source))
        if own_event is not None:
            words = f"in force for {record.party} from {own_event.date.isoformat()}" + (
                f": {own_event.note}" if own_event.note else ""
            )
            facts.append(fact(words, own_event.date, own_event.source, on_or_before=own_event.on_or_before))
        if (
            binding_from is not None
            and binding_from <= on
            and (state != "ended" or ended_on is None or binding_from < ended_on)
        ):
            status, since = "party", binding_from
            steps.append(Step(rule=rule, facts=facts, conclusion=f"bound from {binding_from.isoformat()}: a party"))
        else:
            when = (
                f"from {binding_from.isoformat()}"
                if binding_from is not None
                else "once the instrument enters into force"
            )
            steps.append(Step(rule=rule, facts=facts, conclusion=f"consent given, bound only {when}"))

    gone = historical(record.party)
    if gone is not None and gone.ended <= on and status not in {"withdrawn", "not_party"}:
        continued = f"; continued by {gone.continued_by}" if gone.continued_by else ""
        was_bound = status in {"party", "suspended"}
        relation: PartyStatusName = "former_party" if was_bound else "not_party"
        steps.append(
            Step(
                rule="a state that ceased to exist is no longer a party; the state continuing it carries its rights "
                "and obligations",
                facts=[
                    fact(
                        f"{gone.name} ceased to exist {gone.ended.isoformat()}{continued}",
                        gone.ended,
                        Citation(ref=gone.source),
                    )
                ],
                conclusion=f"{'former party' if was_bound else 'not a party'} from {gone.ended.isoformat()}",
            )
        )
        return PartyStatus(
            record.party,
            relation,
            gone.ended,
            f"ceased to exist {gone.ended.isoformat()}{continued}",
            source,
            roles,
            tuple(steps),
        )

    if record.party == "SUN":
        succession = _successor_date(instrument, on)
        if succession is not None and status in {"party", "suspended"}:
            steps.append(
                Step(
                    rule="the Soviet Union's place passes to the state that succeeds to it",
                    facts=[fact(f"{succession[1]} succeeded {succession[0].isoformat()}", succession[0])],
                    conclusion=f"former party from {succession[0].isoformat()}",
                )
            )
            return PartyStatus(
                record.party,
                "former_party",
                succession[0],
                f"succeeded by {succession[1]}",
                source,
                roles,
                tuple(steps),
            )

    if state == "ended" and status in {"party", "suspended"} and ended_on is not None:
        end_event = next((e for e in instrument.events if e.type in END_EVENTS and e.date == ended_on), None)
        end_source = end_event.source if end_event is not None else None
        steps.append(
            Step(
                rule="when an instrument ends, its parties are released from it",
                facts=[fact(f"the instrument ended {ended_on.isoformat()}", ended_on, end_source)],
                conclusion=f"former party from {ended_on.isoformat()}",
            )
        )
        return PartyStatus(record.party, "former_party", ended_on, "the instrument ended", source, roles, tuple(steps))

    if (
        (instrument.kind in COMMITMENT_KINDS or instrument.kind == "proposal")
        and not record.takes_part
        and status == "not_party"
    ):
        steps.append(
            Step(
                rule="a state recorded only for what it said of a commitment it did not make takes no part in it",
                facts=[event_fact(e, record.party) for e in past],
                conclusion="not a party: it made no commitment",
            )
        )
        return PartyStatus(record.party, "not_party", None, record.note, record.source, roles, tuple(steps))
    if instrument.kind == "proposal" and status == "not_party":
        author = any(e.by == record.party for e in instrument.events if e.type == "proposed" and e.date <= on)
        if author:
            proposed = next(e for e in instrument.events if e.type == "proposed" and e.by == record.party)
            steps.append(
                Step(
                    rule="a proposal binds no one; the state that put it forward is its proponent",
                    facts=[event_fact(proposed, record.party)],
                    conclusion="proponent",
                )
            )
            return PartyStatus(
                record.party, "proponent", proposed.date, record.note, proposed.source, roles, tuple(steps)
            )
    if (
        instrument.kind in COMMITMENT_KINDS
        and entered_into_force is None
        and status == "not_party"
        and state != "ended"
        and record.takes_part
    ):
        opening: PartyEvent | InstrumentEvent | None = (
            past[0]
            if past
            else (next((e for e in instrument.events if e.date <= on), None) if not record.events else None)
        )
        if opening is not None:
            steps.append(
                Step(
                    rule="a framework or a declaration is a political commitment: the states that made it "
                    "take part in it, and it binds no one in law",
                    facts=[event_fact(opening, record.party if opening in past else None)],
                    conclusion=f"participant from {opening.date.isoformat()}",
                )
            )
            return PartyStatus(
                record.party, "participant", opening.date, record.note, opening.source, roles, tuple(steps)
            )

    if status == "not_party" and since is None:
        unknown = _history_unknown_before(record, on)
        if unknown is not None:
            steps.append(
                Step(
                    rule="a date known only as 'on or before', or a consent without its signature, leaves "
                    "earlier dates unknown",
                    facts=[event_fact(e, record.party) for e in record.events if e.date > on][:1],
                    conclusion=unknown,
                    gap=True,
                )
            )
            return PartyStatus(record.party, "not_recorded", None, unknown, record.source, roles, tuple(steps))
        if not past:
            steps.append(
                Step(
                    rule="the state's recorded acts up to the date",
                    facts=[],
                    conclusion="none by this date: not a party",
                )
            )
    if status == "withdrawn" and steps:
        steps.append(
            Step(
                rule="a withdrawal takes effect on the date recorded for it",
                facts=[],
                conclusion=f"withdrawn from {since.isoformat() if since else '?'}",
            )
        )
    return PartyStatus(record.party, status, since, note, source, roles, tuple(steps))


def _eif_source(instrument: Instrument) -> Citation | None:
    eif = first_event(instrument, "entry_into_force")
    return eif.source if eif is not None else _first_binding_source(instrument)


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
            f"its {_EVENT_NOUNS.get(later[0].type, later[0].type)} is recorded only as on or before "
            f"{later[0].date.isoformat()} (the date of the list it comes from): whether it had joined by this date "
            "is not recorded"
        )
    first_consent = next((e for e in later if e.type in CONSENT_EVENTS), None)
    signed = any(e.type == "signed" for e in record.events)
    if first_consent is None or first_consent.type in {"acceded", "succeeded"} or signed:
        return None
    return (
        f"its {_EVENT_NOUNS.get(first_consent.type, first_consent.type)} of {first_consent.date.isoformat()} is "
        f"recorded, "
        "not whether it had signed before: its relation on this date is not recorded"
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
    early = _not_a_state_then(code, instrument, on, ())
    if early is not None:
        return concluded(early)

    def answer(
        status: PartyStatusName,
        since: dt.date | None,
        note: str,
        source: Citation | None,
        rule: str,
        facts: list[Fact] | None = None,
        gap: bool = False,
    ) -> PartyStatus:
        step = Step(rule=rule, facts=facts or [], conclusion=f"{label('relation', status)}: {note}", gap=gap)
        return PartyStatus(code, status, since, note, source, (), (step,))

    if state == "not_yet_signed":
        first = instrument.events[0]
        return answer(
            "not_party",
            None,
            "the instrument was not yet open or signed",
            None,
            "no state has a relation to an instrument before its first event",
            [event_fact(first)],
        )
    gone = historical(code)
    if gone is not None and gone.ended <= instrument.events[0].date:
        return answer(
            "not_party",
            gone.ended,
            f"ceased to exist {gone.ended.isoformat()}, before the instrument was concluded",
            None,
            "a state that ceased to exist cannot join a later instrument",
            [fact(f"{gone.name} ceased to exist {gone.ended.isoformat()}", gone.ended, Citation(ref=gone.source))],
        )
    if (
        instrument.party_list is not None
        and instrument.party_list.open_to is not None
        and code not in instrument.party_list.open_to
    ):
        zone = "zone" in instrument.subjects
        return answer(
            "not_party",
            None,
            "not eligible: the instrument is open only to the states "
            + ("of its region" if zone else "its party list names"),
            instrument.party_list.source,
            "a zone treaty is open only to the states of its region"
            if zone
            else "an instrument open only to named states (its signatories and their successors) binds no other",
            [fact("the states the treaty is open to", instrument.party_list.as_of, instrument.party_list.source)],
        )
    if instrument.kind == "proposal":
        return answer(
            "not_party",
            None,
            "not named in the proposal: a proposal binds no one",
            None,
            "a proposal binds no one; only its proponent and addressees are recorded",
        )
    if parties_complete(instrument):
        as_of = instrument.party_list.as_of if instrument.party_list is not None else None
        later = f" (list complete as of {as_of.isoformat()})" if as_of is not None and as_of < on else ""
        source = instrument.party_list.source if instrument.party_list is not None else None
        listed = (
            f"the list of signatories and parties is complete as of {as_of.isoformat()}"
            if as_of is not None
            else "a bilateral or unilateral instrument's parties are all recorded"
        )
        facts = [fact(listed, as_of, source)] if as_of is not None else []
        return answer(
            "not_party",
            None,
            f"not among the recorded signatories and parties{later}",
            source,
            f"{listed}: a state it does not name is not a party",
            facts,
            gap=bool(later),
        )
    note = f"not in the data's partial list ({len(instrument.parties)} states)"
    source = None
    facts = []
    if instrument.membership is not None:
        m = instrument.membership
        note += f"; published total {m.parties} parties on {m.as_of.isoformat()}"
        source = m.source
        facts.append(fact(f"published total: {m.parties} parties", m.as_of, m.source))
    if instrument.party_list is not None:
        source = instrument.party_list.source
        facts.append(
            fact(
                f"the data's list is partial (as of {instrument.party_list.as_of.isoformat()})",
                instrument.party_list.as_of,
                source,
            )
        )
    return answer(
        "not_recorded",
        None,
        note + ": whether it signed or joined is not recorded",
        source,
        "the list of parties is partial: a state it does not name is not recorded, never 'not a party'",
        facts,
        gap=True,
    )


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
