"""Numbers, ranges and dates: thousands separators, dashes, words, and what is not a figure."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from armscontrol.reader import read_text
from armscontrol.reader.dates import find_dates
from armscontrol.reader.figures import find_figures, parse_number, words_to_number


def figures(text: str):
    return find_figures(text, find_dates(text), [(0, len(text))])


@pytest.mark.parametrize(
    "words, value",
    [
        ("one thousand five hundred", 1500),
        ("fifteen hundred", 1500),
        ("two thousand two hundred", 2200),
        ("five", 5),
        ("thirty", 30),
        ("one hundred and fifty", 150),
        ("twenty-five", 25),
        ("one million", 1_000_000),
    ],
)
def test_numbers_in_words(words, value):
    assert words_to_number(words) == value


def test_not_a_number_in_words():
    assert words_to_number("several") is None
    assert parse_number("2,000") == 2000 and parse_number("1 550".replace(" ", "\u202f")) == 1550


@pytest.mark.parametrize(
    "text",
    [
        "2,000–2,500 warheads",
        "2000-2500 warheads",
        "2,000 to 2,500 warheads",
        "between 2,000 and 2,500 warheads",
        "from 2,000 to 2,500 warheads",
        "2,000 — 2,500 warheads",
        "two thousand to two thousand five hundred warheads",
    ],
)
def test_every_range_notation(text):
    found = figures(text)
    assert [(f.low, f.high, f.unit) for f in found] == [(2000, 2500, "warheads")]


@example(low=1900, span=1, notation="{a}-{b}")  # year-like figures followed by a count unit are quantities
@given(
    low=st.integers(100, 9_000),
    span=st.integers(1, 5_000),
    notation=st.sampled_from(["{a:,}–{b:,}", "{a}-{b}", "{a:,} to {b:,}", "between {a:,} and {b:,}"]),
)
def test_ranges_round_trip(low, span, notation):
    high = low + span
    text = "a level of " + notation.format(a=low, b=high) + " strategic warheads"
    found = figures(text)
    assert len(found) == 1 and (found[0].low, found[0].high) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "signed on June 4, 2000 in Moscow",
        "Article 6 of the Treaty",
        "in 1997 and 1999",
        "the G-8 summit",
        "1. The Presidents agree",
        "the 1997-1999 period",
        "by December 31, 2007",
    ],
)
def test_dates_years_and_article_numbers_are_not_figures(text):
    assert figures(text) == []


def test_a_bare_level_counts_warheads_when_the_sentence_speaks_of_them():
    found = figures(
        "Russia is ready to consider 1,500 strategic nuclear warheads, or lower levels; it would consider 1,500."
    )
    assert [f.value for f in found] == [1500, 1500]
    assert figures("The committee will consider 1,500 applications.") == []


def test_deadline_and_proposal_tie_to_the_figure():
    answer = read_text(
        "The sides will establish, by the end of 2007, a ceiling of 2,000-2,500 strategic nuclear warheads.",
        on="1997-03-21",
    )
    (figure,) = answer.figures
    assert figure.deadline == dt.date(2007, 12, 31) and figure.proposal


@pytest.mark.parametrize(
    "text, date, precision",
    [
        ("June 4, 2000", dt.date(2000, 6, 4), "day"),
        ("24 September 1996", dt.date(1996, 9, 24), "day"),
        ("2023-02-21", dt.date(2023, 2, 21), "day"),
        ("in March 1997", dt.date(1997, 3, 1), "month"),
        ("by the end of 2007", dt.date(2007, 12, 31), "year"),
        ("by 2008", dt.date(2008, 1, 1), "year"),
        ("14.04.2000", dt.date(2000, 4, 14), "day"),
        ("on September 9,1996 in New York", dt.date(1996, 9, 9), "day"),
        ("Friday, January 10, 2003", dt.date(2003, 1, 10), "day"),
        ("in Dec. 1985", dt.date(1985, 12, 1), "month"),
    ],
)
def test_dates(text, date, precision):
    (found,) = find_dates(text)
    assert (found.date, found.precision) == (date, precision)


def _figures(text: str, on: str = "2000-01-01") -> list[tuple]:
    from armscontrol.reader import read_text

    return [(f.value, f.low, f.high, f.unit) for f in read_text(text, on).figures]


def test_a_unit_before_the_number_a_lettered_list_and_words_between_number_and_unit():
    assert _figures("the number of warheads for each between 3800 and 4250") == [(None, 3800.0, 4250.0, "warheads")]
    assert _figures("(b) 1200 MIRVed ICBM warheads") == [(1200.0, None, None, "warheads")]
    assert _figures("all six DPRK declared nuclear tests") == [(6.0, None, None, "tests")]
    assert _figures("The six-month period has expired.") == [(6.0, None, None, "months")]


def test_digits_repeating_words_and_model_numbers_are_not_counts():
    assert _figures("within one (1) month") == [(1.0, None, None, "months")]
    assert _figures("the deployment of Mk 41 launchers and SS-18 missiles") == []
    assert _figures("China exploded an atomic bomb at 1500 hours, a nuclear weapons test.") == []
    assert _figures("beyond the 1972 Anti-Ballistic Missile treaty") == []


def test_warheads_by_other_names_count_only_where_strategic_forces_are_spoken_of():
    assert _figures("We propose to reduce strategic nuclear arsenals to 1,500 units each.") == [
        (1500.0, None, None, "warheads")
    ]
    assert _figures("The factory built 1,500 units last year.") == []


def test_a_count_of_states_carries_to_the_numbers_that_follow_it():
    found = _figures("Of the 44 States whose ratification is necessary, 41 have signed and 28 have ratified.")
    assert found == [(44.0, None, None, "states"), (41.0, None, None, "states"), (28.0, None, None, "states")]


def test_the_level_proposed_is_a_proposal_and_the_level_it_is_set_against_is_not():
    from armscontrol.reader import read_text

    text = (
        "We are ready to reduce our strategic offensive arms, on a mutual basis with the USA, "
        "to 1500 nuclear warheads instead of 2000-2500."
    )
    figures = read_text(text, "2000-04-14").figures
    assert [(f.value or f.high, f.proposal) for f in figures] == [(1500.0, True), (2500.0, False)]
