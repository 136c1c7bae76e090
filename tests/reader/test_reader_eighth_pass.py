"""Rules of the reader's eighth pass, each on short invented text: instruments the text does not mention (a name
defined by the bracket after it, a description without its defining words, a ban still to be negotiated), the
statement's date, lists of states with one predicate, and counts whose noun stands elsewhere."""

from __future__ import annotations

import datetime as dt

from armscontrol.reader import read_text
from armscontrol.reader.dates import statement_date


def _ids(text: str, on: dt.date | None = None) -> set[str]:
    return {i.id for i in read_text(text, on=on).instruments}


def test_the_instrument_in_brackets_names_the_treaty_before_it() -> None:
    text = (
        "The future of the Strategic Arms Reduction Treaty (New START) is for Washington to decide. The New "
        "Strategic Arms Reduction Treaty (New START) ended in February."
    )
    assert _ids(text, dt.date(2026, 2, 13)) == {"new-start"}
    # with no bracket, the alias is still the registry's START I
    assert "start-i" in _ids("The Strategic Arms Reduction Treaty was signed in Moscow.", dt.date(1992, 1, 1))


def test_a_description_needs_a_word_of_the_instrument_s_name_and_a_head_that_fits_its_kind() -> None:
    # words of articles' titles only ("Commission", "Energy"), and a pledge is no treaty
    text = (
        "The ministers met under the Treaty to, inter alia, elect the members of the African Commission on Nuclear "
        "Energy and determine its headquarters."
    )
    assert "korea-denuclearization-1992" not in _ids(text, dt.date(2010, 11, 4))
    text = "Russia offered to keep to the treaty for one year after its expiration, provided that others did too."
    assert "new-start-central-limits-pledge" not in _ids(text, dt.date(2026, 2, 3))
    # four clues from the articles' titles still describe (the NPT's Article VI)
    text = (
        "They recalled a treaty on general and complete disarmament under strict and effective international control."
    )
    assert "npt" in _ids(text, dt.date(2010, 3, 30))


def test_a_ban_still_to_be_negotiated_or_of_another_kind_is_not_the_treaty() -> None:
    text = "He renewed an invitation to resume negotiations immediately on a total nuclear test ban."
    assert "ctbt" not in _ids(text, dt.date(1985, 8, 1))
    text = "The declaration stresses completing a universal and verifiable comprehensive nuclear test ban treaty."
    assert "ctbt" not in _ids(text, dt.date(1995, 5, 16))
    text = "Pakistan offered a Regional Test Ban Treaty with India."
    assert _ids(text, dt.date(1998, 6, 12)) == set()
    text = "Beyond any doubt, the nuclear test ban issue comes out on top among the issues of global security."
    assert "ctbt" not in _ids(text, dt.date(2010, 8, 26))
    # the treaty itself, named, stays found
    assert "ctbt" in _ids("The Senate voted on the Comprehensive Test Ban Treaty.", dt.date(1999, 10, 13))
    assert "ctbt" in _ids("India will not sign a CTBT of this kind.", dt.date(1996, 8, 8))


def test_an_official_title_is_not_overruled_by_its_bracket() -> None:
    text = (
        "the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms (START) "
        "was signed in Prague."
    )
    assert _ids(text, dt.date(2023, 2, 9)) == {"new-start"}


def _figures(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.unit) for f in read_text(text, on=dt.date(2010, 1, 1)).figures]


def test_a_count_whose_noun_follows_an_instrument_s_name_or_stands_before_as_them() -> None:
    text = "The five Nuclear Non-Proliferation Treaty (NPT) nuclear-weapon states, or P5, met in Beijing."
    assert _figures(text) == [(5.0, "states")]
    text = "It has been signed by 185 countries and ratified by 170 of them, however it is not in force."
    assert _figures(text) == [(185.0, "states"), (170.0, "states")]
    text = "Eleven other States have ratified it. Four of them (Austria, Japan, Peru and Slovakia) are in its annex."
    assert (4.0, "states") in _figures(text)
    assert _figures("Five of them met in Geneva.") == []  # no count of states before: no noun to borrow


def test_a_state_named_as_the_united_nations_lists_it_continues_the_list() -> None:
    text = (
        "The States that have ratified the CTBT are: Fiji, Japan, Micronesia (Federated States of), Mongolia and Peru."
    )
    answer = read_text(text, on=dt.date(1998, 4, 6))
    assert {c.party for c in answer.claims if c.kind == "ratified"} == {"FJI", "JPN", "FSM", "MNG", "PER"}
    assert "Korea" not in {p.text for p in read_text("Korea held talks.").places}  # ISO's "Korea, ..." names two


def test_a_non_signatory_has_not_signed() -> None:
    text = (
        "Representatives of the States signatories of the Comprehensive Nuclear-Test-Ban Treaty met. The two "
        "non-signatory States were Saudi Arabia and Trinidad and Tobago."
    )
    answer = read_text(text, on=dt.date(2009, 9, 24))
    assert {(c.party, c.kind, c.instrument) for c in answer.claims if c.kind == "not_signed"} == {
        ("SAU", "not_signed", "ctbt"),
        ("TTO", "not_signed", "ctbt"),
    }
    text = "Pakistan said that despite being a non-signatory to the CTBT it kept a moratorium on testing."
    assert ("PAK", "not_signed", "ctbt") in {(c.party, c.kind, c.instrument) for c in read_text(text).claims}


def test_a_description_that_gives_its_own_unknown_acronym_is_another_instrument_s_title() -> None:
    text = (
        "They reaffirmed the Convention on the Prohibition of the Development, Production and Stockpiling of "
        "Bacteriological (Biological) and Toxin Weapons and on their Destruction (BTWC)."
    )
    assert "tpnw" not in _ids(text, dt.date(2023, 8, 24))
    text = "China ratified a protocol to the Treaty on Nuclear-Weapon-Free Zone (NWFZ) in Central Asia."
    assert "semipalatinsk-protocol" in _ids(text, dt.date(2015, 6, 24))  # a zone's acronym, not the instrument's


def test_the_day_of_another_verb_is_not_the_day_of_the_signature() -> None:
    text = "The New START treaty, signed by Russia and the United States in 2010, is set to expire on Feb. 5, 2026."
    claims = read_text(text, on=dt.date(2026, 2, 3)).claims
    assert {(c.party, c.verdict) for c in claims if c.kind == "signed"} == {
        ("RUS", "consistent"),
        ("USA", "consistent"),
    }
    text = "The Treaty was signed by the United States on April 9, 2010."
    claims = read_text(f"New START. {text}", on=dt.date(2012, 1, 1)).claims
    assert [c.verdict for c in claims if c.kind == "signed"] == ["contradicted"]  # a day stated is still judged


def test_a_state_right_before_the_verb_acts_whatever_by_follows() -> None:
    text = (
        "In February 2023, the Russian Federation suspended the New START Treaty due to the unacceptable steps by "
        "the United States."
    )
    claims = read_text(text, on=dt.date(2026, 2, 4)).claims
    assert [(c.party, c.kind) for c in claims] == [("RUS", "suspended")]
    text = "The New START Treaty was signed by the United States and Russia in Prague."
    assert {c.party for c in read_text(text, on=dt.date(2011, 1, 1)).claims} == {"USA", "RUS"}


def _day(text: str) -> dt.date | None:
    found = statement_date(text)
    return found.date if found else None


def test_a_statement_number_with_its_day_and_a_stamp_with_on_and_a_colon_are_read() -> None:
    text = (
        "136-04-02-2026, The Ministry of Foreign Affairs of the Russian Federation\n"
        "On February 5, 2026, the treaty finally comes to an end; it was signed by the parties in 2010."
    )
    assert _day(text) == dt.date(2026, 2, 4)
    assert 136.0 not in [f.value for f in read_text(text).figures]
    text = "United Nations Press Release\n\nThe Secretary-General commends the States that ratified.\n\nPublished on: 10/27/2020"
    assert _day(text) == dt.date(2020, 10, 27)
    assert _day("A note\n\nWe met and talked at length about the treaty and its future.") is None  # none: not read


def test_a_zone_treaty_named_is_its_zone_and_a_zone_treaty_of_no_region_is_no_misspelling() -> None:
    answer = read_text("The States Parties to the Treaty of Pelindaba met in Addis Ababa.", on=dt.date(2010, 11, 5))
    assert [(p.kind, p.code) for p in answer.places if p.kind == "zone"] == [("zone", "pelindaba")]
    text = "Foreign Secretary statement on Nuclear Weapon Free Zone Treaty"
    answer = read_text(text, on=dt.date(2011, 11, 29))
    assert answer.instruments == [] and [p for p in answer.places if p.kind == "zone"] == []
