"""Rules of the twenty-seventh pass on the reader, which opened the twenty-fifth to thirtieth held-out sets
(tests/statements/heldout-2026y to heldout-2026ad) as development material, each on short invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from armscontrol.reader import read_text
from armscontrol.reader.dates import statement_date
from armscontrol.reader.descriptions import describe


def _instruments(text: str) -> set[str]:
    return {i.id for i in read_text(text).instruments}


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(c.kind, c.party, c.instrument) for c in read_text(text).claims}


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        # a compound written as one word meets the registry's hyphenated one ("Sea-Bed")
        ("WASHINGTON, February 25, 1971 - We signed a treaty on nuclear arms and the seabeds.", "seabed-treaty"),
        # "pact" is the press's word for a treaty, "nonproliferation" is "Non-Proliferation"
        ("WASHINGTON, June 12, 1968 - The President hailed the nonproliferation pact.", "npt"),
        # the words fit every START treaty alike; only New START was made in the two years before
        (
            "WASHINGTON, December 22, 2010 - The Senate debated a historic U.S.-Russia treaty that requires both "
            "nations to reduce the number of deployed strategic nuclear weapons.",
            "new-start",
        ),
    ],
)
def test_an_instrument_named_by_the_press_s_words_or_described(text: str, instrument: str):
    assert instrument in _instruments(text)


def test_words_that_fit_several_treaties_alike_name_none_when_none_is_recent():
    body = "that requires both nations to reduce the number of deployed strategic nuclear weapons"
    assert describe(body, dt.date(2003, 6, 1), False, head="treaty") == []


def test_a_people_or_a_word_of_a_compound_is_no_description():
    # "American" is in the Treaty of Tlatelolco's name ("Latin America"), but no description of it
    text = (
        "Munich, 5 February 2011. Today we exchange the instruments of ratification for a treaty that lessens the "
        "nuclear dangers facing the Russian and American people."
    )
    assert "tlatelolco" not in _instruments(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("WASHINGTON, May 27, 1988 - The Senate voted 93 to 5 to ratify the INF Treaty.", ("ratified", "USA", "inf")),
        (
            "WASHINGTON, December 22, 2010 - The Senate Wednesday voted 71-26 to approve the New START treaty.",
            ("ratified", "USA", "new-start"),
        ),
    ],
)
def test_a_legislature_s_vote_with_its_tally_is_its_act(text: str, claim: tuple[str, str, str]):
    assert claim in _claims(text)


def test_a_call_on_a_legislature_to_approve_is_no_act():
    claims = _claims("WASHINGTON, May 20, 1988 - We urge the Senate to approve the INF Treaty.")
    assert ("ratified", "USA", "inf") not in claims


def test_a_full_dateline_dates_the_text_before_a_caption_above_it():
    text = (
        "Fortieth Anniversary of the Treaty\n\n"
        "The Secretary of State prepares to sign the NPT, 1 July 1968. (Photo: a library)\n\n"
        "Washington, D.C., July 1, 2008 - Near the end of the negotiations that produced the Treaty 40 years ago, "
        "officials warned of withdrawal."
    )
    found = statement_date(text)
    assert found is not None and found.date == dt.date(2008, 7, 1)


def test_the_verification_network_s_stations_are_counted():
    figures = {(f.value, f.unit) for f in read_text("The CTBTO has more than 300 monitoring stations.").figures}
    assert (300.0, "stations") in figures
    assert not read_text("The 337 facilities of the International Monitoring System.").figures


def test_a_part_said_with_of_which_counts_what_its_whole_does():
    figures = {
        (f.value, f.unit)
        for f in read_text("The Treaty was signed by 168 countries, of which 104 ratified it.").figures
    }
    assert {(168.0, "states"), (104.0, "states")} <= figures


def test_a_range_from_a_number_until_another():
    figures = read_text("The Treaty banned missiles with ranges from 500 until 5,500 kilometres.").figures
    assert [(f.low, f.high, f.unit) for f in figures] == [(500.0, 5500.0, "km")]
    assert not read_text("The station ran 2,000 until 3,000 hours.").figures


def test_a_dotted_dateline_with_a_two_digit_year_ends_its_sentence():
    assert read_text("Москва, 07.09.23. Государственная дума рассмотрела закон.").date == dt.date(2023, 9, 7)
