"""How complete each multilateral and zone instrument's list of states is, and where it comes from.

One row per instrument: how many states the data records, how many it counts bound on the
list's own date, the published total where the data carries one (``membership``), how many
records rest on a depositary's or official record and how many on a secondary compilation,
and whether the list is taken as complete. ``python -m armscontrol.regime.coverage`` prints
the rows as the Markdown table that ``docs/data.md`` carries ("Party lists at a glance").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from armscontrol.data import Registry, registry
from armscontrol.data.schema import Instrument, PartyRecord
from armscontrol.regime.standing import CATEGORY_LABEL, standing_on
from armscontrol.regime.status import parties_complete, status_on

TABLE_START = "<!-- party-lists:start (python -m armscontrol.regime.coverage) -->"
TABLE_END = "<!-- party-lists:end -->"
"""The markers around the generated table in ``docs/data.md``."""


@dataclass(frozen=True)
class Coverage:
    """One instrument's party list.

    Attributes
    ----------
    instrument, short_title : str
        The instrument's id and short title.
    recorded : int
        States the data records (signatories, parties and historical states alike).
    bound : int
        States the data counts bound on ``as_of``.
    standing : str
        Where the instrument stands on that day (a category of :mod:`armscontrol.regime.standing`).
    as_of : datetime.date or None
        The date the list speaks for (``party_list.as_of``); ``None`` where the file gives none.
    complete : bool
        Whether the list is taken as complete (a state it does not name is ``not_party``).
    published : int or None
        The published total of parties the file carries (``membership``), if any.
    published_as_of : datetime.date or None
        The date of that total.
    published_by : str or None
        Its publisher.
    published_secondary : bool
        Whether that total comes from a secondary compilation (labelled so in the table).
    primary, secondary : int
        Records resting only on depositaries' or official records, and records with at least one
        date from a secondary compilation.
    """

    instrument: str
    short_title: str
    recorded: int
    bound: int
    standing: str
    as_of: dt.date | None
    complete: bool
    published: int | None
    published_as_of: dt.date | None
    published_by: str | None
    published_secondary: bool
    primary: int
    secondary: int


def _rests_on_secondary(record: PartyRecord, reg: Registry) -> bool:
    return any(reg.source(e.source).kind == "secondary" for e in record.events if e.source is not None)


def listed(reg: Registry) -> list[Instrument]:
    """Every multilateral instrument with states recorded or a party list, and every zone instrument, by id."""
    chosen = [
        i
        for i in reg.instruments.values()
        if (i.scope == "multilateral" and (i.parties or i.party_list is not None)) or "zone" in i.subjects
    ]
    return sorted(chosen, key=lambda i: i.id)


def coverage(instrument: Instrument, reg: Registry | None = None) -> Coverage:
    """The party list of ``instrument``: see :class:`Coverage`."""
    reg = reg or registry()
    as_of = instrument.party_list.as_of if instrument.party_list is not None else None
    day = as_of or dt.date.today()
    status = status_on(instrument, day)
    bound = sum(1 for p in status.parties if p.status in {"party", "suspended"})
    secondary = sum(1 for r in instrument.parties if _rests_on_secondary(r, reg))
    m = instrument.membership
    return Coverage(
        instrument=instrument.id,
        short_title=instrument.short_title,
        recorded=len(instrument.parties),
        bound=bound,
        standing=standing_on(instrument, day, reg).category,
        as_of=as_of,
        complete=parties_complete(instrument),
        published=m.parties if m is not None else None,
        published_as_of=m.as_of if m is not None else None,
        published_by=reg.source(m.source).publisher if m is not None else None,
        published_secondary=m is not None and reg.source(m.source).kind == "secondary",
        primary=len(instrument.parties) - secondary,
        secondary=secondary,
    )


def table(reg: Registry | None = None) -> str:
    """The Markdown table of every listed instrument's party list, as ``docs/data.md`` carries it."""
    reg = reg or registry()
    lines = [
        "| instrument | states recorded | bound on the list's date | published total | records: primary / secondary | "
        "complete | as of |",
        "|---|---|---|---|---|---|---|",
    ]
    for instrument in listed(reg):
        c = coverage(instrument, reg)
        label = "secondary: " if c.published_secondary else ""
        published = (
            f"{c.published} ({label}{c.published_by}, "
            f"{c.published_as_of.isoformat() if c.published_as_of else 'undated'})"
            if c.published is not None
            else "none recorded"
        )
        as_of = c.as_of.isoformat() if c.as_of is not None else "no list date"
        bound = str(c.bound) if c.standing == "in_force" else f"{c.bound} ({CATEGORY_LABEL[c.standing]})"
        lines.append(
            f"| {c.short_title} | {c.recorded} | {bound} | {published} | {c.primary} / {c.secondary} | "
            f"{'yes' if c.complete else 'no'} | {as_of} |"
        )
    return "\n".join(lines)


def main() -> None:
    """Print the table between its markers, to paste into ``docs/data.md``."""
    print(TABLE_START)
    print(table())
    print(TABLE_END)


if __name__ == "__main__":
    main()
