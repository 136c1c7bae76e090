"""Cross-check the shipped holdings against the public reference figures.

The reference figures are kept under ``tests/reference`` (source and licence in its
README) and, where it exists, equal the shared folder ``../shared/reference-data``; the
project keeps its own data in its own schema. These tests make sure the two agree
where they should, and that declared and estimated figures never share a source.
"""

from __future__ import annotations

from collections import Counter

import pytest

from armscontrol.data import load_registry
from reference_support import FILES, REFERENCE_DIR, SHARED_DIR, read_reference

# The reference files name countries; the project uses ISO alpha-3 (SUN before 1992).
NINE = {
    "United States": "USA",
    "Russia": "RUS",
    "United Kingdom": "GBR",
    "France": "FRA",
    "China": "CHN",
    "India": "IND",
    "Pakistan": "PAK",
    "Israel": "ISR",
    "North Korea": "PRK",
}


def _party(country: str, year: int) -> str:
    code = NINE[country]
    return "SUN" if code == "RUS" and year < 1992 else code


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.fixture(scope="module")
def stockpile_reference() -> dict[tuple[str, int], int]:
    """(party, year) -> warheads, for the nine states from their first non-zero year."""
    rows = read_reference("warhead_stockpiles_1945_2023.csv")
    figures: dict[tuple[str, int], int] = {}
    started: set[str] = set()
    for row in sorted(rows, key=lambda r: (r["country"], int(r["year"]))):
        if row["country"] not in NINE:
            continue
        year, value = int(row["year"]), int(row["stockpiled_warheads"])
        if value == 0 and row["country"] not in started:
            continue
        started.add(row["country"])
        figures[(_party(row["country"], year), year)] = value
    return figures


def _by_party_year(registry, metric: str) -> dict[tuple[str, int], list[int | None]]:
    found: dict[tuple[str, int], list[int | None]] = {}
    for holding in registry.holdings:
        if holding.metric == metric and holding.kind == "estimated":
            found.setdefault((holding.party, holding.as_of.year), []).append(holding.value)
    return found


def test_reference_figures_ship_with_the_tests():
    """Every file the tests read is in the repository, with its source and licence noted."""
    readme = (REFERENCE_DIR / "README.md").read_text(encoding="utf-8")
    for name in FILES:
        assert read_reference(name), name
        assert f"`{name}`" in readme
    assert "Licence" in readme and "Federation of American Scientists" in readme and "Kyungwon Suh" in readme


def test_reference_copies_equal_the_shared_folder_where_it_exists():
    """On a machine with ``../shared/reference-data``, the copies here are the same figures."""
    shared = [name for name in FILES if (SHARED_DIR / name).is_file()]
    for name in shared:
        assert read_reference(name) == read_reference(name, SHARED_DIR), name
    assert all((REFERENCE_DIR / name).is_file() for name in FILES)


def test_every_stockpile_row_equals_the_reference(registry, stockpile_reference):
    shipped = _by_party_year(registry, "total_stockpile")
    assert shipped, "no total_stockpile holdings shipped"
    mismatches = []
    for (party, year), values in sorted(shipped.items()):
        if len(values) != 1:
            mismatches.append(f"{party} {year}: {len(values)} rows")
            continue
        expected = stockpile_reference.get((party, year))
        if expected != values[0]:
            mismatches.append(f"{party} {year}: shipped {values[0]}, reference {expected}")
    assert not mismatches, "\n".join(mismatches)


def test_every_reference_stockpile_figure_is_shipped(registry, stockpile_reference):
    shipped = _by_party_year(registry, "total_stockpile")
    missing = sorted(key for key in stockpile_reference if key not in shipped)
    assert not missing, f"{len(missing)} reference figures not shipped, e.g. {missing[:5]}"
    assert len(shipped) == len(stockpile_reference)


def test_stockpile_spot_figures(registry, stockpile_reference):
    shipped = {k: v[0] for k, v in _by_party_year(registry, "total_stockpile").items()}
    # The Soviet Union before 1992, Russia after; the first-year figures of the series.
    assert ("RUS", 1991) not in shipped and ("SUN", 1991) in shipped
    assert ("SUN", 1992) not in shipped and ("RUS", 1992) in shipped
    assert shipped[("USA", 1945)] == stockpile_reference[("USA", 1945)] == 2
    assert shipped[("SUN", 1949)] == 1
    assert shipped[("PRK", 2023)] == 30
    assert shipped[("RUS", 2023)] == 4489
    assert min(year for party, year in shipped if party == "IND") == 1998
    assert all(party in set(NINE.values()) | {"SUN"} for party, _ in shipped)


def test_every_inventory_row_equals_the_reference(registry):
    rows = read_reference("warhead_inventories_2022_2023.csv")
    expected = {(NINE[r["country"]], int(r["year"])): int(r["deployed_strategic"]) for r in rows}
    shipped = _by_party_year(registry, "deployed_strategic_warheads")
    assert {k: v[0] for k, v in shipped.items() if len(v) == 1} == expected
    assert all(len(v) == 1 for v in shipped.values())
    assert expected[("USA", 2023)] == 1670 and expected[("RUS", 2022)] == 1588


def test_declared_and_estimated_rows_never_share_a_source(registry):
    kinds: dict[str, set[str]] = {}
    for holding in registry.holdings:
        kinds.setdefault(holding.source.ref, set()).add(holding.kind)
    mixed = sorted(ref for ref, seen in kinds.items() if len(seen) > 1)
    assert not mixed, f"sources cited by both declared and estimated rows: {mixed}"


def test_no_row_without_a_source(registry):
    assert registry.holdings
    unsourced = [h for h in registry.holdings if not h.source.ref or h.source.ref not in registry.sources]
    assert not unsourced, unsourced[:3]
    unplaced = [h for h in registry.holdings if not h.source.at]
    assert not unplaced, f"{len(unplaced)} rows cite no table/page/paragraph"


def test_estimates_cite_estimate_publishers_and_declarations_do_not(registry):
    for holding in registry.holdings:
        source = registry.source(holding.source)
        if holding.kind == "estimated":
            assert source.kind in {"estimate", "scholarly", "press"}, holding
        if holding.metric == "deployed_strategic_warheads":
            assert holding.kind == "estimated", holding
        if holding.kind == "declared":
            assert source.kind != "estimate", holding


def test_new_start_anchor_exchanges(registry):
    declared = {
        (h.party, h.metric, h.as_of.isoformat()): h
        for h in registry.holdings
        if h.kind == "declared" and h.metric in {"deployed_warheads", "deployed_launchers", "total_launchers"}
    }
    anchors = {
        ("2011-02-05", "USA"): (1800, 882, 1124),
        ("2011-02-05", "RUS"): (1537, 521, 865),
        ("2018-02-05", "USA"): (1350, 652, 800),
        ("2018-02-05", "RUS"): (1444, 527, 779),
        ("2022-09-01", "USA"): (1420, 659, 800),
        ("2022-09-01", "RUS"): (1549, 540, 759),
    }
    for (as_of, party), values in anchors.items():
        for metric, value in zip(("deployed_warheads", "deployed_launchers", "total_launchers"), values):
            assert declared[(party, metric, as_of)].value == value, (party, metric, as_of)
    # Every data exchange from the first to the last before suspension: 24 dates x 2 parties x 3 counts.
    dates = Counter(as_of for (_, _, as_of), h in declared.items() if h.status == "reported" and as_of < "2023-01-01")
    assert len(dates) == 24 and set(dates.values()) == {6}
    # After Russia's suspension: U.S. figures only, Russia's marked as not provided.
    assert declared[("USA", "deployed_warheads", "2023-03-01")].value == 1419
    assert declared[("RUS", "deployed_warheads", "2023-03-01")].status == "not_provided"
    assert declared[("RUS", "deployed_warheads", "2023-03-01")].value is None


def test_declared_and_estimated_stockpiles_stand_apart(registry):
    """The US declared stockpile (DoD/DOE) and the FAS estimate are separate rows, never merged."""
    rows = [h for h in registry.holdings if h.party == "USA" and h.metric == "total_stockpile"]
    by_kind = {kind: {h.as_of.year: h for h in rows if h.kind == kind} for kind in ("declared", "estimated")}
    assert by_kind["declared"][2009].value == 5113
    assert by_kind["declared"][1967].value == 31255
    assert all(registry.source(h.source).kind == "declared" for h in by_kind["declared"].values())
