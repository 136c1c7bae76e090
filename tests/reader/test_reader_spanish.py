"""Statements in Spanish, read through the English gloss (armscontrol/reader/gloss.py), on invented text."""

from __future__ import annotations

import datetime as dt

from armscontrol.reader import LANGUAGES, read_text
from armscontrol.reader.gloss import gloss, language_of
from armscontrol.reader.spanish import SPANISH

COMUNICADO = (
    "Ciudad de México, 14 de febrero de 2019\n\n"
    "Los 33 Estados Miembros del OPANAL conmemoran el Tratado para la Proscripción de las Armas Nucleares en la "
    "América Latina y el Caribe (Tratado de Tlatelolco), que entró en vigor en 1969. Cuba ratificó el Tratado en "
    "2002. Destacan la cooperación con las Partes de los Tratados que establecieron zonas libres de armas nucleares "
    "en el Pacífico Sur, en el Sureste de Asia, en África y en Asia Central. El TPCE aún no ha entrado en vigor, y "
    "los Estados Unidos no lo han ratificado."
)


def test_a_spanish_text_is_told_from_french_and_english():
    assert language_of(COMUNICADO, LANGUAGES) is SPANISH
    assert (
        language_of("The Treaty of Tlatelolco entered into force in 1969 for the States that signed it.", LANGUAGES)
        is None
    )


def test_a_spanish_communique_is_read_and_shown_as_written():
    answer = read_text(COMUNICADO)
    assert answer.language == "es" and answer.language_note.startswith("in Spanish")
    assert answer.date == dt.date(2019, 2, 14)
    assert {"tlatelolco", "ctbt"} <= {i.id for i in answer.instruments}
    claims = {(c.kind, c.party, c.instrument, c.verdict) for c in answer.claims}
    assert ("ratified", "CUB", "tlatelolco", "consistent") in claims
    assert ("not_in_force", None, "ctbt", "consistent") in claims
    assert ("not_ratified", "USA", "ctbt", "consistent") in claims
    zones = {p.code for p in answer.places if p.kind == "zone"}
    assert {"rarotonga", "bangkok", "pelindaba", "semipalatinsk"} <= zones
    assert (33.0, "states") in {(f.value, f.unit) for f in answer.figures}
    for item in [*answer.claims, *answer.places, *answer.figures]:
        assert item.text == COMUNICADO[item.start : item.end]


def test_spanish_dates_with_de():
    glossed = gloss("el 5 de diciembre de 2018, y en febrero de 2019", SPANISH).text
    assert "on 5 December 2018" in glossed and "February 2019" in glossed


def _figures(text: str) -> set[tuple[float, str]]:
    return {(f.value, f.unit) for f in read_text(text).figures}


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(c.kind, c.party, c.instrument) for c in read_text(text).claims}


def test_the_units_a_figure_counts_in_spanish():
    said = "Según el informe, Rusia mantiene cerca de 1.550 ojivas desplegadas y más de 700 lanzadores."
    assert {(1550.0, "warheads"), (700.0, "launchers")} <= _figures(said)


def test_numbers_in_words_and_the_quantifiers_around_them_in_spanish():
    said = (
        "Hasta la fecha, ciento ochenta y siete Estados han firmado el Tratado de Prohibición Completa de los Ensayos "
        "Nucleares, de los cuales 178 lo han ratificado."
    )
    assert {(187.0, "states"), (178.0, "states")} <= _figures(said)


def test_a_deadline_in_days_after_an_ordinal_deposit_in_spanish():
    said = (
        "El acuerdo entrará en vigor noventa días después del depósito del quincuagésimo instrumento de ratificación."
    )
    assert (90.0, "days") in _figures(said)
    assert "after the deposit of the 50th instrument" in gloss(said, SPANISH).text


def test_acts_in_other_tenses_and_their_nouns_in_spanish():
    assert ("ratified", "BOL", "npt") in _claims(
        "Bolivia se adhirió al Tratado sobre la No Proliferación de las Armas Nucleares el 26 de mayo de 1970."
    )
    assert ("ratification_revoked", "RUS", "ctbt") in _claims(
        "El martes, la Federación de Rusia revocó su ratificación del Tratado de Prohibición Completa de los Ensayos "
        "Nucleares."
    )
    glossed = gloss("Los Estados que aún no se han adherido deberán hacerlo; el tratado vence en 2026.", SPANISH).text
    assert "have acceded" in glossed and "shall" in glossed and "expires" in glossed


def test_an_instrument_described_by_its_title_words_in_spanish():
    said = "Chile ha ratificado el tratado sobre la prohibición completa de los ensayos nucleares."
    assert ("ratified", "CHL", "ctbt") in _claims(said)
    assert {
        i.id for i in read_text("El Tratado sobre Fuerzas Nucleares de Alcance Intermedio expiró.").instruments
    } == {"inf"}


def test_an_extension_for_five_years_until_a_date_in_spanish():
    answer = read_text("El Nuevo START fue prorrogado por cinco años, hasta el 5 de febrero de 2026.")
    assert (5.0, "years") in {(f.value, f.unit) for f in answer.figures}
    assert ("extended", None, "new-start") in {(c.kind, c.party, c.instrument) for c in answer.claims}
    assert "Friday" in gloss("el viernes 5 de febrero de 2021", SPANISH).text
