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
    ("pelindaba", dt.date(2009, 7, 15), 28, "Article 18: in force on the 28th deposit"),
]


def bound_on(instrument_id: str, day: dt.date) -> list[str]:
    status = status_on(registry().instruments[instrument_id], day)
    return sorted(p.party for p in status.parties if p.status == "party")


@pytest.mark.parametrize(("instrument_id", "day", "threshold", "rule"), THRESHOLDS)
def test_states_bound_at_entry_into_force_equal_the_threshold(
    instrument_id: str, day: dt.date, threshold: int, rule: str
) -> None:
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
    """Article 16.1: seven deposits by 1997-03-27; the data records six exactly and two only as 'on or before' a
    later day."""
    bangkok = registry().instruments["bangkok"]
    assert len(bound_on("bangkok", dt.date(1997, 3, 27))) <= 7
    assert bound_on("bangkok", dt.date(1997, 3, 26)) == []
    for code in ("THA", "VNM"):
        assert party_status_on(bangkok, code, dt.date(1998, 3, 4)).status == "party", code


def test_pelindaba_counts_burundi_as_the_28th_and_comoros_as_the_36th() -> None:
    """Burundi's deposit of 2009-07-15 the 28th (Article 18); Comoros's of 2012-07-24 the 36th (WMD Africa Files,
    2012-08-28)."""
    assert "BDI" in bound_on("pelindaba", dt.date(2009, 7, 15))
    assert "BDI" not in bound_on("pelindaba", dt.date(2009, 7, 14))
    assert len(bound_on("pelindaba", dt.date(2012, 7, 24))) == 36
    assert len(bound_on("pelindaba", dt.date(2012, 7, 23))) == 34
    cameroon = party_status_on(registry().instruments["pelindaba"], "CMR", dt.date(2009, 7, 15))
    assert cameroon.status != "party"


EXPLAINED_EMPTY = "binds no state"
"""The words an instrument's note must use where it is in force and binds nobody on some day, saying why."""

ENDING_EVENTS = {
    "withdrawal",
    "withdrawal_notice",
    "suspension",
    "ratification_revoked",
    "succeeded",
    "entry_into_force",
}


def probe_days(instrument) -> list[dt.date]:
    """Its entry into force, every 1 January after, and each day a party's standing may drop (and the next)."""
    eif = entry_into_force(instrument)
    days = {eif} | {dt.date(year, 1, 1) for year in range(eif.year + 1, dt.date.today().year + 1)}
    for record in instrument.parties:
        for event in record.events:
            if event.type in ENDING_EVENTS:
                days |= {event.date, event.date + dt.timedelta(days=1)}
    days |= {e.date for e in instrument.events}
    return sorted(d for d in days if eif <= d <= dt.date.today())


def first_empty_day(instrument) -> dt.date | None:
    """The first probed day on which ``instrument`` is in force and binds nobody, if any."""
    for day in probe_days(instrument):
        if instrument_state(instrument, day)[0] != "in_force":
            continue
        # each party's status by the rule status_on applies, asked until one is bound (quicker than every party's)
        if not any(
            party_status_on(instrument, r.party, day).status in {"party", "suspended"} for r in instrument.parties
        ):
            return day
    return None


def test_no_instrument_in_force_binds_nobody_unless_it_says_why() -> None:
    """On every probed day after its entry into force, an instrument in force binds someone, or its note says why."""
    empty = []
    for instrument in registry().instruments.values():
        if entry_into_force(instrument) is None or EXPLAINED_EMPTY in (instrument.note or ""):
            continue
        day = first_empty_day(instrument)
        if day is not None:
            empty.append((instrument.id, day.isoformat()))
    assert empty == []


def test_the_probe_catches_an_instrument_left_with_nobody() -> None:
    """Without South Korea, the 1992 declaration would bind nobody from North Korea's repudiation of 2003-05-12."""
    declaration = registry().instruments["korea-denuclearization-1992"]
    north_only = declaration.model_copy(update={"parties": [r for r in declaration.parties if r.party == "PRK"]})
    assert first_empty_day(north_only) == dt.date(2003, 5, 12)
    assert first_empty_day(declaration) is None
