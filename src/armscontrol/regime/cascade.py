"""The cascade engine: from one event, what falls, in order, along which linkages.

An *event* (withdrawal, suspension, expiry or entry into force of an instrument,
by a party where one acts, on a date) has a *root effect* on its instrument. The
engine then walks the linkages breadth first: every instrument resting on an
affected one gets an *effect* of its own, with the path of linkages that carried
it there. Each (instrument, effect) is reached once, by its shortest path, so
cycles in the data (START II waits on the 1997 Protocol that amends it) end
cleanly.

States are read on the day *before* the event: the record already holds the
event's consequences (the ABM Protocol ended the same day as the ABM Treaty), and
the cascade must predict them, not read them back.

Beside every step stands what history recorded for that instrument, from its
own events and with their sources, and whether the two agree.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass, field
from typing import Literal

from armscontrol.data import Registry, registry
from armscontrol.data.parties import lineage
from armscontrol.data.schema import END_EVENTS, Citation, Instrument, InstrumentEvent, Linkage, PartyEvent
from armscontrol.errors import NotFound, UserError
from armscontrol.forces.holdings import continuing_state
from armscontrol.regime.linkages import dependents, superseded_by_entry_of
from armscontrol.regime.status import instrument_state

EventKind = Literal["withdrawal", "suspension", "expiry", "entry_into_force"]
EVENT_KINDS: tuple[str, ...] = ("withdrawal", "suspension", "expiry", "entry_into_force")

CANNOT: dict[str, str] = {
    "withdrawal": "be withdrawn from",
    "suspension": "be suspended",
    "expiry": "expire",
    "entry_into_force": "enter into force",
}
"""What an event does to its instrument, after "could not", for errors."""

EFFECT_LABEL: dict[str, str] = {
    "ends": "ends",
    "enters_into_force": "enters into force",
    "party_withdraws": "a party withdraws; in force for the others",
    "suspended": "suspended by a party",
    "cannot_enter_into_force": "cannot enter into force",
    "cannot_be_carried_out": "cannot be carried out",
    "condition_triggered": "a party's stated condition is triggered",
    "loses_verification_basis": "loses its verification basis",
    "framework_unfulfilled": "the aim it set falls away",
    "obligation_loses_object": "an obligation in it loses its object",
    "party_obligation_broken": "a party's obligation in it is broken",
    "condition_met": "a condition it waited on is met",
    "framework_carried_out": "the aim it set is carried out",
}
"""Every effect the engine gives, as people read it."""

UNAVAILABLE = {"ends", "cannot_enter_into_force", "cannot_be_carried_out"}
"""Effects after which an instrument no longer offers a basis: these travel on.

The other effects are contingent (a triggered condition is a party's right, not
its act) and stop where they land; the record beside them says what was done.
"""

NOT_BINDING_KINDS = {"framework", "proposal", "declaration"}
"""Kinds that are carried out rather than entering into force."""

AGREEMENT_WINDOW = dt.timedelta(days=366)
"""How soon after the event a recorded outcome must come to count as following from it."""


@dataclass(frozen=True)
class Event:
    """What starts a cascade."""

    instrument: str
    kind: EventKind
    on: dt.date
    party: str | None = None


@dataclass(frozen=True)
class Recorded:
    """What history recorded for an instrument after the event, and whether it agrees."""

    summary: str
    date: dt.date | None = None
    source: Citation | None = None
    agrees: bool | None = None


@dataclass(frozen=True)
class Step:
    """One instrument affected, how, and the linkages that carried the effect there."""

    order: int
    instrument: str
    effect: str
    party: str | None
    via: tuple[Linkage, ...]
    explanation: str
    recorded: Recorded
    source: Citation | None = None
    after: int | None = None
    """The order of the step this one follows from (``None`` for the event itself)."""

    @property
    def depth(self) -> int:
        return len(self.via)


@dataclass(frozen=True)
class NotFollowed:
    """A linkage the cascade reached but did not travel, and why."""

    instrument: str
    linkage: Linkage
    reason: str


@dataclass(frozen=True)
class Cascade:
    event: Event
    recorded_event: Citation | None
    steps: list[Step]
    not_followed: list[NotFollowed] = field(default_factory=list)


# --------------------------------------------------------------------------- the event itself


def _party_record_events(instrument: Instrument, party: str) -> list[PartyEvent]:
    return [e for r in instrument.parties if r.party == party for e in r.events]


def recorded_event(
    instrument: Instrument, kind: str, party: str | None, on: dt.date | None
) -> tuple[dt.date, Citation] | None:
    """The recorded event of this kind (by ``party``; on ``on`` if given), if history holds one."""
    found: list[tuple[dt.date, Citation]] = []
    for event in instrument.events:
        if event.type == kind and (party is None or event.by in (None, party)):
            found.append((event.date, event.source))
    if party is not None:
        found += [(e.date, e.source) for e in _party_record_events(instrument, party) if e.type == kind]
    if on is not None:
        found = [f for f in found if f[0] == on]
    return min(found, key=lambda f: f[0]) if found else None


def check_party(instrument: Instrument, party: str) -> None:
    recorded = [r.party for r in instrument.parties]
    if party not in recorded:
        listed = ", ".join(recorded) or "none recorded"
        raise UserError(f"{party} is not recorded as a party to {instrument.short_title} (parties: {listed})")


def root_effect(instrument: Instrument, event: Event, before: dt.date) -> tuple[str, str]:
    """The event's effect on its own instrument, and why; bad combinations are user errors."""
    state, reason, ended_on, _ = instrument_state(instrument, before)
    name = instrument.short_title
    if state == "ended":
        raise UserError(
            f"{name} had already ended on {ended_on} ({reason}): it could not {CANNOT[event.kind]} on {event.on}"
        )
    if state == "not_yet_signed":
        raise UserError(f"{name} did not exist yet on {event.on}")
    if event.kind in {"withdrawal", "suspension"}:
        if event.party is None:
            raise UserError(f"a {event.kind} needs the party that acts")
        check_party(instrument, event.party)
    if event.kind == "entry_into_force":
        if state == "in_force":
            raise UserError(f"{name} was already in force on {event.on}")
        return "enters_into_force", f"{name} enters into force."
    if event.kind == "suspension":
        if state != "in_force":
            raise UserError(f"{name} was not in force on {event.on}; only an instrument in force can be suspended")
        return "suspended", f"{event.party} suspends its participation in {name}."
    if event.kind == "expiry":
        if state != "in_force":
            return "cannot_enter_into_force", f"{name} lapses without having entered into force."
        return "ends", f"{name} expires."
    # withdrawal
    if instrument.scope == "multilateral":
        return "party_withdraws", f"{event.party} withdraws from {name}; it stays in force for the other parties."
    if state != "in_force":
        return (
            "cannot_enter_into_force",
            f"{event.party} withdraws from {name}, which was not yet in force: it cannot enter into force.",
        )
    return "ends", f"{event.party}'s withdrawal ends {name}, a {instrument.scope} instrument."


# --------------------------------------------------------------------------- one linkage


def _unavailable_effect(dependent: Instrument, state: str) -> str:
    if dependent.kind in NOT_BINDING_KINDS:
        return "cannot_be_carried_out"
    return "ends" if state == "in_force" else "cannot_enter_into_force"


def effect_along(
    link: Linkage, basis_effect: str, dependent: Instrument, before: dt.date, acting_party: str | None
) -> tuple[str | None, str]:
    """The effect that ``basis_effect`` has on ``dependent`` along ``link``, or ``None`` and why not."""
    state = instrument_state(dependent, before)[0]
    if state == "ended":
        return None, "had already ended"
    if state == "not_yet_signed":
        return None, "did not exist yet"
    kind = link.type
    if basis_effect == "enters_into_force":
        if kind == "supersedes":
            return ("ends", "superseded") if state == "in_force" else (None, "was not in force")
        if kind == "entry_into_force_conditioned_on":
            if state == "in_force":
                return None, "was already in force: the condition had been met"
            return "condition_met", "its entry into force (or start) was conditioned on it"
        if kind == "framework_for":
            return "framework_carried_out", "the instrument meant to carry out its aim enters into force"
        return None, "an entry into force changes nothing along this linkage"
    if basis_effect == "suspended":
        if kind == "verification_shared_with":
            return "loses_verification_basis", "the verification it relies on is suspended"
        if kind == "continued_observance_conditioned_on":
            return "condition_triggered", "the instrument its observance is conditioned on is suspended"
        return None, "a suspension does not end the instrument"
    if basis_effect == "party_withdraws":
        bound = {r.party for r in dependent.parties}
        if kind == "requires_adherence_to" and acting_party in bound:
            return "party_obligation_broken", f"{acting_party} leaves the instrument it undertook to join"
        if kind == "continued_observance_conditioned_on" and link.party not in (None, acting_party):
            return "condition_triggered", "a party to the instrument it rests on withdraws"
        return None, "one party's withdrawal leaves the instrument in force"
    if basis_effect not in UNAVAILABLE:
        return None, "this effect does not travel"
    if kind in {"protocol_to", "amends"}:
        return _unavailable_effect(dependent, state), "cannot outlast the instrument it belongs to"
    if kind == "entry_into_force_conditioned_on":
        if state == "in_force":
            return None, "was already in force: the condition had been met"
        return _unavailable_effect(dependent, "not_in_force"), "its entry into force was conditioned on it"
    if kind == "continued_observance_conditioned_on":
        return "condition_triggered", "its continued observance was conditioned on it"
    if kind == "verification_shared_with":
        return "loses_verification_basis", "it relied on that verification regime"
    if kind == "framework_for":
        return "framework_unfulfilled", "the instrument meant to carry out its aim falls"
    if kind == "requires_adherence_to":
        return "obligation_loses_object", "the instrument its parties undertook to join falls"
    return None, f"linkage type '{kind}' does not carry this effect"


# --------------------------------------------------------------------------- what history recorded


def _describe_event(event: InstrumentEvent | PartyEvent, instrument: Instrument, party: str | None = None) -> str:
    who = f" by {event.by}" if event.by else (f" ({party})" if party else "")
    note = f": {event.note}" if event.note else ""
    return f"{event.type.replace('_', ' ')} {event.date.isoformat()}{who}{note}"


def _later_end(instrument: Instrument, on: dt.date) -> InstrumentEvent | None:
    return next((e for e in instrument.events if e.type in END_EVENTS and e.date >= on), None)


def recorded_outcome(instrument: Instrument, effect: str, party: str | None, on: dt.date) -> Recorded:
    """What history recorded for ``instrument`` from ``on`` on, set against the predicted ``effect``."""
    soon = on + AGREEMENT_WINDOW
    end = _later_end(instrument, on)
    entry = next((e for e in instrument.events if e.type == "entry_into_force" and e.date >= on), None)
    if effect == "ends":
        if end is not None:
            return Recorded(_describe_event(end, instrument), end.date, end.source, end.date <= soon)
        return Recorded("no end recorded: it stayed in force", agrees=False)
    if effect in {"cannot_enter_into_force", "cannot_be_carried_out"}:
        if entry is not None:
            return Recorded(_describe_event(entry, instrument), entry.date, entry.source, False)
        if end is not None:
            return Recorded("never in force; " + _describe_event(end, instrument), end.date, end.source, True)
        later = next((e for e in instrument.events if e.date >= on), None)
        if later is not None:
            return Recorded("never in force; " + _describe_event(later, instrument), later.date, later.source, True)
        return Recorded("never in force or carried out; no later event recorded", agrees=True)
    if effect == "enters_into_force":
        if entry is not None:
            return Recorded(_describe_event(entry, instrument), entry.date, entry.source, entry.date <= soon)
        return Recorded("no entry into force recorded", agrees=False)
    if effect in {"condition_triggered", "party_withdraws", "suspended", "party_obligation_broken"}:
        # Russia continued the Soviet Union's statements, so an SUN condition is acted on by RUS.
        actors = set(lineage(party)) if party is not None else {party}
        acts = {
            "condition_triggered": {"declaration", "withdrawal_notice", "withdrawal", "suspension"},
            "party_withdraws": {"withdrawal", "withdrawal_notice"},
            "suspended": {"suspension"},
            "party_obligation_broken": {"withdrawal", "withdrawal_notice", "declaration"},
        }[effect]
        for record in instrument.parties:
            if party is not None and record.party not in actors:
                continue
            for event in record.events:
                if event.type in acts and on <= event.date <= soon:
                    return Recorded(_describe_event(event, instrument, record.party), event.date, event.source, True)
        if end is not None and end.date <= soon and (end.by is None or party is None or end.by in actors):
            return Recorded(_describe_event(end, instrument), end.date, end.source, True)
        # A triggered condition is a right, not a forecast of its use: not acting on it contradicts nothing.
        unused = None if effect == "condition_triggered" else False
        if end is not None:
            return Recorded(
                f"not acted on; it continued until {_describe_event(end, instrument)}", end.date, end.source, unused
            )
        return Recorded("not acted on; no later event recorded", agrees=unused)
    if effect in {"condition_met", "framework_carried_out"}:
        # A condition met opens the way; it does not foretell an entry into force, so nothing contradicts it.
        if entry is not None:
            return Recorded(
                _describe_event(entry, instrument), entry.date, entry.source, True if entry.date <= soon else None
            )
        if end is not None:
            return Recorded(f"never in force or carried out; {_describe_event(end, instrument)}", end.date, end.source)
        return Recorded("never in force or carried out; no later event recorded")
    # Effects no event records (a lost verification basis, an unfulfilled aim): say what came next.
    if end is not None:
        return Recorded(f"continued until {_describe_event(end, instrument)}", end.date, end.source)
    return Recorded("no later event recorded")


# --------------------------------------------------------------------------- the walk


def run_cascade(event: Event, reg: Registry | None = None) -> Cascade:
    """Every instrument ``event`` affects, breadth first, each with its path and sources.

    Parameters
    ----------
    event : Event
        The instrument (a resolved id), the kind of event, the date and the party
        acting (needed for a withdrawal or a suspension).
    reg : Registry, optional
        The data; default the data in use.

    Returns
    -------
    Cascade
        The steps in order (the root first, then by distance along the
        linkages), and the linkages reached but not travelled, with the reason.

    Raises
    ------
    UserError
        An unknown instrument, a party not recorded for it, or an event that
        cannot happen on that date (an instrument already ended, not yet signed).
    """
    reg = reg or registry()
    if event.instrument not in reg.instruments:
        raise NotFound(f"unknown instrument '{event.instrument}'", field="instrument")
    if event.kind not in EVENT_KINDS:
        raise NotFound(f"unknown event '{event.kind}' (events: {', '.join(EVENT_KINDS)})", field="event")
    root = reg.instruments[event.instrument]
    before = event.on - dt.timedelta(days=1)
    effect, explanation = root_effect(root, event, before)
    found = recorded_event(root, event.kind, event.party, event.on)
    steps = [
        Step(
            1,
            root.id,
            effect,
            event.party,
            (),
            explanation,
            recorded_outcome(root, effect, event.party, event.on),
            found[1] if found else None,
        )
    ]
    not_followed: list[NotFollowed] = []
    seen = {(root.id, effect)}
    queue: deque[Step] = deque(steps)
    while queue:
        basis = queue.popleft()
        links = dependents(basis.instrument, reg)
        if basis.effect == "enters_into_force":
            links = superseded_by_entry_of(basis.instrument, reg) + links
        for link in links:
            target_id = link.to if link.type == "supersedes" else link.from_
            dependent = reg.instruments.get(target_id)
            if dependent is None:  # only possible with a registry built by hand; the loader refuses it
                not_followed.append(NotFollowed(target_id, link, "instrument not in the data"))
                continue
            new_effect, why = effect_along(link, basis.effect, dependent, before, event.party)
            if new_effect is None:
                not_followed.append(NotFollowed(target_id, link, why))
                continue
            key = (target_id, new_effect)
            if key in seen:
                continue  # reached already by a path as short or shorter (this is how cycles end)
            if new_effect not in UNAVAILABLE and any((target_id, gone) in seen for gone in UNAVAILABLE):
                continue  # an instrument that has already fallen has nothing left to lose by a lesser effect
            seen.add(key)
            # A condition a state stated is invoked by the state that continues it (Russia for the Soviet Union).
            party = (
                continuing_state(link.party, event.on)
                if new_effect == "condition_triggered" and link.party
                else (event.party if new_effect == "party_obligation_broken" else None)
            )
            stated = (
                f" (stated by {link.party}, continued by {party})"
                if party and link.party and party != link.party
                else ""
            )
            step = Step(
                order=len(steps) + 1,
                instrument=target_id,
                effect=new_effect,
                party=party,
                via=(*basis.via, link),
                explanation=f"{dependent.short_title} {EFFECT_LABEL[new_effect]}: {why}{stated}.",
                recorded=recorded_outcome(dependent, new_effect, party, event.on),
                source=link.source,
                after=basis.order,
            )
            steps.append(step)
            if new_effect in UNAVAILABLE:
                queue.append(step)
    return Cascade(event, found[1] if found else None, steps, not_followed)


# --------------------------------------------------------------------------- what-if


@dataclass(frozen=True)
class Counterfactual:
    """A recorded event taken away: what it set off, and how the record would differ."""

    removed: Event
    cascade: Cascade
    differences: list[tuple[Step, str]]


def still_pending(instrument: Instrument, before: dt.date, reg: Registry) -> list[Linkage]:
    """Linkages on which ``instrument``'s entry into force waited the day before: bases not yet in force."""
    pending = []
    for link in reg.linkages:
        if link.from_ != instrument.id or link.to == link.from_:
            continue
        if link.type not in {"entry_into_force_conditioned_on", "protocol_to", "amends"}:
            continue
        basis = reg.instruments.get(link.to)
        if basis is not None and instrument_state(basis, before)[0] == "not_in_force":
            pending.append(link)
    return pending


def without_event(
    instrument_id: str, kind: EventKind, party: str | None, reg: Registry | None = None
) -> Counterfactual:
    """What-if a recorded event had not happened (the United States staying in the ABM Treaty).

    Runs the cascade of the recorded event, then says for each step what the
    record would have lacked: an outcome the record shows as following from the
    event loses that cause, and the instrument keeps its state of the day before,
    with any other conditions still open.
    """
    reg = reg or registry()
    instrument = reg.instruments[instrument_id]
    found = recorded_event(instrument, kind, party, None)
    if found is None:
        who = f" by {party}" if party else ""
        raise UserError(f"no recorded {kind.replace('_', ' ')}{who} of {instrument.short_title} to take away")
    event = Event(instrument_id, kind, found[0], party)
    cascade = run_cascade(event, reg)
    before = event.on - dt.timedelta(days=1)
    differences: list[tuple[Step, str]] = []
    for step in cascade.steps:
        dependent = reg.instruments[step.instrument]
        state = instrument_state(dependent, before)[0].replace("_", " ")
        if step.order == 1:
            text = f"{dependent.short_title} stays {state}"
        elif step.recorded.agrees:
            text = (
                f"this cause of the recorded outcome falls away; {dependent.short_title} stays {state} "
                "as far as this event goes"
            )
        else:
            text = "no change: the record shows no outcome that followed from this event"
        if step.order > 1 and step.effect in {"cannot_enter_into_force", "cannot_be_carried_out"}:
            pending = still_pending(dependent, before, reg)
            if pending:
                names = ", ".join(
                    reg.instruments[k.to].short_title + (f" ({k.party})" if k.party else "") for k in pending
                )
                text += f"; still waiting on: {names}"
        differences.append((step, text))
    return Counterfactual(event, cascade, differences)


# --------------------------------------------------------------------------- history replay


def _bases(instrument_id: str, reg: Registry) -> set[str]:
    """Every instrument ``instrument_id`` rests on, directly or through others."""
    found: set[str] = set()
    todo = [instrument_id]
    while todo:
        current = todo.pop()
        for link in reg.linkages:
            if link.from_ == current and link.type != "supersedes" and link.to not in found and link.to != current:
                found.add(link.to)
                todo.append(link.to)
    return found


def _waited_on(instrument_id: str, reg: Registry) -> bool:
    """Whether another instrument's entry into force or aim waits on ``instrument_id``'s entry into force."""
    return any(
        link.to == instrument_id
        and link.from_ != link.to
        and link.type in {"entry_into_force_conditioned_on", "framework_for"}
        for link in reg.linkages
    )


def recorded_triggers(reg: Registry | None = None, until: dt.date | None = None) -> list[Event]:
    """Every recorded event that can start a cascade, oldest first.

    Withdrawals (instrument-wide, and parties' from multilateral instruments),
    suspensions, expiries, and entries into force of an instrument that
    supersedes another or that another waits on (a condition, a framework's aim). On the same day, bases come before
    what rests on them, so
    that the ABM Treaty's end explains its Protocol's.
    """
    reg = reg or registry()
    until = until or dt.date.today()
    events: set[Event] = set()
    for instrument in reg.instruments.values():
        for e in instrument.events:
            if e.date > until:
                continue
            if e.type == "withdrawal":
                events.add(Event(instrument.id, "withdrawal", e.date, e.by))
            elif e.type == "expiry":
                events.add(Event(instrument.id, "expiry", e.date))
            elif e.type == "entry_into_force" and (
                superseded_by_entry_of(instrument.id, reg) or _waited_on(instrument.id, reg)
            ):
                events.add(Event(instrument.id, "entry_into_force", e.date))
        for record in instrument.parties:
            for pe in record.events:
                if pe.date > until:
                    continue
                if pe.type == "suspension":
                    events.add(Event(instrument.id, "suspension", pe.date, record.party))
                elif pe.type == "withdrawal" and instrument.scope == "multilateral":
                    events.add(Event(instrument.id, "withdrawal", pe.date, record.party))
    # An instrument-wide withdrawal repeated in a party record is one event (the set merges them).
    same_day: dict[dt.date, set[str]] = {}
    for ev in events:
        same_day.setdefault(ev.on, set()).add(ev.instrument)

    def rests_on_same_day(ev: Event) -> int:
        return len(_bases(ev.instrument, reg) & same_day[ev.on])

    return sorted(events, key=lambda ev: (ev.on, rests_on_same_day(ev), ev.instrument, ev.kind, ev.party or ""))


@dataclass(frozen=True)
class Replay:
    """The engine run on one recorded event, or why it was not run."""

    event: Event
    cascade: Cascade | None
    explained_by: Event | None = None
    error: str | None = None


def replay_history(reg: Registry | None = None, until: dt.date | None = None) -> list[Replay]:
    """Run the engine on every recorded trigger; an event that an earlier cascade predicted is not run twice."""
    reg = reg or registry()
    out: list[Replay] = []
    predicted: dict[tuple[str, dt.date], Event] = {}
    for event in recorded_triggers(reg, until):
        earlier = predicted.get((event.instrument, event.on))
        if earlier is not None:
            out.append(Replay(event, None, explained_by=earlier))
            continue
        try:
            cascade = run_cascade(event, reg)
        except UserError as exc:
            out.append(Replay(event, None, error=str(exc)))
            continue
        for step in cascade.steps[1:]:
            if step.recorded.agrees and step.recorded.date is not None:
                predicted.setdefault((step.instrument, step.recorded.date), event)
        out.append(Replay(event, cascade))
    return out
