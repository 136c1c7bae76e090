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

from armscontrol.reader.gloss import ENGLISH_NUMBERS, ENGLISH_TENS, Language

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
    # abbreviated, as tables and datelines write them ("5. Aug. 1963", "17. Sept. 2008")
    "Jan.": "January",
    "Feb.": "February",
    "Febr.": "February",
    "Apr.": "April",
    "Jun.": "June",
    "Jul.": "July",
    "Aug.": "August",
    "Sep.": "September",
    "Sept.": "September",
    "Okt.": "October",
    "Nov.": "November",
    "Dez.": "December",
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
    "hinterlegt": "deposited",
    "hinterlegen": "deposit",
    "genehmigt": "approved",
    "gebilligt": "approved",
    "zugestimmt": "approved",
    "genehmigen": "approve",
    "billigen": "approve",
    "angenommen": "adopted",
    "verabschiedet": "adopted",
    "verabschieden": "adopt",
    "annehmen": "adopt",
    "verkündet": "promulgated",
    "abgeschlossen": "concluded",
    "abschließen": "conclude",
    "gestimmt": "voted",
    "abgestimmt": "voted",
    "widerrufen": "revoked",
    "zurückgenommen": "revoked",
    "zurücknehmen": "revoke",
    "aufgekündigt": "terminated",
    "kündigen": "withdraw from",
    "aufkündigen": "withdraw from",
    "zurückziehen": "withdraw",
    "aussteigen": "withdraw",
    "suspendieren": "suspend",
    "unterschreiben": "sign",
    "paraphiert": "initialled",
    "in Kraft gesetzt": "brought into force",
    "in Kraft setzen": "bring into force",
    "außer Kraft gesetzt": "terminated",
    "außer Kraft getreten": "ceased to be in force",
    "außer Kraft treten": "cease to be in force",
    "auslaufen": "expire",
    "ablaufen": "expire",
    "geworden": "become",
    "beabsichtigt": "intended",
    "aufgefordert": "called on",
    "gefordert": "called for",
    "aufgerufen": "called on",
    "abgelehnt": "rejected",
    "durchgeführt": "conducted",
}

# A finite verb whose particle stands at the end of the clause ("Der Vertrag trat 1970 in Kraft"): the particle, and
# the English of the two together.
SEPARABLE: dict[str, tuple[tuple[str, str], ...]] = {
    # "trat 1970 in Kraft", "trat dem Vertrag bei" (acceded to it), "trat aus dem Vertrag aus" (withdrew from it)
    "trat": (("in Kraft", "entered into force"), ("bei", "acceded to"), ("aus", "withdrew")),
    "traten": (("in Kraft", "entered into force"), ("bei", "acceded to"), ("aus", "withdrew")),
    "tritt": (("in Kraft", "enters into force"), ("bei", "accedes to"), ("aus", "withdraws")),
    "treten": (("in Kraft", "enter into force"), ("bei", "accede to"), ("aus", "withdraw")),
    # "hängt von seiner Ratifikation durch A, B ab": depends on (the "von" after the verb goes with it)
    "hängt": (("ab", "depends on"),),
    "hängen": (("ab", "depend on"),),
    "hing": (("ab", "depended on"),),
    "hänge": (("ab", "depends on"),),
    # "Am Freitag lief er offiziell aus": expired; "zog sich auch Russland aus dem Vertrag zurück": withdrew
    "lief": (("aus", "expired"),),
    "läuft": (("aus", "expires"),),
    "zog": (("zurück", "withdrew"),),
    "zogen": (("zurück", "withdrew"),),
    # "Wir rufen alle Staaten ... auf": call on
    "rufe": (("auf", "call on"),),
    "rufen": (("auf", "call on"),),
    "ruft": (("auf", "calls on"),),
    "riefen": (("auf", "called on"),),
    "rief": (("auf", "called on"),),
    "fordert": (("auf", "calls on"),),
    "fordere": (("auf", "call on"),),
    "fordern": (("auf", "call on"),),
    "forderte": (("auf", "called on"),),
    "forderten": (("auf", "called on"),),
    # "Russland setzte den Vertrag aus": suspended; "zieht sich aus dem Vertrag zurück": withdraws
    "setzt": (("aus", "suspends"),),
    "setzen": (("aus", "suspend"),),
    "setzte": (("aus", "suspended"),),
    "setzten": (("aus", "suspended"),),
    "zieht": (("zurück", "withdraws"),),
    "ziehen": (("zurück", "withdraw"),),
    # "Die USA stiegen aus dem Vertrag aus": withdrew
    "steigt": (("aus", "withdraws"),),
    "steigen": (("aus", "withdraw"),),
    "stieg": (("aus", "withdrew"),),
    "stiegen": (("aus", "withdrew"),),
    # "Beide Seiten schlossen das Abkommen 1987 ab": concluded
    "schließt": (("ab", "concludes"),),
    "schloss": (("ab", "concluded"),),
    "schlossen": (("ab", "concluded"),),
    # "Alle Atommächte lehnen ihn ab": reject
    "lehnt": (("ab", "rejects"),),
    "lehnen": (("ab", "reject"),),
    "lehnte": (("ab", "rejected"),),
    "lehnten": (("ab", "rejected"),),
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
    "unterschrieb": "signed",
    "unterschrieben": "signed",
    "zeichnete": "signed",
    "zeichneten": "signed",
    "hinterlegte": "deposited",
    "hinterlegten": "deposited",
    "verlängerte": "extended",
    "verlängerten": "extended",
    "widerrief": "revoked",
    "widerriefen": "revoked",
    "genehmigte": "approved",
    "genehmigten": "approved",
    "billigte": "approved",
    "billigten": "approved",
    "verabschiedete": "adopted",
    "verabschiedeten": "adopted",
    "suspendierte": "suspended",
    "suspendierten": "suspended",
    "stimmte": "voted",
    "stimmten": "voted",
    "kündigt": "withdraws from",
    # ("Das Abkommen bindet heute die USA sowie ... Russland, Ukraine, Weißrussland und Kasachstan": its parties)
    "bindet": "binds",
    "ratifiziert": "ratifies",
    "unterzeichnet": "signs",
    # the first parts of separable verbs of the domain (:data:`SEPARABLE`), read alone where no particle follows
    "setzt": "sets",
    "setzte": "set",
    "setzten": "set",
    "zieht": "draws",
    "steigt": "rises",
    "stieg": "rose",
    "stiegen": "rose",
    "schließt": "closes",
    "schloss": "closed",
    "schlossen": "closed",
    "lehnt": "rejects",
    "lehnte": "rejected",
    "lehnten": "rejected",
    "rief": "called",
    "riefen": "called",
    "hänge": "depends",
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
    "nicht mehr": "no longer",
    "noch nie": "never",
    "auch nicht": "not",
    "ebenfalls nicht": "not",
    # "hat den Vertrag weder unterzeichnet noch ratifiziert": has neither signed ... nor ratified
    "weder": "neither",
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
    # ("Indien, Pakistan und Israel sind nicht Mitglied geworden": a member is a party)
    "sind nicht Mitglied geworden": "have not become members",
    "ist nicht Mitglied geworden": "has not become a member",
    "sind nie Mitglied geworden": "have never become members",
    "ist nie Mitglied geworden": "has never become a member",
    "sind Mitglied geworden": "have become members",
    "ist Mitglied geworden": "has become a member",
    "sind nicht Mitglied": "are not members",
    "ist nicht Mitglied": "is not a member",
    # ("Die Atommächte ... sind nicht an Bord": not parties)
    "an Bord": "on board",
    # ("Das Abkommen ist dennoch nicht in Kraft")
    "dennoch": "nevertheless",
    "trotzdem": "nevertheless",
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
    # ("die USA sowie die Sowjet-Nachfolgestaaten Russland, Ukraine, ...": a group's name before its first state)
    "Sowjet-Nachfolgestaaten": "Soviet successor states",
    "Nachfolgestaaten": "successor states",
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
    "Grossbritannien": "GBR",
    "Vereinigte Königreich": "GBR",
    "Vereinigtes Königreich": "GBR",
    **{
        f"{head} {of}{britain} und Nordirland": "GBR"
        for head in (
            "Vereinigte Königreich",
            "Vereinigtes Königreich",
            "Vereinigten Königreich",
            "Vereinigten Königreichs",
        )
        for of in ("", "von ")
        for britain in ("Großbritannien", "Grossbritannien")
    },
    "Union der Sozialistischen Sowjetrepubliken": "SUN",
    "Weissrussland": "BLR",
    # genitives ("die Ratifizierung Malaysias", "die Erklärung Großbritanniens")
    "Großbritanniens": "GBR",
    "Grossbritanniens": "GBR",
    "Amerikas": "USA",
    "Nordkoreas": "PRK",
    "Südkoreas": "KOR",
    "Japans": "JPN",
    "Brasiliens": "BRA",
    "Mexikos": "MEX",
    "Kubas": "CUB",
    "Argentiniens": "ARG",
    "Chiles": "CHL",
    "Südafrikas": "ZAF",
    "Nigerias": "NGA",
    "Algeriens": "DZA",
    "Tunesiens": "TUN",
    "Libyens": "LBY",
    "Syriens": "SYR",
    "Iraks": "IRQ",
    "Saudi-Arabiens": "SAU",
    "Indonesiens": "IDN",
    "Malaysias": "MYS",
    "Vietnams": "VNM",
    "Thailands": "THA",
    "Kasachstans": "KAZ",
    "Usbekistans": "UZB",
    "Weißrusslands": "BLR",
    "Belarus'": "BLR",
    "Ukraine": "UKR",
    "Österreichs": "AUT",
    "Italiens": "ITA",
    "Spaniens": "ESP",
    "Portugals": "PRT",
    "Schwedens": "SWE",
    "Norwegens": "NOR",
    "Finnlands": "FIN",
    "Dänemarks": "DNK",
    "Polens": "POL",
    "Irlands": "IRL",
    "Kanadas": "CAN",
    "Australiens": "AUS",
    "Neuseelands": "NZL",
    "Kolumbien": "COL",
    "Honduras'": "HND",
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
_ENGLISH_UNITS = ENGLISH_NUMBERS[1:10]
_ENGLISH_TENS = ENGLISH_TENS
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


def _below_hundred() -> dict[str, str]:
    """German numbers from two to ninety-nine in words, as English words ("fünfunddreißig": "thirty-five")."""
    words = {k: v for k, v in _SMALL.items() if k != "hundert"}
    for ten, value in _TENS.items():
        words[ten] = _ENGLISH_TENS[value]
        for unit, n in _UNITS.items():
            words[f"{unit}und{ten}"] = f"{_ENGLISH_TENS[value]}-{_ENGLISH_UNITS[n - 1]}"
    return words


def _number_words() -> dict[str, str]:
    """German numbers in words, as English words: to ninety-nine, the hundreds with what follows them
    ("zweihundertfünfzig": "two hundred and fifty"), and the thousands ("fünfzehntausend": "fifteen thousand")."""
    below = _below_hundred()
    counts = {"ein": "one", **below}  # ("einhundert", "eintausend")
    words = dict(_SMALL) | below
    hundreds = {"hundert": "a hundred", "einhundert": "one hundred"}
    hundreds |= {f"{unit}hundert": f"{english} hundred" for unit, english in counts.items() if unit in _UNITS}
    for german, english in list(hundreds.items()):
        words[german] = english
        for rest, rest_english in ({"eins": "one", **below}).items():
            words[f"{german}{rest}"] = f"{english.replace('a ', 'one ', 1)} and {rest_english}"
    words["tausend"] = "a thousand"
    for german, english in ({**counts, **{k: v for k, v in hundreds.items() if k != "hundert"}}).items():
        words[f"{german}tausend"] = f"{english} thousand"
    return words


NUMBER_WORDS = _number_words()

_ENDINGS = ("e", "en", "er", "es", "em")

_ORDINAL_STEMS = {
    "erst": "first",
    "zweit": "second",
    "dritt": "third",
    "viert": "fourth",
    "fünft": "fifth",
    "sechst": "sixth",
    "siebt": "seventh",
    "siebent": "seventh",
    "acht": "eighth",
    "neunt": "ninth",
    "zehnt": "tenth",
    "elft": "eleventh",
    "zwölft": "twelfth",
}


_TEEN_ORDINALS = {
    "dreizehnt": "thirteenth",
    "vierzehnt": "fourteenth",
    "fünfzehnt": "fifteenth",
    "sechzehnt": "sixteenth",
    "siebzehnt": "seventeenth",
    "achtzehnt": "eighteenth",
    "neunzehnt": "nineteenth",
}
_UNIT_ORDINALS = dict(
    zip(_UNITS, [_ORDINAL_STEMS[s] for s in "erst zweit dritt viert fünft sechst siebt acht neunt".split()])
)


def _ordinal_words() -> dict[str, str]:
    """German ordinals in words in every case and gender, as English ordinals ("der fünfzigste Staat": "the
    fiftieth State", "zum einundfünfzigsten Mal")."""
    stems = _ORDINAL_STEMS | _TEEN_ORDINALS
    for ten, value in _TENS.items():
        tens = _ENGLISH_TENS[value]
        stems[f"{ten}st"] = f"{tens[:-1]}ieth"
        for unit, ordinal in _UNIT_ORDINALS.items():
            stems[f"{unit}und{ten}st"] = f"{tens}-{ordinal}"
    stems["hundertst"] = "hundredth"
    stems["tausendst"] = "thousandth"
    words = {f"{stem}{ending}": english for stem, english in stems.items() for ending in _ENDINGS}
    del words["achten"]  # ("achten": to respect, far more often than "the eighth")
    return words


ORDINAL_WORDS = _ordinal_words()


def _each(forms: str, english: str) -> dict[str, str]:
    """Every form (written apart by spaces; "|" stands for a space inside a form) to one English."""
    return {form.replace("|", " "): english for form in forms.split()}


def _declined(stems: str, english: str) -> dict[str, str]:
    """An adjective or participle in every case, number and gender (its stem and the five endings) to one English."""
    return {f"{stem}{ending}": english for stem in stems.split() for ending in _ENDINGS}


# What a figure counts (the units of :data:`armscontrol.reader.figures.UNITS`), in every case and number.
UNIT_WORDS: dict[str, str] = {
    **_each("Staates Staats", "State"),
    **_each("Mitgliedstaat Mitgliedsstaat Mitgliedstaates Mitgliedsstaates", "Member State"),
    **_each("Mitgliedstaaten Mitgliedsstaaten UN-Mitgliedstaaten UN-Mitgliedsstaaten", "Member States"),
    **_each("Vertragsstaates", "State Party"),
    **_each("Vertragsparteien", "parties"),
    **_each("Land Landes", "country"),
    **_each("Länder Ländern", "countries"),
    **_each("Unterzeichnerländer Unterzeichnerländern Unterzeichnerstaaten", "signatory States"),
    **_each("Nation", "nation"),
    **_each("Nationen", "nations"),
    **_each("Vereinten|Nationen Vereinte|Nationen", "United Nations"),
    **_each("Mitglied Mitglieds Mitgliedes", "member"),
    **_each("Mitglieder Mitgliedern", "members"),
    **_each("Unterzeichnungen Unterschriften Zeichnungen", "signatures"),
    **_each("Ratifikationen Ratifizierungen", "ratifications"),
    **_each("Beitritte Beitritten", "accessions"),
    **_each("Sprengkopf Sprengkopfes Sprengkopfs Gefechtskopf Gefechtskopfes", "warhead"),
    **_each("Gefechtsköpfen", "warheads"),
    **_each(
        "Atomsprengkopf Nuklearsprengkopf Atomsprengkopfes Nuklearsprengkopfes Atomgefechtskopf Nukleargefechtskopf",
        "nuclear warhead",
    ),
    **_each("Nuklearsprengköpfen Atomgefechtsköpfe Atomgefechtsköpfen Nukleargefechtsköpfe", "nuclear warheads"),
    **_each("Atomwaffe Kernwaffe Nuklearwaffe", "nuclear weapon"),
    **_each("Atomwaffen Kernwaffen Nuklearwaffen", "nuclear weapons"),
    **_each("Waffe", "weapon"),
    **_each("Waffen", "weapons"),
    **_each("Atombombe", "atomic bomb"),
    **_each("Atombomben", "atomic bombs"),
    **_each("Atomladungen Nuklearladungen Kernladungen nukleare|Ladungen nuklearen|Ladungen", "nuclear charges"),
    **_each("Ladungen", "charges"),
    **_each("Trägersystem Trägermittel Trägerfahrzeug", "delivery vehicle"),
    **_each("Trägersysteme Trägersystemen Trägermitteln Trägerfahrzeuge Trägerfahrzeugen", "delivery vehicles"),
    **_each("Trägerrakete Trägerraketen", "launch vehicles"),
    **_each("Abschussvorrichtung Startvorrichtung Abschussrampe Startrampe Werfer", "launcher"),
    **_each(
        "Abschussvorrichtungen Startvorrichtungen Abschussrampen Startrampen Abschussgeräte Startgeräte "
        "Abschusseinrichtungen Starteinrichtungen Werfern",
        "launchers",
    ),
    **_declined("stationiert disloziert einsatzbereit", "deployed"),
    **_each("stationierte stationierten stationierter stationiertes", "deployed"),
    **{
        f"{no}{stem}{ending}": "non-deployed"
        for no in ("nicht ", "nicht-", "nicht")
        for stem in ("stationiert", "disloziert")
        for ending in _ENDINGS
    },
    **_each("Rakete Flugkörper", "missile"),
    **_each("Raketen", "missiles"),
    **_each("Interkontinentalrakete", "ICBM"),
    **_each(
        "Interkontinentalraketen ballistische|Interkontinentalraketen ballistischen|Interkontinentalraketen "
        "landgestützte|Interkontinentalraketen landgestützten|Interkontinentalraketen",
        "ICBMs",
    ),
    **_each(
        "U-Boot-gestützte|ballistische|Raketen U-Boot-gestützten|ballistischen|Raketen "
        "seegestützte|ballistische|Raketen seegestützten|ballistischen|Raketen "
        "U-Boot-gestützte|Raketen U-Boot-gestützten|Raketen",
        "SLBMs",
    ),
    **_each("Mittelstreckenrakete", "intermediate-range missile"),
    **_each("Mittelstreckenraketen Mittelstreckenwaffen", "intermediate-range missiles"),
    **_each("Kurzstreckenraketen", "shorter-range missiles"),
    **_each("Marschflugkörper Marschflugkörpern", "cruise missiles"),
    **_declined("landgestützt bodengestützt", "ground-launched"),
    **_declined("seegestützt", "sea-launched"),
    **_declined("ballistisch", "ballistic"),
    **_each("Bomber Bombern", "bombers"),
    **_each("schwere|Bomber schweren|Bombern schwere|Bombern schwerer|Bomber", "heavy bombers"),
    **_each("U-Boot", "submarine"),
    **_each("U-Boote U-Booten Unterseeboote Unterseebooten", "submarines"),
    **_each("Atom-U-Boote Atom-U-Booten Atomu-Boote", "nuclear submarines"),
    **_each("Abfangrakete Abfangflugkörper", "interceptor"),
    **_each("Abfangraketen Abfangflugkörpern", "interceptors"),
    **_each(
        "Atomtest Nukleartest Kernwaffentest Atomwaffentest Atomversuch Nuklearversuch Kernwaffenversuch",
        "nuclear test",
    ),
    **_each(
        "Atomtests Nukleartests Atomwaffentests Kernwaffentests Atomversuche Atomversuchen Nuklearversuche "
        "Nuklearversuchen Kernwaffenversuche Kernwaffenversuchen Atomwaffenversuche Atomwaffenversuchen Kernversuche "
        "Kernversuchen Nuklearversuchs Atomversuchs Kernwaffenversuchs Atomtests",
        "nuclear tests",
    ),
    **_each("Test Versuch", "test"),
    **_each("Tests Versuche Versuchen", "tests"),
    **_each("Explosion", "explosion"),
    **_each("Explosionen", "explosions"),
    **_each(
        "Atomexplosionen Kernexplosionen Nuklearexplosionen Testexplosionen Kernwaffenexplosionen "
        "Atomwaffenexplosionen",
        "nuclear explosions",
    ),
    **_each("Atomexplosion Kernexplosion Nuklearexplosion Testexplosion Kernwaffenexplosion", "nuclear explosion"),
    **_each("Messstation Meßstation Überwachungsstation", "monitoring station"),
    **_each("Messstationen Meßstationen Überwachungsstationen Messstellen", "monitoring stations"),
    **_each("Tag Tages", "day"),
    **_each("Tage Tagen", "days"),
    **_each("Woche", "week"),
    **_each("Wochen", "weeks"),
    **_each("Monat Monats Monates", "month"),
    **_each("Monate Monaten", "months"),
    **_each("Jahres Jahrs", "year"),
    **_each("Jahrzehnt Jahrzehnts", "decade"),
    **_each("Jahrzehnte Jahrzehnten", "decades"),
    **_each("Prozent Prozents v.H.", "percent"),
    **_each("Prozentpunkte Prozentpunkten", "percentage points"),
    **_each("Kilometer Kilometern Kilometers", "kilometres"),
    **_each("Zahl Anzahl", "number"),
    **_each("Gesamtzahl", "total number"),
}

# The words around a number: more than, about, at least, up to, of which.
QUANTIFIERS: dict[str, str] = {
    **_each("mehr|als über|mehr|als", "more than"),
    **_each("weniger|als", "fewer than"),
    **_each("rund etwa ungefähr circa ca. zirka", "about"),
    **_each("fast beinahe nahezu knapp annähernd", "nearly"),
    **_each("mindestens wenigstens", "at least"),
    **_each("bis|zu", "up to"),
    **_each("höchstens maximal nicht|mehr|als", "no more than"),
    **_each("einige mehrere", "some"),
    **_each("nur lediglich bloß erst", "only"),
    **_each("insgesamt zusammen", "in total"),
    **_each("davon von|denen von|welchen", "of which"),
    **_each("Hunderte Hunderten", "hundreds"),
    **_each("Tausende Tausenden", "thousands"),
    **_each("Dutzende Dutzenden", "dozens"),
    **_each("Million Mio. Millionen", "million"),
    **_each("Milliarde Milliarden Mrd.", "billion"),
    **_each("null", "zero"),
    **_each("eins", "one"),
    **_each("zweier", "two"),
    **_each("dreier", "three"),
}

# Time and deadlines.
TIME_WORDS: dict[str, str] = {
    **_each("innerhalb|von innerhalb binnen", "within"),
    **_each("bis|Ende bis|zum|Ende", "by the end of"),
    **_each("Ende", "end"),
    **_each("Stimmen", "votes"),
    **_each("Maßnahmen Massnahmen", "measures"),
    **_each("weiteren weiterer weiteres", "further"),
    **_each("bis|zum bis|zur", "by the"),
    **_each("bis", "until"),
    **_each("spätestens", "at the latest"),
    **_each("gestern", "yesterday"),
    **_each("vorgestern", "the day before yesterday"),
    **_each("morgen", "tomorrow"),
    **_each("heute", "today"),
    **_each("dieses|Jahr dieses|Jahres diesen|Jahres in|diesem|Jahr diesem|Jahr", "this year"),
    **_each(
        "vergangenen|Jahr vergangenen|Jahres letzten|Jahr letzten|Jahres im|vergangenen|Jahr im|letzten|Jahr",
        "last year",
    ),
    **_each("nächsten|Jahr kommenden|Jahr im|nächsten|Jahr im|kommenden|Jahr", "next year"),
    **_each("vergangenen letzten", "last"),
    **_each("nächsten kommenden", "next"),
    **_each("Montag", "Monday"),
    **_each("Dienstag", "Tuesday"),
    **_each("Mittwoch", "Wednesday"),
    **_each("Donnerstag", "Thursday"),
    **_each("Freitag", "Friday"),
    **_each("Samstag Sonnabend", "Saturday"),
    **_each("Sonntag", "Sunday"),
    **{
        f"am {day}": f"on {english}"
        for day, english in (
            ("Montag", "Monday"),
            ("Dienstag", "Tuesday"),
            ("Mittwoch", "Wednesday"),
            ("Donnerstag", "Thursday"),
            ("Freitag", "Friday"),
            ("Samstag", "Saturday"),
            ("Sonnabend", "Saturday"),
            ("Sonntag", "Sunday"),
        )
    },
    **_each("des|Jahres", "of the year"),
    # a month with neither day nor year ("im Februar kündigten die USA"): the month, as English says it
    **{f"im {month}": f"in {english}" for month, english in MONTHS.items() if not month.endswith(".")},
    **{f"Anfang {month}": f"early {english}" for month, english in MONTHS.items() if not month.endswith(".")},
    **{f"Ende {month}": f"late {english}" for month, english in MONTHS.items() if not month.endswith(".")},
    **{f"Mitte {month}": f"mid-{english}" for month, english in MONTHS.items() if not month.endswith(".")},
    **_each("am", "on the"),
    **_each("zum zur", "to the"),
    **_each("beim", "at the"),
    **_each("ins", "into the"),
    **_each("zu", "to"),
    **_each("vor|kurzem kürzlich jüngst", "recently"),
    **_declined("gestrig", "yesterday's"),
    **_declined("heutig", "today's"),
    **_each("damals", "then"),
    **_each("seitdem seither", "since then"),
}

# The acts as nouns, and the words of calls, hopes and the future.
ACT_WORDS: dict[str, str] = {
    **_each("Ratifizierungen Ratifikationen", "ratifications"),
    **_each("Ratifizierungsurkunde Ratifikationsurkunde", "instrument of ratification"),
    **_each("Ratifizierungsurkunden Ratifikationsurkunden", "instruments of ratification"),
    **_each(
        "Ratifizierungsprozess Ratifikationsprozess Ratifizierungsverfahren Ratifikationsverfahren",
        "ratification process",
    ),
    **_each("Ratifizierungsgesetz Ratifikationsgesetz", "ratification law"),
    **_each("Beitrittsurkunden", "instruments of accession"),
    **_each("Beitritts Beitrittes", "accession"),
    **_each("Hinterlegung", "deposit"),
    **_each("Unterzeichnungen", "signatures"),
    **_each("Austritts Austrittes Ausstieg Ausstiegs Rückzug Rückzugs", "withdrawal"),
    **_each("Austrittserklärung", "notice of withdrawal"),
    **_each("Suspendierung Suspension", "suspension"),
    **_each("Verlängerungen", "extensions"),
    **_each("Widerruf Widerrufs Rücknahme", "revocation"),
    **_each("Aufkündigung Kündigung", "withdrawal"),
    **_each("Ablauf Auslaufen Ablaufen", "expiry"),
    **_each("Genehmigung Billigung Zustimmung", "approval"),
    **_each("Annahme Verabschiedung", "adoption"),
    **_each("Abstimmung", "vote"),
    **_each("Verkündung", "promulgation"),
    **_each("Abschluss Abschlusses", "conclusion"),
    **_each("Gesetz Gesetzes", "law"),
    **_each("Bundesgesetz", "federal law"),
    **_each("Vertragspartei|werden", "become party"),
    **_each("zu|ratifizieren", "to ratify"),
    **_each("zu|unterzeichnen zu|zeichnen zu|unterschreiben", "to sign"),
    **_each("beizutreten", "to accede to"),
    **_each("zu|hinterlegen", "to deposit"),
    **_each("auszutreten", "to withdraw"),
    **_each("auszusteigen", "to withdraw"),
    **_each("zu|verlängern", "to extend"),
    **_each("auszusetzen zu|suspendieren", "to suspend"),
    **_each("zu|kündigen aufzukündigen", "to withdraw from"),
    **_each("zu|widerrufen zurückzunehmen", "to revoke"),
    **_each("zurückzuziehen", "to withdraw"),
    **_each("zu|genehmigen zu|billigen", "to approve"),
    **_each("in|Kraft|zu|treten", "to enter into force"),
    **_each("in|Kraft|trat", "entered into force"),
    **_each("in|Kraft|traten", "entered into force"),
    **_each("in|Kraft|treten|wird", "will enter into force"),
    **_each("in|Kraft|sein|wird", "will be in force"),
    **_each("in|Kraft|ist", "is in force"),
    **_each("in|Kraft|sind", "are in force"),
    **_each("in|Kraft|war", "was in force"),
    **_each("in|Kraft|bleibt in|Kraft|bleiben", "remains in force"),
    **_each("außer|Kraft|getreten außer|Kraft|trat", "ceased to be in force"),
    **_each("außer|Kraft|gesetzt", "terminated"),
    **_each("wirksam|werden", "take effect"),
    **_each("wirksam|wird", "takes effect"),
    **_each("wirksam", "effective"),
    **_each("gültig", "valid"),
    **_each("beitrat beitraten", "acceded to"),
    **_each("austrat austraten", "withdrew from"),
    **_each("aussetzt", "suspends"),
    **_each("aussetzte aussetzten", "suspended"),
    **_each("ausläuft abläuft", "expires"),
    **_each("auslief ablief", "expired"),
    **_each("erlischt", "expires"),
    **_each("erloschen", "expired"),
    **_each("kündigt", "withdraws from"),
    **_each("widerruft", "revokes"),
    **_each("gebunden", "bound"),
    **_each("bindend bindenden bindende bindendes verbindlich verbindliches verbindliche", "binding"),
    **_each("rechtsverbindlich rechtsverbindliches rechtsverbindliche rechtsverbindlichen", "legally binding"),
    **_each(
        "völkerrechtlich|verbindlich völkerrechtlich|verbindliches völkerrechtlich|verbindliche", "legally binding"
    ),
    # negation, the future, calls and wishes
    **_each("kein keine keinen keinem keiner keines", "no"),
    **{f"noch {verb}": f"nor {english}" for verb, english in VERBS.items() if " " not in verb},
    **_each("nicht|mehr", "no longer"),
    **_each("beabsichtigt", "intends"),
    **_each("beabsichtigen", "intend"),
    **_each("plant", "plans"),
    **_each("planen", "plan"),
    **_each("bereit", "ready"),
    **_each("ist|bereit", "is ready"),
    **_each("sind|bereit", "are ready"),
    **_each("fordere", "call on"),
    **_each("forderte", "called on"),
    **_each("forderten", "called on"),
    **_each("gefordert", "called for"),
    **_each("aufgefordert", "called on"),
    **_each("drängt", "urges"),
    **_each("dränge drängen", "urge"),
    **_each("hofft", "hopes"),
    **_each("hoffe hoffen", "hope"),
    **_each("ermutigt", "encourages"),
    **_each("appelliere appellieren", "appeal"),
    **_each("appellierte", "appealed"),
    **_each("an", "to"),
    **_each("sollten", "should"),
    **_each("sagte sagten", "said"),
    **_each("sagt", "says"),
    **_each("erklärte erklärten", "stated"),
    **_each("betonte betonten", "stressed"),
    **_each("teilte|mit", "announced"),
    **_each("kündigte|an", "announced"),
    **_each("gab|bekannt", "announced"),
}

# Treaty words and the content words of the instruments' titles, for the description matcher.
TREATY_WORDS: dict[str, str] = {
    **_each("Übereinkommen Übereinkommens Konvention", "convention"),
    **_each("Vereinbarung", "agreement"),
    **_each("Vereinbarungen", "agreements"),
    **_each("Protokolls Protokolles", "protocol"),
    **_each("Zusatzprotokolls", "additional protocol"),
    **_each("Verbot Verbots Verbotes", "ban"),
    **_each(
        "Atomwaffenverbot Atomwaffenverbots Nuklearwaffenverbot Nuklearwaffenverbots Kernwaffenverbot "
        "Kernwaffenverbots",
        "prohibition of nuclear weapons",
    ),
    **_each("UN-Vertrag UN-Vertrags UN-Vertrages UNO-Vertrag", "UN Treaty"),
    **_each("Nuklearwaffenstaaten Nuklearwaffenstaat", "nuclear-weapon States"),
    **_each("Teststopp Teststopps Testverbot Testverbots Atomtestverbot Atomtestverbots", "test ban"),
    **_declined("umfassend", "comprehensive"),
    **_each("umfassendes", "comprehensive"),
    **_each("Nichtverbreitung Nichtweiterverbreitung Nichtweitergabe", "non-proliferation"),
    **_declined("nuklear atomar", "nuclear"),
    **_declined("strategisch", "strategic"),
    **_each("Offensivwaffen Angriffswaffen offensiven|Waffen", "offensive arms"),
    **_each(
        "strategische|Offensivwaffen strategischen|Offensivwaffen strategischer|Offensivwaffen",
        "strategic offensive arms",
    ),
    **_each(
        "strategische|Angriffswaffen strategischen|Angriffswaffen strategischer|Angriffswaffen",
        "strategic offensive arms",
    ),
    **_each("Reduzierung Reduktion Verringerung Abbau", "reduction"),
    **_each("Begrenzung Beschränkung", "limitation"),
    **_each("Abrüstung", "disarmament"),
    **_each("Rüstungskontrolle", "arms control"),
    **_each(
        "Raketenabwehr Raketenabwehrsysteme Raketenabwehrsystemen Raketenabwehrsystem", "anti-ballistic missile systems"
    ),
    **_each(
        "atomwaffenfreie|Zone atomwaffenfreien|Zone kernwaffenfreie|Zone kernwaffenfreien|Zone",
        "nuclear-weapon-free zone",
    ),
    **_each(
        "atomwaffenfreie|Zonen atomwaffenfreien|Zonen kernwaffenfreie|Zonen kernwaffenfreien|Zonen",
        "nuclear-weapon-free zones",
    ),
    **_declined("atomwaffenfrei kernwaffenfrei", "nuclear-weapon-free"),
    **_each("Zone", "zone"),
    **_each("Zonen", "zones"),
    **_each("Lateinamerika Lateinamerikas", "Latin America"),
    **_each("Karibik", "the Caribbean"),
    **_each("Südpazifik Südpazifiks", "South Pacific"),
    **_each("Afrika Afrikas", "Africa"),
    **_each("Südostasien Südostasiens", "South-East Asia"),
    **_each("Zentralasien Zentralasiens", "Central Asia"),
    **_each("Nahen|Osten Nahost", "Middle East"),
    **_each("Antarktis", "Antarctica"),
    **_each("Weltraum Weltraums", "outer space"),
    **_each("Atmosphäre", "atmosphere"),
    **_each("unter|Wasser", "under water"),
    **_each("Meeresboden Meeresgrund", "sea-bed"),
    **_each("Überprüfungskonferenz", "Review Conference"),
    **_each("Vertragsstaatenkonferenz Vertragsstaatenkonferenzen", "Conference of States Parties"),
    **_each("Konferenz", "conference"),
    **_each("Sicherheit", "security"),
    **_each("Welt", "world"),
    **_each("weltweit weltweite weltweiten weltweites", "worldwide"),
    **_each("Regierung Regierungen", "Government"),
    **_each("Parlament Parlaments", "Parliament"),
    **_each("Nationalrat Nationalrats Nationalrates", "National Council"),
    **_each("Bundesrat Bundesrats Bundesrates", "Federal Council"),
    **_each("Senat Senats", "Senate"),
    **_each("US-Senat US-Senats", "US Senate"),
    **_each("Staatsduma Duma", "State Duma"),
    **_each("Generalsekretär UN-Generalsekretär UNO-Generalsekretär", "Secretary-General"),
    **_each("als", "as"),
    **_each("gegen", "against"),
    **_each("bei", "at"),
    **_each("unter", "under"),
    **_each("zwischen", "between"),
    **_each("aber allerdings jedoch", "but"),
    **_each("sei", "is"),
    **_each("denen", "which"),
    **_each("welche welcher welches welchen", "which"),
    **_each("wie", "such as"),
}


GERMAN = Language(
    code="de",
    name="German",
    full_stop_thousands=True,
    full_stop_ordinals=frozenset({"der", "die", "das", "dem", "den", "des", "zum", "zur", "als"}),
    function_words=frozenset(
        "der die das und ist nicht mit von zu den dem des ein eine auf für sich auch wird werden wurde haben hat sind "
        "bei nach aus über dass daß noch wir ich sie diese dieser einer".split()
    ),
    months=MONTHS,
    phrases={
        **NUMBER_WORDS,
        **ORDINAL_WORDS,
        **UNIT_WORDS,
        **QUANTIFIERS,
        **TIME_WORDS,
        **ACT_WORDS,
        **TREATY_WORDS,
        **AUXILIARIES,
        **FINITE,
        **PHRASES,
        **ALONE,
        **NEGATIONS,
        **VERBS,
        **SEPARATED_PARTICLES,
    },
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
    number_range=(frozenset({"von"}), frozenset({"bis"})),
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
