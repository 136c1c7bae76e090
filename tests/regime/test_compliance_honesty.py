"""Verdicts say only what the data know: bounds in the source's words, no margin without a
verdict, one verdict for a state that is not bound, and the age of every figure."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from armscontrol.data import registry
from armscontrol.data.schema import Holding
from armscontrol.forces.holdings import STALE_AFTER_DAYS, age_text, latest_holding, latest_of_kind
from armscontrol.regime.catalogue import resolve_instrument
from armscontrol.regime.compliance import (
    NO_MARGIN,
    VERDICT_LABEL,
    VERDICTS,
    WHOLE_INSTRUMENT,
    check_instrument,
    party_list_complete,
)

DAY = dt.date(2001, 12, 5)


def by_provision(instrument: str, party: str, on: dt.date, holdings=None) -> dict:
    return {
        v.provision: v for v in check_instrument(resolve_instrument(instrument), on, party=party, holdings=holdings)
    }


def holding(**fields) -> Holding:
    return Holding.model_validate(
        {
            "party": "USA",
            "metric": "start1_delivery_vehicles",
            "as_of": "2001-12-05",
            "kind": "declared",
            "source": "situation-test",
            **fields,
        }
    )


# --------------------------------------------------------------------------- bounds in the source's words


@pytest.mark.parametrize("party", ["USA"])
def test_start_i_final_reductions_read_as_the_state_department_wrote_them(party: str) -> None:
    verdicts = by_provision("start-i", party, DAY)
    vehicles, warheads = verdicts["delivery-vehicles"], verdicts["accountable-warheads"]
    assert (vehicles.bound_text, warheads.bound_text) == ("fewer than 1,600", "fewer than 6,000")
    assert (vehicles.value_text, warheads.value_text) == ("fewer than 1,600", "fewer than 6,000")
    assert "1,599" not in (vehicles.note or "") and "5,999" not in (warheads.note or "")
    # What is judged is the greatest whole number the words allow.
    assert (vehicles.at_most, warheads.at_most) == (1599, 5999)
    assert vehicles.verdict == warheads.verdict == "compliant"
    assert vehicles.value is None and vehicles.margin is None


def test_russias_own_figures_of_the_same_day_take_the_place_of_the_bound() -> None:
    """The State Department's "fewer than" stays shipped, but Russia's own statement of that day gives figures."""
    verdicts = by_provision("start-i", "RUS", DAY)
    vehicles, warheads = verdicts["delivery-vehicles"], verdicts["accountable-warheads"]
    assert (vehicles.value, warheads.value) == (1136, 5518)
    assert (vehicles.bound_text, warheads.bound_text) == (None, None)
    assert (vehicles.margin, warheads.margin) == (464, 482)


def test_the_shipped_bound_rows_keep_the_sources_number() -> None:
    rows = [h for h in registry().holdings if h.is_bound and h.metric.startswith("start1_")]
    assert {(h.high, h.bound) for h in rows} == {(1600, "fewer_than"), (6000, "fewer_than")}


def test_a_strict_bound_is_judged_by_the_greatest_value_it_allows() -> None:
    instrument = "start-i"
    just_in = [holding(high=1601, bound="fewer_than")]  # at most 1,600: within a ceiling of 1,600
    just_out = [holding(high=1602, bound="fewer_than")]  # at most 1,601: does not settle it
    at_most = [holding(high=1600)]
    assert by_provision(instrument, "USA", DAY, just_in)["delivery-vehicles"].verdict == "compliant"
    assert by_provision(instrument, "USA", DAY, at_most)["delivery-vehicles"].verdict == "compliant"
    assert by_provision(instrument, "USA", DAY, at_most)["delivery-vehicles"].bound_text == "at most 1,600"
    unsettled = by_provision(instrument, "USA", DAY, just_out)["delivery-vehicles"]
    assert unsettled.verdict == "no_data" and "does not settle" in (unsettled.note or "")


def test_a_strict_bound_needs_a_high_and_nothing_else() -> None:
    with pytest.raises(ValidationError, match="fewer_than"):
        holding(value=10, bound="fewer_than")
    with pytest.raises(ValidationError, match="fewer_than"):
        holding(low=1, high=10, bound="fewer_than")
    with pytest.raises(ValidationError, match="fewer than 0"):
        holding(high=0, bound="fewer_than")
    assert holding(value=10).bound_text is None and holding(value=10).greatest == 10


# --------------------------------------------------------------------------- no margin without a verdict


def test_no_margin_beside_no_data() -> None:
    # Before the fix: value 8,210, limit 4,900 and a margin of -3,310 beside 'no_data'.
    row = by_provision("start-i", "USA", DAY)["ballistic-missile-warheads"]
    assert row.verdict == "no_data"
    assert row.margin is None
    assert row.value == 8210 and row.limit == 4900  # the figure is still shown, with its date


def test_every_shipped_verdict_without_a_judgement_has_no_margin() -> None:
    for instrument in ("start-i", "new-start", "sort", "inf", "ctbt"):
        for day in (dt.date(1995, 1, 1), DAY, dt.date(2012, 3, 1), dt.date(2024, 1, 1)):
            for v in check_instrument(resolve_instrument(instrument), day):
                if v.verdict in NO_MARGIN:
                    assert v.margin is None, v


# --------------------------------------------------------------------------- a state that is not bound


def test_a_state_new_start_does_not_bind_gets_one_not_party_verdict() -> None:
    verdicts = check_instrument(resolve_instrument("new-start"), dt.date(2015, 1, 1), party="CHN")
    assert len(verdicts) == 1
    (only,) = verdicts
    assert (only.verdict, only.provision, only.metric, only.margin, only.value) == (
        "not_party",
        WHOLE_INSTRUMENT,
        None,
        None,
        None,
    )
    assert "CHN" in (only.note or "") and "New START" in (only.note or "")


def test_a_state_a_partial_list_does_not_name_is_not_recorded_never_not_party() -> None:
    # One 'no_data' verdict for the whole instrument, party status 'not_recorded'.
    # The PTBT's list is partial (Kazakhstan is not in it); the NPT's and the CTBT's are complete.
    partial = resolve_instrument("ptbt")
    unlisted = "KAZ"
    assert all(r.party != unlisted for r in partial.parties)
    assert not party_list_complete(partial)
    verdicts = check_instrument(partial, dt.date(2024, 1, 1), party=unlisted)
    assert [(v.verdict, v.party_status, v.provision) for v in verdicts] == [
        ("no_data", "not_recorded", WHOLE_INSTRUMENT)
    ]
    assert "not recorded" in (verdicts[0].note or "")


def test_every_verdict_has_words() -> None:
    assert set(VERDICT_LABEL) == set(VERDICTS)
    assert NO_MARGIN < set(VERDICTS)


# --------------------------------------------------------------------------- the age of a figure


def test_russia_in_2000_gets_the_soviet_1990_figures_with_their_age() -> None:
    # Before the fix: the Soviet figures of 1990 were returned as Russia's latest, with no warning.
    chosen = latest_of_kind("RUS", "start1_accountable_warheads", dt.date(2000, 1, 1), "declared")
    assert chosen is not None
    assert chosen.holding.party == "SUN" and chosen.predecessor == "SUN"
    assert chosen.age_days == (dt.date(2000, 1, 1) - dt.date(1990, 9, 1)).days
    assert chosen.stale and chosen.age_text == "9 years 4 months"
    assert chosen.warning is not None and "1990-09-01" in chosen.warning and "SUN" in chosen.warning


def test_a_figure_as_of_the_date_is_not_stale() -> None:
    chosen = latest_holding("USA", "start1_accountable_warheads", DAY)
    assert chosen is not None and chosen.age_days == 0
    assert not chosen.stale and chosen.warning is None and chosen.age_text == "as of this date"


def test_staleness_rule_is_one_year() -> None:
    assert STALE_AFTER_DAYS == 365
    on = dt.date(2020, 1, 1)
    fresh = latest_of_kind(
        "USA",
        "start1_delivery_vehicles",
        on,
        "declared",
        holdings=[holding(as_of=on - dt.timedelta(days=365), value=1)],
    )
    old = latest_of_kind(
        "USA",
        "start1_delivery_vehicles",
        on,
        "declared",
        holdings=[holding(as_of=on - dt.timedelta(days=366), value=1)],
    )
    assert fresh is not None and old is not None
    assert not fresh.stale and old.stale


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (0, "as of this date"),
        (1, "1 day"),
        (45, "45 days"),
        (200, "7 months"),
        (365, "1 year"),
        (500, "1 year 4 months"),
        (3409, "9 years 4 months"),
    ],
)
def test_age_text(days: int, text: str) -> None:
    assert age_text(days) == text


def test_stale_figures_are_flagged_in_verdicts() -> None:
    rows = by_provision("start-i", "RUS", DAY)
    old = rows["ballistic-missile-warheads"]
    assert old.stale and old.figure_of == "SUN" and "stale" in (old.note or "")
    assert rows["delivery-vehicles"].stale is False


# --------------------------------------------------------------------------- the commands as typed


def test_check_as_typed_gives_one_row_for_china_and_no_margin_beside_no_data() -> None:
    import json

    from tests.cli_support import run

    china = run("check", "new-start", "--party", "CHN", "--json")
    assert china.exit_code == 0, china.output
    rows = json.loads(china.stdout)
    assert [(r["verdict"], r["provision"]) for r in rows] == [("not_party", WHOLE_INSTRUMENT)]
    usa = run("check", "start-i", "--on", "2001-12-05", "--party", "USA", "--json")
    assert usa.exit_code == 0, usa.output
    assert all(r["margin"] is None for r in json.loads(usa.stdout) if r["verdict"] in NO_MARGIN)


def test_check_as_typed_for_a_state_a_partial_list_does_not_name() -> None:
    from tests.cli_support import run

    result = run("check", "ptbt", "--party", "KAZ")
    assert result.exit_code == 0, result.output
    assert "not recorded" in result.stdout and "not party" not in result.stdout
