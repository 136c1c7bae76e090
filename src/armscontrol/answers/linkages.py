"""Answers about linkages: what rests on what, the cascade from one event, and history replayed."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, RootModel

from armscontrol.answers.common import (
    EXPLANATION_DESCRIPTION,
    Answer,
    SourceRef,
    explain,
    optional_date,
    parse_date,
    resolve_instrument_input,
    resolve_party_input,
    source_ref,
    title_of,
)
from armscontrol.answers.common import StepOut as ExplanationStep
from armscontrol.data.schema import Linkage
from armscontrol.errors import InvalidInput, UserError
from armscontrol.regime.linkages import brief_rows, describe, links_of, sentence


def linkage_text(link: Linkage) -> str:
    """The linkage as a sentence read from its ``from`` end (:func:`armscontrol.regime.linkages.sentence`)."""

    return sentence(link, link.from_)


class LinkageOut(Answer):
    id: str
    from_: str = Field(alias="from")
    to: str
    type: str
    party: str | None = None
    stated_on: dt.date | None = None
    summary: str
    note: str | None = None
    condition: str | None = None
    reads: str
    relation: str = Field(description="the linkage as it reads after the name of the instrument asked about")
    other: str | None = Field(description="the other instrument's id (null for a stated condition)")
    other_title: str | None
    source: SourceRef | None


def linkage_out(link: Linkage, reverse: bool = False) -> LinkageOut:

    seen_from = link.to if reverse else link.from_
    relation = describe(link, seen_from)
    if link.from_ == link.to:
        other, other_title = None, link.condition
    else:
        other = link.from_ if reverse else link.to
        other_title = title_of(other)
    data = link.model_dump(by_alias=True, exclude={"source"})
    return LinkageOut(
        **data,
        reads=linkage_text(link),
        relation=relation,
        other=other,
        other_title=other_title,
        source=source_ref(link.source),
    )


class LinksAnswer(Answer):
    """``armscontrol links``: what an instrument rests on and what rests on it."""

    id: str
    title: str
    rests_on: list[LinkageOut]
    rests_on_it: list[LinkageOut]
    sets_aim_for: list[LinkageOut] = Field(default_factory=list)
    carries_out_aim_of: list[LinkageOut] = Field(default_factory=list)
    supersedes: list[LinkageOut]
    superseded_by: list[LinkageOut]
    stated_conditions: list[LinkageOut]
    headings: dict[str, str] = Field(
        default_factory=dict, description="each non-empty group's heading, in reading order"
    )


def links(instrument_id: str) -> LinksAnswer:
    """Every recorded linkage of one instrument, grouped as people read them, each with its source.

    A framework's linkages are in ``sets_aim_for`` / ``carries_out_aim_of``,
    never under ``rests_on``: a framework is no foundation.
    """

    instrument = resolve_instrument_input(instrument_id)
    groups = {g.key: g for g in links_of(instrument.id).groups()}
    out = {
        key: [linkage_out(k, reverse=k.from_ != instrument.id) for k in group.links] for key, group in groups.items()
    }
    keys = (
        "rests_on",
        "rests_on_it",
        "sets_aim_for",
        "carries_out_aim_of",
        "supersedes",
        "superseded_by",
        "stated_conditions",
    )
    return LinksAnswer(
        id=instrument.id,
        title=instrument.short_title,
        **{k: out.get(k, []) for k in keys},
        headings={key: group.heading for key, group in groups.items()},
    )


class RecordedOut(Answer):
    summary: str
    date: dt.date | None
    agrees: bool | None
    source: SourceRef | None


class CascadeStepOut(Answer):
    order: int
    depth: int
    after: int | None = None
    instrument: str
    title: str
    effect: str
    effect_label: str
    party: str | None
    reason: str = Field(description="why the effect follows, in one line")
    explanation: list[ExplanationStep] = Field(default_factory=list, description=EXPLANATION_DESCRIPTION)
    via: list[LinkageOut]
    source: SourceRef | None
    history: RecordedOut
    without_event: str | None = Field(
        default=None, description="counterfactual only: what follows without the removed event"
    )


class EventOut(Answer):
    instrument: str
    title: str
    type: str
    party: str | None
    on: dt.date


class CascadeEventOut(EventOut):
    recorded: bool
    source: SourceRef | None


class NotFollowedOut(Answer):
    instrument: str
    linkage: str
    reason: str


class CascadeAnswer(Answer):
    """``armscontrol cascade``: what follows from an event, step by step, beside what history recorded."""

    mode: Literal["recorded", "what-if", "counterfactual"]
    event: CascadeEventOut
    steps: list[CascadeStepOut]
    not_followed: list[NotFollowedOut]


def event_out(event) -> EventOut:
    return EventOut(
        instrument=event.instrument, title=title_of(event.instrument), type=event.kind, party=event.party, on=event.on
    )


def cascade_steps(step) -> list:
    """The derivation of one cascade step: the linkages it travels, the effect's rule, and what history recorded."""
    # on first use: keeps `links` quick
    from armscontrol.explanation import Step, fact
    from armscontrol.regime.cascade import EFFECT_LABEL

    steps = []
    if step.via:
        steps.append(
            Step(
                rule="an effect travels only along a recorded linkage between instruments",
                facts=[fact(linkage_text(k), k.stated_on, k.source) for k in step.via],
                conclusion=f"reaches {title_of(step.instrument)}",
            )
        )
    steps.append(
        Step(
            rule=step.explanation,
            facts=[fact("the step's own record", None, step.source)] if step.source else [],
            conclusion=EFFECT_LABEL[step.effect] + (f" ({step.party})" if step.party else ""),
        )
    )
    recorded = step.recorded
    verdict = {True: "history agrees", False: "history differs", None: "history does not say"}[recorded.agrees]
    steps.append(
        Step(
            rule="the engine's step beside what history recorded",
            facts=[fact(recorded.summary, recorded.date, recorded.source)],
            conclusion=verdict,
            gap=recorded.agrees is None,
        )
    )
    return steps


def step_out(step) -> CascadeStepOut:
    from armscontrol.regime.cascade import EFFECT_LABEL  # on first use: keeps `links` quick

    return CascadeStepOut(
        order=step.order,
        depth=step.depth,
        after=step.after,
        instrument=step.instrument,
        title=title_of(step.instrument),
        effect=step.effect,
        effect_label=EFFECT_LABEL[step.effect],
        party=step.party,
        reason=step.explanation,
        explanation=explain(cascade_steps(step)),
        via=[linkage_out(k) for k in step.via],
        source=source_ref(step.source),
        history=RecordedOut(
            summary=step.recorded.summary,
            date=step.recorded.date,
            agrees=step.recorded.agrees,
            source=source_ref(step.recorded.source),
        ),
    )


def cascade_out(cascade, mode: str) -> CascadeAnswer:
    event = event_out(cascade.event)
    return CascadeAnswer(
        mode=mode,  # type: ignore[arg-type]
        event=CascadeEventOut(
            **event.model_dump(), recorded=cascade.recorded_event is not None, source=source_ref(cascade.recorded_event)
        ),
        steps=[step_out(s) for s in cascade.steps],
        not_followed=[
            NotFollowedOut(instrument=n.instrument, linkage=n.linkage.id, reason=n.reason) for n in cascade.not_followed
        ],
    )


EVENT_OPTIONS = "`withdraw` (a party), `suspend` (a party), `expire`, `enter_into_force` or `stay` (a party)"
"""The events a cascade takes, each named by its field (interfaces word them:
:meth:`armscontrol.errors.UserError.worded`)."""


def cascade(
    instrument_id: str,
    withdraw: str | None = None,
    suspend: str | None = None,
    expire: bool = False,
    enter_into_force: bool = False,
    stay: str | None = None,
    on: str | dt.date | None = None,
    what_if: bool = False,
) -> CascadeAnswer:
    """What follows from one event (a withdrawal, suspension, expiry or entry into force), step by step.

    ``stay`` asks the counterfactual: the party had not made its recorded withdrawal.
    An event not in the record needs ``what_if``.
    """
    from armscontrol.regime.cascade import (  # on first use: keeps `links` quick
        Event,
        check_party,
        recorded_event,
        run_cascade,
        without_event,
    )

    instrument = resolve_instrument_input(instrument_id)
    chosen = [
        (k, p, opt)
        for k, p, opt, present in (
            ("withdrawal", withdraw, "withdraw", withdraw is not None),
            ("suspension", suspend, "suspend", suspend is not None),
            ("expiry", None, "expire", expire),
            ("entry_into_force", None, "enter_into_force", enter_into_force),
            ("stay", stay, "stay", stay is not None),
        )
        if present
    ]
    if len(chosen) != 1:
        raise UserError(f"give exactly one event: {EVENT_OPTIONS}", field="event")
    kind, party_text, option = chosen[0]
    party = resolve_party_input(party_text, what=option) if party_text is not None else None
    if kind == "stay":
        if on is not None:
            raise InvalidInput("on: `stay` takes the date of the recorded withdrawal; leave out `on`", field="on")
        counterfactual = without_event(instrument.id, "withdrawal", party)
        answer = cascade_out(counterfactual.cascade, "counterfactual")
        for step, (_, text) in zip(answer.steps, counterfactual.differences):
            step.without_event = text
        return answer
    day = optional_date(on, what="on")
    if party is not None:
        check_party(instrument, party)
    found = recorded_event(instrument, kind, party, day)
    if found is None and not what_if:
        who = f" by {party}" if party else ""
        when = f" on {day.isoformat()}" if day else ""
        raise UserError(
            f"no recorded {kind.replace('_', ' ')}{who} of {instrument.short_title}{when}; add `what_if` to see what "
            f"would follow",
            field="what_if",
        )
    if day is None:
        day = found[0] if found is not None else dt.date.today()
    result = run_cascade(Event(instrument.id, kind, day, party))  # type: ignore[arg-type]
    return cascade_out(result, "recorded" if result.recorded_event is not None else "what-if")


class ReplayOut(Answer):
    event: EventOut
    steps: list[CascadeStepOut] | None = None
    source: SourceRef | None = None
    explained_by: EventOut | None = None
    error: str | None = None


class HistoryAnswer(RootModel[list[ReplayOut]]):
    """``armscontrol history``: the cascade engine run on every recorded event, beside the record."""


def history(until: str | dt.date | None = None) -> HistoryAnswer:
    """Every recorded triggering event up to a date, replayed through the cascade engine."""
    from armscontrol.regime.cascade import replay_history  # on first use: keeps `links` quick

    day = parse_date(until, what="until")
    out = []
    for r in replay_history(until=day):
        item = ReplayOut(event=event_out(r.event))
        if r.cascade is not None:
            item.steps = [step_out(s) for s in r.cascade.steps]
            item.source = source_ref(r.cascade.recorded_event)
        if r.explained_by is not None:
            item.explained_by = event_out(r.explained_by)
        item.error = r.error
        out.append(item)
    return HistoryAnswer(out)


class BriefLinkRow(Answer):
    id: str
    title: str
    rests_on: list[str]
    rests_on_it: list[str]
    stated_conditions: list[str]
    sets_aim_for: list[str] = Field(default_factory=list)
    carries_out_aim_of: list[str] = Field(default_factory=list)


def brief_linkages(day: dt.date) -> list[BriefLinkRow]:
    """The brief's 'what rests on what' for the instruments in force on ``day``."""

    return [
        BriefLinkRow(
            id=r.instrument,
            title=r.title,
            rests_on=r.rests_on,
            rests_on_it=r.rests_on_it,
            stated_conditions=r.stated_conditions,
            sets_aim_for=r.sets_aim_for,
            carries_out_aim_of=r.carries_out_aim_of,
        )
        for r in brief_rows(day)
    ]
