"""Who a claim speaks of when the states are a list: before the verb, after a colon, in the next sentence, after 'once
ratified by'."""

from __future__ import annotations

import pytest

from armscontrol.reader import read_text

EIGHT = ["CHN", "EGY", "IND", "IRN", "ISR", "PRK", "PAK", "USA"]


def claims(text: str, on: str) -> set[tuple[str, str | None, str | None, str]]:
    return {(c.kind, c.party, c.instrument, c.verdict) for c in read_text(text, on).claims}


def test_a_list_of_states_before_the_verb_is_the_whole_subject():
    found = claims(
        "Of these, China, Egypt, India, Iran, Israel, Pakistan and the United States have yet to ratify the CTBT.",
        "2012-09-26",
    )
    assert found == {
        ("not_ratified", code, "ctbt", "consistent") for code in ["CHN", "EGY", "IND", "IRN", "ISR", "PAK", "USA"]
    }
    assert claims("Russia and the United States signed START II in 1993.", "2000-07-01") == {
        ("signed", "RUS", "start-ii", "consistent"),
        ("signed", "USA", "start-ii", "consistent"),
    }


def test_a_group_noun_takes_the_states_listed_after_a_colon():
    text = (
        "At present, five Annex 2 States have signed but still not ratified the CTBT: China, Egypt, Iran, Israel and "
        "the US, "
        "and three others, North Korea, India and Pakistan, have neither signed nor ratified."
    )
    found = claims(text, "2019-03-01")
    signed_only = ["CHN", "EGY", "IRN", "ISR", "USA"]
    assert {("signed", c, "ctbt", "consistent") for c in signed_only} <= found
    assert {("not_ratified", c, "ctbt", "consistent") for c in signed_only + ["PRK", "IND", "PAK"]} <= found
    assert {("not_signed", c, "ctbt", "consistent") for c in ["PRK", "IND", "PAK"]} <= found
    assert not any(kind == "signed" and party in {"PRK", "IND", "PAK"} for kind, party, _, _ in found)


def test_a_group_noun_takes_the_states_the_next_sentence_lists():
    text = (
        "The Treaty of Semipalatinsk was ratified by all five Central Asian States. "
        "The zone has five States parties: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan."
    )
    assert claims(text, "2010-01-01") == {
        ("ratified", c, "semipalatinsk", "consistent") for c in ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
    }
    # Judged on its date: before Kazakhstan's deposit (26 November 2008) the claim is false for it.
    assert ("ratified", "KAZ", "semipalatinsk", "contradicted") in claims(text, "2008-01-01")


def test_a_group_noun_without_a_list_names_no_one():
    assert (
        claims(
            "The Treaty of Semipalatinsk was ratified by all five Central Asian States. It is a landmark.", "2010-01-01"
        )
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "The CTBT will enter into force once signed and ratified by the remaining eight Annex 2 countries: China, "
        "Egypt, India, Iran, "
        "Israel, North Korea, Pakistan and the United States.",
        "The CTBT will enter into force once signed and ratified by the remaining eight Annex 2 countries. These "
        "countries are: China, "
        "Egypt, India, Iran, Israel, North Korea, Pakistan and the United States.",
    ],
)
def test_the_states_a_treaty_waits_for_have_not_ratified_it(text):
    found = claims(text, "2018-09-01")
    assert {("not_ratified", c, "ctbt", "consistent") for c in EIGHT} <= found
    assert ("not_in_force", None, "ctbt", "consistent") in found
    assert not any(verdict == "contradicted" for *_, verdict in found)


def test_waiting_for_a_state_that_has_ratified_is_contradicted():
    assert ("not_ratified", "RUS", "ctbt", "contradicted") in claims(
        "The CTBT will enter into force once ratified by Russia and Egypt.", "2018-09-01"
    )


def test_a_hoped_for_ratification_is_no_claim():
    assert claims("The ratification of the CTBT by Indonesia would be welcome.", "2009-04-01") == set()
    assert claims("Ratification of the CTBT by the United States remains essential.", "2009-04-01") == set()
    assert claims(
        "Indonesia's ratification of the CTBT today brings the number of ratifying States to 157.", "2012-02-07"
    ) == {("ratified", "IDN", "ctbt", "consistent")}


def test_a_participle_describing_the_instrument_has_no_state_as_subject():
    text = "Implementation of START would have been impossible without Belarus, Kazakhstan and Ukraine and the Lisbon Protocol, signed on May 23, 1992."
    assert not any(kind == "signed" for kind, *_ in claims(text, "2009-12-04"))


def test_the_subject_carries_across_coordinated_clauses():
    assert claims("France signed the CTBT in 1996, ratified it in 1998 and closed its test site.", "1998-05-01") == {
        ("signed", "FRA", "ctbt", "consistent"),
        ("ratified", "FRA", "ctbt", "consistent"),
    }


def test_states_along_with_the_subject_share_its_act():
    text = (
        "Russia ratified the CTBT on 30 June 2000, bringing the number of nuclear-weapon States ratifying it to three "
        "along with France and the United Kingdom."
    )
    assert claims(text, "2000-07-01") == {("ratified", code, "ctbt", "consistent") for code in ["RUS", "FRA", "GBR"]}


def test_possessives_joined_by_and_are_one_list():
    assert claims(
        "France's and the United Kingdom's ratification of the CTBT on 6 April 1998 was welcomed.", "1998-05-01"
    ) == {("ratified", "FRA", "ctbt", "consistent"), ("ratified", "GBR", "ctbt", "consistent")}


def test_a_legislature_named_alone_acts_for_its_state():
    from armscontrol.reader import read_text as read

    senate = read(
        "The Senate today gave its advice and consent to the ratification of the New START Treaty.",
        "2010-12-23",
        publisher="The White House, Office of the Press Secretary",
    ).claims
    assert [(c.kind, c.party, c.instrument) for c in senate] == [("ratified", "USA", "new-start")]
    # Without a speaker, "the Senate" alone, of a treaty the United States signed, is the United States Senate
    # (claims._bare_senate); beside another state's name it names none.
    assert claims(
        "The Senate today gave its advice and consent to the ratification of the New START Treaty.", "2010-12-23"
    ) == {("ratified", "USA", "new-start", "consistent")}
    assert (
        claims(
            "Chile welcomed the vote. The Senate today gave its consent to the ratification of the CTBT.", "2010-12-23"
        )
        == set()
    )
    assert claims("The State Duma ratified START II on 14 April 2000.", "2000-05-01") == {
        ("ratified", "RUS", "start-ii", "consistent")
    }


def test_outstanding_states_whose_ratification_is_needed_have_not_ratified():
    text = (
        "The Conference named the outstanding Annex 2 States whose ratification is needed for the CTBT's entry into "
        "force. "
        "These States are: Egypt, Israel and the United States."
    )
    found = claims(text, "2019-01-01")
    assert {("not_ratified", c, "ctbt", "consistent") for c in ["EGY", "ISR", "USA"]} <= found


def test_how_a_treaty_enters_into_force_describes_no_treaty():
    answer = read_text(
        "The CTBT bans all nuclear explosions. For the Treaty to enter into force, all 44 States must ratify it.",
        "2019-01-01",
    )
    assert [i.id for i in answer.instruments] == ["ctbt"]


def test_of_these_counts_the_states_of_the_sentence_before():
    figures = read_text(
        "The CTBT lists forty-four states in its Annex 2. Of these, thirty-six have ratified.", "2019-01-01"
    ).figures
    assert [(f.value, f.unit) for f in figures] == [(44, "states"), (36, "states")]


def test_passive_with_the_states_after_by_after_a_long_description():
    text = (
        "A treaty banning nuclear weapon tests in the atmosphere, in outer space and under water, the first such "
        "agreement of "
        "the nuclear age, was signed in Moscow on 5 August 1963 by the United States, the United Kingdom and the "
        "Soviet Union."
    )
    assert claims(text, "1963-08-10") == {("signed", code, "ptbt", "consistent") for code in ["USA", "GBR", "SUN"]}


def test_one_passive_with_two_by_phrases():
    text = (
        "The CTBT was ratified by the Russian Federation on 30 June 2000 and by France and the United Kingdom in 1998."
    )
    assert claims(text, "2000-07-10") == {("ratified", code, "ctbt", "consistent") for code in ["RUS", "FRA", "GBR"]}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine became a party to the NPT on 5 December 1994.",
        "Ukraine joined the NPT as a non-nuclear-weapon State.",
        "With the deposit of Ukraine's instrument of accession, the NPT counts Ukraine among its non-nuclear-weapon "
        "States.",
    ],
)
def test_consent_to_be_bound_in_other_words(text):
    assert claims(text, "1994-12-10") == {("ratified", "UKR", "npt", "consistent")}
    assert claims(text, "1994-06-01") == {("ratified", "UKR", "npt", "contradicted")}  # months before the accession


def test_a_legislature_rejecting_a_treaty_has_not_ratified_it():
    assert claims("The CTBT was rejected by the US Senate on 13 October 1999.", "1999-10-14") == {
        ("not_ratified", "USA", "ctbt", "consistent")
    }
    assert claims("Russia rejected the proposal to amend the CTBT.", "1999-10-14") == set()


def test_the_speaker_and_a_named_partner_both_act():
    from armscontrol.reader import read_text as read

    found = read(
        "President Medvedev of Russia and I signed the New START Treaty today.",
        "2010-04-09",
        publisher="The White House",
    ).claims
    assert {(c.kind, c.party) for c in found} == {("signed", "RUS"), ("signed", "USA")}


def test_a_participle_opening_the_sentence_takes_the_subject_after_it():
    assert claims("Having signed the CTBT in 1996, the United States has not yet ratified it.", "2005-01-01") == {
        ("signed", "USA", "ctbt", "consistent"),
        ("not_ratified", "USA", "ctbt", "consistent"),
    }


def test_a_decision_reported_as_taken_is_a_claim_and_a_hoped_for_one_is_not():
    decided = "The Conference decided that the Treaty on the Non-Proliferation of Nuclear Weapons shall continue in force indefinitely."
    assert claims(decided, "1995-05-12") == {("extended", None, "npt", "consistent")}
    assert claims(decided, "1995-05-01") == {
        ("extended", None, "npt", "contradicted")
    }  # before the decision of 11 May 1995
    for hoped in (
        "We hope the Conference decides that the NPT shall continue in force indefinitely.",
        "If the Conference decided that the NPT shall continue in force indefinitely, we would welcome it.",
    ):
        assert claims(hoped, "1995-04-01") == set()


def test_a_step_that_clears_the_way_for_an_accession_is_not_the_accession():
    assert (
        claims("The vote of the Verkhovna Rada clears the way for Ukraine's accession to the NPT.", "1994-11-17")
        == set()
    )
