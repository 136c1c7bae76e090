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


# A dated opening in German, so that a short sentence after it is told as German
_OPENING = (
    "Wien, 4. Juni 2021. Die Bundesregierung hat dazu eine Erklärung abgegeben, in der sie sich auf die Lage bezieht. "
)


def _figures(text: str) -> set[tuple[float | None, str]]:
    return {(f.value, f.unit) for f in read_text(text).figures}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Bis heute haben rund 120 Mitgliedsstaaten den Vertrag gezeichnet.", (120.0, "states")),
        ("Der Vertrag wurde von 187 Mitgliedern der Vereinten Nationen unterzeichnet.", (187.0, "states")),
        ("Beide Seiten dürfen höchstens 1.550 stationierte Sprengköpfe besitzen.", (1550.0, "warheads")),
        ("Jede Seite darf 800 Trägersysteme behalten.", (800.0, "delivery vehicles")),
        ("Russland verfügt über etwa 6.000 Atomwaffen.", (6000.0, "warheads")),
        ("Seit 1945 gab es mehr als 2.000 Atomversuche.", (2000.0, "tests")),
        ("Das Überwachungsnetz umfasst 321 Messstationen und wird bis zu 14 Tagen benötigen.", (14.0, "days")),
        ("Die Vereinbarung gilt für fünfzehn Jahre.", (15.0, "years")),
        ("Der Vertrag hat bislang dreiundneunzig Ratifizierungen erhalten.", (93.0, "states")),
        ("Die Reichweite beträgt 5.500 Kilometer.", (5500.0, "km")),
    ],
)
def test_the_units_a_figure_counts_in_every_case_and_number(sentence: str, figure: tuple[float, str]):
    assert figure in _figures(_OPENING + sentence)


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("zweihundertfünfzig", "two hundred and fifty"),
        ("fünfzehntausend", "fifteen thousand"),
        ("einhundert", "one hundred"),
    ],
)
def test_numbers_in_words_to_the_thousands(word: str, english: str):
    assert NUMBER_WORDS[word] == english


def test_numbers_in_words_ordinals_and_quantifiers_are_read():
    figures = _figures(_OPENING + "Mindestens zweihundertfünfzig Sprengköpfe wurden abgebaut.")
    assert (250.0, "warheads") in figures
    glossed = gloss("Honduras ist der fünfzigste Staat; davon haben knapp dreißig Staaten unterzeichnet.", GERMAN).text
    assert "fiftieth State" in glossed
    assert "of which" in glossed and "nearly thirty States" in glossed


def test_time_and_deadline_words():
    glossed = gloss("Der Vertrag tritt 90 Tage nach der Hinterlegung in Kraft, spätestens bis Ende 2026.", GERMAN).text
    assert "90 days after the deposit" in glossed
    assert "by the end of 2026" in glossed
    answer = read_text(
        "Berlin, 10. März 2021. Die Bundesregierung hat den Vertrag am Dienstag für fünf Jahre verlängert, "
        "sagte der Sprecher am Mittwoch."
    )
    assert (5.0, "years") in {(f.value, f.unit) for f in answer.figures}
    assert "said the spokesperson" not in gloss("sagte der Sprecher am Mittwoch", GERMAN).text
    assert "said" in gloss("sagte der Sprecher am Mittwoch", GERMAN).text
    assert "on Wednesday" in gloss("sagte der Sprecher am Mittwoch", GERMAN).text


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Kasachstan hat die Ratifikationsurkunde zum Teststoppvertrag hinterlegt.", ("ratified", "KAZ", "ctbt")),
        ("Russland setzte den New-START-Vertrag im Februar aus.", ("suspended", "RUS", "new-start")),
        ("Die USA stiegen 2019 aus dem INF-Vertrag aus.", ("withdrew", "USA", "inf")),
        ("Der Atomwaffensperrvertrag ist 1970 in Kraft getreten.", ("in_force", None, "npt")),
        ("Nordkorea ist aus dem Atomwaffensperrvertrag ausgetreten.", ("withdrew", "PRK", "npt")),
        (
            "Indien hat den Atomwaffenverbotsvertrag weder unterzeichnet noch ratifiziert.",
            ("not_signed", "IND", "tpnw"),
        ),
        (
            "Indien hat den Atomwaffenverbotsvertrag weder unterzeichnet noch ratifiziert.",
            ("not_ratified", "IND", "tpnw"),
        ),
        ("Im Februar setzte Russland den New-START-Vertrag aus.", ("suspended", "RUS", "new-start")),
    ],
)
def test_acts_in_every_tense_and_voice(sentence: str, claim: tuple[str, str | None, str]):
    claims = {c[:3] for c in _claims(_OPENING + sentence)}
    assert claim in claims


def test_acts_as_nouns_calls_and_negation_are_glossed():
    glossed = gloss(
        "Wir fordern alle Staaten auf, den Vertrag zu ratifizieren. Die Verlängerung des Abkommens wurde gebilligt; "
        "Russland ist nicht mehr Vertragspartei und hat keine Absicht, dem Vertrag beizutreten.",
        GERMAN,
    ).text
    assert "call on all States" in glossed and "to ratify" in glossed
    assert "extension of the agreement was approved" in glossed
    assert "no longer" in glossed and "to accede to" in glossed


def test_an_instrument_described_by_the_words_of_its_title_is_found():
    answer = read_text(
        "Berlin, 3. Mai 2011. Der Generalsekretär forderte das Inkrafttreten des Vertrages über ein umfassendes "
        "Verbot von Nuklearversuchen."
    )
    assert "ctbt" in {i.id for i in answer.instruments}
    answer = read_text(
        "Moskau, 3. Februar 2021. Der Vertrag über Maßnahmen zur weiteren Reduzierung und Begrenzung strategischer "
        "Offensivwaffen wurde um fünf Jahre verlängert."
    )
    assert "new-start" in {i.id for i in answer.instruments}


def test_dates_with_abbreviated_months_and_a_month_alone():
    assert read_text("Bern, 5. Aug. 1963. Die Schweiz begrüßt den Vertrag.").date == dt.date(1963, 8, 5)
    assert "And in February" in gloss("Und im Februar kündigten die USA den Vertrag.", GERMAN).text


def test_a_passive_in_a_subordinate_clause_and_its_agent():
    glossed = gloss("Sobald der Vertrag von 50 Ländern ratifiziert worden ist, tritt er in Kraft.", GERMAN).text
    assert "by 50 countries" in glossed and "has been ratified" in glossed
    assert "has been ratified by 50 States" in gloss("Der Vertrag ist von 50 Staaten ratifiziert worden.", GERMAN).text


def test_an_ordinal_written_with_a_full_stop_after_an_article():
    assert "the 50th State" in gloss("Honduras ist der 50. Staat, der den Vertrag ratifiziert hat.", GERMAN).text
    assert "on 5 March 1970" in gloss("Am 5. März 1970 trat der Vertrag in Kraft.", GERMAN).text
    assert "50th" not in gloss("Es waren 50. Dann kam der Vertrag.", GERMAN).text


def test_a_verb_with_several_particles_takes_the_one_that_ends_its_clause():
    claims = {
        (c.kind, c.party, c.instrument)
        for c in read_text("Berlin, 3. August 2019. Die USA traten aus dem INF-Vertrag aus.").claims
    }
    assert ("withdrew", "USA", "inf") in claims
    claims = {
        (c.kind, c.party, c.instrument)
        for c in read_text("Berlin, 3. August 1992. Frankreich trat 1992 dem Atomwaffensperrvertrag bei.").claims
    }
    assert ("ratified", "FRA", "npt") in claims
    glossed = gloss("Der Vertrag tritt bei Ratifikation durch 50 Staaten in Kraft.", GERMAN).text
    assert "enters into force" in glossed and "accedes" not in glossed
