"""The schema of every shipped data file: one pydantic layer, checked at load.

Each model mirrors a YAML or CSV record. A file that breaks the schema fails
through :func:`armscontrol.data.errors.DataError` with its path, the field and
what was expected.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from armscontrol.data.citation import SLUG, Citation, Slug, Strict  # noqa: F401 (SLUG and Citation: part of this schema)

PartyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
MetricId = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:_[a-z0-9]+)*$")]


# --------------------------------------------------------------------------- sources


class Source(Strict):
    """A published document that figures and dates are taken from.

    ``publisher`` is the original publisher (a ministry, the depositary, a
    research institute), never the site a copy was read on. A compilation of
    others' records (a research database of treaty parties, say) is
    ``kind: secondary`` and names in ``cites`` the primary record it reproduces;
    it is used only where that primary record could not be read.
    """

    publisher: str = Field(min_length=2)
    title: str = Field(min_length=2)
    date: dt.date | None = Field(default=None, description="date of publication; null only for living databases")
    url: str | None = None
    kind: Literal["treaty-text", "official", "declared", "estimate", "scholarly", "press", "secondary"] = "official"
    cites: str | None = Field(
        default=None,
        description="for a 'secondary' compilation: the primary record it reproduces (the depositaries' records, say)",
    )
    note: str | None = None

    @model_validator(mode="after")
    def _secondary_cites(self) -> Source:
        if self.kind == "secondary" and not self.cites:
            raise ValueError("a 'secondary' source needs 'cites': the primary record the compilation reproduces")
        if self.cites and self.kind != "secondary":
            raise ValueError("'cites' belongs to a 'secondary' source only; set kind: secondary")
        return self


# --------------------------------------------------------------------------- events

InstrumentEventType = Literal[
    "proposed",
    "adopted",
    "opened_for_signature",
    "signed",
    "entry_into_force",
    "provisional_application",
    "extension",
    "expiry",
    "superseded",
    "termination",
    "withdrawal",
]
"""Events of an instrument as a whole.

``withdrawal`` is the date a withdrawal took effect and ended a bilateral
instrument; ``termination`` ends an instrument that never entered into force or
was ended by agreement.
"""

END_EVENTS: dict[str, str] = {
    "expiry": "expiry",
    "superseded": "superseded",
    "termination": "termination",
    "withdrawal": "withdrawal",
}

PartyEventType = Literal[
    "signed",
    "ratified",
    "acceded",
    "succeeded",
    "consented",
    "entry_into_force",
    "withdrawal_notice",
    "withdrawal",
    "suspension",
    "suspension_lifted",
    "ratification_revoked",
    "declaration",
]
"""Events of one party to an instrument.

``withdrawal`` is the date the withdrawal took effect; ``withdrawal_notice`` the
date notice was given. ``entry_into_force`` is the date the instrument entered
into force for that party where it differs from the instrument's own date.
``declaration`` records a statement (for example at ratification) that changes no
status. ``consented`` is a consent to be bound (ratification, accession or
succession) whose kind the source does not give, only its date (a party list
that records the date the instrument entered into force for each state).
"""


class Event(Strict):
    type: str
    date: dt.date
    source: Citation
    note: str | None = None
    until: dt.date | None = Field(default=None, description="new end date, for an extension")
    by: PartyCode | None = Field(default=None, description="who caused it, where one party did")
    on_or_before: bool = Field(
        default=False,
        description="the source confirms the event by this date but not its exact day "
        "(for example a party list as of a date); the status engine counts it from this date",
    )


class InstrumentEvent(Event):
    type: InstrumentEventType

    @model_validator(mode="after")
    def _extension_has_until(self) -> InstrumentEvent:
        if self.type == "extension" and self.until is None:
            raise ValueError("an 'extension' event needs 'until' (the new end date)")
        return self


class PartyEvent(Event):
    type: PartyEventType


# --------------------------------------------------------------------------- parties

PartyRole = Literal[
    "depositary",
    "nuclear_weapon_state",
    "non_nuclear_weapon_state",
    "annex_2",
    "outside",
    "zone_state",
    "protocol_state",
]


class PartyRecord(Strict):
    party: PartyCode
    roles: list[PartyRole] = Field(default_factory=list)
    events: list[PartyEvent] = Field(default_factory=list)
    note: str | None = None
    source: Citation | None = Field(default=None, description="source for roles or for a party with no events")
    takes_part: bool = Field(
        default=True,
        description="false: recorded for what it said about a political commitment or proposal it did not make "
        "or join (an addressee that gave no answer); never a participant",
    )

    @field_validator("events")
    @classmethod
    def _sorted(cls, events: list[PartyEvent]) -> list[PartyEvent]:
        return sorted(events, key=lambda e: e.date)


# --------------------------------------------------------------------------- provisions


class LimitValue(Strict):
    """One dated value of a numeric limit, in the manner of OpenFisca parameters."""

    from_: dt.date | None = Field(
        default=None, alias="from", description="binding from (the deadline); null: from entry into force"
    )
    ceiling: int | None = Field(default=None, ge=0)
    range: tuple[int, int] | None = None
    article: str | None = None
    source: Citation | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _one_bound(self) -> LimitValue:
        if (self.ceiling is None) == (self.range is None):
            raise ValueError("give exactly one of 'ceiling' or 'range' [low, high]")
        if self.range is not None and not 0 <= self.range[0] <= self.range[1]:
            raise ValueError("'range' must be [low, high] with 0 <= low <= high")
        return self

    @property
    def upper(self) -> int:
        return self.ceiling if self.ceiling is not None else self.range[1]  # type: ignore[index]


class Provision(Strict):
    """What an instrument requires, with its article.

    ``limit``: a ceiling or range on a metric, from a deadline (``values`` holds
    the dated values; ``ceiling``/``range``/``from`` is shorthand for one).
    ``ban``: a prohibition, optionally on a counted metric (nuclear explosions).
    ``obligation``: a duty that no number measures.
    """

    id: Slug
    kind: Literal["limit", "ban", "obligation"]
    title: str
    article: str
    source: Citation
    metric: MetricId | None = None
    values: list[LimitValue] = Field(default_factory=list)
    applies_to: list[PartyCode] | None = Field(default=None, description="parties bound by it; null: every party")
    applies_to_roles: list[PartyRole] | None = Field(
        default=None,
        description="only parties holding one of these roles are bound (the NPT's Article I binds the "
        "nuclear-weapon States, Articles II and III the others); null: every party",
    )
    text: str | None = Field(default=None, description="a short paraphrase, not the treaty's words")
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: object) -> object:
        if isinstance(data, dict) and {"ceiling", "range", "from"} & data.keys():
            data = dict(data)
            value = {k: data.pop(k) for k in ("ceiling", "range", "from") if k in data}
            data["values"] = [value, *data.get("values", [])]
        return data

    @model_validator(mode="after")
    def _limit_has_values(self) -> Provision:
        if self.kind == "limit":
            if not self.values:
                raise ValueError("a 'limit' needs 'ceiling' or 'range' (or 'values')")
            if self.metric is None:
                raise ValueError("a 'limit' needs a 'metric'")
        elif self.values:
            raise ValueError(f"a '{self.kind}' takes no 'ceiling', 'range' or 'values'")
        return self


# --------------------------------------------------------------------------- instruments

InstrumentKind = Literal[
    "treaty",
    "protocol",
    "agreement",
    "memorandum",
    "framework",
    "proposal",
    "declaration",
]

COMMITMENT_KINDS: frozenset[str] = frozenset({"framework", "declaration"})
"""Kinds that are political commitments: they bind no one in law and, unless an entry into force is recorded, the
states that made them take part in them (:func:`armscontrol.regime.standing.standing_on`,
:func:`armscontrol.regime.status.party_status`)."""


class Duration(Strict):
    years: int | None = Field(default=None, gt=0, description="null: unlimited duration")
    renews_every: int | None = Field(
        default=None,
        gt=0,
        description="years of each automatic extension that follows unless a party gives notice "
        "(the TTBT's successive five-year periods); null: no automatic extension",
    )
    article: str
    source: Citation
    note: str | None = None


class Membership(Strict):
    """Totals for a multilateral instrument whose full list of parties is not recorded."""

    parties: int = Field(ge=0)
    signatories: int | None = Field(default=None, ge=0)
    as_of: dt.date
    source: Citation
    note: str | None = None


class PartyEntryIntoForce(Strict):
    """When an instrument binds a state that has given its consent, as the instrument's text says.

    A state's consent is its ratification, accession or succession. The
    instrument enters into force for it ``days_after_deposit`` days after the
    deposit of its instrument (0: on the day of deposit), or on the
    instrument's own entry into force if that comes later (the NPT's Article
    IX.4, the CTBT's Article XIV.2 with 30 days). A zone protocol that has no
    entry into force of its own (``general_entry_into_force: false``) binds each
    state from its own deposit, and is in force from the first state's.
    A party's own ``entry_into_force`` event overrides the rule (a date the
    depositary records, or a waiver under the Treaty of Tlatelolco).
    """

    days_after_deposit: int = Field(default=0, ge=0, le=3660)
    general_entry_into_force: bool = Field(
        default=True,
        description="false: the instrument has no entry into force of its own; it is in force "
        "from the day it first binds a state",
    )
    not_before: dt.date | None = Field(
        default=None,
        description="no state is bound before this date: the entry into force of the treaty a protocol "
        "belongs to, where the protocol binds 'on deposit or on the treaty's entry into force, whichever is later'",
    )
    article: str
    source: Citation
    note: str | None = None


class PartyList(Strict):
    """Whether an instrument's list of parties is complete, as of a date and by a source.

    With ``complete: false`` a state the data does not list is ``not_recorded``
    (never ``not_party``): the data cannot say whether it joined.
    """

    complete: bool
    as_of: dt.date
    source: Citation
    open_to: list[PartyCode] | None = Field(
        default=None,
        description="the only states that may join (a zone treaty open to the states of its region); "
        "a state outside it is not_party even where the list is not complete; null: open to all",
    )
    note: str | None = None


Subject = Literal[
    "zone", "testing", "risk_reduction", "prohibition", "outer_space", "seabed", "antarctica", "strategic_arms"
]
"""What an instrument is about, for filtering (``instruments --kind zone``): ``zone`` marks a
nuclear-weapon-free zone in force, partly agreed or only proposed, with its own instruments."""

ZoneStanding = Literal["treaty", "partly_agreed", "proposed"]
"""How far a zone has come: a ``treaty`` (or a status recognised in law), ``partly_agreed``
(a signed declaration that never took full effect), or only ``proposed`` (resolutions, offers)."""


class Instrument(Strict):
    id: Slug
    title: str
    short_title: str
    aliases: list[str] = Field(default_factory=list)
    names_in: dict[Literal["fr", "es", "de", "pt", "ru"], list[str]] = Field(
        default_factory=dict,
        description="the instrument's names in another language, by ISO 639-1 code: the depositary's or the "
        "promulgating government's title in that language first (the United Nations' French or Spanish title; in "
        "German the title of the German-language text the states of that language use; in Portuguese the title of "
        "Brazil's promulgating decree or of Portugal's Diário da República; in Russian the title of the UN's "
        "Russian text or of the Russian Federation's ratifying law, in the nominative, its first word read in every "
        "case), then its other usual names and acronyms; "
        "the reader reads a statement in that language through them",
    )
    kind: InstrumentKind
    scope: Literal["bilateral", "multilateral", "unilateral"]
    summary: str
    duration: Duration | None = None
    events: list[InstrumentEvent]
    parties: list[PartyRecord] = Field(default_factory=list)
    provisions: list[Provision] = Field(default_factory=list)
    membership: Membership | None = None
    party_entry_into_force: PartyEntryIntoForce | None = Field(
        default=None,
        description="when the instrument binds a state that consents; null: on deposit, "
        "or on the instrument's own entry into force if later",
    )
    party_list: PartyList | None = Field(
        default=None,
        description="whether 'parties' lists every signatory and party; null: complete for a "
        "bilateral or unilateral instrument, incomplete for a multilateral one",
    )
    subjects: list[Subject] = Field(
        default_factory=list, description="what the instrument is about; 'zone' for nuclear-weapon-free zones"
    )
    zone_standing: ZoneStanding | None = Field(
        default=None, description="for a zone: treaty, partly_agreed or proposed (only with subject 'zone')"
    )
    sources: dict[Slug, Source] = Field(default_factory=dict, description="sources used only by this file")
    note: str | None = None

    @field_validator("events")
    @classmethod
    def _events_sorted(cls, events: list[InstrumentEvent]) -> list[InstrumentEvent]:
        if not events:
            raise ValueError("an instrument needs at least one dated event")
        return sorted(events, key=lambda e: e.date)

    @model_validator(mode="after")
    def _unique_ids(self) -> Instrument:
        seen: set[str] = set()
        for provision in self.provisions:
            if provision.id in seen:
                raise ValueError(f"provision id '{provision.id}' appears twice")
            seen.add(provision.id)
        parties = [p.party for p in self.parties]
        twice = sorted({p for p in parties if parties.count(p) > 1})
        if twice:
            raise ValueError(f"party listed twice: {', '.join(twice)}")
        if self.zone_standing is not None and "zone" not in self.subjects:
            raise ValueError("'zone_standing' needs 'zone' among 'subjects'")
        return self


# --------------------------------------------------------------------------- metrics


class Metric(Strict):
    id: MetricId
    title: str
    unit: str
    counting: str = Field(description="how it is counted, in the instrument's own terms")
    instrument: Slug | None = Field(default=None, description="the instrument whose counting rules define it")
    article: str | None = Field(default=None, description="the article that defines the count")
    kind: Literal["count", "events"] = Field(
        default="count", description="'count': a stock as of a date; 'events': dated occurrences"
    )


# --------------------------------------------------------------------------- files


class SourceFile(Strict):
    sources: dict[Slug, Source]


class MetricFile(Strict):
    metrics: list[Metric]


# --------------------------------------------------------------------------- holdings


class Holding(Strict):
    """A value of a metric for a state as of a date: one row of a holdings CSV.

    ``kind`` keeps declarations (treaty data exchanges, official statements of a
    party's own forces) apart from estimates (independent researchers). A range
    estimate gives ``low`` and ``high``; a figure a party did not provide has
    ``status: not_provided`` and no value. For an ``events`` metric each row is
    one event, with ``value`` the number of events on that date (usually 1).
    ``high`` alone records a bound a party declared without the figure: an upper
    bound, not a value. ``bound`` keeps the bound as the source words it:
    ``at_most`` ("at most 1,599", the value may equal ``high``) or
    ``fewer_than`` ("fewer than 1,600", the value is below ``high``), so a
    reader sees the source's own words (:attr:`bound_text`) and the verdict
    uses the greatest value the bound allows (:attr:`greatest`).
    """

    party: PartyCode
    metric: MetricId
    as_of: dt.date
    value: int | None = Field(default=None, ge=0)
    low: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)
    kind: Literal["declared", "estimated"]
    status: Literal["reported", "not_provided"] = "reported"
    bound: Literal["at_most", "fewer_than"] = Field(
        default="at_most",
        description="how 'high' given alone reads in the source: 'at_most' (value <= high) or "
        "'fewer_than' (value < high, as in 'fewer than 1,600')",
    )
    source: Citation
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _blank_is_none(cls, data: object) -> object:
        if isinstance(data, dict):
            data = {k: (None if v == "" else v) for k, v in data.items() if k is not None}
            at = data.pop("at", None)
            source = data.get("source")
            if isinstance(source, str):
                data["source"] = {"ref": source.strip(), "at": at}
            for optional in ("status", "source", "bound"):
                if data.get(optional) is None:
                    data.pop(optional, None)
        return data

    @model_validator(mode="after")
    def _has_value(self) -> Holding:
        if self.status == "not_provided":
            if self.value is not None or self.low is not None:
                raise ValueError("a 'not_provided' row takes no value")
        elif self.value is None and self.high is None:
            raise ValueError("give 'value', or 'low' and 'high', or 'high' alone (at most), or status 'not_provided'")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"'low' ({self.low}) is above 'high' ({self.high})")
        if self.bound == "fewer_than" and (self.high is None or self.value is not None or self.low is not None):
            raise ValueError("'bound: fewer_than' reads 'high' given alone; give 'high' and no 'value' or 'low'")
        if self.bound == "fewer_than" and self.high == 0:
            raise ValueError("'fewer than 0' allows no value; give 'high' of at least 1")
        return self

    @property
    def is_bound(self) -> bool:
        """True for a declared bound with no figure ("fewer than 6,000")."""
        return self.status == "reported" and self.value is None and self.low is None and self.high is not None

    @property
    def greatest(self) -> int | None:
        """The greatest value the record allows: ``high``, less one for ``fewer_than``."""
        if self.high is None:
            return self.value
        return self.high - 1 if self.bound == "fewer_than" and self.is_bound else self.high

    @property
    def bound_text(self) -> str | None:
        """A bound in the source's words, "fewer than 1,600" or "at most 1,599"; ``None`` for a figure."""
        if not self.is_bound:
            return None
        assert self.high is not None
        return f"{'fewer than' if self.bound == 'fewer_than' else 'at most'} {self.high:,}"

    @property
    def central(self) -> float | None:
        if self.value is not None:
            return float(self.value)
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return None


# --------------------------------------------------------------------------- linkages

LinkageType = Literal[
    "protocol_to",
    "amends",
    "supersedes",
    "framework_for",
    "entry_into_force_conditioned_on",
    "continued_observance_conditioned_on",
    "verification_shared_with",
    "requires_adherence_to",
]
"""How ``from`` relates to ``to``; ``requires_adherence_to``: ``from`` obliges some of its
parties to join ``to`` (the Lisbon Protocol and the NPT)."""


class Linkage(Strict):
    """A typed, sourced edge: instrument ``source_instrument`` rests on ``target``.

    Read it as "``from`` <type> ``to``": START II *entry_into_force_conditioned_on*
    the ABM Treaty (by Russia's ratification law); SORT *superseded by*... is
    written New START *supersedes* SORT. ``party`` names whose stated condition
    it is, where the linkage is a party's statement rather than the text.
    """

    id: Slug
    from_: Slug = Field(alias="from")
    to: Slug
    type: LinkageType
    party: PartyCode | None = None
    stated_on: dt.date | None = Field(default=None, description="date of the statement or law that creates it")
    summary: str
    source: Citation
    note: str | None = None
    condition: str | None = Field(
        default=None,
        description="the stated condition in a few words; required when 'to' equals 'from', "
        "that is, a party's condition that names no other instrument",
    )

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _self_link_states_its_condition(self) -> Linkage:
        if self.from_ == self.to and (self.condition is None or self.party is None):
            raise ValueError(
                "a linkage from an instrument to itself records a party's stated condition: give 'party' and "
                "'condition'"
            )
        return self


class LinkageFile(Strict):
    linkages: list[Linkage]
