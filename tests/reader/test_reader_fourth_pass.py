"""Rules of the reader's fourth pass, each on short invented text: dates, lists of states, leaders, places."""

from __future__ import annotations

import datetime as dt

from armscontrol.reader.dates import find_dates, statement_date


def _day(text: str) -> dt.date | None:
    found = statement_date(text)
    return found.date if found else None


def test_numeric_dates_month_first_and_two_digit_years() -> None:
    assert [d.date for d in find_dates("5/15/2023 09:00 PM EDT")] == [dt.date(2023, 5, 15)]
    assert [d.date for d in find_dates("DATE:08/24/92")] == [dt.date(1992, 8, 24)]
    assert [d.date for d in find_dates("on 24/08/1992")] == [
        dt.date(1992, 8, 24)
    ]  # day first where the first exceeds 12


def test_dateline_without_year_takes_the_release_year_and_wins_over_the_release_date() -> None:
    text = "11 September 2006\n\nHeading\n\nNEW YORK, 8 September (UN Headquarters) -- Following is the message."
    assert _day(text) == dt.date(2006, 9, 8)
    assert _day("Press Release SG/SM/6326, 15 September\nConference, 14-16 September 1997") == dt.date(1997, 9, 15)


def test_event_days_and_range_ends_are_not_the_statement_date() -> None:
    assert _day("Ghana has ratified the Treaty.\n\nGhana signed the CTBT on 3 October 1996.") is None
    assert _day("A conference, 14-16 September 1997, met.") is None
    assert _day("Statement issued on 1 March 2021.\nText.") == dt.date(2021, 3, 1)


def _codes(text: str) -> list[str]:
    from armscontrol.reader.mentions import find_states, pipeline

    return [s.code for s in find_states(pipeline()(text))]


def test_former_names_and_unhyphenated_variants_are_states() -> None:
    assert _codes("Byelorussia, Byelarus, Guinea Bissau and Swaziland") == ["BLR", "BLR", "GNB", "SWZ"]


def test_regions_and_continents_are_no_states() -> None:
    assert _codes("Latin America and Central America, with Antarctica") == []
    assert _codes("the United Nations and the United Mexican States") == ["MEX"]
    assert _codes("America and Russia") == ["USA", "RUS"]


def test_each_region_of_a_list_after_such_zones() -> None:
    from armscontrol.reader.mentions import find_zones

    text = "Several parts of the world have established such zones, including Latin America and the Caribbean, the South Pacific and Africa."
    assert {z.instrument for z in find_zones(text)} == {"tlatelolco", "rarotonga", "pelindaba"}


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    from armscontrol.reader import read_text

    return {(c.kind, c.party, c.instrument) for c in read_text(text).claims}


def test_a_group_subject_takes_the_states_it_lists_in_parentheses_or_after_are() -> None:
    text = (
        "Statement of 15 June 2011.\n\nGhana has ratified the CTBT. In Africa, only two countries have yet to sign "
        "the Treaty "
        "(Mauritius and Somalia), whereas 12 countries have yet to ratify (Angola, Congo (Republic of) and Chad). "
        "The remaining eight Annex 2 States that have yet to ratify are China, India and the United States of America."
    )
    claims = _claims(text)
    assert {("not_signed", "MUS", "ctbt"), ("not_signed", "SOM", "ctbt")} <= claims
    assert {("not_ratified", code, "ctbt") for code in ("AGO", "COG", "TCD", "CHN", "IND", "USA")} <= claims
    assert ("not_ratified", "MUS", "ctbt") not in claims  # the earlier list is not the later group's subject


def test_a_bulleted_list_after_a_colon() -> None:
    text = "Statement of 1 June 2012.\n\nThe following States have ratified the CTBT:\n- France;\n- Japan;\n- Mexico."
    assert {("ratified", code, "ctbt") for code in ("FRA", "JPN", "MEX")} <= _claims(text)


def test_a_group_with_including_and_no_list_names_no_earlier_state() -> None:
    text = "Statement of 24 September 1998.\n\nThe United States signed first. Since then, 150 states have signed the CTBT, including Russia and China."
    claims = _claims(text)
    assert {("signed", "RUS", "ctbt"), ("signed", "CHN", "ctbt")} <= claims


def test_leaders_by_office_and_name_resolve_through_the_text_or_the_speaker() -> None:
    text = (
        "The White House, Office of the Press Secretary\nJuly 3, 1974\n\nPresident Richard M. Nixon and General "
        "Secretary of the Communist Party of the Soviet "
        "Union Leonid Brezhnev signed the Threshold Test Ban Treaty in Moscow."
    )
    assert {("signed", "USA", "ttbt"), ("signed", "SUN", "ttbt")} <= _claims(text)


def test_a_leader_tied_to_another_state_by_the_text_is_not_the_speakers() -> None:
    from armscontrol.reader import _leader_actors

    text = "Russian President Vladimir Putin arrived. President Putin and President Bush met."
    assert [code for code, _, _ in _leader_actors(text, "USA")] == ["RUS", "RUS", "USA"]


def test_offices_of_states_after_by() -> None:
    text = (
        "Statement of 14 May 2003.\n\nThe Treaty on Strategic Offensive Reductions (SOR Treaty), signed in Moscow on "
        "May 24, 2002, "
        "by the Presidents of Russia and the United States, was debated. The SOR Treaty is short."
    )
    claims = _claims(text)
    assert {("signed", "RUS", "sort"), ("signed", "USA", "sort")} <= claims
    assert all(c[2] is not None for c in claims)  # "SOR Treaty", defined in parentheses, is the SORT


def test_a_ratification_that_took_place_stays_true_of_its_day() -> None:
    text = "Statement of 1 December 2023.\n\nRussia ratified the CTBT in 2000."
    from armscontrol.reader import read_text

    claim = next(c for c in read_text(text).claims if c.kind == "ratified")
    assert claim.verdict == "consistent" and "true of that day" in claim.evidence


def test_treaty_and_protocol_on_is_a_title_not_an_anaphora() -> None:
    from armscontrol.reader import read_text

    text = (
        "Statement of 3 July 1974.\n\nThey signed the Protocol to the Treaty on the Limitation of Anti-Ballistic "
        "Missile Systems "
        "and the Treaty and Protocol on the Limitation of Underground Nuclear Weapons Tests."
    )
    assert {i.id for i in read_text(text).instruments} == {"abm-protocol-1974", "ttbt"}


def test_states_party_to_the_additional_protocols_read_respectively() -> None:
    text = (
        "Communique, 14 February 2018.\n\nThe Treaty of Tlatelolco keeps the region free of nuclear weapons; this "
        "Treaty is respected "
        "by the six States Party to the Additional Protocols, those being China, France, the Netherlands, Russia, the "
        "United Kingdom "
        "and the United States of America."
    )
    claims = _claims(text)
    # being a State Party is a standing (bound), whatever the way each joined
    assert {("bound", c, "tlatelolco-protocol-ii") for c in ("CHN", "FRA", "RUS", "GBR", "USA")} <= claims
    assert {("bound", c, "tlatelolco-protocol-i") for c in ("NLD", "FRA", "GBR", "USA")} <= claims
    assert ("bound", "CHN", "tlatelolco-protocol-i") not in claims  # China is recorded only under Protocol II


def test_initiatives_described_in_their_season() -> None:
    from armscontrol.reader import read_text

    text = (
        "The White House\nSeptember 27, 1991\n\nThe President is announcing a number of initiatives affecting the "
        "entire "
        "spectrum of US nuclear weapons."
    )
    assert "pni-1991" in {i.id for i in read_text(text).instruments}


def test_a_ratification_called_for_or_aimed_at_is_no_claim() -> None:
    assert not _claims(
        "Statement of 5 October 1991.\n\nLike the US President, I call for the earliest possible ratification of the "
        "START Treaty."
    )
    text = "Statement of 26 September 1997.\n\nTo facilitate Russia's ratification of the START II Treaty, they met."
    assert ("ratified", "RUS", "start-ii") not in _claims(text)


def test_sets_of_agreements_signed_on_the_day_belong_to_the_treaty_the_sentence_names() -> None:
    from armscontrol.reader import read_text

    text = (
        "U.S. Department of State\n\nSeptember 26, 1997\n\nThe second set of agreements, signed by the United States, "
        "the "
        "Russian Federation, Belarus, Kazakhstan, and Ukraine, preserve the viability of the ABM Treaty. "
        "To facilitate Russia's ratification of the START II Treaty, U.S. Secretary of State Madeleine K. Albright "
        "and Russian "
        "Foreign Minister Yevgeniy Primakov today signed a Protocol to the Treaty extending the time period for "
        "implementation "
        "of START II until December 31, 2007."
    )
    answer = read_text(text)
    claims = {(c.kind, c.party, c.instrument) for c in answer.claims}
    for instrument in ("abm-succession-1997", "abm-demarcation-1997"):
        assert {("signed", code, instrument) for code in ("USA", "RUS", "BLR", "KAZ", "UKR")} <= claims
    assert {("signed", "USA", "start-ii-protocol-1997"), ("signed", "RUS", "start-ii-protocol-1997")} <= claims
    assert not any(
        c[2] in {"abm", "start-ii"} and c[0] == "signed" for c in claims
    )  # the complement names no co-object
    assert not any(c.kind == "extended" for c in answer.claims)
    assert {"abm-succession-1997", "abm-demarcation-1997"} <= {i.id for i in answer.instruments}


def test_claims_in_noun_phrases() -> None:
    claims = _claims(
        "Joint communique, 5 March 2020.\n\nFive decades since its entry into force, the NPT remains an invaluable "
        "instrument."
    )
    assert ("in_force", None, "npt") in claims
    text = "Statement of 13 June 2016.\n\nThe CTBT must be brought into force. It is working, despite the Treaty's non-entry into force."
    assert ("not_in_force", None, "ctbt") in _claims(text)
    assert not _claims(
        "Statement of 20 March 2009.\n\nParties conclude safeguards within 18 months after the entry into force of "
        "the CTBT."
    )


def test_signatory_standing_avoided_ratification_and_a_withdrawal_of_ratification() -> None:
    text = (
        "Statement of 3 November 2023.\n\nRussia remains a signatory to the CTBT. The most destructive position on "
        "the Treaty has been "
        "taken by the U.S., which has for a quarter of a century been avoiding its ratification."
    )
    claims = _claims(text)
    assert ("signed", "RUS", "ctbt") in claims and ("not_ratified", "USA", "ctbt") in claims
    assert ("ratified", "USA", "ctbt") not in claims


def test_a_legislature_of_a_state_after_by() -> None:
    text = "Statement of 6 December 2011.\n\nHe welcomes the ratification of the CTBT by the House of Representatives of Indonesia."
    assert ("ratified", "IDN", "ctbt") in _claims(text)


def _figures(text: str) -> set[tuple[float | None, str]]:
    from armscontrol.reader import read_text

    return {(f.value if f.value is not None else f.high, f.unit) for f in read_text(text).figures}


def test_figures_with_the_noun_left_out_or_after_the_number() -> None:
    text = (
        "Statement of 24 September 2009.\n\nThe Treaty had been signed by 181 States and ratified by 150. The total "
        "number of "
        "ratifying States will stand at 156, including 36 Annex 2 States. Some 100 foreign ministers came."
    )
    assert {(181, "states"), (150, "states"), (156, "states"), (36, "states")} <= _figures(text)
    assert (100, "warheads") not in _figures(text)
    assert (14000, "warheads") in _figures(
        "Statement of 1 June 1996.\n\nThe treaties reduce by 14,000 the number of warheads."
    )


def test_short_durations_and_pairs_of_parties() -> None:
    assert (1, "weeks") in _figures(
        "Statement of 5 October 1991.\n\nA week ago, the President put forward an initiative."
    )
    assert (5, "years") in _figures("Statement of 3 February 2021.\n\nNew START extended for 5 yrs on Feb 3.")
    assert (2, "states") in _figures("Statement of 1 May 2011.\n\nOnly two countries have yet to sign.")
    assert not _figures("Statement of 1 May 2011.\n\nIt marks the relationship between our two countries.")


def test_a_possessive_is_its_word_in_a_name_and_a_subject_of_talks_is_no_name() -> None:
    from armscontrol.reader import read_text

    ids = {
        i.id for i in read_text("Statement of 1 October 2008.\n\nMongolia's NWFS was supported by the P5.").instruments
    }
    assert "mongolia-nwfs" in ids
    text = "Statement of 28 June 1996.\n\nThe Ad Hoc Committee on a Nuclear Test Ban tabled a text; a Start III agreement will follow."
    ids = {i.id for i in read_text(text).instruments}
    assert "ptbt" not in ids and "ctbt" not in ids and "helsinki-framework" in ids


def test_the_instrument_a_figure_is_compared_with_is_not_its_own() -> None:
    from armscontrol.reader import read_text

    text = (
        "Statement of 14 May 2003.\n\nThe Treaty on Strategic Offensive Reductions is a landmark. It provides for the "
        "lowering of "
        "strategic nuclear warheads to 1,700-2,200 for each party by the end of 2012, compared to the levels provided "
        "by the START Treaty."
    )
    figure = next(f for f in read_text(text).figures if f.unit == "warheads")
    assert figure.instrument == "sort"


def test_pending_ratification_in_a_legislature() -> None:
    text = (
        "Statement of 28 June 1996.\n\nThe START I Treaty will, with the START II Treaty pending ratification in the "
        "Russian Duma, "
        "reduce the arsenals."
    )
    assert ("not_ratified", "RUS", "start-ii") in _claims(text)


def test_an_extension_of_something_else_is_no_extension_of_the_treaty_after_it() -> None:
    text = "Statement of 3 July 1974.\n\nIt extends significantly the earlier steps that began with the 1963 test-ban treaty."
    assert not any(kind == "extended" for kind, _, _ in _claims(text))
    assert ("extended", None, "npt") in _claims(
        "Statement of 12 May 1995.\n\nThe parties extended the NPT indefinitely."
    )


def test_protocols_of_a_named_treaty() -> None:
    from armscontrol.reader import read_text

    text = "Statement of 22 March 1996.\n\nThe United States will sign the three Protocols of the South Pacific Nuclear Free Zone Treaty."
    ids = {i.id for i in read_text(text).instruments}
    assert {"rarotonga-protocol-1", "rarotonga-protocol-2", "rarotonga-protocol-3"} <= ids


def test_offices_with_a_state_resolve_to_the_state() -> None:
    text = (
        "Statement of 8 December 1987.\n\nThe President of the United States and the Soviet General Secretary signed "
        "the "
        "Intermediate-Range Nuclear Forces Treaty."
    )
    assert {("signed", "USA", "inf"), ("signed", "SUN", "inf")} <= _claims(text)
    text = "Statement of 24 September 1996.\n\nThe Prime Minister of India has not signed the CTBT."
    assert ("not_signed", "IND", "ctbt") in _claims(text)
