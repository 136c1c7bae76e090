"""The French words the gloss reads (:mod:`armscontrol.reader.gloss`): months, phrases, adjectives of states and the
usual names of states ISO 3166's French list lacks. Instruments' French names live in the registry (``names_in.fr``:
the United Nations Treaty Collection's French titles and the usual acronyms)."""

from __future__ import annotations

from armscontrol.reader.gloss import ENGLISH_NUMBERS, ENGLISH_TENS, Language, ordinal

MONTHS = {
    "janvier": "January",
    "février": "February",
    "mars": "March",
    "avril": "April",
    "mai": "May",
    "juin": "June",
    "juillet": "July",
    "août": "August",
    "septembre": "September",
    "octobre": "October",
    "novembre": "November",
    "décembre": "December",
}

# Phrases before words: the longest match wins, so "n'est pas encore entré en vigueur" is read as one phrase
# before "en vigueur" or "pas". Keys are written as a French text writes them; accents, apostrophes (' or ’),
# case and spacing are matched loosely. A value is the English the rules read.
PHRASES: dict[str, str] = {
    # entry into force, in every tense and mood
    "n'est pas encore entré en vigueur": "has not yet entered into force",
    "n'est pas encore entrée en vigueur": "has not yet entered into force",
    "ne soit pas encore entré en vigueur": "has not yet entered into force",
    "ne soit pas encore entrée en vigueur": "has not yet entered into force",
    "n'est toujours pas entré en vigueur": "has not yet entered into force",
    "n'est toujours pas entrée en vigueur": "has not yet entered into force",
    "n'est pas entré en vigueur": "has not entered into force",
    "n'est pas entrée en vigueur": "has not entered into force",
    "n'est jamais entré en vigueur": "never entered into force",
    "est entré en vigueur": "entered into force",
    "est entrée en vigueur": "entered into force",
    "sont entrés en vigueur": "entered into force",
    "était entré en vigueur": "had entered into force",
    # "au Traité ..., entré en vigueur vendredi": the participle alone, after its noun
    "entré en vigueur": "which entered into force",
    "entrera en vigueur": "will enter into force",
    "entre en vigueur": "enters into force",
    "entrée en vigueur": "entry into force",
    "entrer en vigueur": "enter into force",
    "reste en vigueur": "remains in force",
    "demeure en vigueur": "remains in force",
    "en vigueur depuis": "in force since",
    "en vigueur": "in force",
    "a expiré": "has expired",
    "a pris fin": "has expired",
    "est arrivé à expiration": "has expired",
    "est devenu caduc": "has lapsed",
    # signature, ratification, accession, withdrawal: the acts
    "n'a pas signé": "has not signed",
    "n'ont pas signé": "have not signed",
    "n'a pas ratifié": "has not ratified",
    "n'ont pas ratifié": "have not ratified",
    "n'a pas encore ratifié": "has not yet ratified",
    "n'ont pas encore ratifié": "have not yet ratified",
    "n'a pas encore signé": "has not yet signed",
    "n'ont pas encore signé": "have not yet signed",
    "n'ayant pas encore": "not having yet",
    # "Neuf pays doivent encore impérativement ratifier le traité": nine still have to ratify it
    "doivent encore impérativement": "still have to",
    "doivent encore": "still have to",
    "doit encore impérativement": "still has to",
    "doit encore": "still has to",
    "tous signataires": "all signatories",
    "dont la ratification": "whose ratification",
    "dont la signature et la ratification": "whose signature and ratification",
    "dont la signature": "whose signature",
    "nécessaire": "necessary",
    "nécessaires": "necessary",
    "notamment": "notably",
    "en particulier": "in particular",
    "ainsi que": "as well as",
    "non signataires": "non-signatories",
    "non-signataires": "non-signatories",
    # with the object as a pronoun before the verb ("ne l'ont pas ratifié": have not ratified it)
    "ne l'a pas signé": "has not signed it",
    "ne l'ont pas signé": "have not signed it",
    "ne l'a pas ratifié": "has not ratified it",
    "ne l'ont pas ratifié": "have not ratified it",
    "ne l'ont pas encore ratifié": "have not yet ratified it",
    "ne l'a pas encore ratifié": "has not yet ratified it",
    "l'a signé": "has signed it",
    "l'ont signé": "have signed it",
    "l'a ratifié": "has ratified it",
    "l'ont ratifié": "have ratified it",
    "a signé": "has signed",
    "ont signé": "have signed",
    "avait signé": "had signed",
    "avaient signé": "had signed",
    "a ratifié": "has ratified",
    "ont ratifié": "have ratified",
    "avait ratifié": "had ratified",
    "avaient ratifié": "had ratified",
    # "n'entend pas y adhérer": a refusal to join (an intention, never a fact)
    "n'entend pas y adhérer": "does not intend to accede to it",
    "n'entend pas adhérer": "does not intend to accede",
    # "Ce traité ne nous lie pas": the speaker is not bound by it
    "ce traité ne nous lie pas": "we are not bound by this treaty",
    "ne nous lie pas": "we are not bound by it",
    "a adhéré": "acceded",
    "ont adhéré": "acceded",
    "adhésion au": "accession to the",
    "adhésion à": "accession to",
    "a déposé": "deposited",
    "ont déposé": "deposited",
    "instruments de ratification": "instruments of ratification",
    "instrument de ratification": "instrument of ratification",
    "s'est retiré": "withdrew",
    "est devenu": "became",
    "est devenue": "became",
    "sont devenus": "became",
    "se sont retirés": "withdrew",
    "se sont retirées": "withdrew",
    "se retire": "withdraws",
    "s'est retirée": "withdrew",
    "se retirer": "withdraw",
    "retrait du": "withdrawal from the",
    "retrait de": "withdrawal from",
    "a suspendu": "suspended",
    "a dénoncé": "withdrew from",
    "a révoqué sa ratification": "revoked its ratification",
    "révocation de la ratification": "revocation of the ratification",
    "ouvert à la signature": "opened for signature",
    "ouverte à la signature": "opened for signature",
    "à la signature": "for signature",
    "États parties": "States Parties",
    "État partie": "State Party",
    "États signataires": "signatory States",
    "États dotés d'armes nucléaires": "nuclear-weapon States",
    "État doté d'armes nucléaires": "nuclear-weapon State",
    "États dotés": "nuclear-weapon States",
    "État doté": "nuclear-weapon State",
    "zone exempte d'armes nucléaires": "nuclear-weapon-free zone",
    "zone dénucléarisée": "nuclear-weapon-free zone",
    "armes nucléaires": "nuclear weapons",
    "arme nucléaire": "nuclear weapon",
    "essais nucléaires": "nuclear tests",
    "essai nucléaire": "nuclear test",
    "Conseil de sécurité": "Security Council",
    "Nations unies": "United Nations",
    "Assemblée générale": "General Assembly",
    # legislatures, with the state's adjective after the noun as French puts it ("le Sénat américain")
    "Sénat américain": "U.S. Senate",
    "Congrès américain": "U.S. Congress",
    "Douma russe": "Russian Duma",
    "Parlement russe": "Russian Parliament",
    "Sénat": "Senate",
    "Douma": "Duma",
    "Secrétaire général": "Secretary-General",
    "porte-parole": "spokesperson",
    "Dernière modification": "Last modified",
    "Publié le": "Published on",
    "mis à jour le": "updated on",
    # asks and hopes: what the rules read as not yet done
    "a appelé": "called on",
    "ont appelé": "called on",
    "appelle l'ensemble des": "calls on all",
    "appelle tous les": "calls on all",
    "appelle": "calls on",
    "appelons": "call on",
    "exhorte": "urges",
    "exhortons": "urge",
    "demande instamment": "urges",
    "invite": "invites",
    "encourage": "encourages",
    "souhaite": "hopes",
    "salue": "welcomes",
    "saluons": "welcome",
    "se félicite de": "welcomes",
    # "porte à 156 le nombre d'États parties": after a number, "the number of" is dropped (see gloss)
    "le nombre d'": "the number of ",
    "le nombre des": "the number of the",
    "le nombre de": "the number of",
    # regions named for zones
    "Pacifique Sud": "South Pacific",
    "Asie du Sud-Est": "Southeast Asia",
    "Asie centrale": "Central Asia",
    "Amérique latine": "Latin America",
    "Caraïbes": "Caribbean",
    "Moyen-Orient": "Middle East",
    "Proche-Orient": "Middle East",
    "péninsule coréenne": "Korean Peninsula",
    "Afrique": "Africa",
    "Asie du Sud": "South Asia",
    # pronouns, articles, prepositions, auxiliaries
    "il y a": "there are",
    "jour pour jour": "to the day",
    "ne l'ont pas encore fait": "have not yet done so",
    "ne l'a pas encore fait": "has not yet done so",
    "à ce jour": "to date",
    "aujourd'hui": "today",
    "à l'occasion du": "on the occasion of the",
    "à l'occasion de la": "on the occasion of the",
    "anniversaire": "anniversary",
    "cinquantième": "fiftieth",
    "vingtième": "twentieth",
    "trentième": "thirtieth",
    "quarantième": "fortieth",
    "dixième": "tenth",
    "ouverture à la signature": "opening for signature",
    "depuis": "since",
    "le": "the",
    "la": "the",
    "les": "the",
    "l'": "the ",
    "un": "a",
    "une": "a",
    "de la": "of the",
    "de l'": "of the ",
    "du": "of the",
    "des": "of the",
    "de": "of",
    "d'": "of ",
    "à la": "to the",
    "à l'": "to the ",
    "au": "to the",
    "aux": "to the",
    "à": "to",
    "et": "and",
    "ou": "or",
    "mais": "but",
    # "pays signataires": the noun's adjective before it, as English puts it
    "pays signataires": "signatory countries",
    # "la ratification prochaine par l'Indonésie": a ratification to come, not done
    "ratification prochaine": "forthcoming ratification",
    "ni": "nor",
    "en": "in",
    "dans": "in",
    "par": "by",
    "pour": "for",
    "avec": "with",
    "sans": "without",
    "sur": "on",
    "sous": "under",
    "entre": "between",
    "avant": "before",
    "après": "after",
    "jusqu'au": "until the",
    "jusqu'à": "until",
    "que": "that",
    "qu'": "that ",
    "qui": "which",
    "dont": "whose",
    # "l'entrée en vigueur ... est suspendue à la ratification de neuf pays : A, B": depends on it
    "est suspendue à": "depends on",
    "est suspendue a": "depends on",
    "reste suspendue à": "depends on",
    # "Aucune des neuf puissances nucléaires, A, B, ..., n'a prévu de s'y rallier": none intends to join it
    "n'a prévu de s'y rallier": "does not intend to join it",
    "n'ont prévu de s'y rallier": "do not intend to join it",
    "ne prévoit pas de s'y rallier": "does not intend to join it",
    # "La Suisse ne fait pas partie des Etats qui signent ce texte": not among the signers
    "ne fait pas partie des Etats qui signent": "is not among the States that sign",
    "ne fait pas partie des États qui signent": "is not among the States that sign",
    "ne fait pas partie des pays qui signent": "is not among the countries that sign",
    "a été le premier à signer": "was the first to sign",
    "a été la première à signer": "was the first to sign",
    # "(sauf la Corée du Nord, l'Inde et le Pakistan)": except them
    "sauf": "except",
    "à l'exception de": "with the exception of",
    "à l'exception du": "with the exception of the",
    "à l'exception des": "with the exception of the",
    "est": "is",
    "sont": "are",
    "était": "was",
    "étaient": "were",
    "a été": "has been",
    "ont été": "have been",
    "avait été": "had been",
    "a": "has",
    "ont": "have",
    "avait": "had",
    "avaient": "had",
    "nous": "we",
    "notre": "our",
    "nos": "our",
    "il": "it",
    "elle": "it",
    "ils": "they",
    "elles": "they",
    "ce": "this",
    "cet": "this",
    "cette": "this",
    "ces": "these",
    "son": "its",
    "sa": "its",
    "ses": "its",
    "leur": "their",
    "leurs": "their",
    "pas encore": "not yet",
    # weekdays, with which a report gives the day of a speech ("ce lundi 25 janvier")
    "lundi": "Monday",
    "mardi": "Tuesday",
    "mercredi": "Wednesday",
    "jeudi": "Thursday",
    "vendredi": "Friday",
    "samedi": "Saturday",
    "dimanche": "Sunday",
    # "Il s'agit du seul traité ... encore en vigueur": it is the only treaty still in force
    "il s'agit du": "it is the",
    "il s'agit de la": "it is the",
    "il s'agit de": "it is",
    "il s'agit d'": "it is",
    "ne": "",
    "n'": "",
    "pas": "not",
    "jamais": "never",
    "toujours": "still",
    "encore": "yet",
    "déjà": "already",
    "tous": "all",
    "toutes": "all",
    "seul": "only",
    "premiers": "first",
    "première": "first",
    "premier": "first",
    "deux": "two",
    "trois": "three",
    "quatre": "four",
    "cinq": "five",
    "sept": "seven",
    "huit": "eight",
    "neuf": "nine",
    "dix": "ten",
    "onze": "eleven",
    "douze": "twelve",
    "treize": "thirteen",
    "quatorze": "fourteen",
    "quinze": "fifteen",
    "seize": "sixteen",
    "vingt": "twenty",
    "trente": "thirty",
    "quarante": "forty",
    "cinquante": "fifty",
    "une centaine d'": "some 100 ",
    "une centaine de": "some 100",
    "un quart de siècle": "a quarter of a century",
    "un demi-siècle": "half a century",
    "cent": "hundred",
    "ans": "years",
    "années": "years",
    "mois": "months",
    "semaines": "weeks",
    "jours": "days",
    # nouns and verbs of the domain
    "traité": "treaty",
    "traités": "treaties",
    "protocole": "protocol",
    "protocoles": "protocols",
    "accord": "agreement",
    "accords": "agreements",
    "convention": "convention",
    "déclaration": "declaration",
    "États": "States",
    "État": "State",
    "pays": "countries",
    "puissances": "powers",
    "puissance": "power",
    "signataire": "signatory",
    "signataires": "signatories",
    "parties": "parties",
    "partie": "party",
    "signé": "signed",
    "signée": "signed",
    "signés": "signed",
    "signer": "sign",
    "signera": "will sign",
    "signant": "signing",
    "ratifié": "ratified",
    "ratifiée": "ratified",
    "ratifiés": "ratified",
    "ratifie": "ratifies",
    "ratifient": "ratify",
    "ratifier": "ratify",
    "ratifiera": "will ratify",
    "ratifiant": "ratifying",
    "prorogé": "extended",
    "prorogation": "extension",
    "prolongé": "extended",
    "prolongation": "extension",
    # "Sa prolongation pour une durée indéterminée en 1995": its extension, indefinitely
    "pour une durée indéterminée": "indefinitely",
    "pour une durée illimitée": "indefinitely",
    # "En tant qu'État membre du TNP", "as a member State of the NPT": the standing of the sentence's subject
    "en tant qu'état membre du": "As a member State of the",
    "en tant qu'état membre de la": "As a member State of the",
    "en tant qu'état partie au": "As a State Party to the",
    "en tant qu'état partie à la": "As a State Party to the",
    "états membres": "member States",
    "état membre": "member State",
    "suspension": "suspension",
    "expiration": "expiry",
    "adoption": "adoption",
    "résolution": "resolution",
    "ministre": "Minister",
    "Ministère": "Ministry",
    "président": "President",
    "doit": "must",
    "doivent": "must",
    "devrait": "should",
    "devraient": "should",
    "pourrait": "could",
    "peut": "may",
    "si": "if",
    "afin de": "in order to",
    "quant à": "as for",
    "autour de la": "around the",
    "autour du": "around the",
    "quant au": "as for the",
    "au profit de": "in favour of",
    "prêt à": "ready to",
    "prête à": "ready to",
    "proposons": "propose",
    "propose": "proposes",
}


# The words of the domain by paradigm, each in every form French gives it (gender and number of nouns, adjectives and
# participles; every tense, person and mood of the verbs; the noun of each act), so a statement never seen is read.
# A phrase written above wins over its form here.


def _cardinals() -> dict[str, str]:
    """The numbers from zero to ninety-nine in words, in both spellings (hyphens or spaces, "vingt et un"), Belgian and
    Swiss tens included, to English words."""
    units = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
    english = ENGLISH_NUMBERS
    out = {word: english[n] for n, word in enumerate(units) if n > 1}
    out.update({"dix-sept": "seventeen", "dix-huit": "eighteen", "dix-neuf": "nineteen"})
    tens_en = ENGLISH_TENS
    french_tens = {
        20: ["vingt"],
        30: ["trente"],
        40: ["quarante"],
        50: ["cinquante"],
        60: ["soixante"],
        70: ["septante"],
        80: ["huitante", "octante"],
        90: ["nonante"],
    }
    for ten, words in french_tens.items():
        for word in words:
            out[word] = tens_en[ten]
            for unit in range(1, 10):
                joined = f"{word} et un" if unit == 1 else f"{word}-{units[unit]}"
                out[joined] = f"{tens_en[ten]}-{english[unit]}"
    # "soixante-dix", "soixante et onze", "quatre-vingts", "quatre-vingt-dix-neuf"
    for n in range(10, 20):
        word = {10: "dix", 11: "onze"}.get(n, units[n] if n < 17 else f"dix-{units[n - 10]}")
        out[f"soixante-{word}" if n != 11 else "soixante et onze"] = (
            "seventy" if n == 10 else f"seventy-{english[n - 10]}"
        )
        out[f"quatre-vingt-{word}"] = "ninety" if n == 10 else f"ninety-{english[n - 10]}"
    out["soixante-onze"] = "seventy-one"
    out["quatre-vingts"] = "eighty"
    out["quatre-vingt"] = "eighty"
    for unit in range(1, 10):
        out[f"quatre-vingt-{units[unit]}"] = f"eighty-{english[unit]}"
    # the scales ("deux cents", "cent cinquante", "trois mille", "1,5 million"); "un" stays "a" ("un traité")
    out.update({"cent": "hundred", "cents": "hundred", "mille": "thousand", "million": "million"})
    out.update({"millions": "million", "milliard": "billion", "milliards": "billion"})
    return out


CARDINALS = _cardinals()

_ORDINAL_ENGLISH = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}


def _english_ordinal(cardinal: str) -> str:
    head, _, last = cardinal.rpartition("-")
    if last in _ORDINAL_ENGLISH:
        word = _ORDINAL_ENGLISH[last]
    elif last.endswith("y"):
        word = last[:-1] + "ieth"
    else:
        word = last + "th"
    return f"{head}-{word}" if head else word


def _ordinals() -> dict[str, str]:
    """Ordinals in words ("cinquantième", "vingt-septième", "centième") and in figures ("50e", "50ème", "1er", "1re"),
    to English ("fiftieth", "50th"): the rank of a ratification ("le 50e État à ratifier")."""
    out: dict[str, str] = {"premier": "first", "première": "first", "premiers": "first", "premières": "first"}
    out.update({"second": "second", "seconde": "second", "unième": "first", "centième": "hundredth"})
    out.update({"millième": "thousandth"})
    for french, english in CARDINALS.items():
        if english in ("hundred", "thousand", "million", "billion", "zero") or french.endswith("s"):
            continue
        stem = french[:-1] if french.endswith("e") else french
        stem = {"cinq": "cinqu", "neuf": "neuv"}.get(stem, stem)
        stem = stem[:-4] + "cinqu" if stem.endswith("-cinq") or stem.endswith(" cinq") else stem
        stem = stem[:-4] + "neuv" if stem.endswith("-neuf") else stem
        out.setdefault(f"{stem}ième", _english_ordinal(english))
        out.setdefault(f"{stem}ièmes", _english_ordinal(english))
    for n in range(1, 201):
        for mark in ("e", "ème", "ième", "eme", "è"):
            out[f"{n}{mark}"] = ordinal(n)
    out.update({"1er": "1st", "1re": "1st", "1ère": "1st", "1ers": "1st", "2nd": "2nd", "2nde": "2nd"})
    return out


def _verb(infinitive: str, english: tuple[str, str, str, str, str], *, after: str = "") -> dict[str, str]:
    """Every form of a French verb of the first group ("ratifier") to English: ``english`` is its base, third person,
    past, participle and -ing forms ("ratify", "ratifies", "ratified", "ratified", "ratifying"). ``after`` is the
    preposition its English takes before the object, put after the verb where French writes "au" or "à la" ("adhérer
    au Traité" is "accede to the Treaty")."""
    base, third, past, participle, ing = english
    stem = infinitive[:-2]
    soft = stem + ("e" if stem.endswith("g") else "")  # "prolongeant", "prolongeons"
    soft = soft[:-1] + "ç" if stem.endswith("c") else soft  # "dénonçant"
    forms = {
        infinitive: base,
        f"{stem}e": third,
        f"{stem}es": base,
        f"{stem}ent": base,
        f"{soft}ons": base,
        f"{stem}ez": base,
        f"{stem}é": participle,
        f"{stem}ée": participle,
        f"{stem}és": participle,
        f"{stem}ées": participle,
        f"{soft}ait": past,
        f"{soft}aient": past,
        f"{soft}a": past,
        f"{stem}èrent": past,
        f"{soft}ais": past,
        f"{stem}era": f"will {base}",
        f"{stem}eront": f"will {base}",
        f"{stem}erons": f"will {base}",
        f"{stem}erai": f"will {base}",
        f"{stem}erez": f"will {base}",
        f"{stem}erait": f"would {base}",
        f"{stem}eraient": f"would {base}",
        f"{stem}erions": f"would {base}",
        f"{soft}ant": ing,
        f"en {soft}ant": f"by {ing}",
    }
    out = dict(forms)
    elided = infinitive[0] in "aeéèêiou"
    # "le signent et le ratifient au plus vite": a finite verb with its object as a pronoun before it ("le signe" is
    # also the noun "the sign", left to the noun)
    for pronoun, english_pronoun in (("le", "it"), ("la", "it"), ("les", "them")):
        for form, english_form in (
            (f"{stem}e", third),
            (f"{stem}ent", base),
            (f"{stem}era", f"will {base}"),
            (f"{stem}eront", f"will {base}"),
            (f"{stem}erait", f"would {base}"),
        ):
            if form != "signe":
                out[f"{pronoun} {form}"] = f"{english_form} {english_pronoun}"
    # "vient de ratifier": an act just done, "has just ratified"
    just = "d'" if elided else "de "
    out[f"vient {just}{infinitive}"] = f"has just {participle}"
    out[f"viennent {just}{infinitive}"] = f"have just {participle}"
    out[f"venons {just}{infinitive}"] = f"have just {participle}"
    # the object as a pronoun before the verb: "puis à le ratifier", "en le ratifiant" ("to ratify it", "by
    # ratifying it")
    for pronoun, english_pronoun in (("le", "it"), ("la", "it"), ("les", "them")):
        out[f"{pronoun} {infinitive}"] = f"{base} {english_pronoun}"
        out[f"de {pronoun} {infinitive}"] = f"to {base} {english_pronoun}"
        out[f"à {pronoun} {infinitive}"] = f"to {base} {english_pronoun}"
        out[f"en {pronoun} {soft}ant"] = f"by {ing} {english_pronoun}"
    # "de ratifier", "à ratifier", "d'adhérer": an infinitive after its verb is "to ..."
    out[f"d'{infinitive}" if elided else f"de {infinitive}"] = f"to {base}"
    out[f"à {infinitive}"] = f"to {base}"
    if after:
        for french, word in list(out.items()):
            for article, english_article in (("au", "the"), ("aux", "the"), ("à la", "the"), ("à l'", "the ")):
                out[f"{french} {article}"] = f"{word} {after} {english_article}".rstrip(" ") + (
                    " " if article.endswith("'") else ""
                )
    return out


def _acts() -> dict[str, str]:
    """The acts of the domain, every tense, voice and person, and their nouns."""
    out: dict[str, str] = {}
    out.update(_verb("signer", ("sign", "signs", "signed", "signed", "signing")))
    out.update(_verb("ratifier", ("ratify", "ratifies", "ratified", "ratified", "ratifying")))
    out.update(_verb("adhérer", ("accede", "accedes", "acceded", "acceded", "acceding"), after="to"))
    out.update(_verb("déposer", ("deposit", "deposits", "deposited", "deposited", "depositing")))
    out.update(_verb("prolonger", ("extend", "extends", "extended", "extended", "extending")))
    out.update(_verb("proroger", ("extend", "extends", "extended", "extended", "extending")))
    out.update(_verb("révoquer", ("revoke", "revokes", "revoked", "revoked", "revoking")))
    out.update(_verb("dénoncer", ("denounce", "denounces", "denounced", "denounced", "denouncing")))
    out.update(_verb("approuver", ("approve", "approves", "approved", "approved", "approving")))
    out.update(_verb("adopter", ("adopt", "adopts", "adopted", "adopted", "adopting")))
    out.update(_verb("voter", ("vote", "votes", "voted", "voted", "voting")))
    out.update(_verb("promulguer", ("promulgate", "promulgates", "promulgated", "promulgated", "promulgating")))
    out.update(_verb("expirer", ("expire", "expires", "expired", "expired", "expiring")))
    out.update(_verb("retirer", ("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing")))
    out.update(_verb("déployer", ("deploy", "deploys", "deployed", "deployed", "deploying")))
    # the calls, urgings and welcomes that say an act is not yet done
    out.update(_verb("inviter", ("invite", "invites", "invited", "invited", "inviting")))
    out.update(_verb("exhorter", ("urge", "urges", "urged", "urged", "urging")))
    out.update(_verb("encourager", ("encourage", "encourages", "encouraged", "encouraged", "encouraging")))
    out.update(_verb("saluer", ("welcome", "welcomes", "welcomed", "welcomed", "welcoming")))
    out.update(_verb("souhaiter", ("hope", "hopes", "hoped", "hoped", "hoping")))
    out.update(_verb("appeler", ("call on", "calls on", "called on", "called on", "calling on")))
    out.update({"appelle": "calls on", "appellent": "call on", "appellera": "will call on"})
    # the third group: "suspendre", "conclure", "reconduire", "adhérer" is above
    out.update(
        {
            "suspendre": "suspend",
            "suspend": "suspends",
            "suspendent": "suspend",
            "suspendons": "suspend",
            "suspendu": "suspended",
            "suspendue": "suspended",
            "suspendus": "suspended",
            "suspendues": "suspended",
            "suspendait": "suspended",
            "suspendit": "suspended",
            "suspendra": "will suspend",
            "suspendront": "will suspend",
            "suspendrait": "would suspend",
            "suspendant": "suspending",
            "de suspendre": "to suspend",
            "conclure": "conclude",
            "conclut": "concludes",
            "concluent": "conclude",
            "conclu": "concluded",
            "conclue": "concluded",
            "conclus": "concluded",
            "conclues": "concluded",
            "conclura": "will conclude",
            "reconduire": "renew",
            "reconduit": "renewed",
            "reconduite": "renewed",
            "reconduits": "renewed",
            "reconduira": "will renew",
            "de reconduire": "to renew",
        }
    )
    # "un traité interdisant les essais nucléaires": what a treaty does, as a description says it
    for french, english in {
        "interdire": "ban",
        "interdit": "bans",
        "interdisent": "ban",
        "interdisant": "banning",
        "interdira": "will ban",
        "interdits": "banned",
        "interdite": "banned",
        "interdites": "banned",
        "d'interdire": "to ban",
        "limiter": "limit",
        "limite": "limits",
        "limitant": "limiting",
        "réduire": "reduce",
        "réduisant": "reducing",
        "éliminer": "eliminate",
        "éliminant": "eliminating",
    }.items():
        out.setdefault(french, english)
    out.update(_verb("déclarer", ("declare", "declares", "declared", "declared", "declaring")))
    out.update(_verb("annoncer", ("announce", "announces", "announced", "announced", "announcing")))
    for french, english in {
        # "vient de ratifier": an act just done
        "vient de": "has just",
        "viennent de": "have just",
        "venons de": "have just",
        "vient d'": "has just",
        "viennent d'": "have just",
        # "dont le processus de ratification est en cours": not yet done
        "processus de ratification": "ratification process",
        "procédure de ratification": "ratification procedure",
        "il y a maintenant": "there are now",
        "il y a désormais": "there are now",
        "d'autre part": "on the other hand",
        "suivants": "following",
        "suivantes": "following",
        "suivant": "following",
        "restants": "remaining",
        "restantes": "remaining",
        "restant": "remaining",
    }.items():
        out.setdefault(french, english)
    # "n'ont pas encore procédé à cette ratification": to proceed to a ratification is to ratify
    for french, english in {
        "procéder": "ratify",
        "de procéder": "to ratify",
        "procède": "ratifies",
        "procèdent": "ratify",
        "procédé": "ratified",
        "procédait": "ratified",
        "procéda": "ratified",
        "procédèrent": "ratified",
        "procédera": "will ratify",
        "procéderont": "will ratify",
        "procédant": "ratifying",
    }.items():
        for object_ in ("la", "sa", "leur", "cette"):
            out[f"{french} à {object_} ratification"] = english
    # the pronominal verbs: "se retirer du Traité" is "withdraw from the Treaty"
    for french, english in {
        "se retirer": "withdraw",
        "se retire": "withdraws",
        "se retirent": "withdraw",
        "se retirera": "will withdraw",
        "se retireront": "will withdraw",
        "se retirerait": "would withdraw",
        "s'est retiré": "withdrew",
        "s'est retirée": "withdrew",
        "se sont retirés": "withdrew",
        "se sont retirées": "withdrew",
        "s'était retiré": "had withdrawn",
        "s'étaient retirés": "had withdrawn",
        "se retirant": "withdrawing",
        "de se retirer": "to withdraw",
        "nous retirons": "we withdraw",
        "nous nous retirons": "we withdraw",
    }.items():
        out[french] = english
        for article, english_article in (("du", "the"), ("de la", "the"), ("de l'", "the "), ("des", "the")):
            out[f"{french} {article}"] = f"{english} from {english_article}"
    # the nouns of the acts
    out.update(
        {
            "ratification": "ratification",
            "ratifications": "ratifications",
            "signature": "signature",
            "signatures": "signatures",
            "adhésion": "accession",
            "adhésions": "accessions",
            "dépôt": "deposit",
            "dépôts": "deposits",
            "approbation": "approval",
            "promulgation": "promulgation",
            "conclusion": "conclusion",
            "dénonciation": "denunciation",
            "révocation": "revocation",
            "reconduction": "renewal",
            "retrait": "withdrawal",
            "prorogation": "extension",
            "prolongation": "extension",
            "vote": "vote",
            "votes": "votes",
            "expiration": "expiry",
            "loi": "law",
            "projet de loi": "bill",
            "décret": "decree",
            "retrait de la ratification": "revocation of the ratification",
            "retirer sa ratification": "revoke its ratification",
            "retiré sa ratification": "revoked its ratification",
            "révoquant la ratification": "revoking the ratification",
        }
    )
    # entry into force, taking effect, expiry
    for french, english in {
        "entrera en vigueur": "will enter into force",
        "entreront en vigueur": "will enter into force",
        "entrerait en vigueur": "would enter into force",
        "entreraient en vigueur": "would enter into force",
        "entrent en vigueur": "enter into force",
        "entré en vigueur": "which entered into force",
        "entrée en vigueur": "entry into force",
        "entrés en vigueur": "which entered into force",
        "entrées en vigueur": "which entered into force",
        "entra en vigueur": "entered into force",
        "sont entrées en vigueur": "entered into force",
        "soit entré en vigueur": "has entered into force",
        "soit entrée en vigueur": "has entered into force",
        "n'entrera pas en vigueur": "will not enter into force",
        "n'entrera en vigueur": "will enter into force",
        "entrant en vigueur": "entering into force",
        "est en vigueur": "is in force",
        "sont en vigueur": "are in force",
        "était en vigueur": "was in force",
        "n'est plus en vigueur": "is no longer in force",
        "ne sont plus en vigueur": "are no longer in force",
        "n'est pas en vigueur": "is not in force",
        "n'est toujours pas en vigueur": "is not yet in force",
        "n'est pas encore en vigueur": "is not yet in force",
        "prendre effet": "take effect",
        "prend effet": "takes effect",
        "prendra effet": "will take effect",
        "a pris effet": "took effect",
        "prennent effet": "take effect",
        "prise d'effet": "taking effect",
        "cessera d'avoir effet": "will cease to have effect",
        "cesse d'avoir effet": "ceases to have effect",
        "a cessé d'avoir effet": "ceased to have effect",
        "cessera d'être en vigueur": "will cease to be in force",
        "a cessé d'être en vigueur": "ceased to be in force",
        "arrive à expiration": "expires",
        "arrivera à expiration": "will expire",
        "arrivé à expiration": "expired",
        "arrivée à expiration": "expired",
        "expire": "expires",
        "caduc": "lapsed",
        "caduque": "lapsed",
    }.items():
        out[french] = english
    # becoming a party
    for french, english in {
        "devenir partie": "become a party",
        "devenir parties": "become parties",
        "devenu partie": "become a party",
        "devenue partie": "become a party",
        "devenus parties": "become parties",
        "devenues parties": "become parties",
        "est devenu partie": "became a party",
        "est devenue partie": "became a party",
        "sont devenus parties": "became parties",
        "deviendra partie": "will become a party",
        "deviendront parties": "will become parties",
        "devient partie": "becomes a party",
    }.items():
        out[french] = english
    # "ni signé ni ratifié": neither ... nor
    for first, second, english in (
        ("signé", "ratifié", "signed nor ratified"),
        ("signé", "ratifiée", "signed nor ratified"),
        ("signer", "ratifier", "sign nor ratify"),
    ):
        out[f"ni {first} ni {second}"] = f"neither {english}"
    return out


def _nouns(pairs: dict[str, str]) -> dict[str, str]:
    """Nouns and adjectives with their plural (and feminine where given as "ogive(s)", "déployé(e)(s)")."""
    out: dict[str, str] = {}
    for french, english in pairs.items():
        if "(" not in french:
            out[french] = english
            continue
        forms = [""]
        for piece in french.replace(")", "(").split("("):
            if not piece:
                continue
            if piece in ("e", "s", "es", "x"):
                forms += [form + piece for form in forms]
            else:
                forms = [form + piece for form in forms]
        for form in forms:
            out[form] = english
    return out


# 1. What a figure counts, singular and plural ("700 lanceurs déployés", "1 550 ogives", "plus de 300 stations")
UNITS = _nouns(
    {
        "membre(s)": "members",
        "État(s) membre(s)": "member States",
        "État(s)-membre(s)": "member States",
        "pays membre(s)": "member countries",
        "État(s)-partie(s)": "States Parties",
        "pays parties": "States Parties",
        "nation(s)": "nations",
        "ogive(s)": "warheads",
        "ogive(s) nucléaire(s)": "nuclear warheads",
        "tête(s) nucléaire(s)": "nuclear warheads",
        "charge(s) nucléaire(s)": "nuclear charges",
        "arme(s)": "weapons",
        "arme(s) atomique(s)": "nuclear weapons",
        "lanceur(s)": "launchers",
        "déployé(e)(s)": "deployed",
        "non déployé(e)(s)": "non-deployed",
        "non-déployé(e)(s)": "non-deployed",
        "vecteur(s)": "delivery vehicles",
        "vecteur(s) stratégique(s)": "strategic delivery vehicles",
        "missile(s) balistique(s) intercontinental": "ICBMs",
        "missiles balistiques intercontinentaux": "ICBMs",
        "ICBM": "ICBMs",
        "SLBM": "SLBMs",
        "missiles balistiques lancés depuis des sous-marins": "SLBMs",
        "missiles balistiques à bord de sous-marins": "SLBMs",
        "missiles balistiques lancés par sous-marins": "SLBMs",
        "missiles mer-sol balistiques stratégiques": "SLBMs",
        "missile(s) balistique(s)": "ballistic missiles",
        "missile(s) de croisière": "cruise missiles",
        "bombardier(s) lourd(s)": "heavy bombers",
        "bombardier(s)": "bombers",
        "sous-marin(s)": "submarines",
        "sous-marin(s) nucléaire(s)": "nuclear submarines",
        "intercepteur(s)": "interceptors",
        "essai(s)": "tests",
        "essai(s) atomique(s)": "nuclear tests",
        "essai(s) d'armes nucléaires": "nuclear tests",
        "explosion(s) nucléaire(s)": "nuclear explosions",
        "explosion(s) expérimentale(s)": "test explosions",
        "station(s) de surveillance": "monitoring stations",
        "station(s)": "stations",
        "jour(s)": "days",
        "semaine(s)": "weeks",
        "an(s)": "years",
        "année(s)": "years",
        "décennie(s)": "decades",
        "pour cent": "percent",
        "pourcent": "percent",
        "kilomètre(s)": "kilometres",
        "arsenal": "arsenal",
        "arsenaux": "arsenals",
        "armement(s)": "arms",
    }
)

# 2. The quantifiers around a number
QUANTIFIERS = {
    "plus de": "more than",
    "plus d'": "more than ",
    "moins de": "fewer than",
    "moins d'": "fewer than ",
    "pas plus de": "no more than",
    "pas plus d'": "no more than ",
    "au plus": "at most",
    "au maximum": "at most",
    "au moins": "at least",
    "au minimum": "at least",
    "environ": "about",
    "près de": "nearly",
    "près d'": "nearly ",
    "presque": "almost",
    "quelque": "some",
    "quelques": "some",
    "quasiment": "almost",
    "approximativement": "about",
    "seulement": "only",
    "uniquement": "only",
    "au total": "in total",
    "total": "total",
    "un total de": "a total of",
    "sur un total de": "out of a total of",
    "parmi lesquels": "of which",
    "parmi lesquelles": "of which",
    "une dizaine de": "some 10",
    "une dizaine d'": "some 10 ",
    "une vingtaine de": "some 20",
    "une vingtaine d'": "some 20 ",
    "une trentaine de": "some 30",
    "une trentaine d'": "some 30 ",
    "une quarantaine de": "some 40",
    "une cinquantaine de": "some 50",
    "des centaines de": "hundreds of",
    "des milliers de": "thousands of",
    "jusqu'à": "up to",
    "nombre": "number",
    "nombre total": "total number",
}

# 3. Time and deadlines
TIME = {
    "dans un délai de": "within",
    "dans les": "within the",
    "au cours des": "over the",
    "au bout de": "after",
    "d'ici la fin de": "by the end of",
    "d'ici la fin du": "by the end of the",
    "d'ici à la fin de": "by the end of",
    "d'ici": "by",
    "à la fin de": "at the end of",
    "à la fin du": "at the end of the",
    "fin": "end",
    "jusqu'à la fin de": "until the end of",
    "pendant": "for",
    "durant": "during",
    "à compter du": "from the",
    "à compter de": "from",
    "à partir du": "from the",
    "à partir de": "from",
    "dès": "from",
    "plus tard": "later",
    "hier": "yesterday",
    "demain": "tomorrow",
    "cette année": "this year",
    "l'an dernier": "last year",
    "l'année dernière": "last year",
    "l'année prochaine": "next year",
    "l'an prochain": "next year",
    "le mois dernier": "last month",
    "la semaine dernière": "last week",
    "ce matin": "this morning",
    "en vue de faciliter": "on Facilitating",
    "faciliter": "facilitate",
    "en vue de": "in order to",
    "aura lieu": "will take place",
    "a eu lieu": "took place",
    "avoir lieu": "take place",
    "se tiendra": "will be held",
    "tant que": "as long as",
    "tant qu'": "as long as ",
    "n'aura pas été": "will not have been",
    "n'a pas été": "has not been",
    "n'ont pas été": "have not been",
    "été": "been",
    "cet été": "this summer",
    "l'été": "the summer",
    "en été": "in summer",
    "au plus vite": "as soon as possible",
    "dès que possible": "as soon as possible",
    "le plus rapidement possible": "as soon as possible",
    "le plus tôt possible": "as soon as possible",
    "portant": "bringing",
    "porté": "brought",
    "requis": "required",
    "requise": "required",
    "requises": "required",
    "une fois pour toutes": "once and for all",
    "pour que": "so that",
    "afin que": "so that",
    "délai": "period",
    "préavis": "notice",
    "jusqu'ici": "so far",
    "jusqu'à présent": "so far",
    "désormais": "now",
    "maintenant": "now",
    "actuellement": "currently",
    "récemment": "recently",
}

# 4. Negation, the future and wishes, and the words between
MODAL = {
    "n'est plus": "is no longer",
    "ne sont plus": "are no longer",
    "n'a plus": "no longer has",
    "ne plus": "no longer",
    "plus": "more",
    "aucun": "no",
    "aucune": "no",
    "non": "not",
    "va": "will",
    "vont": "will",
    "allons": "will",
    "sera": "will be",
    "seront": "will be",
    "serait": "would be",
    "seraient": "would be",
    "aura": "will have",
    "auront": "will have",
    "aurait": "would have",
    "aient": "have",
    "ait": "has",
    "ayant": "having",
    "soient": "are",
    "avons": "have",
    "ai": "have",
    "avez": "have",
    "suis": "am",
    "sommes": "are",
    "je": "I",
    "vous": "you",
    "être": "be",
    "avoir": "have",
    "entend": "intends to",
    "entendent": "intend to",
    "entendons": "intend to",
    "a l'intention de": "intends to",
    "ont l'intention de": "intend to",
    "avait l'intention de": "intended to",
    "avaient l'intention de": "intended to",
    "l'intention de": "the intention to",
    "envisage de": "plans to",
    "envisagent de": "plan to",
    "prévoit de": "plans to",
    "prévoient de": "plan to",
    "compte": "intends to",
    "comptent": "intend to",
    "est prêt à": "is ready to",
    "est prête à": "is ready to",
    "sont prêts à": "are ready to",
    "sommes prêts à": "are ready to",
    "prêts à": "ready to",
    "se dit prêt à": "is ready to",
    "se dit prête à": "is ready to",
    "disposé à": "ready to",
    "appellent": "call on",
    "exhortent": "urge",
    "invitent": "invite",
    "invitons": "invite",
    "demande aux": "calls on the",
    "demandent aux": "call on the",
    "demandons aux": "call on the",
    "espère": "hopes",
    "espèrent": "hope",
    "espérons": "hope",
    "souhaitons": "hope",
    "souhaitent": "hope",
    "devra": "will have to",
    "devront": "will have to",
    "devons": "must",
    "il faut": "must",
    "doit être": "must be",
    "pourra": "will be able to",
    "pourront": "will be able to",
    "a décidé de": "decided to",
    "ont décidé de": "decided to",
    "décidé de": "decided to",
    "décision de": "decision to",
    "refuse de": "refuses to",
    "refusent de": "refuse to",
    "a refusé de": "refused to",
    "ont refusé de": "refused to",
    "lié": "bound",
    "liée": "bound",
    "liés": "bound",
    "liées": "bound",
    "est lié par": "is bound by",
    "sont liés par": "are bound by",
    # the object pronoun before the auxiliary ("168 l'aient également ratifié"): the auxiliary, as English reads it
    "l'a": "has",
    "l'ont": "have",
    "l'avait": "had",
    "l'avaient": "had",
    "l'ait": "has",
    "l'aient": "have",
    "l'ayant": "having",
    "l'ont fait": "have done so",
    "l'a fait": "has done so",
    "l'aient fait": "have done so",
    "l'ait fait": "has done so",
    "de le faire": "to do so",
    "le faire": "do so",
    "l'aura": "will have",
    "l'auront": "will have",
    "l'avons": "have",
    "l'ai": "have",
    "aux côtés du": "together with the",
    "aux côtés de": "together with",
    "aux côtés des": "together with the",
    "conjointement": "jointly",
    "officiellement": "officially",
    "formellement": "formally",
    "puis": "then",
    "également": "also",
    "aussi": "also",
    "ainsi": "thus",
    "ainsi qu'à": "as well as to",
    "ainsi qu'au": "as well as to the",
    # what entry into force needs ("nécessite ... sa ratification par les huit Etats listés à l'Annexe 2")
    "nécessite": "requires",
    "nécessitent": "require",
    "nécessitera": "will require",
    "requiert": "requires",
    "exige": "requires",
    "conformément à": "in accordance with",
    "conformément au": "in accordance with the",
    "conformément aux": "in accordance with the",
    "listés": "listed",
    "listées": "listed",
    "énumérés": "listed",
    "énumérées": "listed",
    "effectué": "conducted",
    "effectués": "conducted",
    "effectuée": "conducted",
    "effectuées": "conducted",
    "mené": "conducted",
    "menés": "conducted",
    "menée": "conducted",
    "menées": "conducted",
}

# 5. The words of instruments' titles, for a description not in the registry
TREATY_WORDS = _nouns(
    {
        "pacte": "pact",
        "interdiction": "ban",
        "interdiction complète": "comprehensive ban",
        "interdiction totale": "comprehensive ban",
        "complet": "comprehensive",
        "complète": "comprehensive",
        "non-prolifération": "non-proliferation",
        "non prolifération": "non-proliferation",
        "prolifération": "proliferation",
        "nucléaire(s)": "nuclear",
        "atomique(s)": "nuclear",
        "stratégique(s)": "strategic",
        "offensive(s)": "offensive",
        "armes stratégiques offensives": "strategic offensive arms",
        "armements stratégiques offensifs": "strategic offensive arms",
        "armements stratégiques": "strategic arms",
        "réduction": "reduction",
        "réductions": "reductions",
        "limitation": "limitation",
        "nouvelles mesures": "further measures",
        "mesures": "measures",
        "forces nucléaires à portée intermédiaire": "intermediate-range nuclear forces",
        "forces nucléaires intermédiaires": "intermediate-range nuclear forces",
        "portée intermédiaire": "intermediate-range",
        "plus courte portée": "shorter-range",
        "antimissile(s)": "anti-ballistic missile",
        "antimissiles balistiques": "anti-ballistic missile",
        "systèmes antimissiles balistiques": "anti-ballistic missile systems",
        "zone(s) exempte(s) d'armes nucléaires": "nuclear-weapon-free zone",
        "zone": "zone",
        "zones": "zones",
        "exempte d'armes nucléaires": "nuclear-weapon-free",
        "dénucléarisé(e)(s)": "nuclear-weapon-free",
        "espace extra-atmosphérique": "outer space",
        "atmosphère": "atmosphere",
        "sous l'eau": "under water",
        "fonds marins": "sea-bed",
        "Antarctique": "Antarctic",
        "Asie du Sud-Est": "Southeast Asia",
        "Pacifique": "Pacific",
        "Amérique latine et les Caraïbes": "Latin America and the Caribbean",
        "garanties de sécurité": "security assurances",
        "élimination": "elimination",
        "désarmement": "disarmament",
        "armes de destruction massive": "weapons of mass destruction",
        "essais nucléaires souterrains": "underground nuclear tests",
        "souterrain(e)(s)": "underground",
        "à des fins pacifiques": "for peaceful purposes",
        "conférence d'examen": "Review Conference",
        "commission préparatoire": "Preparatory Commission",
    }
)

# The annex that lists the states a treaty needs ("les huit États restants de l'annexe 2"). (Cities stay as written:
# "signé à Moscou un traité" glossed "Moscow ... treaty" would read as the Moscow Treaty, another instrument.)
ANNEXES = {"annexe": "annex", "annexes": "annexes"}

for _table in (ANNEXES, CARDINALS, _ordinals(), _acts(), UNITS, QUANTIFIERS, TIME, MODAL, TREATY_WORDS):
    for _phrase, _english in _table.items():
        PHRASES.setdefault(_phrase, _english)


# Adjectives of states, after the noun in French ("le Ministère français"): glossed as the English adjective.
ADJECTIVES: dict[str, str] = {
    "français": "French",
    "française": "French",
    "britannique": "British",
    "russe": "Russian",
    "russes": "Russian",
    "américain": "American",
    "brésilien": "Brazilian",
    # "Le président brésilien Michel Temer": the adjective after the office, as French puts it
    "président brésilien": "Brazilian President",
    "président américain": "American President",
    "président russe": "Russian President",
    "président français": "French President",
    "président chinois": "Chinese President",
    "brésilienne": "Brazilian",
    "suisse": "Swiss",
    "texte": "text",
    "américaine": "American",
    "chinois": "Chinese",
    "chinoise": "Chinese",
    "soviétique": "Soviet",
    "indien": "Indian",
    "indienne": "Indian",
    "pakistanais": "Pakistani",
    "pakistanaise": "Pakistani",
    "nord-coréen": "North Korean",
    "nord-coréenne": "North Korean",
}

# French names of states that ISO 3166's French list does not give in these forms.
STATE_NAMES: dict[str, str] = {
    "Russie": "RUS",
    "Corée du Nord": "PRK",
    "RPDC": "PRK",
    "Corée du Sud": "KOR",
    "Grande-Bretagne": "GBR",
    "Union soviétique": "SUN",
    "URSS": "SUN",
    "Etats-Unis": "USA",
    "Iran": "IRN",
    "Syrie": "SYR",
}

_NUMBER_WORDS = frozenset(
    "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante "
    "cinquante cent".split()
) | frozenset(CARDINALS)

FRENCH = Language(
    code="fr",
    name="French",
    ago_before=frozenset({"il y a"}),
    function_words=frozenset(
        "le la les des du et est une pour que qui dans sur avec au aux par ont sont nous ce cette son sa ses leur "
        "été pas ne il elle depuis ainsi entre également".split()
    ),
    months=MONTHS,
    phrases=PHRASES,
    adjectives=ADJECTIVES,
    state_names=STATE_NAMES,
    ambiguous_states=frozenset({"coree"}),
    articles=frozenset({"le", "la", "les", "l'"}),
    of=frozenset({"du", "des", "de la", "de l'", "de", "d'"}),
    to=frozenset({"au", "aux", "à la", "à l'", "à"}),
    on_day=frozenset({"le"}),
    count_nouns=("le nombre d'", "le nombre des", "le nombre de"),
    number_words=_NUMBER_WORDS,
    # "1.550 ogives": a full stop between thousands, as the press writes it beside "1 550" (a decimal takes a comma)
    full_stop_thousands=True,
)
