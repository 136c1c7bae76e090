"""States × instruments: every state's status under the multilateral instruments on a date.

The statuses are :func:`armscontrol.regime.matrix.matrix`'s: a state that a
partial party list does not record is ``not_recorded``, never ``not_party``.
This answer adds what the dashboard's matrix and map need: every UN member
state as a row, its ISO alpha-2 code and region, each cell's roles (CTBT
Annex 2), and the filters.

Regions are the UN M49 regions as the ``country_converter`` package ships them
(a secondary compilation; its table is cited in :data:`REGION_SOURCE`).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from importlib import resources

from pydantic import Field

from armscontrol.answers.common import Answer, given, listed, parse_date, resolve_instrument_input, resolve_party_input
from armscontrol.citations import SourceRef, cite_text
from armscontrol.data.parties import party_name
from armscontrol.errors import NotFound, UserError, closest
from armscontrol.regime.catalogue import list_instruments
from armscontrol.regime.matrix import MatrixColumn  # one model for a column, the domain's
from armscontrol.regime.matrix import matrix as domain_matrix
from armscontrol.regime.status import PARTY_STATUSES
from armscontrol.vocabulary import describe

REGION_SOURCE = cite_text(
    SourceRef(
        ref="country-converter-regions",
        publisher="country_converter (Python package)",
        title="country_data.tsv",
        at="columns ISO3, continent and UNregion",
        kind="secondary",
        cites="the United Nations Statistics Division's M49 regions, as compiled by the package",
    )
)

STATUS_ORDER = PARTY_STATUSES
"""Relations in the vocabulary's order."""


@functools.cache
def country_table() -> dict[str, dict[str, str]]:
    """ISO3 -> {iso2, name, continent, region, un_member} from the ``country_converter`` package data."""
    try:
        text = resources.files("country_converter").joinpath("country_data.tsv").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - a dependency
        return {}
    table = {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        code = row.get("ISO3") or ""
        if len(code) == 3:
            table[code] = {
                "iso2": (row.get("ISO2") or "").lower(),
                "name": row.get("name_short") or code,
                "continent": row.get("continent") or "",
                "region": row.get("UNregion") or "",
                "un_member": row.get("UNmember") or "",
            }
    return table


def regions() -> list[str]:
    """Every continent and UN region, as filter choices."""
    table = country_table().values()
    return sorted({r["continent"] for r in table if r["continent"]} | {r["region"] for r in table if r["region"]})


class MatrixCell(Answer):
    """One state's status under one instrument on the date."""

    instrument: str
    status: str = Field(description="the relation: " + describe("relation"))
    since: dt.date | None = None
    roles: list[str] = Field(default_factory=list)
    note: str | None = None
    can_join: bool = Field(
        default=True,
        description="false: the instrument is open only to the states of a region (a zone treaty) or to the states "
        "its party list names (a treaty's signatories and their successors) and this state is outside it, so "
        "'not_party' is no choice of its own",
    )


class MatrixRow(Answer):
    party: str
    name: str
    iso2: str | None = Field(description="ISO 3166-1 alpha-2 code (lower case), for maps; null for historical states")
    continent: str | None
    region: str | None = Field(description="UN M49 sub-region")
    un_member: bool = Field(
        default=True,
        description="false: not a UN member state (a territory, an observer, "
        "or a state that ceased to exist), listed because an instrument records it",
    )
    cells: list[MatrixCell]


class MatrixAnswer(Answer):
    """States × multilateral instruments on a date, with the filters applied."""

    on: dt.date
    instruments: list[MatrixColumn]
    rows: list[MatrixRow]
    filters: dict[str, str | None]
    region_source: str = REGION_SOURCE or ""
    note: str = (
        'Where an instrument\'s party list is partial, a state it does not record is "not recorded": its absence '
        'says nothing about whether it is a party. Where the list is complete, an unlisted state is "not a party".'
    )


FILTERS = ("signed-not-ratified", "annex-2")


def matrix(
    on: str | dt.date | None = None,
    region: str | None = None,
    only: str | None = None,
    instruments: str | list[str] | None = None,
    states: str | list[str] | None = None,
) -> MatrixAnswer:
    """Every state against the multilateral instruments (or those named) on a date.

    Parameters
    ----------
    on : str or date, optional
        The date (default today).
    region : str, optional
        A continent or UN M49 sub-region (``Africa``, ``Western Europe``, ...).
    only : str, optional
        ``signed-not-ratified``: states that signed at least one chosen instrument without consenting to it;
        ``annex-2``: the 44 States of the CTBT's Annex 2.
    instruments : str or list of str, optional
        Instrument ids or aliases, comma-separated or as a list (default: every
        multilateral instrument whose party list is described).
    states : str or list of str, optional
        States (codes or names), comma-separated or as a list: only these rows, in
        this order (default: every UN member state and every state a chosen
        instrument records).
    """

    day = parse_date(on)
    region = given(region, what="region", example="Africa")
    only = given(only, what="only", example="signed-not-ratified")
    if only is not None and only not in FILTERS:
        raise UserError(
            f"only: expected one of {', '.join(FILTERS)}, got '{only}'",
            field="only",
            suggestion=(closest(only, FILTERS) or [FILTERS[0]])[0],
        )
    names = _items(instruments, what="instruments", example="npt,ctbt")
    if names is not None:
        chosen = list({i.id: i for i in (resolve_instrument_input(n, what="instruments") for n in names)}.values())
    else:
        chosen = [i for i in list_instruments() if i.scope == "multilateral" and i.party_list is not None]
    table = country_table()
    if region is not None:
        known = regions()
        match = next((r for r in known if r.lower() == region.lower()), None)
        if match is None:
            raise NotFound(
                f"region: unknown region '{region}'; expected a continent or UN region such as Africa or Western "
                f"Europe",
                field="region",
                suggestion=next(iter(closest(region, known)), None),
            )
        region = match

    wanted = _items(states, what="states", example="USA,Papua New Guinea")
    if wanted is not None:
        codes = list(dict.fromkeys(resolve_party_input(s, what="states") for s in wanted))
    else:
        recorded = {r.party for i in chosen for r in i.parties}
        codes = sorted(
            recorded | {c for c, r in table.items() if r["un_member"]},
            key=lambda c: (table.get(c, {}).get("name") or party_name(c)).lower(),
        )
    found = domain_matrix(chosen, day, codes)
    roles = {(i.id, r.party): list(r.roles) for i in chosen for r in i.parties}
    open_to = {
        i.id: set(i.party_list.open_to) for i in chosen if i.party_list is not None and i.party_list.open_to is not None
    }
    columns = list(found.instruments)
    rows = []
    for found_row in found.rows:
        code = found_row.party
        info = table.get(code)
        cells = [
            MatrixCell(
                instrument=c.instrument,
                status=c.status,
                since=c.since,
                note=c.note,
                roles=roles.get((c.instrument, code), []),
                can_join=c.instrument not in open_to or code in open_to[c.instrument],
            )
            for c in found_row.cells
        ]
        row = MatrixRow(
            party=code,
            name=party_name(code) if info is None else info["name"],
            iso2=info["iso2"] if info else None,
            continent=info["continent"] if info else None,
            region=info["region"] if info else None,
            un_member=bool(info and info["un_member"]),
            cells=cells,
        )
        if region is not None and region not in (row.continent, row.region):
            continue
        if only == "signed-not-ratified" and not any(c.status == "signatory" for c in cells):
            continue
        if only == "annex-2" and not any("annex_2" in c.roles for c in cells):
            continue
        rows.append(row)
    return MatrixAnswer(
        on=day,
        instruments=columns,
        rows=rows,
        filters={
            "region": region,
            "only": only,
            "instruments": ",".join(names) if names else None,
            "states": ",".join(wanted) if wanted else None,
        },
    )


def _items(value: str | list[str] | None, *, what: str, example: str) -> list[str] | None:
    """A comma-separated string or a list, as a list of non-blank items; empty is refused (:func:`listed`)."""
    if value is None or isinstance(value, str):
        return listed(value, what=what, example=example)
    items = [v.strip() for v in value if v.strip()]
    if not items:
        raise UserError(f"{what}: no value given; give a list such as {example}", field=what)
    return items
