"""Claims read by a trained model where no rule reads them.

The rules of :mod:`armscontrol.reader.claims` and :mod:`armscontrol.reader.lists` read the wordings they were written
for and little else: measured on statements never seen, they find about a quarter of the claims, though the
instruments and the states are found (see ``docs/reader.md``). This module reads the rest by what the sentence looks
like rather than by a wording: for every state and instrument a sentence names together (the speaker's own state
where the sentence says "we", an instrument the passage is about where it names none), one logistic model per kind of
claim gives the probability that the sentence tells that state's act on that instrument.

The model is trained by ``benchmarks/train_claim_model.py`` on the hand-annotated statements of the opened sets
(``tests/statements``), never on a held-out set, and shipped as ``claim_model.gz`` beside this module: nothing is
downloaded. A claim it reads is judged against the data like every other (:func:`armscontrol.reader.claims.judge`) and
says in its evidence that the model read it, with its probability and how often the model's claims of that kind were
right in cross-validation. A claim a rule reads is never replaced. Below a kind's confident threshold the model reads
a claim only from a sentence that holds a word of the act (:data:`ACT_WORDS`), and only where the data agrees with it;
from the confident threshold up, wherever the data does not contradict it. About one annotated claim in ninety is
false on the record, while the model misreads one in four or three, so a contradiction is left unsaid rather than laid
at the statement's door, and a weak reading the data cannot judge would rest on the model's guess alone.

The features of one candidate (state, instrument, sentence) are words, not weights of a language model: the
sentence's words and word pairs with the state and the instrument put in their place, the words just before and
after each, the words between them, word stems (the first five letters), and the group of each word that says
something of an act (:data:`WORD_GROUPS`: signing, joining, entry into force, negation, ...) in the same places. The
probability of kind :math:`k` is

.. math:: p_k = \\sigma\\left(b_k + \\sum_{f \\in F} w_{k,f}\\right)

over the features :math:`F` the model knows; a statement's claim is read where the highest :math:`p_k` over its
sentences reaches the kind's threshold.
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import datetime as dt
import functools
import gzip
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from armscontrol.data import registry
from armscontrol.data.parties import party_name
from armscontrol.reader.claims import (
    GREETS,
    LEGISLATURE_NAMED,
    Mentioned,
    judge,
    only_wished,
    without_treaty_of_protocol,
)
from armscontrol.reader.descriptions import parent_of
from armscontrol.reader.models import Claim

MODEL_PATH = Path(__file__).with_name("claim_model.gz")

PARTY_KINDS = (
    "signed",
    "not_signed",
    "ratified",
    "not_ratified",
    "bound",
    "withdrew",
    "suspended",
    "ratification_revoked",
)
"""The kinds of claim told of a state's act, read for a (state, instrument) pair."""
INSTRUMENT_KINDS = ("in_force", "not_in_force", "extended")
"""The kinds told of an instrument alone (no state), read for an instrument."""

OPPOSITE = {
    "signed": "not_signed",
    "not_signed": "signed",
    "ratified": "not_ratified",
    "not_ratified": "ratified",
    "in_force": "not_in_force",
    "not_in_force": "in_force",
    "bound": "not_ratified",
}
"""A model's claim is not read where a rule read the opposite for the same state and instrument."""

WISHED = frozenset(
    "should must shall would could will urge urges calls hopes ready if early earliest encourage encourages wish "
    "proposed consider facilitate towards preparations essential important vital crucial speedy swift prompt "
    "universalization universalisation universality".split()
)
"""Words that make a sentence's act one wished, asked, offered or supposed: the model reads no claim in such a
sentence. (The model weighs them already; leaving their sentences out raises its cross-validated precision from 0.67
to 0.70 for recall 0.585 to 0.570: docs/reader.md.)"""

WORD_GROUPS: dict[str, str] = {
    "sign": r"sign|signs|signed|signing|signature|signatures|signatory|signatories|co-?sign\w*|subscrib\w*",
    "join": r"ratif\w*|acced\w*|accession\w*|adhe\w*|join\w*|deposit\w*|party|parties|member\w*|instruments?"
    r"|approv\w*|consent\w*|bound",
    "commit": r"commit\w*|obligat\w*|abid\w*",
    "force": r"force|effect\w*|enter\w*|entry|operative|valid\w*|binding|expir\w*|laps\w*|terminat\w*|ceased?|end"
    r"|ended|ends|dead|collaps\w*|died|defunct|exist\w*",
    "withdraw": r"withdr\w*|exit\w*|left|leav\w*|pull\w*|quit\w*|abandon\w*|renounc\w*|denounc\w*",
    "suspend": r"suspen\w*|halt\w*|freez\w*|froze\w*",
    "revoke": r"revo\w*|rescind\w*|de-?ratif\w*|recall\w*",
    "extend": r"exten\w*|prolong\w*|renew\w*",
    "negation": r"not|never|yet|refus\w*|fail\w*|declin\w*|reject\w*|without|non|no|nor|neither|outside",
    "future": r"will|shall|would|plan|plans|planned|intend\w*|going",
    "tense": r"has|have|had|was|were|is|are|been|be",
}
"""Groups of words (lower case, whole words) by what they say of an act: the model's features name a word's group
beside the word (a wording it has not seen still weighs by its group), and the gate (:data:`ACT_WORDS`) asks for a
word of the act's group."""
_GROUP_PATTERNS = [(group, re.compile(rf"(?:{words})$")) for group, words in WORD_GROUPS.items()]

ACT_WORDS: dict[str, re.Pattern] = {
    kind: re.compile(rf"(?:{'|'.join(WORD_GROUPS[g] for g in groups)})$")
    for kind, groups in {
        "signed": ("sign",),
        "not_signed": ("sign",),
        "ratified": ("join",),
        "not_ratified": ("join",),
        "bound": ("join", "commit"),
        "withdrew": ("withdraw",),
        "suspended": ("suspend",),
        "ratification_revoked": ("revoke", "withdraw"),
        "in_force": ("force",),
        "not_in_force": ("force",),
        "extended": ("extend",),
    }.items()
}
"""The words a sentence must hold for the model to read a claim of each kind in it: a signature is told by a word of
signing, a state's standing by one of ratifying, joining or being a party, and so on. The model weighs the words
already; the gate keeps it from reading an act in a sentence that has no word for it, where a state and an instrument
merely stand together (docs/reader.md, "The twenty-sixth pass")."""


@functools.lru_cache(maxsize=4096)
def _group(word: str) -> str | None:
    """The first of :data:`WORD_GROUPS` that ``word`` belongs to."""
    return next((group for group, pattern in _GROUP_PATTERNS if pattern.match(word)), None)


def tells(kind: str, names: Iterable[str]) -> bool:
    """Whether a candidate's sentence (its features ``names``) holds a word of ``kind``'s act (:data:`ACT_WORDS`)."""
    pattern = ACT_WORDS[kind]
    return any(n.startswith("u=") and pattern.match(n, 2) for n in names)


_NOT_THE_ACT: tuple[tuple[frozenset[str], re.Pattern], ...] = (
    # "sent to the Duma for ratification", "submitted for ratification": a ratification ahead, not one taken
    (frozenset({"ratified", "bound"}), re.compile(r"\bfor\s+(?:its\s+|their\s+)?ratification\b", re.I)),
    # "signed the law on ratification", "signed into law": a law signed is the ratification's step, not the treaty's
    # signature (the rules read it as the ratification)
    (frozenset({"signed", "not_signed"}), re.compile(r"\b(?:law|laws|bill|decree)\b", re.I)),
    # "the Duma voted to pass a law revoking the ratification", "a bill on withdrawal": a legislature's step toward the
    # act, not the act (the rules read the same: claims.LEGISLATURE)
    (
        frozenset({"ratification_revoked", "withdrew", "suspended"}),
        re.compile(r"\bvot\w*\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:pass|adopt|approv)\w*|\b(?:bills?|draft\s+laws?)\b", re.I),
    ),
    # "joined the Forum after the establishment of the Treaty", "joined the call": a body or an effort joined, not
    # the instrument
    (
        frozenset({"ratified", "bound"}),
        re.compile(
            r"\bjoin(?:ed|s|ing)?\s+(?:the\s+|a\s+|an\s+|in\s+)?(?:[\w-]+\s+){0,3}?(?:Forum|Group|Committee|Commission"
            r"|Conference|Organi[sz]ation|Alliance|Agency|Council|Community|Movement|Assembly|talks|negotiations|consensus"
            r"|call|appeal|statement|declaration|efforts?|initiative|coalition|campaign)\b",
            re.I,
        ),
    ),
    # "sent missions to the countries whose ratifications are required ... but which have not yet ratified": a
    # sentence about the states whose ratification is still needed reads no ratification
    (
        frozenset({"ratified"}),
        re.compile(r"\bwhose\s+ratifications?\s+(?:is|are)\s+(?:still\s+)?(?:required|needed|necessary)\b", re.I),
    ),
    # "the NPT entered into force for Montenegro": a state's entry into force, not the instrument's own
    (
        frozenset({"in_force", "not_in_force"}),
        re.compile(r"\b(?:in|into)\s+force\s+for\s+(?:the\s+)?(?-i:[A-Z])", re.I),
    ),
)
"""Wordings where a sentence's word of the act is not about the act the model would read: no claim of those kinds is
read from such a sentence by the model."""

_WISHED_FEATURES = frozenset(f"u={word}" for word in WISHED)

_WORD = re.compile(r"<[A-Z]>|non-[a-z]+|[a-z]+(?:'[a-z]+)?|\d+")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|ourselves)\b|\bI\b", re.I)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


@dataclass(frozen=True)
class Candidate:
    """One (state, instrument) pair a sentence names together, or one instrument alone (``party`` None)."""

    sentence: tuple[int, int]
    party: str | None
    party_span: tuple[int, int] | None
    """Where the state is named; None for the speaker's "we" or an instrument alone."""
    instrument: str
    instrument_span: tuple[int, int] | None
    """Where the instrument is named; None where the sentence names none and the passage is about it."""
    speaker: bool = False


# "Protocols I and II to the Treaty": the treaty named as what its protocols are to
_TO_THE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
# "the Treaty between the United States and Russia": the sides an instrument's name or description gives
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w.'-]+\s+){0,4}?(?:and\s+(?:the\s+)?)?$", re.I)
# "Russia welcomes the ratification", "France recalls that", "Japan has made approaches to": a state that comments on
# an act, or approaches others about it, is not told taking it
_COMMENTS = re.compile(
    rf"\s*(?:(?:also|again|warmly|strongly|has|have|had)\s+){{0,2}}(?:{GREETS}|recall\w*|not(?:es|ed)|commend\w*"
    r"|made\s+approaches)\b",
    re.I,
)


def _not_an_actor(text: str, a: int, start: int, end: int, named: list[tuple[str, tuple[int, int] | None]]) -> bool:
    """A state the sentence names as one side of an instrument ("the Treaty between the United States and Russia",
    "the Soviet-United States INF Treaty"), or as commenting on an act ("Russia welcomes"): never a candidate."""
    if _BETWEEN.search(text, max(a, start - 60), start) or _COMMENTS.match(text, end):
        return True
    after = text[end : end + 2]
    return after.startswith("-") or any(span is not None and 0 <= span[0] - end <= 1 for _, span in named)


@dataclass(frozen=True)
class Statement:
    """What the model reads of a statement, as the reader has read it: the text (an English gloss where the statement
    is in another language), its sentences, the states (code, start, end) and the instrument mentions each sentence
    names by index, the instrument each sentence's passage is about, and the speaker's state."""

    text: str
    sentences: Sequence[tuple[int, int]]
    states_in: Mapping[int, list]
    mentions_in: Mapping[int, list]
    passage: Mapping[int, Mentioned | None]
    speaker: str | None


def candidates(statement: Statement) -> list[Candidate]:
    """Every candidate of a statement: each sentence's states (and the speaker where it says "we") with each of its
    instruments (or the passage's, where it names none), and each of its instruments alone."""
    text, mentions_in, states_in, speaker = (
        statement.text,
        statement.mentions_in,
        statement.states_in,
        statement.speaker,
    )
    out: list[Candidate] = []
    for index, (a, b) in enumerate(statement.sentences):
        # (a treaty named only as what a protocol is to is not what the sentence tells an act of; and, beyond the
        # rules' filter, one named right after "to the" where the sentence names one of its protocols)
        mentioned = without_treaty_of_protocol(text, list(mentions_in.get(index, [])), a)
        protocols_of = {parent_of(m.id) for m in mentioned if m.id is not None}
        named: list[tuple[str, tuple[int, int] | None]] = [
            (m.id, (m.start, m.end))
            for m in mentioned
            if m.id is not None and not (m.id in protocols_of and _TO_THE.search(text, max(a, m.start - 8), m.start))
        ]
        if not named:
            before = statement.passage.get(index)
            if before is None or before.id is None:
                continue
            named = [(before.id, None)]
        parties: list[tuple[str, tuple[int, int] | None, bool]] = [
            (str(s[0]), (int(s[1]), int(s[2])), False)
            for s in states_in.get(index, [])
            if s[0] and not _not_an_actor(text, a, int(s[1]), int(s[2]), named)
        ]
        if speaker and _FIRST_PERSON.search(text, a, b):
            parties.append((speaker, None, True))
        seen: set[tuple] = set()
        for instrument, span in named:
            if (None, instrument) not in seen:
                seen.add((None, instrument))
                out.append(Candidate((a, b), None, None, instrument, span))
            for party, party_span, own in parties:
                key = (party, instrument, party_span)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Candidate((a, b), party, party_span, instrument, span, own))
    return out


def _marks(candidate: Candidate, others: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The marks put in a sentence's place, in order: the candidate's state ``<P>`` and instrument ``<I>``, then each
    other mark (``<S>``, ``<T>``) that overlaps no mark kept before it."""
    own: list[tuple[int, int, str]] = []
    if candidate.party_span is not None:
        own.append((*candidate.party_span, "<P>"))
    if candidate.instrument_span is not None:
        own.append((*candidate.instrument_span, "<I>"))
    # an other mark is kept where it overlaps no mark kept before it: the candidate's own, then the others kept, which
    # never overlap one another, so in start order their ends rise and the last one starting before this one ends is
    # the only one to check (a sentence listing a hundred states is read in linear, not quadratic, time)
    starts: list[int] = []
    kept: list[tuple[int, int, str]] = []
    for start, end, what in others:
        if any(s < end and start < e for s, e, _ in own):
            continue
        at = bisect.bisect_left(starts, end)
        if at and kept[at - 1][1] > start:
            continue
        starts.insert(at, start)
        kept.insert(at, (start, end, what))
    return sorted(own + kept)


def _tokens(text: str, candidate: Candidate, others: Iterable[tuple[int, int, str]]) -> list[str]:
    """The sentence's words, the candidate's state as ``<P>``, its instrument as ``<I>``, other states ``<S>``, other
    instruments ``<T>`` (:func:`_marks`), years ``<Y>`` and other numbers ``<N>``."""
    a, b = candidate.sentence
    pieces: list[str] = []
    cursor = a
    for start, end, what in _marks(candidate, others):
        if start < cursor or start >= b:
            continue
        pieces.append(text[cursor:start].lower())
        pieces.append(f" {what} ")
        cursor = end
    pieces.append(text[cursor:b].lower())
    words = _WORD.findall("".join(pieces))
    return ["<Y>" if _YEAR.match(w) else "<N>" if w.isdigit() else w for w in words]


def _stem(word: str) -> str:
    return word if word.startswith("<") else word[:5]


def features(text: str, candidate: Candidate, others: Iterable[tuple[int, int, str]]) -> list[str]:
    """The features of one candidate (see the module docstring)."""
    words = _tokens(text, candidate, others)
    out = [f"u={w}" for w in words]
    out += [f"s={_stem(w)}" for w in words]
    out += [f"b={x}_{y}" for x, y in zip(words, words[1:], strict=False)]
    out += [f"g={group}" for w in words if (group := _group(w))]
    kind = "speaker" if candidate.speaker else "state" if candidate.party else "none"
    out.append(f"party={kind}")
    out.append(f"instrument={'named' if candidate.instrument_span else 'passage'}")
    states = words.count("<S>") + (1 if candidate.party_span else 0)
    out.append(f"states={min(states, 5)}")
    p = words.index("<P>") if "<P>" in words else None
    i = words.index("<I>") if "<I>" in words else None
    for name, at, left, right in (("P", p, 4, 7), ("I", i, 4, 5)):
        if at is None:
            continue
        for offset in range(-left, right + 1):
            if offset and 0 <= at + offset < len(words):
                w = words[at + offset]
                out.append(f"{name}{offset:+d}={_stem(w)}")
                out.append(f"{name}{'L' if offset < 0 else 'R'}={_stem(w)}")
                if group := _group(w):
                    out.append(f"g{name}{offset:+d}={group}")
                    out.append(f"g{name}{'L' if offset < 0 else 'R'}={group}")
    if p is not None and i is not None:
        lo, hi = sorted((p, i))
        between = words[lo + 1 : hi]
        out.append(f"order={'PI' if p < i else 'IP'}")
        out.append(f"gap={min(len(between) // 3, 6)}")
        out += [f"B={_stem(w)}" for w in between]
        out += [f"gB={group}" for w in between if (group := _group(w))]
    if candidate.speaker:
        first = words.index("we") if "we" in words else None
        if first is not None:
            out += [f"W+{k}={_stem(words[first + k])}" for k in range(1, 5) if first + k < len(words)]
            out += [f"gW+{k}={g}" for k in range(1, 5) if first + k < len(words) and (g := _group(words[first + k]))]
    return out


def logistic(z: np.ndarray) -> np.ndarray:
    """The logistic function :math:`1 / (1 + e^{-z})`, with ``z`` clipped to [-40, 40] (no overflow; the
    probabilities differ from 0 and 1 by less than 1e-17 there)."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))


@dataclass(frozen=True, eq=False)
class Model:
    """The trained weights: a vocabulary of features, a weight for each feature and kind, a bias and a threshold for
    each kind."""

    vocabulary: dict[str, int]
    kinds: tuple[str, ...]
    weights: np.ndarray
    """``weights[f, k]``: feature ``f``, kind ``kinds[k]`` (features whose every weight rounds to zero are left out)."""
    bias: np.ndarray
    thresholds: np.ndarray
    """From each kind's threshold up, a claim is read from a sentence holding a word of its act, where the data
    agrees."""
    trained_on: dict
    confident: np.ndarray | None = None
    """From each kind's confident threshold up, a claim is read whatever the sentence's words, unless the data
    contradicts it (None: no such threshold)."""

    def sure(self, k: int, probability: float) -> bool:
        """Whether ``probability`` of kind ``kinds[k]`` reaches its confident threshold."""
        return self.confident is not None and probability >= self.confident[k]

    def probabilities(self, names: Iterable[str]) -> np.ndarray:
        """The probability of each of ``kinds`` for one candidate's features: :math:`\\sigma(b_k + \\sum_f w_{f,k})`
        over the features the model knows (one it does not know adds nothing)."""
        index = [self.vocabulary[n] for n in set(names) if n in self.vocabulary]
        return logistic(self.bias + self.weights[index].sum(axis=0))


def save(model: Model, path: Path) -> None:
    """Write ``model``: gzip (no time stamp) of a one-line JSON header (kinds, biases, thresholds, what it was trained
    on, the vocabulary) and the weights as little-endian float32, rounded to four decimals; the same model gives the
    same file byte for byte. (JSON weights took 0.8 s to load, a delay on every ``armscontrol read``.)"""
    names = sorted(model.vocabulary, key=model.vocabulary.__getitem__)
    header = {
        "kinds": list(model.kinds),
        "bias": [round(float(x), 4) for x in model.bias],
        "thresholds": [round(float(x), 4) for x in model.thresholds],
        **({} if model.confident is None else {"confident": [round(float(x), 4) for x in model.confident]}),
        "trained_on": model.trained_on,
        "vocabulary": names,
        "shape": [len(names), len(model.kinds)],
    }
    raw = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii") + b"\n"
    raw += np.round(np.asarray(model.weights, dtype=float), 4).astype("<f4").tobytes()
    path.write_bytes(gzip.compress(raw, mtime=0))


def load(path: Path = MODEL_PATH) -> Model:
    """The shipped model (or one at ``path``)."""
    raw = gzip.decompress(path.read_bytes())
    cut = raw.index(b"\n")
    header = json.loads(raw[:cut])
    kinds = tuple(header["kinds"])
    return Model(
        vocabulary={name: i for i, name in enumerate(header["vocabulary"])},
        kinds=kinds,
        weights=np.frombuffer(raw[cut + 1 :], dtype="<f4").astype(float).reshape(header["shape"]),
        bias=np.asarray(header["bias"], dtype=float),
        thresholds=np.asarray(header["thresholds"], dtype=float),
        trained_on=header["trained_on"],
        confident=np.asarray(header["confident"], dtype=float) if "confident" in header else None,
    )


@functools.lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The model shipped with the reader; None where the file is absent (a checkout before it was trained)."""
    return load() if MODEL_PATH.exists() else None


_RULES_ONLY: contextvars.ContextVar[bool] = contextvars.ContextVar("_RULES_ONLY", default=False)


@contextlib.contextmanager
def rules_only() -> Iterator[None]:
    """Within it, the reader reads with its rules alone, the model set aside (``benchmarks/reader_accuracy.py
    --rules-only``: the figures of docs/reader.md's "rules alone")."""
    token = _RULES_ONLY.set(True)
    try:
        yield
    finally:
        _RULES_ONLY.reset(token)


RECORDING: contextvars.ContextVar[list | None] = contextvars.ContextVar("RECORDING", default=None)
"""Set to a list by the training script: every statement's text as read and its candidates with their features are
appended to it."""


def read_pairs(statement: Statement, model: Model | None = None) -> list[tuple[str, str | None, str, float, Candidate]]:
    """The claims the model reads: (kind, party, instrument, probability, the candidate that gave it), the best
    candidate of each claim whose probability reaches its kind's threshold."""
    text = statement.text
    found = candidates(statement)
    others_in: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for index, sentence in enumerate(statement.sentences):
        others_in[(sentence[0], sentence[1])] = [
            (int(s[1]), int(s[2]), "<S>") for s in statement.states_in.get(index, [])
        ] + [(m.start, m.end, "<T>") for m in statement.mentions_in.get(index, [])]
    rows = [(c, features(text, c, others_in.get(c.sentence, []))) for c in found]
    recording = RECORDING.get()
    if recording is not None:
        recording.append((text, rows))
    model = model or (None if _RULES_ONLY.get() else shipped())
    if model is None:
        return []
    best: dict[tuple[str, str | None, str], tuple[float, Candidate]] = {}
    for candidate, names in rows:
        if not _WISHED_FEATURES.isdisjoint(names):
            continue
        probabilities = model.probabilities(names)
        kinds = INSTRUMENT_KINDS if candidate.party is None else PARTY_KINDS
        for k, kind in enumerate(model.kinds):
            if kind not in kinds:
                continue
            gated = probabilities[k] >= model.thresholds[k] and tells(kind, names)
            if not (gated or model.sure(k, probabilities[k])):
                continue
            key = (kind, candidate.party, candidate.instrument)
            if key not in best or probabilities[k] > best[key][0]:
                best[key] = (float(probabilities[k]), candidate)
    return [(k, p, i, prob, c) for (k, p, i), (prob, c) in best.items()]


def _right_rate(model: Model | None, kind: str, sure: bool) -> str:
    """ "; 0.75 of its signed claims at this level were right in cross-validation": how often the model's claims of
    ``kind`` at its threshold (``sure``: at its confident threshold) were annotated claims, on statements it was not
    trained on (from the training script's ``--cv`` run)."""
    key = "cross_validated_precision_confident" if sure else "cross_validated_precision"
    rate = (model.trained_on.get(key) or {}).get(kind) if model else None
    if not rate:
        return ""
    return f"; {rate:.2f} of its {kind.replace('_', ' ')} claims at this level were right in cross-validation"


QUOTE_CHARS = 300
"""The longest passage a model's claim quotes: a longer sentence is quoted around the state (else the instrument)."""


def _passage(text: str, candidate: Candidate) -> tuple[int, int]:
    """The sentence, stripped; a sentence longer than ``QUOTE_CHARS`` only around the state or the instrument, cut at
    spaces."""
    a, b = candidate.sentence
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b - a <= QUOTE_CHARS:
        return a, b
    at = candidate.party_span or candidate.instrument_span or (a, a)
    lo = max(a, min(at[0] - QUOTE_CHARS // 2, b - QUOTE_CHARS))
    hi = min(b, lo + QUOTE_CHARS)
    if lo > a and (space := text.find(" ", lo, at[0])) != -1:
        lo = space + 1
    if hi < b and (space := text.rfind(" ", at[1], hi)) != -1:
        hi = space
    return lo, hi


def learned_claims(
    statement: Statement,
    on: dt.date,
    read: Sequence[Claim],
    anachronisms: frozenset[str] = frozenset(),
) -> list[Claim]:
    """The model's claims that no rule read (nor its opposite), judged against the data as of ``on``; an instrument
    the statement's date precedes is not judged (it is flagged as an anachronism elsewhere)."""
    text = statement.text
    taken = {(c.kind, c.party, c.instrument) for c in read}
    # where a rule read a claim in a sentence, its reading of who did what to that instrument, and of who took that
    # kind of step, stands
    parsed = [(c.start, c.end, c.instrument, c.kind) for c in read if c.instrument is not None]
    out: list[Claim] = []
    model = None if _RULES_ONLY.get() else shipped()
    for kind, party, instrument_id, probability, candidate in sorted(
        read_pairs(statement, model), key=lambda x: x[4].sentence
    ):
        if (kind, party, instrument_id) in taken or instrument_id in anachronisms:
            continue
        if (OPPOSITE.get(kind), party, instrument_id) in taken:
            continue
        a, b = candidate.sentence
        if any((i == instrument_id or k == kind) and start < b and a < end for start, end, i, k in parsed):
            continue
        if only_wished(text, a, b) or any(
            kind in kinds and wording.search(text, a, b) for kinds, wording in _NOT_THE_ACT
        ):
            continue
        if (
            kind in ("signed", "not_signed")
            and candidate.party_span is not None
            and LEGISLATURE_NAMED.search(text, *candidate.party_span)
        ):
            continue  # a legislature consents and ratifies; it signs nothing
        instrument = registry().instruments.get(instrument_id)
        if instrument is None:
            continue
        verdict, evidence, src = judge(kind, instrument, party, on)
        sure = model is not None and kind in model.kinds and model.sure(model.kinds.index(kind), probability)
        if verdict == "contradicted" or (verdict != "consistent" and not sure):
            # the model's reading is uncertain and official statements are seldom wrong on the record: where the data
            # says otherwise, the misreading is the likelier, so no statement is called false on the model's word; and
            # where the data does not know, nothing would stand behind the reading but the model's guess
            continue
        rate = _right_rate(model, kind, sure)
        a, b = _passage(text, candidate)
        quote = text[a:b]
        who = "" if party is None or candidate.party_span is not None else f" … {party_name(party)}"
        out.append(
            Claim(
                text=quote + who,
                start=a,
                end=b,
                party=party,
                instrument=instrument_id,
                kind=kind,  # type: ignore[arg-type]  # one of PARTY_KINDS or INSTRUMENT_KINDS
                verdict=verdict,  # type: ignore[arg-type]  # checked against the Literal's values where it is built
                evidence=f"{evidence} (read by the trained model, probability {probability:.2f}{rate}; no rule reads "
                "this wording; see docs/reader.md)",
                source=src,
                read_by="model",
            )
        )
    return out
