"""Rules of the twentieth pass on the reader, which opened the nineteenth held-out set
(tests/statements/heldout-2026s), each on short invented text."""

from __future__ import annotations

import pytest

from armscontrol.reader import read_text


def _claims(text: str, on: str | None = None) -> set[tuple[str, str | None, str | None, str]]:
    return {(c.kind, c.party, c.instrument, c.verdict) for c in read_text(text, on).claims}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "WASHINGTON, 6 February 2019. I object to President Trump's suspension of U.S. participation in the INF "
            "Treaty.",
            ("suspended", "USA", "inf", "consistent"),
        ),
        (
            "WASHINGTON, 6 February 2019. We have deep concerns regarding President Trump's suspension of U.S. "
            "participation in the INF Treaty.",
            ("suspended", "USA", "inf", "consistent"),
        ),
        (
            "MOSCOW, 22 February 2023. We regret the suspension of Russian participation in New START.",
            ("suspended", "RUS", "new-start", "consistent"),
        ),
    ],
)
def test_a_suspension_of_a_state_s_participation_named_before_the_noun(text: str, claim: tuple):
    assert claim in _claims(text)


def test_a_topic_word_still_marks_an_act_ahead_where_no_owner_has_taken_it():
    # "regarding the extension of" speaks of a step to come; only an owner's suspension or withdrawal is done
    assert not _claims("GENEVA, 1 March 2020. We held talks regarding the extension of New START.")


def test_a_treaty_that_has_been_in_force_and_that_a_senate_approved():
    claims = _claims(
        "WASHINGTON, 6 February 2019. The President is pulling out of the INF Treaty, a treaty that was approved by "
        "the U.S. Senate by a vote of 93-5 and that has been in force for three decades."
    )
    assert ("ratified", "USA", "inf", "consistent") in claims
    assert ("in_force", None, "inf", "consistent") in claims


def test_approved_by_no_legislature_is_no_ratification():
    assert not _claims("WASHINGTON, 6 February 2019. The INF Treaty text was approved by the negotiators in 1987.")


def test_an_infinitive_after_to_is_a_verb_in_small_letters():
    # "to President Trump's suspension" is no "to <verb>" (as in "to facilitate Russia's ratification")
    assert ("ratified", "RUS", "ctbt", "consistent") not in _claims(
        "MOSCOW, 1 June 2010. We aim to facilitate Russia's ratification of the CTBT."
    )


def test_the_treaty_before_a_duration_is_the_treaty_named_before():
    claims = _claims(
        "MOSCOW, 27 September 2025. The CTBT is not in force. The main reason is the refusal of the United States "
        "to ratify the Treaty for nearly 30 years."
    )
    assert ("not_ratified", "USA", "ctbt", "consistent") in claims
    assert not {c for c in claims if c[0] == "ratified"}


def test_russian_non_entry_into_force_and_refusal_to_ratify():
    text = (
        "Москва, 27 сентября 2025 года. В МИД России указали, что это не так и что на Пхеньян нельзя возложить "
        "ответственность за невступление ДВЗЯИ в силу. Основная причина в том, что это отказ США ратифицировать "
        "договор на протяжении почти 30 лет, и он не может быть оправдан."
    )
    claims = _claims(text)
    assert ("not_in_force", None, "ctbt", "consistent") in claims
    assert ("not_ratified", "USA", "ctbt", "consistent") in claims
    # the infinitive is what the United States refuses, never a ratification it made
    assert not {c for c in claims if c[0] == "ratified"}


def test_a_signature_named_in_a_heading_whose_lines_are_underlined():
    text = (
        "WORTLAUT DER ERKLÄRUNG DER REGIERUNG DER BUNDESREPUBLIK\n"
        "=======================================================\n"
        "DEUTSCHLAND BEI DER UNTERZEICHNUNG DES VERTRAGES ÜBER DIE\n"
        "=========================================================\n"
        "NICHTVERBREITUNG VON KERNWAFFEN (ATOMWAFFENSPERRVERTRAG)\n"
        "========================================================\n"
        "VOM 28. NOVEMBER 1969\n\n"
        "Die Regierung der Bundesrepublik Deutschland begrüßt es, daß der Vertrag die Nichtverbreitung von Kernwaffen "
        "verfestigt, und geht davon aus, daß der Vertrag der Bundesrepublik Deutschland gegenüber so ausgelegt wird "
        "wie gegenüber den anderen Vertragsparteien."
    )
    assert ("signed", "DEU", "npt", "consistent") in _claims(text)


def test_a_legislature_that_waits_or_has_done_nothing_has_not_ratified():
    claims = _claims(
        "WASHINGTON, 1 October 1999. Members of the U.S. Senate differ on the Comprehensive Test Ban Treaty, which "
        "has been awaiting Senate ratification ever since President Clinton signed it in 1996."
    )
    assert ("not_ratified", "USA", "ctbt", "consistent") in claims
    assert ("signed", "USA", "ctbt", "consistent") in claims
    # the Congressional Record is the United States' record: "the Senate" alone is its Senate
    claims = _claims(
        "Congressional Record -- 106th Congress\nSeptember 23, 1999\n\nMr. DASCHLE. Mr. President, I must point out "
        "the Senate has done absolutely nothing on CTBT. The Joint Chiefs of Staff support ratification of this "
        "treaty."
    )
    assert claims == {("not_ratified", "USA", "ctbt", "consistent")}


def test_a_vote_on_a_ratification_and_a_step_to_secure_it_are_no_ratification():
    claims = _claims(
        "WASHINGTON, 10 September 1999. The Senate of the United States has a duty to debate and then take a vote on "
        "the ratification of this important test ban treaty, the CTBT. We will work with the Senate to secure early "
        "ratification of the CTBT."
    )
    assert not {c for c in claims if c[0] == "ratified"}


@pytest.mark.parametrize("written", ["États-Unis", "États Unis", "Etats Unis", "ETATS-UNIS"])
def test_a_hyphen_written_as_a_space_is_read_as_the_name(written: str):
    # the gloss takes a hyphen as optional or as a space; the lookup of what it matched must not fail on either
    answer = read_text(
        f"Le 5 mars 2010, la France et les {written} ont rappelé que le traité de non-prolifération est en vigueur "
        "depuis 1970 et que les deux pays sont parties au traité."
    )
    assert "USA" in {p.code for p in answer.places}


def test_an_act_kept_from_being_taken_is_denied_of_the_one_kept_from_it():
    claims = _claims(
        "MEXICO CITY, 14 February 2012. The United States will engage with the parties to the treaties establishing "
        "nuclear-weapon-free zones in Southeast and Central Asia to address the problems that had prevented our "
        "signature of their Protocols."
    )
    # "their Protocols": the protocols of each zone treaty the sentence names, the region's noun said once for both
    assert ("not_signed", "USA", "bangkok-protocol", "consistent") in claims
    assert ("not_signed", "USA", "semipalatinsk-protocol", "consistent") in claims
    assert not {c for c in claims if c[0] == "signed"}
    # "prevented X from signing": X was kept from it, not the clause's subject
    assert _claims(
        "WASHINGTON, 1 May 2012. The United States said that problems had prevented India from signing the CTBT."
    ) == {("not_signed", "IND", "ctbt", "consistent")}


def test_a_zone_treaty_called_an_agreement_by_its_region():
    answer = read_text(
        "TASHKENT, 6 May 2014. Agreement on Nuclear Free Zone in Central Asia entered into force on 21 March 2009."
    )
    assert "semipalatinsk" in {i.id for i in answer.instruments}
    assert ("in_force", None, "semipalatinsk", "consistent") in {
        (c.kind, c.party, c.instrument, c.verdict) for c in answer.claims
    }


def test_contemplating_withdrawal_and_a_clause_of_purpose_state_no_act():
    assert not _claims(
        "LONDON, 6 February 1985. We are not aware that any party is contemplating withdrawal from the "
        "non-proliferation treaty."
    )
    assert not _claims(
        "NEW YORK, 24 September 2018. We call on all states to ratify the TPNW so that it comes into force without "
        "any delay."
    )
    # the present of a main clause is the day's fact
    assert ("in_force", None, "tpnw", "consistent") in _claims(
        "NEW YORK, 22 January 2021. The TPNW comes into force today."
    )


def test_a_party_to_both_of_a_treaty_s_protocols_is_bound_by_each():
    claims = _claims(
        "WASHINGTON, 13 February 2017. The United States has been a strong supporter of the Treaty of Tlatelolco. The "
        "United States is a Party to both of the Treaty's Protocols."
    )
    assert ("bound", "USA", "tlatelolco-protocol-i", "consistent") in claims
    assert ("bound", "USA", "tlatelolco-protocol-ii", "consistent") in claims


def test_the_term_of_a_treaty_that_ended_on_its_last_day():
    assert ("not_in_force", None, "new-start", "consistent") in _claims(
        "MOSCOW, 5 February 2026. The term of the New START Treaty ended on Thursday, 5 February."
    )
    text = (
        "ТБИЛИСИ, 5 февраля 2026 года. Срок действия Договора о сокращении стратегических наступательных вооружений "
        "(ДСНВ) завершился в четверг, и он прекратит свое действие по истечении суток, сказал Песков. Это не так, "
        "что мы не ответили на это."
    )
    assert ("not_in_force", None, "new-start", "consistent") in _claims(text)


def test_a_group_counted_whole_names_back_the_list_of_that_many_states():
    text = (
        "ALMATY, 2 February 2026. The Semipalatinsk Treaty was signed on Sept. 8, 2006, by Kazakhstan, the Kyrgyz "
        "Republic, Tajikistan, Turkmenistan and Uzbekistan. It entered into force on March 21, 2009, after "
        "ratification by all five countries."
    )
    ratified = {c[1] for c in _claims(text) if c[0] == "ratified"}
    assert ratified == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
    # a count that no list before it has is not told: nobody's act is read
    assert not {
        c
        for c in _claims(
            "ALMATY, 1 May 2010. Kazakhstan, Kyrgyzstan and Tajikistan met. All five countries have ratified the "
            "Semipalatinsk Treaty."
        )
        if c[0] == "ratified"
    }
    # "the five Central Asian countries" after a list may be another group (their ministers): not read
    assert not {
        c
        for c in _claims(
            "NEW YORK, 31 March 2009. The ambassadors of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and "
            "Uzbekistan spoke. The foreign ministers of the five Central Asian countries signed the Semipalatinsk "
            "Treaty in September 2006."
        )
        if c[0] == "signed"
    }


def test_french_member_state_in_force_and_an_extension_for_an_indefinite_period():
    text = (
        "Déclaration du Ministère des Affaires étrangères de la Fédération de Russie. Ce jeudi 5 mars 2020 marque le "
        "50e anniversaire de l'entrée en vigueur du Traité sur la non-prolifération des armes nucléaires (TNP). Sa "
        "prolongation pour une durée indéterminée en 1995 a marqué une étape importante. En tant qu'État membre du "
        "TNP et l'un de ses dépositaires, la Fédération de Russie respecte rigoureusement toutes les dispositions du "
        "Traité."
    )
    claims = _claims(text)
    assert ("extended", None, "npt", "consistent") in claims
    assert ("bound", "RUS", "npt", "consistent") in claims
    assert ("in_force", None, "new-start", "consistent") in _claims(
        "MOSCOW, 1 September 2020. The New START Treaty is the only one in force between Russia and the United States."
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a byline block under a page's banner of sentences
        (
            "A lock ( ) or https:// means you have safely connected to the .gov website. Share sensitive information "
            "only on official, secure websites.\n\nPress Statement\nMark C. Toner\nActing Spokesperson\nWashington, DC\n"
            "February 13, 2017\n\nFifty years ago, on February 14, 1967, the Treaty of Tlatelolco opened for "
            "signature.",
            "2017-02-13",
        ),
        # the anniversary of a treaty's signing, which many states signed first on the day it opened for signature
        (
            "Mr. BIDEN. Mr. President, today is the second anniversary of the signing of the Comprehensive Nuclear "
            "Test-Ban Treaty. It is also nearly a year since the President submitted that treaty to the Senate.",
            "1998-09-24",
        ),
        # an event the text says happens today
        (
            "El Gobierno de México da la bienvenida a la adopción el día de hoy del Tratado sobre la Prohibición de "
            "las Armas Nucleares en la sede de las Naciones Unidas. Cuando entre en vigor, este nuevo instrumento "
            "prohibirá la producción y la posesión de armas nucleares para los Estados que decidan adherirse al mismo.",
            "2017-07-07",
        ),
    ],
)
def test_a_statement_dated_by_its_byline_or_by_the_event_of_its_day(text: str, day: str):
    answer = read_text(text)
    assert str(answer.date) == day
    assert answer.date_source == "text"


def test_two_leaders_who_signed_a_bilateral_treaty_are_its_two_sides():
    claims = _claims(
        "MOSCOW, 1 December 1986. SALT II was signed by President Jimmy Carter and Soviet leader Leonid I. Brezhnev "
        "in Vienna in 1979."
    )
    assert {("signed", "USA", "salt-ii", "consistent"), ("signed", "SUN", "salt-ii", "consistent")} <= claims
    # a treaty of many states: the leader named with an office alone is not told
    assert not {
        c
        for c in _claims(
            "LONDON, 1 December 1996. The CTBT was signed by President Clinton and British Prime Minister John Major "
            "in September."
        )
        if c[1] == "USA"
    }


def test_a_record_stamped_with_its_month_and_a_report_s_this_weekday():
    text = (
        "date 2021-01 D'après la porte-parole du ministère russe des Affaires étrangères, le travail autour de la "
        "prorogation du traité New Start entre la Russie et les États-Unis est en cours. «Les experts travaillent "
        "activement dans ce domaine», a-t-elle fait savoir ce lundi 25 janvier à la chaîne de télévision Rossiya 24. "
        "Il s'agit du seul traité américano-russe encore en vigueur sur la limitation des armements nucléaires."
    )
    answer = read_text(text)
    assert str(answer.date) == "2021-01-25"
    assert ("in_force", None, "new-start", "consistent") in {
        (c.kind, c.party, c.instrument, c.verdict) for c in answer.claims
    }
    # an event's weekday is not the report's day
    assert str(
        read_text("date 2000-04 The Conference, set to begin on Monday 24 April, is pivotal. It opens.").date
    ) != ("2000-04-24")


def test_russian_as_a_state_party_and_since_the_day_of_entry_into_force():
    text = (
        "МОСКВА, 5 марта 2015 года. В четверг исполняется 45 лет со дня вступления в силу ДНЯО, который считается "
        "основным документом режима нераспространения. «Как государство-участник ДНЯО и как один из его депозитариев "
        "Российская Федерация неукоснительно следует положениям Договора», — отмечается в сообщении МИД России."
    )
    claims = _claims(text)
    assert ("in_force", None, "npt", "consistent") in claims
    assert ("bound", "RUS", "npt", "consistent") in claims


def test_who_welcomes_a_ratification_is_not_who_ratified():
    assert not {
        c for c in _claims("MOSCOW, 1 February 2013. The Russian Federation welcomes the ratification of the CTBT.")
    }
    assert ("ratified", "BRN", "ctbt", "consistent") in _claims(
        "MOSCOW, 1 February 2013. The Russian Federation welcomes the ratification of the CTBT by Brunei."
    )
    assert ("ratified", "IDN", "ctbt", "consistent") in _claims(
        "NEW YORK, 6 December 2011. The Secretary-General welcomes the ratification of the Treaty by the House of "
        "Representatives of Indonesia. The CTBT needs 44 States."
    ) | _claims(
        "NEW YORK, 6 December 2011. The Secretary-General welcomes the ratification of the CTBT by the House of "
        "Representatives of Indonesia."
    )


def test_a_treaty_the_speaker_is_signing_today_is_signed_by_the_speaker_s_state():
    claims = _claims(
        "The White House. WASHINGTON, 28 May 1976. The treaty on peaceful nuclear explosions which we are signing "
        "today is an historic milestone."
    )
    assert ("signed", "USA", "pne-treaty", "consistent") in claims
    # an act under way with no day of its own is not done
    assert not _claims("The White House. WASHINGTON, 28 May 1976. We are signing agreements on trade.")


def test_the_nth_state_to_sign_and_a_subject_that_describes_the_state_last_named():
    claims = _claims(
        "VIENNA, 1 June 2021. Cuba appointed an ambassador to the CTBTO. The Caribbean country became the 185th State "
        "to sign the CTBT and the 169th to ratify it."
    )
    assert {("signed", "CUB", "ctbt", "consistent"), ("ratified", "CUB", "ctbt", "consistent")} <= claims
    # in Spanish, with the rank as a bare number
    claims = _claims(
        "VIENA, 1 de junio de 2021. Cuba se convirtió en el 185 Estado en firmar el Tratado de Prohibición Completa de "
        "los Ensayos Nucleares y el 169 en ratificarlo, lo que le permitió nombrar a un representante de la nación."
    )
    assert {("signed", "CUB", "ctbt", "consistent"), ("ratified", "CUB", "ctbt", "consistent")} <= claims
    # "The country that ..." defines a country; it does not name the last one
    assert not _claims(
        "VIENNA, 1 June 2021. Cuba appointed an ambassador. The country that signed the CTBT last is not named here."
    )


def test_a_page_stamped_with_a_russian_short_month_above_its_tags():
    text = (
        "Tokayev: Central Asia is nuclear-weapon-free territory\n\nOn September 28, the President of Kazakhstan "
        "addressed the General Assembly. In this context, the President highlighted the profound relevance of the "
        "resuscitation of nuclear deal talks with Iran and the extension of the START agreement.\n\n"
        "30 сен 2021, 13:55\nPhoto source:\n\nстраны центральной азии\n"
    )
    answer = read_text(text)
    assert str(answer.date) == "2021-09-30"
    # dated, "START" in 2021 is New START
    assert "new-start" in {i.id for i in answer.instruments}
    assert "start-i" not in {i.id for i in answer.instruments}
