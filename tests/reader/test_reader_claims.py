"""Claims judged by the status and compliance engines as of the statement's date."""

from __future__ import annotations

import pytest

from armscontrol.reader import read_text


def verdicts(text: str, on: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(c.kind, c.party, c.instrument, c.verdict) for c in read_text(text, on).claims]


@pytest.mark.parametrize("on, verdict", [("2001-06-01", "consistent"), ("2003-01-01", "contradicted")])
def test_the_same_claim_depends_on_the_date(on, verdict):
    assert verdicts("The ABM Treaty remains in force.", on) == [("in_force", None, "abm", verdict)]


@pytest.mark.parametrize("on, verdict", [("2022-12-01", "contradicted"), ("2023-03-01", "consistent")])
def test_suspension(on, verdict):
    assert verdicts("Russia has suspended its participation in the New START Treaty.", on) == [
        ("suspended", "RUS", "new-start", verdict)
    ]


def test_withdrawal_notice_and_signature_date():
    assert verdicts("The United States withdrew from the ABM Treaty.", "2002-07-01") == [
        ("withdrew", "USA", "abm", "consistent")
    ]
    claims = read_text("The CTBT was signed by the United States on 25 September 1996.", "1997-01-01").claims
    assert [(c.kind, c.verdict) for c in claims] == [("signed", "contradicted")]
    assert "1996-09-24" in claims[0].evidence


def test_a_limit_is_judged_against_the_provision_and_its_deadline():
    (claim,) = read_text("New START limits each side to 1,550 deployed warheads.", "2019-01-01").claims
    assert (claim.kind, claim.verdict) == ("limit", "consistent") and "Article II.1(b)" in claim.evidence
    (claim,) = read_text(
        "The Moscow Treaty sets 1,700-2,200 strategic nuclear warheads by December 31, 2010.", "2003-07-01"
    ).claims
    assert claim.verdict == "contradicted" and "2012-12-31" in claim.evidence


def test_a_state_missing_from_a_partial_list_is_not_in_data():
    (claim,) = read_text("Kazakhstan ratified the Partial Test Ban Treaty.", "2020-01-01").claims
    assert claim.verdict == "not_in_data" and "list of parties is partial" in claim.evidence
    # The NPT's list is complete: Tuvalu, by succession, is a party.
    (claim,) = read_text("Tuvalu ratified the Non-Proliferation Treaty.", "2020-01-01").claims
    assert claim.verdict == "consistent" and "party since 1979-01-19" in claim.evidence


def test_a_state_a_complete_list_does_not_name_contradicts_the_claim():
    (claim,) = read_text("Syria ratified the CTBT.", "2026-03-01").claims
    assert claim.verdict == "contradicted" and "list complete as of 2026-02-03" in claim.evidence


def test_hypothetical_ratification_is_no_claim():
    assert verdicts("If the United States ratified the CTBT, others would follow.", "2020-01-01") == []


def test_states_and_zones():
    answer = read_text(
        "Mongolia and the parties to the Treaty of Pelindaba support a nuclear-weapon-free zone in the Middle East.",
        "2020-01-01",
    )
    kinds = [(p.kind, p.code or p.name) for p in answer.places]
    assert ("state", "MNG") in kinds and ("zone", "middle-east-zone") in kinds  # the data holds the proposed zone
    assert "pelindaba" in [i.id for i in answer.instruments]


def test_regions_named_for_a_zone_resolve_to_the_zone_instruments_with_their_standing():
    text = (
        "Nuclear-weapon-free zones, like those already in place in Latin America, Africa, Central Asia, Southeast "
        "Asia and the "
        "South Pacific, end the possibility of atomic conflict. Belarus proposed a nuclear-weapon-free zone in "
        "central and eastern Europe. "
        "Both sides seek the complete denuclearization of the Korean Peninsula."
    )
    answer = read_text(text, "2019-11-18")
    zones = [p.code for p in answer.places if p.kind == "zone"]
    assert zones == [
        "tlatelolco",
        "pelindaba",
        "semipalatinsk",
        "bangkok",
        "rarotonga",
        "cee-zone",
        "korea-denuclearization-1992",
    ]
    assert all(p.data for p in answer.places if p.kind == "zone")
    assert [i.id for i in answer.instruments] == []
