"""Rules of the tenth pass on the reader, each on short invented text."""

from __future__ import annotations

import pytest

from armscontrol.reader import read_text


def _claims(text: str) -> set[tuple[str, str | None, str | None, str]]:
    return {(c.kind, c.party, c.instrument, c.verdict) for c in read_text(text).claims}


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, February 13, 2026. New START expired on February 5 and was not extended.",
        "MOSCOW, February 13, 2026. With New START having expired on February 5, the parties are released.",
        "NEW YORK, 6 February 2026. The minister said the expiration of New START marks a new phase.",
        "GENEVA, 3 March 2010. The termination of START I in December 2009 left no verification in place.",
    ],
)
def test_an_expiry_told_after_the_day_is_the_treaty_not_in_force(text):
    claims = _claims(text)
    assert {c for c in claims if c[0] == "not_in_force"} and all(
        c[3] == "consistent" for c in claims if c[0] == "not_in_force"
    )


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON, 3 March 2025. Talks ahead of the expiration of New START in 2026 are needed.",
        "WASHINGTON, 3 March 2025. New START will have expired by then, and nothing will replace it.",
        "WASHINGTON, 3 March 2025. The treaty's expiry in February 2026 worries the allies; New START is in force.",
    ],
)
def test_an_expiry_to_come_is_no_claim(text):
    assert not {c for c in _claims(text) if c[0] == "not_in_force"}


def test_a_typographic_apostrophe_reads_as_a_plain_one_and_is_shown_as_written():
    text = "NEW YORK, 22 January 2021. I am pleased to recognize today’s entry into force of the TPNW."
    answer = read_text(text)
    assert {(c.kind, c.instrument) for c in answer.claims} == {("in_force", "tpnw")}
    assert all(c.text == text[c.start : c.end] for c in answer.claims)
    assert answer.claims[0].text.startswith("today’s entry into force")


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, 4 February 2026. New START, signed by the parties on April 8, 2010, ends tomorrow.",
        "GENEVA, 3 March 2012. New START, which both sides have ratified, is in force.",
    ],
)
def test_the_parties_of_a_bilateral_treaty_are_its_two_sides(text):
    acts = {(c.party, c.instrument) for c in read_text(text).claims if c.kind in {"signed", "ratified"}}
    assert acts == {("RUS", "new-start"), ("USA", "new-start")}


def test_the_parties_of_a_multilateral_treaty_are_no_one_named():
    claims = read_text("GENEVA, 3 March 2012. The CTBT, signed by the parties in 1996, is not in force.").claims
    assert not [c for c in claims if c.kind == "signed"]


def test_parties_to_a_treaty_that_a_list_names_are_each_bound():
    claims = read_text(
        "RAROTONGA, 6 August 2025. Other Parties to the Treaty of Rarotonga who were not here today include Fiji, "
        "Kiribati and Tonga."
    ).claims
    assert {(c.kind, c.party, c.instrument, c.verdict) for c in claims} == {
        ("bound", code, "rarotonga", "consistent") for code in ("FJI", "KIR", "TON")
    }


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The two countries hold almost 90% of the world's nuclear weapons.", (90.0, "percent")),
        ("Data availability from the stations has increased to around 90%.", (90.0, "percent")),
        ("The 48-nation group met in Seoul.", (48.0, "states")),
    ],
)
def test_a_percent_sign_and_a_count_of_nations_in_a_compound(text, figure):
    assert figure in {(f.value, f.unit) for f in read_text("LONDON, 30 June 2021. " + text).figures}


def test_a_body_named_for_its_count_is_no_figure():
    figures = read_text("WASHINGTON, 1 July 1968. I sent a message to the 18-nation Disarmament Committee.").figures
    assert not [f for f in figures if f.unit == "states"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LONDON, 30 June 2021. The UK is not a signatory to the Treaty on the Prohibition of Nuclear Weapons.",
            {("not_signed", "GBR", "tpnw", "consistent")},
        ),
        ("PARIS, 26 January 2021. France is not a party to the TPNW.", {("not_ratified", "FRA", "tpnw", "consistent")}),
        (
            "VIENNA, 30 June 2016. They back India's bid to join the NSG without signing the Non-Proliferation Treaty.",
            {("not_signed", "IND", "npt", "consistent")},
        ),
        (
            "GENEVA, 29 August 2017. France, alongside the United Kingdom, was the first nuclear-weapon state to sign, "
            "in 1996, and ratify, in 1998, the CTBT.",
            {(k, p, "ctbt", "consistent") for k in ("signed", "ratified") for p in ("FRA", "GBR")},
        ),
        (
            "PARIS, 1 October 2009. France, the first State, with the United Kingdom, to ratify the CTBT in 1998, no "
            "longer conducts any nuclear tests.",
            {("ratified", p, "ctbt", "consistent") for p in ("FRA", "GBR")},
        ),
    ],
)
def test_standing_denied_and_acts_shared_with_a_partner(text, expected):
    assert _claims(text) == expected


def test_the_entry_into_force_condition_and_a_conference_named_for_a_treaty_are_no_claims():
    claims = read_text(
        "PARIS, 6 April 1998. France, together with the United Kingdom, deposited its instruments of ratification "
        "of the Comprehensive Test Ban Treaty (CTBT).\n\n- The signing of the CTBT met one of the objectives adopted "
        "by the Nuclear Non-Proliferation Treaty (NPT) Review and Extension Conference in May 1995.\n\n- The treaty "
        "can enter into force only when it has been ratified by forty-four named States, including the five "
        "recognized nuclear powers (France, United Kingdom, Russia, United States and China)."
    ).claims
    assert {(c.kind, c.party, c.instrument) for c in claims} == {
        ("ratified", "FRA", "ctbt"),
        ("ratified", "GBR", "ctbt"),
    }


def test_a_treaty_to_enter_into_force_once_named_states_ratify_still_says_they_have_not():
    claims = read_text(
        "WASHINGTON, 1 May 1993. START II will enter into force only when ratified by Russia and the United States."
    ).claims
    assert {(c.kind, c.party) for c in claims} >= {("not_ratified", "RUS"), ("not_ratified", "USA")}


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, 10 October 2023. We are revoking the ratification of the CTBT, the Deputy Minister said.",
        "VIENNA, 18 October 2023. Russia has stated that this does not mean it is withdrawing from the CTBT.",
        "VIENNA, 18 October 2023. The State Duma voted to pass a law revoking the ratification of the CTBT.",
    ],
)
def test_an_act_under_way_or_a_bill_for_it_is_not_the_act(text):
    assert not {c for c in _claims(text) if c[0] in {"ratification_revoked", "withdrew"}}


def test_notice_that_a_state_is_withdrawing_is_the_act():
    assert ("withdrew", "USA", "abm", "consistent") in _claims(
        "WASHINGTON, 13 December 2001. Today, I have given formal notice to Russia, in accordance with the ABM Treaty, "
        "that the United States of America is withdrawing from this almost 30-year-old treaty."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PARIS, 26 January 2021. He recalled that France is a party to the Treaty on the Non-Proliferation of "
            "Nuclear Weapons.",
            {("bound", "FRA", "npt", "consistent")},
        ),
        (
            "PARIS, 26 January 2021. The TPNW entered into force this month. France is not a part of this treaty.",
            {("in_force", None, "tpnw", "consistent"), ("not_ratified", "FRA", "tpnw", "consistent")},
        ),
        (
            "VIENNA, 31 August 2018. As long as the Comprehensive Nuclear-Test-Ban Treaty is not in force, tests "
            "remain possible.",
            {("not_in_force", None, "ctbt", "consistent")},
        ),
        (
            "WASHINGTON, 27 April 2015. The Protocol would oblige the United States not to use nuclear weapons "
            "against States who are Party to the Central Asia Nuclear Weapon Free Zone Treaty.",
            set(),
        ),
    ],
)
def test_standing_said_with_is(text, expected):
    assert {c for c in _claims(text) if c[0] in {"bound", "not_ratified", "not_in_force", "in_force"}} == expected


def test_the_delay_in_entry_into_force_is_the_treaty_not_in_force_and_any_delay_is_no_claim():
    said = "ADDIS ABABA, 10 March 2006. The Council expresses concern at the long delay in the entry into force of "
    assert ("not_in_force", None, "pelindaba", "consistent") in _claims(said + "the Pelindaba Treaty.")
    assert not _claims(
        "ADDIS ABABA, 10 March 2006. Any delay in the entry into force of the CTBT would be regrettable."
    )
