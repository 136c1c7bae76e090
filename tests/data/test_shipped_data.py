"""The shipped data: coverage the users rely on, and a source behind every date and provision."""

from __future__ import annotations

import pytest

from armscontrol.data import registry
from armscontrol.data.loader import citations
from armscontrol.regime.catalogue import check_unique_names

REQUIRED = [
    "abm",
    "abm-protocol-1974",
    "abm-demarcation-1997",
    "abm-succession-1997",
    "salt-i-interim",
    "salt-ii",
    "inf",
    "start-i",
    "lisbon-protocol",
    "start-ii",
    "start-ii-protocol-1997",
    "helsinki-framework",
    "sort",
    "new-start",
    "ptbt",
    "ttbt",
    "ctbt",
    "npt",
    "tlatelolco",
    "rarotonga",
    "bangkok",
    "pelindaba",
    "semipalatinsk",
    "mongolia-nwfs",
    "russia-2000-proposal",
]
ZONE_PROTOCOLS = [
    "tlatelolco-protocol-ii",
    "rarotonga-protocol-2",
    "bangkok-protocol",
    "pelindaba-protocol-i",
    "semipalatinsk-protocol",
]


@pytest.mark.parametrize("instrument_id", REQUIRED + ZONE_PROTOCOLS)
def test_instrument_is_shipped(instrument_id: str) -> None:
    assert instrument_id in registry().instruments


def test_every_date_and_provision_has_a_resolvable_source() -> None:
    reg = registry()
    for instrument in reg.instruments.values():
        for event in instrument.events:
            assert event.source.ref in reg.sources, (instrument.id, event)
        for record in instrument.parties:
            for event in record.events:
                assert event.source.ref in reg.sources, (instrument.id, record.party, event)
            if not record.events:
                assert record.source is not None, f"{instrument.id}: {record.party} has neither events nor a source"
        for provision in instrument.provisions:
            assert provision.source.ref in reg.sources
            assert provision.article, (instrument.id, provision.id)
        for citation, where in citations(instrument, ""):
            source = reg.sources[citation.ref]
            assert source.publisher and source.title, (instrument.id, where)


def test_sources_are_dated_documents() -> None:
    undated = [
        key
        for key, s in registry().sources.items()
        if s.date is None and s.kind not in {"official", "declared", "estimate"}
    ]
    assert undated == []


def test_names_resolve_to_one_instrument_each() -> None:
    assert check_unique_names(registry()) == []


def test_ctbt_lists_the_44_annex_2_states() -> None:
    ctbt = registry().instruments["ctbt"]
    annex_2 = [p for p in ctbt.parties if "annex_2" in p.roles]
    assert len(annex_2) == 44
    assert {"USA", "RUS", "CHN", "IND", "PAK", "PRK", "ISR", "IRN", "EGY"} <= {p.party for p in annex_2}
    russia = next(p for p in ctbt.parties if p.party == "RUS")
    assert [e.type for e in russia.events][-1] == "ratification_revoked"


def test_npt_records_nuclear_weapon_states_and_those_outside() -> None:
    npt = registry().instruments["npt"]
    roles = {p.party: set(p.roles) for p in npt.parties}
    nws = {party for party, r in roles.items() if "nuclear_weapon_state" in r}
    assert {"USA", "GBR", "FRA", "CHN"} <= nws and ({"RUS", "SUN"} & nws)
    assert {"IND", "PAK", "ISR"} <= {party for party, r in roles.items() if "outside" in r}
    prk = next(p for p in npt.parties if p.party == "PRK")
    assert "withdrawal" in {e.type for e in prk.events}


def test_new_start_central_limits() -> None:
    provisions = {p.metric: p for p in registry().instruments["new-start"].provisions if p.kind == "limit"}
    assert provisions["deployed_warheads"].values[-1].ceiling == 1550
    assert provisions["deployed_launchers"].values[-1].ceiling == 700
    assert provisions["total_launchers"].values[-1].ceiling == 800
