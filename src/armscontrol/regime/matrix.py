"""States × instruments: the status of every state under every chosen instrument on a date.

The matrix is read from :func:`armscontrol.regime.status.party_status_on`, so a
state that an instrument's partial list does not record shows ``not_recorded``,
never ``not_party``. The answer is a pydantic model (:class:`Matrix`) that every
interface renders as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pydantic import BaseModel, Field

from armscontrol.data.parties import historical, party_name
from armscontrol.data.schema import Instrument
from armscontrol.regime.standing import standing_on
from armscontrol.regime.status import PARTY_STATUSES, count_by_status, party_status_on, status_on


class MatrixCell(BaseModel):
    """One state's status under one instrument."""

    instrument: str
    status: str
    since: dt.date | None = None
    note: str | None = None


class MatrixRow(BaseModel):
    """One state and its status under each instrument, in the order of ``Matrix.instruments``."""

    party: str
    name: str
    cells: list[MatrixCell]


class MatrixColumn(BaseModel):
    """One instrument: its state on the date and whether its party list is complete."""

    id: str
    short_title: str
    state: str
    standing: str = Field(default="", description="where the instrument stands, in the vocabulary (instrument_state)")
    parties_complete: bool = Field(description="whether the data lists every party and signatory")
    parties_recorded: int
    party_list_as_of: dt.date | None = Field(
        default=None, description="the date the party list is complete or recorded as of"
    )
    counts: dict[str, int] = Field(description="recorded states by status on the date")


class Matrix(BaseModel):
    """States × instruments on a date."""

    on: dt.date
    instruments: list[MatrixColumn]
    rows: list[MatrixRow]


class StatusSummary(BaseModel):
    """Counts of recorded states by status on a date, with the depositary's published totals where recorded."""

    id: str
    short_title: str
    on: dt.date
    state: str
    counts: dict[str, int]
    parties_recorded: int
    parties_complete: bool
    party_list_as_of: dt.date | None = None
    published_parties: int | None = Field(default=None, description="the published total of parties (membership)")
    published_signatories: int | None = None
    published_as_of: dt.date | None = None
    published_source: str | None = Field(default=None, description="source key of the published totals")
    standing: str = Field(default="", description="where the instrument stands, in the vocabulary (instrument_state)")
    states_counted: int = Field(default=0, description="the states counted: those existing on the date")
    not_existing: list[str] = Field(
        default_factory=list,
        description="recorded states that did not exist on the date (ceased to exist, or not yet a state): not counted",
    )


def status_summary(instrument: Instrument, on: dt.date, others: Iterable[str] = ()) -> StatusSummary:
    """Counts by relation of the states existing on ``on``: those the data records for ``instrument``, and ``others``.

    A recorded state that did not exist on the date (the Soviet Union after 1991,
    Serbia and Montenegro after 2006, Ukraine before 1991) is not counted; it is
    named in ``not_existing``. ``others`` (every UN member state, say) are
    counted by :func:`~armscontrol.regime.status.party_status_on`: ``not_party``
    where the list is complete, ``not_recorded`` where it is not.

    Parameters
    ----------
    instrument : Instrument
        A validated instrument record.
    on : datetime.date
        The date asked about.
    others : iterable of str
        States to count beside the recorded ones (ISO alpha-3).
    """

    status = status_on(instrument, on)
    m = instrument.membership
    recorded = {p.party for p in status.parties}
    gone = [
        p.party
        for p in status.parties
        if ((h := historical(p.party)) is not None and h.ended <= on) or p.status == "not_a_state_then"
    ]
    relations = [p.status for p in status.parties if p.party not in gone]
    relations += [
        party_status_on(instrument, code, on).status for code in dict.fromkeys(others) if code not in recorded
    ]
    counts: dict[str, int] = {name: relations.count(name) for name in PARTY_STATUSES if relations.count(name)}
    return StatusSummary(
        id=instrument.id,
        short_title=instrument.short_title,
        on=on,
        state=status.state,
        standing=standing_on(instrument, on).category,
        counts=counts,
        states_counted=len(relations),
        not_existing=sorted(gone),
        parties_recorded=len(status.parties),
        parties_complete=status.parties_complete,
        party_list_as_of=status.party_list_as_of,
        published_parties=m.parties if m is not None else None,
        published_signatories=m.signatories if m is not None else None,
        published_as_of=m.as_of if m is not None else None,
        published_source=m.source.ref if m is not None else None,
    )


def matrix(instruments: Iterable[Instrument], on: dt.date, states: Iterable[str] | None = None) -> Matrix:
    """The status of each state under each instrument on ``on``.

    Parameters
    ----------
    instruments : iterable of Instrument
        The columns, in order.
    on : datetime.date
        The date asked about.
    states : iterable of str, optional
        The rows (ISO alpha-3 codes), in order; default every state any chosen
        instrument records, sorted by code.
    """
    chosen = list(instruments)
    if states is None:
        rows_codes = sorted({r.party for i in chosen for r in i.parties})
    else:
        rows_codes = list(dict.fromkeys(states))
    columns = []
    for instrument in chosen:
        status = status_on(instrument, on)
        columns.append(
            MatrixColumn(
                id=instrument.id,
                short_title=instrument.short_title,
                state=status.state,
                standing=standing_on(instrument, on).category,
                parties_complete=status.parties_complete,
                parties_recorded=len(status.parties),
                party_list_as_of=status.party_list_as_of,
                counts=count_by_status(instrument, on),
            )
        )
    rows = []
    for code in rows_codes:
        cells = []
        for instrument in chosen:
            party = party_status_on(instrument, code, on)
            cells.append(MatrixCell(instrument=instrument.id, status=party.status, since=party.since, note=party.note))
        rows.append(MatrixRow(party=code, name=party_name(code), cells=cells))
    return Matrix(on=on, instruments=columns, rows=rows)


__all__ = [
    "PARTY_STATUSES",
    "Matrix",
    "MatrixCell",
    "MatrixColumn",
    "MatrixRow",
    "StatusSummary",
    "matrix",
    "status_summary",
]
