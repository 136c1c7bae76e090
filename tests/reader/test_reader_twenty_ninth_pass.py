"""Rules of the twenty-ninth pass on the reader, which opened the thirty-second held-out set
(tests/statements/heldout-2026af) as development material, each on short invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from armscontrol.reader import read_text
from armscontrol.reader.dates import statement_date
from armscontrol.reader.figures import find_figures
from armscontrol.reader.german import GERMAN
from armscontrol.reader.gloss import gloss
from armscontrol.reader.russian import RUSSIAN
from armscontrol.reader.spanish import SPANISH


def _claims(text: str, on: str | None = None) -> set[tuple[str, str | None, str | None]]:
    return {(c.kind, c.party, c.instrument) for c in read_text(text, on).claims}


def _figures(text: str) -> list[tuple[float | None, float | None, float | None, str | None]]:
    return [(f.value, f.low, f.high, f.unit) for f in find_figures(text, [], [(0, len(text))])]


def test_each_limit_a_text_states_is_a_claim_of_its_own():
    answer = read_text(
        "WASHINGTON, June 2, 2011 - Within seven years of the entry into force of New START, each nation is required "
        "to have no more than 1,550 deployed nuclear warheads, 700 deployed launchers, and 800 deployed and "
        "non-deployed launchers."
    )
    limits = [c for c in answer.claims if c.kind == "limit"]
    assert len(limits) == 3
    assert all(c.instrument == "new-start" and c.verdict == "consistent" for c in limits)
    assert len({c.evidence for c in limits}) == 3  # three articles, each with its own evidence


def test_one_limit_said_twice_is_one_claim():
    answer = read_text(
        "WASHINGTON, June 2, 2011 - New START limits each side to 1,550 deployed warheads. The limit of 1,550 "
        "deployed warheads applies in 2018."
    )
    assert len([c for c in answer.claims if c.kind == "limit"]) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("caps them at 700 missile and bomber delivery platforms", [(700.0, None, None, "delivery vehicles")]),
        (
            "Russia with 1,326 deployed warheads on 485 deployed delivery systems",
            [
                (1326.0, None, None, "warheads"),
                (485.0, None, None, "delivery vehicles"),
            ],
        ),
        # missiles and bombers counted together, separated by slashes: the launchers, as with commas and "and"
        (
            "up to a total 700 deployed intercontinental ballistic missiles/submarine-launched ballistic "
            "missiles/strategic bombers",
            [(700.0, None, None, "launchers")],
        ),
        # the noun said once, after the second number
        (
            "were destroyed: 1846 Soviet and 846 American missiles",
            [
                (1846.0, None, None, "missiles"),
                (846.0, None, None, "missiles"),
            ],
        ),
        (
            "of a range from 500 to 1000 and 1000 to 5500 kilometres",
            [
                (None, 500.0, 1000.0, "km"),
                (None, 1000.0, 5500.0, "km"),
            ],
        ),
        # a share, not a count ("two thirds", "dos tercios" glossed)
        ("cuts the warheads to about two thirds of the levels of START I", []),
        # the pair of parties, however the sentence begins
        ("The two nations were required to exchange this information.", []),
    ],
)
def test_figures(text: str, expected: list):
    assert _figures(text) == expected


def test_a_year_and_another_are_not_a_count():
    assert _figures("In 1995 and 2000 the states met.") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (RUSSIAN, "дальности от 500 до 5500 км", "range from 500 to 5500 kilometres"),
        (GERMAN, "Reichweite von 500 bis 1000 und 1000 bis 5500 Kilometern", "from 500 to 1000 and 1000 to 5500"),
        (GERMAN, "Reichweite von 5.500 bis 10.000 Kilometern", "from 5,500 to 10,000 kilometres"),
        # not between two numbers: as the phrase table says
        (RUSSIAN, "до 700 развернутых носителей", "until 700 deployed"),
        (GERMAN, "bis 2021 verlängert", "until 2021"),
    ],
)
def test_a_range_of_numbers_in_russian_and_german_reads_from_and_to(language, text: str, expected: str):
    assert expected in gloss(text, language).text


def test_a_level_set_against_an_older_treaty_in_spanish_is_not_that_treatys():
    text = gloss(
        "limitará a 1.550 el número de ojivas, cerca de dos tercios respecto a los niveles del START I", SPANISH
    )
    assert "two thirds compared to" in text.text
    answer = read_text(
        "PRAGA, 8 de abril de 2010 (Reuters) - Obama y Medvedev han firmado el nuevo Tratado START. Asimismo, "
        "limitará a 1.550 el número de ojivas operativas desplegadas, cerca de dos tercios respecto a los niveles "
        "del START I de 1991."
    )
    assert {(f.value, f.unit) for f in answer.figures} >= {(1550.0, "warheads")}
    assert (2.0, "warheads") not in {(f.value, f.unit) for f in answer.figures}
    assert {c.instrument for c in answer.claims if c.kind == "limit"} == {"new-start"}


def test_the_inf_treatys_russian_titles():
    answer = read_text(
        "30 лет назад, 8 декабря 1987 г. в Вашингтоне руководители СССР и США подписали бессрочный «Договор между "
        "Союзом Советских Социалистических Республик и Соединенными Штатами Америки о ликвидации их ракет средней "
        "дальности и меньшей дальности». К 30-летию Договора о ликвидации РСМД."
    )
    assert {i.id for i in answer.instruments} == {"inf"}


def test_two_people_at_a_lines_start_who_sign_a_bilateral_treaty_are_its_two_sides():
    text = (
        "WASHINGTON, April 8, 2010\n\nNew START Signed\n\nBarack Obama and Russian President Dmitry Medvedev signed "
        "the new Strategic Arms Reduction Treaty in Prague."
    )
    assert {("signed", "USA", "new-start"), ("signed", "RUS", "new-start")} <= _claims(text)


def test_a_first_lines_day_is_not_the_statements_where_the_text_tells_a_later_event_as_past():
    head = "The Treaty on the Non-Proliferation of Nuclear Weapons was prepared by a committee. 12 June 1968 it was "
    head += "approved by the General Assembly.\n"
    assert statement_date(head + "The Treaty entered into force on 5 March 1970.") is None
    # a later day told as one to come leaves the first line's day the statement's
    found = statement_date(head + "The Treaty will enter into force on 5 March 1970.")
    assert found is not None and found.date == dt.date(1968, 6, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MOSCOW, July 3, 2019 - Putin's decree formalizes Russia's departure from the 1987 Intermediate-Range "
            "Nuclear Forces treaty.",
            {("withdrew", "RUS", "inf")},
        ),
        (
            "WASHINGTON, May 5, 2015 - The United States remains committed to ratifying the CTBT and bringing it into "
            "force.",
            {("not_ratified", "USA", "ctbt")},
        ),
        (
            "WASHINGTON, May 5, 2015 - The United States is committed to signing the revised Protocol to the Southeast "
            "Asia Nuclear-Weapon-Free Zone Treaty.",
            {("not_signed", "USA", "bangkok-protocol")},
        ),
        (
            "BERLIN, February 1, 2019 - The INF Treaty has no end date. The agreement binds today the USA as well as "
            "the Soviet successor states Russia, Ukraine, Belarus and Kazakhstan, but no rising powers such as China.",
            {
                ("bound", "USA", "inf"),
                ("bound", "RUS", "inf"),
                ("bound", "UKR", "inf"),
                ("bound", "BLR", "inf"),
                ("bound", "KAZ", "inf"),
            },
        ),
    ],
)
def test_claims(text: str, expected: set):
    found = _claims(text)
    assert expected <= found
    assert ("bound", "CHN", "inf") not in found


def test_the_german_agreement_that_binds_its_parties():
    text = (
        "BERLIN, 1. Februar 2019 - Der INF-Vertrag hat kein Enddatum. Das Abkommen bindet heute die USA sowie die "
        "Sowjet-Nachfolgestaaten Russland, Ukraine, Weißrussland und Kasachstan, jedoch keine aufstrebenden "
        "Militärmächte wie China."
    )
    found = _claims(text)
    assert {("bound", code, "inf") for code in ("USA", "RUS", "UKR", "BLR", "KAZ")} <= found
    assert ("bound", "CHN", "inf") not in found


def test_a_treaty_that_binds_nobody_named_gives_no_claim():
    assert not {c for c in _claims("The treaty binds its parties for ever.") if c[0] == "bound"}


def test_a_limit_stated_sentences_after_its_treaty_is_named_is_tied_to_the_one_whose_limit_it_is():
    answer = read_text(
        "BRUSSELS, March 23, 2021 - New START entered into force in February 2011. The treaty's main provisions are "
        "as follows. Warheads count as deployed if loaded onto a missile. Missiles count as deployed if installed in "
        "a launcher. Each bomber counts as one. Launchers: up to 800 deployed and non-deployed launchers."
    )
    assert [(c.kind, c.instrument, c.verdict) for c in answer.claims if c.kind == "limit"] == [
        ("limit", "new-start", "consistent")
    ]


def test_of_two_treaties_named_before_a_limit_the_one_whose_limit_the_number_is():
    answer = read_text(
        "CARACAS, February 28, 2023 - The START III framework of Helsinki and New START are recalled. It limits the "
        "arsenals to a maximum of 1 550 warheads."
    )
    assert {c.instrument for c in answer.claims if c.kind == "limit"} == {"new-start"}


def test_a_limit_set_against_an_older_treaty_named_in_full_in_parentheses():
    answer = read_text(
        "WASHINGTON, February 6, 2012 - New START celebrated its first anniversary yesterday. The treaty will cap the "
        "arsenals at 1,550 warheads, a nearly 75% reduction compared with the first START (Strategic Arms Reduction "
        "Treaty), which expired in 2009."
    )
    assert {c.instrument for c in answer.claims if c.kind == "limit"} == {"new-start"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the treaty's force ended, in Russian, and "ceases to exist"
        ("Действие ДРСМД официально было прекращено 2 августа 2019 года.", {("not_in_force", None, "inf")}),
        ("Today, the INF Treaty ceases to exist.", {("not_in_force", None, "inf")}),
        # the American side is the United States; the violations it names are another's
        (
            "Американская сторона объяснила свой выход из Договора о РСМД нарушениями со стороны России.",
            {("withdrew", "USA", "inf")},
        ),
    ],
)
def test_russian_claims(text: str, expected: set):
    found = _claims(text, "2019-08-23")
    assert expected <= found
    assert ("withdrew", "RUS", "inf") not in found


def test_a_russian_month_before_its_day_and_year():
    assert "August 23, 2019" in gloss("август 23, 2019\nВладимир Путин поручил", RUSSIAN).text


def test_items_of_a_list_its_lead_says_is_limited_are_limits():
    answer = read_text(
        "MOSCOW, February 22, 2023 - New START entered into force on 5 February 2011. The Agreement allows each of the "
        "countries only a limited number of arms:\n-700 deployed intercontinental ballistic missiles, submarine-"
        "launched ballistic missiles and heavy bombers\n-1550 warheads on them."
    )
    limits = {(c.text.split()[0], c.instrument, c.verdict) for c in answer.claims if c.kind == "limit"}
    assert limits == {("700", "new-start", "consistent"), ("1550", "new-start", "consistent")}


def test_the_inf_treatys_successor_parties_and_the_states_it_is_not_open_to():
    from armscontrol.data import registry
    from armscontrol.reader.claims import judge

    inf = registry().instruments["inf"]
    on = dt.date(2019, 2, 1)
    # successors recorded from a (secondary) record of the State Department's statement: bound while it was in force
    for code in ("UKR", "BLR", "KAZ", "RUS"):
        assert judge("bound", inf, code, on)[0] == "consistent"
    assert judge("bound", inf, "UKR", dt.date(2020, 2, 1))[0] == "contradicted"  # the treaty had ended
    # a successor the list does not name is not recorded, not a non-party
    assert judge("bound", inf, "TKM", on)[0] == "not_in_data"
    # a state the treaty was never open to is no party, partial list or not
    verdict, evidence, _ = judge("bound", inf, "GBR", on)
    assert verdict == "contradicted" and "open only to the states its party list names" in evidence
