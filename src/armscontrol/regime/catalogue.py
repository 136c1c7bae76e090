"""Finding instruments: by id, short title or alias, case-insensitively, with suggestions."""

from __future__ import annotations

import re

from armscontrol.data import Registry, registry
from armscontrol.data.schema import Instrument
from armscontrol.errors import UserError, suggest

KINDS = ("treaty", "protocol", "agreement", "memorandum", "framework", "proposal", "declaration")


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


def list_instruments(kind: str | None = None, reg: Registry | None = None) -> list[Instrument]:
    """Every instrument, oldest first, optionally of one kind."""
    reg = reg or registry()
    if kind is not None and kind not in KINDS:
        hint = suggest(kind, KINDS, what="kind")
        raise UserError(f"{hint} (kinds: {', '.join(KINDS)})")
    chosen = [i for i in reg.instruments.values() if kind is None or i.kind == kind]
    return sorted(chosen, key=lambda i: (i.events[0].date, i.id))


def check_unique_names(reg: Registry) -> list[str]:
    """Names (ids, titles, aliases) that would resolve to more than one instrument."""
    owners: dict[str, set[str]] = {}
    for instrument in reg.instruments.values():
        for name in names_of(instrument):
            owners.setdefault(_key(name), set()).add(instrument.id)
    return sorted(f"{name}: {', '.join(sorted(ids))}" for name, ids in owners.items() if len(ids) > 1)
