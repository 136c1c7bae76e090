"""Statements not in English, read through an English gloss that keeps every position.

The reader's rules are written for English. A statement in French, Spanish, German, Portuguese or Russian (a Ministry's
communiqué, a UN page, OPANAL's or a zone body's declaration, a decree promulgating a treaty) is glossed word by
word and phrase by phrase into English: instruments by their names in that language in the registry (``names_in``:
"Traité d'interdiction complète des essais nucléaires", "TICE", "Tratado para la Proscripción de las Armas Nucleares
en la América Latina y el Caribe"), states by their names in ISO 3166's translations (pycountry: "l'Indonésie", "la
Fédération de Russie", "los Estados Unidos"), dates ("le 6 avril 1998", "14 de febrero de 2019", "07/12/2011", day
first), and the verbs, negations and function words the rules read ("a signé et ratifié", "n'est pas encore entré en
vigueur", "entró en vigor"). Each language's words are data of their own (:mod:`armscontrol.reader.french`,
:mod:`armscontrol.reader.spanish`, :mod:`armscontrol.reader.german`, :mod:`armscontrol.reader.portuguese`,
:mod:`armscontrol.reader.russian`). A language that declines its nouns (Russian) has each state's name in its cases and
the first word of an instrument's name read in every case ("Договора о нераспространении ядерного оружия"). A
language that splits its verbs (German: "hat ... ratifiziert", "... ratifiziert haben", "trat ... in Kraft") has
them put together where English has them. The English rules then read the gloss, and every position they report is
mapped back to the text as written, so a mention, a claim's passage or a figure is shown and highlighted as the
statement wrote it.

A gloss is not a translation: words it does not know pass through unchanged, and word order stays the statement's.
What it reads is what the English rules read in the glossed words; what it misses is listed in ``docs/reader.md``.
"""

from __future__ import annotations

import bisect
import functools
import gettext
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import BaseModel

from armscontrol.data import registry
from armscontrol.data.parties import party_name
from armscontrol.reader import lexicon
from armscontrol.reader.names import title_without_parties

_M = TypeVar("_M", bound=BaseModel)

ENGLISH_NUMBERS: tuple[str, ...] = tuple(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split()
)
"""The English words for zero to nineteen, which a language's number words are glossed to (the figure rules read
them)."""
ENGLISH_TENS: dict[int, str] = {
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
    80: "eighty",
    90: "ninety",
}
"""The English words for the tens."""


def ordinal(n: int) -> str:
    """An ordinal in figures as English writes it: 1st, 2nd, 3rd, 11th, 51st."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_ENGLISH_WORDS = frozenset("the of and to is in that for with on by has have are was we it this which".split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MONTH_NAMES = "January February March April May June July August September October November December".split()


@dataclass(frozen=True, eq=False)
class Language:
    """The words of one language that the gloss reads, as data."""

    code: str
    """ISO 639-1 code, the key of the registry's ``names_in``."""
    name: str
    """The language's name in English, as the answer says it."""
    function_words: frozenset[str]
    """Words frequent in the language and rare in English: a text is in the language when they clearly outnumber
    English ones."""
    months: dict[str, str]
    """Month names to English."""
    phrases: dict[str, str]
    """Phrases and words to the English the rules read; the longest match wins."""
    adjectives: dict[str, str] = field(default_factory=dict)
    """Adjectives of states to English ("français": "French")."""
    state_names: dict[str, str] = field(default_factory=dict)
    """Usual names of states that ISO 3166's translation does not give, to their codes."""
    ambiguous_states: frozenset[str] = frozenset()
    """Folded names ISO gives for more than one state ("corée"), never read as one."""
    articles: frozenset[str] = frozenset()
    """Articles dropped before a state's name ("la France" is "France")."""
    of: frozenset[str] = frozenset()
    """Prepositions with an article read "of" before a state's name ("du Royaume-Uni")."""
    to: frozenset[str] = frozenset()
    """Prepositions with an article read "to" before a state's name ("au Guatemala")."""
    prepositions: dict[str, str] = field(default_factory=dict)
    """Other prepositions with an article, read as the English preposition alone before a state's name ("pelo
    Brasil" is "by Brazil", "na Rússia" is "in Russia")."""
    on_day: frozenset[str] = frozenset()
    """Articles before a day that mean "on" ("le 6 avril", "el 14 de febrero")."""
    count_nouns: tuple[str, ...] = ()
    """Keys of phrases dropped after a number: "porte à 156 le nombre d'États" is "to 156 States"."""
    number_words: frozenset[str] = frozenset()
    """Numbers in words, before a dropped count noun."""
    auxiliaries: dict[str, str] = field(default_factory=dict)
    """Auxiliary and modal verbs that stand apart from their verb (German "hat ... ratifiziert"), to the English of
    the pair's first part ("has")."""
    verbs: dict[str, str] = field(default_factory=dict)
    """Participles and infinitives that end a clause, to English; put after their auxiliary."""
    separable: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    """A finite verb whose particle ends the clause ("trat ... in Kraft"): each particle it may take, and the pair's
    English."""
    negations: dict[str, str] = field(default_factory=dict)
    """Negations that go with a verb put after its auxiliary ("nicht", "noch nicht")."""
    finite: frozenset[str] = frozenset()
    """Finite verbs of the domain (and the first parts of separable ones) that may stand before their subject."""
    capitalised_nouns: bool = False
    """Every noun is written with a capital (German): a capital says nothing of a name."""
    object_pronouns: frozenset[str] = frozenset()
    """Object pronouns that may stand between an auxiliary and the subject after it ("haben ihn 185 Staaten")."""
    subject_pronouns: frozenset[str] = frozenset()
    """Subject pronouns that may follow the auxiliary ("Gestern haben wir ... ratifiziert")."""
    relatives: frozenset[str] = frozenset()
    """Articles that after a comma are relative pronouns ("Staaten, die ..." is "States, which ...")."""
    name_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The first word of instruments' names and its other case forms, for a language that declines it (Russian
    "Договор" is "Договора", "Договору", "Договоре" after a preposition): each of the registry's names that begins
    with the word is read in every form."""
    name_variants: tuple[tuple[str, str], ...] = ()
    """Words inside instruments' names that usual references write otherwise, each with the other form: Spanish
    "Tratado sobre la No Proliferación de las Armas Nucleares" is also written "Tratado de No Proliferación de Armas
    Nucleares", German "Kernwaffen" is also "Atomwaffen". Each of the registry's names is also read with every
    combination of them."""
    full_stop_thousands: bool = False
    """Whether the language writes a full stop between thousands ("über 2.000 Atomwaffentests", "15.000 ojivas"), where
    English writes a comma: the gloss writes such a number as English does."""
    full_stop_ordinals: frozenset[str] = frozenset()
    """Articles after which a number with a full stop is an ordinal ("der 50. Staat": the 50th State)."""
    ago_before: frozenset[str] = frozenset()
    """Words that say "ago" before the span of time they go back by ("il y a vingt ans"): the gloss puts "ago" after it,
    where English has it ("twenty years ago"); elsewhere they read as the phrase table says ("il y a des États" is
    "there are States")."""
    number_of: frozenset[str] = frozenset()
    """Prepositions that next to a number mean "of" ("8 из 44 стран", "Из 187 ... государств": "8 of 44 countries",
    "Of 187 ... States"), whatever they mean elsewhere."""
    number_range: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    """The words that open and close a range of numbers ("от 500 до 5500 км", "von 500 bis 1000 und 1000 bis 5500
    Kilometern": "from 500 to 5500 km", "from 500 to 1000 and 1000 to 5500 kilometres"): the second between two numbers
    reads "to", the first before a number the second follows reads "from", whatever they mean elsewhere."""


def _variants(name: str, variants: tuple[tuple[str, str], ...]) -> list[str]:
    """``name`` with every combination of ``variants`` applied (whole words only), itself first."""
    forms = [name]
    for usual, other in variants:
        pattern = re.compile(rf"(?<!\w){re.escape(usual)}(?!\w)")
        forms += [pattern.sub(other, form) for form in forms if pattern.search(form)]
    return list(dict.fromkeys(forms))


def _key(phrase: str) -> str:
    """A phrase reduced for lookup: one apostrophe, lower case, single spaces, one hyphen."""
    phrase = unicodedata.normalize("NFC", phrase.replace("’", "'")).lower()
    return re.sub(r"\s+", " ", re.sub(r"[‐‑]", "-", phrase)).strip()


def _fold(phrase: str) -> str:
    """A phrase's key without its accents: "Etats" written for "États" in capitals, Russian "е" for "ё" (the short
    "й" is a letter of its own, kept)."""
    decomposed = unicodedata.normalize("NFD", _key(phrase).replace("й", "\0"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\0", "й")


def _joined(phrase: str) -> str:
    """A phrase's folded key without its hyphens and spaces: the pattern takes a hyphen as optional or as a space
    ("États Unis", "ÉtatsUnis" for "États-Unis"), so the lookup of what it matched must not tell them apart."""
    return re.sub(r"[-\s]", "", _fold(phrase))


_LOOSE = {
    "e": "[eéèêëEÉÈÊË]",
    "a": "[aàâáäãAÀÂÁÄÃ]",
    "i": "[iîïíIÎÏÍ]",
    "o": "[oôóöõOÔÓÖÕ]",
    "u": "[uùûüúUÙÛÜÚ]",
    "c": "[cçCÇ]",
    "n": "[nñNÑ]",
    "е": "[еёЕЁ]",
}


def _loose(phrase: str) -> str:
    """A regular expression for a phrase, matching any accent on its letters, either apostrophe, any spacing and an
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
def _states(language: Language) -> dict[str, str]:
    """Every name of a state in the language (ISO 3166's translation, its inverted forms put right) to its English
    name."""
    import pycountry  # on first use: heavy (pycountry's ISO 3166 database and its translations)

    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language.code])
    names: dict[str, str] = {}
    for country in pycountry.countries:
        if country.alpha_3 in lexicon.NOT_STATES:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            translated = translation.gettext(value)
            if not translated or translated == value and attr != "name":
                continue
            forms = [translated]
            if "," in translated:  # "Russie, Fédération de" -> "Fédération de Russie" and "Russie"
                head, tail = (part.strip() for part in translated.split(",", 1))
                forms = [f"{tail}{'' if tail.endswith(chr(39)) else ' '}{head}", head]
            for form in forms:
                if len(form) >= 4 and _fold(form) not in language.ambiguous_states:
                    names.setdefault(form, party_name(country.alpha_3))
    names.update({form: party_name(code) for form, code in language.state_names.items()})
    return names


@functools.cache
def _table(language: Language) -> tuple[re.Pattern, dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """The one pattern of every phrase the gloss knows in a language, longest first, and each phrase's English and
    kind, by its key and (for a text that drops accents on capitals or writes a hyphen as a space) by its key without
    accents, hyphens and spaces."""
    entries: dict[str, tuple[str, str]] = {}
    for instrument in registry().instruments.values():
        for name in instrument.names_in.get(language.code, []):  # type: ignore[call-overload]
            english = instrument.title if name != name.upper() else instrument.short_title
            if title_without_parties(english) != english:
                # a title that names its parties ("Treaty between the United States of America and ...", whose states
                # would be read as the sentence's): the title without them, which the English names hold too
                english = title_without_parties(english)
            elif re.search(r"[,'’]", english):
                # a title the English names are not read across ("Russia's offer to keep to New START's central
                # quantitative limits ..., if ..."): its short title, which they are
                english = re.sub(r"\s*\([^)]*\)", "", instrument.short_title)
            entries[_key(name)] = (english, "name")
            for form in _variants(name, language.name_variants)[1:]:
                entries.setdefault(_key(form), (english, "name"))
            head, _, rest = name.partition(" ")
            for form in language.name_heads.get(head, ()) if rest else ():
                entries.setdefault(_key(f"{form} {rest}"), (english, "name"))
    for name, english in _states(language).items():
        entries.setdefault(_key(name), (english, "state"))
    for word, english in language.adjectives.items():
        entries.setdefault(_key(word), (english, "word"))
    for phrase, english in language.phrases.items():
        entries.setdefault(_key(phrase), (english, "word"))
    folded: dict[str, tuple[str, str]] = {}
    for key, value in entries.items():
        folded.setdefault(_joined(key), value)
    keys = sorted({_fold(k) for k in entries}, key=len, reverse=True)
    pieces = []
    for key in keys:
        right = "" if key.endswith("'") else r"(?![\w-])"
        pieces.append(f"{_loose(key)}{right}")
    months = "|".join(_loose(m) for m in language.months)
    on_day = "|".join(_loose(a) for a in sorted(language.on_day, key=len, reverse=True)) or "(?!)"
    pattern = re.compile(
        rf"(?P<numeric>(?<![\d/.])(?P<nd>[0-3]?\d)/(?P<nm>[01]?\d)/(?P<ny>(?:19|20)\d\d)(?![\d/]))"
        # "über 2.000 Atomwaffentests", "15.000 ojivas": a full stop between thousands, as German, Spanish and
        # Portuguese write it (English writes a comma)
        r"|(?P<thousands>(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d))"
        # "o 145.º Estado", "el 185º Estado": an ordinal number
        r"|(?P<ordinal>(?<![\w.])(?P<rank>\d{1,3})\.?[ºª°](?!\w))"
        # "le 6 avril 1998", "1er mars", "el 14 de febrero de 2019"
        # ("am 5. März 1970": a day with a full stop)
        rf"|(?P<worded>(?:(?<![\w'’])(?P<on>{on_day})\s+)?(?P<wd>[0-3]?\d)(?:er|º|°|\.)?\s+(?:de\s+)?"
        rf"(?P<wm>{months})(?![\w])(?:\s+(?:de|del)(?=\s+(?:19|20)\d\d))?)"
        # ("август 23, 2019": a month before its day and year, as a page's English template orders it)
        rf"|(?P<month>(?<![\w'’])(?:{months})(?:\s+(?:de|del))?(?=\s+(?:19|20)\d\d|\s+[0-3]?\d,\s+(?:19|20)\d\d))"
        # ("der 50. Staat": an ordinal with a full stop before its noun, where the language writes one)
        r"|(?P<dotted>(?<![\w.])(?P<drank>\d{1,3})\.(?=[ \t]+[^\W\d_]))"
        # (the start of a word is asked once, not by each of the alternatives)
        rf"|(?P<phrase>(?<![\w-])(?:{'|'.join(pieces)}))",
        re.I,
    )
    return pattern, entries, folded


def note(language: Language) -> str:
    """How a statement in ``language`` was read, in the words every view shows."""
    return f"in {language.name}: read through an English gloss of its words; every passage is shown as written"


def language_of(text: str, languages: tuple[Language, ...]) -> Language | None:
    """The language a statement is written in among ``languages``, or ``None`` for English: the one whose function
    words clearly outnumber the English ones (at least eight, more than twice as many; or, in a short text with no
    English function word at all, at least four); a text whose letters are mostly Cyrillic is Russian ("США не
    ратифицировали ДВЗЯИ")."""
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    letters = "".join(words)
    russian = next((language for language in languages if language.code == "ru"), None)
    if russian is not None and letters and sum("а" <= c <= "я" or c == "ё" for c in letters) > 0.5 * len(letters):
        return russian  # (most of its letters Cyrillic: the one language in that script the gloss reads)
    english = sum(w in _ENGLISH_WORDS for w in words)
    best, count = None, 0
    for language in languages:
        found = sum(w in language.function_words for w in words)
        if found > count:
            best, count = language, found
    enough = count >= 8 or (english == 0 and count >= 4)
    if best is not None and enough and count > 2 * english:
        return best
    return _short_text_language(words, english, languages)


def _short_text_language(words: list[str], english: int, languages: tuple[Language, ...]) -> Language | None:
    """The language of a text too short for its function words to tell ("Moçambique ratificou o Tratado ... em
    2008"): the one whose own words (its months, phrases and names, none shared with another language the reader reads
    or with English) the text uses at least three times (twice, with no English function word), three times as often
    as English function words and twice as often as any other language's, with one of its function words at least."""
    if len(words) > 40:
        return None  # a longer text is told by its function words, or is English
    own = _own_words(languages)
    hits = sorted(
        ((sum(w in own[language.code] for w in set(words)), language) for language in languages), key=lambda x: -x[0]
    )
    (first, language), second = hits[0], hits[1][0] if len(hits) > 1 else 0
    if not any(w in language.function_words for w in words):
        return None  # (a language the reader does not read may share a word or two with one it does)
    return language if first >= 3 - (english == 0) and first >= 3 * english and first >= 2 * second else None


@functools.lru_cache(maxsize=4)
def _own_words(languages: tuple[Language, ...]) -> dict[str, frozenset[str]]:
    """Each language's words (of its months, phrases, adjectives and states' names) that no other language the reader
    reads, nor English, has."""
    words: dict[str, set[str]] = {}
    for language in languages:
        keys = [
            *language.months,
            *language.phrases,
            *language.adjectives,
            *language.state_names,
            *language.function_words,
            *(n for i in registry().instruments.values() for n in i.names_in.get(language.code, [])),  # type: ignore[call-overload]
        ]
        words[language.code] = {w.lower() for key in keys for w in _WORD.findall(key) if len(w) > 2}
    english = {w.lower() for w in _MONTH_NAMES} | set(_ENGLISH_WORDS)
    return {
        code: frozenset(
            w for w in mine if w not in english and not any(w in other for c, other in words.items() if c != code)
        )
        for code, mine in words.items()
    }


@dataclass(frozen=True)
class Gloss:
    """An English gloss of a text, and where each glossed piece came from."""

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

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [p[0] for p in self.pieces]

    def _map(self, position: int, *, start: bool) -> int:
        index = bisect.bisect_right(self._starts, position) - 1
        if index < 0:
            return min(position, len(self.original))
        g_start, g_end, o_start, o_end = self.pieces[index]
        if position >= g_end and not (start is False and position == g_start):
            return min(o_end + position - g_end, len(self.original))
        if start:
            return o_start if position < g_end else o_end
        return o_start if position == g_start else o_end


def _cased(english: str, written: str) -> str:
    if english and written[:1].isupper() and english[:1].islower():
        return english[:1].upper() + english[1:]
    return english


def _month(language: Language, written: str) -> str:
    return next(v for k, v in language.months.items() if _fold(k) == _fold(written))


def gloss(text: str, language: Language) -> Gloss:
    """Gloss a text in ``language`` into the English the reader's rules read, keeping where every piece came from."""
    pattern, entries, folded_entries = _table(language)
    replaced: list[tuple[int, int, str, str, str]] = []  # (start, end, English, kind, key)
    for match in pattern.finditer(text):
        a, b = match.span()
        if match.group("thousands") and language.full_stop_thousands:
            replaced.append((a, b, match.group("thousands").replace(".", ","), "number", ""))
        elif match.group("thousands"):
            continue
        elif match.group("dotted"):
            article = re.search(r"(\w+)\s+$", text[max(0, a - 12) : a])
            if article is None or article.group(1).lower() not in language.full_stop_ordinals:
                continue
            replaced.append((a, b, ordinal(int(match.group("drank"))), "number", ""))
        elif match.group("ordinal"):
            replaced.append((a, b, ordinal(int(match.group("rank"))), "number", ""))
        elif match.group("numeric"):
            day, month = int(match.group("nd")), int(match.group("nm"))
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            replaced.append((a, b, f"{day} {_MONTH_NAMES[month - 1]} {match.group('ny')}", "date", ""))
        elif match.group("worded"):
            on = "on " if match.group("on") else ""
            named = _month(language, match.group("wm"))
            replaced.append((a, b, f"{on}{int(match.group('wd'))} {named}", "date", ""))
        elif match.group("month"):
            written = re.sub(r"\s+(?:de|del)$", "", match.group("month"), flags=re.I)
            replaced.append((a, b, _month(language, written), "date", ""))
        else:
            key = _key(match.group(0))
            english, kind = entries.get(key) or folded_entries[_joined(key)]
            if kind == "state" and not match.group(0)[:1].isupper():
                continue  # a state's name is written with a capital: "la réunion" is a meeting, not Réunion
            # (in German every noun has a capital: only the first word of a sentence keeps one in the gloss)
            before = text[:a].rstrip()
            opens = (
                not language.capitalised_nouns or not before or before[-1] in '.!?:„"' or "\n" in text[len(before) : a]
            )
            replaced.append((a, b, _cased(english, match.group(0)) if opens else english, kind, key))
    # An article before a state's name is dropped, "of the" before it is "of": "la France" is "France", "du
    # Royaume-Uni" is "of United Kingdom", as the English rules expect a state's name.
    for i in range(1, len(replaced)):
        a, _, _, kind, _ = replaced[i]
        pa, pb, _, _, pkey = replaced[i - 1]
        if kind != "state" or text[pb:a].strip():
            continue
        space = " " if pkey.endswith("'") else ""
        if pkey in language.articles:
            replaced[i - 1] = (pa, pb, "", "word", pkey)
        elif pkey in language.of:
            replaced[i - 1] = (pa, pb, "of" + space, "word", pkey)
        elif pkey in language.to:
            replaced[i - 1] = (pa, pb, "to" + space, "word", pkey)
        elif pkey in language.prepositions:
            replaced[i - 1] = (pa, pb, language.prepositions[pkey] + space, "word", pkey)
    # "porte à 156 le nombre d'États parties", "réduit à huit le nombre des États": the count of States, "156 States"
    for i, (a, b, _, _, key) in enumerate(replaced):
        if key in language.count_nouns:
            before = text[:a].rstrip()
            number_word = i > 0 and replaced[i - 1][1] == len(before) and replaced[i - 1][4] in language.number_words
            if before[-1:].isdigit() or number_word:
                replaced[i] = (a, b, "", "word", key)
    for i, (a, b, _, kind, key) in enumerate(replaced):
        if key in language.relatives and text[:a].rstrip().endswith(","):
            replaced[i] = (a, b, "which", kind, key)
        elif key in language.number_of and (
            text[:a].rstrip()[-1:].isdigit()
            or text[b:].lstrip()[:1].isdigit()
            or _number_word_next(text, replaced, i, language)
        ):
            replaced[i] = (a, b, _cased("of", text[a:b]), kind, key)
    _read_ranges(text, replaced, language)
    for i, (a, b, _, kind, key) in enumerate(replaced):
        if key not in language.ago_before:
            continue
        j = i + 1
        if _number_word_next(text, replaced, i, language):
            b, j = replaced[j][1], j + 1
        if (
            j < len(replaced)
            and replaced[j][2] in _SPANS
            and re.fullmatch(r"\s+(?:\d+\s+)?", text[b : replaced[j][0]])
            and (i + 1 < j or re.search(r"\d", text[b : replaced[j][0]]))
        ):
            # "il y a vingt ans" is "twenty years ago"
            replaced[i] = (a, replaced[i][1], "", kind, key)
            ja, jb, jenglish, jkind, jkey = replaced[j]
            replaced[j] = (ja, jb, f"{jenglish} ago", jkind, jkey)
    if language.auxiliaries or language.separable:
        _join_verbs(text, replaced, language)
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


# Between two parts of one verb: the same clause (no sentence mark, no comma before a subordinate clause), at most
# this many characters.
_CLAUSE_GAP = re.compile(
    # ("am 5. März 1970": the full stop of a day)
    r"(?:[^.;:!?,]|(?<=\d)\.|,(?!\s*(?:dass|daß|die|der|das|den|dem|deren|dessen|denen|wenn|weil|ob|welche\w*|um|obwohl|als|wie)\b))"
    r"{0,200}",
    re.I,
)
_VERB_JOINS = frozenset({"oder", "und", "bzw."})
# The spans of time "ago" goes after
_SPANS = frozenset({"years", "months", "weeks", "days", "year", "month", "week", "day", "decades", "decade"})


_NUMBER_BETWEEN = re.compile(r"\s+\d[\d.,\u00a0\u202f ]*\s+")


def _read_ranges(text: str, replaced: list[tuple[int, int, str, str, str]], language: Language) -> None:
    """A range of numbers in the language's words read as English writes it (see ``Language.number_range``)."""
    opening, closing = language.number_range
    for i, (a, b, _, kind, key) in enumerate(replaced):
        if key not in closing or i == 0:
            continue
        before = text[:a].rstrip()
        after = text[b:].lstrip()
        if not (before[-1:].isdigit() and after[:1].isdigit()):
            continue
        replaced[i] = (a, b, "to", kind, key)
        j = i - 1
        while j > 0 and re.fullmatch(r"[\d.,]+", text[replaced[j][0] : replaced[j][1]]):
            j -= 1  # ("von 2.000 bis": the number itself a piece, written as English writes it)
        pa, pb, _, pkind, pkey = replaced[j]
        if pkey in opening and _NUMBER_BETWEEN.fullmatch(text[pb:a]):
            replaced[j] = (pa, pb, _cased("from", text[pa:pb]), pkind, pkey)


def _number_word_next(text: str, replaced: list[tuple[int, int, str, str, str]], i: int, language: Language) -> bool:
    """Whether a number in words follows the piece at ``i`` with nothing between ("из трех", "il y a vingt")."""
    return (
        i + 1 < len(replaced)
        and replaced[i + 1][4] in language.number_words
        and not text[replaced[i][1] : replaced[i + 1][0]].strip()
    )


def _join_verbs(text: str, replaced: list[tuple[int, int, str, str, str]], language: Language) -> None:
    """Put the parts of a verb that a language splits where English has them, in place: "hat den Vertrag nicht
    ratifiziert" reads "has not ratified the Treaty", "die ihn nicht ratifiziert haben" reads "which it have not
    ratified", "trat 1970 in Kraft" reads "entered into force 1970". The part moved reads as nothing where it stands,
    so every span keeps its place in the text as written."""
    auxiliaries = {_key(k): v for k, v in language.auxiliaries.items()}
    verbs = {_key(k) for k in language.verbs}
    negations = {_key(k) for k in language.negations}
    separable = {_key(k): {_key(p): english for p, english in pairs} for k, pairs in language.separable.items()}

    def adjacent(i: int, j: int) -> bool:
        return not text[replaced[i][1] : replaced[j][0]].strip()

    def blank(i: int) -> None:
        a, b, _, kind, key = replaced[i]
        replaced[i] = (a, b, "", kind, key)

    def english(i: int) -> str:
        return replaced[i][2]

    used: set[int] = set()
    # a verb (or two joined by "oder", "und") right before its auxiliary ends a subordinate clause
    for i, (_, _, _, _, key) in enumerate(replaced):
        # ("von 50 Ländern ratifiziert worden ist": a passive, "has been ratified")
        passive = (
            key in auxiliaries
            and i >= 2
            and replaced[i - 1][4] == "worden"
            and replaced[i - 2][4] in verbs
            and adjacent(i - 2, i - 1)
            and adjacent(i - 1, i)
        )
        if passive:
            _by_agent(text, replaced, i - 2)
            # the verb read where "worden" stands, next to its auxiliary; its own place reads nothing
            va, vb, verb, vkind, vkey = replaced[i - 2]
            wa, wb, _, wkind, _ = replaced[i - 1]
            replaced[i - 2] = (va, vb, "", vkind, "worden")
            replaced[i - 1] = (wa, wb, f"been {verb}", wkind, vkey)
        if key not in auxiliaries or i == 0 or replaced[i - 1][4] not in verbs or not adjacent(i - 1, i):
            continue
        first = i - 1
        while (
            first >= 2
            and replaced[first - 1][4] in _VERB_JOINS
            and replaced[first - 2][4] in verbs
            and adjacent(first - 2, first - 1)
            and adjacent(first - 1, first)
        ):
            first -= 2
        negation = (
            first - 1 if first >= 1 and replaced[first - 1][4] in negations and adjacent(first - 1, first) else None
        )
        words = [auxiliaries[key]] + ([english(negation)] if negation is not None else [])
        words += [english(k) for k in range(first, i)]
        if words[-1].endswith(" to"):
            words.append("it")  # "dem Vertrag beigetreten ist": its object stands before it, "has acceded to it"
        start = negation if negation is not None else first
        a, b, _, kind, k0 = replaced[start]
        replaced[start] = (a, b, " ".join(w for w in words if w), kind, k0)
        for k in range(start + 1, i + 1):
            blank(k)
        used.update(range(start, i + 1))
    # an auxiliary second in its clause, its verb at the clause's end
    for i, (_, ib, _, _, key) in enumerate(replaced):
        if i in used or key not in auxiliaries:
            continue
        for j in range(i + 1, len(replaced)):
            if replaced[j][4] in auxiliaries or not _CLAUSE_GAP.fullmatch(text, ib, replaced[j][0]):
                break
            if replaced[j][4] in verbs and j not in used:
                negation = j - 1 if replaced[j - 1][4] in negations and adjacent(j - 1, j) and j - 1 > i else None
                passive = j + 1 < len(replaced) and replaced[j + 1][4] == "worden" and adjacent(j, j + 1)
                if passive:
                    _by_agent(text, replaced, j)
                words = [auxiliaries[key]] + ([english(negation)] if negation is not None else [])
                words += (["been"] if passive else []) + [english(j)]
                # "Weltweit haben 164 Staaten den CTBT ratifiziert": the subject after the auxiliary comes first
                at = _subject_after(text, replaced, i, j, language)
                a, b, written, kind, k0 = replaced[at]
                joined = " ".join(w for w in words if w)
                replaced[at] = (a, b, f"{written} {joined}" if at != i else joined, kind, k0)
                if at != i:
                    blank(i)
                for k in [j] + ([negation] if negation is not None else []) + ([j + 1] if passive else []):
                    blank(k)
                used.update({i, j})
                break
    # a finite verb whose particle ends the clause
    for i, (_, ib, _, _, key) in enumerate(replaced):
        if key not in separable:
            continue
        particles = separable[key]
        # the particle is the last of the verb's in its clause ("tritt bei Ratifikation in Kraft": "in Kraft")
        found = None
        for j in range(i + 1, len(replaced)):
            if not _CLAUSE_GAP.fullmatch(text, ib, replaced[j][0]):
                break
            if replaced[j][4] in particles:
                found = j
        if found is None:
            continue
        together = particles[replaced[found][4]]
        a, b, _, kind, k0 = replaced[i]
        replaced[i] = (a, b, together, kind, k0)
        blank(found)
        if together.endswith(" on") and i + 1 < found and replaced[i + 1][2] in ("of", "of the") and adjacent(i, i + 1):
            blank(i + 1)  # "hängt von ... ab": the preposition the verb takes is in its English
    # a finite verb of the domain second in its clause, its subject after it ("Im Februar kündigten die USA das
    # Abkommen"): the subject first
    finite = {_key(k) for k in language.finite}
    for i, (_, _, _, _, key) in enumerate(replaced):
        if key in finite and i not in used:
            at = _subject_after(text, replaced, i, len(replaced), language)
            if at != i:
                a, b, written, kind, k0 = replaced[at]
                replaced[at] = (a, b, f"{written} {replaced[i][2]}", kind, k0)
                blank(i)


_AGENT = {"von": "by", "vom": "by the"}


def _by_agent(text: str, replaced: list[tuple[int, int, str, str, str]], verb: int) -> None:
    """In a passive clause ("von 50 Staaten ratifiziert worden"), "von" before the participle names the agent: "by"."""
    for k in range(verb - 1, -1, -1):
        if re.search(r"[,.;:!?]", text[replaced[k][1] : replaced[k + 1][0]]):
            break
        a, b, _, kind, key = replaced[k]
        if key in _AGENT:
            replaced[k] = (a, b, _AGENT[key], kind, key)


_ADVERB_GAP = re.compile(r"\s*(?:(?:auch|nun|jetzt|dann|damit|bereits|schon|inzwischen|offiziell)\s+)?", re.I)
_GROUP_ENGLISH = frozenset(
    {"States", "countries", "parties", "signatories", "nations", "State Parties", "States Parties"}
)
_NUMBER_GAP = re.compile(r"\s*\d[\d.,]*\s+")


def _subject_after(
    text: str, replaced: list[tuple[int, int, str, str, str]], i: int, j: int, language: Language
) -> int:
    """The piece that ends the subject where it follows the auxiliary at ``i`` (a verb second after another part of
    the clause): a state or states, a count of states ("164 Staaten"), "wir" or "ich"; else ``i`` itself. The
    auxiliary's object pronoun may stand between ("haben ihn 185 Staaten gezeichnet")."""
    k = i + 1
    if k < j and replaced[k][4] in language.object_pronouns and not text[replaced[i][1] : replaced[k][0]].strip():
        k += 1
    while k < j and replaced[k][2] == "" and _ADVERB_GAP.fullmatch(text, replaced[k - 1][1], replaced[k][0]):
        k += 1  # an article dropped before a state's name ("die USA")
    if k >= j:
        return i
    gap = text[replaced[k - 1][1] : replaced[k][0]]
    if _ADVERB_GAP.fullmatch(gap) and replaced[k][3] == "state":
        gap = ""  # "zog sich auch Russland ... zurück": an adverb before the subject
    a, _, english, kind, key = replaced[k]
    if gap.strip() and not _NUMBER_GAP.fullmatch(gap):
        return i
    if kind == "state" and not gap.strip():
        end = k
        while end + 2 < j and replaced[end + 1][2] in ("and", "") and replaced[end + 2][3] == "state":
            end += 2
        while (
            end + 1 < j
            and replaced[end + 1][3] == "state"
            and text[replaced[end][1] : replaced[end + 1][0]].strip() == ","
        ):
            end += 1
        return end
    if english in _GROUP_ENGLISH and _NUMBER_GAP.fullmatch(gap):
        return k
    if key in language.subject_pronouns and not gap.strip():
        return k
    return i


def restore(model: _M, glossed: Gloss) -> _M:
    """The reader's answer on the gloss, with every span (``start``, ``end``, ``sentence_start``, ``sentence_end``)
    mapped back to the text as written and every span's ``text`` taken from it."""
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
