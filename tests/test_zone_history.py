"""The zone treaties through time: who was bound on the day each entered into force, by its own rule."""

from __future__ import annotations

import datetime as dt

import pytest

from armscontrol.data import registry
from armscontrol.regime.status import entry_into_force, instrument_state, party_status_on, status_on

# Each treaty's own threshold: the deposit that brings it into force binds that many states that day.
THRESHOLDS = [
    ("rarotonga", dt.date(1986, 12, 11), 8, "Article 15: in force on the eighth deposit"),
    ("semipalatinsk", dt.date(2009, 3, 21), 5, "final clauses: thirty days after the fifth deposit"),
]


def bound_on(instrument_id: str, day: dt.date) -> list[str]:
    status = status_on(registry().instruments[instrument_id], day)
    return sorted(p.party for p in status.parties if p.status == "party")


@pytest.mark.parametrize(("instrument_id", "day", "threshold", "rule"), THRESHOLDS)
def test_states_bound_at_entry_into_force_equal_the_threshold(instrument_id: str, day: dt.date, threshold: int, rule: str) -> None:
    instrument = registry().instruments[instrument_id]
    assert entry_into_force(instrument) == day
    assert len(bound_on(instrument_id, day)) == threshold, rule
    assert bound_on(instrument_id, day - dt.timedelta(days=1)) == []


def test_rarotonga_binds_its_first_eight_from_1986_not_from_2010() -> None:
    assert bound_on("rarotonga", dt.date(1986, 12, 11)) == ["AUS", "COK", "FJI", "KIR", "NIU", "NZL", "TUV", "WSM"]
    later = party_status_on(registry().instruments["rarotonga"], "NZL", dt.date(2000, 1, 1))
    assert later.status == "party" and later.since == dt.date(1986, 12, 11)


def test_tlatelolco_binds_the_waiving_states_first_and_brazil_and_chile_from_their_waivers() -> None:
    tlatelolco = registry().instruments["tlatelolco"]
    assert bound_on("tlatelolco", dt.date(1968, 4, 22)) == ["MEX", "SLV"]
    for code, waiver in (("CHL", dt.date(1994, 1, 18)), ("BRA", dt.date(1994, 5, 30))):
        before = party_status_on(tlatelolco, code, waiver - dt.timedelta(days=1))
        after = party_status_on(tlatelolco, code, dt.date(2000, 1, 1))
        assert before.status == "ratified", code
        assert after.status == "party" and after.since == waiver, code


def test_bangkok_never_counts_more_than_its_threshold_before_the_seventh_deposit() -> None:
    """Article 16.1: seven deposits by 1997-03-27; the data records six exactly and two only as 'on or before' a later day."""
    bangkok = registry().instruments["bangkok"]
    assert len(bound_on("bangkok", dt.date(1997, 3, 27))) <= 7
    assert bound_on("bangkok", dt.date(1997, 3, 26)) == []
    for code in ("THA", "VNM"):
        assert party_status_on(bangkok, code, dt.date(1998, 3, 4)).status == "party", code


def test_no_instrument_in_force_binds_nobody() -> None:
    """On the day each instrument entered into force and every 1 January after, an instrument in force binds someone."""
    reg = registry()
    empty = []
    for instrument in reg.instruments.values():
        eif = entry_into_force(instrument)
        if eif is None:
            continue
        for year in range(eif.year, dt.date.today().year + 1):
            day = max(eif, dt.date(year, 1, 1))
            if instrument_state(instrument, day)[0] != "in_force":
                continue
            # each party's status by the rule status_on applies, asked until one is bound
            if not any(party_status_on(instrument, r.party, day).status in {"party", "suspended"} for r in instrument.parties):
                empty.append((instrument.id, day.isoformat()))
    assert empty == []
