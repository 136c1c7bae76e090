"""Rules of the twenty-second pass on the reader, which opened the twenty-first held-out set
(tests/statements/heldout-2026u), each on short invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from armscontrol.reader import read_text


def _claims(text: str, on: str | None = None) -> set[tuple[str, str | None, str | None, str]]:
    return {(c.kind, c.party, c.instrument, c.verdict) for c in read_text(text, on).claims}


def test_a_list_after_they_are_takes_the_instrument_its_group_is_party_to():
    # (Spanish: "They are A, B and C", after "21 countries are Parties to the TPNW and 32 to the CTBT")
    claims = _claims(
        "La Habana, 15 feb 2021. El canciller escribió que 21 países de la región son Partes en el Tratado sobre la "
        "Prohibición de las Armas Nucleares y 32 en el Tratado de Prohibición Completa de los Ensayos Nucleares.\n\n"
        "Ellos son Antigua y Barbuda, Belice, Bolivia y Costa Rica."
    )
    assert {("bound", c, "tpnw", "consistent") for c in ("ATG", "BLZ", "BOL", "CRI")} <= claims
    assert not any(c[2] == "ctbt" and c[1] in {"ATG", "BLZ", "BOL", "CRI"} for c in claims)


def test_a_spanish_name_written_without_its_articles_is_the_registrys():
    answer = read_text(
        "La Habana, 15 feb 2021. El ministro de Relaciones Exteriores de Cuba recordó en la red social que Cuba es "
        "Estado parte en el Tratado de No Proliferación de Armas Nucleares desde 2002 y que lo ha cumplido siempre "
        "con las demás naciones de la región, como lo hacen también los otros países del Caribe."
    )
    assert "npt" in {i.id for i in answer.instruments}


def test_a_state_party_to_instruments_such_as_several_is_bound_by_each_the_registry_holds():
    claims = _claims(
        "HAVANA, 15 February 2021. Cuba is State Party to the main international instruments to this end, such as "
        "the Treaty on the Non-Proliferation of Nuclear Weapons, the Treaty of Tlatelolco and the Convention on "
        "Chemical Weapons."
    )
    assert {("bound", "CUB", "npt", "consistent"), ("bound", "CUB", "tlatelolco", "consistent")} <= claims
    assert not any(c[1] == "CUB" and c[2] is None for c in claims)


def test_with_the_entry_into_force_of_a_treaty_the_region_became_tells_the_entry_into_force():
    claims = _claims(
        "HAVANA, 15 February 2021. With the entry into force, on 14 February 1967, of the Treaty of Tlatelolco, the "
        "region became the first densely populated one to declare itself free of nuclear weapons."
    )
    # (the Treaty was opened for signature that day; the data records its entry into force later)
    assert ("in_force", None, "tlatelolco", "contradicted") in claims
    ahead = _claims("VIENNA, 5 May 2021. With the entry into force of the CTBT, the world will be a safer place.")
    assert not any(c[0] == "in_force" for c in ahead)


def test_a_treaty_enforced_on_a_day_entered_into_force():
    claims = _claims(
        "MANILA, 3 August 2017. Following the Bangkok Treaty enforced on 28 March 1997, the zone covers the "
        "territories of its States."
    )
    assert ("in_force", None, "bangkok", "consistent") in claims


def test_a_group_defined_by_its_members_and_named_again_by_its_acronym():
    claims = _claims(
        "MANILA, 3 August 2017. The Bangkok Treaty has a protocol open for signature by the five Nuclear-Weapon "
        "States (China, France, Russia, United Kingdom, and United States). The NWS has not yet acceded to the "
        "Treaty."
    )
    assert {("not_ratified", c, "bangkok", "consistent") for c in ("CHN", "FRA", "RUS", "GBR", "USA")} <= claims


def test_states_a_treaty_obliges_are_bound_by_it():
    claims = _claims(
        "MANILA, 3 August 2017. The Bangkok Treaty obliges the ASEAN member states: Brunei Darussalam, Cambodia and "
        "Indonesia not to develop nuclear weapons."
    )
    assert {("bound", c, "bangkok", "consistent") for c in ("BRN", "KHM", "IDN")} <= claims


def test_two_groups_with_their_own_lists_keep_their_own_standings():
    # (Portuguese: "three countries have not yet signed the CTBT - A, B and C -, and eight have yet to ratify it: D,
    # E"; then "the ratification by seven other States is still necessary, namely: F, G")
    claims = _claims(
        "Viena, 20 de março de 2015. A adesão ao Tratado é quase universal, tendo sido assinado até à data por 183 "
        "Estados. Em África, apenas três países não assinaram ainda o CTBT - as Maurícias, o "
        "Sudão do Sul e a Somália -, e oito países terão ainda de o ratificar: as Comores, o Egipto e o Zimbabué. "
        "É ainda necessária a ratificação por outros sete Estados fora de África, a saber: China, Índia, Irão."
    )
    assert {("not_signed", c, "ctbt", "consistent") for c in ("MUS", "SSD", "SOM")} <= claims
    assert {("not_ratified", c, "ctbt", "consistent") for c in ("COM", "EGY", "ZWE", "CHN", "IND", "IRN")} <= claims
    assert not any(c[0] == "not_signed" and c[1] in {"COM", "EGY", "ZWE"} for c in claims)
    assert not any(c[0] == "ratified" and c[1] in {"CHN", "IND", "IRN"} for c in claims)


def test_russian_passive_the_document_not_signed_by_and_not_ratified_in():
    claims = _claims(
        "1 октября 2013 года. Россия приветствует ратификацию Ираком ДВЗЯИ, как подчеркнули в МИД России. По мнению "
        "российских дипломатов, этот поступок Ирака способствует скорейшему вступлению договора в силу. Документ не "
        "подписан Индией, Пакистаном и КНДР и не ратифицирован в США, Китае и Египте."
    )
    assert {("not_signed", c, "ctbt", "consistent") for c in ("IND", "PAK", "PRK")} <= claims
    assert {("not_ratified", c, "ctbt", "consistent") for c in ("USA", "CHN", "EGY")} <= claims


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK, 26 January 2011. The New START Treaty was signed by US President Barack Obama and Russian "
        "President Dmitry Medvedev in April 2010.",
        # the surname alone, after the text tied it to an office and a state
        "NEW YORK, 23 December 2010. The ratification is a success for U.S. President Barack Obama. The New START "
        "treaty, signed by Obama and Russian President Dmitry Medvedev in April, trims the arsenals.",
    ],
)
def test_a_treaty_signed_by_two_leaders_each_with_his_state(text: str):
    claims = _claims(text)
    assert {("signed", "USA", "new-start", "consistent"), ("signed", "RUS", "new-start", "consistent")} <= claims


def test_a_name_that_qualifies_a_noun_is_no_leader_acting():
    claims = _claims(
        "MOSCOW, 10 February 2026. When this suspension occurred, under President Joe Biden, we stated our view, "
        "noting that New START was trampled upon by the Biden administration."
    )
    assert not any(c[0] == "suspended" and c[1] == "USA" for c in claims)


def test_a_treaty_that_must_still_pass_a_states_parliament_is_not_ratified_by_it():
    claims = _claims(
        "NEW YORK, 23 December 2010. The New START treaty must still pass Russia's rubberstamp parliament, but "
        "ratification is all but assured."
    )
    assert ("not_ratified", "RUS", "new-start", "consistent") in claims
    assert not any(c[0] == "ratified" for c in claims)


def test_the_senates_parties_ratifying_are_the_united_states():
    claims = _claims(
        "January 26, 1996\n\nToday, Senate Democrats and Republicans, working together, have increased the security "
        "of the American people by ratifying the START II treaty with Russia."
    )
    assert ("ratified", "USA", "start-ii", "consistent") in claims


def test_a_treaty_which_we_put_into_force_entered_into_force():
    claims = _claims(
        "January 26, 1996\n\nTogether with the START I treaty, which we put into force in December 1994, it will "
        "eliminate launchers."
    )
    assert ("in_force", None, "start-i", "consistent") in claims


def test_a_treaty_described_with_its_other_party_first():
    answer = read_text(
        "MOSCOW, 28 May 1988. The Soviet Union approved the treaty with the United States to eliminate land-based "
        "intermediate-range missiles from their nuclear arsenals."
    )
    assert "inf" in {i.id for i in answer.instruments}


def test_of_two_presidents_named_without_a_state_neither_is_taken_for_the_speakers():
    claims = _claims(
        "THE WHITE HOUSE\n\nRemarks by President Gorbachev and President Bush, Moscow, July 31, 1991\n\n"
        "President Gorbachev signed the INF Treaty in Washington."
    )
    assert not any(c[0] == "signed" and c[1] == "USA" for c in claims)


def test_a_leaders_given_names_never_run_past_the_end_of_a_sentence():
    from armscontrol.reader import _LEADER  # on first use: the pattern is private to the reader's entry module

    surnames = [
        _LEADER.search(text).group("surname")  # type: ignore[union-attr]
        for text in ("President Barack Obama. The New START", "President George H.W. Bush signed", "President A. Lee")
    ]
    assert surnames == ["Obama", "Bush", "Lee"]


def test_a_signature_still_to_come_is_not_given():
    claims = _claims(
        "BEIJING, 3 July 2025. China is ready to take the lead in signing the Protocol to the SEANWFZ Treaty. "
        "Yesterday, the Malaysian Minister announced that China and Russia have agreed to become signatories to the "
        "SEANWFZ, while the United States is currently reviewing the treaty before signing."
    )
    assert ("not_signed", "CHN", "bangkok-protocol", "consistent") in claims
    assert {("not_signed", c, "bangkok", "consistent") for c in ("CHN", "RUS", "USA")} <= claims
    assert not any(c[0] == "signed" for c in claims)


def test_a_protocol_a_treaty_includes_and_states_that_will_accede_to_it():
    answer = read_text(
        "SINGAPORE, 21 July 1999. The Treaty on the Southeast Asia Nuclear Weapons Free Zone was signed in Bangkok "
        "in 1995. The treaty also includes a protocol which ASEAN hopes nuclear weapons states, such as China, "
        "Russia and the United States, will eventually accede."
    )
    assert "bangkok-protocol" in {i.id for i in answer.instruments}
    claims = {(c.kind, c.party, c.instrument, c.verdict) for c in answer.claims}
    assert {("not_ratified", c, "bangkok-protocol", "consistent") for c in ("CHN", "RUS", "USA")} <= claims


def test_a_party_to_the_instruments_named_after_to_not_the_one_before():
    claims = _claims(
        "NEW YORK, 24 March 2022. The Gambia signed the CTBT in 2003 and is a party to the Treaty on the "
        "Non-Proliferation of nuclear weapons (NPT) and the Pelindaba Treaty, which established the zone."
    )
    assert {("bound", "GMB", "npt", "consistent"), ("bound", "GMB", "pelindaba", "consistent")} <= claims
    assert not any(c[0] == "bound" and c[2] == "ctbt" for c in claims)


def test_a_german_name_in_its_everyday_words_and_the_document_that_entered_into_force():
    answer = read_text(
        "GENF, 27. März 2024. Die Schweizer Behörden haben beschlossen, dass die Schweiz dem Vertrag über das "
        "Verbot von Atomwaffen derzeit nicht beitreten wird, heißt es in einer Erklärung auf der Website des "
        "Außenministeriums. Derzeit haben 93 Länder den Vertrag unterzeichnet. Das Dokument trat am 22. Januar 2021 "
        "in Kraft."
    )
    assert "tpnw" in {i.id for i in answer.instruments}
    assert ("in_force", None, "tpnw", "consistent") in {
        (c.kind, c.party, c.instrument, c.verdict) for c in answer.claims
    }


def test_the_republic_of_congo_without_its_article_and_a_treaty_yet_to_come_into_force():
    claims = _claims(
        "NEW YORK, 26 September 2014. With the most recent ratification of the CTBT by the Republic of Congo early "
        "this month, there are 163 ratifying States. Even today, however, the CTBT is yet to come into force."
    )
    assert ("ratified", "COG", "ctbt", "consistent") in claims
    assert ("not_in_force", None, "ctbt", "consistent") in claims


def test_obligations_fulfilled_by_these_states_bind_them_and_obligations_asked_for_do_not():
    claims = _claims(
        "December 4, 2009. The Republic of Belarus, the Republic of Kazakhstan, and Ukraine acceded to the NPT. The "
        "fulfillment by these states of their obligations under the Lisbon Protocol strengthened security."
    )
    assert {("bound", c, "lisbon-protocol", "consistent") for c in ("BLR", "KAZ", "UKR")} <= claims
    asked = _claims(
        "VIENNA, 12 February 2003. The Board calls on North Korea to comply with its obligations under the NPT."
    )
    assert not any(c[0] == "bound" for c in asked)


def test_a_passive_after_a_relative_aside_is_said_of_the_instrument_before_the_aside():
    claims = _claims(
        "December 22, 1995. Mr. President, the START II Treaty, which builds upon START, was signed by the United "
        "States and the Russian Federation on January 3, 1993."
    )
    assert {("signed", "USA", "start-ii", "consistent"), ("signed", "RUS", "start-ii", "consistent")} <= claims
    assert not any(c[2] == "start-i" for c in claims)


def test_a_text_with_no_date_is_judged_as_of_the_latest_act_it_tells():
    answer = read_text(
        "Guinea-Bissau ratifies the CTBT\n\nGuinea-Bissau has ratified the Comprehensive Nuclear-Test-Ban Treaty, the "
        "161st State to do so. In Africa, nine States have yet to ratify the Treaty: Angola, Comoros, Egypt and "
        "Zimbabwe."
    )
    assert (answer.date, answer.date_source) == (dt.date(2013, 9, 24), "acts")
    assert "Guinea-Bissau" in (answer.date_note or "") and answer.date_ref is not None
    claims = {(c.kind, c.party, c.instrument, c.verdict) for c in answer.claims}
    # Angola ratified in 2015: not yet on the earliest day the statement can be (read as of today, it would be false)
    assert ("not_ratified", "AGO", "ctbt", "consistent") in claims


def test_an_act_that_would_make_true_claims_false_dates_nothing():
    # the entry into force of 1970 is before the extension the text also tells: no day before the statement's
    answer = read_text(
        "The NPT entered into force in 1970. It was extended indefinitely in 1995, and it binds 191 States."
    )
    assert answer.date_source == "not_read"


def test_a_given_date_is_never_replaced_by_an_act():
    answer = read_text("Guinea-Bissau has ratified the Comprehensive Nuclear-Test-Ban Treaty.", "2020-01-01")
    assert (answer.date, answer.date_source) == (dt.date(2020, 1, 1), "option")


def test_a_treaty_another_president_and_i_signed_is_signed_by_both_sides():
    claims = _claims(
        "United States. Executive Office of the President, Weekly Compilation of Presidential Documents, Week "
        "Ending Friday, March 7, 2003\nStatement on Senate Ratification of the Moscow Treaty, March 7, 2003\n"
        "I commend the Senate's action to give its consent to ratification of the Moscow Treaty that President "
        "Putin and I signed on May 24, 2002, in Moscow, Russia."
    )
    assert {("signed", "USA", "sort", "consistent"), ("signed", "RUS", "sort", "consistent")} <= claims


def test_a_treaty_signed_by_a_minister_of_a_state_with_his_ministrys_own_of():
    # (Spanish: "fue suscrito por el Ministro de Relaciones Exteriores de Cuba ..., en nombre del Gobierno")
    claims = _claims(
        "La Habana, 24 de enero de 2018. El Tratado sobre la Prohibición de las Armas Nucleares fue suscrito por el "
        "Ministro de Relaciones Exteriores de Cuba, Bruno Rodríguez Parrilla, en nombre del Gobierno de la República "
        "de Cuba, el 20 de septiembre de 2017, en la sede de la ONU, con los representantes de otros Estados."
    )
    assert ("signed", "CUB", "tpnw", "consistent") in claims


@pytest.mark.parametrize(
    "text",
    [
        "BEIJING, 24 September 2021. As one of the first signatories of the CTBT, China has upheld its purposes.",
        "BEIJING, 24 September 2021. As a signatory to the CTBT, China has upheld its purposes.",
    ],
)
def test_as_a_signatory_the_subject_after_the_phrase_signed(text: str):
    assert ("signed", "CHN", "ctbt", "consistent") in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, 28 May 1988. The country gained with the removal of U.S. Pershing 2 missiles from Europe.",
        "January 26, 1996. The launchers carried 14,000 warheads, two-thirds of the nuclear arsenal.",
        "VIENNA, 24 September 2021. We celebrate the twenty-fifth anniversary year of the Treaty.",
    ],
)
def test_a_weapon_systems_number_a_share_and_a_rank_are_no_counts(text: str):
    figures = {(f.value, f.unit) for f in read_text(text).figures}
    assert not figures - {(14000.0, "warheads")}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Iran, a party to the NPT since 1970, denies seeking nuclear weapons.", ("bound", "IRN", "npt")),
        ("Pakistan remains outside the NPT.", ("not_ratified", "PAK", "npt")),
        ("The United Kingdom was among the first to ratify the CTBT in 1998.", ("ratified", "GBR", "ctbt")),
        ("Saudi Arabia is one of the few states that have not signed the CTBT.", ("not_signed", "SAU", "ctbt")),
        (
            "Egypt, Iran and Israel are among the Annex 2 states that have not ratified the CTBT.",
            ("not_ratified", "ISR", "ctbt"),
        ),
        (
            "The U.S. Senate voted 51-48 against ratification of the CTBT in October 1999.",
            ("not_ratified", "USA", "ctbt"),
        ),
        ("Washington and Moscow signed the INF Treaty in December 1987.", ("signed", "SUN", "inf")),
        (
            "New START, signed in Prague in 2010 by Presidents Obama and Medvedev, entered into force in 2011.",
            ("signed", "RUS", "new-start"),
        ),
        (
            "Under the Lisbon Protocol, Belarus, Kazakhstan and Ukraine became parties to START.",
            ("ratified", "UKR", "start-i"),
        ),
    ],
)
def test_plain_english_shapes_of_a_standing(text: str, claim: tuple[str, str, str]):
    claims = {(c.kind, c.party, c.instrument) for c in read_text("LONDON, 1 June 2024. " + text).claims}
    assert claim in claims
    kind, party, instrument = claim
    opposite = {"not_ratified": "ratified", "not_signed": "signed"}.get(kind)
    assert (opposite, party, instrument) not in claims


def test_an_extension_agreed_a_ratification_still_elusive_and_protocols_named_with_of():
    claims = _claims(
        "LONDON, 1 June 2024. The United States and Russia agreed to extend New START until February 2026. "
        "Ratification of the CTBT by the United States remains elusive. Russia has ratified Protocols I and II of "
        "the Treaty of Pelindaba."
    )
    assert ("extended", None, "new-start", "consistent") in claims
    assert ("not_ratified", "USA", "ctbt", "consistent") in claims
    assert ("ratified", "USA", "ctbt", "consistent") not in claims
    assert {
        ("ratified", "RUS", "pelindaba-protocol-i", "consistent"),
        ("ratified", "RUS", "pelindaba-protocol-ii", "consistent"),
    } <= claims
    # agreeing to ratify is no ratification
    assert not any(c[0] == "ratified" for c in _claims("LONDON, 1 June 2024. France agreed to ratify the CTBT."))


def test_a_dateline_without_its_year_takes_the_first_such_day_after_the_latest_act_told():
    answer = read_text(
        "UN Secretary General Ban Ki-moon welcomed on Thursday the Senate's vote on a landmark treaty.\n"
        "The New START treaty, signed by U.S. President Barack Obama and Russian President Dmitry Medvedev in April, "
        "must still pass Russia's parliament.\nUNITED NATIONS, December 23 (RIA Novosti)"
    )
    assert (answer.date, answer.date_source) == (dt.date(2010, 12, 23), "acts")
    assert "UNITED NATIONS, December 23" in (answer.date_note or "")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # short texts in another language, with no English function word: read through the gloss
        (
            "Lisboa, 1 de junho de 2024. Os Estados Unidos ainda não ratificaram o CTBT, recordou o ministro, que está "
            "comprometido com o tratado.",
            ("not_ratified", "USA", "ctbt"),
        ),
        (
            "1 июня 2024 года. США не ратифицировали ДВЗЯИ, напомнил министр, что страна привержена этим договорам.",
            ("not_ratified", "USA", "ctbt"),
        ),
        # "Договор о СНВ" put in its time; the Russian usual name of the INF Treaty; the Spanish short name of the NPT
        (
            "1 июня 2024 года. Россия приостановила участие в Договоре о СНВ в 2023 году, напомнил министр, что страна "
            "привержена этим договорам.",
            ("suspended", "RUS", "new-start"),
        ),
        (
            "1 июня 2024 года. Договор о ракетах средней и меньшей дальности прекратил действие в 2019 году, напомнил "
            "министр, что страна привержена этим договорам.",
            ("not_in_force", None, "inf"),
        ),
        (
            "Madrid, 1 de junio de 2024. Brasil se adhirió al Tratado de No Proliferación en 1998, recordó el ministro, "
            "que sigue apoyando el desarme en el marco de las Naciones Unidas.",
            ("ratified", "BRA", "npt"),
        ),
    ],
)
def test_short_statements_in_other_languages(text: str, claim: tuple[str, str | None, str]):
    assert claim in {(c.kind, c.party, c.instrument) for c in read_text(text).claims}


def test_a_new_start_treaty_in_russian_submitted_for_ratification_is_not_ratified():
    claims = _claims(
        "Президент России Дмитрий Медведев внес на ратификацию в Госдуму новый российско-американский Договор о СНВ. "
        "Президенты России и США подписали Договор 8 апреля в Праге."
    )
    assert {("signed", "RUS", "new-start", "consistent"), ("signed", "USA", "new-start", "consistent")} <= claims
    assert not any(c[0] == "ratified" for c in claims)


def test_a_day_with_hyphens_and_a_legislatures_vote_under_a_dateline_without_its_year():
    assert read_text("14-Apr-2000 The Duma ratified START II.").date == dt.date(2000, 4, 14)
    # the Duma's vote comes before the ratification the data records (4 May 2000): the dateline's day before it
    answer = read_text("Moscow, 14 April (Interfax). The Duma ratified START II.")
    assert (answer.date, answer.date_source) == (dt.date(2000, 4, 14), "acts")


def test_a_ratification_whose_importance_is_stressed_and_a_count_with_its_exception():
    claims = _claims(
        "ASTANA, 20 September 2023. Kazakh president stresses importance of US ratification of the Protocol to the "
        "CANWFZ Treaty. The Protocol has been signed by the five nuclear-weapons states in 2014, but was, so far, "
        "ratified by four with the exception of the United States."
    )
    assert ("not_ratified", "USA", "semipalatinsk-protocol", "consistent") in claims
    assert not any(c[0] == "ratified" and c[1] == "USA" for c in claims)


def test_a_treaty_as_a_binding_commitment_by_the_states_it_lists():
    claims = _claims(
        "ASTANA, 20 September 2023. The CANWFZ treaty is a legally binding commitment by Central Asian States "
        "(Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, and Uzbekistan) not to possess nuclear weapons."
    )
    assert {("bound", c, "semipalatinsk", "consistent") for c in ("KAZ", "KGZ", "TJK", "TKM", "UZB")} <= claims


def test_russian_termination_suspension_decision_and_signers_after_the_verb():
    claims = _claims(
        "02.08.2019. В МИД России заявили, что 2 августа официально прекращено действие Договора о ликвидации ракет "
        "средней и меньшей дальности по инициативе американской стороны, как сообщает агентство."
    )
    assert ("not_in_force", None, "inf", "consistent") in claims
    claims = _claims(
        "22 февраля 2023 года. Госдума приняла закон о ДСНВ. Его подписали президенты Дмитрий Медведев и Барак Обама. "
        "О решении приостановить участие России в договоре Путин объявил в послании 21 февраля."
    )
    assert {("signed", "RUS", "new-start", "consistent"), ("signed", "USA", "new-start", "consistent")} <= claims
    assert ("suspended", "RUS", "new-start", "consistent") in claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "La Habana, 22 de enero de 2022. Cuba se enorgullece de ser parte de este instrumento, escribió el Canciller "
            "sobre el Tratado sobre Prohibición de las Armas Nucleares, que sigue vigente y que es uno de los más "
            "importantes para las naciones de la región.",
            ("bound", "CUB", "tpnw"),
        ),
        (
            "Moscú, 4 de noviembre de 2019. Todas las naciones de Europa, incluidas Rusia, el Reino Unido y Francia, "
            "ratificaron el TPCEN, que sigue siendo uno de los tratados más importantes para la seguridad.",
            ("ratified", "GBR", "ctbt"),
        ),
        (
            "Luanda, 20 de novembro de 2013. Angola foi um dos primeiros países do continente a assinar o tratado de "
            "interdição de ensaios nucleares em 1996, disse o ministro, que está comprometido com o tratado.",
            ("signed", "AGO", "ctbt"),
        ),
        (
            "Cidade do México, 8 de novembro de 2002. Com a assinatura de Cuba, o Tratado de Tlatelolco obtém plena "
            "vigência em seu propósito de garantir o desarmamento nuclear em toda a região, disse o embaixador.",
            ("in_force", None, "tlatelolco"),
        ),
    ],
)
def test_spanish_and_portuguese_wording_of_the_twenty_second_set(text: str, claim: tuple[str, str | None, str]):
    assert claim in {(c.kind, c.party, c.instrument) for c in read_text(text).claims}
