"""The cascade engine on the real 2001-2002 and 2019 events, a what-if, cycles, replay, and the commands as typed."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import armscontrol.cli  # noqa: F401  (registers the commands)
from armscontrol.cli.app import app
from armscontrol.data import load_registry
from armscontrol.errors import UserError
from armscontrol.regime.cascade import Event, replay_history, run_cascade, without_event

FIXTURE = Path(__file__).parents[1] / "fixtures" / "linkage_data"
runner = CliRunner()
ABM_2002 = Event("abm", "withdrawal", dt.date(2002, 6, 13), "USA")


def run(*args: str):
    return runner.invoke(app, list(args))


def effects(cascade) -> dict[tuple[str, str], object]:
    return {(s.instrument, s.effect): s for s in cascade.steps}


# ------------------------------------------------------------------ 2002: the ABM Treaty goes


def test_abm_withdrawal_reaches_start_ii_and_helsinki_in_order() -> None:
    cascade = run_cascade(ABM_2002)
    found = effects(cascade)
    assert cascade.steps[0].instrument == "abm" and cascade.steps[0].effect == "ends"
    assert ("abm-protocol-1974", "ends") in found
    assert ("start-ii", "condition_triggered") in found
    assert ("start-ii", "cannot_enter_into_force") in found
    assert ("start-ii-protocol-1997", "cannot_enter_into_force") in found
    assert ("helsinki-framework", "cannot_be_carried_out") in found
    order = [s.instrument for s in cascade.steps]
    assert order.index("start-ii") < order.index("helsinki-framework")


def test_every_step_carries_its_path_and_the_source_of_its_last_linkage() -> None:
    for step in run_cascade(ABM_2002).steps[1:]:
        assert step.via and step.source == step.via[-1].source
        assert step.via[0].to == "abm"  # every path starts at the event
    start_ii = effects(run_cascade(ABM_2002))[("start-ii", "condition_triggered")]
    assert start_ii.source.ref == "rus-law-start2-ratification-2000" and start_ii.party == "RUS"


def test_history_beside_the_steps_agrees_with_russias_statement_of_14_june_2002() -> None:
    found = effects(run_cascade(ABM_2002))
    triggered = found[("start-ii", "condition_triggered")].recorded
    assert triggered.agrees is True and triggered.date == dt.date(2002, 6, 14)
    assert triggered.source.ref == "rus-mfa-start2-2002-06-14"
    # START I's 1991 condition was triggered too, but Russia did not act on it: nothing contradicted.
    start_i = found[("start-i", "condition_triggered")].recorded
    assert start_i.agrees is None and "not acted on" in start_i.summary


def test_instruments_not_yet_signed_are_not_reached() -> None:
    assert "new-start" not in {s.instrument for s in run_cascade(ABM_2002).steps}


# ------------------------------------------------------------------ 2019 and the supersession of SORT


def test_inf_withdrawal_2019_ends_inf_and_nothing_else() -> None:
    cascade = run_cascade(Event("inf", "withdrawal", dt.date(2019, 8, 2), "USA"))
    assert [(s.instrument, s.effect) for s in cascade.steps] == [("inf", "ends")]
    assert cascade.steps[0].recorded.agrees is True
    assert cascade.recorded_event is not None


def test_new_start_entry_into_force_supersedes_sort() -> None:
    cascade = run_cascade(Event("new-start", "entry_into_force", dt.date(2011, 2, 5)))
    sort = effects(cascade)[("sort", "ends")]
    assert sort.recorded.agrees is True and sort.recorded.date == dt.date(2011, 2, 5)


# ------------------------------------------------------------------ what-if


def test_what_if_the_united_states_had_stayed_in_the_abm_treaty() -> None:
    counterfactual = without_event("abm", "withdrawal", "USA")
    assert counterfactual.removed.on == dt.date(2002, 6, 13)
    texts = {
        step.instrument: text for step, text in counterfactual.differences if step.effect == "cannot_enter_into_force"
    }
    # START II would still have waited on the 1997 package the United States never ratified.
    assert "still waiting on" in texts["start-ii"] and "START II Protocol (1997)" in texts["start-ii"]
    assert counterfactual.differences[0][1] == "ABM Treaty stays in force"


def test_hypothetical_new_start_withdrawal_in_2019() -> None:
    cascade = run_cascade(Event("new-start", "withdrawal", dt.date(2019, 1, 1), "USA"))
    assert cascade.recorded_event is None
    root = cascade.steps[0]
    assert root.effect == "ends" and root.recorded.agrees is False  # history: it did not end then


# ------------------------------------------------------------------ cycles, missing linkages, bad events


def test_cycle_in_fixture_ends_cleanly_each_instrument_once_per_effect() -> None:
    reg = load_registry(FIXTURE)
    cascade = run_cascade(Event("alpha", "withdrawal", dt.date(2010, 1, 1), "USA"), reg)
    keys = [(s.instrument, s.effect) for s in cascade.steps]
    assert keys == [("alpha", "ends"), ("beta", "cannot_enter_into_force"), ("gamma", "cannot_enter_into_force")]
    assert len(keys) == len(set(keys))


def test_instrument_with_no_linkages_gives_only_its_own_step() -> None:
    reg = load_registry(FIXTURE)
    cascade = run_cascade(Event("lonely", "withdrawal", dt.date(2005, 1, 1), "USA"), reg)
    assert [s.instrument for s in cascade.steps] == ["lonely"]


@pytest.mark.parametrize(
    ("event", "message"),
    [
        (Event("abm", "withdrawal", dt.date(2003, 1, 1), "USA"), "already ended"),
        (Event("abm", "withdrawal", dt.date(1970, 1, 1), "USA"), "did not exist yet"),
        (Event("abm", "withdrawal", dt.date(2000, 1, 1), "FRA"), "not recorded as a party"),
        (Event("new-start", "entry_into_force", dt.date(2015, 1, 1)), "already in force"),
    ],
)
def test_impossible_events_are_user_errors(event: Event, message: str) -> None:
    with pytest.raises(UserError, match=message):
        run_cascade(event)


# ------------------------------------------------------------------ history replay


def test_replay_agrees_with_the_recorded_outcomes() -> None:
    replays = replay_history(until=dt.date(2024, 1, 1))
    by_event = {(r.event.instrument, r.event.kind): r for r in replays}
    abm = effects(by_event[("abm", "withdrawal")].cascade)
    assert abm[("start-ii", "cannot_enter_into_force")].recorded.agrees is True
    assert effects(by_event[("new-start", "entry_into_force")].cascade)[("sort", "ends")].recorded.agrees is True
    assert by_event[("inf", "withdrawal")].cascade.steps[0].recorded.agrees is True
    # The ABM Protocol's end is predicted by the ABM cascade, not replayed on its own.
    assert by_event[("abm-protocol-1974", "withdrawal")].explained_by.instrument == "abm"
    disagreements = [
        (r.event, s.instrument) for r in replays if r.cascade for s in r.cascade.steps if s.recorded.agrees is False
    ]
    assert disagreements == []


# ------------------------------------------------------------------ the commands as typed


def test_cascade_command_as_in_the_issue() -> None:
    result = run("cascade", "abm", "--withdraw", "USA", "--on", "2002-06-13")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "START II" in out and "Helsinki" in out and "Article 9" in out and "2002-06-14" in out


def test_cascade_json_contract() -> None:
    result = run("cascade", "ABM Treaty", "--withdraw", "United States", "--on", "2002-06-13", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["mode"] == "recorded" and data["event"]["recorded"] is True
    for step in data["steps"]:
        assert {"instrument", "effect", "via", "source", "history"} <= step.keys()
    start_ii = next(s for s in data["steps"] if s["instrument"] == "start-ii" and s["effect"] == "condition_triggered")
    assert start_ii["via"][0]["id"] == "start-ii-abm-russian-law-2000"
    assert start_ii["source"]["publisher"].startswith("Russian Federation")
    assert start_ii["history"]["agrees"] is True and start_ii["history"]["source"]["ref"] == "rus-mfa-start2-2002-06-14"


def test_cascade_defaults_to_the_recorded_date() -> None:
    data = json.loads(run("cascade", "inf", "--withdraw", "USA", "--json").stdout)
    assert data["event"]["on"] == "2019-08-02"


def test_cascade_what_if_flag_and_stay() -> None:
    refused = run("cascade", "new-start", "--withdraw", "USA", "--on", "2019-01-01")
    assert refused.exit_code == 2 and "--what-if" in refused.output
    allowed = json.loads(
        run("cascade", "new-start", "--withdraw", "USA", "--on", "2019-01-01", "--what-if", "--json").stdout
    )
    assert allowed["mode"] == "what-if"
    stay = run("cascade", "abm", "--stay", "USA", "--json")
    assert stay.exit_code == 0, stay.output
    data = json.loads(stay.stdout)
    assert data["mode"] == "counterfactual" and all("without_event" in s for s in data["steps"])


def test_history_command_and_replay_flag() -> None:
    result = run("history", "--until", "2020-01-01")
    assert result.exit_code == 0, result.output
    assert "START II" in result.stdout and "SORT" in result.stdout and "INF" in result.stdout
    same = run("cascade", "--replay", "--on", "2020-01-01", "--json")
    assert same.exit_code == 0 and json.loads(same.stdout)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cascade", "abmm", "--withdraw", "USA"], "unknown instrument 'abmm'; did you mean 'abm'?"),
        (["cascade", "abm", "--withdraw", "Atlantis"], "unknown party 'Atlantis'"),
        (["cascade", "abm", "--withdraw", "USA", "--on", "2002-13-45"], "is not a date"),
        (["cascade", "abm", "--withdraw", "FRA"], "FRA is not recorded as a party"),
        (["cascade", "abm"], "give exactly one event"),
        (["cascade", "abm", "--withdraw", "USA", "--expire"], "give exactly one event"),
        (["cascade"], "give an instrument ID"),
        (["history", "--until", "soon"], "is not a date"),
    ],
)
def test_bad_input_is_a_clear_error(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output


def test_cascade_on_fixture_data_with_a_cycle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "data"
    shutil.copytree(FIXTURE, target)
    monkeypatch.setenv("ARMSCONTROL_DATA", str(target))
    data = json.loads(run("cascade", "alpha", "--withdraw", "USA", "--json").stdout)
    assert [s["instrument"] for s in data["steps"]] == ["alpha", "beta", "gamma"]
