"""Where an instrument stands on a date, in the categories a reader needs.

``status`` gives the legal state (``in_force``, ``ended``, ...). A reader also
needs to know whether an instrument that is not in force ever was, and whether
it still can be: START II "ended" in 2002 without ever entering into force,
and that is a category of its own, not an end.

Categories
----------
``in_force``
    In force on the date.
``ended``
    Was in force, and no longer is; ``reason`` says how (``withdrawal``,
    ``expiry``, ``superseded``, ``termination``).
``never_in_force``
    Never entered into force and no longer can. ``reason``: ``expired``
    (its term ran out unratified: SALT II), ``superseded``, ``abandoned`` (a
    party or the parties gave it up, or it lapsed with the treaty it belongs
    to: START II, the 1997 ABM agreements), ``withdrawn`` (a party withdrew
    before it entered into force), or ``basis_gone`` (what it waited on ended
    or can no longer enter into force: the Helsinki framework, which waited
    on START II; ``blocked_by`` names it).
``not_yet_in_force``
    Signed or open for signature, not in force, and still able to enter into
    force (the CTBT).
``adopted``
    A text agreed (adopted by a conference or the General Assembly) and not
    yet opened for signature.
``political_commitment``
    A framework or a declaration that does not enter into force, in effect
    from its adoption while what it waits on stands.
``proposed``
    A proposal that was not taken up, while what it rests on still stands.
``not_yet_signed``
    The date is before its first event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Literal

from armscontrol.data import Registry, registry
from armscontrol.data.schema import COMMITMENT_KINDS, END_EVENTS, Citation, Instrument, InstrumentEvent
from armscontrol.explanation import Step, fact
from armscontrol.regime.status import entry_into_force, first_event, instrument_state, scheduled_end
from armscontrol.vocabulary import label, labels

Category = Literal[
    "in_force",
    "ended",
    "never_in_force",
    "not_yet_in_force",
    "adopted",
    "political_commitment",
    "proposed",
    "not_yet_signed",
]
CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]

CATEGORY_LABEL: dict[str, str] = {c: label("instrument_state", c) for c in CATEGORIES}
"""Every category as people read it: the vocabulary's labels."""

NEVER_REASON_LABEL: dict[str, str] = labels("never_reason")
"""Why an instrument can no longer enter into force, as people read it (the vocabulary's labels)."""

_NEVER_BY_END = {"expiry": "expired", "superseded": "superseded", "termination": "abandoned", "withdrawal": "withdrawn"}
_WAITS_ON = {"entry_into_force_conditioned_on", "protocol_to", "amends"}


@dataclass(frozen=True)
class Standing:
    """Where ``instrument`` stands on ``on``.

    Attributes
    ----------
    category : str
        One of :data:`CATEGORIES`.
    reason : str or None
        For ``ended``, the end reason; for ``never_in_force``, a key of
        :data:`NEVER_REASON_LABEL`; else ``None``.
    since : datetime.date or None
        The date of the deciding event (entry into force, end, first event).
    text : str
        One line as people read it: "never entered into force: abandoned before it
        entered into force (2002-06-14)".
    source : Citation or None
        The source of the deciding event.
    note : str or None
        The deciding event's own note, where the data give one.
    blocked_by : list of str
        For ``basis_gone``: the instruments it waited on that can no longer be in force.
    """

    instrument: str
    on: dt.date
    category: Category
    reason: str | None
    since: dt.date | None
    text: str
    source: Citation | None = None
    note: str | None = None
    blocked_by: list[str] = field(default_factory=list)
    steps: tuple[Step, ...] = ()


def _was_in_force_before(instrument: Instrument, day: dt.date) -> bool:
    """Whether ``instrument`` was in force at any time before ``day``.

    Read through the status engine at every recorded date, so that however entry
    into force is derived (an event, or a protocol's first deposit) the answer
    agrees with ``status``.
    """
    return any(instrument_state(instrument, d)[0] == "in_force" for d in _probe_dates(instrument, day))


def _probe_dates(instrument: Instrument, before: dt.date) -> list[dt.date]:
    """Dates at which an instrument in force at any time before ``before`` is seen in force."""
    dates = {e.date for e in instrument.events if e.date < before}
    dates |= {e.date for r in instrument.parties for e in r.events if e.date < before}
    return sorted(dates | {before - dt.timedelta(days=1)})


def _end_event(instrument: Instrument, ended_on: dt.date | None) -> InstrumentEvent | None:
    return next((e for e in instrument.events if e.type in END_EVENTS and e.date == ended_on), None)


def standing_on(instrument: Instrument, on: dt.date, reg: Registry | None = None) -> Standing:
    """Where ``instrument`` stands on ``on``: see the module docstring for the categories.

    Parameters
    ----------
    instrument : Instrument
        A validated instrument record.
    on : datetime.date
        The date asked about.
    reg : Registry, optional
        The data (for the linkages an instrument waits on); default the data in use.
    """
    return _standing(instrument, on, reg or registry(), frozenset())


def _standing(instrument: Instrument, on: dt.date, reg: Registry, visiting: frozenset[str]) -> Standing:
    found = _category(instrument, on, reg, visiting)
    return replace(found, steps=tuple(_steps(instrument, found, reg)))


def _category(instrument: Instrument, on: dt.date, reg: Registry, visiting: frozenset[str]) -> Standing:
    state, end_reason, ended_on, source = instrument_state(instrument, on)
    me = instrument.id
    if state == "in_force":
        return Standing(me, on, "in_force", None, None, "in force", source)
    if state == "not_yet_signed":
        first = instrument.events[0]
        return Standing(
            me,
            on,
            "not_yet_signed",
            None,
            first.date,
            f"not yet signed (first event {first.date.isoformat()})",
            first.source,
        )
    if state == "ended":
        assert ended_on is not None
        event = _end_event(instrument, ended_on)
        note = event.note if event is not None else None
        if _was_in_force_before(instrument, ended_on):
            return Standing(
                me, on, "ended", end_reason, ended_on, f"ended: {end_reason} ({ended_on.isoformat()})", source, note
            )
        reason = _NEVER_BY_END.get(end_reason or "", "abandoned")
        text = f"{CATEGORY_LABEL['never_in_force']}: {NEVER_REASON_LABEL[reason]} ({ended_on.isoformat()})"
        return Standing(me, on, "never_in_force", reason, ended_on, text, source, note)
    # Not in force, no end recorded: can it still be?
    blocked = _gone_bases(instrument, on, reg, visiting | {me})
    if blocked:
        gone_on = max(d for _, d in blocked)
        names = ", ".join(reg.instruments[b].short_title for b, _ in blocked)
        text = (
            f"{CATEGORY_LABEL['never_in_force']}: {NEVER_REASON_LABEL['basis_gone']} ({names}, {gone_on.isoformat()})"
        )
        return Standing(
            me, on, "never_in_force", "basis_gone", gone_on, text, source, blocked_by=[b for b, _ in blocked]
        )
    opened = next((e for e in reversed(instrument.events) if e.date <= on), instrument.events[0])
    if instrument.kind == "proposal":
        first = instrument.events[0]
        text = f"proposed {first.date.isoformat()}; no instrument agreed"
        if opened is not first:
            what = (opened.note or opened.type.replace("_", " ")).split(";")[0].rstrip(".")
            text += f" (latest step {opened.date.isoformat()}: {what})"
        return Standing(me, on, "proposed", None, first.date, text, opened.source)
    if instrument.kind in COMMITMENT_KINDS and first_event(instrument, "entry_into_force") is None:
        return Standing(
            me,
            on,
            "political_commitment",
            None,
            opened.date,
            f"political commitment since {opened.date.isoformat()}; does not enter into force",
            opened.source,
        )
    if opened.type == "adopted" and instrument.kind not in COMMITMENT_KINDS:
        return Standing(
            me,
            on,
            "adopted",
            None,
            opened.date,
            f"adopted {opened.date.isoformat()}, not yet open for signature",
            opened.source,
        )
    return Standing(
        me,
        on,
        "not_yet_in_force",
        None,
        opened.date,
        f"not yet in force ({opened.type.replace('_', ' ')} {opened.date.isoformat()})",
        opened.source,
    )


def _gone_bases(
    instrument: Instrument, on: dt.date, reg: Registry, visiting: frozenset[str]
) -> list[tuple[str, dt.date]]:
    """Instruments ``instrument`` waits on that had ended, or can no longer be in force, by ``on``."""
    gone: list[tuple[str, dt.date]] = []
    for link in reg.linkages:
        if link.from_ != instrument.id or link.to == link.from_ or link.type not in _WAITS_ON:
            continue
        basis = reg.instruments.get(link.to)
        if basis is None or basis.id in visiting:
            continue
        standing = _standing(basis, on, reg, visiting)
        if standing.category in {"ended", "never_in_force"} and standing.since is not None:
            gone.append((basis.id, standing.since))
    return gone


def standings(on: dt.date, reg: Registry | None = None) -> list[Standing]:
    """The standing of every instrument on ``on``, in catalogue order (oldest first)."""
    from armscontrol.regime.catalogue import list_instruments  # on first use: keeps `read` quick

    reg = reg or registry()
    return [standing_on(i, on, reg) for i in list_instruments(reg=reg)]


def _event_text(event: InstrumentEvent) -> str:
    return f"{event.type.replace('_', ' ')} {event.date.isoformat()}"


def _steps(instrument: Instrument, found: Standing, reg: Registry) -> list[Step]:
    """The derivation of a standing: the dated events it rests on and the rule each applies."""
    on = found.on
    past = [e for e in instrument.events if e.date <= on]
    events = [fact(_event_text(e), e.date, e.source, on_or_before=e.on_or_before) for e in past]
    steps = [
        Step(
            rule="the instrument's recorded events up to the date",
            facts=events,
            conclusion=f"{len(past)} event{'s' if len(past) != 1 else ''} by {on.isoformat()}"
            if past
            else "none by the date: not yet concluded",
        )
    ]
    category = found.category
    if category in {"in_force", "ended"}:
        eif = entry_into_force(instrument)
        general = first_event(instrument, "entry_into_force")
        if general is not None:
            steps.append(
                Step(
                    rule="an instrument is in force from the entry into force its text sets",
                    facts=[fact(_event_text(general), general.date, general.source)],
                    conclusion=f"in force from {general.date.isoformat()}",
                )
            )
        elif eif is not None and instrument.party_entry_into_force is not None:
            rule = instrument.party_entry_into_force
            steps.append(
                Step(
                    rule=f"{rule.article}: it has no entry into force of its own and is in force from the "
                    "first state it binds",
                    facts=[fact(f"first bound a state {eif.isoformat()}", eif, rule.source)],
                    conclusion=f"in force from {eif.isoformat()}",
                )
            )
    if category == "in_force":
        end = scheduled_end(instrument)
        duration = instrument.duration
        if duration is not None:
            if end is not None and end.year >= 9999:
                conclusion = "extended indefinitely: in force"
            elif end is not None:
                conclusion = f"in force until {end.isoformat()} unless extended or ended"
            elif duration.years is None:
                conclusion = "of unlimited duration: in force"
            else:
                conclusion = "renews automatically unless a party gives notice: in force"
            extensions = [e for e in instrument.events if e.type == "extension" and e.date <= on]
            steps.append(
                Step(
                    rule=f"{duration.article}: its duration",
                    facts=[
                        fact(
                            f"duration: {duration.years or 'unlimited'}{' years' if duration.years else ''}",
                            None,
                            duration.source,
                        ),
                        *[
                            fact(
                                "extended indefinitely"
                                if e.until and e.until.year >= 9999
                                else f"extended until {e.until.isoformat() if e.until else '?'}",
                                e.date,
                                e.source,
                            )
                            for e in extensions
                        ],
                    ],
                    conclusion=conclusion,
                )
            )
        else:
            steps.append(Step(rule="no end recorded by the date", conclusion="in force"))
    elif category == "ended":
        end_event = next((e for e in past if e.date == found.since and e.type in END_EVENTS), None)
        facts = [fact(_event_text(end_event), end_event.date, end_event.source)] if end_event else []
        end_rule = "an instrument ends on the day its end takes effect"
        if found.reason == "expiry" and instrument.duration is not None:
            end_rule = f"{instrument.duration.article}: it ends when its term runs out"
            facts.append(fact(f"duration: {instrument.duration.years} years", None, instrument.duration.source))
        steps.append(
            Step(
                rule=end_rule,
                facts=facts,
                conclusion=f"ended ({label('end_reason', found.reason)}) "
                f"{found.since.isoformat() if found.since else ''}".strip(),
            )
        )
    elif category == "never_in_force":
        if found.reason == "basis_gone":
            facts = [
                fact(f"{reg.instruments[b].short_title} can no longer be in force", found.since)
                for b in found.blocked_by
            ]
            steps.append(
                Step(
                    rule="an instrument that waits on another (its entry into force conditioned on it, or a "
                    "protocol to it) can no longer enter into force once that one cannot",
                    facts=facts,
                    conclusion=found.text,
                )
            )
        else:
            steps.append(
                Step(
                    rule="an instrument that ended before it entered into force never did",
                    facts=[fact(f"it was never in force before {found.since.isoformat()}", found.since, found.source)]
                    if found.since
                    else [],
                    conclusion=found.text,
                )
            )
    elif category == "not_yet_in_force":
        steps.append(
            Step(
                rule="an instrument enters into force only on the event its text names; none is recorded by the date",
                conclusion="not yet in force, and nothing recorded closes the road to force",
            )
        )
    elif category == "proposed":
        steps.append(
            Step(
                rule="a proposal binds no one until it is taken up in an instrument of its own",
                conclusion="proposed: no instrument agreed by this date",
            )
        )
    elif category == "adopted":
        steps.append(
            Step(
                rule="a text adopted but not yet opened for signature binds no one and cannot yet be signed",
                conclusion=f"adopted, not open for signature ({found.since.isoformat() if found.since else '?'})",
            )
        )
    elif category == "political_commitment":
        steps.append(
            Step(
                rule="a framework or a declaration is a political commitment: it does not enter into force",
                conclusion=f"in effect as a political commitment since "
                f"{found.since.isoformat() if found.since else '?'}",
            )
        )
    return steps
