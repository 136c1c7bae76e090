"""The brief: the arms-control system on a date, section by section."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from armscontrol.answers.common import (
    EXPLANATION_DESCRIPTION,
    Answer,
    SourceRef,
    StepOut,
    explain,
    parse_date,
    source_ref,
)
from armscontrol.answers.compliance import VerdictOut, brief_verdicts, verdict_out
from armscontrol.answers.instruments import InstrumentSummary, _summary
from armscontrol.answers.linkages import BriefLinkRow, brief_linkages
from armscontrol.answers.stability import Progress, StabilityAnswer, stability
from armscontrol.regime.catalogue import list_instruments
from armscontrol.regime.restraints import BindingLimit, arsenal_limits, explain_limits
from armscontrol.scenario import FOUNDING_SCENARIO, load_scenario


class StatementOut(Answer):
    """A party's latest recorded statement on a non-binding instrument about strategic arms."""

    instrument: str
    short_title: str
    party: str
    date: dt.date
    note: str | None
    source: SourceRef


class ArsenalLimitsOut(Answer):
    """What limits the two largest arsenals on the date: treaty limits, or the last that ended and the statements
    since."""

    on: dt.date
    parties: list[str]
    binding: list[BindingLimit]
    last_ended: dict[str, str | dt.date] | None
    statements: list[StatementOut]
    record_ends: dt.date | None
    other_in_force: list[str]
    explanation: list[StepOut] = Field(default_factory=list, description=EXPLANATION_DESCRIPTION)


def arsenal_limits_out(day: dt.date) -> ArsenalLimitsOut:

    found = arsenal_limits(day)
    return ArsenalLimitsOut(
        on=found.on,
        parties=list(found.parties),
        binding=list(found.binding),
        last_ended=dict(found.last_ended.__dict__) if found.last_ended else None,
        statements=[StatementOut(**{**s.__dict__, "source": source_ref(s.source)}) for s in found.statements],
        record_ends=found.record_ends,
        other_in_force=found.other_in_force,
        explanation=explain(explain_limits(found)),
    )


class BriefAnswer(Answer):
    """``armscontrol brief``: what is in force, what ended and why, compliance, what rests on what, and the founding
    question."""

    on: dt.date
    instruments: list[InstrumentSummary]
    arsenal_limits: ArsenalLimitsOut
    compliance: list[VerdictOut]
    linkages: list[BriefLinkRow]
    founding_question: StabilityAnswer | None


def founding_question(progress: Progress | None = None) -> StabilityAnswer | None:
    """Both sides at 1,500 warheads against a US defence of 0 to 1,000 interceptors (the shipped example)."""

    if not FOUNDING_SCENARIO.exists():
        return None
    return stability(load_scenario(FOUNDING_SCENARIO), progress=progress)


def brief(on: str | dt.date | None = None, progress: Progress | None = None) -> BriefAnswer:
    """A briefing on the arms-control system on a date (default today)."""

    day = parse_date(on)
    return BriefAnswer(
        on=day,
        instruments=[_summary(i, day) for i in list_instruments()],
        arsenal_limits=arsenal_limits_out(day),
        compliance=[verdict_out(v) for v in brief_verdicts(day)],
        linkages=brief_linkages(day),
        founding_question=founding_question(progress),
    )
