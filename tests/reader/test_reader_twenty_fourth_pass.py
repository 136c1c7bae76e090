"""Rules of the twenty-fourth pass on the reader, which opened the twenty-fourth held-out set
(tests/statements/heldout-2026x), each on short invented text."""

from __future__ import annotations

import pytest

from armscontrol.reader import read_text


def _claims(text: str, on: str | None = None) -> set[tuple[str, str | None, str | None]]:
    return {(c.kind, c.party, c.instrument) for c in read_text(text, on).claims}


def test_each_state_a_by_list_joins_to_a_welcomed_ratification_ratified():
    claims = _claims("Rome, 3 May 1999. I welcome the ratification by Spain and Portugal of the CTBT on 2 May.")
    assert {("ratified", "ESP", "ctbt"), ("ratified", "PRT", "ctbt")} <= claims


def test_the_welcoming_state_is_still_not_the_one_that_ratified():
    claims = _claims("Rome, 3 May 1999. Italy welcomes the ratification by Spain of the CTBT.")
    assert ("ratified", "ESP", "ctbt") in claims
    assert not any(c[1] == "ITA" for c in claims)


def test_the_most_recent_state_took_the_last_act_of_the_clause():
    claims = _claims(
        "Canberra, 2 October 2004. 172 countries have signed the CTBT and 119 have ratified it, the most recent being "
        "Nigeria in September 2001."
    )
    assert ("ratified", "NGA", "ctbt") in claims
    assert ("signed", "NGA", "ctbt") not in claims


def test_a_state_a_counted_group_includes_took_the_step_it_has_done_so():
    claims = _claims(
        "Canberra, 2 October 2004. The Treaty names 44 States that must ratify the CTBT. Of those, 33, including "
        "Japan, have already done so."
    )
    assert ("ratified", "JPN", "ctbt") in claims


def test_a_state_a_counted_group_includes_has_not_done_so():
    claims = _claims(
        "Canberra, 2 October 2004. 44 States must ratify the CTBT. Eleven of them, including Egypt, have not yet done "
        "so."
    )
    assert ("not_ratified", "EGY", "ctbt") in claims


@pytest.mark.parametrize(
    "text",
    [
        "Moscow, 1 July 2023. The NPT continues to function fully.",
        "Москва, 1 июля 2023 г. ДНЯО продолжает функционировать.",
    ],
)
def test_a_treaty_that_continues_to_function_is_in_force(text):
    assert ("in_force", None, "npt") in _claims(text)


def test_a_singular_ratifying_state_before_a_list_gives_each_its_ratification():
    claims = _claims(
        "Vienna, 1 December 2022. We welcome each new ratifying State of the CTBT – Samoa, Dominica and Tuvalu – and "
        "thank them."
    )
    assert {("ratified", p, "ctbt") for p in ("WSM", "DMA", "TUV")} <= claims


def test_states_whose_ratification_is_still_required_have_not_ratified():
    claims = _claims(
        "Canberra, 1 October 2010. We urge the eight States whose ratification is still required for the CTBT's entry "
        "into force: China, Egypt and Iran."
    )
    assert {("not_ratified", p, "ctbt") for p in ("CHN", "EGY", "IRN")} <= claims


def test_the_44_states_whose_ratification_is_required_tell_no_standing():
    claims = _claims(
        "Canberra, 1 October 2010. The 44 States whose ratification is required for the CTBT's entry into force "
        "include: China, Egypt and France."
    )
    assert not any(c[0] == "not_ratified" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Astana, 1 July 2019. None of the nuclear powers – China, France and Russia – are signatories to the TPNW.",
        "Astana, 1 July 2019. None of the three, China, France and Russia, is a signatory of the TPNW.",
    ],
)
def test_none_of_a_listed_group_denies_each_the_standing(text):
    claims = _claims(text)
    assert {("not_signed", p, "tpnw") for p in ("CHN", "FRA", "RUS")} <= claims
    assert not any(c[0] == "signed" for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris, 1 May 1997. I look forward to the early ratification of the CTBT by Brazil.", {"BRA"}),
        (
            "Paris, 1 May 1997. We look forward to the speedy ratifications of the other nuclear powers China and "
            "Russia of the CTBT.",
            {"CHN", "RUS"},
        ),
        ("Oslo, 1 May 1997. Norway's ratification process for the CTBT is well advanced.", {"NOR"}),
    ],
)
def test_a_ratification_looked_forward_to_or_under_way_is_not_taken(text, expected):
    claims = _claims(text)
    assert {c[1] for c in claims if c[0] == "not_ratified"} == expected
    assert not any(c[0] == "ratified" for c in claims)


def test_the_speaker_determined_to_obtain_ratification_has_not_ratified():
    claims = _claims(
        "THE WHITE HOUSE, Office of the Press Secretary, 1 June 1998. Statement by the President. I repeat my "
        "determination to obtain ratification of the Comprehensive Test Ban Treaty."
    )
    assert ("not_ratified", "USA", "ctbt") in claims


def test_a_ratification_debate_is_no_ratification():
    claims = _claims("Washington, 1 June 1999. The CTBT Ratification Debate in the United States goes on.")
    assert not any(c[0] == "ratified" for c in claims)


def test_ratifications_looked_forward_to_of_listed_states_are_of_the_passage_instrument():
    claims = _claims(
        "Paris, 1 May 1997. The CTBT is a milestone. We look forward to the early ratifications of the other nuclear "
        "powers China and Russia."
    )
    assert {("not_ratified", "CHN", "ctbt"), ("not_ratified", "RUS", "ctbt")} <= claims


def test_a_state_misspelt_in_a_list_of_states_is_read():
    claims = _claims("Vienna, 1 December 2022. Samoa, Dominica and Tuvulu have ratified the CTBT.")
    assert ("ratified", "TUV", "ctbt") in claims


@pytest.mark.parametrize(
    "text",
    [
        # a name cut short where an excerpt ends is no misspelling
        "Vienna, 1 December 2022. Signatories of the CTBT: Norway, Panama, Peru, Poland, Portug",
        # a word alone that resembles a name, with no list of states beside it
        "Vienna, 1 December 2022. Senator Tuvulu said the CTBT matters.",
    ],
)
def test_no_state_is_read_from_a_cut_name_or_a_word_outside_a_list(text):
    assert not any(c[1] in {"PRT", "TUV"} for c in _claims(text))


def test_one_state_signatory_in_apposition_signed():
    claims = _claims(
        "Vienna, 1 December 2022. The CTBT has new members, yet one State Signatory, the Russian Federation, wages war."
    )
    assert ("signed", "RUS", "ctbt") in claims


def test_states_a_bracket_excepts_from_a_counted_act_did_not_take_it():
    claims = _claims(
        "Moscow, 6 February 2009. Almost 180 nations have signed the CTBT, 41 of the 44 named (except North Korea, "
        "India and Pakistan)."
    )
    assert {("not_signed", p, "ctbt") for p in ("PRK", "IND", "PAK")} <= claims
    assert not any(c[0] == "signed" and c[1] in {"PRK", "IND", "PAK"} for c in claims)


def test_the_french_except_is_read():
    claims = _claims(
        "Moscou, 6 février 2009. Presque 180 nations ont signé le TICE, dont 41 des 44 pays nommés (sauf la Corée du "
        "Nord, l'Inde et le Pakistan)."
    )
    assert ("not_signed", "IND", "ctbt") in claims


def test_a_cabinets_approval_of_a_ratification_is_no_ratification():
    claims = _claims(
        "Dili, 2 February 2022. The Government approved today the ratification of the TPNW by Timor-Leste."
    )
    assert ("not_ratified", "TLS", "tpnw") in claims
    assert ("ratified", "TLS", "tpnw") not in claims


def test_portuguese_powers_yet_to_ratify_and_a_legislatures_vote():
    claims = _claims(
        "Maputo, 9 abril 2008 - O tratado foi ratificado por 35 países, incluindo a França - estando ainda por "
        "ratificar potências nucleares como Estados Unidos e China. O Tratado de Interdição Completa de Ensaios "
        "Nucleares é importante."
    )
    assert {("not_ratified", "USA", "ctbt"), ("not_ratified", "CHN", "ctbt")} <= claims
    assert ("not_ratified", "FRA", "ctbt") not in claims


def test_german_and_russian_names_and_a_russian_refusal_to_sign():
    assert ("ratified", "AUT", "tpnw") in _claims(
        "Wien, 8. Mai 2018 - Österreich hat den Vertrag zum Verbot von Atomwaffen ratifiziert."
    )
    claims = _claims(
        "Москва, 20 октября 2017 г. Россия не намерена присоединяться к подписанию договора о запрещении ядерного "
        "оружия, как это предусмотрено договором о нераспространении."
    )
    assert ("not_signed", "RUS", "tpnw") in claims
    assert "npt" in {
        i.id
        for i in read_text("Москва, 20 октября 2017 г. Это предусмотрено договором о нераспространении.").instruments
    }


def test_entry_into_force_depending_on_a_named_groups_ratification_lists_the_states_not_ratified():
    for text in (
        "Vienna, 8 September 2011. The entry into force of the CTBT depends on the ratification of four countries: "
        "Egypt, Iran, Israel and China.",
        "Vienna, 8 September 2011. The entry into force of the CTBT depends on its ratification by Egypt and Iran.",
    ):
        claims = _claims(text)
        assert {("not_ratified", "EGY", "ctbt"), ("not_ratified", "IRN", "ctbt")} <= claims


def test_the_french_for_a_treaty_waiting_on_ratifications_and_a_group_none_of_which_will_join():
    claims = _claims(
        "Vienne, 8 septembre 2011. L'entrée en vigueur du Traité d'interdiction totale des essais nucléaires est "
        "suspendue à la ratification de trois pays : l'Egypte, l'Iran et Israël."
    )
    assert {("not_ratified", p, "ctbt") for p in ("EGY", "IRN", "ISR")} <= claims
    claims = _claims(
        "Genève, 20 septembre 2017. Le Traité sur l'interdiction des armes nucléaires est ouvert. Aucune des "
        "puissances nucléaires, Inde, Pakistan, Israël, n'a prévu de s'y rallier."
    )
    assert {("not_ratified", p, "tpnw") for p in ("IND", "PAK", "ISR")} <= claims


def test_a_state_not_among_the_states_that_sign_has_not_signed():
    claims = _claims(
        "Bern, 20 September 2017. The TPNW opens for signature. Norway is not among the States that sign the TPNW on "
        "Wednesday."
    )
    assert ("not_signed", "NOR", "tpnw") in claims


def test_a_demonym_before_an_office_names_the_state_that_acted():
    claims = _claims("New York, 20 September 2017. Brazilian President Michel Temer was the first to sign the TPNW.")
    assert ("signed", "BRA", "tpnw") in claims


@pytest.mark.parametrize(
    "text",
    [
        "October 1, 1963. Last week the Senate gave its consent to the Limited Test Ban Treaty by an 80 to 19 margin.",
        "May 27, 1988. Senate Ratifies INF; Dole and Byrd to Fly to Moscow",
    ],
)
def test_the_senate_alone_is_the_united_states_senate(text):
    claims = _claims(text)
    assert any(c[0] == "ratified" and c[1] == "USA" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Astana, 1 June 2019. The Kazakh Senate ratified the TPNW.",
        "Santiago, 1 June 2019. Chile welcomed the vote. The Senate ratified the CTBT.",
        "Washington, 1 June 2010. The New START Treaty deserves prompt ratification by the full Senate.",
    ],
)
def test_the_senate_of_another_state_or_a_ratification_wished_for_is_not_the_united_states(text):
    assert not any(c[1] == "USA" and c[0] == "ratified" for c in _claims(text))


def test_an_announcement_of_withdrawal_in_a_statements_heading_is_the_speakers():
    text = (
        "For Immediate Release\nOffice of the Press Secretary\nDecember 13, 2001\n\nAnnouncement of Withdrawal from "
        "the ABM Treaty\n\nThe circumstances have changed.\n"
    )
    assert ("withdrew", "USA", "abm") in _claims(text)


def test_a_state_before_a_treaty_withdrawal_compound_withdrew():
    assert ("withdrew", "USA", "abm") in _claims(
        "December 14, 2001. Response to Statement on U.S. ABM Treaty Withdrawal"
    )
    assert not any(c[0] == "withdrew" for c in _claims("December 14, 2001. The ABM Treaty withdrawal clause is clear."))


def test_ratifying_an_agreement_on_an_extension_is_the_extension():
    claims = _claims(
        "Moscow, 27 January 2021. The Federation Council ratified the Agreement on the extension of New START for five "
        "years."
    )
    assert ("extended", None, "new-start") in claims
    assert not any(c[0] == "ratified" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Bishkek, 24 December 2015. The United States can ratify the CTBT.",
        "Moscow, 20 May 2024. The United States is not interested in ratification of the CTBT.",
        "Москва, 20 мая 2024 г. США не заинтересованы в ратификации ДВЗЯИ.",
        "Moscow, 20 May 2024. The United States has not taken practical steps towards ratification of the CTBT.",
    ],
)
def test_a_possible_or_unwanted_ratification_is_not_taken(text):
    claims = _claims(text)
    assert ("not_ratified", "USA", "ctbt") in claims
    assert ("ratified", "USA", "ctbt") not in claims


def test_a_protocol_sent_for_the_senates_advice_and_consent_is_not_ratified():
    claims = _claims(
        "THE WHITE HOUSE, April 27, 2015. To the Senate of the United States: I transmit herewith, for the advice and "
        "consent of the Senate to its ratification, the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in "
        "Central Asia."
    )
    assert not any(c[0] == "ratified" for c in claims)


def test_a_treaty_that_commits_its_states_parties_listed_after_a_dash_binds_each():
    claims = _claims(
        "May 6, 2024. The CANWFZ treaty commits its five states-parties in Central Asia—Kazakhstan, Kyrgyzstan and "
        "Uzbekistan—from manufacturing nuclear weapons."
    )
    assert {("bound", p, "semipalatinsk") for p in ("KAZ", "KGZ", "UZB")} <= claims


def test_the_french_office_before_its_adjective_and_this_text():
    claims = _claims(
        "Genève, 20 septembre 2017. Le Traité sur l'interdiction des armes nucléaires est ouvert. Le président "
        "brésilien Michel Temer a été le premier à signer ce texte. La Suisse ne fait pas partie des Etats qui "
        "signent ce texte mercredi."
    )
    assert {("signed", "BRA", "tpnw"), ("not_signed", "CHE", "tpnw")} <= claims


def test_a_signature_of_a_protocol_is_not_of_the_treaty_it_is_to():
    claims = _claims(
        "June 1, 2024. This year marks the 10th anniversary of the U.S. signature on the protocol to the Treaty on a "
        "Nuclear-Weapon-Free Zone in Central Asia (CANWFZ)."
    )
    assert ("signed", "USA", "semipalatinsk-protocol") in claims
    assert ("signed", "USA", "semipalatinsk") not in claims


def test_a_senate_approval_is_the_united_states_ratification_and_a_formal_ratification_to_come_is_none():
    claims = _claims(
        "May 28, 1988. The Senate yesterday approved the historic Intermediate-Range Nuclear Forces (INF) Treaty by a "
        "vote of 93 to 5, sending it to Moscow for formal ratification by President Reagan and Soviet leader Mikhail "
        "Gorbachev."
    )
    assert ("ratified", "USA", "inf") in claims
    assert ("ratified", "SUN", "inf") not in claims


def test_a_legislatures_approval_is_its_states_not_the_pleased_speakers():
    claims = _claims(
        "THE WHITE HOUSE, April 14, 2000. Statement by the President. I am very pleased that the Russian State Duma "
        "today approved the START II Treaty."
    )
    assert ("ratified", "RUS", "start-ii") in claims
    assert ("ratified", "USA", "start-ii") not in claims


def test_a_waiting_period_that_expired_is_no_expiry_of_the_treaty():
    claims = _claims(
        "January 10, 2003. North Korea's three month waiting period to withdraw from the NPT expired Friday."
    )
    assert not any(c[0] == "not_in_force" for c in claims)


def test_a_ratification_vote_scheduled_is_no_ratification():
    claims = _claims(
        "October 8, 1999. (Ratification vote still scheduled for October 12) Members of the U.S. Senate have "
        "expressed divergent views on the Comprehensive Test Ban Treaty."
    )
    assert not any(c[0] == "ratified" for c in claims)


def test_a_party_to_instruments_described_at_length_then_listed_is_bound_by_each():
    claims = _claims(
        "Havana, 4 February 2021. Cuba is a State Party to the main international instruments on weapons of mass "
        "destruction or mass extermination, such as the Treaty on the Prohibition of Nuclear Weapons (TPNW), the "
        "Treaty on the Non-Proliferation of Nuclear Weapons (NPT) and the Treaty of Tlatelolco."
    )
    assert {("bound", "CUB", i) for i in ("tpnw", "npt", "tlatelolco")} <= claims


def test_a_claim_a_subject_denies_quotes_the_denial():
    answer = read_text(
        "Vienna, 1 June 2019. None of the nuclear powers – China, France and Russia – are signatories to the TPNW. "
        "Neither India nor Pakistan has signed the CTBT."
    )
    quotes = {(c.party, c.text) for c in answer.claims}
    assert ("CHN", "None of the nuclear powers – China, France and Russia – are signatories to the TPNW") in quotes
    assert ("IND", "Neither India nor Pakistan has signed the CTBT") in quotes
