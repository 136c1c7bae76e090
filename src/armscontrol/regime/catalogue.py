"""Finding instruments: by id, short title or alias, case-insensitively, with suggestions."""

from __future__ import annotations

import datetime as dt
import re

from armscontrol.data import Registry, registry
from armscontrol.data.schema import Instrument
from armscontrol.errors import UserError, suggest

KINDS = ("treaty", "protocol", "agreement", "memorandum", "framework", "proposal", "declaration")
SUBJECT_FILTERS = ("zone",)
"""Filters ``--kind`` also accepts that select by subject rather than by kind."""


def _key(text: str) -> str:
    """Fold case, spaces, hyphens and dots so that 'START 2', 'start-2' and 'Start2' meet."""
    return re.sub(r"[\s\-_.'’]+", "", text.lower())


def names_of(instrument: Instrument) -> list[str]:
    return [instrument.id, instrument.short_title, *instrument.aliases]


def resolve_instrument(text: str, reg: Registry | None = None) -> Instrument:
    """The instrument a user means by ``text``; an unknown name gets the nearest known ones.

    Examples
    --------
    >>> resolve_instrument("New START").id
    'new-start'
    """
    reg = reg or registry()
    wanted = _key(text)
    for instrument in reg.instruments.values():
        if wanted in {_key(name) for name in names_of(instrument)}:
            return instrument
    names = {name: i.id for i in reg.instruments.values() for name in names_of(i)}
    raise suggest(text, names, what="instrument")


def is_zone(instrument: Instrument, reg: Registry | None = None) -> bool:
    """Whether an instrument belongs to a nuclear-weapon-free zone.

    True for an instrument marked ``subjects: [zone]``, for a treaty whose parties
    include zone states, and for a protocol linked (``protocol_to``) to such a treaty.
    """
    if "zone" in instrument.subjects or any("zone_state" in p.roles for p in instrument.parties):
        return True
    reg = reg or registry()
    parents = [link.to for link in reg.linkages if link.from_ == instrument.id and link.type == "protocol_to"]
    return any(
        is_zone(reg.instruments[parent], reg)
        for parent in parents
        if parent in reg.instruments and parent != instrument.id
    )


def zone_standing(instrument: Instrument, reg: Registry | None = None) -> str | None:
    """How far a zone instrument has come: ``treaty``, ``partly_agreed`` or ``proposed``; None if not a zone."""
    if not is_zone(instrument, reg):
        return None
    if instrument.zone_standing is not None:
        return instrument.zone_standing
    return "proposed" if instrument.kind == "proposal" else "treaty"


def list_instruments(kind: str | None = None, reg: Registry | None = None) -> list[Instrument]:
    """Every instrument, oldest first, optionally of one kind (or ``zone``: every zone instrument)."""
    reg = reg or registry()
    choices = (*KINDS, *SUBJECT_FILTERS)
    if kind is not None and kind not in choices:
        hint = suggest(kind, choices, what="kind")
        raise UserError(f"{hint} (kinds: {', '.join(choices)})")
    if kind == "zone":
        chosen = [i for i in reg.instruments.values() if is_zone(i, reg)]
    else:
        chosen = [i for i in reg.instruments.values() if kind is None or i.kind == kind]
    return sorted(chosen, key=lambda i: (i.events[0].date, i.id))


def zones_on(day: dt.date, reg: Registry | None = None) -> list[dict[str, object]]:
    """Every nuclear-weapon-free-zone instrument on ``day``: its standing and its state.

    ``standing`` is ``treaty``, ``partly_agreed`` or ``proposed`` (see
    :data:`armscontrol.data.schema.ZoneStanding`); ``state`` is the instrument's state
    on the day (``in_force``, ``not_in_force``, ...), so a proposal never reads as in force.
    """
    from armscontrol.regime.status import status_on  # on first use: keeps `links` quick

    reg = reg or registry()
    rows: list[dict[str, object]] = []
    for instrument in list_instruments("zone", reg):
        status = status_on(instrument, day)
        rows.append(
            {
                "id": instrument.id,
                "short_title": instrument.short_title,
                "kind": instrument.kind,
                "standing": zone_standing(instrument, reg),
                "state": status.state,
                "first_event": instrument.events[0].date,
            }
        )
    return rows


def check_unique_names(reg: Registry) -> list[str]:
    """Names (ids, titles, aliases) that would resolve to more than one instrument."""
    owners: dict[str, set[str]] = {}
    for instrument in reg.instruments.values():
        for name in names_of(instrument):
            owners.setdefault(_key(name), set()).add(instrument.id)
    return sorted(f"{name}: {', '.join(sorted(ids))}" for name, ids in owners.items() if len(ids) > 1)
