"""The instruments added for the whole regime: TPNW totals, zones, nuclear explosions, after New START."""

from __future__ import annotations

import collections
import datetime as dt
from pathlib import Path

import pytest
import yaml

from armscontrol.data import registry
from armscontrol.regime.catalogue import list_instruments, zone_standing, zones_on
from armscontrol.regime.status import entry_into_force_for, status_on

NEW = [
    "tpnw",
    "outer-space-treaty",
    "seabed-treaty",
    "antarctic-treaty",
    "accidents-measures-1971",
    "prevention-nuclear-war-1973",
    "nrrc-1987",
    "launch-notification-1988",
    "pni-1991",
    "korea-denuclearization-1992",
    "middle-east-zone",
    "south-asia-zone",
    "cee-zone",
    "new-start-central-limits-pledge",
]
TPNW_TOTALS = yaml.safe_load((Path(__file__).parents[1] / "data" / "tpnw_totals.yaml").read_text())


@pytest.mark.parametrize("instrument_id", NEW)
def test_new_instrument_has_events_provisions_and_sourced_party_events(instrument_id: str) -> None:
    instrument = registry().instruments[instrument_id]
    assert instrument.events and instrument.provisions
    sources = registry().sources
    for record in instrument.parties:
        for event in record.events:
            assert event.source.ref in sources, (record.party, event.type)


@pytest.mark.parametrize("total", TPNW_TOTALS, ids=lambda t: str(t["day"]))
def test_tpnw_parties_match_the_published_total(total: dict) -> None:
    status = status_on(registry().instruments["tpnw"], total["day"])
    bound_or_consented = sum(1 for p in status.parties if p.status in {"ratified", "party"})
    assert bound_or_consented == total["consent"]
    assert total["publisher"] and total["title"] and total["date"]


def test_tpnw_later_parties_are_bound_90_days_after_deposit() -> None:
    tpnw = registry().instruments["tpnw"]
    eif = next(e.date for e in tpnw.events if e.type == "entry_into_force")
    fiftieth = dt.date(2020, 10, 24)
    for record in tpnw.parties:
        consent = next((e.date for e in record.events if e.type in {"ratified", "acceded"}), None)
        own = next((e.date for e in record.events if e.type == "entry_into_force"), None)
        if consent is None:
            assert own is None
            assert entry_into_force_for(tpnw, record) is None
        elif consent > fiftieth:
            assert own == consent + dt.timedelta(days=90), record.party
            assert entry_into_force_for(tpnw, record) == own, record.party
        else:
            assert own is None and eif == dt.date(2021, 1, 22), record.party
            assert entry_into_force_for(tpnw, record) == eif, record.party


def test_tpnw_membership_total_equals_what_is_recorded() -> None:
    tpnw = registry().instruments["tpnw"]
    recorded = sum(1 for r in tpnw.parties if any(e.type in {"ratified", "acceded"} for e in r.events))
    assert tpnw.membership is not None and recorded == tpnw.membership.parties == 74


def test_zone_filter_shows_treaties_partly_agreed_and_proposals() -> None:
    rows = {r["id"]: r for r in zones_on(dt.date(2026, 11, 23))}
    assert rows["tlatelolco"]["standing"] == "treaty" and rows["tlatelolco"]["state"] == "in_force"
    assert rows["korea-denuclearization-1992"]["standing"] == "partly_agreed"
    assert rows["middle-east-zone"]["standing"] == "proposed" and rows["middle-east-zone"]["state"] == "not_in_force"
    assert rows["south-asia-zone"]["standing"] == "proposed" and rows["cee-zone"]["standing"] == "proposed"
    assert "tlatelolco-protocol-ii" in rows  # protocols belong to their zone
    assert "npt" not in rows and "tpnw" not in rows
    assert {i.id for i in list_instruments("zone")} == set(rows)
    assert zone_standing(registry().instruments["new-start"]) is None


def test_instruments_kind_zone_command() -> None:
    from typer.testing import CliRunner

    from armscontrol.cli import app

    result = CliRunner().invoke(app, ["instruments", "--kind", "zone", "--on", "2026-11-23"])
    assert result.exit_code == 0, result.output
    assert "proposed" in result.output and "partly agreed" in result.output


# Totals printed in the FOA/SIPRI report (section 2), kept here so the test runs on a fresh clone.
FOA_SIPRI_TOTALS = {"USA": 1032, "SUN": 715, "FRA": 210, "GBR": 45, "CHN": 45, "IND": 3, "PAK": 2}


def test_nuclear_explosions_by_year_add_up_to_the_published_totals() -> None:
    rows = [h for h in registry().holdings if h.metric == "nuclear_explosions_in_year"]
    totals: collections.Counter[str] = collections.Counter()
    for row in rows:
        assert row.as_of.month == 12 and row.as_of.day == 31 and 1945 <= row.as_of.year <= 1998
        assert row.source.ref == "foa-sipri-nuclear-explosions-1945-1998"
        totals[row.party] += row.value or 0
    assert dict(totals) == FOA_SIPRI_TOTALS
    assert sum(totals.values()) == 2052
    by_year = collections.Counter()
    for row in rows:
        by_year[row.as_of.year] += row.value or 0
    assert by_year[1962] == 178 and by_year[1958] == 116 and by_year[1998] == 4 and by_year.get(1959, 0) == 0


def test_metric_says_it_covers_1945_to_1998_only() -> None:
    metric = registry().metrics["nuclear_explosions_in_year"]
    assert "1945-1998" in metric.title


def test_after_new_start_what_is_recorded() -> None:
    reg = registry()
    assert status_on(reg.instruments["new-start"], dt.date(2026, 11, 23)).state == "ended"
    pledge = reg.instruments["new-start-central-limits-pledge"]
    dates = sorted(e.date for r in pledge.parties for e in r.events)
    assert dates[0] == dt.date(2025, 9, 22) and dates[-1] <= dt.date(2026, 11, 23)
    assert status_on(pledge, dt.date(2026, 11, 23)).state == "not_in_force"
    assert any(link.from_ == pledge.id and link.party == "RUS" for link in reg.linkages)
