"""The shipped party lists against published totals at dated points.

Two sets of totals: those copied under ``tests/data/party_totals.yaml`` with their publishers, and the
``membership`` totals the instrument files carry. A complete list must give the published count on
the day; a partial list may differ from it only by the gap its row states (``differs_by``), so a
list completed later, or one that drifts, fails here until its row is updated.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from armscontrol.data import registry
from armscontrol.regime.status import entry_into_force, parties_complete, status_on

TOTALS = yaml.safe_load((Path(__file__).parents[1] / "data" / "party_totals.yaml").read_text())

COUNTED = {
    "bound": {"party", "suspended"},
    "consented": {"ratified", "party", "suspended"},
    "signatory": {"signatory"},
    "joined": {"party", "suspended", "withdrawn"},
}

# Where a file's own `membership` total and its list are known to differ, by how much and why.
MEMBERSHIP_GAPS = {
    "npt": (
        -1,
        "joined",
        "UNODA counts 191 joined by 2015-04-10; the list records the State of Palestine's accession only from "
        "2015-12-12 (secondary compilation), where UNODA's count needs it by April 2015",
    ),
    "pelindaba": (1, "bound", "the compilation's dates count 30 on 2010-08-01 where the ISS counts 29"),
    "outer-space-treaty": (-28, "bound", "a partial list: 87 of the 115 parties of March 2024"),
    "ptbt": (-4, "bound", "a partial list: 122 of the 126 parties of February 2013 (Taiwan counted)"),
    "seabed-treaty": (-17, "bound", "a partial list: 77 of the 94 parties of May 2014"),
    "antarctic-treaty": (-1, "bound", "a partial list: 55 of the 56 parties of February 2023"),
}


def counted(instrument_id: str, day: dt.date, count: str) -> int:
    status = status_on(registry().instruments[instrument_id], day)
    return sum(1 for p in status.parties if p.status in COUNTED[count])


@pytest.mark.parametrize("row", TOTALS, ids=[f"{r['instrument']}-{r['day']}-{r['count']}" for r in TOTALS])
def test_list_against_a_published_total(row: dict) -> None:
    instrument = registry().instruments[row["instrument"]]
    assert row["kind"] in {"primary", "secondary"} and row["publisher"] and row["title"] and row["date"]
    gap = row.get("differs_by", 0)
    if parties_complete(instrument) and instrument.party_list is not None and row["day"] <= instrument.party_list.as_of:
        assert gap == 0, "a complete list must give the published count"
    assert counted(row["instrument"], row["day"], row["count"]) - row["total"] == gap, row.get("note")


def membership_rows() -> list[str]:
    return sorted(i.id for i in registry().instruments.values() if i.membership is not None)


@pytest.mark.parametrize("instrument_id", membership_rows())
def test_list_against_the_total_its_file_carries(instrument_id: str) -> None:
    instrument = registry().instruments[instrument_id]
    m = instrument.membership
    in_force = entry_into_force(instrument) is not None and entry_into_force(instrument) <= m.as_of
    gap, count, _why = MEMBERSHIP_GAPS.get(instrument_id, (0, "bound" if in_force else "consented", ""))
    assert counted(instrument_id, m.as_of, count) - m.parties == gap


def test_every_stated_gap_is_explained() -> None:
    for row in TOTALS:
        if row.get("differs_by", 0):
            assert row.get("note"), row
    assert all(why for _gap, _count, why in MEMBERSHIP_GAPS.values())


def test_the_table_in_the_data_guide_matches_the_data() -> None:
    from armscontrol.regime.coverage import TABLE_END, TABLE_START, table

    guide = (Path(__file__).parents[2] / "docs" / "data.md").read_text()
    shown = guide.split(TABLE_START, 1)[1].split(TABLE_END, 1)[0].strip()
    assert shown == table().strip(), "run python -m armscontrol.regime.coverage and paste its output into docs/data.md"


def test_the_table_covers_every_zone_and_multilateral_instrument_with_a_list() -> None:
    from armscontrol.regime.coverage import coverage, listed

    reg = registry()
    ids = {i.id for i in listed(reg)}
    assert {"ptbt", "outer-space-treaty", "seabed-treaty", "antarctic-treaty", "pelindaba", "tlatelolco"} <= ids
    antarctic = coverage(reg.instruments["antarctic-treaty"], reg)
    assert antarctic.recorded == antarctic.primary + antarctic.secondary and not antarctic.complete
