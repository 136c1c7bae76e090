"""Rules of the fourteenth pass on the reader, each on short invented text."""

from __future__ import annotations

from armscontrol.reader import read_text


def _claims(text: str, on: str | None = None) -> set[tuple[str, str | None, str | None, str]]:
    return {(c.kind, c.party, c.instrument, c.verdict) for c in read_text(text, on).claims}


def test_a_group_that_deposited_instruments_lists_its_members_with_footnote_marks():
    claims = _claims(
        "VIENNA, 12 March 2004. The 9 States that have deposited their instruments of ratification of the CTBT are "
        "Austria*, Belize, Cote d'Ivoire, Holy See, Lao People's Democratic Republic, Mali and Norway*."
    )
    assert {c[1] for c in claims if c[0] == "ratified"} == {"AUT", "BLZ", "CIV", "VAT", "LAO", "MLI", "NOR"}


def test_a_list_cut_off_in_a_name_ends_before_it():
    claims = _claims("VIENNA, 12 March 2004. The States that have ratified the CTBT are Austria, Belize, Mali, Mongoli")
    assert {c[1] for c in claims if c[0] == "ratified"} == {"AUT", "BLZ", "MLI"}


def test_a_telegram_in_capitals_dated_by_its_date_time_group():
    text = (
        "O P 041530Z MAR 80\nFM SECSTATE WASHDC\nSUBJECT: PROTOCOL II TO THE TREATY OF TLATELOLCO\n"
        "1. WE NOTE THAT THE U.S., UK, FRANCE AND PEOPLE'S REPUBLIC\nOF CHINA HAVE SIGNED AND RATIFIED PROTOCOL II.\n"
        "2. WE WELCOME SOVIET RATIFICATION OF PROTOCOL II."
    )
    answer = read_text(text)
    assert answer.date.isoformat() == "1980-03-04"
    claims = {(c.kind, c.party, c.instrument) for c in answer.claims}
    for party in ("USA", "GBR", "FRA", "CHN"):
        assert {("signed", party, "tlatelolco-protocol-ii"), ("ratified", party, "tlatelolco-protocol-ii")} <= claims
    assert ("ratified", "SUN", "tlatelolco-protocol-ii") in claims


def test_a_states_adjective_before_the_act_names_who_acted():
    claims = _claims(
        "MEXICO CITY, 2 February 1980. Mexico, the depositary, informed the parties of Soviet ratification of "
        "Protocol II to the Treaty of Tlatelolco."
    )
    assert {c[1] for c in claims if c[0] == "ratified"} == {"SUN"}


def test_a_list_between_dashes_is_the_subject_and_lower_case_protocols_by_number():
    claims = _claims(
        "CANBERRA, 2 April 1987. The Treaty of Rarotonga entered into force in 1986. Four countries-Australia, Cook "
        "Islands, Fiji and Western Samoa-have now ratified the Treaty. The Soviet Union has signed protocols 2 and 3 "
        "to the Treaty."
    )
    assert {c[1] for c in claims if c[0] == "ratified"} == {"AUS", "COK", "FJI", "WSM"}
    assert {c[2] for c in claims if c[0] == "signed"} == {"rarotonga-protocol-2", "rarotonga-protocol-3"}


def test_the_protocols_of_1986_existed_in_1987():
    # Rarotonga's three Protocols were opened for signature on 8 August 1986: not an anachronism in 1987
    claims = _claims(
        "CANBERRA, 2 April 1987. The Treaty of Rarotonga is in force. France and the United States have declined to "
        "sign the protocols to the Treaty."
    )
    assert ("not_signed", "FRA", "rarotonga-protocol-1", "consistent") in claims


def test_a_dateline_without_year_comes_after_the_events_it_tells():
    text = (
        "Russia signed the Protocol on May 6, 2014 with the other nuclear powers.\n\n"
        "MOSCOW, March 12. /TASS/. The President on Thursday submitted the Protocol to the State Duma."
    )
    assert read_text(text).date.isoformat() == "2015-03-12"  # a Thursday, after 6 May 2014


def test_a_stamp_with_its_time_under_the_lead_dates_the_report():
    text = (
        "Leaders call for a zone free of weapons of mass destruction\n\n"
        "The group has called for a zone free of nuclear weapons in the Middle East, a communique said.\n"
        "2025-06-25T03:17+0000\n"
        "The statement was adopted by the ministers."
    )
    assert read_text(text).date.isoformat() == "2025-06-25"


def test_a_protocol_with_no_title_is_the_one_protocol_of_the_treaty_named_before():
    claims = _claims(
        "BEIJING, 7 May 2014. The Treaty on a Nuclear-Free Zone in Central Asia came into force in 2009. On Tuesday, "
        "China and France signed a protocol with the five countries. The ambassador signed the protocol on behalf of "
        "China."
    )
    assert {(c[0], c[1], c[2]) for c in claims if c[0] == "signed"} == {
        ("signed", "CHN", "semipalatinsk-protocol"),
        ("signed", "FRA", "semipalatinsk-protocol"),
    }


def test_the_protocol_after_the_protocol_is_named_is_that_protocol():
    claims = _claims(
        "MOSCOW, 12 March 2015. Putin submits protocol to Treaty on nuclear-free zone in Central Asia for "
        "ratification. Russia signed the Protocol on May 6, 2014."
    )
    assert ("signed", "RUS", "semipalatinsk-protocol", "consistent") in claims


def test_a_shared_name_is_the_instrument_signed_in_a_year_the_text_gives_and_the_pact_refers_back():
    claims = _claims(
        "Boston, 3 August 2007. The week marks the 44th anniversary of the signing of the Nuclear Test Ban Treaty. "
        "The pact was signed in Moscow on August 5, 1963 by the United States, the United Kingdom and the USSR."
    )
    assert {(c[0], c[1], c[2]) for c in claims} == {
        ("signed", "USA", "ptbt"),
        ("signed", "GBR", "ptbt"),
        ("signed", "SUN", "ptbt"),
    }


def test_the_treaty_and_protocol_on_a_title_is_no_reference_back():
    claims = _claims(
        "MOSCOW, 3 July 1974. The leaders signed the Protocol to the Treaty on the Limitation of Anti-Ballistic "
        "Missile Systems and the Treaty and Protocol on the Limitation of Underground Nuclear Weapons Tests."
    )
    assert "abm" not in {c[2] for c in claims}


def test_their_countries_are_the_states_named_before_and_a_day_without_year_takes_the_events_year():
    answer = read_text(
        "UNITED NATIONS -- The UN ambassadors of Kazakhstan, Kyrgyzstan and Uzbekistan said on March 31 that their "
        "countries have ratified the treaty on a nuclear-weapon-free zone in Central Asia, which came into force on "
        "March 21."
    )
    assert answer.date.isoformat() == "2009-03-31"
    assert answer.date_note is not None and "2009-03-21" in answer.date_note
    assert answer.date_ref is not None
    assert {c.party for c in answer.claims if c.kind == "ratified"} == {"KAZ", "KGZ", "UZB"}


def test_a_commitment_after_signing_and_ratification_is_no_claim():
    claims = _claims(
        "BEIJING, 7 May 2014. China signed the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia. "
        "China is committed to strictly complying with the obligations of this protocol after signing and "
        "ratification."
    )
    assert {c for c in claims if c[0] == "ratified"} == set()


def test_the_bracket_after_a_protocols_title_abbreviates_the_treaty_and_it_took_effect():
    claims = _claims(
        "PHNOM PENH, 8 July 2012. Four states will not sign the protocol to the treaty on the Southeast Asia Nuclear "
        "Weapon-Free Zone (SEANWFZ) next week. ASEAN leaders signed the SEANWFZ Treaty in Bangkok, Thailand on "
        "December 15, 1995 and it took effect two years later. The ASEAN groups Brunei and Cambodia."
    )
    assert ("in_force", None, "bangkok", "consistent") in claims
    assert read_text("The ASEAN groups Brunei and Cambodia.", "2012-07-08").places[0].code == "BRN"


def test_french_the_ministry_is_not_bound_by_a_treaty_it_will_not_join():
    answer = read_text(
        "Déclaration de la porte-parole du Ministère de l'Europe et des Affaires étrangères\n"
        "Paris, le 22 janvier 2021\n\n"
        "La France n'entend pas adhérer au Traité d'interdiction des armes nucléaires, entré en vigueur vendredi. "
        "Ce traité ne nous lie pas."
    )
    claims = {(c.kind, c.party, c.instrument, c.verdict) for c in answer.claims}
    assert ("in_force", None, "tpnw", "consistent") in claims
    assert ("not_ratified", "FRA", "tpnw", "consistent") in claims
    assert not any(c[0] == "ratified" for c in claims)


def test_its_second_verb_and_when_in_force_say_the_treaty_is_not_in_force():
    assert ("not_in_force", None, "ctbt", "consistent") in _claims(
        "NEW YORK, 27 September 2013. The CTBT bans all nuclear explosions. It was adopted by the General Assembly in "
        "September 1996 but has not yet entered into force."
    )
    assert ("not_in_force", None, "ctbt", "consistent") in _claims(
        "NEW YORK, 24 September 2008. A conference opened today to promote the Comprehensive Nuclear-Test-Ban Treaty "
        "(CTBT), which will ban all nuclear weapons testing on Earth when in force."
    )


def _instruments(text: str, on: str | None = None) -> set[str]:
    return {i.id for i in read_text(text, on).instruments}


def test_the_relevant_protocols_of_the_nuclear_weapon_states_are_those_open_to_them():
    found = _instruments(
        "LONDON, 2 July 1996. All five Nuclear Weapon States have ratified the relevant protocols to the Treaty of "
        "Tlatelolco and signed those to the Treaty of Rarotonga."
    )
    assert {"tlatelolco-protocol-ii", "rarotonga-protocol-2", "rarotonga-protocol-3"} <= found
    assert not {"tlatelolco-protocol-i", "rarotonga-protocol-1"} & found
    # "the respective Protocols": each state's own, the protocol for the states with territories too
    assert "rarotonga-protocol-1" in _instruments(
        "NEW YORK, 21 October 1996. All nuclear-weapon States have subscribed this year to the respective Protocols "
        "to the Treaty of Rarotonga."
    )


def _figures(text: str) -> set[tuple]:
    return {(f.value, f.low, f.high, f.unit) for f in read_text(text).figures}


def test_ranges_of_states_another_year_and_the_total_of_what_was_counted():
    assert (None, 20.0, 25.0, "states") in _figures(
        "VIENNA, 15 September 2025. Imagine a world where there are 20 or 25 countries armed with nuclear weapons."
    )
    assert (1.0, None, None, "years") in _figures(
        "MOSCOW, 26 January 2026. Moscow suggested extending the treaty's validity for another year."
    )
    assert (155.0, None, None, "states") in _figures(
        "LONDON, 15 December 1992. The NPT limits nuclear weapons. Ten states have become parties in 1992, bringing "
        "the total to 155."
    )


def test_lists_on_the_line_after_a_colon_or_semicolon_with_former_names():
    claims = _claims(
        "LONDON, 18 November 1968. The following states have deposited in the archives of the Governments of the "
        "United Kingdom or the United States of America their instruments of ratification or accession to the Outer "
        "Space Treaty;\nArgentine, Ceylon, Upper Volta, United Arab Republic.\n"
        "The following states have signed the Treaty in London but have not ratified it:\n"
        "Burma, Congo (Kinshasa), Germany: Federal Republic, Rumania."
    )
    assert {c[1] for c in claims if c[0] == "ratified"} == {"ARG", "LKA", "BFA", "EGY"}
    assert {c[1] for c in claims if c[0] == "signed"} == {"MMR", "COD", "DEU", "ROU"}


def test_the_other_states_whose_ratification_is_required_and_a_group_named_before_its_members():
    text = (
        "VIENNA, 25 September 2008. Burundi ratified the CTBT on 24 September 2008. This brings the total number of "
        "Treaty ratifications to 145. The other eight States whose ratification is still required for the Treaty to "
        "enter into force are: China, India and Pakistan. The other 35 of the Annex 2 States have ratified the "
        "treaty, including the three nuclear weapon States France, Russian Federation, and the United Kingdom."
    )
    claims = _claims(text)
    assert {c[1] for c in claims if c[0] == "not_ratified"} == {"CHN", "IND", "PAK"}
    assert {"FRA", "RUS", "GBR"} <= {c[1] for c in claims if c[0] == "ratified"}
    assert (145.0, None, None, "states") in _figures(text)


def test_still_to_sign_and_ratify_is_neither_and_a_conference_of_a_treaty_is_not_the_passages_treaty():
    claims = _claims(
        "NEW YORK, 25 September 2019. We support the Comprehensive Nuclear-Test-Ban Treaty, including at the 2020 "
        "Review Conference of the Nuclear Non-Proliferation Treaty. We engage with India and Pakistan, that still "
        "have to sign and ratify the Treaty, and with Israel, that has yet to ratify the Treaty."
    )
    assert {(c[0], c[1]) for c in claims if c[2] == "ctbt"} == {
        ("not_signed", "IND"),
        ("not_signed", "PAK"),
        ("not_ratified", "IND"),
        ("not_ratified", "PAK"),
        ("not_ratified", "ISR"),
    }
    assert not any(c[2] == "npt" for c in claims)


def test_whose_ratification_is_needed_is_no_ratification_and_a_group_relative_clause_names_no_subject():
    claims = _claims(
        "VIENNA, 1 August 2013. However, eight States whose ratification is a precondition for the Treaty's entry into "
        "force (Annex 2 States) have yet to ratify the CTBT: China, Egypt and Israel."
    )
    assert {c[1] for c in claims if c[0] == "not_ratified"} == {"CHN", "EGY", "ISR"}
    assert not any(c[0] == "ratified" for c in claims)
    claims = _claims(
        "TOKYO, 13 April 2000. Japan has sent missions to the countries whose ratifications are required for the "
        "entry-into-force of the CTBT, but which have no yet ratified the Treaty. The Democratic Republic of Congo "
        "is one of them."
    )
    assert not any(c[1] == "JPN" for c in claims)
    assert read_text("KINSHASA, 1 May 2004. The Democratic Republic of Congo spoke.").places[0].code == "COD"


def test_ratifications_by_named_states_are_of_the_passages_treaty_unless_they_are_needed():
    claims = _claims(
        "NEW YORK, 21 September 2016. The CTBT was opened for signature 20 years ago. With the ratifications by "
        "Myanmar and Swaziland, the number of ratifying States will be 166. Among the others, ratification by Egypt, "
        "an Annex 2 State, is mandatory for the Treaty to enter into force."
    )
    assert {c[1] for c in claims if c[0] == "ratified"} == {"MMR", "SWZ"}


def test_took_effect_on_a_day_and_a_dateline_dated_by_the_latest_event_of_the_year_before():
    text = (
        "MOSCOW, August 2. /TASS/. The United States withdrew from the INF Treaty, Russia's deputy minister told TASS "
        "on Friday.\n\nThe INF Treaty, signed by the Soviet Union and the United States on December 8, 1987, took "
        "effect on June 1, 1988. On February 1, 2019, the United States announced the suspension of its obligations.\n"
        "The law amending the law on the CTBT took effect on November 2."
    )
    answer = read_text(text)
    assert answer.date.isoformat() == "2019-08-02"
    claims = {(c.kind, c.party, c.instrument) for c in answer.claims}
    assert ("in_force", None, "inf") in claims
    assert not any(c[2] == "ctbt" and c[0] == "in_force" for c in claims)


def test_will_not_sign_a_named_treaty_is_its_standing_on_the_day():
    assert ("not_signed", "PAK", "ctbt", "consistent") in _claims(
        "ISLAMABAD, 17 September 1998. Pakistan will not sign the Comprehensive Test Ban Treaty until and unless the "
        "economic sanctions are lifted."
    )
    # "the treaty" after another instrument leaves which one to a guess: no claim
    assert not any(
        c[0] == "not_signed"
        for c in _claims(
            "LONDON, 7 July 2017. The NPT remains the cornerstone. We will not sign the treaty adopted today."
        )
    )
    assert not any(
        c[0] == "signed" for c in _claims("NEW YORK, 24 September 1998. India will sign the CTBT next year.")
    )


def test_a_group_named_in_the_next_sentence_without_a_colon():
    claims = _claims(
        "PHNOM PENH, 8 July 2012. Four of the nuclear-weapon states will not be ready to sign the Protocol to the "
        "Treaty on the Southeast Asia Nuclear Weapon-Free Zone next week. The four countries are France, Russia, the "
        "United Kingdom and the United States."
    )
    assert {c[1] for c in claims if c[0] == "not_signed"} == {"FRA", "RUS", "GBR", "USA"}
