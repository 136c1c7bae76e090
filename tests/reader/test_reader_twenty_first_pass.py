"""Rules of the twenty-first pass on the reader, which opened the twentieth held-out set
(tests/statements/heldout-2026t), each on short invented text."""

from __future__ import annotations

import pytest

from armscontrol.reader import learned, read_text


def _claims(text: str, on: str | None = None) -> set[tuple[str, str | None, str | None, str]]:
    return {(c.kind, c.party, c.instrument, c.verdict) for c in read_text(text, on).claims}


@pytest.mark.parametrize(
    "text",
    [
        # the rest of a group whose other members took a step: the step the count took
        "VIENNA, 2 March 2009. Forty-one States must ratify the Treaty for it to enter into force. Thirty-two of "
        "these States have ratified the CTBT, including the nuclear-weapon States France and the United Kingdom. "
        "The nine remaining States are China, Egypt and Israel.",
        # "have already done so": the step of the group the count is of
        "VIENNA, 2 March 2009. Of the 44 countries that have to ratify the CTBT for entry into force, 35 have "
        "already done so. The remaining nine are: China, Egypt and Israel.",
    ],
)
def test_the_remaining_members_of_a_group_did_not_take_its_step(text: str):
    claims = _claims(text)
    assert {("not_ratified", code, "ctbt", "consistent") for code in ("CHN", "EGY", "ISR")} <= claims
    assert not any(c[0] == "ratified" and c[1] in {"CHN", "EGY", "ISR"} for c in claims)


def test_named_states_that_have_to_ratify_or_to_sign_and_ratify_have_not():
    claims = _claims(
        "VIENNA, 29 May 2010. Nine remaining States need to ratify the CTBT for entry into force: China and Israel "
        "have to ratify the Treaty, whereas India and Pakistan have to sign and ratify it."
    )
    assert {("not_ratified", c, "ctbt", "consistent") for c in ("CHN", "ISR", "IND", "PAK")} <= claims
    assert {("not_signed", c, "ctbt", "consistent") for c in ("IND", "PAK")} <= claims
    assert not any(c[0] == "not_signed" and c[1] in {"CHN", "ISR"} for c in claims)


def test_states_that_remain_outside_the_treaty_are_not_parties():
    claims = _claims(
        "ASTANA, 17 February 2014. The NPT is the cornerstone of the regime. Four countries remain outside the "
        "treaty – India, Pakistan and Israel."
    )
    assert {("not_ratified", c, "npt", "consistent") for c in ("IND", "PAK", "ISR")} <= claims


@pytest.mark.parametrize(
    "text",
    [
        "BEIJING, 30 January 2019. China, France, Russia, the UK and the US, as the nuclear-weapon states designated "
        "by the Treaty on the Non-Proliferation of Nuclear Weapons (NPT), met in Beijing.",
        "ASTANA, 17 February 2014. Not all commitments of the NPT have been fulfilled, including the obligations "
        "of the five recognised nuclear weapon states – Britain, China, France, Russia and the United States – to "
        "disarm.",
    ],
)
def test_the_npt_s_nuclear_weapon_states_listed_are_its_parties(text: str):
    claims = _claims(text)
    assert {("bound", c, "npt", "consistent") for c in ("CHN", "FRA", "RUS", "GBR", "USA")} <= claims


def test_nuclear_weapon_states_of_another_treaty_are_no_standing_under_it():
    claims = _claims(
        "VIENNA, 2 March 2009. The CTBT bans all nuclear explosions; the nuclear-weapon States France and the United "
        "Kingdom were among the first to act."
    )
    assert not any(c[0] == "bound" for c in claims)


def test_holland_is_the_netherlands():
    claims = _claims(
        "MEXICO CITY, 23 February 2010. Additional Protocol I to the Treaty of Tlatelolco has been signed and "
        "ratified by the United Kingdom, Holland, France and the United States of America."
    )
    assert ("ratified", "NLD", "tlatelolco-protocol-i", "consistent") in claims


def test_this_protocol_is_the_protocol_named_before_in_a_passage_about_its_treaty():
    claims = _claims(
        "MEXICO CITY, 23 February 2010. All 33 States of the region are Parties to the Treaty of Tlatelolco. "
        "There are two Additional Protocols in the Treaty of Tlatelolco, and the Treaty of Tlatelolco is the "
        "model of the zones.\n\n-Additional Protocol I covers territories within the treaty's zone. This protocol "
        "has been signed and ratified by the United Kingdom and France."
    )
    assert ("signed", "GBR", "tlatelolco-protocol-i", "consistent") in claims
    assert ("ratified", "FRA", "tlatelolco-protocol-i", "consistent") in claims


def test_it_starting_a_sentence_is_the_instrument_that_began_the_sentence_before():
    claims = _claims(
        "MEXICO CITY, 23 February 2010. Additional Protocol II to the Treaty of Tlatelolco requires the nuclear "
        "powers not to use nuclear weapons against the States Parties to the treaty. It is directed at the States "
        "recognized as such and has been signed and ratified by China and the Russian Federation."
    )
    assert ("signed", "CHN", "tlatelolco-protocol-ii", "consistent") in claims
    assert ("ratified", "RUS", "tlatelolco-protocol-ii", "consistent") in claims
    assert not any(c[2] == "tlatelolco" and c[1] in {"CHN", "RUS"} for c in claims)


def test_the_two_states_before_a_treaty_s_name_signed_it_not_the_one_who_welcomes():
    claims = _claims(
        "MINSK, 8 April 2010. The Belarusian side welcomes the signing of the Russia-US new Strategic Arms "
        "Reduction Treaty."
    )
    assert {("signed", "RUS", "new-start", "consistent"), ("signed", "USA", "new-start", "consistent")} <= claims
    assert not any(c[1] == "BLR" for c in claims)


def test_a_treaty_signed_between_two_states_and_a_leading_participle_s_subject():
    claims = _claims(
        "MINSK, 22 July 2013. By signing in 1992 together with Kazakhstan and Ukraine the Lisbon Protocol to the "
        "Strategic Arms Reduction Treaty signed between USA and USSR in 1991, Belarus undertook the obligation to "
        "join the NPT."
    )
    assert {("signed", c, "lisbon-protocol", "consistent") for c in ("BLR", "KAZ", "UKR")} <= claims
    assert {("signed", "USA", "start-i", "consistent"), ("signed", "SUN", "start-i", "consistent")} <= claims
    assert not any(c[2] == "npt" for c in claims)


def test_a_president_named_without_a_state_beside_the_speaker_s_own_named_with_it():
    # the White House places the text, and its own President is named as the U.S. one: the other is not American
    text = (
        "THE WHITE HOUSE, February 14, 1994. Today President Nursultan Nazarbayev presented the instrument of "
        "accession to the NPT to U.S. President Bill Clinton."
    )
    with learned.rules_only():
        assert not any(c[1] == "USA" and c[0] == "ratified" for c in _claims(text))
    # the trained model reads the recipient's own standing (a known misreading, probability under 0.2, marked as the
    # model's: docs/reader.md)
    assert all(c.read_by == "model" for c in read_text(text).claims if c.party == "USA")


def test_the_npt_named_in_the_order_of_a_russian_title():
    answer = read_text("MINSK, 22 July 2013. Belarus joined the Nuclear Weapons Non-Proliferation Treaty in 1993.")
    assert [i.id for i in answer.instruments] == ["npt"]
    assert answer.instruments[0].mentions[0].how == "title"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "N years ago, on <day>": the day N years on
        (
            "Statement on the anniversary\n20 years ago, on July 22, 1993 the Republic of Belarus joined the NPT.",
            "2013-07-22",
        ),
        # a statement that marks the Nth anniversary of a day it gives: its own day without a year is in that year
        (
            "ASTANA – The country's Foreign Ministry said in a statement on Feb. 17 that it calls for universality. "
            "The statement was issued to mark the 20th anniversary of Kazakhstan's accession to the NPT. It was on "
            "Feb. 14, 1994, that the instrument was deposited.",
            "2014-02-17",
        ),
        # a dateline without a year, and the registry's day of the event the text welcomes
        (
            "MINSK, 8 April (BelTA) – The Belarusian side welcomes the signing of the Russia-US new Strategic Arms "
            "Reduction Treaty.",
            "2010-04-08",
        ),
    ],
)
def test_a_statement_dated_from_an_anniversary_or_from_the_event_its_dateline_s_day_is(text: str, day: str):
    answer = read_text(text)
    assert str(answer.date) == day
    assert answer.date_source == "text"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a legislature's approval "for" ratification is no act ahead
        (
            "May 24, 1976. I welcome the Japanese Diet's approval for ratification of the Treaty on the "
            "Non-Proliferation of Nuclear Weapons.",
            ("ratified", "JPN", "npt", "consistent"),
        ),
        # the state an appositive "as a party to this treaty" is set beside
        (
            "WASHINGTON, 8 June 1976. Japan, as a party to the Treaty on the Non-Proliferation of Nuclear Weapons, is "
            "determined to intensify its efforts.",
            ("bound", "JPN", "npt", "consistent"),
        ),
        # "joined N other nations in signing": the subject of "joined"
        (
            "July 1, 2008. Forty years ago today, the United States joined 61 other nations in signing the Treaty on "
            "the Non-Proliferation of Nuclear Weapons.",
            ("signed", "USA", "npt", "consistent"),
        ),
        # "I signed with Russia", no speaker named: the other side of the bilateral treaty
        (
            "July 1, 2008. Because of the Moscow Treaty I signed with Russia, the stockpile has been reduced.",
            ("signed", "USA", "sort", "consistent"),
        ),
        # a leading phrase's "its" is the main clause's subject
        (
            "July 31, 2023. Miller found it troubling that, 20 years after announcing its withdrawal from the NPT, the "
            "Democratic People's Republic of Korea (DPRK) continues to develop its arsenal.",
            ("withdrew", "PRK", "npt", "consistent"),
        ),
        # the Senate's advice and consent given to a treaty
        (
            "Congressional Record\nMarch 17, 2003. Whereas on March 6, 2003, the Senate gave its advice and consent to the Treaty Between the "
            "United States of America and the Russian Federation on Strategic Offensive Reductions;",
            ("ratified", "USA", "sort", "consistent"),
        ),
    ],
)
def test_claims_of_legislatures_appositions_and_leading_phrases(text: str, claim: tuple):
    assert claim in _claims(text)


def test_a_closed_list_before_and_a_new_subject_is_not_that_subject():
    claims = _claims(
        "8 June 1976. Today the Government of Japan is depositing its instruments of ratification of the Treaty on "
        "the Non-proliferation of Nuclear Weapons with the Governments of the United Kingdom, the Soviet Union and "
        "the United States, and Japan becomes a party to this treaty."
    )
    assert not any(c[1] in {"GBR", "SUN", "USA"} for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # a regime spread, not an instrument extended
        "May 24, 1976. Ratification of the NPT will add to the treaty's vitality and to the extension of the "
        "international safeguards regime.",
        # a rejection's object is refused, not done
        "MOSCOW, 2 February 2024. Lavrov recalled that the American Congress rejected the ratification of the CTBT.",
    ],
)
def test_no_extension_of_a_regime_and_no_ratification_rejected(text: str):
    claims = _claims(text)
    assert not any(c[0] in {"extended", "ratified"} for c in claims)


def test_a_ratification_resolution_names_the_treaty_with_its_parties_in_the_other_order_and_its_protocol():
    answer = read_text(
        "Resolution of the Supreme Rada of Ukraine on the Ratification of the Treaty between the Union of Soviet "
        "Socialist Republics and the United States of America on the Reduction and Limitation of Strategic offensive "
        "Arms Signed in Moscow on July 31, 1991, and the Protocol to it Signed in Lisbon on behalf of Ukraine on May "
        "23, 1992\n\n(Unofficial translation from Ukrainian, November 19, 1993)\n\nThe Supreme Rada rules the "
        "following."
    )
    assert str(answer.date) == "1993-11-19"
    claims = {(c.kind, c.party, c.instrument) for c in answer.claims}
    assert {("ratified", "UKR", "start-i"), ("ratified", "UKR", "lisbon-protocol")} <= claims
    assert ("signed", "UKR", "lisbon-protocol") in claims
    # "Arms Signed in Moscow": a title's participle names no signer
    assert not any(c[0] == "signed" and c[2] == "start-i" for c in claims)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a weekly compilation's week is not the statement's day
        (
            "Week Ending Friday, July 4, 2008\nContents:\nStatement on the Treaty on the Non-Proliferation of Nuclear "
            "Weapons, July 1, 2008\nForty years ago today, the United States joined 61 other nations in signing it.",
            "2008-07-01",
        ),
        # a record's day of publication
        (
            "The Congressional Record is a unique source of public documentation. It started in 1873, documenting "
            "nearly all the major and minor policies being discussed and debated.\n“SUBMITTED RESOLUTIONS” mentioning "
            "the U.S. Dept of State was published in the Senate section on pages S3809 on March 17, 2003.\nThe "
            "publication is reproduced in full below:\nSUBMITTED RESOLUTIONS\n______\nSENATE RESOLUTION 90\nMr. BYRD "
            "submitted the following resolution:\nWhereas on March 6, 2003, the Senate gave its advice and consent to "
            "the Treaty;",
            "2003-03-17",
        ),
    ],
)
def test_a_compilation_s_week_is_passed_over_and_a_record_s_publication_day_read(text: str, day: str):
    answer = read_text(text)
    assert str(answer.date) == day


def test_a_report_of_2023_on_the_strategic_arms_reduction_treaty_is_of_new_start():
    answer = read_text(
        " date 2023-02 Putin has signed a law according to which Russia will end its participation in the Strategic "
        "Arms Reduction Treaty.\n\nThe document was published today, February 28, on the legal portal.\n\nThe "
        "Strategic Arms Reduction Treaty is a document signed on April 8, 2010 by the Presidents of the United "
        "States, Barack Obama, and Russia, Dmitry Medvedev. According to it, the parties were to reduce the number of "
        "nuclear warheads to 1,550 units, as well as intercontinental ballistic missiles, submarine-launched "
        "ballistic missiles and heavy bombers to 700 units."
    )
    assert str(answer.date) == "2023-02-28"
    assert [i.id for i in answer.instruments] == ["new-start"]
    claims = {(c.kind, c.party, c.instrument) for c in answer.claims}
    assert {("signed", "USA", "new-start"), ("signed", "RUS", "new-start")} <= claims
    assert {(f.value, f.unit) for f in answer.figures} >= {(1550.0, "warheads"), (700.0, "launchers")}
    assert answer.scenario is None  # the treaty's obligation told, no level proposed


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        # before the Senate in November 2010, "START" is the new treaty
        ("November 18, 2010. We are here to discuss the importance of ratifying the START Treaty.", "new-start"),
        # the previous one, named so, is the first
        ("November 18, 2010. The previous START pact has lapsed, and its verification with it.", "start-i"),
    ],
)
def test_start_alone_after_new_start_was_signed(text: str, instrument: str):
    assert [i.id for i in read_text(text).instruments] == [instrument]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # two leaders, no state named with either, then "they signed" a bilateral treaty: its two sides
        (
            "VIENNA, 27 January 2011. I pay tribute to President Dmitry Medvedev and President Barack Obama, who "
            "commenced this journey in Prague in April last year when they signed the New START Treaty.",
            {("signed", "RUS", "new-start", "consistent"), ("signed", "USA", "new-start", "consistent")},
        ),
        # a presidency named by its President
        (
            "September 5, 1995. Both START II and the CWC were negotiated and signed under the Bush Administration.",
            {("signed", "USA", "start-ii", "consistent")},
        ),
        # the glossed Russian revocation and "the document" for the treaty
        (
            "Сегодня, 2 ноября 2023 года, президент РФ Владимир Путин подписал закон об отзыве ратификации Договора о "
            "всеобъемлющем запрещении ядерных испытаний (ДВЗЯИ). Об этом говорится на официальном портале правовой "
            "информации. Договор должен был стать основным инструментом для прекращения любых видов ядерных "
            "испытаний. Однако документ так и не вступил в силу.",
            {("ratification_revoked", "RUS", "ctbt", "consistent"), ("not_in_force", None, "ctbt", "consistent")},
        ),
    ],
)
def test_leaders_administrations_and_russian_revocation(text: str, claims: set):
    assert claims <= _claims(text)


def test_a_subjunctive_after_imperative_that_is_asked_for_not_told():
    claims = _claims(
        "November 18, 2010. It is a national security imperative that the United States ratify the new START "
        "Treaty this year."
    )
    assert not any(c[0] == "ratified" for c in claims)


def test_a_record_s_item_date_over_its_volume_s_date_issued():
    answer = read_text(
        "<granule>\n<fdsys-metadata>\n<dateIssued>2010-07-01</dateIssued>\n</fdsys-metadata>\n<item-head>Remarks "
        "on the Strategic Arms Reduction Treaty</item-head>\n<item-date>\nNovember 18, 2010</item-date>\n<para>We "
        "are here to discuss the treaty.</para>"
    )
    assert str(answer.date) == "2010-11-18"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # the French adjective after its legislature
        (
            "Le secrétaire général de l'OTAN se félicite de la ratification du nouveau Traité START\n\n22 Dec. 2010\n\n"
            "Je me réjouis tout particulièrement de la ratification par le Sénat américain du nouveau Traité START "
            "entre les États Unis et la Fédération de Russie, qui apportera une contribution significative à la "
            "sécurité euro atlantique.",
            ("ratified", "USA", "new-start", "consistent"),
        ),
        # the German name of the CTBT without its adjective, and a treaty that cannot yet enter into force
        (
            "20.09.2006 - Pressemitteilung\n\nDer umfassende Teststoppvertrag ist einer der wichtigsten Verträge im "
            "Bereich der nuklearen Nichtverbreitung. Obwohl bereits 176 Staaten gezeichnet und 135 ratifiziert haben, "
            "kann der Teststoppvertrag noch nicht in Kraft treten.",
            ("not_in_force", None, "ctbt", "consistent"),
        ),
        # a President's message to his own Congress speaks for the United States
        (
            "Message to the Congress\n\nJuly 29, 1976\n\nTo the Congress of the United States:\n\nOn May 28 I signed "
            "the Treaty on Underground Nuclear Explosions for Peaceful Purposes.",
            ("signed", "USA", "pne-treaty", "consistent"),
        ),
    ],
)
def test_legislatures_and_names_in_french_and_german_and_a_message_s_speaker(text: str, claim: tuple):
    assert claim in _claims(text)


def test_a_mexican_decree_s_senate_is_mexico_s():
    text = (
        "DECRETO Promulgatorio del Tratado de Prohibición Completa de los Ensayos Nucleares, adoptado por la Asamblea "
        "General de las Naciones Unidas.\n\nERNESTO ZEDILLO PONCE DE LEÓN, PRESIDENTE DE LOS ESTADOS UNIDOS "
        "MEXICANOS, a sus habitantes, sabed:\n\nEl citado Tratado fue aprobado por la Cámara de Senadores del "
        "Honorable Congreso de la Unión, el veintinueve de septiembre de mil novecientos noventa y nueve, según "
        "decreto publicado en el Diario Oficial de la Federación."
    )
    assert ("ratified", "MEX", "ctbt", "consistent") in _claims(text, "1999-10-14")


def test_a_by_after_the_clause_s_own_verb_is_not_the_participle_s():
    claims = _claims(
        "January 13, 1987\n\nTo the Senate of the United States:\n\nTwo treaties between the United States of "
        "America and the Union of Soviet Socialist Republics, known as the Threshold Test Ban Treaty (TTBT) signed in "
        "Moscow on July 3, 1974, and the Peaceful Nuclear Explosions Treaty (PNET) signed in Washington and Moscow on "
        "May 28, 1976, were transmitted to the Senate by President Ford on July 29, 1976."
    )
    assert {("signed", c, "pne-treaty", "consistent") for c in ("USA", "SUN")} <= claims


def test_a_non_nuclear_state_party_to_two_treaties_and_a_recognised_nuclear_weapon_state():
    claims = _claims(
        "ASTANA, 5 March 2026. Kazakhstan, having denuclearized after 1991, is a non-nuclear state party to the NPT "
        "and TPNW. Conversely, Russia is recognized as a nuclear-weapon state under the NPT."
    )
    assert {("bound", "KAZ", "npt", "consistent"), ("bound", "KAZ", "tpnw", "consistent")} <= claims
    assert ("bound", "RUS", "npt", "consistent") in claims


def test_which_had_expired_is_its_antecedent_s():
    claims = _claims(
        "July 16, 1986. The United States would not undercut the SALT I interim agreement, which had already expired, "
        "and the SALT II treaty, so long as the Soviets exercised equal restraint."
    )
    assert ("not_in_force", None, "salt-i-interim", "consistent") in claims
    assert not any(c[0] == "not_in_force" and c[2] == "salt-ii" for c in claims)


def test_a_record_that_glues_the_member_s_name_to_his_we():
    claims = _claims(
        "§ Mr. Soames asked the Secretary of State for Foreign and Commonwealth Affairs if he will list the treaties "
        "to which Her Majesty's Government are a signatory.\n§ Mr. RentonWe are a signatory to the following arms "
        "control agreements and treaties\nthe Antarctic Treaty of 1959;the treaty on the non-proliferation of nuclear "
        "weapons of 1968;",
        "1985-11-25",
    )
    assert {("signed", "GBR", "antarctic-treaty", "consistent"), ("signed", "GBR", "npt", "consistent")} <= claims


def test_a_french_list_with_its_signatories_bracket_and_a_ratification_to_come():
    claims = _claims(
        "Nucléaire: Paris appelle Washington à ratifier le TICE\n\nLe ministère français des Affaires étrangères a "
        "appelé mercredi 5 mai 2010 les Etats-Unis et les autres pays qui n'ont pas encore ratifié le Traité "
        "d'interdiction complète des essais nucléaires (TICE) à le faire dans les meilleurs délais. En saluant la "
        "ratification prochaine par l'Indonésie du Traité, la France espère que cette décision encourage les huit "
        "autres États. Ces huit pays sont la Corée du Nord, l'Inde et le Pakistan (qui n'ont pas signé le traité), "
        "les Etats-Unis, l'Iran, Israël, la Chine et l'Egypte (pays signataires mais qui n'ont pas ratifié)."
    )
    assert {("signed", c, "ctbt", "consistent") for c in ("USA", "IRN", "ISR", "CHN", "EGY")} <= claims
    assert not any(c[0] == "ratified" and c[1] == "IDN" for c in claims)


def test_state_names_as_the_lists_of_the_1960s_write_them():
    claims = _claims(
        "March 1, 1968. The following states have signed the Treaty on Principles Governing the Activities of States "
        "in the Exploration and Use of Outer Space: Somali, Yugoslavia, Central Africa Republic and the Union of the "
        "Soviet Socialist Republics."
    )
    assert {c[1] for c in claims if c[0] == "signed"} >= {"SOM", "YUG", "CAF", "SUN"}


def test_an_act_by_a_count_of_states_names_none_but_those_it_includes():
    claims = _claims(
        "PARIS, 2 November 2023. France recalls that the CTBT is an essential instrument, today ratified by 178 "
        "States and signed by 186. Up until now, the treaty has been ratified by 166 countries, including Russia."
    )
    assert ("ratified", "RUS", "ctbt", "consistent") in claims
    assert not any(c[1] == "FRA" for c in claims)


def test_a_partner_along_with_a_later_act_and_a_lacking_name_with_its_acronym_after_it():
    answer = read_text(
        "NEW YORK, 21 April 2000. The action of the Russian Duma, following immediately upon the ratification of "
        "the Strategic Arms Limitation and Reduction Treaty II (START II), brings the number of nuclear-weapon States "
        "ratifying the CTBT to three along with France and the United Kingdom."
    )
    claims = {(c.kind, c.party, c.instrument) for c in answer.claims}
    assert {("ratified", "FRA", "ctbt"), ("ratified", "GBR", "ctbt")} <= claims
    assert not any(c[2] in {"start-ii", None} and c[1] in {"FRA", "GBR"} for c in claims)
    assert not answer.unresolved  # the name the registry lacks is START II, its acronym says


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a syndicated page's line of publication at its foot
        (
            "Ein Sprecher des Auswärtigen Amts erklärte heute (04.01.):\n\nDie Bundesregierung begrüßt die gestrige "
            "Erklärung der USA, Russlands, Chinas, Frankreichs und Großbritanniens. Ein Atomkrieg kann nicht gewonnen "
            "und darf niemals geführt werden.\n\nForeign Office of the Federal Republic of Germany published this "
            "content on 04 January 2022 and is solely responsible for the information contained therein. Distributed "
            "by Public, unedited and unaltered, on 05 January 2022 08:43:24 UTC.",
            "2022-01-04",
        ),
        # a dateline's day with a two-digit year
        ("Außenministerium zum INF-Vertrag\n\nBerlin, 21.10.18 – Außenminister Heiko Maas sagte heute.", "2018-10-21"),
        # a letter's place and day where it signs off, above what the record prints after it
        (
            "MESSAGE from THE PRESIDENT transmitting PROTOCOLS 1, 2, AND 3, SIGNED ON MARCH 25, 1996\n\nTo the Senate of "
            "the United States:\nI transmit herewith the Protocols.\n\n                 BARACK OBAMA.\n"
            "                 The White House, May 2, 2011.\n\nProtocol 1\nThe Parties to this Protocol agree.",
            "2011-05-02",
        ),
        # a dotted stamp with the month first, as the day cannot be the second
        ("Zakharova on the subcritical test\n05.20.2024, 22:59\n\nThe comment was published today.", "2024-05-20"),
        # an instrument's event told so many years back, then the weekday the report gives on or before it
        (
            "The refusal by eight countries to ratify the CTBT does not help, the Kremlin said on Thursday.\n\n"
            '"Twenty-five years ago, the Comprehensive Nuclear-Test Ban Treaty (CTBT) was opened for signing," the '
            "Kremlin noted.",
            "2021-09-23",
        ),
        # and in a heading's bracket
        (
            "Intervention de M. Eric Danon lors de la dernière session plénière (28.05.10)\n\nMon pays se félicite.",
            "2010-05-28",
        ),
        # a day the report tells as coming within the month after its dateline's lends its year
        (
            "All news\n\nRussia receives no US proposals for better deal instead of New START — senior diplomat\n\n"
            "Russia has repeatedly outlined its approach, Deputy Foreign Minister of Russia Sergey Ryabkov said\n\n"
            "MOSCOW, January 26. /TASS/. Moscow has not received any formalized proposals from Washington for a new "
            "deal. The document expires on February 5, 2026. On September 22, 2025, Putin proposed to keep to the "
            "limits.",
            "2026-01-26",
        ),
        # a dateline of a place and its country opening the line after the lead
        (
            "Cook Islands join Forum commemoration on International Day against Nuclear Tests\n\nCook Islands join Forum "
            "commemoration on International Day against Nuclear Tests\nCook Islands High Commissioner to Fiji, His "
            "Excellency Jim Armistead joins attendees at a Forum hosted high-level event commemorating the United "
            "Nations International Day against Nuclear Tests.\n\nRarotonga, Cook Islands, 6 September 2023 - Cook "
            "Islands High Commissioner to Fiji, His Excellency Jim Armistead, last week on 29 August delivered remarks "
            "to attendees at a Forum hosted high-level event. The Treaty of Rarotonga was signed in 1985.",
            "2023-09-06",
        ),
    ],
)
def test_datelines_and_a_page_s_line_of_publication(text: str, day: str):
    assert str(read_text(text).date) == day
