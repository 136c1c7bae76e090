"""Claims of fact told from proposals, demands, hopes and negations; speakers, pronouns and lists; judged on the
statement's day."""

from __future__ import annotations

from armscontrol.reader import read_text


def claims(text: str, on: str) -> dict[tuple, str]:
    return {(c.kind, c.party, c.instrument): c.verdict for c in read_text(text, on).claims}


def test_a_negated_signature_is_judged_as_such_never_as_a_signature():
    assert claims("France has not signed the TPNW.", "2022-01-01") == {("not_signed", "FRA", "tpnw"): "consistent"}
    assert claims("Russia has not signed the CTBT.", "2022-01-01") == {("not_signed", "RUS", "ctbt"): "contradicted"}


def test_a_demand_a_hope_an_intention_or_an_offer_is_not_judged():
    for text in [
        "The demarcation agreements must be ratified by Russia.",
        "The DPRK should consider signing and ratifying the CTBT.",
        "It is our hope that India will sign the CTBT.",
        "France, the United Kingdom and the United States do not intend to sign, ratify or ever become party to the "
        "TPNW.",
        "Russia is ready to consider an extension of New START.",
    ]:
        assert all(v != "contradicted" for v in claims(text, "2018-04-21").values()), text
        assert not [k for k in claims(text, "2018-04-21") if k[0] in {"signed", "ratified", "extended"}], text


def test_a_decision_to_ratify_is_true_on_its_day_and_consistent_with_later_events():
    text = "The State Duma of the Russian Federation has just taken the decision to ratify the START-II Treaty."
    answer = read_text(text, "2000-04-14")
    claim = next(c for c in answer.claims if c.kind == "ratified")
    assert (claim.party, claim.instrument, claim.verdict) == ("RUS", "start-ii", "consistent")
    assert "later events" in claim.evidence


def test_the_speaker_is_the_state_whose_office_speaks_and_a_pronoun_the_state_last_named():
    white_house = "THE WHITE HOUSE\nOffice of the Press Secretary\n\nTwo years ago today, I was proud to be the first world leader to sign the CTBT."
    assert claims(white_house, "1998-09-24") == {("signed", "USA", "ctbt"): "consistent"}
    algeria = (
        "I wish to refer to the Pelindaba Treaty. Algeria is one of the first member states that ratified this treaty. "
        "It signed it on the 11th of April 1996."
    )
    assert claims(algeria, "2009-08-25")[("signed", "DZA", "pelindaba")] == "consistent"


def test_every_tense_and_nominalisation_of_the_events_is_a_cue():
    assert claims("The Treaty of Pelindaba entered into force on 15 July 2009.", "2010-01-01") == {
        ("in_force", None, "pelindaba"): "consistent"
    }
    assert claims("On August 2, the INF Treaty ceased to have effect.", "2019-08-02") == {
        ("not_in_force", None, "inf"): "consistent"
    }
    assert claims("Belarus formally accedes to the NPT on July 22, 1993.", "2001-01-20") == {
        ("ratified", "BLR", "npt"): "consistent"
    }
    listed = claims("Since then, 150 states have signed the CTBT, including Russia, China and Israel.", "1998-09-24")
    assert {k[1] for k in listed} == {"RUS", "CHN", "ISR"}


def test_an_instrument_that_did_not_exist_on_the_statements_day_is_flagged_and_judges_nothing():
    answer = read_text("New START limits each side to 1,550 deployed warheads.", "2001-06-01")
    found = next(i for i in answer.instruments if i.id == "new-start")
    assert found.status_note.startswith("anachronism")
    assert answer.claims == []


def test_a_state_acting_through_its_institution_is_the_party_and_an_opinion_is_no_modality():
    assert claims("The Belarusian parliament approves the ratification of START on Feb. 4, 1993.", "2001-01-20") == {
        ("ratified", "BLR", "start-i"): "consistent"
    }
    assert claims(
        "The Russian Side considers the USA's recent unilateral withdrawal from the INF Treaty a heavy blow.",
        "2019-08-07",
    ) == {("withdrew", "USA", "inf"): "consistent"}


def test_the_speakers_state_comes_from_the_heading_and_an_organisation_has_none():
    from armscontrol.reader.speaker import speaker_state

    assert speaker_state("THE WHITE HOUSE\nOffice of the Press Secretary\n\nRemarks") == "USA"
    assert speaker_state("Statement of the Ministry of Foreign Affairs of the Russian Federation\nMoscow") == "RUS"
    assert speaker_state("Address by the President of the United States of America to the General Assembly") == "USA"
    assert (
        speaker_state(
            "The Secretary-General welcomes the Treaty, for which the Government of Kyrgyzstan is the depositary."
        )
        is None
    )
