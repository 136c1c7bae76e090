"""What limits the two largest arsenals on a date (regime/restraints.py), on the shipped data."""

from __future__ import annotations

import datetime as dt

from armscontrol.regime.restraints import arsenal_limits


def test_after_new_start_no_treaty_limits_and_the_statements_are_shown() -> None:
    found = arsenal_limits(dt.date(2026, 11, 23))
    assert found.parties == ("USA", "RUS")
    assert found.binding == []
    assert found.last_ended is not None and found.last_ended.instrument == "new-start"
    assert found.last_ended.ended_on == dt.date(2026, 2, 5) and found.last_ended.end_reason == "expiry"
    latest = {(s.instrument, s.party): s.date for s in found.statements}
    assert latest[("new-start-central-limits-pledge", "RUS")] == dt.date(2026, 2, 11)
    assert found.record_ends is not None and found.record_ends <= dt.date(2026, 11, 23)
    assert "Threshold Test Ban Treaty" in found.other_in_force and "New START" not in found.other_in_force


def test_new_start_binds_both_while_russia_has_suspended_it() -> None:
    found = arsenal_limits(dt.date(2024, 1, 1))
    ceilings = {b.provision: (b.upper, b.suspended_by) for b in found.binding if b.instrument == "new-start"}
    assert ceilings == {
        "deployed-launchers": (700, ("RUS",)),
        "deployed-warheads": (1550, ("RUS",)),
        "total-launchers": (800, ("RUS",)),
    }
    assert found.last_ended is None


def test_before_the_soviet_union_ended_the_parties_are_usa_and_sun() -> None:
    found = arsenal_limits(dt.date(1988, 1, 1))
    assert found.parties == ("USA", "SUN")
    assert {b.instrument for b in found.binding} >= {"abm"}
    assert found.statements == []  # the 1991 initiatives lie in the future


def test_a_statement_is_never_read_before_its_date() -> None:
    found = arsenal_limits(dt.date(2025, 9, 21))
    assert all(s.instrument != "new-start-central-limits-pledge" for s in found.statements)
