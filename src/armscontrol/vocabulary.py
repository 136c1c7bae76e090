"""The one vocabulary every interface speaks: each state, relation, verdict and standing.

Every value an answer can carry in these groups has one machine value (what
the JSON holds), one label (what a person reads, in every table, page and
report) and a one-line definition (the glossary: ``armscontrol glossary`` and
the dashboard's ``/glossary``). Renderers never word a value of their own: they
call :func:`label`.

Groups
------
``instrument_state``
    Where an instrument stands on a date (``status``, ``instruments``, the
    dashboard's timeline, the brief).
``end_reason``
    How an instrument that was in force ended.
``never_reason``
    Why an instrument that never entered into force no longer can.
``relation``
    How one state stands to one instrument on a date.
``verdict``
    What a provision says about a party's holding on a date.
``judgement``
    How the statement reader judges a claim against the data.
``date_source``
    Where the statement reader took a statement's date from.
``zone_standing``
    How far a nuclear-weapon-free zone has come.
``role``
    The role a state holds under an instrument, which decides which of its
    obligations apply to it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One value of the vocabulary: the machine value, its label and its definition."""

    value: str
    label: str
    definition: str


def _terms(*rows: tuple[str, str, str]) -> dict[str, Term]:
    return {value: Term(value, label, definition) for value, label, definition in rows}


INSTRUMENT_STATES = _terms(
    ("in_force", "in force", "Entered into force and not ended on the date."),
    (
        "not_yet_in_force",
        "not yet in force",
        "Signed or open for signature, not in force, and still able to enter into force (the CTBT).",
    ),
    (
        "never_in_force",
        "never entered into force",
        "Signed, but the road to force closed before it entered into force (SALT II, START II, the 1997 ABM "
        "agreements).",
    ),
    (
        "ended",
        "ended",
        "Was in force and no longer is; the end reason says how (withdrawal, expiry, termination, superseded).",
    ),
    (
        "proposed",
        "proposed",
        "Put forward by a state or a conference, or under negotiation, with no instrument agreed; it binds no one.",
    ),
    ("adopted", "adopted, not open for signature", "A text agreed by its negotiators but not opened for signature."),
    (
        "political_commitment",
        "political commitment",
        "A declaration or framework in effect from its adoption: it binds politically and does not enter into force "
        "(the Presidential Nuclear Initiatives, the Helsinki framework, Mongolia's status).",
    ),
    ("not_yet_signed", "not yet concluded", "The date is before the instrument's first recorded event."),
)

END_REASONS = _terms(
    ("withdrawal", "withdrawal", "A party's withdrawal took effect and ended it."),
    ("expiry", "expiry", "Its term ran out."),
    ("termination", "termination", "Ended by agreement or by a party's act other than withdrawal."),
    ("superseded", "superseded", "A later instrument replaced it."),
)

NEVER_REASONS = _terms(
    (
        "expired",
        "its term ran out before it entered into force",
        "Its term ran out while it awaited entry into force (SALT II).",
    ),
    (
        "superseded",
        "superseded before it entered into force",
        "A later instrument replaced it before it entered into force.",
    ),
    (
        "abandoned",
        "abandoned before it entered into force",
        "A party or the parties gave it up, or it lapsed with the treaty it belongs to (START II).",
    ),
    (
        "withdrawn",
        "a party withdrew before it entered into force",
        "A party withdrew from it before it entered into force.",
    ),
    (
        "basis_gone",
        "what it waited on ended or can no longer enter into force",
        "It rested on an instrument that ended or can no longer enter into force (the Helsinki framework on START II).",
    ),
)

RELATIONS = _terms(
    ("party", "party", "Bound by the instrument on the date."),
    (
        "ratified",
        "ratified, not yet bound",
        "Has given its consent to be bound (ratification, accession, succession); the instrument is not yet in force "
        "for it.",
    ),
    ("signatory", "signatory", "Has signed and not (or not yet) consented to be bound."),
    ("suspended", "suspended", "A party that declared its participation suspended; still a party in law."),
    ("withdrawn", "withdrawn", "Was a party and withdrew; the withdrawal has taken effect."),
    (
        "former_party",
        "former party",
        "Was bound until the instrument ended, or until the state ceased to exist and another continued it.",
    ),
    ("participant", "participant", "Takes part in a political commitment or framework, which binds no one in law."),
    ("proponent", "proponent", "Put the proposal forward; a proposal binds no one."),
    ("not_party", "not a party", "Neither signed nor joined, by a complete record of who did."),
    (
        "not_recorded",
        "not recorded",
        "The data's list of parties is partial and does not name this state: whether it signed or joined is not known "
        "here.",
    ),
    (
        "not_a_state_then",
        "not a state then",
        "The state did not exist on the date; its predecessor's relation is shown beside it.",
    ),
)

VERDICTS = _terms(
    ("compliant", "compliant", "At or under a limit that binds, or no banned event since the party was bound."),
    ("exceeds", "exceeds", "Over a limit that binds, or a banned event while bound."),
    ("above_not_yet_binding", "above, not yet binding", "Over a limit whose deadline has not yet come."),
    ("not_in_force", "not in force", "The instrument is not in force on the date; the figure is compared, not judged."),
    ("not_party", "not a party", "The state is not bound by the instrument on the date."),
    ("no_data", "no data", "No figure with a source for that metric and party on or before the date."),
    ("not_measured", "not measured", "An obligation or ban that no shipped figure measures."),
)

JUDGEMENTS = _terms(
    (
        "consistent",
        "consistent",
        "What a statement claims agrees with the data on the statement's date (or with later events).",
    ),
    ("contradicted", "contradicted", "What a statement claims as fact disagrees with the data on its date."),
    ("not_in_data", "not in data", "The data holds nothing that settles the claim."),
)

DATE_SOURCES = _terms(
    ("option", "the date given", "The statement's date as the reader was given it (--date, the page's date field)."),
    ("text", "found in the text", "The date the statement's header, dateline or foot gives."),
    (
        "source",
        "the record's date: the text gives no day",
        "The date of the record the text was taken from (--source-date, a shipped example's record).",
    ),
    (
        "acts",
        "not in the text: dated by an act it reports",
        "The text gives no date; the day the data records for the latest act the statement tells as done (a "
        "ratification it reports), the earliest the statement can be. Give the date to judge as of another day.",
    ),
    (
        "not_read",
        "not read: judged as of today",
        "No date was given or found; claims are judged as of the day of reading.",
    ),
)

ZONE_STANDINGS = _terms(
    ("treaty", "zone in law", "A zone established by a treaty, or a status recognised in law."),
    ("partly_agreed", "partly agreed", "A signed declaration that never took full effect."),
    ("proposed", "proposed zone", "Only proposed: resolutions, offers, a conference."),
)

ROLES = _terms(
    (
        "nuclear_weapon_state",
        "nuclear-weapon state",
        "A nuclear-weapon state as the instrument defines one (NPT Art. IX.3).",
    ),
    (
        "non_nuclear_weapon_state",
        "non-nuclear-weapon state",
        "A party that is not a nuclear-weapon state under the instrument.",
    ),
    ("zone_state", "zone state", "A state of the zone a zone treaty covers."),
    ("protocol_state", "protocol state", "A state outside the zone invited to join a zone treaty's protocol."),
    (
        "annex_2",
        "Annex 2 state",
        "One of the 44 states whose ratification the CTBT needs to enter into force (Art. XIV).",
    ),
    ("depositary", "depositary", "A government that keeps the instrument's records of signature and deposit."),
    ("outside", "outside the zone", "A state outside the region a zone covers."),
)

GROUPS: dict[str, dict[str, Term]] = {
    "instrument_state": INSTRUMENT_STATES,
    "end_reason": END_REASONS,
    "never_reason": NEVER_REASONS,
    "relation": RELATIONS,
    "verdict": VERDICTS,
    "judgement": JUDGEMENTS,
    "date_source": DATE_SOURCES,
    "zone_standing": ZONE_STANDINGS,
    "role": ROLES,
}
"""Every group of the vocabulary by name, in the order the glossary lists them."""

GROUP_TITLES: dict[str, str] = {
    "instrument_state": "Where an instrument stands",
    "end_reason": "How an instrument ended",
    "never_reason": "Why an instrument never entered into force",
    "relation": "How a state stands to an instrument",
    "verdict": "Compliance verdicts",
    "judgement": "How the reader judges a statement's claim",
    "date_source": "Where the reader took a statement's date from",
    "zone_standing": "How far a nuclear-weapon-free zone has come",
    "role": "Roles under an instrument",
}


def term(group: str, value: str) -> Term:
    """The :class:`Term` of ``value`` in ``group``; a value the vocabulary lacks is a programming error."""
    try:
        return GROUPS[group][value]
    except KeyError:
        raise KeyError(f"'{value}' is not a value of the vocabulary's '{group}'") from None


def label(group: str, value: str | None) -> str:
    """The one label every interface prints for ``value`` (``None`` prints as an en dash)."""
    return "–" if value is None else term(group, value).label


def labels(group: str) -> dict[str, str]:
    """Every value of ``group`` with its label, for templates and scripts."""
    return {value: t.label for value, t in GROUPS[group].items()}


def values(group: str) -> tuple[str, ...]:
    """The machine values of ``group``, in order."""
    return tuple(GROUPS[group])


def describe(group: str) -> str:
    """The group's values and definitions as one line for an API schema's description."""
    return "; ".join(f"{t.value}: {t.definition}" for t in GROUPS[group].values())
