"""Statements in Portuguese, read through the English gloss (armscontrol/reader/portuguese.py), on invented text."""

from __future__ import annotations

import datetime as dt

from armscontrol.reader import LANGUAGES, read_text
from armscontrol.reader.gloss import gloss, language_of
from armscontrol.reader.portuguese import PORTUGUESE
from armscontrol.reader.spanish import SPANISH

NOTA = (
    "Brasília, 5 de outubro de 2023\n\n"
    "O Governo brasileiro saúda a ratificação do Tratado de Proibição Completa de Testes Nucleares pela Indonésia. "
    "O Brasil assinou o Tratado em 24 de setembro de 1996 e depositou o instrumento de ratificação em 24 de julho "
    "de 1998. O CTBT ainda não entrou em vigor: os Estados Unidos assinaram o tratado, mas não o ratificaram, e a "
    "Coreia do Norte não o assinou. O Tratado sobre a Não-Proliferação de Armas Nucleares entrou em vigor em 1970 "
    "e é hoje o tratado com mais Estados Partes."
)

NOTICIA = (
    "Moscou, 2 de novembro de 2023. A Rússia revogou a ratificação do Tratado de Proibição Total de Ensaios "
    "Nucleares. Em 2019, os EUA retiraram-se do Tratado INF, que entrou em vigor em 1988. O Irão e o Egipto "
    "assinaram o CTBT, mas ainda não o ratificaram."
)

TEXTO_ESPANHOL = (
    "El Tratado para la Proscripción de las Armas Nucleares en la América Latina y el Caribe entró en vigor en "
    "1969. Los Estados Partes del Tratado son 33, y todos los Estados de la región lo han ratificado. Cuba fue el "
    "último país en hacerlo, en 2002, y desde entonces la zona está completa."
)


def test_a_portuguese_text_is_told_from_spanish_and_english():
    assert language_of(NOTA, LANGUAGES) is PORTUGUESE
    assert language_of(NOTICIA + " " + NOTA, LANGUAGES) is PORTUGUESE
    assert language_of(TEXTO_ESPANHOL, LANGUAGES) is SPANISH
    assert (
        language_of(
            "Brazil signed the CTBT on 24 September 1996 and ratified it in 1998; it is not in force.", LANGUAGES
        )
        is None
    )
    # an English page that quotes a Portuguese title stays English
    assert (
        language_of(
            "The Tratado de Proibição Completa de Testes Nucleares is the Portuguese title of the treaty that the "
            "United States has signed and that Brazil has ratified; it is not in force.",
            LANGUAGES,
        )
        is None
    )


def test_dates_states_and_instruments_are_glossed_and_map_back():
    glossed = gloss(NOTA, PORTUGUESE)
    assert "5 October 2023" in glossed.text and "on 24 September 1996" in glossed.text
    assert "Comprehensive Nuclear-Test-Ban Treaty" in glossed.text
    assert "by Indonesia" in glossed.text  # "pela Indonésia": the article goes with the preposition
    assert "has not yet entered into force" in glossed.text
    for g_start, g_end, o_start, o_end in glossed.pieces:
        if g_start == g_end:
            continue  # a dropped article
        assert glossed.start(g_start) == o_start
        assert glossed.end(g_end) == o_end
    at = glossed.text.index("Indonesia")
    assert NOTA[glossed.start(at) : glossed.end(at + len("Indonesia"))] == "Indonésia"


def test_both_spellings_and_dates_with_de():
    glossed = gloss("O Egito e o Egipto, o Irã e o Irão; a 1º de janeiro de 2024 e em fevereiro de 2019", PORTUGUESE)
    assert glossed.text.count("Egypt") == 2 and glossed.text.count("Iran") == 2
    assert "on 1 January 2024" in glossed.text and "February 2019" in glossed.text
    # capitals without accents ("NAO", "ASSEMBLEIA") and the accents of the older spelling ("Assembléia")
    assert "General Assembly" in gloss("a Assembléia Geral", PORTUGUESE).text
    assert "have not ratified" in gloss("NAO RATIFICARAM", PORTUGUESE).text.lower().replace("Have", "have")


def test_a_portuguese_note_is_read_and_shown_as_written():
    answer = read_text(NOTA)
    assert answer.language == "pt" and answer.language_note.startswith("in Portuguese")
    assert answer.date == dt.date(2023, 10, 5)
    assert {"ctbt", "npt"} <= {i.id for i in answer.instruments}
    claims = {(c.kind, c.party, c.instrument, c.verdict) for c in answer.claims}
    assert ("signed", "BRA", "ctbt", "consistent") in claims
    assert ("ratified", "BRA", "ctbt", "consistent") in claims
    assert ("not_in_force", None, "ctbt", "consistent") in claims
    assert ("signed", "USA", "ctbt", "consistent") in claims
    assert ("not_ratified", "USA", "ctbt", "consistent") in claims
    assert ("not_signed", "PRK", "ctbt", "consistent") in claims
    assert ("in_force", None, "npt", "consistent") in claims
    assert {"BRA", "IDN", "USA", "PRK"} <= {p.code for p in answer.places if p.kind == "state"}
    for item in [*answer.claims, *answer.places, *answer.figures]:
        assert item.text == NOTA[item.start : item.end]
    mentions = [m.text for i in answer.instruments for m in i.mentions]
    assert "Tratado de Proibição Completa de Testes Nucleares" in mentions


def test_revocation_withdrawal_and_european_spelling():
    answer = read_text(NOTICIA)
    assert answer.language == "pt"
    assert {"ctbt", "inf"} <= {i.id for i in answer.instruments}
    claims = {(c.kind, c.party, c.instrument) for c in answer.claims}
    assert ("ratification_revoked", "RUS", "ctbt") in claims
    assert ("withdrew", "USA", "inf") in claims
    assert ("in_force", None, "inf") in claims
    assert ("not_ratified", "IRN", "ctbt") in claims
    assert ("not_ratified", "EGY", "ctbt") in claims
    for item in [*answer.claims, *answer.places]:
        assert item.text == NOTICIA[item.start : item.end]


def test_a_count_after_a_number_and_an_accession():
    glossed = gloss("A adesão de Angola eleva para 187 o número de Estados signatários.", PORTUGUESE).text
    assert "accession" in glossed and "brings to 187 signatory states" in glossed.replace("  ", " ").lower()
    answer = read_text(
        "Brasília, 20 de setembro de 2023. Em 18 de setembro de 1998, o Brasil aderiu ao Tratado sobre a "
        "Não-Proliferação de Armas Nucleares e depositou o instrumento de adesão. O Tratado sobre a Proibição de Armas Nucleares (TPAN) entrou em vigor "
        "em 2021, mas o Brasil ainda não o ratificou. Os Estados devem assinar e ratificar o TPAN."
    )
    assert answer.language == "pt"
    claims = {(c.kind, c.party, c.instrument) for c in answer.claims}
    assert ("ratified", "BRA", "npt") in claims  # an accession is read as the state's joining
    assert ("not_ratified", "BRA", "tpnw") in claims
    assert ("in_force", None, "tpnw") in claims


def test_the_verbs_and_modals_the_rules_read():
    said = {
        "O tratado foi assinado pelo Brasil": "was signed by Brazil",
        "Os protocolos assinados e ratificados": "signed and ratified",
        "A Rússia retirou-se do Tratado": "withdrew from the",
        "não entrou em vigor": "has not entered into force",
        "entrará em vigor": "will enter into force",
        "a entrada em vigor do Tratado": "entry into force",
        "a Rússia planeja revogar a ratificação": "plans to revoke its ratification",
        "depositou o instrumento de ratificação": "deposited the instrument of ratification",
        "Os Estados devem ratificar": "must ratify",
        "estamos prontos para assinar": "ready to sign",
        "propomos que": "propose that",
        "apela aos Estados signatários": "calls on the signatory States",
        "se o Tratado entrar em vigor": "if the Treaty enter into force",
        "O Brasil se tornou parte": "became",
    }
    for portuguese, english in said.items():
        glossed = gloss(portuguese, PORTUGUESE).text
        assert english.lower() in " ".join(glossed.split()).lower(), (portuguese, glossed)


def _figures(text: str) -> set[tuple[float, str]]:
    return {(f.value, f.unit) for f in read_text(text).figures}


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(c.kind, c.party, c.instrument) for c in read_text(text).claims}


def test_the_units_a_figure_counts_in_portuguese():
    said = "Segundo o relatório, os Estados Unidos mantêm cerca de 1.550 ogivas implantadas e mais de 700 lançadores."
    assert {(1550.0, "warheads"), (700.0, "launchers")} <= _figures(said)
    assert (59.0, "states") in _figures("Até agora, 59 Estados-membros assinaram o texto.")


def test_numbers_in_words_and_the_quantifiers_around_them_in_portuguese():
    assert (122.0, "states") in _figures("Cento e vinte e dois Estados votaram a favor do texto.")
    assert (50.0, "states") in _figures("O texto foi apoiado por pelo menos cinquenta nações.")


def test_a_deadline_in_days_after_an_ordinal_deposit_in_portuguese():
    said = "O acordo entrará em vigor noventa dias após o depósito do quinquagésimo instrumento de ratificação."
    assert (90.0, "days") in _figures(said)
    assert "the 50th instrument" in gloss(said, PORTUGUESE).text


def test_acts_in_other_tenses_and_their_nouns_in_portuguese():
    assert ("ratified", "AGO", "npt") in _claims(
        "Angola aderiu ao Tratado sobre a Não-Proliferação de Armas Nucleares em 14 de outubro de 1996."
    )
    assert ("ratification_revoked", "RUS", "ctbt") in _claims(
        "Na quinta-feira, a Federação da Rússia revogou a ratificação do Tratado de Proibição Completa de Testes "
        "Nucleares."
    )
    glossed = gloss(
        "Os Estados que ainda não tenham aderido deverão fazê-lo; o acordo expira em 2026.", PORTUGUESE
    ).text
    assert "have acceded" in glossed and "shall" in glossed and "expires" in glossed


def test_an_instrument_described_by_its_title_words_in_portuguese():
    said = "Moçambique ratificou o tratado de proibição completa dos ensaios nucleares."
    assert ("ratified", "MOZ", "ctbt") in _claims(said)
    said = "O Tratado sobre Mísseis Antibalísticos, assinado pelos Estados Unidos e pela União Soviética, já não está em vigor."
    assert {i.id for i in read_text(said).instruments} == {"abm"}


def test_weekdays_and_time_words_in_portuguese():
    glossed = gloss("Na sexta-feira, ontem, dentro de 90 dias, até ao final de 2026", PORTUGUESE).text
    for english in ("Friday", "yesterday", "within 90 days", "by the end of 2026"):
        assert english in glossed, glossed
