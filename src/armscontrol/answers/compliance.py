"""Answers about compliance: each provision's verdict on each party's holding on a date."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pydantic import Field, RootModel

from armscontrol.answers.common import (
    EXPLANATION_DESCRIPTION,
    Answer,
    SourceRef,
    StepOut,
    explain,
    parse_date,
    resolve_instrument_input,
    resolve_party_input,
    source_ref,
)
from armscontrol.regime.catalogue import list_instruments
from armscontrol.regime.compliance import Verdict, check_instrument, last_checked_on, measurable
from armscontrol.regime.status import status_on
from armscontrol.vocabulary import describe, label


class VerdictOut(Answer):
    """One provision's verdict on one party's figure, with where the figure and the limit are from."""

    instrument: str
    party: str
    provision: str
    title: str
    provision_kind: str
    metric: str | None
    on: dt.date
    verdict: str = Field(description="the verdict: " + describe("verdict"))
    verdict_label: str = Field(default="", description="the verdict as every interface prints it")
    limit: int | None = None
    limit_range: tuple[int, int] | None = None
    binding_from: dt.date | None = None
    value: float | None = None
    at_most: int | None = None
    bound_text: str | None = Field(
        default=None, description="a declared bound in the source's words, 'fewer than 1,600'"
    )
    value_text: str | None = Field(
        default=None, description="words to show where there is no figure: the bound, or 'not provided'"
    )
    as_of: dt.date | None = None
    kind: str | None = None
    age_days: int | None = None
    stale: bool | None = Field(default=None, description="the figure is more than a year older than the date checked")
    figure_of: str | None = Field(
        default=None, description="whose figure it is, where a predecessor's (SUN for Russia before 1992)"
    )
    margin: float | None = None
    place_in_range: str | None = None
    article: str | None = None
    source: SourceRef | None = None
    limit_source: SourceRef | None = None
    party_status: str | None = Field(
        default=None, description="the state's relation on the date: " + describe("relation")
    )
    instrument_state: str | None = Field(
        default=None, description="where the instrument stands on the date: " + describe("instrument_state")
    )
    note: str | None = None
    explanation: list[StepOut] = Field(default_factory=list, description=EXPLANATION_DESCRIPTION)


def verdict_out(v: Verdict) -> VerdictOut:
    data = dataclasses.asdict(v)
    data["source"] = source_ref(v.source)
    data["limit_source"] = source_ref(v.limit_source)
    data["kind"] = data.pop("holding_kind")
    data["provision_kind"] = v.kind
    data["verdict_label"] = label("verdict", v.verdict)
    data["explanation"] = explain(v.steps)
    data.pop("steps", None)
    return VerdictOut(**data)


class CheckAnswer(RootModel[list[VerdictOut]]):
    """``armscontrol check``: verdicts on a date."""


def check(
    instrument_id: str | None = None,
    on: str | dt.date | None = None,
    party: str | None = None,
    obligations: bool = False,
) -> CheckAnswer:
    """Verdicts of every provision of an instrument (default: every measurable one in force) on a date."""

    day = parse_date(on)
    code = resolve_party_input(party) if party is not None else None
    if instrument_id is not None:
        instruments = [resolve_instrument_input(instrument_id, what="instrument")]
    else:
        instruments = [i for i in list_instruments() if measurable(i) and status_on(i, day).state == "in_force"]
    verdicts = [v for i in instruments for v in check_instrument(i, day, party=code, include_obligations=obligations)]
    return CheckAnswer([verdict_out(v) for v in verdicts])


def brief_verdicts(day: dt.date) -> list[Verdict]:
    """Verdicts for instruments in force on ``day``, and for each ended one on the last date it was checked."""

    verdicts: list[Verdict] = []
    for instrument in list_instruments():
        if not measurable(instrument) or instrument.kind in {"framework", "proposal"}:
            continue
        state = status_on(instrument, day)
        when: dt.date | None
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
