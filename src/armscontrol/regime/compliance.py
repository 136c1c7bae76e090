"""Compliance verdicts: what each provision says about a party's holdings on a date.

Verdicts
--------
``compliant``
    The value is at or under the limit that binds (or, for a ban on a counted
    event, no event since the party was bound).
``exceeds``
    Over a limit that binds, or a banned event while bound.
``above_not_yet_binding``
    Over a limit whose deadline has not yet come; the margin and the deadline
    are given.
``not_in_force``
    The instrument is not in force on the date (never, not yet, or no longer).
    The value and margin are still given where there are data: that is how a
    framework or a proposal is compared with today's forces.
``not_party``
    The state is not bound (never joined, withdrew, or was succeeded). A state
    the instrument's complete party list does not name at all gets one
    ``not_party`` verdict for the whole instrument (``provision`` is
    :data:`WHOLE_INSTRUMENT`), not one per limit.
``no_data``
    No holding for that metric and party on or before the date, or the party
    did not provide it. Also the one verdict for the whole instrument given to
    a state that a party list which is not complete does not name (a
    multilateral instrument whose data record only some parties): its
    ``party_status`` is ``not_recorded``, since the data cannot say whether it
    is bound, and it is never judged ``not_party``.
``not_measured``
    An obligation or a ban that no shipped metric measures.

A range (SORT's 1,700-2,200) is judged against its upper bound, and the place
of the value in the range is given.

A declared bound with no figure ("fewer than 1,600") keeps the source's words
in ``bound_text`` and ``value_text``; ``at_most`` is the greatest whole number it
allows (1,599), which is what is judged. ``margin`` is given only beside a
verdict that weighs the value against the limit (``compliant``, ``exceeds``,
``above_not_yet_binding``, ``not_in_force``), never beside ``no_data``,
``not_party`` (nor ``not_measured``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from armscontrol.data import registry
from armscontrol.data.schema import Citation, Holding, Instrument, LimitValue, Provision
from armscontrol.explanation import Step, fact
from armscontrol.forces.holdings import Chosen, count_events, latest_holding, lineage
from armscontrol.regime.standing import standing_on
from armscontrol.regime.status import PartyStatus, first_event, parties_complete, status_on
from armscontrol.vocabulary import label

VerdictName = Literal[
    "compliant", "exceeds", "above_not_yet_binding", "not_in_force", "not_party", "no_data", "not_measured"
]
VERDICTS: tuple[str, ...] = VerdictName.__args__  # type: ignore[attr-defined]
BOUND = {"party", "suspended", "participant"}
VERDICT_LABEL: dict[str, str] = {v: label("verdict", v) for v in VERDICTS}
"""Every verdict as people read it: the vocabulary's labels."""
BOUND_FOR_JUDGING = {"party", "suspended", "participant"}
"""Relations whose figures are judged against a provision: a participant's against its political commitment."""
EVENTS_RECORD_FROM = dt.date(1996, 9, 24)
"""The dated record of nuclear explosions (metric ``nuclear_explosions``) starts when the CTBT opened for signature;
before it, the complete count by state and year of Bergkvist and Ferm (FOA/SIPRI, 2000) covers 1945-1998."""
YEARLY_EXPLOSIONS = "nuclear_explosions_in_year"
NO_MARGIN = {"no_data", "not_party", "not_measured"}
"""Verdicts that do not weigh the value against the limit: no margin is shown beside them."""
WHOLE_INSTRUMENT = "*"
"""The ``provision`` of the one verdict given to a state the instrument does not bind at all."""


@dataclass(frozen=True)
class Verdict:
    """One provision's verdict on one party's holding on one date, with where each figure is from."""

    instrument: str
    party: str
    provision: str
    title: str
    kind: str
    metric: str | None
    on: dt.date
    verdict: VerdictName
    limit: int | None = None
    limit_range: tuple[int, int] | None = None
    binding_from: dt.date | None = None
    value: float | None = None
    at_most: int | None = None
    """For a declared bound with no figure: the greatest whole number it allows (judged)."""
    bound_text: str | None = None
    """For a declared bound: the bound in the source's words, "fewer than 1,600"."""
    value_text: str | None = None
    """Words to show instead of ``value`` where there is no figure: the bound, or "not provided"."""
    as_of: dt.date | None = None
    holding_kind: str | None = None
    age_days: int | None = None
    stale: bool | None = None
    """The figure is older than a year on the date checked (see
    :data:`armscontrol.forces.holdings.STALE_AFTER_DAYS`)."""
    figure_of: str | None = None
    """The state whose figure this is, where it is a predecessor's (``SUN`` for Russia before 1992)."""
    margin: float | None = None
    place_in_range: str | None = None
    article: str | None = None
    source: Citation | None = None
    limit_source: Citation | None = None
    party_status: str | None = None
    instrument_state: str | None = None
    """Where the instrument stands on the date, in the vocabulary (:func:`armscontrol.regime.standing.standing_on`)."""
    note: str | None = None
    steps: tuple[Step, ...] = ()
    """Why: the provision, the state's relation, the figure and how it was weighed (see :func:`explain_verdict`)."""


def applicable_value(
    provision: Provision, instrument: Instrument, on: dt.date
) -> tuple[LimitValue, dt.date | None, bool]:
    """The dated limit value for ``on``, the date it binds from, and whether it binds yet.

    Before the first deadline, the first value is returned with ``binds`` false.
    A value with no ``from`` binds from entry into force.
    """
    eif = first_event(instrument, "entry_into_force")
    dated = [(v.from_ or (eif.date if eif else None), v) for v in provision.values]
    passed = [(start, v) for start, v in dated if start is not None and start <= on]
    if passed:
        start, value = max(passed, key=lambda pair: pair[0])
        return value, start, True
    upcoming = sorted(((s, v) for s, v in dated if s is not None), key=lambda pair: pair[0])
    if upcoming:
        return upcoming[0][1], upcoming[0][0], False
    return dated[0][1], None, False


def _place_in_range(value: float, bounds: tuple[int, int]) -> str:
    low, high = bounds
    if value < low:
        return f"below the range ({low:,}-{high:,})"
    if value > high:
        return f"above the range ({low:,}-{high:,})"
    return f"within the range ({low:,}-{high:,})"


def _age(chosen: Chosen) -> dict:
    return dict(age_days=chosen.age_days, stale=chosen.stale, figure_of=chosen.predecessor)


def _figure_note(chosen: Chosen) -> str:
    """ "latest declaration, 9 years 4 months old (stale); a figure of SUN, whose record RUS continues"."""
    age = (
        ", as of this date"
        if chosen.age_days <= 0
        else f", {chosen.age_text} old" + (" (stale)" if chosen.stale else "")
    )
    whose = (
        f"; a figure of {chosen.predecessor}, whose record {chosen.asked_for} continues" if chosen.predecessor else ""
    )
    return chosen.reason + age + whose


def verdict_header(instrument: Instrument, provision: Provision, party: PartyStatus, state: str, on: dt.date) -> dict:
    """The fields every verdict on ``provision`` shares: who, what, when, the article and its source."""
    return dict(
        instrument=instrument.id,
        party=party.party,
        provision=provision.id,
        title=provision.title,
        kind=provision.kind,
        metric=provision.metric,
        on=on,
        article=provision.article,
        limit_source=provision.source,
        party_status=party.status,
        instrument_state=standing_on(instrument, on).category,
    )


def judge_limit(
    instrument: Instrument,
    provision: Provision,
    party: PartyStatus,
    state: str,
    on: dt.date,
    holdings: Sequence[Holding] | None,
) -> Verdict:
    limit, start, binds = applicable_value(provision, instrument, on)
    base = verdict_header(instrument, provision, party, state, on)
    base.update(
        limit=limit.upper,
        limit_range=limit.range,
        binding_from=start,
        article=limit.article or provision.article,
        limit_source=limit.source or provision.source,
    )
    assert provision.metric is not None
    chosen = latest_holding(party.party, provision.metric, on, holdings)
    if chosen is not None and chosen.holding.is_bound:
        return judge_bound(base, chosen, limit, binds, state, party)
    if chosen is None or chosen.holding.central is None:
        note = "not provided by the party" if chosen is not None else "no figure on or before this date"
        if chosen is not None:
            base.update(
                as_of=chosen.holding.as_of,
                holding_kind=chosen.holding.kind,
                source=chosen.holding.source,
                value_text="not provided",
                **_age(chosen),
            )
        verdict: VerdictName = "no_data"
        if party.status not in BOUND and state == "in_force":
            verdict = "not_party"
        return Verdict(**base, verdict=verdict, note=note)
    holding = chosen.holding
    value = holding.central
    assert value is not None  # returned above where it is None
    margin = limit.upper - value
    base.update(
        value=value,
        as_of=holding.as_of,
        holding_kind=holding.kind,
        **_age(chosen),
        margin=margin,
        source=holding.source,
        place_in_range=_place_in_range(value, limit.range) if limit.range else None,
    )
    notes = [_figure_note(chosen)]
    if holding.low is not None and holding.value is None:
        notes.append(f"estimate {holding.low:,}-{holding.high:,}; central value judged")
    if state != "in_force":
        verdict = "not_in_force"
    elif party.status not in BOUND:
        verdict = "not_party"
    elif not binds:
        verdict = "above_not_yet_binding" if margin < 0 else "compliant"
        notes.append(f"limit binds from {start.isoformat() if start else 'a date not yet set'}")
    elif start is not None and holding.as_of < start:
        # A figure from before the limit bound says nothing about keeping it.
        verdict = "no_data"
        notes.append(f"the latest figure predates the limit, which binds from {start.isoformat()}")
    else:
        verdict = "exceeds" if margin < 0 else "compliant"
    if party.status == "suspended":
        notes.append(f"party suspended its participation on {party.since}")
    if verdict in NO_MARGIN:
        base.update(margin=None)
    return Verdict(**base, verdict=verdict, note="; ".join(notes))


def judge_bound(base: dict, chosen: Chosen, limit: LimitValue, binds: bool, state: str, party: PartyStatus) -> Verdict:
    """A declared upper bound ("fewer than 6,000") proves compliance when it is within the limit."""
    holding = chosen.holding
    greatest = holding.greatest
    assert greatest is not None
    words = holding.bound_text
    base.update(
        as_of=holding.as_of,
        holding_kind=holding.kind,
        **_age(chosen),
        source=holding.source,
        at_most=greatest,
        bound_text=words,
        value_text=words,
    )
    note = f"declared {words}, no figure given; {_figure_note(chosen)}"
    if state != "in_force":
        verdict: VerdictName = "not_in_force"
    elif party.status not in BOUND:
        verdict = "not_party"
    elif greatest <= limit.upper:
        verdict = "compliant"
    else:
        verdict, note = "no_data", note + "; the bound does not settle the limit"
    return Verdict(**base, verdict=verdict, note=note)


def judge_ban(
    instrument: Instrument,
    provision: Provision,
    party: PartyStatus,
    state: str,
    on: dt.date,
    holdings: Sequence[Holding] | None,
) -> Verdict:
    base = verdict_header(instrument, provision, party, state, on)
    metric = registry().metrics.get(provision.metric) if provision.metric else None
    if metric is None:
        return Verdict(**base, verdict="not_measured", note="no shipped metric measures this provision")
    if metric.kind == "events":
        # Counted from the instrument's opening for signature: a signatory's tests and
        # a non-party's tests are both shown, each against its own standing.
        opened = next(
            (e.date for e in instrument.events if e.type in {"opened_for_signature", "signed", "entry_into_force"}), on
        )
        events = count_events(party.party, metric.id, max(opened, EVENTS_RECORD_FROM), on, holdings)
        earlier = (
            [
                h
                for h in count_events(party.party, YEARLY_EXPLOSIONS, opened, min(on, dt.date(1996, 12, 31)), holdings)
                if h.central
            ]
            if opened < EVENTS_RECORD_FROM
            else []
        )
        events = earlier + events
        record = _explosions_record(opened, on, holdings)
        if not events and record is not None:
            base.update(as_of=on, source=record)
        base.update(
            limit=0,
            value=float(len(events)),
            margin=float(-len(events)),
            **(
                {"as_of": events[-1].as_of, "holding_kind": events[-1].kind, "source": events[-1].source}
                if events
                else {}
            ),
        )
        # A state that never signed is judged as outside; a signatory's events are shown
        # against its obligation with the instrument's state (not yet in force, say).
        outside = party.status in {"not_party", "withdrawn"}
        if outside:
            verdict: VerdictName = "not_party"
        elif state != "in_force":
            verdict = "not_in_force"
        elif party.status in BOUND:
            verdict = "exceeds" if events else "compliant"
        else:
            verdict = "not_party"
        if verdict in NO_MARGIN:
            base.update(margin=None)
        if opened > on:
            return Verdict(**base, verdict=verdict, note=f"not yet open for signature on {on}; it opened on {opened}")
        if not events:
            covered = (
                "in the dated record since 1996-09-24 and the complete count by year for 1945-1998"
                if opened < EVENTS_RECORD_FROM
                else "in the dated record"
            )
            return Verdict(
                **base, verdict=verdict, note=f"no {metric.title.lower()} recorded since {opened} ({covered})"
            )
        dates = ", ".join(e.as_of.isoformat() for e in events)
        standing = f"{party.status} since {party.since}" if party.since else party.status
        note = (
            f"{len(events)} recorded ({dates}); the state was {standing} on {on}; "
            f"the instrument was {state.replace('_', ' ')}"
        )
        return Verdict(**base, verdict=verdict, note=note)
    # A ban on a stock (INF-range missiles) is a limit of zero from entry into force.
    zero = Provision(
        id=provision.id,
        kind="limit",
        title=provision.title,
        article=provision.article,
        source=provision.source,
        metric=provision.metric,
        values=[LimitValue(ceiling=0)],
    )
    return judge_limit(instrument, zero, party, state, on, holdings)


def _explosions_record(opened: dt.date, on: dt.date, holdings: Sequence[Holding] | None) -> Citation | None:
    """The source of the record an absence of explosions rests on: the count by year before 1996, else the dated
    record."""
    rows = registry().holdings if holdings is None else holdings
    metric = YEARLY_EXPLOSIONS if opened < EVENTS_RECORD_FROM else "nuclear_explosions"
    return next((h.source for h in rows if h.metric == metric), None)


def explain_verdict(verdict: Verdict, party: PartyStatus | None) -> tuple[Step, ...]:
    """The derivation of one verdict: the provision and its limit, the state's relation, the figure, the weighing."""
    steps: list[Step] = []
    if verdict.provision == WHOLE_INSTRUMENT:
        steps.append(
            Step(
                rule="a state the party list does not name is judged once for the whole instrument",
                conclusion=verdict.note or "",
                gap=verdict.party_status == "not_recorded",
            )
        )
        return tuple(steps)
    bound = ""
    if verdict.limit is not None and verdict.kind == "limit":
        bound = (
            f"{verdict.limit_range[0]:,}-{verdict.limit_range[1]:,}"
            if verdict.limit_range
            else f"at most {verdict.limit:,}"
        )
        bound += (
            f", binding from {verdict.binding_from.isoformat()}" if verdict.binding_from else ", from entry into force"
        )
    steps.append(
        Step(
            rule=f"{verdict.article}: {verdict.title}" + (f" ({bound})" if bound else ""),
            facts=[fact(f"{verdict.article}", None, verdict.limit_source)] if verdict.limit_source else [],
            conclusion=f"a {verdict.kind} on {verdict.metric}" if verdict.metric else f"a {verdict.kind}",
        )
    )
    relation = label("relation", verdict.party_status) if verdict.party_status else "–"
    decided = party.steps[-1].conclusion if party is not None and party.steps else relation
    steps.append(
        Step(
            rule="a provision is judged only for a state it binds, while the instrument is in force "
            "(a figure is still compared where the instrument is not in force)",
            facts=[
                fact(f"the instrument: {label('instrument_state', verdict.instrument_state)}"),
                fact(f"{verdict.party}: {relation}"),
            ],
            conclusion=decided,
        )
    )
    if verdict.verdict == "not_measured":
        steps.append(
            Step(
                rule="an obligation is weighed only where a shipped figure measures it",
                conclusion="no figure measures it: not measured",
                gap=True,
            )
        )
        return tuple(steps)
    if verdict.source is None and verdict.value is None and verdict.value_text is None:
        steps.append(
            Step(
                rule="a verdict needs a figure with its source, on or before the date",
                conclusion=verdict.note or "no figure recorded",
                gap=True,
            )
        )
    else:
        shown = verdict.value_text or (f"{verdict.value:,.0f}" if verdict.value is not None else "–")
        kind = f"{verdict.holding_kind} " if verdict.holding_kind else ""
        stale = verdict.stale is True
        steps.append(
            Step(
                rule="the latest figure for the state on or before the date; declared and estimated never mixed",
                facts=[fact(f"{kind}figure {shown}", verdict.as_of, verdict.source)],
                conclusion=verdict.note or f"{shown}",
                gap=stale or verdict.verdict == "no_data",
            )
        )
    margin = f"; margin {verdict.margin:,.0f}" if verdict.margin is not None else ""
    steps.append(
        Step(
            rule="the figure weighed against the limit that applies on the date",
            conclusion=f"{label('verdict', verdict.verdict)}{margin}",
        )
    )
    return tuple(steps)


def check_instrument(
    instrument: Instrument,
    on: dt.date,
    *,
    party: str | None = None,
    holdings: Sequence[Holding] | None = None,
    include_obligations: bool = False,
) -> list[Verdict]:
    """A verdict per provision and party of ``instrument`` on ``on``.

    Parameters
    ----------
    instrument : Instrument
        The instrument whose provisions are applied.
    on : datetime.date
        The date of the check; the holding used is the latest on or before it.
    party : str, optional
        Only this party (ISO alpha-3); by default every recorded party.
    holdings : sequence of Holding, optional
        The holdings to judge; by default the shipped data.
    include_obligations : bool
        Also list obligations and bans that no metric measures (``not_measured``).
    """
    status = status_on(instrument, on)
    parties = one_per_lineage(
        [p for p in status.parties if (party is None or p.party in lineage(party)) and p.status != "not_recorded"],
        prefer=party,
    )
    if party is not None and not parties:
        alone = unlisted_verdict(instrument, party, on, status.state)
        return [replace(alone, steps=explain_verdict(alone, None))]
    verdicts: list[Verdict] = []
    for record in parties:
        for provision in instrument.provisions:
            if provision.applies_to is not None and not set(lineage(record.party)) & set(provision.applies_to):
                continue
            if provision.applies_to_roles is not None and not set(record.roles) & set(provision.applies_to_roles):
                continue
            if provision.kind == "limit":
                verdicts.append(judge_limit(instrument, provision, record, status.state, on, holdings))
            elif provision.kind == "ban" and provision.metric:
                verdicts.append(judge_ban(instrument, provision, record, status.state, on, holdings))
            elif include_obligations:
                verdicts.append(
                    Verdict(
                        **verdict_header(instrument, provision, record, status.state, on),
                        verdict="not_measured",
                        note="an obligation that no number measures",
                    )
                )
    by_party = {p.party: p for p in parties}
    return [replace(v, steps=explain_verdict(v, by_party.get(v.party))) for v in verdicts]


def party_list_complete(instrument: Instrument) -> bool:
    """Whether ``instrument``'s data name every signatory and party
    (:func:`armscontrol.regime.status.parties_complete`)."""

    return parties_complete(instrument)


def unlisted_verdict(instrument: Instrument, party: str, on: dt.date, state: str) -> Verdict:
    """The one verdict for a state the instrument's party list does not name.

    ``not_party`` when the list is complete (China and New START), else
    ``no_data`` with ``party_status`` ``not_recorded``: the data cannot say
    whether the state joined. Given once
    for the whole instrument (``provision`` is :data:`WHOLE_INSTRUMENT`), never
    per limit.
    """
    complete = party_list_complete(instrument)
    if complete:
        note = (
            f"{party} is not a party to {instrument.short_title}: its list of parties is complete "
            f"and does not name {party}"
        )
    else:
        note = (
            f"{party} is not recorded for {instrument.short_title}: the data list only some of its parties, "
            "so whether it is bound is not known here"
        )
    return Verdict(
        instrument=instrument.id,
        party=party,
        provision=WHOLE_INSTRUMENT,
        title=f"{instrument.short_title} (every provision)",
        kind="instrument",
        metric=None,
        on=on,
        verdict="not_party" if complete else "no_data",
        party_status="not_party" if complete else "not_recorded",
        instrument_state=standing_on(instrument, on).category,
        note=note,
    )


def one_per_lineage(parties: list[PartyStatus], prefer: str | None = None) -> list[PartyStatus]:
    """Russia and the Soviet Union are one line: keep whichever stood in it on the date."""
    kept: dict[tuple[str, ...], PartyStatus] = {}
    for record in parties:
        key = tuple(sorted(lineage(record.party)))
        held = kept.get(key)
        if held is None:
            kept[key] = record
        elif held.status == "not_party" and (record.status != "not_party" or record.party == prefer):
            kept[key] = record
    return list(kept.values())


def measurable(instrument: Instrument) -> bool:
    """Whether any provision of ``instrument`` can be judged against holdings."""
    return any(p.kind == "limit" or (p.kind == "ban" and p.metric) for p in instrument.provisions)


def last_checked_on(instrument: Instrument, on: dt.date, holdings: Sequence[Holding] | None = None) -> dt.date | None:
    """The date of the latest holding, while in force and on or before ``on``, of a metric it limits."""
    eif = first_event(instrument, "entry_into_force")
    if eif is None:
        return None
    metrics = {p.metric for p in instrument.provisions if p.metric}
    parties = {x for r in instrument.parties for x in lineage(r.party)}
    rows = registry().holdings if holdings is None else holdings
    dates = [
        h.as_of
        for h in rows
        if h.metric in metrics and h.party in parties and eif.date <= h.as_of <= on and h.status == "reported"
    ]
    return max(dates) if dates else None
