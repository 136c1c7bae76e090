"""Rules of the reader's fifth pass, each on short invented text: lists of states in more forms, ranks, standing
as a party, participles after a name."""

from __future__ import annotations


def _claims(text: str, on: str = "2019-06-01") -> set[tuple[str, str | None, str | None]]:
    from armscontrol.reader import read_text

    return {(c.kind, c.party, c.instrument) for c in read_text(text, on).claims}


def _verdicts(text: str, on: str) -> dict[tuple[str, str | None, str | None], str]:
    from armscontrol.reader import read_text

    return {(c.kind, c.party, c.instrument): c.verdict for c in read_text(text, on).claims}


def test_states_excepted_from_a_whole_group_take_the_opposite_claim() -> None:
    text = "The CTBT is not in force. Every one of the listed states has signed it except India, Pakistan and the DPRK."
    found = _claims(text)
    assert {("not_signed", c, "ctbt") for c in ("IND", "PAK", "PRK")} <= found
    assert not any(k == "signed" for k, _, _ in found)  # the group's own act names no state
    text = "The CTBT is not in force. All the other countries have ratified, with the exception of Egypt and Iran."
    assert {("not_ratified", "EGY", "ctbt"), ("not_ratified", "IRN", "ctbt")} <= _claims(text)


def test_all_but_a_list_before_the_cue() -> None:
    text = "The CTBT opened for signature in 1996. All States but India and Pakistan have signed the Treaty."
    found = _claims(text)
    assert {("not_signed", "IND", "ctbt"), ("not_signed", "PAK", "ctbt")} <= found


def test_an_exception_needs_a_whole_group_as_subject() -> None:
    text = "France ratified the CTBT in 1998, except that no text was published."
    assert ("ratified", "FRA", "ctbt") in _claims(text)


def test_a_list_after_a_group_noun_after_by_with_namely_or_a_colon() -> None:
    text = (
        "The Treaty of Pelindaba has been ratified by several African Union members in the first years, namely "
        "Algeria, Mali and South Africa."
    )
    found = _claims(text, "2010-01-01")
    assert {("ratified", c, "pelindaba") for c in ("DZA", "MLI", "ZAF")} <= found
    text = "The Treaty of Bangkok was ratified by the following nations: Viet Nam; Thailand; and Myanmar."
    found = _claims(text, "2010-01-01")
    assert {("ratified", c, "bangkok") for c in ("VNM", "THA", "MMR")} <= found


def test_signed_on_behalf_of_a_list() -> None:
    text = "The Outer Space Treaty, done in 1967, was signed in London on behalf of the United Kingdom and Japan."
    found = _claims(text, "1968-01-01")
    assert {("signed", "GBR", "outer-space-treaty"), ("signed", "JPN", "outer-space-treaty")} <= found


def test_an_abbreviation_in_parentheses_stays_one_item_of_a_list() -> None:
    text = (
        "The four states that have yet to ratify the CTBT are the Democratic People's Republic of Korea (DPRK), "
        "the Islamic Republic of Iran (Iran), Egypt and Israel."
    )
    found = _claims(text)
    assert {("not_ratified", c, "ctbt") for c in ("PRK", "IRN", "EGY", "ISR")} <= found


def test_an_adverbial_between_a_group_cue_and_its_list() -> None:
    text = (
        "The CTBT is not in force. The three countries that have yet to sign among this group are India and Pakistan."
    )
    assert {("not_signed", "IND", "ctbt"), ("not_signed", "PAK", "ctbt")} <= _claims(text)


def test_joined_only_with_the_instrument_as_its_object() -> None:
    text = "Kiribati, Japan and Palau joined the Forum after the establishment of the Treaty of Rarotonga."
    assert not any(k == "ratified" for k, _, _ in _claims(text, "2010-01-01"))
    assert ("ratified", "KIR", "rarotonga") in _claims("Kiribati joined the Treaty of Rarotonga.", "2010-01-01")


def test_a_rank_among_ratifying_states_is_a_fact() -> None:
    text = "The CTBT needs 44 states. Ghana became the 156th ratifying state."
    assert ("ratified", "GHA", "ctbt") in _claims(text, "2012-01-01")
    text = "The NPT was opened for signature in 1968. Ireland was the first nation to sign it."
    assert ("signed", "IRL", "npt") in _claims(text, "1970-01-01")
    text = "The CTBT is not in force. Thailand may be the next country to ratify."
    assert not any(k == "ratified" for k, _, _ in _claims(text))


def test_becoming_a_party_with_words_between_and_as_a_party() -> None:
    text = "Viet Nam became a non-nuclear-weapon State party to the NPT in 1982."
    assert ("ratified", "VNM", "npt") in _claims(text, "1990-01-01")
    text = "As a State party to the NPT, France observes its obligations."
    assert ("bound", "FRA", "npt") in _claims(text, "2000-01-01")
    assert not any(k == "ratified" for k, _, _ in _claims(text, "2000-01-01"))


def test_an_anniversary_of_the_entry_into_force_is_its_entry_into_force() -> None:
    text = "Today is the fortieth anniversary of the entry into force of the NPT."
    assert ("in_force", None, "npt") in _claims(text, "2010-03-05")


def test_a_participle_right_after_a_name_and_its_abbreviation_describes_it() -> None:
    text = (
        "Two treaties between the United States and the Soviet Union, the Threshold Test Ban Treaty (TTBT) signed in "
        "Moscow on July 3, 1974, and the Peaceful Nuclear Explosions Treaty (PNET) signed in Moscow on May 28, 1976, "
        "await the Senate."
    )
    verdicts = _verdicts(text, "1987-01-13")
    for party in ("USA", "SUN"):
        assert verdicts[("signed", party, "ttbt")] == "consistent"
        assert verdicts[("signed", party, "pne-treaty")] == "consistent"


def test_a_description_running_through_its_cue() -> None:
    text = (
        "I transmit a copy of the Treaty banning nuclear weapon tests in the atmosphere, in outer space and "
        "underwater, signed at Moscow on August 5, 1963, on behalf of the United States and the Soviet Union."
    )
    found = _claims(text, "1963-08-08")
    assert {("signed", "USA", "ptbt"), ("signed", "SUN", "ptbt")} <= found


def _day(text: str):  # noqa: ANN202
    from armscontrol.reader.dates import statement_date

    found = statement_date(text)
    return found.date if found else None


def test_a_date_alone_on_the_last_line_dates_the_page() -> None:
    import datetime as dt

    text = "Final statement\n\nThe ministers met in Geneva on 3 and 4 May 2011 to promote the Treaty.\n4 May 2011"
    assert _day(text) == dt.date(2011, 5, 4)
    assert _day("Heading\n\nText of the page.\n12 Oct 2004") == dt.date(2004, 10, 12)


def test_a_day_reported_without_its_year_takes_the_reports_year() -> None:
    import datetime as dt

    text = "Release\n\nJanuary 3, 2015\n\nThe Minister said at a meeting in Minsk, on December 28, that talks go on."
    assert _day(text) == dt.date(2014, 12, 28)


def test_days_of_announced_and_earlier_events_are_not_the_statements() -> None:
    assert _day("Heading\n\nOn March 1, 2031, the treaty will enter into force. The states welcomed it.") is None
    text = (
        "Heading\n\nOn June 2, 2004, in Oslo, the Minister presented a plan.\n\nToday, the ministers endorsed the plan."
    )
    assert _day(text) is None
    assert _day("Heading\n\nThe moratorium, which expired on December 31, 1985, is extended.") is None


def test_work_under_way_or_opening_is_no_fact() -> None:
    text = (
        "Fiji said it is in the process of formally ratifying the CTBT; Chile has started the process of ratifying it."
    )
    assert not any(k == "ratified" for k, _, _ in _claims(text, "2010-05-25"))
    text = "The Soviet Union notes with satisfaction that today begins the signing of the NPT."
    assert not any(k == "signed" for k, _, _ in _claims(text, "1968-07-01"))
    assert ("extended", None, "new-start") in _claims("New START extended for five years.", "2021-02-03")


def _figures(text: str) -> set[tuple[float | None, str | None]]:
    from armscontrol.reader import read_text

    return {(f.value, f.unit) for f in read_text(text, "2020-01-01").figures}


def test_fractions_of_a_century_are_years() -> None:
    assert (25.0, "years") in _figures("For a quarter of a century the talks were stalled.")
    assert (50.0, "years") in _figures("In over half a century the Treaty has grown.")


def test_a_part_and_its_whole_are_two_figures() -> None:
    assert _figures("Seven of the region's twelve States have signed the Treaty.") == {
        (7.0, "states"),
        (12.0, "states"),
    }
    assert _figures("Nine of the ten ASEAN countries have ratified.") == {(9.0, "states"), (10.0, "states")}


def test_counts_of_members_and_signatories_and_the_noun_left_out() -> None:
    assert (13.0, "states") in _figures("The Treaty has been ratified by 13 Forum members.")
    assert (150.0, "states") in _figures("The Treaty has 150 signatories.")
    assert (120.0, "states") in _figures("with 150 States having signed and 120 having ratified.")
    assert (90.0, "states") in _figures("It has been signed by 100 states and ratified in 90 ones.")
    assert not any(u == "states" for _, u in _figures("Some 100 members of Congress objected."))


def test_neither_of_which_has_been_ratified_speaks_of_each_side_of_each_bilateral_treaty() -> None:
    text = "The TTBT of 1974 and the PNET of 1976, neither of which has been ratified, will be discussed."
    found = _claims(text, "1988-01-01")
    assert {("not_ratified", p, i) for p in ("USA", "SUN") for i in ("ttbt", "pne-treaty")} <= found


def test_a_gerund_takes_the_clauses_subject() -> None:
    text = "Thailand signed the CTBT in 1996. It showed its support by ratifying in 1997 the Treaty of Bangkok."
    assert ("ratified", "THA", "bangkok") in _claims(text, "2000-01-01")


def test_the_treaty_is_the_passages_instrument_after_one_named_in_passing() -> None:
    text = (
        "Ghana ratified the CTBT. The CTBT bans all tests. Ghana signed the CTBT in 1996. It also showed its support "
        "by ratifying the Treaty of Pelindaba. Adherence to the Treaty is nearly universal."
    )
    from armscontrol.reader import read_text

    answer = read_text(text, "2012-01-01")
    last = max((m for i in answer.instruments for m in i.mentions), key=lambda m: m.start)
    assert last.text == "the Treaty" and any(last in i.mentions for i in answer.instruments if i.id == "ctbt")


def test_a_treaty_not_enacted_and_a_state_raised_from_a_signatory() -> None:
    assert ("not_in_force", None, "ctbt") in _claims("The CTBT has not been enacted so far.")
    text = "The deposit raises the status of Chile from a signatory State to a party to the CTBT."
    assert ("signed", "CHL", "ctbt") in _claims(text, "2000-09-01")


def test_the_relevant_protocols_of_the_treaty_named_last() -> None:
    from armscontrol.reader import read_text

    text = (
        "The Treaty of Rarotonga was signed in 1985. The nuclear-weapon States signed the relevant protocols to the "
        "Treaty, and others are asked to ratify the Treaty's relevant protocols."
    )
    ids = {i.id for i in read_text(text, "1990-01-01").instruments}
    # said of the nuclear-weapon states, the protocols open to all of them (Protocol 1 is only for the states with
    # territories in the zone: the fourteenth pass)
    assert {"rarotonga-protocol-2", "rarotonga-protocol-3"} <= ids
    assert "rarotonga-protocol-1" not in ids
    ids = {i.id for i in read_text(text.replace("The nuclear-weapon States", "France"), "1990-01-01").instruments}
    assert {"rarotonga-protocol-1", "rarotonga-protocol-2", "rarotonga-protocol-3"} <= ids


def test_the_treaty_followed_by_will_is_no_description() -> None:
    from armscontrol.reader import read_text

    text = "Chile ratified the CTBT. Its ratification of the Treaty will bring to 150 the number of countries bound by the ban on all nuclear explosions."
    assert {i.id for i in read_text(text, "2000-09-01").instruments} == {"ctbt"}


def test_united_states_is_no_count_of_states() -> None:
    assert _figures("Two Treaties Limiting Soviet-United States Nuclear Testing were signed.") == set()
    assert (2.0, "states") in _figures("Two more states have signed.")


def test_a_legislature_that_has_not_acted_on_the_treaties_named_before() -> None:
    text = (
        "To the Senate of the United States:\n\nThe TTBT and the PNET were sent to the Senate in 1976. Although "
        "hearings were held, the Senate itself has not acted on the treaties."
    )
    verdicts = _verdicts(text, "1987-01-13")
    assert verdicts[("not_ratified", "USA", "ttbt")] == "consistent"
    assert verdicts[("not_ratified", "USA", "pne-treaty")] == "consistent"
    assert not _claims("The TTBT and the PNET are old. The committee has not acted on the treaties.", "1987-01-13")


def test_a_legislature_signs_nothing() -> None:
    text = (
        "To the Senate of the United States:\n\nI transmit, for the advice and consent of the Senate to ratification, "
        "the SALT II Treaty and its Protocol, both signed in Vienna on June 18, 1979."
    )
    assert not any(k == "signed" for k, _, _ in _claims(text, "1979-06-22"))


def test_names_outside_the_registry_do_not_resolve_and_numbers_that_are_no_figures() -> None:
    from armscontrol.reader import read_text

    text = (
        "The 1925 Geneva Protocol bans the use of gas. States should sign the IAEA Additional Protocol, the CWC and "
        "the BTWC, and start talks on a Fissile Material Cut-off Treaty. The NPT is in force."
    )
    assert {i.id for i in read_text(text, "2010-01-01").instruments} == {"npt"}
    text = (
        "The Senate acted under P.L. 99-145 and Section 1003 at 12:30 PM on the 166th day; see page 12 of the 94th "
        "Cong., 2d Sess. report."
    )
    assert _figures(text) == set()
