"""Rules of the reader's ninth pass, each on short invented text: a state's adjective before a noun names the state as
a place, and a call for entry into force is no claim that a treaty is not in force."""

from __future__ import annotations

import datetime as dt

from armscontrol.reader import read_text


def _places(text: str, on: dt.date | None = None) -> list[str]:
    return [p.code for p in read_text(text, on=on).places if p.kind == "state"]


def test_a_state_s_adjective_before_a_noun_names_the_state_as_a_place() -> None:
    text = "The inspectors visited Soviet facilities, and my Finnish colleague spoke of the Soviet-era test site."
    assert _places(text, dt.date(1990, 5, 1)) == ["SUN", "FIN"]
    # a state named by its name is placed once, at its name
    places = read_text("Russian diplomats met in Russia.", on=dt.date(2010, 5, 1)).places
    assert [(p.code, p.text) for p in places] == [("RUS", "Russia")]


def test_an_adjective_in_a_region_s_name_is_no_state() -> None:
    text = "Latin American states and ships in the Indian Ocean met the Central American delegations."
    assert _places(text, dt.date(2010, 5, 1)) == []


def test_a_call_for_entry_into_force_is_no_claim_that_the_treaty_is_not_in_force() -> None:
    text = "The ministers called for the early entry into force of the Comprehensive Nuclear-Test-Ban Treaty."
    claims = read_text(text, on=dt.date(2012, 9, 27)).claims
    assert not [c for c in claims if c.kind == "not_in_force"]
