"""Statements in French, read through an English gloss that keeps every position.

The reader's rules are written for English. A statement in French (a Ministry's communiqué, a UN page in
French, a joint declaration published in Paris) is glossed word by word and phrase by phrase into English:
instruments by their French names in the registry (``names_in.fr``: "Traité d'interdiction complète des
essais nucléaires", "TICE", "TNP"), states by their French names in ISO 3166 (pycountry's French
translations: "l'Indonésie", "la Fédération de Russie", "le Royaume-Uni"), dates ("le 6 avril 1998",
"07/12/2011", day first), and the verbs, negations and function words the rules read ("a signé et ratifié",
"n'est pas encore entré en vigueur", "la ratification par"). The English rules then read the gloss, and every
position they report is mapped back to the French text, so a mention, a claim's passage or a figure is shown
and highlighted as the statement wrote it.

A gloss is not a translation: words it does not know pass through unchanged, and word order stays French.
What it reads is what the English rules read in the glossed words; what it misses is listed in
``docs/reader.md``.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel

from armscontrol.data import registry
from armscontrol.reader import lexicon

_M = TypeVar("_M", bound=BaseModel)

# Words that mark a text as French, and as English: a text is read through the gloss when the first clearly
# outnumber the second.
_FRENCH_WORDS = frozenset(
    "le la les des du et est une pour que qui dans sur avec au aux par ont sont nous ce cette son sa ses leur "
    "été pas ne il elle depuis ainsi entre également".split()
)
_ENGLISH_WORDS = frozenset("the of and to is in that for with on by has have are was we it this which".split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

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
_MONTH_NAMES = list(MONTHS.values())

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
    "a signé": "has signed",
    "ont signé": "have signed",
    "avait signé": "had signed",
    "avaient signé": "had signed",
    "a ratifié": "has ratified",
    "ont ratifié": "have ratified",
    "avait ratifié": "had ratified",
    "avaient ratifié": "had ratified",
    "a adhéré": "acceded",
    "ont adhéré": "acceded",
    "adhésion au": "accession to the",
    "adhésion à": "accession to",
    "a déposé": "deposited",
    "ont déposé": "deposited",
    "instruments de ratification": "instruments of ratification",
    "instrument de ratification": "instrument of ratification",
    "s'est retiré": "withdrew",
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
    "Secrétaire général": "Secretary-General",
    "porte-parole": "spokesperson",
    "Dernière modification": "Last modified",
    "Publié le": "Published on",
    "mis à jour le": "updated on",
    # asks and hopes: what the rules read as not yet done
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
    # pronouns, articles, prepositions, auxiliaries
    "il y a": "ago",
    "jour pour jour": "to the day",
    "ne l'ont pas encore fait": "have not yet done so",
    "ne l'a pas encore fait": "has not yet done so",
    "à ce jour": "to date",
    "aujourd'hui": "today",
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
    "prêt à": "ready to",
    "prête à": "ready to",
    "proposons": "propose",
    "propose": "proposes",
}

# Adjectives of states, after the noun in French ("le Ministère français"): glossed as the English adjective.
ADJECTIVES: dict[str, str] = {
    "français": "French",
    "française": "French",
    "britannique": "British",
    "russe": "Russian",
    "russes": "Russian",
    "américain": "American",
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
)
_ARTICLES = frozenset({"le", "la", "les", "l'"})
_OF = frozenset({"du", "des", "de la", "de l'", "de", "d'"})
_TO = frozenset({"au", "aux", "à la", "à l'", "à"})


def _key(phrase: str) -> str:
    """A phrase reduced for lookup: one apostrophe, lower case, single spaces, one hyphen."""
    phrase = unicodedata.normalize("NFC", phrase.replace("’", "'")).lower()
    return re.sub(r"\s+", " ", re.sub(r"[‐‑]", "-", phrase)).strip()


def _fold(phrase: str) -> str:
    """A phrase's key without its accents: "Etats" written for "États" in capitals."""
    decomposed = unicodedata.normalize("NFD", _key(phrase))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_LOOSE = {
    "e": "[eéèêëEÉÈÊË]",
    "a": "[aàâAÀÂ]",
    "i": "[iîïIÎÏ]",
    "o": "[oôOÔ]",
    "u": "[uùûüUÙÛÜ]",
    "c": "[cçCÇ]",
}


def _loose(phrase: str) -> str:
    """A regular expression for a phrase, matching any accent on its vowels, either apostrophe, any spacing and an
    optional hyphen where it has one."""
    out = []
    for char in _fold(phrase):
        if char in _LOOSE:
            out.append(_LOOSE[char])
        elif char == "'":
            out.append("['’]")
        elif char == " ":
            out.append(r"\s+")
        elif char == "-":
            out.append(r"[-‐‑\s]?")
        else:
            out.append(re.escape(char))
    return "".join(out)


@functools.cache
def _states() -> dict[str, str]:
    """Every French name of a state (ISO 3166's French list, its inverted forms put right) to its English name."""
    import gettext

    import pycountry

    from armscontrol.data.parties import party_name

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    names: dict[str, str] = {}
    for country in pycountry.countries:
        if country.alpha_3 in lexicon.NOT_STATES:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            translated = french.gettext(value)
            if not translated or translated == value and attr != "name":
                continue
            forms = [translated]
            if "," in translated:  # "Russie, Fédération de" -> "Fédération de Russie" and "Russie"
                head, tail = (part.strip() for part in translated.split(",", 1))
                forms = [f"{tail}{'' if tail.endswith(chr(39)) else ' '}{head}", head]
            for form in forms:
                if len(form) >= 4 and form.lower() != "corée":
                    names.setdefault(form, party_name(country.alpha_3))
    names.update({form: party_name(code) for form, code in STATE_NAMES.items()})
    return names


@functools.cache
def _table() -> tuple[re.Pattern, dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """The one pattern of every French phrase the gloss knows, longest first, and each phrase's English and kind,
    by its key and (for a text that drops accents on capitals) by its key without accents."""
    entries: dict[str, tuple[str, str]] = {}
    for instrument in registry().instruments.values():
        for name in instrument.names_in.get("fr", []):
            entries[_key(name)] = (instrument.title if name != name.upper() else instrument.short_title, "name")
    for name, english in _states().items():
        entries.setdefault(_key(name), (english, "state"))
    for word, english in ADJECTIVES.items():
        entries.setdefault(_key(word), (english, "word"))
    for phrase, english in PHRASES.items():
        entries.setdefault(_key(phrase), (english, "word"))
    folded: dict[str, tuple[str, str]] = {}
    for key, value in entries.items():
        folded.setdefault(_fold(key), value)
    keys = sorted({_fold(k) for k in entries}, key=len, reverse=True)
    pieces = []
    for key in keys:
        body = _loose(key)
        left = r"(?<![\w-])"
        right = "" if key.endswith("'") else r"(?![\w-])"
        pieces.append(f"{left}{body}{right}")
    months = "|".join(_loose(m) for m in MONTHS)
    pattern = re.compile(
        rf"(?P<numeric>(?<![\d/.])(?P<nd>[0-3]?\d)/(?P<nm>[01]?\d)/(?P<ny>(?:19|20)\d\d)(?![\d/]))"
        rf"|(?P<worded>(?:(?<![\w'’])[Ll]e\s+)?(?P<wd>[0-3]?\d)(?:er)?\s+(?P<wm>{months})(?![\w]))"
        rf"|(?P<month>(?<![\w'’])(?:{months})(?=\s+(?:19|20)\d\d))"
        rf"|(?P<phrase>{'|'.join(pieces)})",
        re.I,
    )
    return pattern, entries, folded


def is_french(text: str) -> bool:
    """Whether a statement is written in French: its French function words clearly outnumber its English ones."""
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    french = sum(w in _FRENCH_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    return french >= 8 and french > 2 * english


@dataclass(frozen=True)
class Gloss:
    """An English gloss of a French text, and where each glossed piece came from."""

    original: str
    text: str
    pieces: tuple[tuple[int, int, int, int], ...]
    """(start, end) in the gloss and (start, end) in the original of each replaced piece, in order."""

    def start(self, position: int) -> int:
        """The original position of a span that starts at ``position`` in the gloss."""
        return self._map(position, start=True)

    def end(self, position: int) -> int:
        """The original position of a span that ends at ``position`` in the gloss."""
        return self._map(position, start=False)

    def _map(self, position: int, *, start: bool) -> int:
        starts = [p[0] for p in self.pieces]
        index = bisect.bisect_right(starts, position) - 1
        if index < 0:
            return min(position, len(self.original))
        g_start, g_end, o_start, o_end = self.pieces[index]
        if position >= g_end and not (start is False and position == g_start):
            return min(o_end + position - g_end, len(self.original))
        if start:
            return o_start if position < g_end else o_end
        return o_start if position == g_start else o_end


def _cased(english: str, french: str) -> str:
    if english and french[:1].isupper() and english[:1].islower():
        return english[:1].upper() + english[1:]
    return english


def gloss(text: str) -> Gloss:
    """Gloss a French text into the English the reader's rules read, keeping where every piece came from."""
    pattern, entries, folded_entries = _table()
    replaced: list[tuple[int, int, str, str, str]] = []  # (start, end, english, kind, folded French)
    for match in pattern.finditer(text):
        a, b = match.span()
        if match.group("numeric"):
            day, month = int(match.group("nd")), int(match.group("nm"))
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            english = f"{day} {_MONTH_NAMES[month - 1]} {match.group('ny')}"
            replaced.append((a, b, english, "date", ""))
        elif match.group("worded"):
            on = "on " if match.group("worded")[:2].lower() == "le" else ""
            named = next(v for k, v in MONTHS.items() if _fold(k) == _fold(match.group("wm")))
            replaced.append((a, b, f"{on}{int(match.group('wd'))} {named}", "date", ""))
        elif match.group("month"):
            folded = _fold(match.group("month"))
            replaced.append((a, b, next(v for k, v in MONTHS.items() if _fold(k) == folded), "date", ""))
        else:
            key = _key(match.group(0))
            english, kind = entries.get(key) or folded_entries[_fold(key)]
            if kind == "state" and not match.group(0)[:1].isupper():
                continue  # a state's name is written with a capital: "la réunion" is a meeting, not Réunion
            replaced.append((a, b, _cased(english, match.group(0)), kind, key))
    # An article before a state's or an instrument's name is dropped, "of the" before it is "of": "la France"
    # is "France", "du Royaume-Uni" is "of United Kingdom", as the English rules expect a state's name.
    for i in range(1, len(replaced)):
        a, _, _, kind, _ = replaced[i]
        pa, pb, _, pkind, pfolded = replaced[i - 1]
        if kind != "state" or text[pb:a].strip():
            continue
        space = " " if pfolded.endswith("'") else ""
        if pfolded in _ARTICLES:
            replaced[i - 1] = (pa, pb, "", "word", pfolded)
        elif pfolded in _OF:
            replaced[i - 1] = (pa, pb, "of" + space, "word", pfolded)
        elif pfolded in _TO:
            replaced[i - 1] = (pa, pb, "to" + space, "word", pfolded)
    # "porte à 156 le nombre d'États parties", "réduit à huit le nombre des États": the count of States, "156 States"
    for i, (a, b, _, _, key) in enumerate(replaced):
        if key.startswith("le nombre d"):
            before = text[:a].rstrip()
            number_word = i > 0 and replaced[i - 1][1] == len(before) and replaced[i - 1][4] in _NUMBER_WORDS
            if before[-1:].isdigit() or number_word:
                replaced[i] = (a, b, "", "word", key)
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    cursor = 0
    length = 0
    for a, b, english, _, _ in replaced:
        out.append(text[cursor:a])
        length += a - cursor
        out.append(english)
        pieces.append((length, length + len(english), a, b))
        length += len(english)
        cursor = b
    out.append(text[cursor:])
    return Gloss(original=text, text="".join(out), pieces=tuple(pieces))


def restore(model: _M, glossed: Gloss) -> _M:
    """The reader's answer on the gloss, with every span (``start``, ``end``, ``sentence_start``, ``sentence_end``)
    mapped back to the French text and every span's ``text`` taken from it."""
    updates: dict[str, object] = {}
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            updates[name] = restore(value, glossed)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            updates[name] = [restore(item, glossed) for item in value]
        elif name in ("start", "sentence_start") and isinstance(value, int):
            updates[name] = glossed.start(value)
        elif name in ("end", "sentence_end") and isinstance(value, int):
            updates[name] = glossed.end(value)
    if "start" in updates and "end" in updates and "text" in type(model).model_fields:
        a, b = int(updates["start"]), int(updates["end"])  # type: ignore[call-overload]
        updates["text"] = glossed.original[a : max(a, b)]
    return model.model_copy(update=updates)
