"""Invented one-line statements of common shapes, and how many the reader reads as the shape says.

Run: .venv/bin/python benchmarks/reader_probes.py [--misses]

The held-out sets measure the reader on real statements nobody working on it has read; these batches measure it on
sentences written to a shape ("Iran, a party to the NPT since 1970, ..."; "La France a ratifié ..."; "14-Apr-2000"),
none taken from any set, the way a user would probe it. Each line names the claim (kind, party, instrument) or the
date the sentence states; a batch's score is how many of its lines the reader finds. The twenty-second pass wrote the
five batches and measured them before and after its work on them (in ``docs/reader.md``); the cases the work fixed
are also tests (``tests/reader/test_reader_twenty_second_pass.py``), so these figures show the rest: what a new
shape still misses. The twenty-third pass wrote nine more (English 4 to 7, speakers, five languages 2, Russian, demands
and hopes, figures), none taken from any set, measured before and after its work in ``docs/reader.md``; the lines it fixed
are tests in ``tests/reader/test_reader_twenty_third_pass.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt

from armscontrol.reader import read_text

ENGLISH_HEAD = "LONDON, 1 June 2024. "

# (sentence, the claim it states as 'kind party instrument'; None: a sentence that states none the data judges)
PLAIN = [
    (
        "Argentina deposited its instrument of ratification of the Treaty of Tlatelolco on 18 January 1994.",
        "ratified ARG tlatelolco",
    ),
    ("The CTBT was ratified by Kazakhstan in 2002.", "ratified KAZ ctbt"),
    ("Kazakhstan's ratification of the CTBT came in 2002.", "ratified KAZ ctbt"),
    ("Moscow ratified the CTBT in 2000.", "ratified RUS ctbt"),
    ("Washington has not ratified the CTBT.", "not_ratified USA ctbt"),
    (
        "Russia and the United States signed New START in 2010. Both countries ratified it in 2011.",
        "ratified RUS new-start",
    ),
    ("The United States withdrew from the ABM Treaty in 2002.", "withdrew USA abm"),
    ("India has neither signed nor ratified the CTBT.", "not_signed IND ctbt"),
    ("The CTBT, which Russia ratified in 2000, has not entered into force.", "ratified RUS ctbt"),
    ("Iran, a party to the NPT since 1970, denies seeking nuclear weapons.", "bound IRN npt"),
    ("Tokyo signed the NPT in 1970 and ratified it in 1976.", "ratified JPN npt"),
    ("France and Britain ratified the CTBT on the same day in 1998.", "ratified FRA ctbt"),
    ("The Senate rejected the CTBT in 1999.", "not_ratified USA ctbt"),
    ("North Korea announced its withdrawal from the NPT in 2003.", "withdrew PRK npt"),
    ("The NPT has been in force since 1970.", "in_force None npt"),
    ("Israel is not a party to the NPT.", "not_ratified ISR npt"),
    ("Pakistan remains outside the NPT.", "not_ratified PAK npt"),
    ("Egypt signed but has not ratified the CTBT.", "not_ratified EGY ctbt"),
    ("China signed the CTBT in 1996 but has yet to ratify it.", "not_ratified CHN ctbt"),
    ("Beijing has yet to ratify the CTBT.", "not_ratified CHN ctbt"),
    ("The Treaty of Pelindaba entered into force in July 2009.", "in_force None pelindaba"),
    ("South Africa acceded to the NPT in 1991.", "ratified ZAF npt"),
    ("Ukraine joined the NPT as a non-nuclear-weapon state in 1994.", "ratified UKR npt"),
    ("Russia suspended its participation in New START in February 2023.", "suspended RUS new-start"),
    ("The INF Treaty expired in August 2019.", "not_in_force None inf"),
    (
        "Since its signature in 1996, the CTBT has been signed by 187 states, including the United States.",
        "signed USA ctbt",
    ),
    ("The Kremlin ratified the treaty on Strategic Offensive Reductions in 2003.", "ratified RUS sort"),
    ("The United Kingdom was among the first to ratify the CTBT in 1998.", "ratified GBR ctbt"),
    ("Mongolia, which declared itself nuclear-weapon-free in 1992, is a party to the NPT.", "bound MNG npt"),
    ("Having ratified the NPT in 1970, the Soviet Union was a depositary.", "ratified SUN npt"),
    (
        "Cuba became the last Latin American state to ratify the Treaty of Tlatelolco in 2002.",
        "ratified CUB tlatelolco",
    ),
    ("The ratification of the CTBT by Indonesia in 2012 was welcomed.", "ratified IDN ctbt"),
    ("Brazil ratified the NPT in 1998, ending decades of holdout.", "ratified BRA npt"),
    ("New START was extended for five years in 2021.", "extended None new-start"),
    ("Russia revoked its ratification of the CTBT in November 2023.", "ratification_revoked RUS ctbt"),
    ("The two countries signed the treaty, known as New START, in Prague.", "signed USA new-start"),
    ("Neither India nor Pakistan has signed the CTBT.", "not_signed PAK ctbt"),
    ("Of the 44 Annex 2 states, India, Pakistan and North Korea have not signed the CTBT.", "not_signed PRK ctbt"),
    ("Saudi Arabia is one of the few states that have not signed the CTBT.", "not_signed SAU ctbt"),
    ("The treaty was signed in Moscow by the United States and the Soviet Union in 1963.", "signed SUN ptbt"),
]

PLAIN_2 = [
    (
        "Kazakhstan was the first Central Asian state to ratify the treaty on a nuclear-weapon-free zone in Central Asia.",
        "ratified KAZ semipalatinsk",
    ),
    ("The START I Treaty expired on 5 December 2009.", "not_in_force None start-i"),
    ("The Treaty on the Non-Proliferation of Nuclear Weapons entered into force on 5 March 1970.", "in_force None npt"),
    ("The United States has signed but not ratified the CTBT.", "not_ratified USA ctbt"),
    ("Both Russia and the United States have signed the CTBT.", "signed RUS ctbt"),
    ("Egypt, Iran and Israel are among the Annex 2 states that have not ratified the CTBT.", "not_ratified ISR ctbt"),
    (
        "The CTBT has been ratified by 178 states, among them France, Russia and the United Kingdom.",
        "ratified FRA ctbt",
    ),
    (
        "Ghana deposited its instrument of ratification of the CTBT with the UN Secretary-General on 14 June 2011.",
        "ratified GHA ctbt",
    ),
    (
        "In 1998, France and the United Kingdom became the first nuclear-weapon states to ratify the CTBT.",
        "ratified GBR ctbt",
    ),
    (
        "The United States signed the Rarotonga Treaty protocols in 1996 but has not ratified them.",
        "not_ratified USA rarotonga-protocol-1",
    ),
    ("The CTBT has not yet entered into force.", "not_in_force None ctbt"),
    ("Russia's withdrawal of its ratification of the CTBT in 2023 was regrettable.", "ratification_revoked RUS ctbt"),
    ("The U.S. Senate voted 51-48 against ratification of the CTBT in October 1999.", "not_ratified USA ctbt"),
    ("The State Duma ratified New START on 25 January 2011.", "ratified RUS new-start"),
    ("Since 1970, when the NPT entered into force, 191 states have joined it.", "in_force None npt"),
    ("Indonesia's parliament approved ratification of the CTBT on 6 December 2011.", "ratified IDN ctbt"),
    ("Myanmar became the 166th state to ratify the CTBT in 2016.", "ratified MMR ctbt"),
    ("Washington and Moscow signed the INF Treaty in December 1987.", "signed SUN inf"),
    ("The INF Treaty was terminated in 2019 after the US withdrawal.", "not_in_force None inf"),
    ("Under the Lisbon Protocol, Belarus, Kazakhstan and Ukraine became parties to START.", "ratified UKR start-i"),
    ("Iraq ratified the CTBT in September 2013, becoming the 161st state to do so.", "ratified IRQ ctbt"),
    (
        "The Treaty of Rarotonga was signed on 6 August 1985 by eight members of the South Pacific Forum.",
        None,
    ),
    ("France joined the NPT in 1992, China in the same year.", "ratified CHN npt"),
    (
        "Of the five nuclear-weapon states, only China and the United States have not ratified the CTBT.",
        "not_ratified CHN ctbt",
    ),
    ("India tested in 1998 and has never joined the NPT.", "not_ratified IND npt"),
    (
        "New START, signed in Prague in 2010 by Presidents Obama and Medvedev, entered into force in 2011.",
        "signed USA new-start",
    ),
    ("The NPT was extended indefinitely in 1995.", "extended None npt"),
    ("Trinidad and Tobago and the Central African Republic ratified the CTBT in 2010.", "ratified TTO ctbt"),
    ("Angola ratified the CTBT in 2015 after signing it in 1996.", "signed AGO ctbt"),
]

PLAIN_3 = [
    (
        "The Comprehensive Nuclear-Test-Ban Treaty, adopted in 1996, has yet to enter into force because eight states have not ratified it, including China and the United States.",
        "not_ratified CHN ctbt",
    ),
    ("China has signed the CTBT but not ratified it.", "not_ratified CHN ctbt"),
    ("China has signed, but not ratified, the CTBT.", "not_ratified CHN ctbt"),
    ("Ukraine gave up its nuclear arsenal and joined the NPT in 1994.", "ratified UKR npt"),
    ("The agreement was ratified by both houses of the Russian parliament in January 2011.", None),
    ("Moscow suspended its participation in New START in 2023.", "suspended RUS new-start"),
    ("President Putin signed a law revoking Russia's ratification of the CTBT.", "ratification_revoked RUS ctbt"),
    ("The treaty has 191 states parties, including the five nuclear-weapon states.", None),
    ("The United States, which has not ratified the CTBT, maintains a testing moratorium.", "not_ratified USA ctbt"),
    ("Despite signing the CTBT in 1996, the United States has never ratified it.", "not_ratified USA ctbt"),
    ("Russia ratified the treaty in 2000; the United States never did.", "not_ratified USA ctbt"),
    ("After the United States withdrew from the INF Treaty, the treaty ended on 2 August 2019.", "withdrew USA inf"),
    ("The CTBT was opened for signature in 1996; Russia ratified it in 2000.", "ratified RUS ctbt"),
    ("Israel has signed the CTBT, but has not ratified it.", "not_ratified ISR ctbt"),
    ("Among those that have ratified the CTBT are France, Russia and the United Kingdom.", "ratified GBR ctbt"),
    ("The CTBT's ratification by Indonesia in 2012 left eight Annex 2 states.", "ratified IDN ctbt"),
    ("India and Pakistan have refused to sign the CTBT.", "not_signed IND ctbt"),
    ("North Korea, which withdrew from the NPT in 2003, has conducted six nuclear tests.", "withdrew PRK npt"),
    ("Seven years after it was signed, the treaty entered into force.", None),
    ("Kazakhstan signed the TPNW in 2018 and ratified it in 2019.", "ratified KAZ tpnw"),
    ("Kazakhstan signed and ratified the TPNW.", "ratified KAZ tpnw"),
    ("The protocol was signed by China, France, Russia, the United Kingdom and the United States in 2014.", None),
    ("The United States and Russia agreed to extend New START until February 2026.", "extended None new-start"),
    ("In 2021, the two sides extended New START for five years.", "extended None new-start"),
    ("France ratified the Treaty of Pelindaba protocols.", None),
    ("Russia has ratified Protocols I and II of the Treaty of Pelindaba.", "ratified RUS pelindaba-protocol-i"),
    ("The NPT, which entered into force in 1970, has 191 parties.", "in_force None npt"),
    ("None of the nuclear-weapon states has signed the TPNW.", None),
    ("Ratification of the CTBT by the United States remains elusive.", "not_ratified USA ctbt"),
    ("Russia de-ratified the CTBT in 2023.", "ratification_revoked RUS ctbt"),
]

# (language, sentence, claim): each read with a dateline and a sentence of padding in its language
LANGUAGES = [
    ("fr", "La France a ratifié le Traité d'interdiction complète des essais nucléaires en 1998.", "ratified FRA ctbt"),
    ("fr", "Les États-Unis n'ont pas ratifié le TICE.", "not_ratified USA ctbt"),
    ("fr", "L'Inde et le Pakistan n'ont pas signé le TICE.", "not_signed PAK ctbt"),
    ("fr", "Le traité New START a expiré le 5 février 2026.", "not_in_force None new-start"),
    ("fr", "La Russie a suspendu sa participation au traité New START en 2023.", "suspended RUS new-start"),
    ("es", "México ratificó el Tratado sobre la Prohibición de las Armas Nucleares en 2018.", "ratified MEX tpnw"),
    (
        "es",
        "Estados Unidos no ha ratificado el Tratado de Prohibición Completa de los Ensayos Nucleares.",
        "not_ratified USA ctbt",
    ),
    ("es", "El Tratado de Tlatelolco entró en vigor en 1969.", "in_force None tlatelolco"),
    ("es", "Cuba firmó y ratificó el Tratado de Tlatelolco en 2002.", "ratified CUB tlatelolco"),
    ("es", "Brasil se adhirió al Tratado de No Proliferación en 1998.", "ratified BRA npt"),
    ("pt", "O Brasil aderiu ao Tratado de Não Proliferação de Armas Nucleares em 1998.", "ratified BRA npt"),
    ("pt", "Angola ratificou o Tratado de Proibição Total de Ensaios Nucleares em 2015.", "ratified AGO ctbt"),
    ("pt", "Os Estados Unidos ainda não ratificaram o CTBT.", "not_ratified USA ctbt"),
    ("de", "Deutschland hat den Atomwaffensperrvertrag 1975 ratifiziert.", "ratified DEU npt"),
    ("de", "Die Vereinigten Staaten haben den Teststoppvertrag nicht ratifiziert.", "not_ratified USA ctbt"),
    ("de", "Der INF-Vertrag ist am 2. August 2019 ausgelaufen.", "not_in_force None inf"),
    ("de", "Russland hat seine Teilnahme am New-START-Vertrag ausgesetzt.", "suspended RUS new-start"),
    (
        "ru",
        "Россия ратифицировала Договор о всеобъемлющем запрещении ядерных испытаний в 2000 году.",
        "ratified RUS ctbt",
    ),
    ("ru", "США не ратифицировали ДВЗЯИ.", "not_ratified USA ctbt"),
    ("ru", "Россия приостановила участие в Договоре о СНВ в 2023 году.", "suspended RUS new-start"),
    ("ru", "Договор о ракетах средней и меньшей дальности прекратил действие в 2019 году.", "not_in_force None inf"),
    ("ru", "Казахстан подписал Договор о запрещении ядерного оружия в 2018 году.", "signed KAZ tpnw"),
]

PAD = {
    "fr": " Le ministre des Affaires étrangères a rappelé que la France est attachée à ces traités et que le pays continue de soutenir le désarmement nucléaire dans le cadre des Nations unies.",
    "es": " El ministro de Relaciones Exteriores recordó que el país está comprometido con estos tratados y que sigue apoyando el desarme nuclear en el marco de las Naciones Unidas.",
    "pt": " O ministro das Relações Exteriores recordou que o país está comprometido com estes tratados e que continua a apoiar o desarmamento nuclear no âmbito das Nações Unidas.",
    "de": " Der Außenminister erinnerte daran, dass das Land diesen Verträgen verpflichtet ist und die nukleare Abrüstung im Rahmen der Vereinten Nationen weiter unterstützt.",
    "ru": " Министр иностранных дел напомнил, что страна привержена этим договорам и продолжает поддерживать ядерное разоружение в рамках Организации Объединенных Наций.",
}

HEADS = {
    "fr": "Paris, le 1er juin 2024. ",
    "es": "Madrid, 1 de junio de 2024. ",
    "pt": "Lisboa, 1 de junho de 2024. ",
    "de": "Berlin, 1. Juni 2024. ",
    "ru": "1 июня 2024 года. ",
}
# 14 April 2000, written 22 ways
DATE = dt.date(2000, 4, 14)
DATES = [
    "MOSCOW, 14.04.2000. The Duma ratified START II.",
    "MOSCOW, April 14, 2000 - The Duma ratified START II.",
    "14 April 2000\n\nThe Duma ratified START II.",
    "2000-04-14\nThe Duma ratified START II.",
    "Moscow, 14/04/2000. The Duma ratified START II.",
    "MOSCOW, Apr. 14, 2000 (Reuters) - The Duma ratified START II.",
    "Friday, 14 April 2000\nThe Duma ratified START II.",
    "April 14th, 2000. The Duma ratified START II.",
    "14th April 2000: The Duma ratified START II.",
    "14-Apr-2000 The Duma ratified START II.",
    "Moscow, 14 April (2000). The Duma ratified START II.",
    "Press release, 14 April 2000. The Duma ratified START II.",
    "MOSCOW (AP) April 14, 2000 — The Duma ratified START II.",
    "Statement of 14.4.2000\nThe Duma ratified START II.",
    "Posted: 04/14/2000\nThe Duma ratified START II.",
    "Date: 14 April 2000\nThe Duma ratified START II.",
    "The Duma ratified START II today, 14 April 2000.",
    "MOSCOW, April 14 2000 - The Duma ratified START II.",
    "(14 April 2000) The Duma ratified START II.",
    "Moscow, 14 Apr 2000. The Duma ratified START II.",
    "Moscow, on the 14th of April, 2000. The Duma ratified START II.",
    "Moscow, April 14, 2000/ITAR-TASS/. The Duma ratified START II.",
]

# The twenty-third pass's batches: common shapes of a standing or an act (withdrawals by other verbs, standings
# told with 'has been', refusals)
PLAIN_4 = [
    ("Germany has been a State Party to the NPT since 1975.", "bound DEU npt"),
    ("Egypt is among the Annex 2 States that have not yet ratified the CTBT.", "not_ratified EGY ctbt"),
    (
        "South Africa deposited its instrument of accession to the NPT with the depositaries in July 1991.",
        "ratified ZAF npt",
    ),
    ("The CTBT was ratified by the State Duma on 21 April 2000.", "ratified RUS ctbt"),
    ("The United States never ratified SALT II.", "not_ratified USA salt-ii"),
    ("Israel, India and Pakistan are the only states never to have signed the NPT.", "not_signed IND npt"),
    ("The United States formally left the INF Treaty in August 2019.", "withdrew USA inf"),
    ("The United States pulled out of the ABM Treaty in 2002.", "withdrew USA abm"),
    ("Ireland completed its ratification of the TPNW in 2020.", "ratified IRL tpnw"),
    ("Egypt is a signatory but not a party to the CTBT.", "not_ratified EGY ctbt"),
    ("Egypt has signed, but not yet ratified, the CTBT.", "not_ratified EGY ctbt"),
    ("Egypt has signed, but not yet ratified, the CTBT.", "signed EGY ctbt"),
    ("Guyana was the first country to ratify the TPNW.", "ratified GUY tpnw"),
    ("Since Argentina's accession in 1995, the NPT has grown.", "ratified ARG npt"),
    ("Israel has never been a party to the NPT.", "not_ratified ISR npt"),
    ("The CTBT remains unratified by the United States.", "not_ratified USA ctbt"),
    ("South Sudan has yet to accede to the NPT.", "not_ratified SSD npt"),
    ("Ireland ratified the TPNW last week.", "ratified IRL tpnw"),
    ("New Zealand signed on to the TPNW in 2017.", "signed NZL tpnw"),
    ("Chile adhered to the NPT in 1995.", "ratified CHL npt"),
    ("The NPT entered into force for Ukraine on 5 December 1994.", "ratified UKR npt"),
    (
        "Ukraine's accession to the NPT as a non-nuclear-weapon State was completed in December 1994.",
        "ratified UKR npt",
    ),
    ("Three years after signing it, Indonesia ratified the CTBT in 2012.", "ratified IDN ctbt"),
    ("North Korea, which withdrew from the NPT in 2003, has tested six times.", "withdrew PRK npt"),
    ("The ratification of the CTBT by Indonesia in 2012 was welcomed.", "ratified IDN ctbt"),
    ("Ghana became the 73rd State Party to the TPNW.", "ratified GHA tpnw"),
    ("Sri Lanka has now joined the TPNW.", "ratified LKA tpnw"),
    ("The Treaty of Pelindaba took effect in 2009.", "in_force None pelindaba"),
    ("The INF Treaty is no longer in force.", "not_in_force None inf"),
    ("New START lapsed on 5 February 2026.", "not_in_force None new-start"),
    ("Russia has suspended its participation in New START.", "suspended RUS new-start"),
    ("The Senate gave its consent to the ratification of New START in December 2010.", "ratified USA new-start"),
    ("France and the United Kingdom were the first nuclear-weapon States to ratify the CTBT.", "ratified FRA ctbt"),
    ("Kazakhstan's signature of the TPNW came in 2018.", "signed KAZ tpnw"),
    ("Nigeria is not yet a party to the TPNW.", "not_ratified NGA tpnw"),
    ("Brazil signed the TPNW in 2017 but has not ratified it.", "not_ratified BRA tpnw"),
    ("Brazil signed the TPNW in 2017 but has not ratified it.", "signed BRA tpnw"),
    ("Pakistan refuses to sign the NPT.", "not_signed PAK npt"),
    ("India has consistently refused to join the NPT.", "not_ratified IND npt"),
    ("Cuba is a State party to the Treaty of Tlatelolco.", "bound CUB tlatelolco"),
    ("Mongolia's ratification of the CTBT took place in 1997.", "ratified MNG ctbt"),
]

# Sentences with relative clauses, lists, 'nor has', counts and descriptions
PLAIN_5 = [
    (
        "The CTBT, signed by Israel in 1996 but never ratified, awaits eight more ratifications.",
        "not_ratified ISR ctbt",
    ),
    ("The CTBT, signed by Israel in 1996 but never ratified, awaits eight more ratifications.", "signed ISR ctbt"),
    (
        "Of the 44 Annex 2 States, 36 have ratified the CTBT, including France, Russia and the United Kingdom.",
        "ratified FRA ctbt",
    ),
    ("Among the countries that have ratified the TPNW are Mexico, Austria and Ireland.", "ratified AUT tpnw"),
    (
        "The countries that have signed but not ratified the CTBT include China, Egypt and Iran.",
        "not_ratified EGY ctbt",
    ),
    ("Tuvalu's ratification of the TPNW on 12 September made it the 70th State Party.", "ratified TUV tpnw"),
    ("With Ghana's ratification, the TPNW now has 74 States Parties.", "ratified GHA tpnw"),
    (
        "The treaty banning nuclear weapons, which Ireland ratified in 2020, entered into force in 2021.",
        "ratified IRL tpnw",
    ),
    ("Kazakhstan ratified the TPNW, becoming the first Central Asian state to do so.", "ratified KAZ tpnw"),
    ("Signed in 1968, the NPT entered into force in 1970.", "in_force None npt"),
    ("Ukraine gave up its nuclear weapons and joined the NPT in 1994.", "ratified UKR npt"),
    ("In 2003 North Korea announced its withdrawal from the NPT.", "withdrew PRK npt"),
    ("The TPNW was adopted in 2017 and entered into force in January 2021.", "in_force None tpnw"),
    ("The United States and Russia extended New START for five years in 2021.", "extended None new-start"),
    ("Neither India nor Pakistan has signed the CTBT.", "not_signed PAK ctbt"),
    ("India and Pakistan have not signed the CTBT, nor has North Korea.", "not_signed PRK ctbt"),
    ("China, which signed the CTBT in 1996, has not ratified it.", "not_ratified CHN ctbt"),
    ("China, which signed the CTBT in 1996, has not ratified it.", "signed CHN ctbt"),
    ("The Russian Duma voted in 2023 to revoke Russia's ratification of the CTBT.", "ratification_revoked RUS ctbt"),
    ("Russia de-ratified the CTBT in November 2023.", "ratification_revoked RUS ctbt"),
    ("Belarus, Kazakhstan and Ukraine acceded to the NPT as non-nuclear-weapon states.", "ratified KAZ npt"),
    ("Thailand signed and ratified the TPNW on the same day.", "ratified THA tpnw"),
    (
        "Today, Indonesia deposited its instrument of ratification of the CTBT with the Secretary-General.",
        "ratified IDN ctbt",
    ),
    ("The CTBT has yet to enter into force.", "not_in_force None ctbt"),
    ("As a State Party to the NPT, Japan remains committed to disarmament.", "bound JPN npt"),
    ("Japan is party to the NPT and the CTBT.", "bound JPN ctbt"),
    ("Both the United States and Russia are parties to the NPT.", "bound RUS npt"),
    ("Moscow has announced that it will no longer observe New START limits.", None),
    ("Mongolia declared itself a nuclear-weapon-free state in 1992.", None),
    ("Twenty-five years ago, South Africa joined the NPT.", "ratified ZAF npt"),
    ("The Bangkok Treaty, which entered into force in 1997, has no protocol signatories.", "in_force None bangkok"),
]

# Appositions, deposits, 'the same day as', participles, protocols
PLAIN_6 = [
    ("Kiribati and Tuvalu became parties to the TPNW in 2019 and 2024 respectively.", "ratified TUV tpnw"),
    ("Four States joined the TPNW this year: Ghana, Indonesia, Kyrgyzstan and Sri Lanka.", "ratified GHA tpnw"),
    ("The TPNW now counts 73 States Parties and 94 signatories.", None),
    ("Indonesia, a signatory of the TPNW since 2017, ratified it in 2024.", "ratified IDN tpnw"),
    ("Indonesia, a signatory of the TPNW since 2017, ratified it in 2024.", "signed IDN tpnw"),
    (
        "The instrument of ratification of the TPNW was deposited by Sri Lanka on 26 September 2024.",
        "ratified LKA tpnw",
    ),
    ("The Russian Federation withdrew its ratification of the CTBT in 2023.", "ratification_revoked RUS ctbt"),
    ("By ratifying the CTBT in 2000, Russia showed its commitment.", "ratified RUS ctbt"),
    ("After signing New START in 2010, the United States ratified it in December.", "ratified USA new-start"),
    (
        "The United States has not yet ratified the Protocols to the Treaty of Rarotonga.",
        "not_ratified USA rarotonga-protocol-2",
    ),
    ("The five nuclear-weapon States have signed the Protocol to the Treaty of Semipalatinsk.", None),
    ("China was the first nuclear-weapon State to sign the Protocol to the Bangkok Treaty.", None),
    ("Ratification of the CTBT by the remaining eight Annex 2 States is essential.", None),
    ("Israel has signed but not ratified the CTBT; Egypt and Iran are in the same position.", "not_ratified ISR ctbt"),
    ("Egypt has long refused to ratify the CTBT until Israel joins the NPT.", "not_ratified EGY ctbt"),
    ("The UK ratified the CTBT on 6 April 1998, the same day as France.", "ratified GBR ctbt"),
    ("The UK ratified the CTBT on 6 April 1998, the same day as France.", "ratified FRA ctbt"),
    (
        "The Treaty of Tlatelolco was the first treaty to establish a nuclear-weapon-free zone in a populated region, and entered into force in 1969.",
        "in_force None tlatelolco",
    ),
    ("The NPT, which was extended indefinitely in 1995, remains the cornerstone.", "extended None npt"),
    ("Russia's suspension of New START in 2023 ended inspections.", "suspended RUS new-start"),
    (
        "The United States announced it would withdraw from the INF Treaty in 2018 and did so in 2019.",
        "withdrew USA inf",
    ),
    ("Despite signing the TPNW in 2017, Brazil has yet to ratify it.", "not_ratified BRA tpnw"),
    ("Despite signing the TPNW in 2017, Brazil has yet to ratify it.", "signed BRA tpnw"),
    ("Mongolia is the only state to have declared itself nuclear-weapon-free.", None),
    ("South Africa, having dismantled its arsenal, acceded to the NPT in July 1991.", "ratified ZAF npt"),
    ("In 1995 the NPT was extended indefinitely.", "extended None npt"),
    ("The ABM Treaty ceased to be in effect in June 2002.", "not_in_force None abm"),
    ("The TPNW has 94 signatories, among them Brazil and Indonesia.", "signed BRA tpnw"),
    (
        "Among the signatories of the CTBT that have not ratified it are China, Egypt and Israel.",
        "not_ratified CHN ctbt",
    ),
    ("The DPRK, which announced its withdrawal from the NPT in 2003, is not a party.", "withdrew PRK npt"),
    ("Ukraine acceded to the NPT on 5 December 1994 as a non-nuclear-weapon state.", "ratified UKR npt"),
    ("The Kremlin announced that Russia would no longer be bound by the CTBT ratification.", None),
    ("The Treaty was signed by Presidents Bush and Putin in Moscow on 24 May 2002.", None),
    ("New START was signed by Presidents Obama and Medvedev in Prague on 8 April 2010.", "signed USA new-start"),
    ("Japan ratified the NPT in 1976, six years after signing it.", "ratified JPN npt"),
    ("Japan ratified the NPT in 1976, six years after signing it.", "signed JPN npt"),
]

# Whole short statements whose heading says who speaks (each read as it stands, no dateline added)
SPEAKERS = [
    (
        "Statement by the Ministry of Foreign Affairs of the Russian Federation\n\nMoscow, 2 November 2023\n\nWe have revoked our ratification of the CTBT, but we remain a signatory.",
        "ratification_revoked RUS ctbt",
    ),
    (
        "Statement by the Ministry of Foreign Affairs of the Russian Federation\n\nMoscow, 2 November 2023\n\nWe have revoked our ratification of the CTBT, but we remain a signatory.",
        "signed RUS ctbt",
    ),
    (
        "Remarks by the President\n\nWashington, 8 April 2010\n\nToday, President Medvedev and I signed the New START Treaty.",
        "signed USA new-start",
    ),
    (
        "Press release of the Ministry of Foreign Affairs of Japan\n\nTokyo, 5 March 2020\n\nJapan ratified the NPT in 1976 and has been a faithful party ever since.",
        "ratified JPN npt",
    ),
    (
        "Statement by H.E. the Permanent Representative of Brazil\n\nNew York, 3 May 2022\n\nBrazil is a State Party to the NPT and to the Treaty of Tlatelolco.",
        "bound BRA tlatelolco",
    ),
    (
        "Statement by the Foreign Minister of Ireland\n\nDublin, 6 August 2020\n\nToday Ireland deposited its instrument of ratification of the TPNW. We are proud to be among the first fifty.",
        "ratified IRL tpnw",
    ),
    (
        "Statement of the Ministry of Foreign Affairs of the People's Republic of China\n\nBeijing, 24 September 1996\n\nChina signed the CTBT today in New York.",
        "signed CHN ctbt",
    ),
    (
        "Statement by the Spokesperson of the Ministry of External Affairs of India\n\nNew Delhi, 7 July 2017\n\nIndia did not participate in the negotiations on the TPNW and will not become a party to it.",
        "not_ratified IND tpnw",
    ),
    (
        "Joint Statement of the Leaders of the Five Nuclear-Weapon States\n\n3 January 2022\n\nWe remain committed to our NPT obligations.",
        None,
    ),
    (
        "Statement of the Government of Kazakhstan\n\nAstana, 2 March 2019\n\nKazakhstan has signed the TPNW. We will ratify it soon.",
        "signed KAZ tpnw",
    ),
    (
        "Statement by the Foreign Secretary of the United Kingdom\n\nLondon, 7 July 2017\n\nThe United Kingdom did not take part in the negotiations on the treaty banning nuclear weapons and does not intend to sign, ratify or ever become party to it.",
        "not_signed GBR tpnw",
    ),
    (
        "MFA of Ukraine\n\nKyiv, 5 December 2024\n\nThirty years ago Ukraine acceded to the NPT as a non-nuclear-weapon state, receiving security assurances under the Budapest Memorandum.",
        "ratified UKR npt",
    ),
]

# Short statements in Portuguese, Russian, French, Spanish and German, each with its own dateline (too short for
# their function words alone to tell the language)
LANGUAGES_2 = [
    (
        "Lisboa, 1 de junho de 2024. Moçambique ratificou o Tratado de Proibição Completa de Testes Nucleares em 2008.",
        "ratified MOZ ctbt",
    ),
    (
        "Lisboa, 1 de junho de 2024. O Brasil assinou o Tratado sobre a Proibição de Armas Nucleares em 2017, mas ainda não o ratificou.",
        "not_ratified BRA tpnw",
    ),
    (
        "Lisboa, 1 de junho de 2024. O Brasil assinou o Tratado sobre a Proibição de Armas Nucleares em 2017, mas ainda não o ratificou.",
        "signed BRA tpnw",
    ),
    (
        "Díli, 1 de junho de 2024. Timor-Leste tornou-se o 70.º Estado Parte do Tratado sobre a Proibição de Armas Nucleares.",
        "ratified TLS tpnw",
    ),
    (
        "Díli, 1 de junho de 2024. O Conselho de Ministros aprovou a proposta de resolução para a ratificação do Tratado sobre a Proibição de Armas Nucleares.",
        None,
    ),
    (
        "Lisboa, 1 de junho de 2024. Angola aderiu ao Tratado de Não-Proliferação de Armas Nucleares em 1996.",
        "ratified AGO npt",
    ),
    (
        "Lisboa, 1 de junho de 2024. O Tratado entrou em vigor em 22 de janeiro de 2021. O Tratado sobre a Proibição de Armas Nucleares é importante.",
        "in_force None tpnw",
    ),
    (
        "Lisboa, 1 de junho de 2024. Os Estados Unidos não ratificaram o Tratado de Proibição Completa de Testes Nucleares.",
        "not_ratified USA ctbt",
    ),
    ("Lisboa, 1 de junho de 2024. Moçambique é Estado Parte do Tratado de Pelindaba.", "bound MOZ pelindaba"),
    (
        "Lisboa, 1 de junho de 2024. Moçambique depositou o seu instrumento de ratificação do Tratado de Proibição Completa de Testes Nucleares.",
        "ratified MOZ ctbt",
    ),
    ("МОСКВА, 1 июня 2024. Россия не присоединится к Договору о запрещении ядерного оружия.", "not_ratified RUS tpnw"),
    ("МОСКВА, 1 июня 2024. Россия не подпишет Договор о запрещении ядерного оружия.", "not_signed RUS tpnw"),
    (
        "МОСКВА, 1 июня 2024. США так и не ратифицировали Договор о всеобъемлющем запрещении ядерных испытаний.",
        "not_ratified USA ctbt",
    ),
    ("МОСКВА, 1 июня 2024. Россия ратифицировала ДВЗЯИ в 2000 году.", "ratified RUS ctbt"),
    (
        "МОСКВА, 1 июня 2024. В 2019 году США вышли из Договора о ракетах средней и меньшей дальности.",
        "withdrew USA inf",
    ),
    ("МОСКВА, 1 июня 2024. Россия приостановила участие в ДСНВ в феврале 2023 года.", "suspended RUS new-start"),
    (
        "МОСКВА, 1 июня 2024. Казахстан является участником Договора о нераспространении ядерного оружия.",
        "bound KAZ npt",
    ),
    ("МОСКВА, 1 июня 2024. Срок действия ДСНВ истек 5 февраля 2026 года.", "not_in_force None new-start"),
    ("МОСКВА, 1 июня 2024. Россия отозвала ратификацию ДВЗЯИ в ноябре 2023 года.", "ratification_revoked RUS ctbt"),
    ("МОСКВА, 1 июня 2024. Китай подписал, но не ратифицировал ДВЗЯИ.", "not_ratified CHN ctbt"),
    (
        "PARIS, 1 juin 2024. La France a ratifié le Traité d'interdiction complète des essais nucléaires en 1998.",
        "ratified FRA ctbt",
    ),
    (
        "PARIS, 1 juin 2024. L'Inde n'a pas signé le Traité sur la non-prolifération des armes nucléaires.",
        "not_signed IND npt",
    ),
    (
        "PARIS, 1 juin 2024. La France n'est pas partie au Traité sur l'interdiction des armes nucléaires.",
        "not_ratified FRA tpnw",
    ),
    (
        "PARIS, 1 juin 2024. Le Traité sur la non-prolifération des armes nucléaires est entré en vigueur en 1970.",
        "in_force None npt",
    ),
    ("PARIS, 1 juin 2024. Les États-Unis se sont retirés du traité FNI en 2019.", "withdrew USA inf"),
    (
        "Madrid, 1 de junio de 2024. México ratificó el Tratado sobre la Prohibición de las Armas Nucleares en 2018.",
        "ratified MEX tpnw",
    ),
    (
        "Madrid, 1 de junio de 2024. Estados Unidos no ha ratificado el Tratado de Prohibición Completa de los Ensayos Nucleares.",
        "not_ratified USA ctbt",
    ),
    ("Madrid, 1 de junio de 2024. Cuba se adhirió al Tratado de No Proliferación en 2002.", "ratified CUB npt"),
    ("Madrid, 1 de junio de 2024. El Tratado de Tlatelolco entró en vigor en 1969.", "in_force None tlatelolco"),
    ("Madrid, 1 de junio de 2024. España es Estado Parte del Tratado de No Proliferación.", "bound ESP npt"),
    ("BERLIN, 1. Juni 2024. Deutschland hat den Kernwaffenteststopp-Vertrag 1998 ratifiziert.", "ratified DEU ctbt"),
    ("BERLIN, 1. Juni 2024. Die USA haben den Kernwaffenteststopp-Vertrag nicht ratifiziert.", "not_ratified USA ctbt"),
    (
        "BERLIN, 1. Juni 2024. Russland hat seine Ratifizierung des Kernwaffenteststopp-Vertrags zurückgezogen.",
        "ratification_revoked RUS ctbt",
    ),
    ("BERLIN, 1. Juni 2024. Der Atomwaffensperrvertrag trat 1970 in Kraft.", "in_force None npt"),
    (
        "PARIS, 1 juin 2024. La Russie a révoqué sa ratification du Traité d'interdiction complète des essais nucléaires en novembre 2023.",
        "ratification_revoked RUS ctbt",
    ),
    (
        "PARIS, 1 juin 2024. Le Traité sur l'interdiction des armes nucléaires est entré en vigueur le 22 janvier 2021.",
        "in_force None tpnw",
    ),
    ("PARIS, 1 juin 2024. Les États-Unis n'ont pas ratifié le TICE.", "not_ratified USA ctbt"),
    ("PARIS, 1 juin 2024. La France a signé et ratifié le Traité de Rarotonga et ses protocoles.", "signed FRA"),
    ("PARIS, 1 juin 2024. Le Kazakhstan est devenu le 64e État partie au TIAN.", "ratified KAZ tpnw"),
    ("PARIS, 1 juin 2024. L'Inde, le Pakistan et Israël ne sont pas parties au TNP.", "not_ratified IND npt"),
    (
        "Madrid, 1 de junio de 2024. Rusia suspendió su participación en el Nuevo START en febrero de 2023.",
        "suspended RUS new-start",
    ),
    ("Madrid, 1 de junio de 2024. Estados Unidos se retiró del Tratado INF en 2019.", "withdrew USA inf"),
    (
        "Madrid, 1 de junio de 2024. México fue el primer país en firmar y ratificar el Tratado sobre la Prohibición de las Armas Nucleares.",
        "ratified MEX tpnw",
    ),
    (
        "Madrid, 1 de junio de 2024. El Tratado de Prohibición Completa de los Ensayos Nucleares aún no ha entrado en vigor.",
        "not_in_force None ctbt",
    ),
    (
        "Madrid, 1 de junio de 2024. Cuba depositó su instrumento de ratificación del Tratado de Tlatelolco el 23 de octubre de 2002.",
        "ratified CUB tlatelolco",
    ),
    ("BERLIN, 1. Juni 2024. Russland hat den New-START-Vertrag im Februar 2023 ausgesetzt.", "suspended RUS new-start"),
    ("BERLIN, 1. Juni 2024. Die USA sind 2019 aus dem INF-Vertrag ausgestiegen.", "withdrew USA inf"),
    ("BERLIN, 1. Juni 2024. Deutschland ist Vertragsstaat des Atomwaffensperrvertrags.", "bound DEU npt"),
    (
        "BERLIN, 1. Juni 2024. China, Ägypten, Iran, Israel und die USA haben den Vertrag über das umfassende Verbot von Nuklearversuchen noch nicht ratifiziert.",
        "not_ratified EGY ctbt",
    ),
    (
        "МОСКВА, 1 июня 2024. Договор о всеобъемлющем запрещении ядерных испытаний до сих пор не вступил в силу.",
        "not_in_force None ctbt",
    ),
    ("МОСКВА, 1 июня 2024. Россия ратифицировала ДСНВ 26 января 2011 года.", "ratified RUS new-start"),
    ("МОСКВА, 1 июня 2024. Индия, Пакистан и КНДР не подписали ДВЗЯИ.", "not_signed IND ctbt"),
    ("МОСКВА, 1 июня 2024. США вышли из Договора по открытому небу в 2020 году.", None),
    ("МОСКВА, 1 июня 2024. Действие ДРСМД прекратилось 2 августа 2019 года.", "not_in_force None inf"),
]

# Demands, hopes, offers and conditions: a line is read right when no claim of the kinds named is made of it
HOPES = [
    ("We call on the United States to ratify the CTBT without delay.", ["ratified"]),
    ("China should ratify the CTBT as soon as possible.", ["ratified"]),
    ("We urge India and Pakistan to sign the CTBT.", ["signed"]),
    ("Russia proposed to extend New START for five years.", ["extended"]),
    ("We hope that Egypt will soon accede to the NPT.", ["ratified"]),
    ("Iran must comply with its obligations under the NPT.", ["bound"]),
    ("The United States is considering withdrawing from the Open Skies Treaty.", ["withdrew"]),
    ("If Israel joined the NPT, the region would be safer.", ["ratified"]),
    ("It is imperative that the Senate ratify the CTBT.", ["ratified"]),
    ("The President intends to sign the TPNW next year.", ["signed"]),
    ("Ratification of the CTBT by the United States would be a major step.", ["ratified"]),
    ("We look forward to the early entry into force of the CTBT.", ["in_force"]),
    ("Kazakhstan plans to ratify the TPNW by the end of the year.", ["ratified"]),
    ("The ratification of the TPNW by Brazil is under way in its Congress.", ["ratified"]),
    ("The Duma is expected to vote on ratification next week.", ["ratified"]),
    ("Ghana has begun the process of ratifying the TPNW.", ["ratified"]),
    ("Japan is ready to sign the TPNW once conditions allow.", ["signed"]),
    ("Should North Korea return to the NPT, sanctions could be eased.", ["ratified"]),
    ("We will never sign the TPNW.", ["signed"]),
    ("The United States may withdraw from New START.", ["withdrew"]),
]

# Figures with their meaning: a line is read right when every (value, unit) is found
FIGURES = [
    (
        "Each side is limited to 1,550 deployed strategic warheads and 700 deployed launchers.",
        [(1550.0, "warheads"), (700.0, "launchers")],
    ),
    ("The treaty limits each party to 800 deployed and non-deployed launchers.", [(800.0, "launchers")]),
    ("Some 12,100 nuclear warheads remain in the world's arsenals.", [(12100.0, "warheads")]),
    ("The two countries hold about 88 per cent of all nuclear weapons.", [(88.0, "percent")]),
    ("More than 2,000 nuclear tests have been conducted since 1945.", [(2000.0, "tests")]),
    ("Over 2.000 Atomwaffentests wurden durchgeführt.", [(2000.0, "tests")]),
    ("The CTBT has been signed by 187 States and ratified by 178.", [(187.0, "states"), (178.0, "states")]),
    ("Forty-four States are listed in Annex 2.", [(44.0, "states")]),
    ("Nine of the 44 Annex 2 states have yet to ratify.", [(44.0, "states"), (9.0, "states")]),
    ("The treaty will remain in force for 10 years.", [(10.0, "years")]),
    ("The treaty enters into force 90 days after the fiftieth ratification.", [(90.0, "days")]),
    ("The TPNW now has 73 States Parties and 94 signatories.", [(73.0, "states"), (94.0, "states")]),
    (
        "Russia and the United States possess around 5,500 and 5,000 warheads respectively.",
        [(5500.0, "warheads"), (5000.0, "warheads")],
    ),
    (
        "The Moscow Treaty set a ceiling of 1,700 to 2,200 operationally deployed warheads.",
        [(1700.0, "warheads"), (2200.0, "warheads")],
    ),
    (
        "START I cut each side to 6,000 accountable warheads on 1,600 delivery vehicles.",
        [(6000.0, "warheads"), (1600.0, "delivery vehicles")],
    ),
    ("The Treaty was signed by 62 countries when it opened for signature.", [(62.0, "states")]),
    ("The United States conducted 1,032 nuclear tests.", [(1032.0, "tests")]),
    (
        "Kazakhstan closed the Semipalatinsk site, where 456 tests were carried out over forty years.",
        [(456.0, "tests"), (40.0, "years")],
    ),
    ("The NPT has 191 States Parties.", [(191.0, "states")]),
    ("Ten years ago, 118 countries attended the conference.", [(118.0, "states")]),
    ("France has reduced its arsenal to fewer than 300 warheads.", [(300.0, "warheads")]),
    ("China's arsenal grew to an estimated 600 warheads in 2024.", [(600.0, "warheads")]),
    ("The agreement eliminated 2,692 missiles.", [(2692.0, "missiles")]),
    (
        "Under the treaty, 846 U.S. and 1,846 Soviet missiles were destroyed.",
        [(846.0, "missiles"), (1846.0, "missiles")],
    ),
    ("The zone covers 33 states of Latin America and the Caribbean.", [(33.0, "states")]),
    (
        "The Pelindaba Treaty has 44 States Parties out of 55 African Union members.",
        [(44.0, "states"), (55.0, "states")],
    ),
    ("Seis países ratificaron el tratado y 12 lo firmaron.", [(6.0, "states"), (12.0, "states")]),
]

# Acts named as nouns (the accession of X to, Pyongyang's 2003 withdrawal), relative clauses ('to which X is a party')
PLAIN_7 = [
    (
        "Following the deposit by Tuvalu of its instrument of ratification, the TPNW now has 70 States Parties.",
        "ratified TUV tpnw",
    ),
    ("The accession of Palestine to the NPT in 2015 was welcomed.", "ratified PSE npt"),
    ("Ratification by Indonesia brings the total number of ratifications of the CTBT to 157.", "ratified IDN ctbt"),
    ("Welcoming Ghana's ratification of the TPNW, the Secretary-General called for more.", "ratified GHA tpnw"),
    ("The CTBTO congratulates Papua New Guinea on its ratification of the CTBT.", "ratified PNG ctbt"),
    ("Congratulations to Timor-Leste on becoming the 50th State to ratify the CTBT!", "ratified TLS ctbt"),
    ("Tuvalu has become a State Party to the CTBT.", "ratified TUV ctbt"),
    ("The NPT has been in force for over 50 years.", "in_force None npt"),
    ("The NPT, in force since 1970, remains central.", "in_force None npt"),
    ("The now-defunct INF Treaty banned ground-launched missiles.", "not_in_force None inf"),
    ("Russia, which suspended New START in 2023, still observes its limits.", "suspended RUS new-start"),
    ("After the U.S. withdrawal from the INF Treaty in 2019, tensions grew.", "withdrew USA inf"),
    ("Pyongyang's 2003 withdrawal from the NPT shocked the region.", "withdrew PRK npt"),
    ("The U.S. exit from the ABM Treaty in 2002 ended an era.", "withdrew USA abm"),
    ("Cuba's accession to the NPT in 2002 completed the region's adherence.", "ratified CUB npt"),
    (
        "Since the entry into force of the Treaty of Pelindaba in 2009, Africa has been a nuclear-weapon-free zone.",
        "in_force None pelindaba",
    ),
    ("Brazil and Argentina are both parties to the Treaty of Tlatelolco.", "bound ARG tlatelolco"),
    ("The Bangkok Treaty binds all ten ASEAN member states, including Myanmar.", "bound MMR bangkok"),
    (
        "The Semipalatinsk Treaty was signed in 2006 by Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.",
        "signed TKM semipalatinsk",
    ),
    ("Both Russia and the United States signed the CTBT in 1996.", "signed RUS ctbt"),
    ("The CTBT was signed by both Russia and the United States in 1996.", "signed USA ctbt"),
    ("In 1999, the U.S. Senate voted against ratification of the CTBT.", "not_ratified USA ctbt"),
    ("Egypt's non-ratification of the CTBT is linked to Israel's nuclear status.", "not_ratified EGY ctbt"),
    ("The TPNW, to which Austria is a party, entered into force in 2021.", "bound AUT tpnw"),
    ("The treaties to which Kazakhstan is a party include the NPT and the CTBT.", "bound KAZ npt"),
    ("Mexico, Austria and Ireland were among the first to ratify the TPNW.", "ratified AUT tpnw"),
    ("The Treaty of Rarotonga, signed in 1985, entered into force in December 1986.", "in_force None rarotonga"),
    ("The ABM Treaty was terminated in 2002 after the U.S. withdrawal.", "not_in_force None abm"),
]

# Short Russian statements and reports, each with its own heading or dateline
RUSSIAN = [
    (
        "Заявление МИД России\n\n2 ноября 2023 года\n\nМы отозвали ратификацию ДВЗЯИ, но остаемся его участником-подписантом.",
        "ratification_revoked RUS ctbt",
    ),
    (
        "Заявление МИД России\n\n2 ноября 2023 года\n\nРоссия не намерена присоединяться к Договору о запрещении ядерного оружия.",
        "not_ratified RUS tpnw",
    ),
    (
        "МОСКВА, 15 января 2021. Россия не присоединится к договору о запрещении ядерного оружия, заявила Мария Захарова.",
        "not_ratified RUS tpnw",
    ),
    ("МОСКВА, 15 января 2021. Ни одна из ядерных держав не подписала Договор о запрещении ядерного оружия.", None),
    ("МОСКВА, 15 января 2021. Договор о запрещении ядерного оружия вступает в силу 22 января.", None),
    ("МОСКВА, 5 февраля 2026. Срок действия Договора о СНВ истек сегодня.", "not_in_force None new-start"),
    ("МОСКВА, 21 февраля 2023. Россия приостанавливает участие в ДСНВ, заявил Путин.", "suspended RUS new-start"),
    ("МОСКВА, 2 августа 2019. США официально вышли из ДРСМД.", "withdrew USA inf"),
    ("МОСКВА, 26 января 2011. Госдума ратифицировала ДСНВ.", "ratified RUS new-start"),
    ("МОСКВА, 26 января 2011. Совет Федерации одобрил закон о ратификации ДСНВ.", "ratified RUS new-start"),
    (
        "ВЕНА, 3 марта 2025. Казахстан ратифицировал Договор о запрещении ядерного оружия в 2019 году, став одним из первых государств Центральной Азии.",
        "ratified KAZ tpnw",
    ),
    (
        "ЖЕНЕВА, 3 марта 2025. Израиль подписал, но не ратифицировал ДВЗЯИ, а Индия и Пакистан его не подписали.",
        "not_signed IND ctbt",
    ),
]


def _claims(text: str) -> set[str]:
    return {f"{c.kind} {c.party} {c.instrument}" for c in read_text(text).claims}


def _batches() -> list[tuple[str, list[tuple[str, bool]]]]:
    """Each batch's name and, for each of its lines, the line and whether the reader reads it as the line says."""
    out = [
        (name, [(t, want in _claims(ENGLISH_HEAD + t)) for t, want in batch if want is not None])
        for name, batch in (("English, 1", PLAIN), ("English, 2", PLAIN_2), ("English, 3", PLAIN_3))
    ]
    out.append(("five languages", [(t, want in _claims(HEADS[lang] + t + PAD[lang])) for lang, t, want in LANGUAGES]))
    out.append(("one date, 22 ways", [(t, read_text(t).date == DATE) for t in DATES]))
    out += [
        (name, [(t, want in _claims(head + t)) for t, want in batch if want is not None])
        for name, head, batch in (
            ("English, 4", ENGLISH_HEAD, PLAIN_4),
            ("English, 5", ENGLISH_HEAD, PLAIN_5),
            ("English, 6", ENGLISH_HEAD, PLAIN_6),
            ("speakers", "", SPEAKERS),
            ("five languages, 2", "", LANGUAGES_2),
            ("English, 7", "VIENNA, 3 March 2025. ", PLAIN_7),
            ("Russian", "", RUSSIAN),
        )
    ]
    out.append(("demands and hopes", [(t, not _kinds(ENGLISH_HEAD + t) & set(kinds)) for t, kinds in HOPES]))
    out.append(("figures", [(t, set(want) <= _figures(ENGLISH_HEAD + t)) for t, want in FIGURES]))
    return out


def _kinds(text: str) -> set[str]:
    return {c.kind for c in read_text(text).claims}


def _figures(text: str) -> set[tuple[float | None, str | None]]:
    return {(f.value, f.unit) for f in read_text(text).figures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every line the reader misses")
    misses = parser.parse_args().misses
    batches = _batches()
    if misses:
        print(*(f"  missed ({name}): {t!r}" for name, lines in batches for t, ok in lines if not ok), sep="\n")
    print(f"{'batch':<20} {'read':>5} {'of':>4}")
    for name, lines in batches:
        print(f"{name:<20} {sum(ok for _, ok in lines):>5} {len(lines):>4}")


if __name__ == "__main__":
    main()
