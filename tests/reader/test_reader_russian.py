"""Statements in Russian, read through the English gloss (armscontrol/reader/russian.py), on invented text."""

from __future__ import annotations

import datetime as dt

from armscontrol.reader import LANGUAGES, read_text
from armscontrol.reader.french import FRENCH
from armscontrol.reader.gloss import _fold, _key, gloss, language_of
from armscontrol.reader.russian import RUSSIAN, declined

ЗАЯВЛЕНИЕ = (
    "Москва, 5 марта 2020 года\n\n"
    "Договор о нераспространении ядерного оружия вступил в силу 5 марта 1970 года. Российская Федерация "
    "подписала Договор о всеобъемлющем запрещении ядерных испытаний 24 сентября 1996 года и ратифицировала его "
    "30 июня 2000 года. Соединенные Штаты подписали ДВЗЯИ, но еще не ратифицировали его. ДВЗЯИ еще не вступил в "
    "силу. Индия, Пакистан и КНДР не подписали Договор. Китай, Египет, Иран и Израиль не ратифицировали ДВЗЯИ. "
    "Мы призываем все государства Приложения 2, которые еще не ратифицировали Договор, сделать это."
)

НОВОСТЬ = (
    "2 ноября 2023 г. Россия отозвала ратификацию Договора о всеобъемлющем запрещении ядерных испытаний. "
    "В 2019 году США вышли из Договора о ликвидации ракет средней и меньшей дальности, который вступил в силу "
    "1 июня 1988 года. В феврале 2023 года Россия приостановила действие ДСНВ. КНДР объявила о выходе из ДНЯО в "
    "2003 году. Казахстан присоединился к Договору о нераспространении ядерного оружия 14.02.1994."
)

FRENCH_TEXT = (
    "Le Traité sur la non-prolifération des armes nucléaires est entré en vigueur le 5 mars 1970. La France l'a "
    "signé et ratifié, et elle appelle les États qui ne l'ont pas encore fait à y adhérer sans délai."
)


def test_a_russian_text_is_told_from_the_others_and_from_english():
    assert language_of(ЗАЯВЛЕНИЕ, LANGUAGES) is RUSSIAN
    assert language_of(НОВОСТЬ, LANGUAGES) is RUSSIAN
    assert language_of(FRENCH_TEXT, LANGUAGES) is FRENCH
    # an English text that names a Russian acronym stays English
    assert (
        language_of(
            "Russia ratified the CTBT (ДВЗЯИ) in 2000 and revoked its ratification in 2023; the treaty is not in force.",
            LANGUAGES,
        )
        is None
    )


def test_yo_and_e_match_and_the_short_i_is_kept():
    assert _fold("Соединённые") == _fold("Соединенные")
    assert _fold("Китай") == "китай" and _key("КИТАЙ") == "китай"
    assert "United States" in gloss("Соединённых Штатов", RUSSIAN).text
    assert "China" in gloss("Китай", RUSSIAN).text
    assert gloss("Китаи", RUSSIAN).text == "Китаи"  # "и" is no "й"


def test_dates_in_the_genitive_the_prepositional_and_in_figures():
    glossed = gloss("5 марта 1970 года, 1 января 2024 г., в марте 2023 года, 14.02.1994", RUSSIAN).text
    assert "5 March 1970" in glossed and "1 January 2024" in glossed and "in March 2023" in glossed
    assert "года" not in glossed and "г." not in glossed
    assert read_text("Заявление МИД России от 14.02.1994 о ДНЯО и о ДВЗЯИ, и о том, что это так.").date == dt.date(
        1994, 2, 14
    )


def test_states_in_every_case():
    assert declined("Россия") == ("Россия", "России", "Россию", "Россией")
    assert declined("Пакистан")[1:3] == ("Пакистана", "Пакистану")
    assert declined("Китай")[1] == "Китая" and declined("Израиль")[1] == "Израиля"
    assert declined("Украина")[1] == "Украины" and declined("Мексика")[1] == "Мексики"
    said = {
        "России": "Russia",
        "Россией": "Russia",
        "Российской Федерации": "Russian Federation",
        "РФ": "Russian Federation",
        "Соединенных Штатов Америки": "United States",
        "Китая": "China",
        "КНР": "China",
        "Великобритании": "United Kingdom",
        "Соединенного Королевства": "United Kingdom",
        "Франции": "France",
        "Индии": "India",
        "Пакистана": "Pakistan",
        "Израиля": "Israel",
        "Египта": "Egypt",
        "Ирана": "Iran",
        "Северной Кореи": "North Korea",
        "Казахстана": "Kazakhstan",
        "Кыргызстаном": "Kyrgyzstan",
        "Туркменистане": "Turkmenistan",
        "Узбекистану": "Uzbekistan",
        "Таджикистана": "Tajikistan",
    }
    for russian, english in said.items():
        assert english in gloss(russian, RUSSIAN).text, (russian, gloss(russian, RUSSIAN).text)
    # a state's name is written with a capital; "Корея" alone is either Korea
    assert "Korea" not in gloss("Корея", RUSSIAN).text


def test_instruments_by_their_russian_titles_in_every_case():
    said = {
        "Договор о нераспространении ядерного оружия": "Treaty on the Non-Proliferation of Nuclear Weapons",
        "Договора о нераспространении ядерного оружия": "Treaty on the Non-Proliferation of Nuclear Weapons",
        "к Договору о всеобъемлющем запрещении ядерных испытаний": "Comprehensive Nuclear-Test-Ban Treaty",
        "в Договоре о запрещении ядерного оружия": "Treaty on the Prohibition of Nuclear Weapons",
        "Договор о запрещении ядерного оружия в Латинской Америке": "Treaty for the Prohibition of Nuclear Weapons",
        "ДЗЯО": "TPNW",
        "ДНЯО": "NPT",
        "ДСНВ": "New START",
        "Протоколы I и II к Договору о зоне, свободной от ядерного оружия, в Африке": (
            "Protocols I and II to African Nuclear-Weapon-Free Zone Treaty"
        ),
    }
    for russian, english in said.items():
        assert english in gloss(russian, RUSSIAN).text, (russian, gloss(russian, RUSSIAN).text)


def test_a_russian_statement_is_read_and_shown_as_written():
    answer = read_text(ЗАЯВЛЕНИЕ)
    assert answer.language == "ru" and answer.language_note.startswith("in Russian")
    assert answer.date == dt.date(2020, 3, 5)
    assert {"ctbt", "npt"} <= {i.id for i in answer.instruments}
    claims = {(c.kind, c.party, c.instrument, c.verdict) for c in answer.claims}
    assert ("in_force", None, "npt", "consistent") in claims
    assert ("signed", "RUS", "ctbt", "consistent") in claims
    assert ("ratified", "RUS", "ctbt", "consistent") in claims
    assert ("signed", "USA", "ctbt", "consistent") in claims
    assert ("not_ratified", "USA", "ctbt", "consistent") in claims
    assert ("not_in_force", None, "ctbt", "consistent") in claims
    for party in ("IND", "PAK", "PRK"):
        assert ("not_signed", party, "ctbt", "consistent") in claims
    for party in ("CHN", "EGY", "IRN", "ISR"):
        assert ("not_ratified", party, "ctbt", "consistent") in claims
    assert {"RUS", "USA", "IND", "PAK", "PRK", "CHN", "EGY", "IRN", "ISR"} <= {
        p.code for p in answer.places if p.kind == "state"
    }
    for item in [*answer.claims, *answer.places, *answer.figures]:
        assert item.text == ЗАЯВЛЕНИЕ[item.start : item.end]
    mentions = [m.text for i in answer.instruments for m in i.mentions]
    assert "Договор о всеобъемлющем запрещении ядерных испытаний" in mentions


def test_revocation_withdrawal_suspension_and_accession():
    answer = read_text(НОВОСТЬ)
    assert answer.language == "ru"
    assert {"ctbt", "inf", "new-start", "npt"} <= {i.id for i in answer.instruments}
    claims = {(c.kind, c.party, c.instrument) for c in answer.claims}
    assert ("ratification_revoked", "RUS", "ctbt") in claims
    assert ("in_force", None, "inf") in claims
    assert ("suspended", "RUS", "new-start") in claims
    assert ("withdrew", "PRK", "npt") in claims
    assert ("ratified", "KAZ", "npt") in claims  # an accession is read as the state's joining
    for item in [*answer.claims, *answer.places]:
        assert item.text == НОВОСТЬ[item.start : item.end]


def test_the_verbs_modals_and_groups_the_rules_read():
    said = {
        "Договор вступил в силу": "The Treaty entered into force",
        "Конвенция вступила в силу": "entered into force",
        "Протокол не вступил в силу": "has not entered into force",
        "Договор вступит в силу": "will enter into force",
        "после вступления в силу Договора": "after entry into force",
        "Россия подписала и ратифицировала Договор": "Russian Federation signed and ratified the Treaty",
        "Договор был подписан в 1996 году": "was signed in 1996",
        "США не ратифицировали Договор": "have not ratified",
        "Израиль еще не ратифицировал Договор": "has not yet ratified",
        "Израиль ещё не ратифицировал Договор": "has not yet ratified",
        "Индия не подписала Договор": "has not signed",
        "Украина присоединилась к ДНЯО": "acceded to NPT",
        "выход из Договора": "withdrawal from the Treaty",
        "приостановление участия": "suspension",
        "отзыв ратификации": "revocation of the ratification",
        "сдала на хранение ратификационную грамоту": "deposited instrument of ratification",
        "Договор был продлен": "was extended",
        "продление Договора": "extension",
        "Все государства должны ратифицировать Договор": "must ratify",
        "Государствам следует подписать Договор": "should sign",
        "Мы призываем государства-участники": "call on States Parties",
        "Мы готовы подписать": "ready to sign",
        "предлагаем": "propose",
        "если Договор вступит в силу": "if the Treaty will enter into force",
        "надеемся": "hope",
        "подписанты и страны": "signatories and countries",
        "ядерные державы, в том числе Китай": "nuclear powers, including China",
        "государства Приложения 2": "Annex 2 States",
        "российская сторона": "Russian",
        "американские ракеты": "American",
    }
    for russian, english in said.items():
        glossed = gloss(russian, RUSSIAN).text
        assert english.lower() in " ".join(glossed.split()).lower(), (russian, glossed)


def test_positions_map_back_to_the_text_as_written():
    glossed = gloss(ЗАЯВЛЕНИЕ, RUSSIAN)
    for g_start, g_end, o_start, o_end in glossed.pieces:
        if g_start == g_end:
            continue  # a dropped "года"
        assert glossed.start(g_start) == o_start
        assert glossed.end(g_end) == o_end
    at = glossed.text.index("North Korea")
    assert ЗАЯВЛЕНИЕ[glossed.start(at) : glossed.end(at + len("North Korea"))] == "КНДР"


# The gloss by paradigm: each concept in the forms Russian uses, in sentences written for these tests.


def _figures(text: str) -> set[tuple[float, str | None]]:
    return {(f.value, f.unit) for f in read_text(text).figures}


def _claims_of(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(c.kind, c.party, c.instrument) for c in read_text(text).claims}


def test_counted_nouns_in_every_case_are_the_units_of_their_figures():
    text = (
        "Москва, 12 мая 2024 года. Договор подписали 187 государств-членов ООН, из которых 178 стран его "
        "ратифицировали. У каждой стороны остается не более 800 развернутых и неразвернутых пусковых установок и "
        "1550 боезарядов."
    )
    assert {(187.0, "states"), (178.0, "states"), (800.0, "launchers"), (1550.0, "warheads")} <= _figures(text)


def test_numbers_in_words_and_quantifiers_are_read_as_counts():
    text = (
        "Москва, 12 мая 2024 года. Сегодня более тридцати пяти государств подписали Договор о запрещении ядерного "
        "оружия, а около двадцати двух стран уже ратифицировали его. Каждая сторона сократит свои арсеналы до "
        "семисот пусковых установок."
    )
    assert {(35.0, "states"), (22.0, "states"), (700.0, "launchers")} <= _figures(text)


def test_deadlines_and_terms_are_read_with_their_units():
    text = (
        "Москва, 12 мая 2024 года. Договор о запрещении ядерного оружия вступит в силу через 90 дней после сдачи на "
        "хранение 50-й ратификационной грамоты. Стороны продлили ДСНВ на пять лет. Двадцать восемь стран "
        "ратифицировали ДЗЯО в течение трех месяцев."
    )
    assert {(90.0, "days"), (5.0, "years"), (28.0, "states"), (3.0, "months")} <= _figures(text)
    assert ("extended", None, "new-start") in _claims_of(text)
    assert "50th instrument of ratification" in gloss(text, RUSSIAN).text


def test_acts_in_other_forms_are_read_as_claims():
    text = (
        "Москва, 12 мая 2024 года. Республика Молдова присоединилась к Договору о нераспространении ядерного оружия. "
        "Вчера парламент одобрил закон, и Гватемала сдала на хранение ратификационную грамоту. Израиль никогда не "
        "ратифицировал ДВЗЯИ."
    )
    assert {("ratified", "MDA", "npt"), ("ratified", "GTM", "npt"), ("not_ratified", "ISR", "ctbt")} <= _claims_of(text)


def test_instruments_named_by_their_usual_russian_names():
    text = (
        "Москва, 12 мая 2024 года. Казахстан, Кыргызстан, Таджикистан, Туркменистан и Узбекистан подписали "
        "Семипалатинский договор. Украина подписала Лиссабонский протокол 23 мая 1992 года. СССР, США и "
        "Великобритания подписали Договор о запрещении испытаний ядерного оружия в атмосфере, в космическом "
        "пространстве и под водой."
    )
    claims = _claims_of(text)
    assert {("signed", code, "semipalatinsk") for code in ("KAZ", "KGZ", "TJK", "TKM", "UZB")} <= claims
    assert ("signed", "UKR", "lisbon-protocol") in claims
    assert {("signed", "SUN", "ptbt"), ("signed", "USA", "ptbt"), ("signed", "GBR", "ptbt")} <= claims


def test_a_dateline_with_an_abbreviated_month():
    answer = read_text(
        "ВЕНА, 14 фев. 2011 г. - РИА Новости. Соединенные Штаты так и не ратифицировали Договор о всеобъемлющем "
        "запрещении ядерных испытаний."
    )
    assert answer.date == dt.date(2011, 2, 14)
    assert ("not_ratified", "USA", "ctbt") in {(c.kind, c.party, c.instrument) for c in answer.claims}


def test_the_agent_of_a_passive_in_the_instrumental_is_the_party():
    claims = _claims_of(
        "Москва, 12 мая 2024 года. Договор о ЦАЗСЯО был подписан Казахстаном, Кыргызстаном и Таджикистаном "
        "8 сентября 2006 года. ДСНВ был подписан президентами России и США 8 апреля 2010 года."
    )
    assert {("signed", "KAZ", "semipalatinsk"), ("signed", "KGZ", "semipalatinsk")} <= claims
    assert {("signed", "RUS", "new-start"), ("signed", "USA", "new-start")} <= claims


def test_an_instrument_whose_title_names_its_parties_does_not_make_them_the_subject():
    claims = {
        (c.kind, c.party, c.instrument)
        for c in read_text(
            "Москва, 23 мая 1992 г. Лиссабонский протокол подписали Беларусь, Казахстан и Украина."
        ).claims
    }
    assert {("signed", "BLR", "lisbon-protocol"), ("signed", "KAZ", "lisbon-protocol")} <= claims
    assert not any(party in ("USA", "SUN") for _, party, _ in claims)
