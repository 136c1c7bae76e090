"""Parties of the multilateral instruments: entry into force per party, partial lists, totals, the matrix."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from armscontrol.data import registry
from armscontrol.data.parties import HISTORICAL, resolve_party
from armscontrol.data.schema import Instrument
from armscontrol.regime.matrix import matrix, status_summary
from armscontrol.regime.status import (
    CONSENT_EVENTS,
    count_by_status,
    entry_into_force,
    entry_into_force_for,
    parties_complete,
    party_status_on,
    status_on,
)
from cli_support import run
from examples_support import examples

TODAY = dt.date(2026, 11, 23)
TOTALS = yaml.safe_load((Path(__file__).parents[1] / "situations" / "depositary_totals.yaml").read_text())
MULTILATERAL = sorted(i.id for i in registry().instruments.values() if i.scope == "multilateral")
OWN_FILES = [
    "npt",
    "ctbt",
    "ptbt",
    "tlatelolco",
    "tlatelolco-protocol-ii",
    "rarotonga",
    "rarotonga-protocol-2",
    "pelindaba",
    "pelindaba-protocol-i",
    "bangkok",
    "bangkok-protocol",
    "semipalatinsk",
    "semipalatinsk-protocol",
    "tpnw",
]


def _day(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


# --------------------------------------------------------------------------- entry into force per party


@pytest.mark.parametrize("instrument_id", sorted(registry().instruments))
def test_no_party_stays_ratified_after_entry_into_force_for_it(instrument_id: str) -> None:
    """On the day the instrument binds a consenting state, and on every later check date, it is not 'ratified'.

    The check dates include the day the party list is complete as of (the UN depositary's lists of the CTBT
    and the TPNW, 2026-02-03).
    """
    instrument = registry().instruments[instrument_id]
    as_of = instrument.party_list.as_of if instrument.party_list is not None else None
    states: dict[dt.date, str] = {}  # the instrument's state by day, asked once
    for record in instrument.parties:
        consents = [e.date for e in record.events if e.type in CONSENT_EVENTS]
        for consent in consents:
            binding = entry_into_force_for(instrument, record, consent)
            checks = [d for d in (consent, binding, as_of, TODAY) if d is not None and d >= consent]
            for day in checks:  # one party's status (the same rule status_on applies to each), not every party's
                status = party_status_on(instrument, record.party, day)
                if status.status == "ratified":
                    if day not in states:
                        states[day] = status_on(instrument, day).state
                    assert states[day] != "in_force" or binding is None or binding > day, (
                        f"{instrument_id}: {record.party} still 'ratified' on {day} although bound from {binding}"
                    )


@pytest.mark.parametrize("instrument_id", OWN_FILES)
def test_every_consenting_state_of_an_instrument_in_force_is_bound(instrument_id: str) -> None:
    """Where the instrument is in force today, every state that consented is bound (or has left)."""
    instrument = registry().instruments[instrument_id]
    state = status_on(instrument, TODAY)
    if state.state != "in_force":
        return
    stuck = [p.party for p in state.parties if p.status == "ratified"]
    assert stuck == []


@pytest.mark.parametrize("instrument_id", OWN_FILES)
def test_multilateral_files_state_their_rule_and_completeness(instrument_id: str) -> None:
    instrument = registry().instruments[instrument_id]
    assert instrument.party_entry_into_force is not None
    assert instrument.party_list is not None


def test_protocols_enter_into_force_on_first_deposit() -> None:
    reg = registry().instruments
    assert entry_into_force(reg["tlatelolco-protocol-ii"]) == dt.date(1969, 12, 11)
    assert entry_into_force(reg["rarotonga-protocol-2"]) == dt.date(1988, 4, 21)
    assert entry_into_force(reg["semipalatinsk-protocol"]) == dt.date(2014, 11, 17)
    # "on deposit or on the treaty's entry into force, whichever is later"
    assert entry_into_force(reg["pelindaba-protocol-i"]) == entry_into_force(reg["pelindaba"]) == dt.date(2009, 7, 15)
    assert reg["pelindaba-protocol-i"].party_entry_into_force.not_before == entry_into_force(reg["pelindaba"])
    assert entry_into_force(reg["bangkok-protocol"]) is None


def test_ctbt_binds_thirty_days_after_a_late_deposit() -> None:
    rule = registry().instruments["ctbt"].party_entry_into_force
    assert rule.days_after_deposit == 30 and rule.general_entry_into_force


def _toy(rule: dict | None, general: str | None, consent: str, own: str | None = None) -> Instrument:
    events = [{"type": "opened_for_signature", "date": "2000-01-01", "source": "s"}]
    if general:
        events.append({"type": "entry_into_force", "date": general, "source": "s"})
    party_events = [{"type": "ratified", "date": consent, "source": "s"}]
    if own:
        party_events.append({"type": "entry_into_force", "date": own, "source": "s"})
    data = {
        "id": "toy",
        "title": "Toy",
        "short_title": "Toy",
        "kind": "protocol",
        "scope": "multilateral",
        "summary": "x",
        "events": events,
        "parties": [{"party": "FRA", "events": party_events}],
    }
    if rule is not None:
        data["party_entry_into_force"] = {"article": "Art. 1", "source": "s", **rule}
    return Instrument.model_validate(data)


dates = st.dates(min_value=dt.date(2000, 1, 2), max_value=dt.date(2030, 1, 1))


@settings(max_examples=examples(200), deadline=None)
@given(consent=dates, general=st.one_of(st.none(), dates), days=st.integers(0, 400), has_general=st.booleans())
def test_binding_date_follows_the_rule(consent: dt.date, general: dt.date | None, days: int, has_general: bool) -> None:
    """Bound no earlier than consent (+ delay) and never before the general entry into force."""
    rule = {"days_after_deposit": days, "general_entry_into_force": has_general}
    instrument = _toy(rule, general.isoformat() if general and has_general else None, consent.isoformat())
    record = instrument.parties[0]
    binding = entry_into_force_for(instrument, record)
    if has_general and general is None:
        assert binding is None
        assert status_on(instrument, dt.date(2031, 1, 1)).parties[0].status == "ratified"
        return
    assert binding is not None and binding >= consent
    if has_general:
        assert binding >= general  # type: ignore[operator]
        expected = general if consent <= general else consent + dt.timedelta(days=days)  # type: ignore[operator]
    else:
        expected = consent + dt.timedelta(days=days)
    assert binding == expected
    assert status_on(instrument, binding).parties[0].status == "party"
    if binding > consent:
        assert status_on(instrument, binding - dt.timedelta(days=1)).parties[0].status == "ratified"


def test_own_entry_into_force_overrides_the_rule() -> None:
    instrument = _toy({"days_after_deposit": 0}, "2001-01-01", "2002-01-01", own="2003-05-05")
    assert entry_into_force_for(instrument, instrument.parties[0]) == dt.date(2003, 5, 5)
    assert status_on(instrument, dt.date(2003, 5, 4)).parties[0].status == "ratified"


def test_no_rule_keeps_the_old_reading() -> None:
    instrument = _toy(None, "2001-01-01", "2000-06-01")
    assert entry_into_force_for(instrument, instrument.parties[0]) == dt.date(2001, 1, 1)


# --------------------------------------------------------------------------- partial lists: not_recorded


@pytest.mark.parametrize(
    ("instrument_id", "party"),
    [("outer-space-treaty", "UKR"), ("seabed-treaty", "KAZ"), ("ptbt", "KAZ"), ("antarctic-treaty", "MEX")],
)
def test_a_state_a_partial_list_does_not_record_is_not_recorded(instrument_id: str, party: str) -> None:
    instrument = registry().instruments[instrument_id]
    assert not parties_complete(instrument)
    answer = party_status_on(instrument, party, TODAY)
    assert answer.status == "not_recorded" and "not recorded" in (answer.note or "")


def test_a_state_outside_a_complete_list_is_not_party() -> None:
    answer = party_status_on(registry().instruments["tlatelolco"], "USA", TODAY)
    assert answer.status == "not_party"


def test_the_npt_list_is_complete_and_dated() -> None:
    npt = registry().instruments["npt"]
    assert parties_complete(npt)
    # Norway and Peru were not recorded before the list was completed; both have been parties since 1970.
    assert party_status_on(npt, "NOR", TODAY).status == "party"
    assert party_status_on(npt, "PER", dt.date(1970, 3, 5)).status == "party"
    assert party_status_on(npt, "PER", dt.date(1970, 3, 2)).status == "signatory"


@pytest.mark.parametrize(
    ("instrument_id", "unlisted", "listed", "status"),
    [("ctbt", "SYR", "PNG", "ratified"), ("tpnw", "NOR", "KGZ", "signatory")],
)
def test_the_depositarys_complete_lists_answer_not_party_for_a_state_they_do_not_name(
    instrument_id: str, unlisted: str, listed: str, status: str
) -> None:
    """Complete from the UN depositary's status list of 2026-02-03: an unnamed state had neither signed nor joined."""
    instrument = registry().instruments[instrument_id]
    assert parties_complete(instrument) and instrument.party_list.as_of == dt.date(2026, 2, 3)
    assert instrument.party_list.source.ref == f"untc-{instrument_id}-status-2026"
    on_the_day = party_status_on(instrument, unlisted, dt.date(2026, 2, 3))
    assert on_the_day.status == "not_party" and "not among the recorded signatories" in (on_the_day.note or "")
    assert party_status_on(instrument, listed, dt.date(2026, 2, 3)).status == status


def test_ctbt_successions_and_russias_revocation_as_the_depositary_lists_them() -> None:
    """Montenegro by succession; Serbia continues Serbia and Montenegro; Russia a signatory again after 2023-11-02."""
    ctbt = registry().instruments["ctbt"]
    assert party_status_on(ctbt, "SCG", dt.date(2005, 1, 1)).status == "ratified"
    serbia = party_status_on(ctbt, "SCG", dt.date(2006, 6, 3))
    assert serbia.status == "not_party" and "continued by SRB" in (serbia.note or "")
    assert party_status_on(ctbt, "SRB", dt.date(2006, 6, 3)).status == "ratified"
    assert party_status_on(ctbt, "MNE", dt.date(2006, 10, 22)).status == "not_party"
    assert party_status_on(ctbt, "MNE", dt.date(2006, 10, 23)).status == "ratified"
    assert party_status_on(ctbt, "RUS", dt.date(2023, 11, 1)).status == "ratified"
    assert party_status_on(ctbt, "RUS", dt.date(2023, 11, 2)).status == "signatory"


def test_a_recorded_state_keeps_its_status() -> None:
    assert party_status_on(registry().instruments["npt"], "IND", TODAY).status == "not_party"
    assert party_status_on(registry().instruments["npt"], "USA", TODAY).status == "party"


def test_bilateral_lists_are_complete() -> None:
    for instrument in registry().instruments.values():
        if instrument.scope != "multilateral" and instrument.party_list is None:
            assert parties_complete(instrument)


def test_status_party_cli_says_not_recorded() -> None:
    result = run("status", "outer-space-treaty", "--party", "UKR", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [p["status"] for p in data["parties"]] == ["not_recorded"]
    assert data["parties_complete"] is False


def test_summary_says_whether_the_bound_count_is_complete() -> None:
    from armscontrol.regime.status import summary

    assert summary(registry().instruments["ptbt"], TODAY)["parties_complete"] is False
    assert summary(registry().instruments["npt"], TODAY)["parties_complete"] is True
    assert summary(registry().instruments["tlatelolco"], TODAY)["parties_complete"] is True


# --------------------------------------------------------------------------- every party event sourced


@pytest.mark.parametrize("instrument_id", MULTILATERAL)
def test_every_party_and_event_is_sourced(instrument_id: str) -> None:
    reg = registry()
    instrument = reg.instruments[instrument_id]
    for record in instrument.parties:
        assert record.events or record.source is not None, (
            f"{instrument_id}: {record.party} has neither events nor a source"
        )
        for event in record.events:
            assert event.source.ref in reg.sources, f"{instrument_id}: {record.party} {event.type} {event.date}"


# --------------------------------------------------------------------------- published totals


def _counted(case: dict) -> str:
    return "+".join(case["statuses"]) if "statuses" in case else "events:" + "+".join(case["events"])


@pytest.mark.parametrize(
    "case",
    TOTALS,
    ids=lambda c: f"{c['instrument']}@{c['date']}:{_counted(c)}{':' + c['role'] if c.get('role') else ''}",
)
def test_counts_against_published_totals(case: dict) -> None:
    reg = registry()
    assert case["ref"] in reg.sources, case["ref"]
    assert ("statuses" in case) != ("events" in case), "give either 'statuses' or 'events'"
    instrument = reg.instruments[case["instrument"]]
    day = _day(case["date"])
    role = case.get("role")
    chosen = {r.party for r in instrument.parties if role is None or role in r.roles}
    if "events" in case:
        # Depositaries count a signatory that went on to ratify among the signatories.
        count = sum(
            1
            for r in instrument.parties
            if r.party in chosen and any(e.type in case["events"] and e.date <= day for e in r.events)
        )
    else:
        count = sum(1 for p in status_on(instrument, day).parties if p.party in chosen and p.status in case["statuses"])
    if case["compare"] == "equal":
        assert count == case["total"]
    else:
        assert count <= case["total"]


def test_summary_counts_add_up() -> None:
    instrument = registry().instruments["ctbt"]
    answer = status_summary(instrument, dt.date(2024, 3, 13))
    assert answer.parties_recorded == len(instrument.parties)
    # Serbia and Montenegro, recorded, ceased to exist in 2006: not counted, and named.
    assert answer.not_existing == ["SCG"]
    assert sum(answer.counts.values()) == answer.states_counted == len(instrument.parties) - 1
    assert answer.published_parties == 178 and answer.published_signatories == 187
    recorded = count_by_status(instrument, dt.date(2024, 3, 13))
    assert answer.counts["ratified"] == recorded["ratified"] and answer.counts["signatory"] == recorded["signatory"]


def test_summary_counts_every_un_member_not_only_the_recorded() -> None:
    from armscontrol.answers.instruments import status_summary as answer_summary

    answer = answer_summary("ctbt", "2026-03-01")
    # Syria and Saudi Arabia never signed: not parties, counted; Serbia and Montenegro is not.
    assert answer.counts["not_party"] >= 8
    assert "SCG" in answer.not_existing
    assert answer.counts["ratified"] + answer.counts["signatory"] + answer.counts["not_party"] == answer.states_counted


# --------------------------------------------------------------------------- historical states and names


def test_historical_states_sources_exist_and_successors_are_known() -> None:
    from armscontrol.data.parties import is_known_party

    for state in HISTORICAL.values():
        assert state.source in registry().sources
        assert all(is_known_party(code) for code in (*state.successors, *filter(None, [state.continued_by])))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("United States of America", "USA"),
        ("Russian Federation", "RUS"),
        ("Islamic Republic of Iran", "IRN"),
        ("Turkiye", "TUR"),
        ("Soviet Union", "SUN"),
        ("Czechoslovakia", "CSK"),
        ("German Democratic Republic", "DDR"),
        ("the United Kingdom", "GBR"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("yug", "YUG"),
    ],
)
def test_full_and_historical_names_resolve(text: str, code: str) -> None:
    assert resolve_party(text) == code


def test_soviet_union_is_a_former_party_once_it_ceased_to_exist() -> None:
    protocol = registry().instruments["tlatelolco-protocol-ii"]
    assert party_status_on(protocol, "SUN", dt.date(1991, 12, 25)).status == "party"
    gone = party_status_on(protocol, "SUN", dt.date(1991, 12, 26))
    assert gone.status == "former_party" and "RUS" in (gone.note or "")


# --------------------------------------------------------------------------- the matrix


def test_matrix_cells_agree_with_party_status_on() -> None:
    reg = registry().instruments
    chosen = [reg["npt"], reg["ctbt"], reg["tlatelolco-protocol-ii"]]
    answer = matrix(chosen, TODAY, ["USA", "PNG", "IND"])
    assert [c.id for c in answer.instruments] == ["npt", "ctbt", "tlatelolco-protocol-ii"]
    assert [r.party for r in answer.rows] == ["USA", "PNG", "IND"]
    for row in answer.rows:
        for instrument, cell in zip(chosen, row.cells, strict=True):
            assert cell.status == party_status_on(instrument, row.party, TODAY).status
    png = answer.rows[1]
    assert [c.status for c in png.cells] == ["party", "ratified", "not_party"]


def test_matrix_command_json() -> None:
    result = run(
        "matrix", "--on", "2020-01-01", "--instruments", "npt,ctbt", "--states", "USA,Papua New Guinea", "--json"
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["on"] == "2020-01-01"
    assert [c["id"] for c in data["instruments"]] == ["npt", "ctbt"]
    assert [[cell["status"] for cell in r["cells"]] for r in data["rows"]] == [
        ["party", "signatory"],
        ["party", "signatory"],
    ]


def test_matrix_command_table_and_errors() -> None:
    result = run("matrix", "--instruments", "tlatelolco-protocol-ii,rarotonga-protocol-2")
    assert result.exit_code == 0, result.output
    assert "RUS" in result.stdout and "party" in result.stdout
    bad = run("matrix", "--instruments", " , ")
    assert bad.exit_code == 2 and "--instruments is empty" in bad.output
    unknown = run("matrix", "--states", "Narnia")
    assert unknown.exit_code == 2 and "unknown party" in unknown.output


def test_status_summary_command() -> None:
    result = run("status", "ctbt", "--summary", "--on", "2024-03-13", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (
        data["counts"]["ratified"] + data["counts"]["signatory"] + data["counts"].get("not_party", 0)
        == data["states_counted"]
    )
    assert data["parties_complete"] is True and data["published_parties"] == 178
    text = run("status", "ptbt", "--summary")
    assert text.exit_code == 0 and "not complete" in text.stdout
    text = run("status", "npt", "--summary")
    assert text.exit_code == 0 and "all parties and signatories" in text.stdout and "191" in text.stdout


def test_history_before_the_first_recorded_event() -> None:
    """Accession: not a party before; ratification with no recorded signature: not recorded; on-or-before: not
    recorded."""
    npt = registry().instruments["npt"]
    assert party_status_on(npt, "ALB", dt.date(1980, 1, 1)).status == "not_party"
    colombia = party_status_on(npt, "COL", dt.date(1980, 1, 1))
    assert colombia.status == "not_recorded" and "not whether it had signed" in (colombia.note or "")
    tlatelolco = registry().instruments["tlatelolco"]
    bolivia = party_status_on(tlatelolco, "BOL", dt.date(1990, 1, 1))
    assert bolivia.status == "not_recorded" and "on or before 2002-10-23" in (bolivia.note or "")
    assert party_status_on(tlatelolco, "BOL", dt.date(2002, 10, 23)).status == "party"


def test_unlisted_states_before_opening_or_after_they_ceased_to_exist() -> None:
    ctbt = registry().instruments["ctbt"]
    assert party_status_on(ctbt, "SYR", dt.date(1990, 1, 1)).status == "not_party"
    assert party_status_on(ctbt, "CSK", TODAY).status == "not_party"
    ptbt = registry().instruments["ptbt"]
    assert party_status_on(ptbt, "KAZ", TODAY).status == "not_recorded"


def test_a_complete_list_older_than_the_date_asked_says_how_old_it_is() -> None:
    summary = run("status", "tpnw", "--summary", "--on", "2026-11-23")
    assert summary.exit_code == 0 and "all parties and signatories as of 2026-02-03" in summary.stdout
    same_day = run("status", "tpnw", "--summary", "--on", "2026-02-03")
    assert "all parties and signatories)" in same_day.stdout and "as of 2026-02-03;" not in same_day.stdout
    table = run("status", "ctbt", "--on", "2026-11-23")
    assert "Every party and signatory as of 2026-02-03; changes since then are not recorded." in table.stdout
