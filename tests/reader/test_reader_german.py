"""Statements in German, read through the English gloss (armscontrol/reader/gloss.py, german.py), on invented text."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from armscontrol.reader import LANGUAGES, read_text
from armscontrol.reader.french import FRENCH
from armscontrol.reader.german import GERMAN, NUMBER_WORDS
from armscontrol.reader.gloss import gloss, language_of
from armscontrol.reader.spanish import SPANISH

ERKLAERUNG = (
    "Berlin, 3. Mai 2010\n\n"
    "Das Auswärtige Amt begrüßt die Ratifizierung des Kernwaffenteststopp-Vertrags durch Indonesien. Der "
    "Atomwaffensperrvertrag trat am 5. März 1970 in Kraft. Weltweit haben 153 Staaten den Vertrag ratifiziert, "
    "darunter die Nuklearmächte Frankreich, Großbritannien und Russland. Das Inkrafttreten des Vertrags hängt von "
    "seiner Ratifikation durch die USA, China, Ägypten, Iran und Israel ab. Indien, Pakistan und Nordkorea haben den "
    "Vertrag noch nicht unterzeichnet. Wir rufen alle Staaten, die den Vertrag noch nicht ratifiziert haben, dazu "
    "auf, dies zu tun."
)


def _claims(text: str) -> set[tuple[str, str | None, str | None, str]]:
    return {(c.kind, c.party, c.instrument, c.verdict) for c in read_text(text).claims}


def test_a_german_text_is_told_from_english_french_and_spanish():
    assert language_of(ERKLAERUNG, LANGUAGES) is GERMAN
    assert language_of("Le Traité est entré en vigueur le 5 mars 1970 pour les États qui l'ont signé.", LANGUAGES) in (
        FRENCH,
        None,
    )
    assert language_of("El Tratado entró en vigor en 1970 y los Estados que lo firmaron.", LANGUAGES) is not GERMAN
    assert language_of("The Treaty entered into force in 1970 for the States that signed it.", LANGUAGES) is None
    assert language_of(ERKLAERUNG, (FRENCH, SPANISH)) is None


def test_the_parts_of_a_german_verb_are_put_together_where_english_has_them():
    glossed = gloss(ERKLAERUNG, GERMAN).text
    assert "entered into force on 5 March 1970" in glossed
    assert "153 States have ratified the Treaty" in glossed
    assert re.search(r"depends on\s+its ratification by", glossed)
    assert "have not yet signed the Treaty" in glossed
    assert "which the Treaty have not yet ratified" in glossed


def test_a_german_statement_is_read_and_shown_as_written():
    answer = read_text(ERKLAERUNG)
    assert answer.language == "de" and answer.language_note.startswith("in German")
    assert answer.date == dt.date(2010, 5, 3)
    assert {"ctbt", "npt"} <= {i.id for i in answer.instruments}
    claims = {(c.kind, c.party, c.instrument) for c in answer.claims}
    assert ("ratified", "IDN", "ctbt") in claims
    assert ("in_force", None, "npt") in claims
    for party in ("FRA", "GBR", "RUS"):
        assert ("ratified", party, "npt") in claims
    for party in ("USA", "CHN", "EGY", "IRN", "ISR"):
        assert ("not_ratified", party, "npt") in claims
        assert ("ratified", party, "npt") not in claims  # a ratification needed is not one done
    for party in ("IND", "PAK", "PRK"):
        assert ("not_signed", party, "npt") in claims
    for claim in answer.claims:
        # every passage is the statement's own words
        assert claim.text == ERKLAERUNG[claim.start : claim.end]
    assert (153.0, "states") in {(f.value, f.unit) for f in answer.figures}


def test_a_subject_after_the_auxiliary_stays_the_subject():
    claims = _claims("Berlin, 3. Mai 2010. Weltweit haben 164 Staaten den Atomwaffensperrvertrag ratifiziert.")
    assert not any(c[0] == "ratified" and c[1] == "DEU" for c in claims)


def test_a_verb_at_the_end_of_a_subordinate_clause_takes_its_auxiliary_and_negation():
    glossed = gloss(
        "Alle Staaten, die den Vertrag noch nicht unterzeichnet oder ratifiziert haben, sollen dies tun.", GERMAN
    )
    assert "which the Treaty have not yet signed or ratified" in glossed.text


def test_a_verb_in_a_clause_of_its_own_is_not_joined_across_dass():
    glossed = gloss("Frankreich hat erklärt, dass es den Vertrag ratifiziert.", GERMAN)
    assert "has ratified" not in glossed.text


@pytest.mark.parametrize(
    ("word", "english"), [("fünfunddreißig", "thirty-five"), ("vierundvierzig", "forty-four"), ("neun", "nine")]
)
def test_numbers_in_words(word: str, english: str):
    assert NUMBER_WORDS[word] == english


def test_a_noun_with_a_capital_is_no_name_in_the_gloss():
    # "die Ratifizierung des Vertrags": a noun, not an unknown instrument named "Ratification"
    answer = read_text("Berlin, 3. Mai 2010. Wir begrüßen die Ratifizierung des Vertrags durch Kolumbien heute sehr.")
    assert not [u for u in answer.unresolved if "atification" in u.text]
