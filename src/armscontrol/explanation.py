"""Why an answer is what it is: ordered steps, each a rule applied to dated facts.

Every answer of the tool (a status, a verdict, a cascade step, a stability
figure) carries an explanation: a list of :class:`Step`. A step names the rule
it applies (the article, or the convention the tool follows: "a protocol binds
a state from its own deposit", "the list is complete as of 2026-02-03"), the
facts it applies it to (dated events or figures, each with its source) and
what follows. Where a step rests on something the data does not know (a date
known only as "on or before", a partial list, a stale figure), ``gap`` is set
and the conclusion says so in words.

The domain layers build steps with :class:`~armscontrol.data.schema.Citation`
sources; the answers layer resolves each citation to the document it names.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from armscontrol.data.citation import Citation


class Fact(BaseModel):
    """One dated event or figure an explanation rests on, with its source."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="the event or figure as people read it")
    date: dt.date | None = Field(default=None, description="the day of the event, or the date the figure is as of")
    on_or_before: bool = Field(default=False, description="the source confirms the date as a bound, not the exact day")
    source: Citation | None = Field(default=None, description="where the fact is from (registry key and place)")


class Step(BaseModel):
    """One step of a derivation: the rule, the facts it is applied to, and what follows."""

    model_config = ConfigDict(frozen=True)

    rule: str = Field(description="the article or the convention applied")
    facts: list[Fact] = Field(default_factory=list)
    conclusion: str = Field(description="what follows from the rule and the facts")
    gap: bool = Field(default=False, description="true: the step rests on what the data does not know")


def fact(text: str, date: dt.date | None = None, source: Citation | None = None, *, on_or_before: bool = False) -> Fact:
    """A :class:`Fact`; a date known only as a bound says so in its text."""
    if date is not None and on_or_before and "on or before" not in text:
        text = f"{text} (on or before {date.isoformat()}; exact day not recorded)"
    return Fact(text=text, date=date, on_or_before=on_or_before, source=source)
