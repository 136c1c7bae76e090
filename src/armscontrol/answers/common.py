"""What every answer shares: the base model, sources as readers see them, and reading what a user typed.

Every answer is a pydantic model. Its JSON, for the command line's ``--json``
and for the API alike, is :func:`as_json` of the model: the same question gives
the same JSON whatever asks it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, overload

from pydantic import BaseModel, ConfigDict, Field

from armscontrol.citations import SourceRef, cite_text, source_ref  # noqa: F401  (the answers' sources: armscontrol.citations)
from armscontrol.errors import NotFound, UserError

if TYPE_CHECKING:
    pass


class Answer(BaseModel):
    """Base of every answer model and of the records inside one."""

    model_config = ConfigDict(populate_by_name=True)


def as_json(answer: BaseModel) -> Any:
    """The JSON of an answer: ``model_dump(mode="json", by_alias=True)``, as the API returns it."""
    return answer.model_dump(mode="json", by_alias=True)


EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)
"""The dates a question may name: the record starts in 1945, and no instrument runs past 2199."""


@overload
def format_number(value: float | int, digits: int = 0) -> str: ...
@overload
def format_number(value: None, digits: int = 0) -> None: ...
def format_number(value: float | int | None, digits: int = 0) -> str | None:
    """A figure as every view shows it: thousands separators, ``digits`` decimals (none for whole numbers)."""
    if value is None:
        return None
    if float(value).is_integer() and digits == 0:
        return f"{value:,.0f}"
    return f"{value:,.{digits or 1}f}"


def format_whole(value: float | None) -> str | None:
    """An expected count rounded to a whole number, with thousands separators (543.98 -> '544')."""
    return None if value is None else f"{value:,.0f}"


DATE_FORMS = "YYYY-MM-DD, YYYY-MM (the 1st of the month), YYYY (1 January) or 'today'"
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_date(text: str | dt.date | None, *, what: str = "on") -> dt.date:
    """A date from what a user typed; ``None`` or ``today`` is today.

    Accepts ``YYYY-MM-DD``, ``YYYY-MM`` (the first of that month) and ``YYYY``
    (1 January of that year), so that ``--on 2023`` and ``--on 2023-06`` both
    mean the start of the period named.
    """
    if isinstance(text, dt.date):
        return text
    if text is None or text.strip().lower() == "today":
        return dt.date.today()
    match = _DATE.match(text.strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = (int(g) if g else 1 for g in match.groups())
        found = dt.date(year, month, day)
    except ValueError:
        raise UserError(
            f"{what}: '{text}' is not a date; expected {DATE_FORMS}, for example 2002-06-13", field=what
        ) from None
    if not EARLIEST <= found <= LATEST:
        raise UserError(
            f"{what}: {found.isoformat()} is outside the dates the tool answers for, "
            f"{EARLIEST.isoformat()} to {LATEST.isoformat()} (see docs/limits.md)",
            field=what,
        )
    return found


def optional_date(text: str | dt.date | None, *, what: str) -> dt.date | None:
    """Like :func:`parse_date`, but ``None`` stays ``None`` (meaning: the recorded date)."""
    return None if text is None else parse_date(text, what=what)


def given(text: str | None, *, what: str, example: str) -> str | None:
    """``text`` stripped; an empty or blank value is an error, never 'everything'.

    The one rule for empty arguments: leave an option out to get its default;
    an empty value is refused, with an example of a real one.
    """
    if text is None:
        return None
    if not text.strip():
        raise UserError(f"{what}: empty; leave it out for the default, or give a value such as {example}", field=what)
    return text.strip()


def listed(text: str | None, *, what: str, example: str) -> list[str] | None:
    """A comma-separated list; empty, or only commas, is refused as :func:`given` refuses."""
    text = given(text, what=what, example=example)
    if text is None:
        return None
    items = [item.strip() for item in text.split(",") if item.strip()]
    if not items:
        raise UserError(f"{what} is empty: no value between the commas; give a list such as {example}", field=what)
    return items


def resolve_party_input(text: str, *, what: str = "party") -> str:
    """A party code from what a user typed (code or name); errors name the option."""
    from armscontrol.data.parties import resolve_party  # on first use: keeps `engage` quick

    text = given(text, what=what, example="USA or Russia") or ""
    try:
        return resolve_party(text)
    except UserError as exc:
        raise (NotFound if isinstance(exc, NotFound) else UserError)(
            str(exc).replace("unknown party", f"{what}: unknown party", 1), field=what, suggestion=exc.suggestion
        ) from None


def resolve_instrument_input(text: str, *, what: str = "id"):
    """An instrument from an id or alias; errors name the argument."""
    from armscontrol.regime.catalogue import resolve_instrument  # on first use: keeps `engage` quick

    text = given(text, what=what, example="new-start or 'ABM Treaty'") or ""
    try:
        return resolve_instrument(text)
    except UserError as exc:
        raise (NotFound if isinstance(exc, NotFound) else UserError)(
            str(exc), field=what, suggestion=exc.suggestion
        ) from None


def title_of(instrument_id: str) -> str:
    """An instrument's short title, or the id if the registry has none."""
    from armscontrol.data import registry  # on first use: keeps `engage` quick

    instrument = registry().instruments.get(instrument_id)
    return instrument.short_title if instrument is not None else instrument_id


class FactOut(Answer):
    """A fact of an explanation, its source resolved to the document."""

    text: str
    date: dt.date | None = None
    on_or_before: bool = Field(default=False, description="the date is a bound: the exact day is not recorded")
    source: SourceRef | None = None


class StepOut(Answer):
    """One step of an answer's explanation: the rule applied, the dated facts, what follows."""

    rule: str = Field(description="the article or the convention applied")
    facts: list[FactOut] = Field(default_factory=list)
    conclusion: str
    gap: bool = Field(default=False, description="true: the step rests on what the data does not know")


EXPLANATION_DESCRIPTION = (
    "Why the answer is what it is: ordered steps, each {rule, facts, conclusion}; "
    "a step with gap true rests on what the data does not know"
)


def explain(steps) -> list[StepOut]:
    """The answer form of domain steps (:class:`armscontrol.explanation.Step`): every citation resolved."""
    return [
        StepOut(
            rule=s.rule,
            conclusion=s.conclusion,
            gap=s.gap,
            facts=[
                FactOut(text=f.text, date=f.date, on_or_before=f.on_or_before, source=source_ref(f.source))
                for f in s.facts
            ],
        )
        for s in steps
    ]


def derivation(steps: list[StepOut], *, sources: bool = True) -> list[str]:
    """An explanation as numbered lines of text, as the command line and the reports print it."""
    lines: list[str] = []
    for n, step in enumerate(steps, start=1):
        lines.append(f"{n}. {step.rule}")
        for f in step.facts:
            cited = f" [{cite_text(f.source)}]" if sources and f.source is not None else ""
            lines.append(f"     - {f.text}{cited}")
        lines.append(f"   {'? ' if step.gap else '→ '}{step.conclusion}")
    return lines
