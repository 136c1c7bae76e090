"""The answer of the statement reader: one pydantic model, the JSON of every interface.

``armscontrol read --json`` prints :meth:`ReadAnswer.model_dump` with
``mode="json"``; the table view renders the same model.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from armscontrol.citations import SourceRef  # noqa: F401  (the reader's sources carry the secondary label too)

Verdict = Literal["consistent", "contradicted", "not_in_data"]
ClaimKind = Literal[
    "signed",
    "not_signed",
    "ratified",
    "not_ratified",
    "ratification_revoked",
    "in_force",
    "not_in_force",
    "extended",
    "suspended",
    "withdrew",
    "bound",
    "limit",
]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class Mention(_Model):
    """A passage of the text, by character offsets into the text as read."""

    text: str
    start: int
    end: int
    how: Literal["name", "title", "descriptive", "anaphora", "article", "misspelt"] = "name"


class ProvisionRef(_Model):
    id: str
    article: str
    title: str
    mention: Mention


class InstrumentFound(_Model):
    """An instrument the text names, resolved to the registry, with its state on the date."""

    id: str
    short_title: str
    kind: str
    mentions: list[Mention]
    status_on_date: str
    status_note: str | None = None
    provisions: list[ProvisionRef] = []
    source: SourceRef | None = None


class Unresolved(_Model):
    """A name that reads like an agreement but that the registry does not hold: reported, not guessed."""

    text: str
    start: int
    end: int
    nearest: str | None = None


class Figure(_Model):
    """A number or range the text states, with what it counts and its deadline where the text gives one."""

    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    deadline: dt.date | None = None
    deadline_text: str | None = None
    instrument: str | None = None
    proposal: bool = False
    sentence_start: int
    sentence_end: int
    """The sentence the figure stands in, as offsets into the text (the text is not repeated per figure)."""


class DateFound(_Model):
    text: str
    start: int
    end: int
    date: dt.date
    precision: Literal["day", "month", "year"]


class Claim(_Model):
    """A factual assertion of the text, judged against the data as of the statement's date."""

    text: str
    start: int
    end: int
    party: str | None
    instrument: str | None
    kind: ClaimKind
    verdict: Verdict
    evidence: str
    source: SourceRef | None = None
    read_by: Literal["rules", "model"] = "rules"
    """Who read the claim: the reader's rules, or the trained model where no rule reads the sentence's wording
    (``armscontrol.reader.learned``; its evidence gives its probability)."""


class Place(_Model):
    """A state or a zone the text names, with what the data says of it."""

    text: str
    start: int
    end: int
    kind: Literal["state", "zone", "proposed_zone"]
    code: str | None = None
    name: str
    data: str


class ReadAnswer(_Model):
    """Everything the reader finds in one statement."""

    date: dt.date
    date_source: Literal["option", "text", "source", "acts", "not_read"]
    """Where ``date`` comes from: ``--date``, the text, the record's date (``--source-date``, with a weekday or
    "yesterday" the text gives counted back from it), ``acts`` (no date found: the day the data records for the latest
    act the text tells as done, the earliest the statement can be), or ``not_read`` (no date given or found, and no
    act told: judged as of today)."""
    date_note: str | None = None
    """How the date was worked out where the text gives it only in part ("the text gives the 51st anniversary of the
    opening for signature of the Treaty of Tlatelolco, which the data dates 1967-02-14"), with the data's source in
    ``date_ref``."""
    date_ref: SourceRef | None = None
    characters: int
    language: Literal["en", "fr", "es", "de", "pt", "ru"] = "en"
    """The statement's language: ``fr``, ``es``, ``de``, ``pt`` and ``ru`` are read through an English gloss
    (``armscontrol/reader/gloss.py``), with every span given in the text as written."""

    language_note: str | None = None
    """How a statement not in English was read, in the words every view shows (``armscontrol.reader.gloss.note``)."""

    instruments: list[InstrumentFound]
    unresolved: list[Unresolved]
    figures: list[Figure]
    dates: list[DateFound]
    claims: list[Claim]
    places: list[Place]
    scenario: dict[str, Any] | None = None
    """The draft at the first proposed level (a range's upper end), as in ``scenarios``."""
    scenarios: list[dict[str, Any]] = []
    """A draft scenario for each proposed level of strategic warheads, in the order of the text (a range gives two)."""
    scenario_levels: list[int] = []
    """The proposed warheads per side of each of ``scenarios``."""
    scenario_note: str | None = None
    omitted: dict[str, int] = {}
    """Items past the reader's bounds (``armscontrol.limits.READER_MAX_*``), by list: counted, not listed."""
