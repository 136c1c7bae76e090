"""Rules of the reader's sixth pass, each on short invented text: instruments named as their texts name them
(protocols by every name of their treaty and of its zone's region, zone treaties by region, misspelt acronyms), the
speaker's "we", negatives, counts of states with the noun left out, and dates without a year."""

from __future__ import annotations

import datetime as dt

import pytest

from armscontrol.reader import read_text
from armscontrol.reader.names import find_names


def _ids(text: str, on: str = "2015-06-01") -> set[str]:
    return {i.id for i in read_text(text, on).instruments}


def _claims(text: str, on: str = "2015-06-01") -> set[tuple[str, str | None, str | None]]:
    return {(c.kind, c.party, c.instrument) for c in read_text(text, on).claims}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the Protocol to Central Asian Nuclear-Weapon-Free Zone Treaty", ("semipalatinsk-protocol",)),
        (
            "Additional Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
            ("semipalatinsk-protocol",),
        ),
        (
            "the Protocol on Security Assurances to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
            ("semipalatinsk-protocol",),
        ),
        ("the Protocol to the Nuclear-Weapon-Free Zone in Central Asia", ("semipalatinsk-protocol",)),
        ("a protocol to the Treaty on a Nuclear Free Zone in Southeast Asia", ("bangkok-protocol",)),
        ("the revised Protocol to the Southeast Asian Nuclear Weapon Free Zone Treaty", ("bangkok-protocol",)),
        ("the Semipalatinsk Treaty Protocol", ("semipalatinsk-protocol",)),
        ("Protocol II to the Treaty of Tlatelolco", ("tlatelolco-protocol-ii",)),
        ("the Rarotonga Treaty Protocol 3", ("rarotonga-protocol-3",)),
        ("Protocols I and II to the Treaty of Pelindaba", ("pelindaba-protocol-i", "pelindaba-protocol-ii")),
        (
            "the Protocols to the South Pacific Nuclear Free Zone Treaty",
            ("rarotonga-protocol-1", "rarotonga-protocol-2", "rarotonga-protocol-3"),
        ),
    ],
)
def test_a_protocol_by_any_name_of_its_treaty_or_zone(name: str, expected: tuple[str, ...]) -> None:
    found = find_names(name, dt.date(2015, 6, 1))
    assert len(found) == 1  # the protocol's name, longest first: not the treaty inside it
    assert set(found[0].ids) == set(expected)


def test_a_zone_treaty_by_its_region_and_nuclear_free_for_nuclear_weapon_free() -> None:
    found = find_names("the Treaty on a Nuclear Free Zone in South East Asia", dt.date(2015, 6, 1))
    assert [m.ids for m in found] == [("bangkok",)]
    found = find_names("the Central Asia Nuclear-Weapons-Free Zone Treaty", dt.date(2015, 6, 1))
    assert [m.ids for m in found] == [("semipalatinsk",)]


def test_an_acronym_with_two_letters_swapped_is_the_registry_s() -> None:
    found = find_names("25 years after the SEANFWZ Treaty Protocol was opened", dt.date(2023, 7, 11))
    assert [(m.ids, m.how) for m in found] == [(("bangkok-protocol",), "misspelt")]
    assert find_names("the SEANFWZX Treaty", dt.date(2023, 7, 11)) == []  # not one swap: no guess


def test_a_zone_inside_a_protocol_s_name_is_a_place() -> None:
    answer = read_text(
        "Russia ratified the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia.", "2015-06-01"
    )
    assert {i.id for i in answer.instruments} == {"semipalatinsk-protocol"}
    assert "semipalatinsk" in {p.code for p in answer.places if p.kind == "zone"}
    assert ("ratified", "RUS", "semipalatinsk-protocol") in _claims(
        "Russia ratified the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia."
    )


def test_protocols_of_the_treaties_over_a_list_of_regions() -> None:
    text = (
        "The United States has signed the Protocols to the treaties establishing regional nuclear weapon free zones in "
        "Latin America and the Caribbean, Africa, and the South Pacific."
    )
    found = _ids(text, "2014-05-06")
    assert {"tlatelolco-protocol-i", "tlatelolco-protocol-ii", "pelindaba-protocol-i", "rarotonga-protocol-2"} <= found
    claims = _claims(text, "2014-05-06")
    assert ("signed", "USA", "pelindaba-protocol-ii") in claims
    # one name for several protocols is read with the data: the United States is recorded in neither Protocol III
    assert ("signed", "USA", "pelindaba-protocol-iii") not in claims


def test_zone_treaties_named_by_their_regions_in_a_list() -> None:
    text = "The Treaty of Tlatelolco inspired the four other NWFZ treaties in Africa, Central Asia, Southeast Asia and the South Pacific."
    assert {"tlatelolco", "pelindaba", "semipalatinsk", "bangkok", "rarotonga"} <= _ids(text, "2010-01-01")


def test_a_group_after_a_participle_is_no_state() -> None:
    text = (
        "The five nuclear powers signed the Protocol to the Treaty of Semipalatinsk. By signing the protocol the five "
        "nuclear powers expressed their support to the efforts of Kazakhstan and Kyrgyzstan."
    )
    found = _claims(text, "2014-05-06")
    assert ("signed", "KAZ", "semipalatinsk-protocol") not in found
    assert ("signed", "RUS", "start-i") in _claims("Having signed START in 1991, Russia ratified it.", "1995-01-01")


def test_negatives_in_general() -> None:
    text = "The CTBT opened for signature in 1996. Of the 44 states, 3 (India, Pakistan and North Korea) have not yet signed."
    assert {("not_signed", c, "ctbt") for c in ("IND", "PAK", "PRK")} <= _claims(text, "1998-04-06")
    text = (
        "Many states adhere to the CTBT. Only two more countries, Cuba and Dominica, still need to ratify before all "
        "countries of the zone established by the Treaty of Tlatelolco adhere to it."
    )
    found = _claims(text, "2012-01-20")
    assert {("not_ratified", "CUB", "ctbt"), ("not_ratified", "DMA", "ctbt")} <= found
    assert not any(i == "tlatelolco" for _, _, i in found)  # the subordinate clause's object is not the cue's
    text = "The US Senate dealt the President a blow on October 13th by rejecting the CTBT."
    assert ("not_ratified", "USA", "ctbt") in _claims(text, "1999-11-17")


def test_not_a_single_state_has_signed_and_open_for_signature() -> None:
    text = "The SEANWFZ Treaty Protocol is open for signature by the five nuclear weapons states: China, Russia and France."
    assert not any(k == "signed" for k, _, _ in _claims(text, "2023-07-11"))
    text = "Not one of India, Pakistan and Israel has signed the NPT."
    found = _claims(text, "2023-07-11")
    assert {("not_signed", c, "npt") for c in ("IND", "PAK", "ISR")} <= found
    assert not any(k == "signed" for k, _, _ in found)
    assert ("signed", "RUS", "npt") in _claims("There is no doubt that Russia has signed the NPT.", "2023-07-11")


def test_a_joint_statement_s_authors_are_its_we() -> None:
    text = (
        "Joint Statement by France and the United Kingdom, on an anniversary\n\n"
        "Our two countries signed the CTBT when it opened for signature on 26 September 1996."
    )
    answer = read_text(text, "2023-04-06")
    found = {(c.kind, c.party, c.instrument): c.verdict for c in answer.claims}
    # the day is the subordinate clause's (the opening), not the signature's: no day to contradict
    assert found == {("signed", "FRA", "ctbt"): "consistent", ("signed", "GBR", "ctbt"): "consistent"}


def test_a_heading_in_capitals_names_the_speaker_and_with_names_a_partner() -> None:
    text = (
        "UK STATEMENT TO THE CONFERENCE\n\n"
        "With France, we became the first of the nuclear weapons states to ratify the CTBT, in April 1998."
    )
    assert {("ratified", "GBR", "ctbt"), ("ratified", "FRA", "ctbt")} <= _claims(text, "1999-10-07")
    text = "UK STATEMENT TO THE CONFERENCE\n\nWe were able to ratify the CTBT jointly with France."
    assert {("ratified", "GBR", "ctbt"), ("ratified", "FRA", "ctbt")} <= _claims(text, "1999-10-07")


def test_as_one_of_the_first_to_sign_names_the_subject_after_it() -> None:
    text = "China supports the CTBT.\n\nAs one of the first countries to sign the treaty, China will go on cooperating."
    assert ("signed", "CHN", "ctbt") in _claims(text, "2009-09-24")


def test_a_dateline_without_a_year_takes_the_source_record_s_year() -> None:
    text = "Protocol needs to be ratified - Ryabkov\n\nMOSCOW, April 13. /TASS/. Russia deems it correct to ratify it."
    assert read_text(text).date_source == "not_read"  # no year anywhere: said so, not guessed
    answer = read_text(text, source_date="2015-04-13")
    assert (answer.date, answer.date_source) == (dt.date(2015, 4, 13), "text")
    text = "BALI, Indonesia, Nov. 16 (Xinhua) -- The ASEAN Foreign Ministers agreed on the proposal."
    assert read_text(text, source_date=dt.date(2011, 11, 17)).date == dt.date(2011, 11, 16)


def test_a_quotation_s_attribution_dates_the_statement() -> None:
    text = (
        "At the opening of the Commission meeting, the minister spoke.\n"
        '"However, 25 years after the signing of the Protocol, not a single state has signed it," said Retno, '
        "Tuesday, July 11, 2023.\nThe Treaty was signed in December 1995."
    )
    assert read_text(text).date == dt.date(2023, 7, 11)


def test_a_date_at_the_foot_dates_the_page() -> None:
    text = "Press statement\n\nThe Government has taken note of the tests.\n\nNew Delhi\nMay 30, 1998"
    assert read_text(text).date == dt.date(1998, 5, 30)
    text = "Press statement\n\nThe Government has taken note of the tests.\n\nNew Delhi, May 30, 1998"
    assert read_text(text).date == dt.date(1998, 5, 30)
    text = "Press statement\n\nThe Government has taken note of the tests signed on May 30, 1998"
    assert read_text(text).date_source == "not_read"  # a date in the last sentence's prose is an event's


def test_a_bad_source_date_is_a_clear_error() -> None:
    from armscontrol.errors import UserError

    with pytest.raises(UserError, match="--source-date"):
        read_text("MOSCOW, April 13. /TASS/. Text.", source_date="13 April")


def _figures(text: str, on: str = "2015-06-01") -> list[tuple[float | None, str | None]]:
    return [(f.value, f.unit) for f in read_text(text, on).figures]


def test_counts_of_states_by_other_nouns_and_once_each() -> None:
    text = (
        "Last May five nuclear powers had signed the protocol. By signing it, the five nuclear powers gave assurances."
    )
    assert _figures(text) == [(5.0, "states")]  # the same group said again is one count
    text = "The Protocol is open for signature by the five nuclear weapons states: China, Russia, the United States, Britain and France."
    assert _figures(text) == [(5.0, "states")]  # "weapons" modifies the states counted: no warheads


def test_times_ordinals_and_ranks_are_no_counts() -> None:
    text = "China supports early entry into force\nUpdated: 2009-09-25 14:47\nIt is the 50th year of the NPT for 190 states."
    assert _figures(text) == [(190.0, "states")]
    text = "China will be the first of five countries to express willingness to sign the protocol."
    assert _figures(text) == [(5.0, "states")]


def test_a_name_that_modifies_a_meeting_is_not_what_it_refers_back_to() -> None:
    text = (
        "Russia wants to ratify the Protocol to the Treaty of Semipalatinsk before the NPT conference. Last May the "
        "nuclear powers signed the protocol to the treaty. Britain and France have already ratified it."
    )
    found = _claims(text, "2015-04-13")
    assert {("ratified", "GBR", "semipalatinsk-protocol"), ("ratified", "FRA", "semipalatinsk-protocol")} <= found
    assert not any(i == "npt" for _, _, i in found)


def test_a_signature_performed_as_it_is_said() -> None:
    text = (
        "Remarks\nAS PREPARED\nOn behalf of the United States of America, I am very pleased to sign the Protocol to "
        "the Treaty on a Nuclear-Weapon-Free Zone in Central Asia."
    )
    # "AS PREPARED", the page's furniture, is no intention
    assert ("signed", "USA", "semipalatinsk-protocol") in _claims(text, "2014-05-06")
    text = "The United States is prepared to sign the revised Protocol to the Southeast Asia Nuclear Weapon Free Zone Treaty."
    # a readiness to sign is no signature: on its day the state has not signed (the twenty-second pass reads that
    # standing, true and judged so, never the signature)
    assert _claims(text, "2014-05-06") == {("not_signed", "USA", "bangkok-protocol")}


def test_as_parties_to_a_treaty_before_a_list_of_states() -> None:
    text = "As Parties to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT), China, France and Russia met in Washington."
    found = _claims(text, "2016-09-15")
    assert {("bound", c, "npt") for c in ("CHN", "FRA", "RUS")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "A process for P5 (China, France, Russia, the UK and US) signature of the Protocol to the Bangkok Treaty has "
        "now been agreed.",
        "The talks settled all issues related to P5 signature of the Protocol to the Bangkok Treaty.",
        "Preparations towards Russia's ratification of the CTBT have begun.",
    ],
)
def test_a_signature_or_ratification_named_as_an_act_ahead_is_no_claim(text):
    """A nominal act governed by "for", "related to", "towards": prospective, never judged as done."""
    answer = read_text(text, on="2011-11-29")
    assert [(c.kind, c.party) for c in answer.claims if c.kind in ("signed", "ratified")] == []


def test_a_signature_named_as_an_act_done_is_still_a_claim():
    answer = read_text("France's signature of the Protocol to the Bangkok Treaty was a step forward.", on="2011-11-29")
    assert ("signed", "FRA") in [(c.kind, c.party) for c in answer.claims]
