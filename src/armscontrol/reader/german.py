"""The German words the gloss reads (:mod:`armscontrol.reader.gloss`): months, phrases, the verbs that German puts at
the end of a clause, adjectives of states and the usual names of states ISO 3166's German list lacks. Instruments'
German names live in the registry (``names_in.de``: the titles of the German, Austrian and United Nations' German
texts and the usual names, "Atomwaffensperrvertrag", "Kernwaffenteststopp-Vertrag").

German splits a verb: the auxiliary or the finite verb stands second ("Frankreich hat den Vertrag ratifiziert", "Der
Vertrag trat 1970 in Kraft") or last in a clause ("Staaten, die den Vertrag nicht ratifiziert haben"). The gloss puts
the parts together where English has them (:data:`AUXILIARIES`, :data:`VERBS`, :data:`SEPARABLE`), so the rules read
"has ratified", "entered into force", "have not ratified".
"""

from __future__ import annotations

from armscontrol.reader.gloss import Language

MONTHS = {
    "Januar": "January",
    "Jänner": "January",
    "Februar": "February",
    "März": "March",
    "April": "April",
    "Mai": "May",
    "Juni": "June",
    "Juli": "July",
    "August": "August",
    "September": "September",
    "Oktober": "October",
    "November": "November",
    "Dezember": "December",
}

# The auxiliaries and modal verbs that stand apart from the verb they go with, and their English.
AUXILIARIES: dict[str, str] = {
    "hat": "has",
    "haben": "have",
    "hatte": "had",
    "hatten": "had",
    "ist": "has",
    "sind": "have",
    "war": "had",
    "waren": "had",
    "wurde": "was",
    "wurden": "were",
    "wird": "will",
    "werden": "will",
    "kann": "can",
    "können": "can",
    "konnte": "could",
    "konnten": "could",
    "muss": "must",
    "müssen": "must",
    "soll": "shall",
    "sollen": "shall",
    "sollte": "should",
    "sollten": "should",
    "will": "wants to",
    "wollen": "want to",
}

# The same words where no verb goes with them ("Der Vertrag ist nicht in Kraft").
ALONE: dict[str, str] = {
    "ist": "is",
    "sind": "are",
    "war": "was",
    "waren": "were",
    "wird": "will",
    "werden": "will",
    "will": "wants",
    "wollen": "want",
    "worden": "been",
}

# The verbs of the domain at the end of a clause (participles and infinitives), and their English.
VERBS: dict[str, str] = {
    "ratifiziert": "ratified",
    "unterzeichnet": "signed",
    "gezeichnet": "signed",
    "unterschrieben": "signed",
    "beigetreten": "acceded to",
    "in Kraft getreten": "entered into force",
    "ausgetreten": "withdrawn",
    # ("Die USA sind 2019 aus dem INF-Vertrag ausgestiegen": left, as everyday German says it)
    "ausgestiegen": "withdrawn",
    "ausgesetzt": "suspended",
    "suspendiert": "suspended",
    "verlängert": "extended",
    "gekündigt": "terminated",
    "aufgehoben": "revoked",
    "zurückgezogen": "withdrawn",
    "abgelaufen": "expired",
    "ausgelaufen": "expired",
    "ratifizieren": "ratify",
    "unterzeichnen": "sign",
    "zeichnen": "sign",
    "beitreten": "accede to",
    "in Kraft treten": "enter into force",
    "in Kraft zu setzen": "bring into force",
    "aussetzen": "suspend",
    "verlängern": "extend",
    "austreten": "withdraw",
}

# A finite verb whose particle stands at the end of the clause ("Der Vertrag trat 1970 in Kraft"): the particle, and
# the English of the two together.
SEPARABLE: dict[str, tuple[str, str]] = {
    "trat": ("in Kraft", "entered into force"),
    "traten": ("in Kraft", "entered into force"),
    "tritt": ("in Kraft", "enters into force"),
    "treten": ("in Kraft", "enter into force"),
    # "hängt von seiner Ratifikation durch A, B ab": depends on (the "von" after the verb goes with it)
    "hängt": ("ab", "depends on"),
    "hängen": ("ab", "depend on"),
    "hing": ("ab", "depended on"),
    # "Am Freitag lief er offiziell aus": expired; "zog sich auch Russland aus dem Vertrag zurück": withdrew
    "lief": ("aus", "expired"),
    "läuft": ("aus", "expires"),
    "zog": ("zurück", "withdrew"),
    "zogen": ("zurück", "withdrew"),
    # "Wir rufen alle Staaten ... auf": call on
    "rufe": ("auf", "call on"),
    "rufen": ("auf", "call on"),
    "ruft": ("auf", "calls on"),
}
SEPARATED_PARTICLES: dict[str, str] = {
    "in Kraft": "in force",
    "ab": "from",
    "auf": "on",
    "aus": "out",
    "zurück": "back",
}

# Finite verbs of the domain that may stand before their subject ("Im Februar kündigten die USA das Abkommen"), and
# their English.
FINITE: dict[str, str] = {
    "kündigte": "withdrew from",
    "kündigten": "withdrew from",
    "ratifizierte": "ratified",
    "ratifizierten": "ratified",
    "unterzeichnete": "signed",
    "unterzeichneten": "signed",
    "lief": "ran",
    "zog": "drew",
    "zogen": "drew",
    "trat": "entered",
    "traten": "entered",
}

NEGATIONS: dict[str, str] = {
    "nicht": "not",
    "noch nicht": "not yet",
    "bisher nicht": "not yet",
    "bislang nicht": "not yet",
    "immer noch nicht": "still not",
    "noch immer nicht": "still not",
    "nie": "never",
    "niemals": "never",
}

# Phrases before words: the longest match wins. Keys are written as a German text writes them; case and spacing are
# matched loosely. A value is the English the rules read.
PHRASES: dict[str, str] = {
    # entry into force and what is in force
    "Inkrafttreten": "entry into force",
    "Inkrafttretens": "entry into force",
    "in Kraft": "in force",
    "außer Kraft": "no longer in force",
    "in Kraft tritt": "enters into force",
    # ("Obwohl der Vertrag noch immer nicht in Kraft ist": the verb at the clause's end)
    "nicht in Kraft ist": "is not in force",
    "noch nicht in Kraft ist": "is not yet in force",
    "noch immer nicht in Kraft ist": "is still not in force",
    "immer noch nicht in Kraft ist": "is still not in force",
    # ("deren Ratifizierung (A, B) bzw. Zeichnung (C) noch aussteht": a step still outstanding)
    "aussteht": "is outstanding",
    "noch aussteht": "is still outstanding",
    "ausstehen": "are outstanding",
    "noch ausstehen": "are still outstanding",
    # acts as nouns
    "Ratifizierung": "ratification",
    "Ratifikation": "ratification",
    "Ratifikationsurkunde": "instrument of ratification",
    "Ratifikationsurkunden": "instruments of ratification",
    "Beitrittsurkunde": "instrument of accession",
    "Unterzeichnung": "signature",
    "Zeichnung": "signature",
    "Unterschrift": "signature",
    "Beitritt": "accession",
    "Austritt": "withdrawal",
    "Aussetzung": "suspension",
    "Verlängerung": "extension",
    "Kündigung": "withdrawal",
    "hinterlegt": "deposited",
    "hinterlegte": "deposited",
    "hinterlegten": "deposited",
    # warheads
    "Sprengköpfe": "warheads",
    "Sprengköpfen": "warheads",
    "Atomsprengköpfe": "nuclear warheads",
    "Atomsprengköpfen": "nuclear warheads",
    "Nuklearsprengköpfe": "nuclear warheads",
    "Gefechtsköpfe": "warheads",
    # tests, as German compounds write them ("über 2.000 Atomwaffentests")
    "Atomwaffentests": "nuclear weapon tests",
    "Kernwaffentests": "nuclear weapon tests",
    "Atomtests": "nuclear tests",
    "Nukleartests": "nuclear tests",
    "Kernwaffenversuche": "nuclear weapon tests",
    "Nuklearversuche": "nuclear tests",
    "Atomversuche": "nuclear tests",
    # groups of states
    "Staaten": "States",
    "Staat": "State",
    "Länder": "countries",
    "Ländern": "countries",
    "Vertragsstaaten": "States Parties",
    "Vertragsstaat": "State Party",
    "Vertragsparteien": "parties",
    "Vertragspartei": "party",
    "Unterzeichnerstaaten": "signatory States",
    "Unterzeichnerstaat": "signatory State",
    "Unterzeichner": "signatories",
    "Kernwaffenstaaten": "nuclear-weapon States",
    "Atomwaffenstaaten": "nuclear-weapon States",
    "Nuklearmächte": "nuclear powers",
    "Atommächte": "nuclear powers",
    "Annex-II-Staaten": "Annex 2 States",
    "Annex II-Staaten": "Annex 2 States",
    "Annex 2-Staaten": "Annex 2 States",
    "Mitgliedstaaten": "Member States",
    "ASEAN-Staaten": "ASEAN States",
    "EU-Staaten": "EU States",
    "NATO-Staaten": "NATO States",
    # ("die Ratifikation durch 44 im Vertrag namentlich aufgeführte Staaten": named in it)
    "namentlich aufgeführte": "listed",
    "namentlich aufgeführten": "listed",
    "aufgeführte": "listed",
    "aufgeführten": "listed",
    # instruments as nouns
    "Vertrag": "Treaty",
    # "Das Dokument trat ... in Kraft": the treaty the text speaks of
    "Dokument": "document",
    "Vertrags": "Treaty",
    "Vertrages": "Treaty",
    "Verträge": "treaties",
    "Abkommen": "agreement",
    "Abkommens": "agreement",
    "Protokoll": "protocol",
    "Protokolle": "protocols",
    "Zusatzprotokoll": "additional protocol",
    "Erklärung": "declaration",
    "Resolution": "resolution",
    # function words the rules read
    "hängt": "depends",
    "hängen": "depend",
    "trat": "entered",
    "tritt": "enters",
    "traten": "entered",
    "deren": "whose",
    "dessen": "whose",
    "sich": "",
    "aus dem": "from the",
    "aus der": "from the",
    "seiner": "its",
    "seine": "its",
    "seinen": "its",
    "ihrer": "their",
    "ihre": "their",
    "darunter": "including",
    "darunter auch": "including",
    "einschließlich": "including",
    "sowie": "as well as",
    "und": "and",
    "oder": "or",
    "bzw.": "or",
    "sowohl": "both",
    "weder": "neither",
    "noch": "still",
    "bereits": "already",
    "schon": "already",
    "inzwischen": "now",
    "mittlerweile": "now",
    "bisher": "so far",
    "bislang": "so far",
    "insgesamt": "in total",
    "durch": "by",
    "von": "of",
    "vom": "of the",
    "mit": "with",
    "für": "for",
    "über": "on",
    "seit": "since",
    "nach": "after",
    "vor": "before",
    "ohne": "without",
    "obwohl": "although",
    "dass": "that",
    "daß": "that",
    "wenn": "if",
    "falls": "if",
    "ob": "whether",
    "der": "the",
    "die": "the",
    "das": "the",
    "den": "the",
    "dem": "the",
    "des": "of the",
    "ein": "a",
    "eine": "a",
    "einen": "a",
    "einer": "one",
    "dieser": "these",
    "diese": "these",
    "dieses": "this",
    "diesen": "this",
    "alle": "all",
    "allen": "all",
    "weitere": "further",
    "verbleibenden": "remaining",
    "übrigen": "remaining",
    "ihn": "it",
    "er": "it",
    "ihm": "it",
    "es": "it",
    "sie": "they",
    "wir": "we",
    "ich": "I",
    "heute": "today",
    "Jahr": "year",
    "Jahre": "years",
    "Jahren": "years",
    "im Jahr": "in",
    "im Jahre": "in",
    "Bundesregierung": "Federal Government",
    "Bundesminister": "Federal Minister",
    "Bundesaußenminister": "Federal Foreign Minister",
    "Außenminister": "Foreign Minister",
    "Außenministerin": "Foreign Minister",
    "Auswärtiges Amt": "Federal Foreign Office",
    "Auswärtige Amt": "Federal Foreign Office",
    "Auswärtigen Amt": "Federal Foreign Office",
    "Auswärtigen Amts": "Federal Foreign Office",
    "Bundeskanzler": "Federal Chancellor",
    "Bundeskanzlerin": "Federal Chancellor",
    "Präsident": "President",
    "Präsidenten": "President",
    "begrüßt": "welcomes",
    "begrüße": "welcome",
    "begrüßen": "welcome",
    "fordert": "calls on",
    "fordern": "call on",
    "appelliert": "appeals",
    "Aufforderung": "call",
    "rufe": "call",
    "rufen": "call",
    "ruft": "calls",
    "erforderlich": "required",
    "notwendig": "needed",
    "zwingend": "strictly",
}

# Adjectives of states: glossed as the English adjective.
ADJECTIVES: dict[str, str] = {
    "deutsche": "German",
    "deutschen": "German",
    "französische": "French",
    "französischen": "French",
    "britische": "British",
    "britischen": "British",
    "russische": "Russian",
    "russischen": "Russian",
    "amerikanische": "American",
    "amerikanischen": "American",
    "US-amerikanische": "American",
    "chinesische": "Chinese",
    "chinesischen": "Chinese",
    "sowjetische": "Soviet",
    "sowjetischen": "Soviet",
    "indische": "Indian",
    "pakistanische": "Pakistani",
    "iranische": "Iranian",
    "nordkoreanische": "North Korean",
}

# German names of states that ISO 3166's German list does not give in these forms (with the case endings a state's
# name takes after a preposition or an article).
STATE_NAMES: dict[str, str] = {
    "Russland": "RUS",
    "Rußland": "RUS",
    "Russischen Föderation": "RUS",
    "USA": "USA",
    "Vereinigten Staaten": "USA",
    "Vereinigten Staaten von Amerika": "USA",
    "Großbritannien": "GBR",
    "Vereinigten Königreich": "GBR",
    "Vereinigten Königreichs": "GBR",
    "Sowjetunion": "SUN",
    "UdSSR": "SUN",
    "Nordkorea": "PRK",
    "Nord-Korea": "PRK",
    "Südkorea": "KOR",
    "Iran": "IRN",
    "Irans": "IRN",
    "Syrien": "SYR",
    "Chinas": "CHN",
    "Indiens": "IND",
    "Pakistans": "PAK",
    "Israels": "ISR",
    "Ägyptens": "EGY",
    "Frankreichs": "FRA",
    "Russlands": "RUS",
    "Deutschlands": "DEU",
    "Kolumbiens": "COL",
    "Weißrussland": "BLR",
    "Elfenbeinküste": "CIV",
    "Kongo": "COG",
    "Vatikan": "VAT",
    "Heiliger Stuhl": "VAT",
    "Heilige Stuhl": "VAT",
}

_UNITS = {
    "ein": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
}
_TENS = {
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
_ENGLISH_UNITS = "one two three four five six seven eight nine".split()
_ENGLISH_TENS = {
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
    80: "eighty",
    90: "ninety",
}
_SMALL = {
    "zwei": "two",
    "drei": "three",
    "vier": "four",
    "fünf": "five",
    "sechs": "six",
    "sieben": "seven",
    "acht": "eight",
    "neun": "nine",
    "zehn": "ten",
    "elf": "eleven",
    "zwölf": "twelve",
    "dreizehn": "thirteen",
    "vierzehn": "fourteen",
    "fünfzehn": "fifteen",
    "sechzehn": "sixteen",
    "siebzehn": "seventeen",
    "achtzehn": "eighteen",
    "neunzehn": "nineteen",
    "hundert": "a hundred",
}


def _number_words() -> dict[str, str]:
    """German numbers in words to two hundred, as English words ("fünfunddreißig": "thirty-five")."""
    words = dict(_SMALL)
    for ten, value in _TENS.items():
        words[ten] = _ENGLISH_TENS[value]
        for unit, n in _UNITS.items():
            words[f"{unit}und{ten}"] = f"{_ENGLISH_TENS[value]}-{_ENGLISH_UNITS[n - 1]}"
    return words


NUMBER_WORDS = _number_words()

GERMAN = Language(
    code="de",
    name="German",
    full_stop_thousands=True,
    function_words=frozenset(
        "der die das und ist nicht mit von zu den dem des ein eine auf für sich auch wird werden wurde haben hat sind "
        "bei nach aus über dass daß noch wir ich sie diese dieser einer".split()
    ),
    months=MONTHS,
    phrases={**NUMBER_WORDS, **AUXILIARIES, **FINITE, **PHRASES, **ALONE, **NEGATIONS, **VERBS, **SEPARATED_PARTICLES},
    adjectives=ADJECTIVES,
    state_names=STATE_NAMES,
    # "den Vertrag über das Verbot von Atomwaffen": the registry's "Kernwaffen" in the everyday word
    name_variants=(("Kernwaffen", "Atomwaffen"),),
    # "des Vertrags über das umfassende Verbot von Nuklearversuchen": a title in the genitive, as German writes it
    # after "Inkrafttreten des" or "Unterstützer des"
    name_heads={"Vertrag": ("Vertrags", "Vertrages"), "Abkommen": ("Abkommens",), "Protokoll": ("Protokolls",)},
    ambiguous_states=frozenset({"korea"}),
    articles=frozenset({"der", "die", "das", "den", "dem"}),
    of=frozenset({"des", "von", "vom"}),
    to=frozenset(),
    on_day=frozenset({"am"}),
    number_words=frozenset(NUMBER_WORDS),
    auxiliaries=AUXILIARIES,
    verbs=VERBS,
    separable=SEPARABLE,
    negations=NEGATIONS,
    relatives=frozenset({"die", "der", "das"}),
    capitalised_nouns=True,
    finite=frozenset(FINITE),
    object_pronouns=frozenset({"ihn", "ihm", "es"}),
    subject_pronouns=frozenset({"wir", "ich", "er"}),
)
