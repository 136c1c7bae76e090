"""Rules of the sixteenth pass on the reader (besides lists, tests/reader/test_reader_lists.py, and the German and
Portuguese glosses), each on short invented text."""

from __future__ import annotations

import pytest

from armscontrol.reader import learned, read_text


def _claims(text: str, on: str | None = None) -> set[tuple[str, str | None, str | None, str]]:
    return {(c.kind, c.party, c.instrument, c.verdict) for c in read_text(text, on).claims}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "OTTAWA, 14 October 1999. Canada regrets the failure of the United States Senate to ratify the CTBT.",
            ("not_ratified", "USA", "ctbt", "consistent"),
        ),
        (
            "OTTAWA, 14 October 1999. Canada regrets India's refusal to ratify the CTBT.",
            ("not_ratified", "IND", "ctbt", "consistent"),
        ),
        (
            "OTTAWA, 14 October 1999. Canada regrets the refusal of India to sign the CTBT.",
            ("not_signed", "IND", "ctbt", "consistent"),
        ),
        (
            "OTTAWA, 14 October 1999. The United States' non-ratification of the CTBT is regrettable.",
            ("not_ratified", "USA", "ctbt", "consistent"),
        ),
        (
            "STOCKHOLM, 12 July 2019. Sweden will, as it stands now, not sign the TPNW.",
            ("not_signed", "SWE", "tpnw", "consistent"),
        ),
    ],
)
def test_a_step_not_taken_told_as_a_noun_or_with_a_parenthesis(text: str, claim: tuple):
    claims = _claims(text)
    assert claim in claims
    # the speaker is not the one who failed, and a non-ratification is no ratification
    assert not {c for c in claims if c[3] == "contradicted"}


def test_an_entry_into_force_that_depends_on_ratifications_says_they_are_not_done():
    claims = _claims(
        "VIENNA, 1 June 2016. The CTBT is not in force. Its entry into force depends on its ratification by the "
        "United States, China, Egypt, Iran and Israel."
    )
    assert {c[1] for c in claims if c[0] == "not_ratified"} == {"USA", "CHN", "EGY", "IRN", "ISR"}
    assert not {c for c in claims if c[0] == "ratified"}


def test_neither_nor_denies_the_act_of_each_state_it_names():
    claims = _claims(
        "NEW YORK, 22 January 2021. Neither France nor the United Kingdom has signed or ratified the TPNW."
    )
    assert {(c[0], c[1]) for c in claims} == {
        ("not_signed", "FRA"),
        ("not_signed", "GBR"),
        ("not_ratified", "FRA"),
        ("not_ratified", "GBR"),
    }
    assert all(c[3] == "consistent" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "VIENNA, 5 June 2012. The CTBT awaits ratification by China, Egypt, Iran, Israel and the United States.",
        "VIENNA, 5 June 2012. Ratification of the CTBT by China, Egypt, Iran, Israel and the United States is still "
        "outstanding.",
    ],
)
def test_a_ratification_awaited_or_outstanding_is_not_done(text: str):
    claims = _claims(text)
    assert {c[1] for c in claims if c[0] == "not_ratified"} == {"CHN", "EGY", "IRN", "ISR", "USA"}
    assert not {c for c in claims if c[0] == "ratified"}


def test_signed_but_not_ratified_without_an_object_is_both():
    claims = _claims(
        "VIENNA, 5 June 2012. The CTBT is not in force. China, Egypt and Israel have signed but not ratified."
    )
    assert {c[1] for c in claims if c[0] == "signed"} == {"CHN", "EGY", "ISR"}
    assert {c[1] for c in claims if c[0] == "not_ratified"} == {"CHN", "EGY", "ISR"}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("WASHINGTON, 10 February 2026. New START is no longer in force.", "consistent"),
        ("WASHINGTON, 10 February 2019. New START is no longer in force.", "contradicted"),
        ("WASHINGTON, 14 June 2002. The ABM Treaty ceased to be in effect today.", "consistent"),
    ],
)
def test_no_longer_in_force(text: str, verdict: str):
    assert {(c[0], c[3]) for c in _claims(text)} == {("not_in_force", verdict)}


def test_a_suspension_that_took_place_stays_true_after_the_instrument_ended():
    answer = read_text(
        "MOSCOW, 4 December 2026. In February 2023, Russian President Vladimir Putin announced Moscow's decision to "
        "suspend its participation in the New START Treaty."
    )
    suspended = [c for c in answer.claims if c.kind == "suspended"]
    assert [(c.party, c.verdict) for c in suspended] == [("RUS", "consistent")]
    assert "true of that day" in suspended[0].evidence
    # before the suspension it is false
    assert ("suspended", "RUS", "new-start", "contradicted") in _claims(
        "MOSCOW, 4 December 2022. Russia suspended its participation in the New START Treaty."
    )


def test_acts_with_no_object_at_the_end_of_a_clause_are_of_the_passages_instrument():
    claims = _claims(
        "NEW YORK, 26 September 2019. The TPNW is not in force. Maldives and Trinidad and Tobago both signed and "
        "ratified."
    )
    assert {(c[0], c[1]) for c in claims if c[2] == "tpnw" and c[1]} == {
        ("signed", "MDV"),
        ("signed", "TTO"),
        ("ratified", "MDV"),
        ("ratified", "TTO"),
    }


def test_a_states_instrument_of_ratification_named_as_a_noun_is_its_ratification():
    claims = _claims(
        "NEW YORK, 26 September 2019. The TPNW is not in force. With the deposit of Ecuador's instrument of "
        "ratification on 25 September, the number of ratifying states is now 32 and the number of signatory States "
        "to 79."
    )
    assert ("ratified", "ECU", "tpnw", "consistent") in claims
    figures = {
        (f.value, f.unit)
        for f in read_text(
            "NEW YORK, 26 September 2019. The number of ratifying states is now 32 and the number of signatory States to 79."
        ).figures
    }
    assert {(32.0, "states"), (79.0, "states")} <= figures


def test_a_list_commended_for_completing_its_ratification_ratified():
    claims = _claims(
        "NEW YORK, 25 September 2024. The CTBT is not in force. We commend Equatorial Guinea, the Solomon Islands "
        "and Sri Lanka for recently completing their ratification of the Treaty and welcome the signing by Somalia."
    )
    assert {c[1] for c in claims if c[0] == "ratified"} == {"GNQ", "SLB", "LKA"}
    assert ("signed", "SOM", "ctbt", "consistent") in claims


def test_a_list_two_groups_of_different_standing_share_gives_no_standing():
    claims = _claims(
        "VIENNA, 30 September 2021. The CTBT is not in force. 3. The following States that had already deposited "
        "their instruments of ratification of the Treaty before the opening of the Conference and States Signatories "
        "that had not yet deposited their instruments of ratification before the opening of the Conference "
        "participated in the Conference: Albania, Algeria, China, Egypt, Iran."
    )
    assert {c[0] for c in claims} == {"not_in_force"}


def test_a_bracket_that_names_no_state_does_not_end_the_agents_list():
    claims = _claims(
        "ASTANA, 8 January 2026. The Semipalatinsk Treaty was signed on Sept. 8, 2006, in the city of Semei (formerly "
        "Semipalatinsk) by Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan and Uzbekistan."
    )
    assert {c[1] for c in claims if c[0] == "signed"} == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_a_passive_whose_agent_is_a_group_lists_its_members_after_a_colon():
    claims = _claims(
        "BANGKOK, 1 May 1996. The Bangkok Treaty is a zone treaty. The Treaty was signed in Bangkok in December 1995 "
        "by 10 regional States: the seven ASEAN States of Brunei, Indonesia, Malaysia, Philippines, Singapore, "
        "Thailand and Viet Nam, plus Cambodia, Laos and Myanmar."
    )
    assert {c[1] for c in claims if c[0] == "signed"} == {
        "BRN",
        "IDN",
        "MYS",
        "PHL",
        "SGP",
        "THA",
        "VNM",
        "KHM",
        "LAO",
        "MMR",
    }


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a place where something happens is no subject
        (
            "WASHINGTON, 27 July 1990. The United States and the Soviet Union are engaged in talks in Geneva, "
            "Switzerland, and have signed the Treaty on the Limitation of Underground Nuclear Weapon Tests.",
            ("signed", "CHE"),
        ),
        # inspectors withdrawn are no party withdrawing
        (
            "VIENNA, 22 September 2025. The NPT is the cornerstone. Egypt brokered talks after the forced withdrawal "
            "of inspectors last June.",
            ("withdrew", "EGY"),
        ),
        # the 'by' of a participle after a comma is not the ratification's
        (
            "MOSCOW, 14 May 2003. The State Duma passed a law on ratification of the Treaty on Strategic Offensive "
            "Reductions (SOR Treaty), signed in Moscow on May 24, 2002, by the Presidents of Russia and the United "
            "States.",
            ("ratified", "USA"),
        ),
    ],
)
def test_what_is_not_a_party_to_the_act(text: str, absent: tuple[str, str]):
    assert absent not in {(c[0], c[1]) for c in _claims(text)}


def test_an_extension_of_an_initiative_is_no_extension_of_an_instrument():
    claims = _claims(
        "ASTANA, 21 March 2009. The signing and ratification of the Treaty on a Nuclear-Weapon-Free Zone in Central "
        "Asia is a logical extension of our President's initiative."
    )
    assert "extended" not in {c[0] for c in claims}


def test_russian_intentions_and_questions_are_no_acts():
    text = (
        "Министерство иностранных дел России заявило, что пока Россия не собирается отзывать ратификацию Договора о "
        "всеобъемлющем запрещении ядерных испытаний (ДВЗЯИ). Российское ведомство обвинило США в использовании "
        "системы мониторинга, не ратифицируя сам договор. Россия и США давно занимают противоположные позиции по "
        "вопросу ратификации ДВЗЯИ. Сейчас в Москве это обсуждают, и решение по этому вопросу еще не принято, что "
        "и было сказано в заявлении."
    )
    claims = {(c.kind, c.party) for c in read_text(text, "2023-10-06").claims}
    assert ("not_ratified", "USA") in claims
    assert ("ratified", "USA") not in claims
    assert ("ratification_revoked", "RUS") not in claims


def test_a_list_as_signatory_nations_of_two_instruments_signed_each():
    claims = _claims(
        "WASHINGTON, 27 July 1990. Whereas the United States, the Soviet Union, and Great Britain as signatory nations "
        "of the Partial Test Ban Treaty and the Treaty on the Non-Proliferation of Nuclear Weapons are committed to "
        "seek the end of tests."
    )
    assert {(c[1], c[2]) for c in claims if c[0] == "signed"} == {
        (p, i) for p in ("USA", "SUN", "GBR") for i in ("ptbt", "npt")
    }


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "WASHINGTON, 5 December 2025. In March 2021 the two sides renewed New START for a period of five years.",
            ("extended", None, "new-start", "consistent"),
        ),
        (
            "MOSCOW, 5 March 2020. As a member State of the NPT and one of its depositaries, the Russian Federation "
            "strictly observes the Treaty.",
            ("bound", "RUS", "npt", "consistent"),
        ),
        (
            "WASHINGTON, 1 June 2006. Ten States, including the United States, must still ratify the CTBT.",
            ("not_ratified", "USA", "ctbt", "consistent"),
        ),
    ],
)
def test_renewed_member_state_and_must_still(text: str, claim: tuple):
    assert claim in _claims(text)


def test_a_german_finite_verb_before_its_subject_and_separable_verbs_of_an_end():
    text = (
        "Berlin, 2. August 2019. Der INF-Vertrag war 1987 unterzeichnet worden und galt als Meilenstein der Abrüstung. "
        "Im Februar kündigten die USA das Abkommen ohne Rücksprache mit der Nato. Kurz darauf zog sich auch Russland "
        "aus dem Vertrag zurück. Am Freitag lief er offiziell aus, und die Bundesregierung bedauert das sehr."
    )
    claims = {(c.kind, c.party, c.instrument) for c in read_text(text).claims}
    assert {("withdrew", "USA", "inf"), ("withdrew", "RUS", "inf"), ("not_in_force", None, "inf")} <= claims


@pytest.mark.parametrize(
    "text",
    [
        # a wish, in Russian's word order glossed
        "MOSCOW, 13 November 2013. Russia stands for the speedy accession to the NPT of all countries, including "
        "Israel.",
        "MOSCOW, 13 November 2013. Russia stands for the universalization of the NPT and the early accession to it of "
        "all countries, including Israel.",
        # a subject spoken of
        "MOSCOW, 1 September 2020. As for the extension of the New START treaty, we see no clear will in Washington.",
        # a signing asked for again
        "MOSCOW, 26 January 2021. The conditions set by Washington for the re-signature of the New START treaty did "
        "not suit Russia.",
    ],
)
def test_wishes_topics_and_conditions_are_no_acts(text: str):
    with learned.rules_only():
        assert not {c for c in _claims(text) if c[0] in {"ratified", "extended", "signed"}}
    # the trained model reads a signature in "the re-signature of the New START treaty" (a known misreading, probability
    # 0.23, marked as the model's: docs/reader.md), and nothing in the others
    found = [c for c in read_text(text).claims if c.kind in {"ratified", "extended", "signed"}]
    assert all(c.read_by == "model" and "re-signature" in text for c in found)


def test_a_protocol_named_by_its_subject_to_a_treaty_with_one_protocol_is_that_protocol():
    claims = _claims(
        "BISHKEK, 11 April 2021. On May 6, 2014, five nuclear powers - Great Britain, China, Russia, the United States "
        "and France simultaneously signed the Protocol on Negative Security Assurances to the Treaty on the "
        "Nuclear-Weapon-Free Zone in Central Asia."
    )
    assert {(c[1], c[2]) for c in claims if c[0] == "signed"} == {
        (p, "semipalatinsk-protocol") for p in ("GBR", "CHN", "RUS", "USA", "FRA")
    }


def test_the_signing_of_a_text_the_registry_does_not_hold_is_no_claim_on_another():
    claims = _claims(
        "NUR-SULTAN, 22 September 2021. The President highlighted nuclear talks with Iran, the extension of the START "
        "agreement and the signing of the US-Russia Joint Statement on Strategic Stability."
    )
    assert not {c for c in claims if c[0] == "signed"}
    # "START" alone in a dated statement after New START entered into force is New START
    assert ("extended", None, "new-start", "consistent") in claims


def test_start_alone_before_new_start_or_near_start_is_time_is_start_i():
    assert ("not_in_force", None, "start-i", "consistent") in _claims("MOSCOW, 5 December 2009. START expired today.")
    assert ("not_in_force", None, "start-i", "consistent") in _claims(
        "MOSCOW, 5 December 2019. START, signed in 1991, expired in 2009."
    )
