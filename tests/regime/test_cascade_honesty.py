"""Cascades name the state that acts, carry an entry into force along the linkages, and word
their errors as people read them."""

from __future__ import annotations

import datetime as dt

import pytest

from armscontrol.errors import UserError
from armscontrol.forces.holdings import continuing_state
from armscontrol.regime.cascade import EFFECT_LABEL, Event, replay_history, run_cascade


def effects(cascade) -> dict[tuple[str, str], object]:
    return {(s.instrument, s.effect): s for s in cascade.steps}


def test_the_soviet_condition_on_start_i_is_russias_to_invoke_in_2002() -> None:
    # Before the fix: 'a party's stated condition is triggered (SUN)', eleven years after the Soviet Union ended.
    step = effects(run_cascade(Event("abm", "withdrawal", dt.date(2002, 6, 13), "USA")))[
        ("start-i", "condition_triggered")
    ]
    assert step.party == "RUS"
    assert step.via[-1].party == "SUN"  # the linkage still says who stated it
    assert "stated by SUN, continued by RUS" in step.explanation


def test_continuing_state() -> None:
    assert continuing_state("SUN", dt.date(1991, 12, 25)) == "SUN"
    assert continuing_state("SUN", dt.date(1991, 12, 26)) == "RUS"
    assert continuing_state("USA", dt.date(2002, 1, 1)) == "USA"


def test_start_ii_entering_into_force_reaches_the_helsinki_framework() -> None:
    # Before the fix: 'no recorded linkage carries this event further'.
    cascade = run_cascade(Event("start-ii", "entry_into_force", dt.date(2000, 5, 4)))
    assert len(cascade.steps) > 1
    step = effects(cascade)[("helsinki-framework", "condition_met")]
    assert step.via[-1].id == "helsinki-framework-start-ii"
    assert step.recorded.agrees is None and "never" in step.recorded.summary


def test_an_entry_into_force_carries_out_a_frameworks_aim() -> None:
    cascade = run_cascade(Event("ctbt", "entry_into_force", dt.date(2030, 1, 1)))
    found = {s.instrument for s in cascade.steps if s.effect == "framework_carried_out"}
    assert {"npt", "ptbt"} <= found


def test_an_entry_into_force_still_supersedes() -> None:
    cascade = run_cascade(Event("new-start", "entry_into_force", dt.date(2011, 2, 5)))
    assert ("sort", "ends") in effects(cascade)


def test_replay_runs_the_entries_into_force_others_wait_on() -> None:
    replays = {(r.event.instrument, r.event.kind): r for r in replay_history(until=dt.date(2000, 1, 1))}
    start_i = replays[("start-i", "entry_into_force")].cascade
    assert start_i is not None and ("start-ii", "condition_met") in effects(start_i)


def test_new_effects_have_words() -> None:
    assert EFFECT_LABEL["condition_met"] and EFFECT_LABEL["framework_carried_out"]


@pytest.mark.parametrize(
    ("event", "words"),
    [
        (Event("abm", "withdrawal", dt.date(2003, 1, 1), "USA"), "it could not be withdrawn from on 2003-01-01"),
        (Event("abm", "suspension", dt.date(2003, 1, 1), "USA"), "it could not be suspended"),
        (Event("abm", "expiry", dt.date(2003, 1, 1)), "it could not expire"),
        (Event("abm", "entry_into_force", dt.date(2003, 1, 1)), "it could not enter into force"),
    ],
)
def test_an_ended_instrument_error_reads_as_english(event: Event, words: str) -> None:
    # Before the fix: 'nothing left to withdrawal'.
    with pytest.raises(UserError) as caught:
        run_cascade(event)
    assert words in str(caught.value) and "nothing left to" not in str(caught.value)
