"""Rules of the eleventh pass on the reader, each on short invented text."""

from __future__ import annotations

import pytest

from armscontrol.reader import read_text


def _claims(text: str, on: str | None = None) -> set[tuple[str, str | None, str | None, str]]:
    return {(c.kind, c.party, c.instrument, c.verdict) for c in read_text(text, on).claims}


def test_a_standing_in_brackets_after_each_part_of_a_list():
    claims = _claims(
        "VIENNA, 20 September 2011. Nine countries still have to ratify the CTBT for it to enter into force: the "
        "United States, China, Egypt, Indonesia, Iran and Israel (all signatories), as well as North Korea, India and "
        "Pakistan (non-signatories)."
    )
    six, three = ("USA", "CHN", "EGY", "IDN", "IRN", "ISR"), ("PRK", "IND", "PAK")
    assert {c for c in claims if c[0] == "signed"} == {("signed", p, "ctbt", "consistent") for p in six}
    assert {c for c in claims if c[0] == "not_signed"} == {("not_signed", p, "ctbt", "consistent") for p in three}
    assert {c[1] for c in claims if c[0] == "not_ratified"} == set(six + three)


def test_the_same_list_in_french():
    claims = _claims(
        "Vienne, le 20 septembre 2011. Neuf pays doivent encore impérativement ratifier le TICE pour qu’il puisse "
        "entrer en vigueur: les Etats-Unis, la Chine, l’Egypte, l’Indonésie, l’Iran et Israël (tous signataires), "
        "ainsi que la Corée du Nord, l’Inde et le Pakistan (non signataires)."
    )
    assert len({c for c in claims if c[0] in {"signed", "not_signed", "not_ratified"}}) == 18


def test_an_apostrophe_lost_to_an_encoding_is_read():
    answer = read_text(
        "Vienne, le 20 septembre 2011. L’Organisation du traité d?interdiction complète des essais nucléaires salue "
        "la ratification par la Guinée, qui est un pas de plus pour mettre fin aux essais. Le secrétaire exécutif a "
        "fait cette déclaration dans un communiqué."
    )
    assert "ctbt" in {i.id for i in answer.instruments}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LONDON, 4 December 1992. Uzbekistan acceded to the non-proliferation treaty on 7 May 1992. Azerbaijan "
            "acceded on 22 September 1992.",
            {("ratified", "UZB", "npt", "consistent"), ("ratified", "AZE", "npt", "consistent")},
        ),
        (
            "VIENNA, 13 March 2024. As a State Party to both the Treaty on the Non-Proliferation of Nuclear Weapons "
            "(NPT) and the Treaty of Rarotonga, Papua New Guinea had already committed to the core obligation.",
            {("bound", "PNG", "npt", "consistent"), ("bound", "PNG", "rarotonga", "consistent")},
        ),
        (
            "NEW YORK, 24 September 2009. The CTBT has not been brought into force.",
            {("not_in_force", None, "ctbt", "consistent")},
        ),
    ],
)
def test_accession_without_its_object_both_treaties_and_a_treaty_not_brought_into_force(text, expected):
    assert _claims(text) == expected


def test_a_suggested_extension_is_a_proposal_not_a_fact():
    assert not _claims("MOSCOW, 6 February 2026. Moscow suggested extending the New START treaty for another year.")
    assert ("extended", None, "new-start", "consistent") in _claims(
        "MOSCOW, 6 February 2021. Russia and the United States extended New START for five years."
    )


def test_whose_ratification_is_needed_is_no_ratification_and_a_listed_relative_clause_is_a_fact():
    french = (
        "New York, le 10 septembre 2014. Le Secrétaire général a appelé les États qui n'ont pas encore ratifié le "
        "Traité d'interdiction complète des essais nucléaires (TICE), — notamment la Chine, l'Egypte et les "
        "États-Unis dont la ratification est nécessaire pour l'entrée en vigueur du Traité — à exiger la fin de tous "
        "les essais nucléaires. Il a jugé regrettable que le traité ne soit pas encore entré en vigueur."
    )
    claims = _claims(french)
    assert not [c for c in claims if c[0] == "ratified"]  # eight false contradictions before
    assert {c[1] for c in claims if c[0] == "not_ratified"} == {"CHN", "EGY", "USA"}
    # a call on the States that have not ratified, naming none, names none
    assert not _claims(
        "NEW YORK, 10 September 2014. We call on the States that have not yet ratified the CTBT to do so."
    )


def test_the_next_sentences_list_with_its_own_act_is_its_own():
    claims = _claims(
        "GENEVA, 1 July 2018. Most of the world, as 191 countries have signed the NPT. The countries that have not "
        "signed are: India, Pakistan, Israel and South Sudan."
    )
    assert claims == {("not_signed", p, "npt", "consistent") for p in ("IND", "PAK", "ISR", "SSD")}
    # a list in the next sentence with no act of its own is the group's
    assert {
        c[1]
        for c in _claims(
            "GENEVA, 1 July 2018. Eight States have not ratified the CTBT. They are: China, Egypt and Iran."
        )
    } == {
        "CHN",
        "EGY",
        "IRN",
    }


def test_a_question_claims_nothing_and_a_sentence_without_subject_speaks_of_the_passages_treaty():
    spanish = (
        "Ginebra, 1 de julio de 2018. El tratado sobre la No Proliferación de las Armas Nucleares fue firmado el 1 de "
        "julio de 1968. ¿Cuándo entró en vigencia el TNP? Entró en vigencia en 1970 y se prorrogó indefinidamente en "
        "mayo de 1995. Corea del Norte se retiró del tratado en 2003, y los países que no lo han firmado son la India "
        "y el Pakistán."
    )
    claims = _claims(spanish)
    assert {("in_force", None, "npt", "consistent"), ("extended", None, "npt", "consistent")} <= claims
    assert ("withdrew", "PRK", "npt", "consistent") in claims
    assert not _claims("GENEVA, 1 July 2018. When did the NPT enter into force, and who has signed it?")


def test_states_not_parties_that_a_group_lists():
    claims = _claims(
        "LONDON, 14 May 1990. There are six states not parties to the NPT (Argentina, Brazil, India, Israel, Pakistan "
        "and South Africa) which have significant unsafeguarded nuclear activities."
    )
    assert claims == {("not_ratified", p, "npt", "consistent") for p in ("ARG", "BRA", "IND", "ISR", "PAK", "ZAF")}
    assert not _claims("LONDON, 14 May 1990. Many states not parties to the NPT have nuclear activities.")


def test_signing_and_ratifications_by_states_a_release_lists_with_their_names_of_the_day():
    claims = _claims(
        "VIENNA, 24 June 2004. Member States welcomed the signing of the Comprehensive Nuclear-Test-Ban Treaty (CTBT) "
        "by Saint Kitts and Nevis and the Sudan and the ratifications by Bahrain, the Libyan Arab Jamahiriya, Serbia "
        "and Montenegro and the Sudan since the last session."
    )
    assert {(c[0], c[1]) for c in claims} == {
        ("signed", "KNA"),
        ("signed", "SDN"),
        ("ratified", "BHR"),
        ("ratified", "LBY"),
        ("ratified", "SCG"),
        ("ratified", "SDN"),
    }
    # ratifications counted, not said of a state; a state that "will soon ratify" has not yet (the twenty-second
    # pass reads that standing, true on the day)
    assert _claims(
        "VIENNA, 25 May 2010. Following the news from Indonesia that it will soon ratify the CTBT, these two "
        "additional ratifications bring us closer to the universality of the Treaty."
    ) == {("not_ratified", "IDN", "ctbt", "consistent")}
