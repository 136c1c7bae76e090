"""Invented one-line statements of common shapes, and how many the reader reads as the shape says.

Run: .venv/bin/python benchmarks/reader_probes.py [--misses]

The held-out sets measure the reader on real statements nobody working on it has read; these batches measure it on
sentences written to a shape ("Iran, a party to the NPT since 1970, ..."; "La France a ratifié ..."; "14-Apr-2000"),
none taken from any set, the way a user would probe it. Each line names the claim (kind, party, instrument) or the
date the sentence states; a batch's score is how many of its lines the reader finds. The twenty-second pass wrote the
five batches and measured them before and after its work on them (in ``docs/reader.md``); the cases the work fixed
are also tests (``tests/reader/test_reader_twenty_second_pass.py``), so these figures show the rest: what a new
shape still misses.
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
    return out


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
