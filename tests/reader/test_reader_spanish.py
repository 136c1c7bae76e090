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
