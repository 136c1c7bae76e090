"""Rules of the twenty-eighth pass on the reader, which opened the thirty-first held-out set
(tests/statements/heldout-2026ae) as development material, each on short invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from armscontrol.reader import read_text
from armscontrol.reader.dates import statement_date
from armscontrol.reader.gloss import gloss
from armscontrol.reader.portuguese import PORTUGUESE
from armscontrol.reader.spanish import SPANISH


def _instruments(text: str) -> set[str]:
    return {i.id for i in read_text(text).instruments}


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(c.kind, c.party, c.instrument) for c in read_text(text).claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two people as the subject, no state named with either: a bilateral treaty's two sides
        (
            "MOSCOW, May 24, 2002 - Thirty years ago Richard Nixon and Leonid Brezhnev signed the Anti-Ballistic "
            "Missile Treaty here.",
            {("signed", "USA", "abm"), ("signed", "SUN", "abm")},
        ),
        (
            "WASHINGTON, December 9, 1987 - Reagan and Gorbachev signed the INF Treaty yesterday.",
            {("signed", "USA", "inf"), ("signed", "SUN", "inf")},
        ),
        # one of the two tied to a state by the text, the other a pronoun for the first
        (
            "MOSCOW, May 24, 2002 - In a day devoted to what U.S. President George W. Bush called a new relationship "
            "with Russia, he and President Vladimir Putin signed the Treaty of Moscow.",
            {("signed", "USA", "sort"), ("signed", "RUS", "sort")},
        ),
    ],
)
def test_two_people_who_sign_a_bilateral_treaty_are_its_two_sides(text: str, expected: set):
    assert expected <= _claims(text)


def test_two_people_who_sign_a_multilateral_treaty_name_no_state():
    claims = _claims("NEW YORK, September 25, 1996 - Smith and Jones signed the CTBT.")
    assert not {c for c in claims if c[0] == "signed"}


def test_a_state_named_as_the_subject_stays_the_one_who_signed():
    text = "GENEVA, September 25, 1996 - Russia and Britain signed the CTBT yesterday."
    assert {("signed", "RUS", "ctbt"), ("signed", "GBR", "ctbt")} <= _claims(text)


def test_a_requirement_with_an_aside_between_commas_is_no_act_done():
    # "requires, in accordance with its article XIV, its ratification by": needed, not done
    text = (
        "PARIS, October 17, 2016 - The entry into force of the CTBT requires, in accordance with its article XIV, its "
        "ratification by the eight States listed in Annex 2 which have not yet ratified it: China, Egypt, Iran, "
        "Israel and Pakistan."
    )
    claims = _claims(text)
    assert ("not_ratified", "CHN", "ctbt") in claims
    assert not {c for c in claims if c[0] == "ratified"}


def test_a_wire_copy_s_broken_lines_are_one_sentence():
    # a blank line after a comma, or before a word in lower case, is no sentence's end
    text = (
        "UNITED NATIONS, Aug 29 (APP): To date, 183 countries have signed the CTBT and 166 have ratified\n\nit. Of "
        "these, China, Egypt,\n\nIran, Israel, and the United States, have yet to ratify it.\n\nNorth Korea, India "
        "and Pakistan are among the 13 countries that\n\nhave not signed the CTBT."
    )
    claims = _claims(text)
    assert {("not_ratified", c, "ctbt") for c in ("CHN", "EGY", "IRN", "ISR", "USA")} <= claims
    assert {("not_signed", c, "ctbt") for c in ("PRK", "IND", "PAK")} <= claims


def test_a_heading_above_a_blank_line_stays_apart():
    text = "Ratification of the CTBT\n\nGhana deposited its instrument of ratification on 14 June 2011."
    assert ("ratified", "GHA", "ctbt") in _claims(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # "the accord" refers back to the treaty the passage is about
        (
            "AP, October 20, 1995 - The Rarotonga Treaty was negotiated in 1985. Of the five declared nuclear powers, "
            "only Russia and China have so far signed the accord.",
            ("signed", "CHN", "rarotonga"),
        ),
        # an adverb between "is" and "not in force"
        ("June 27, 2018 - The CTBT is nevertheless not in force.", ("not_in_force", None, "ctbt")),
        # a member is a party; "have not become members" with the instrument from the passage
        (
            "June 27, 2018 - The NPT was signed in 1968. India, Pakistan and Israel have not become members.",
            ("not_ratified", "ISR", "npt"),
        ),
        ("June 27, 2018 - India and Israel are not members of the NPT.", ("not_ratified", "IND", "npt")),
        # "went into effect", "continues in force"
        (
            "WASHINGTON, October 10, 1963 - The Limited Test Ban Treaty formally went into effect today.",
            ("in_force", None, "ptbt"),
        ),
        (
            "WASHINGTON, May 24, 2002 - The Strategic Arms Reduction Treaty (START) of 1991 continues in force.",
            ("in_force", None, "start-i"),
        ),
    ],
)
def test_more_forms_of_the_acts_and_standings(text: str, claim: tuple):
    assert claim in _claims(text)


def test_continuing_in_force_indefinitely_is_no_mere_standing():
    claims = _claims(
        "NEW YORK, May 11, 1995 - The Conference decided that the NPT shall continue in force indefinitely."
    )
    assert ("in_force", None, "npt") not in claims


@pytest.mark.parametrize(
    ("text", "instrument", "not_this"),
    [
        (
            "WASHINGTON, January 26, 1996 - The Senate ratified the second U.S.-Russian Strategic Arms Reduction "
            "Treaty on Friday.",
            "start-ii",
            "start-i",
        ),
        ("MOSCOW, 1993 - It goes beyond the first Strategic Arms Reduction Treaty.", "start-i", "start-ii"),
    ],
)
def test_an_ordinal_before_a_series_name_picks_its_number(text: str, instrument: str, not_this: str):
    found = _instruments(text)
    assert instrument in found
    assert not_this not in found


def test_an_agency_s_credit_with_its_day_closes_and_dates_the_text():
    text = "Nordkorea trat 2003 aus. Die USA erkennen den Austritt jedoch nicht an. (epd/ 27.06.2018)"
    found = statement_date(text)
    assert found is not None and found.date == dt.date(2018, 6, 27)


def test_a_day_in_brackets_in_prose_is_no_credit():
    assert statement_date("The treaty was signed in 1996. Its parties met (see 5 June 2001) again.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French: "procéder à la ratification" is to ratify, and "nécessite" a requirement
        (
            "Paris, le 17 octobre 2016. L'entrée en vigueur du TICE nécessite, conformément aux dispositions de son "
            "article XIV, sa ratification par les huit Etats listés à l'Annexe 2 qui n'ont pas encore procédé à cette "
            "ratification : la Chine, l'Egypte, l'Iran, Israël et le Pakistan.",
            {("not_ratified", "CHN", "ctbt"), ("not_ratified", "PAK", "ctbt")},
        ),
        # German: "sind nicht Mitglied geworden", "ist dennoch nicht in Kraft"
        (
            "Der Atomwaffensperrvertrag trat 1970 in Kraft. Die späteren Nuklearmächte Indien, Pakistan und Israel "
            "sind nicht Mitglied geworden. (epd/ 27.06.2018)",
            {("not_ratified", "IND", "npt"), ("not_ratified", "ISR", "npt")},
        ),
        # Russian: "отказались подписывать его" is a refusal to sign it
        (
            "Договор о всеобъемлющем запрещении ядерных испытаний важен. Индия, Пакистан и Северная Корея вообще "
            "отказались подписывать его.",
            {("not_signed", "IND", "ctbt"), ("not_signed", "PRK", "ctbt")},
        ),
        # Russian: the instrument first, the act, then who did it
        (
            "Договор о всеобъемлющем запрещении ядерных испытаний принят в 1996 году. Из 187 подписавших его "
            "государств документ не ратифицировали США, Китай и Израиль.",
            {("not_ratified", "USA", "ctbt"), ("not_ratified", "ISR", "ctbt")},
        ),
        (
            'Договор о зоне, свободной от ядерного оружия, в Центральной Азии, как сообщает "Росбалт", подписали в '
            "Семипалатинске представители Казахстана, Киргизии, Узбекистана, Таджикистана и Туркмении.",
            {("signed", "KAZ", "semipalatinsk"), ("signed", "TKM", "semipalatinsk")},
        ),
    ],
)
def test_other_languages(text: str, expected: set):
    assert expected <= _claims(text)


def test_a_russian_purpose_clause_is_no_entry_into_force():
    text = (
        "Договор о всеобъемлющем запрещении ядерных испытаний ратифицировали 23 государства. Тем не менее, для того, "
        "чтобы соглашение вступило в силу, его должны поддержать еще 20 стран."
    )
    assert ("in_force", None, "ctbt") not in _claims(text)


def test_russian_n_of_m_counts_both_as_states():
    figures = {
        (f.value, f.unit)
        for f in read_text("Договор не действует, поскольку 8 из 44 стран не ратифицировали его.").figures
    }
    assert {(8.0, "states"), (44.0, "states")} <= figures


@pytest.mark.parametrize(
    "text",
    [
        "The CTBT must still be ratified by eight States (China, the United States, India) to enter into force.",
        "Adopted in September 1996, the CTBT has been signed by 183 countries but must still be ratified by eight "
        "States holding nuclear technology (China, the United States, India) to enter into force.",
    ],
)
def test_an_act_that_must_still_be_done_is_not_done(text: str):
    # a need, not a fact: the states it waits for have not ratified, and none is judged to have
    claims = _claims(f"VIENNA, 21 April 2018 - {text}")
    assert {("not_ratified", "CHN", "ctbt"), ("not_ratified", "IND", "ctbt")} <= claims
    assert not {c for c in claims if c[0] in {"ratified", "signed"}}


def test_objections_by_states_are_no_signature_of_theirs():
    text = (
        "September 8, 2006 - The foreign ministers of Kazakhstan and Uzbekistan signed a treaty establishing a "
        "Central Asian Nuclear Weapon Free Zone (CANWFZ). The signing of the treaty went forward despite objections "
        "by the United States, Great Britain, and France."
    )
    claims = _claims(text)
    assert ("signed", "KAZ", "semipalatinsk") in claims
    assert not {c for c in claims if c[1] in {"USA", "GBR", "FRA"}}


def test_a_predicate_says_what_the_named_treaty_is_not_another():
    text = (
        "The Partial Test Ban Treaty (PTBT) is a treaty prohibiting all test detonations of nuclear weapons except "
        "underground. It was ratified by the U.S. Senate on September 24, 1963."
    )
    assert _instruments(text) == {"ptbt"}


def test_a_report_updated_within_the_month_is_dated_by_its_update():
    text = (
        "Central Asian States Establish Nuclear-Weapon-Free-Zone\n\nScott Parrish\nSeptember 5, 2006\n\nUpdate: "
        "September 8, 2006\nThe foreign ministers of the five Central Asian States signed a treaty today."
    )
    found = statement_date(text)
    assert found is not None and found.date == dt.date(2006, 9, 8)


@pytest.mark.parametrize(
    "text",
    [
        "ULAANBAATAR, 17 September 2012 - The P5 reaffirm Mongolia's nuclear-weapon-free status.",
        "ULAANBAATAR, 17 September 2012 - The P5 reaffirm Mongolia’s nuclear-weapon-free status.",
        # the owner after "of", as a name with its owner before it is also written
        "ULAANBAATAR, 17 September 2012 - The P5 will respect the nuclear weapon free status of Mongolia.",
    ],
)
def test_a_status_named_with_its_state_is_the_instrument_not_a_place(text: str):
    assert "mongolia-nwfs" in _instruments(text)


@pytest.mark.parametrize(
    "text",
    [
        "To date, 183 countries have signed the CTBT. For the treaty to enter into force, ratification is required "
        "from eight more of the so-called Annex 2 states.",
        "The entry into force of the CTBT requires, in accordance with its article XIV, its ratification by the "
        "eight States listed in Annex 2.",
    ],
)
def test_what_entry_into_force_still_requires_says_it_is_not_in_force(text: str):
    assert ("not_in_force", None, "ctbt") in _claims(f"UNITED NATIONS, Aug 29, 2017 - {text}")


def test_recently_signed_before_a_series_name_is_its_newest():
    text = (
        "MOSCOW, May 3, 2010 - The recently signed Russian-US strategic arms reduction treaty is the latest "
        "affirmation of our commitment."
    )
    found = _instruments(text)
    assert "new-start" in found
    assert "start-i" not in found


def test_a_series_name_without_new_keeps_its_own():
    assert "start-i" in _instruments("MOSCOW, May 3, 2010 - The strategic arms reduction treaty of 1991 expired.")


@pytest.mark.parametrize(
    "text",
    [
        "GENEVA, 1 October 2018 - The CTBT has been signed by 183 and ratified by 158 States.",
        # Russian, the verb before its count: "signed 183 and ratified 158 States"
        "Договор о всеобъемлющем запрещении ядерных испытаний подписали 183 и ратифицировали 158 государств.",
    ],
)
def test_the_noun_said_once_after_a_second_count_counts_the_first_too(text: str):
    figures = {(f.value, f.unit) for f in read_text(text).figures}
    assert {(183.0, "states"), (158.0, "states")} <= figures


def test_french_il_y_a_n_ans_is_n_years_ago():
    answer = read_text("Il y a vingt ans, le 24 septembre 1996, la France signait le TICE.")
    assert answer.date == dt.date(2016, 9, 24)
    assert ("signed", "FRA", "ctbt") in {(c.kind, c.party, c.instrument) for c in answer.claims}


def test_french_il_y_a_without_a_span_of_time_is_there_are():
    assert not {c for c in _claims("Il y a des États qui ont signé le TICE.") if c[0] == "signed" and c[1]}


def test_spanish_and_portuguese_new_are_glossed():
    assert "new treaty" in gloss("el nuevo tratado sustituye el acuerdo START de 1991", SPANISH).text
    assert "replaces" in gloss("el nuevo tratado sustituye el acuerdo START de 1991", SPANISH).text
    assert "new" in gloss("o novo tratado substitui o acordo START", PORTUGUESE).text


def test_none_of_a_listed_group_denies_the_act_of_each():
    text = (
        "BRASÍLIA, 10 December 2025 - The deputy stressed that none of the nine recognised nuclear powers - United "
        "States, Russia, China, France, United Kingdom, India, Pakistan, Israel and North Korea - signed the TPNW."
    )
    claims = _claims(text)
    assert {("not_signed", "USA", "tpnw"), ("not_signed", "PRK", "tpnw")} <= claims
    assert not {c for c in claims if c[0] == "signed"}


def test_none_of_the_states_that_signed_denies_no_signature():
    claims = _claims("VIENNA, 1 October 2018 - None of the States that signed the CTBT, France among them, has tested.")
    assert ("not_signed", "FRA", "ctbt") not in claims


def test_not_on_board_is_no_party():
    text = (
        "Der Atomwaffenverbotsvertrag hat vor allem Symbolkraft. Die Atommächte, die USA, Russland und China, sind "
        "nicht an Bord."
    )
    assert {("not_ratified", "USA", "tpnw"), ("not_ratified", "CHN", "tpnw")} <= _claims(text)


def test_a_recent_treaty_whose_name_says_less_is_not_taken_for_a_description():
    # the TPNW (2017) bans testing in its articles, but "test" is in the test-ban treaties' names, not in its own
    assert "tpnw" not in _instruments("27 June 2018 - The treaty banning nuclear tests was ratified by 160 States.")
    assert "tpnw" in _instruments("27 January 2021 - The treaty banning nuclear weapons was ratified by 50 States.")
