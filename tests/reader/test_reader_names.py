"""Names matched on word boundaries, longest first, in the spellings the registry implies; descriptions; protocols and
their treaties."""

from __future__ import annotations

import pytest

from armscontrol.reader import read_text


def ids(text: str, on: str) -> list[str]:
    return [i.id for i in read_text(text, on).instruments]


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("President Kennedy announced the Nuclear Test Ban Treaty in 1963.", "1968-07-09", ["ptbt"]),
        ("This pen brought the limited test-ban Treaty to life.", "1996-09-24", ["ptbt"]),
        ("Russia revoked its ratification of the Nuclear-Test-Ban Treaty.", "2023-11-02", ["ctbt"]),
        ("We signed the Comprehensive Test-Ban Treaty (CTBT) today.", "1996-09-24", ["ctbt"]),
        (
            "Both sides recalled the Joint Declaration of the Denuclearization of the Korean Peninsula.",
            "2018-04-27",
            ["korea-denuclearization-1992"],
        ),
        ("The decision to extend indefinitely the Nuclear NonProliferation Treaty was taken.", "1995-05-11", ["npt"]),
        (
            "The United States left the Treaty on the Elimination of Intermediate-Range and Shorter-Range Missiles.",
            "2019-08-05",
            ["inf"],
        ),
        ("The Start II treaty and the START-III talks.", "1999-01-01", ["start-ii", "helsinki-framework"]),
    ],
)
def test_a_name_is_found_in_its_variants_and_never_inside_a_longer_title(text, on, expected):
    assert ids(text, on) == expected


def test_a_title_word_is_not_a_name_and_an_acronym_counts_only_in_capitals():
    assert ids("It was a new start for relations; we sort the files.", "2010-01-01") == []


def test_the_treaty_after_its_protocol_is_the_treaty_and_the_protocol_after_its_treaty_is_the_protocol():
    text = (
        "The Secretary-General welcomes the signing of the Protocol to the Treaty on Nuclear-Weapon-Free Zone in "
        "Central Asia. "
        "When the Treaty entered into force on 21 March 2009, it created a zone."
    )
    answer = read_text(text, "2014-05-06")
    treaty = next(i for i in answer.instruments if i.id == "semipalatinsk")
    assert [m.text for m in treaty.mentions] == ["the Treaty"]
    lisbon = (
        "Implementation of the START Treaty would have been impossible without efforts of Belarus, Kazakhstan and "
        "Ukraine "
        "in accordance with the Protocol to the Treaty, signed on May 23, 1992 in Lisbon."
    )
    assert "lisbon-protocol" in ids(lisbon, "2009-12-04")


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        (
            "Negotiations were concluded in Moscow on a treaty to ban all nuclear tests in the atmosphere, in outer "
            "space, and under water.",
            "1963-07-26",
            ["ptbt"],
        ),
        ("We have concluded the treaty creating a nuclear-free zone in Latin America.", "1968-07-01", ["tlatelolco"]),
        (
            "President Putin and I have signed a treaty that will reduce our strategic nuclear warhead arsenals to "
            "the range of 1,700 to 2,200.",
            "2002-05-24",
            ["sort"],
        ),
        (
            "The Duma ratified the package agreements on antimissile defence of 1997.",
            "2000-04-14",
            ["abm-demarcation-1997", "abm-succession-1997"],
        ),
    ],
)
def test_an_instrument_described_by_what_it_does_is_found(text, on, expected):
    assert sorted(ids(text, on)) == sorted(expected)


def test_a_vague_description_names_nothing():
    assert ids("We welcome the Treaty that prevents the spread of nuclear weapons.", "2020-01-01") == []


def test_this_agreement_and_the_protocol_refer_back_to_an_instrument_of_their_kind():
    text = (
        "The parties recalled the Lisbon Protocol and the Launch Notification Agreement. "
        "This agreement requires notice of launches; the Protocol made four states parties."
    )
    answer = read_text(text, "2000-01-01")
    mentions = {i.id: [m.text for m in i.mentions] for i in answer.instruments}
    assert "This agreement" in mentions["launch-notification-1988"]
    assert "the Protocol" in mentions["lisbon-protocol"]
