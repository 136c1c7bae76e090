"""The brief: the arms-control system on a date, section by section."""

from __future__ import annotations

import datetime as dt

from armscontrol.answers.common import Answer, parse_date
from armscontrol.answers.compliance import VerdictOut, brief_verdicts, verdict_out
from armscontrol.answers.instruments import InstrumentSummary, _summary
from armscontrol.answers.linkages import BriefLinkRow, brief_linkages
from armscontrol.answers.stability import Progress, StabilityAnswer


class BriefAnswer(Answer):
    """``armscontrol brief``: what is in force, what ended and why, compliance, what rests on what, and the founding question."""

    on: dt.date
    instruments: list[InstrumentSummary]
    compliance: list[VerdictOut]
    linkages: list[BriefLinkRow]
    founding_question: StabilityAnswer | None


def founding_question(progress: Progress | None = None) -> StabilityAnswer | None:
    """Both sides at 1,500 warheads against a US defence of 0 to 1,000 interceptors (the shipped example)."""
    from armscontrol.answers.stability import stability
    from armscontrol.scenario import FOUNDING_SCENARIO, load_scenario

    if not FOUNDING_SCENARIO.exists():
        return None
    return stability(load_scenario(FOUNDING_SCENARIO), progress=progress)


def brief(on: str | dt.date | None = None, progress: Progress | None = None) -> BriefAnswer:
    """A briefing on the arms-control system on a date (default today)."""
    from armscontrol.regime.catalogue import list_instruments

    day = parse_date(on)
    return BriefAnswer(
        on=day,
        instruments=[_summary(i, day) for i in list_instruments()],
        compliance=[verdict_out(v) for v in brief_verdicts(day)],
        linkages=brief_linkages(day),
        founding_question=founding_question(progress),
    )
