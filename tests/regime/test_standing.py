"""Where each shipped instrument stands: an instrument that never entered into force is not 'ended'."""

from __future__ import annotations

import datetime as dt

import pytest

from armscontrol.data import registry
from armscontrol.regime.catalogue import resolve_instrument
from armscontrol.regime.standing import CATEGORIES, CATEGORY_LABEL, NEVER_REASON_LABEL, standing_on, standings
from armscontrol.regime.status import instrument_state

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("instrument", "on", "category", "reason"),
    [
        # Ended after being in force
        ("abm", TODAY, "ended", "withdrawal"),
        ("abm-protocol-1974", TODAY, "ended", "withdrawal"),
        ("inf", TODAY, "ended", "withdrawal"),
        ("salt-i-interim", TODAY, "ended", "expiry"),
        ("start-i", TODAY, "ended", "expiry"),
        ("new-start", TODAY, "ended", "expiry"),
        ("sort", TODAY, "ended", "superseded"),
        # Never entered into force, and no longer can (the brief listed these under 'Ended')
        ("start-ii", TODAY, "never_in_force", "abandoned"),
        ("start-ii-protocol-1997", TODAY, "never_in_force", "abandoned"),
        ("salt-ii", TODAY, "never_in_force", "expired"),
        ("abm-demarcation-1997", TODAY, "never_in_force", "abandoned"),
        ("abm-succession-1997", TODAY, "never_in_force", "abandoned"),
        ("helsinki-framework", TODAY, "never_in_force", "basis_gone"),
        ("russia-2000-proposal", TODAY, "never_in_force", "basis_gone"),
        # Still open
        ("ctbt", TODAY, "not_yet_in_force", None),
        ("start-ii", dt.date(2001, 1, 1), "not_yet_in_force", None),
        ("abm-demarcation-1997", dt.date(2001, 1, 1), "not_yet_in_force", None),
        # Commitments and proposals
        ("helsinki-framework", dt.date(2001, 1, 1), "political_commitment", None),
        ("mongolia-nwfs", TODAY, "political_commitment", None),
        ("russia-2000-proposal", dt.date(2001, 1, 1), "proposed", None),
        # In force, and before any event
        ("npt", TODAY, "in_force", None),
        ("ptbt", TODAY, "in_force", None),
        ("abm", dt.date(2001, 1, 1), "in_force", None),
        ("new-start", dt.date(2001, 1, 1), "not_yet_signed", None),
    ],
)
def test_standing_of_shipped_instruments(instrument: str, on: dt.date, category: str, reason: str | None) -> None:
    standing = standing_on(resolve_instrument(instrument), on)
    assert (standing.category, standing.reason) == (category, reason), standing
    assert standing.text


def test_what_stopped_the_helsinki_framework_is_named() -> None:
    standing = standing_on(resolve_instrument("helsinki-framework"), TODAY)
    assert standing.blocked_by == ["start-ii"]
    assert standing.since == dt.date(2002, 6, 14)
    assert "START II" in standing.text


def test_never_in_force_carries_the_deciding_event_and_its_source() -> None:
    start_ii = standing_on(resolve_instrument("start-ii"), TODAY)
    assert start_ii.since == dt.date(2002, 6, 14) and start_ii.source is not None
    assert start_ii.text.startswith("never entered into force")
    salt_ii = standing_on(resolve_instrument("salt-ii"), TODAY)
    assert salt_ii.note and "Never in force" in salt_ii.note


def test_every_shipped_instrument_on_many_dates_has_a_consistent_standing() -> None:
    reg = registry()
    for year in range(1960, 2031, 5):
        on = dt.date(year, 7, 1)
        for standing in standings(on, reg):
            instrument = reg.instruments[standing.instrument]
            state = instrument_state(instrument, on)[0]
            assert standing.category in CATEGORIES
            assert (standing.category == "in_force") == (state == "in_force"), standing
            if state == "ended":
                assert standing.category in {"ended", "never_in_force"}
            if standing.category == "never_in_force":
                assert standing.reason in NEVER_REASON_LABEL
            if standing.category == "ended":
                # An instrument counted as ended was in force before its end.
                eif = [e for e in instrument.events if e.type == "entry_into_force"]
                assert eif or instrument.kind == "protocol", standing


def test_every_category_has_words() -> None:
    assert set(CATEGORY_LABEL) == set(CATEGORIES)
