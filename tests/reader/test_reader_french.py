"""Statements in French, read through the English gloss (armscontrol/reader/french.py), on invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from armscontrol.reader import LANGUAGES, read_text
from armscontrol.reader.french import FRENCH
from armscontrol.reader.gloss import gloss, language_of


def is_french(text: str) -> bool:
    return language_of(text, LANGUAGES) is FRENCH


COMMUNIQUE = (
    "Ratification par la Sierra Leone du Traité d’interdiction complète des essais nucléaires\n\n"
    "La France salue la ratification par le Chili du TICE. La France a déposé ses instruments de ratification "
    "du TICE le 6 avril 1998. Le Traité n’est pas encore entré en vigueur. Nous appelons l’ensemble des États "
    "à signer et à ratifier le TICE, que les États-Unis ont signé.\n\n"
    "Dernière modification : 07/12/2011\n\nHaut de page\n"
)


def test_a_french_text_is_told_from_an_english_one():
    assert is_french(COMMUNIQUE)
    assert not is_french("France welcomes the ratification by Chile of the CTBT, which the United States has signed.")
    # an English page that quotes a French title stays English
    assert not is_french(
        "The Traité d'interdiction complète des essais nucléaires is the French title of the treaty that the "
        "United States has signed and that France has ratified; it is not in force."
    )


def test_every_glossed_piece_maps_back_to_where_it_stood():
    glossed = gloss(COMMUNIQUE, FRENCH)
    assert "Comprehensive Nuclear-Test-Ban Treaty" in glossed.text
    assert "on 6 April 1998" in glossed.text and "7 December 2011" in glossed.text
    for g_start, g_end, o_start, o_end in glossed.pieces:
        if g_start == g_end:
            continue  # a dropped article: nothing of the gloss starts or ends inside it
        assert glossed.start(g_start) == o_start
        assert glossed.end(g_end) == o_end
    # text the gloss leaves alone keeps its own characters
    at = glossed.text.index("Chile")
    assert COMMUNIQUE[glossed.start(at) : glossed.end(at + len("Chile"))] == "Chili"


def test_a_french_communique_is_read_and_shown_in_french():
    answer = read_text(COMMUNIQUE)
    assert answer.language == "fr"
    assert answer.characters == len(COMMUNIQUE)
    assert answer.date == dt.date(2011, 12, 7)  # day first, the page's stamp above its furniture
    assert {i.id for i in answer.instruments} == {"ctbt"}
    claims = {(c.kind, c.party, c.instrument) for c in answer.claims}
    assert ("ratified", "FRA", "ctbt") in claims
    assert ("signed", "USA", "ctbt") in claims
    assert ("not_in_force", None, "ctbt") in claims
    # nothing read from the ask to sign and ratify: a demand, not a fact
    assert not any(c.party is None and c.kind in {"signed", "ratified"} for c in answer.claims)
    # every span is the French text's
    for claim in answer.claims:
        assert claim.text == COMMUNIQUE[claim.start : claim.end]
    for place in answer.places:
        assert place.text == COMMUNIQUE[place.start : place.end]
    assert {p.text for p in answer.places if p.code == "USA"} == {"États-Unis"}
    mentions = [m.text for i in answer.instruments for m in i.mentions]
    assert "TICE" in mentions


def test_french_counts_before_the_number_of_states():
    text = (
        "La France salue la ratification par le Ghana du TICE, qui porte désormais à 161 le nombre d’États "
        "parties au Traité et réduit à huit le nombre des États dont la ratification est nécessaire. "
        "Paris, le 14 juin 2011."
    )
    answer = read_text(text)
    figures = {(f.value, f.unit) for f in answer.figures}
    assert {(161.0, "states"), (8.0, "states")} <= figures
    assert not answer.unresolved  # "États parties au Traité" names who is bound, not an agreement


def test_an_abbreviation_corrects_a_title_that_did_not_exist_yet():
    """A 1996 text calling the CTBT by a title the TPNW took in 2017: the bracket says which treaty is meant."""
    answer = read_text(
        "Déclaration sur l'adoption par l'ONU du traité sur l'interdiction des armes nucléaires (CTBT), "
        "Paris le 10 septembre 1996. La France salue l'adoption du CTBT par l'Assemblée générale."
    )
    assert answer.date == dt.date(1996, 9, 10)
    assert {i.id for i in answer.instruments} == {"ctbt"}


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Dernière modification : 03/02/2019", dt.date(2019, 2, 3)),
        ("Publié le 1er mars 2019", dt.date(2019, 3, 1)),
    ],
)
def test_french_stamps_are_read_day_first(stamp, day):
    text = (
        "La France salue la signature par le Tuvalu du Traité sur l’interdiction des armes nucléaires. "
        "Le Tuvalu a signé le traité, que la France n’a pas signé.\n\n" + stamp + "\n"
    )
    answer = read_text(text)
    assert answer.date == day
    claims = {(c.kind, c.party) for c in answer.claims}
    assert ("not_signed", "FRA") in claims


def test_an_english_page_ending_in_furniture_keeps_its_stamp():
    answer = read_text(
        "The United Kingdom welcomes the ratification by Chile of the CTBT, which has not yet entered into "
        "force.\n\nLast modified: 7 December 2011\n\nBack to top\n"
    )
    assert answer.language == "en"
    assert answer.date == dt.date(2011, 12, 7)


def test_a_state_is_named_with_a_capital():
    answer = read_text(
        "Paris, le 3 mai 2010. La réunion des cinq États dotés au sens du TNP a eu lieu à Paris. La France et la "
        "Chine y ont participé, et la Réunion n'est pas un État."
    )
    codes = {p.code for p in answer.places}
    assert "REU" in codes and {"FRA", "CHN"} <= codes
    assert [p.text for p in answer.places if p.code == "REU"] == ["Réunion"]


def test_an_object_pronoun_before_the_verb():
    claims = {
        (c.kind, c.party)
        for c in read_text(
            "Paris, le 3 mai 2012. Le TICE n'est pas encore entré en vigueur : les États-Unis l'ont signé mais ne "
            "l'ont pas ratifié, et la Chine ne l'a pas ratifié non plus."
        ).claims
    }
    assert {("signed", "USA"), ("not_ratified", "USA"), ("not_ratified", "CHN")} <= claims
    assert ("ratified", "USA") not in claims


def _figures(text: str) -> set[tuple[float | None, str]]:
    return {(f.value, f.unit) for f in read_text(text).figures}


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(c.kind, c.party, c.instrument) for c in read_text(text).claims}


def test_french_units_a_figure_counts_in_every_form():
    """Warheads, launchers (deployed or not), delivery vehicles, bombers, tests: singular and plural, any gender."""
    assert {(1550.0, "warheads"), (800.0, "launchers")} <= _figures(
        "Selon le ministère, la Russie conserve 1 550 ogives déployées, et les États-Unis disposent de 800 "
        "lanceurs déployés et non déployés."
    )
    assert {(700.0, "delivery vehicles"), (46.0, "bombers")} <= _figures(
        "Le plafond est fixé à 700 vecteurs stratégiques et 46 bombardiers lourds."
    )
    # a full stop between thousands, as the press writes it
    assert (1550.0, "warheads") in _figures("Chaque partie est limitée à 1.550 têtes nucléaires.")
    assert (2000.0, "tests") in _figures("Près de 2 000 essais nucléaires ont été effectués depuis 1945.")


def test_french_numbers_in_words_and_ordinals():
    assert {(97.0, "states"), (71.0, "states")} <= _figures(
        "Quatre-vingt-dix-sept États ont déjà signé le traité, et soixante et onze pays l'ont ratifié."
    )
    assert (18.0, "years") in _figures("Le moratoire dure depuis dix-huit ans.")
    assert ("ratified", "HND", "tpnw") in _claims("Le Honduras est devenu le cinquantième État à ratifier le TIAN.")
    assert ("ratified", "HND", "tpnw") in _claims("Le Honduras est devenu le 50e État à ratifier le TIAN.")


def test_french_deadlines_in_days():
    assert (90.0, "days") in _figures(
        "Le traité entrera en vigueur quatre-vingt-dix jours après le dépôt du cinquantième instrument de ratification."
    )


def test_french_acts_in_every_tense_and_their_negation():
    claims = _claims("La Russie a révoqué sa ratification du TICE, qu'elle avait ratifié en l'an 2000.")
    assert ("ratification_revoked", "RUS", "ctbt") in claims
    assert ("withdrew", "USA", "inf") in _claims("Les États-Unis se sont retirés du Traité FNI en 2019.")
    assert ("suspended", "RUS", "new-start") in _claims("La Russie a suspendu sa participation au traité New START.")
    assert {("not_signed", "EGY", "ctbt"), ("not_ratified", "EGY", "ctbt")} <= _claims(
        "L'Égypte n'a ni signé ni ratifié le TICE."
    )
    # an urging is not a fact
    assert not {c for c in _claims("Nous exhortons l'Inde à signer et à ratifier le TICE.") if c[1] == "IND"} & {
        ("signed", "IND", "ctbt"),
        ("ratified", "IND", "ctbt"),
    }


def test_french_treaty_words_and_usual_names():
    answer = read_text("Le traité sur les forces nucléaires à portée intermédiaire a expiré le 2 août 2019.")
    assert {i.id for i in answer.instruments} == {"inf"}
    answer = read_text("Le Kazakhstan a signé le traité sur la zone exempte d'armes nucléaires en Asie centrale.")
    assert ("signed", "KAZ", "semipalatinsk") in {(c.kind, c.party, c.instrument) for c in answer.claims}
    assert {i.id for i in read_text("La France appelle à l'entrée en vigueur du TICEN.").instruments} == {"ctbt"}
    # a description, not a name: the English description matcher reads the glossed words of the title
    described = read_text(
        "Paris, le 5 août 2013. Il y a cinquante ans était signé à Moscou un traité interdisant les essais "
        "nucléaires dans l'atmosphère, dans l'espace extra-atmosphérique et sous l'eau."
    )
    assert {i.id for i in described.instruments} == {"ptbt"}
    described = read_text("En 1972, ils ont conclu un traité sur la limitation des systèmes antimissiles balistiques.")
    assert {i.id for i in described.instruments} == {"abm"}


def test_french_dates_with_a_weekday_and_the_first_of_the_month():
    assert read_text("Ce jeudi 5 mars 2020, la France a réaffirmé son soutien au TNP.").date == dt.date(2020, 3, 5)
    assert read_text("Paris, le 1er mars 2021. La France salue la ratification du TICE.").date == dt.date(2021, 3, 1)
