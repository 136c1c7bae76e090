"""Rules of the reader's seventh pass, each on short invented text: the statement's own date, who acts, claims in
noun phrases and negatives, what is no claim, and counts whose noun stands elsewhere."""

from __future__ import annotations

import datetime as dt

from armscontrol.reader import read_text
from armscontrol.reader.dates import statement_date


def _day(text: str, source: dt.date | None = None) -> dt.date | None:
    found = statement_date(text, source=source)
    return found.date if found else None


def test_a_date_in_the_prose_is_not_the_statement_s_date() -> None:
    text = (
        "Minister's remarks on the test ban\n\n"
        "Thank you, Chair. Our country has always stood for a complete end to nuclear explosions everywhere and by "
        "everyone, at all times.\n"
        "On 4 March 1999, our parliament approved the treaty after a long debate in both of its houses and a vote."
    )
    assert _day(text) is None  # said so ("not read"), not the day of the event
    assert read_text(text).date_source == "not_read"
    text = "Remarks at the ministerial meeting\n2004/10/21, Geneva\nThank you, Chair, for giving me the floor today."
    assert _day(text) == dt.date(2004, 10, 21)  # a stamp in the header, year first


def test_a_publication_stamp_at_the_foot_dates_the_page_and_bounds_a_date_in_the_first_line() -> None:
    text = (
        "News story\n\n"
        "On 2 May 2012 the agreement entered into force for our country after its approval by the national assembly.\n\n"
        "Published 9 June 2012"
    )
    assert _day(text) == dt.date(2012, 6, 9)
    text = (
        "A speech on deterrence\n\n"
        "The President spoke at the naval base, on 3rd March 2012, a speech on the deterrent and on the work of the "
        "navy.\n\n11/08/2012"
    )
    assert _day(text) == dt.date(2012, 3, 3)  # a speech's day, no later than the page's stamp


def test_a_weekday_or_yesterday_counts_back_from_the_report_stamp_or_the_record() -> None:
    text = (
        "Spokesman rejects the talks\n\nA. Writer\n2021-03-10 09:12:01\n\n"
        "The country will not join the talks on a new agreement among the three powers, a spokesman said on Monday."
    )
    assert _day(text) == dt.date(2021, 3, 8)  # Wednesday's stamp, Monday's words
    text = (
        "Minister speaks at the Assembly\n\n"
        "The minister told the General Assembly yesterday that the question of joining the treaty as it stands does "
        "not arise."
    )
    assert _day(text) is None
    assert _day(text, source=dt.date(2019, 10, 4)) == dt.date(2019, 10, 3)
    answer = read_text(text, source_date="2019-10-04")
    assert (answer.date, answer.date_source) == (dt.date(2019, 10, 3), "source")
    text = "The ministry on Friday said that it cannot be bound by the new treaty, whatever others decide about it."
    assert _day(text, source=dt.date(2018, 5, 11)) == dt.date(2018, 5, 11)  # a Friday: that day itself


def test_a_dateline_without_a_year_takes_a_year_only_from_the_frame_or_a_recent_day() -> None:
    text = (
        "BERLIN, March 4. /Agency/. The ministry said the treaty was signed on behalf of the state on June 2, 1995 "
        "and ratified after it."
    )
    assert _day(text) is None  # a day years before is no year for the report
    text = "OSLO, March 4. /Agency/. The country deposited its instrument on March 2, 2016, the ministry said today."
    assert _day(text) == dt.date(2016, 3, 4)  # a report tells recent events
    text = (
        "LIMA, July 12 - The ministers met again today.\n"
        "They welcomed the resolution on the zone adopted by the General Assembly on December 4, 2023, which they "
        "had sponsored together."
    )
    assert _day(text) is None  # a day in the prose of the last line is no foot


def test_today_marks_the_anniversary_of_a_day_in_the_text() -> None:
    text = (
        "Anniversary of the zone treaty\n"
        "Today marks the 30th anniversary of the opening for signature of the zone treaty. On May 3, 1981 the treaty "
        "was opened for signature in the capital."
    )
    assert _day(text) == dt.date(2011, 5, 3)


def _claims(text: str, on: str = "2016-06-01") -> set[tuple[str, str | None, str | None]]:
    return {(c.kind, c.party, c.instrument) for c in read_text(text, on).claims}


def test_a_call_for_entry_into_force_is_no_claim_that_it_is_not_in_force() -> None:
    text = "The ministers call for the early entry into force of the CTBT and remain committed to achieving it."
    assert not {c for c in _claims(text) if c[0] in {"in_force", "not_in_force"}}
    text = "Regrettably, the CTBT has not entered into effect, twenty years after it was opened for signature."
    assert ("not_in_force", None, "ctbt") in _claims(text)


def test_entry_into_force_for_one_state_is_not_the_instrument_s() -> None:
    text = "The NPT entered into force for Montenegro after its accession, the ministry noted with satisfaction."
    assert ("in_force", None, "npt") not in _claims(text)
    text = "The NPT entered into force in 1970 and binds almost every state."
    assert ("in_force", None, "npt") in _claims(text)


def test_a_revocation_of_ratification_is_one_claim() -> None:
    text = (
        "The Foreign Ministry said that the notification of Russia's withdrawal of the CTBT ratification was sent to "
        "the depositary."
    )
    kinds = {c[0] for c in _claims(text, "2023-11-03")}
    assert kinds == {"ratification_revoked"}


def test_states_parties_to_protocols_are_bound_each_by_its_own() -> None:
    text = (
        "The zone is respected by the States Parties to the Additional Protocols to the Treaty of Tlatelolco: "
        "the Netherlands and China."
    )
    claims = _claims(text)
    assert {("bound", "NLD", "tlatelolco-protocol-i"), ("bound", "CHN", "tlatelolco-protocol-ii")} <= claims
    assert not {c for c in claims if c[0] == "ratified"}


def test_a_capital_in_a_relative_clause_acts_for_its_state() -> None:
    text = "Moscow now stands level with Washington, which never ratified the CTBT."
    assert ("not_ratified", "USA", "ctbt") in _claims(text, "2023-11-03")


def test_it_in_a_passive_is_what_was_done_not_who_did_it() -> None:
    text = "Brazil supports the CTBT. Yet it has not been ratified by 8 of the 44 states whose ratification is needed."
    assert ("not_ratified", "BRA", "ctbt") not in _claims(text, "2020-01-01")


def test_a_group_noun_with_its_list_after_a_colon_signs() -> None:
    text = "The Treaty of Pelindaba was signed by three republics: Kenya, Ghana and Egypt, at the ceremony in Cairo."
    assert {("signed", c, "pelindaba") for c in ("KEN", "GHA", "EGY")} <= _claims(text, "2000-01-01")


def test_the_treaty_after_a_protocol_is_its_treaty_and_a_protocol_after_it_the_protocol() -> None:
    text = (
        "Our parliament ratified a protocol to the Treaty of Rarotonga last month. The treaty, which came into force "
        "in 1986, keeps the South Pacific free of nuclear weapons. In 1996, France signed a protocol with the Forum "
        "countries."
    )
    claims = _claims(text, "2000-01-01")
    assert ("in_force", None, "rarotonga") in claims
    assert ("signed", "FRA", "rarotonga") not in claims


def test_signatories_listed_after_dashes_a_comma_or_a_colon_signed() -> None:
    for lead, end in (("its signatories -- ", " --"), ("all the signatories - ", " -"), ("its signatories, ", ",")):
        text = f"The Treaty of Pelindaba, which took effect in 2009, binds {lead}Kenya, Ghana and Egypt{end} to it."
        claims = _claims(text, "2012-01-01")
        assert {("signed", c, "pelindaba") for c in ("KEN", "GHA", "EGY")} <= claims
        assert ("in_force", None, "pelindaba") in claims


def test_claims_in_noun_phrases_and_negatives() -> None:
    text = "Despite being a non-party, Israel respects the aims of the NPT, the minister said."
    assert ("not_ratified", "ISR", "npt") in _claims(text)
    text = "Some 190 states have signed the NPT. But two states, Israel and South Sudan, have stayed out of it."
    assert {("not_signed", "ISR", "npt"), ("not_signed", "SSD", "npt")} <= _claims(text)
    text = "With Brazil's adherence to the NPT in 1998, almost every state in the region is a party to it."
    assert ("ratified", "BRA", "npt") in _claims(text, "1999-01-01")
    text = "France, along with the United Kingdom, ratified the CTBT in April 1998."
    assert {("ratified", "FRA", "ctbt"), ("ratified", "GBR", "ctbt")} <= _claims(text, "1999-01-01")


def test_an_act_ahead_is_no_claim() -> None:
    text = "The President has decided to go forward with U.S. ratification of the CTBT next spring."
    assert not {c for c in _claims(text, "1999-01-01") if c[0] == "ratified"}
    text = "There is no question of Israel joining the NPT as a non-nuclear-weapon state, the envoy said."
    assert not {c for c in _claims(text) if c[0] == "ratified"}


def test_a_state_in_lower_case_acts_and_is_named() -> None:
    answer = read_text(
        "Comment of the Spokesperson regarding russia's suspension of participation in the New START Treaty\n"
        "Ministry of Foreign Affairs of Ukraine, posted 21 February 2023 19:50\n\n"
        "The decision of the russian federation to suspend its participation in the treaty, announced today, is yet "
        "another provocation by the aggressor."
    )
    assert "RUS" in {p.code for p in answer.places}
    claims = {(c.kind, c.party, c.instrument, c.verdict) for c in answer.claims}
    # the ministry reports another state's act, and the decision, announced before its legal act, is true on its day
    assert ("suspended", "RUS", "new-start", "consistent") in claims
    assert not {c for c in claims if c[1] == "UKR"}


def _figures(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.unit) for f in read_text(text, "2010-01-01").figures]


def test_counts_with_the_noun_elsewhere() -> None:
    assert (3.0, "states") in _figures("The zone treaty was signed by three republics: Kenya, Ghana and Egypt.")
    assert (7.0, "states") in _figures("The seven major industrialized democracies met in Rome to discuss the tests.")
    assert (4.0, "states") in _figures('It commits the four "declared" nuclear-weapon States to talks.')
    assert (12.0, "states") in _figures("Only 9 States of those 12 have ratified the agreement so far.")


def test_a_count_said_again_is_one_figure_and_a_day_is_no_count() -> None:
    text = "After ten years of talks the text is agreed. Ten years is a long time for ten states."
    assert _figures(text).count((10.0, "years")) == 1
    text = "On 11 May the states of the region met again to consider the treaty."
    assert (11.0, "states") not in _figures(text)
    text = "The ministers discussed the protocol. Five countries are named in it as nuclear-weapon states."
    assert (5.0, "states") in _figures(text)
