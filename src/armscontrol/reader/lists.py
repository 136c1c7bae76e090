"""Lists of states and the standing a sentence gives them as a group, whatever the verb or the layout.

The cue rules of :mod:`armscontrol.reader.claims` start from a verb ("have ratified") and look for who did it. A list
of states is often tied to its standing the other way round: by a group named before it ("The two non-signatory States
were A and B", "Among the signatory States were six ...: A, B, C"), by a bracket or a clause after it ("A and B (the
only nuclear-weapon States who have yet to ratify)", "A, B and C -- have yet even to sign"), or by a group named in
the sentence before ("... the 14 States that have yet to ratify. These include A, B and C."). This module reads those
three ties for any list the cue rules left without a claim, with one grammar of standings:

- a standing is a phrase that says a step was or was not taken: "signatory", "non-signatory", "ratifying States",
  "that have (not) signed", "have yet to ratify", "signed but not ratified", "deposited their instruments of
  ratification";
- a group's standing passes to a list after it only through a link that makes the list its members ("are", "were",
  "include", "including", "namely", "such as", "among them", a colon, a dash or a bracket), within the clause;
- a list's own standing is the phrase right after it (in a bracket, after a dash or a relative pronoun, or as its
  verb).

A list takes its instrument from the sentence (the last named before it, else the first after it), else from the
passage. Nothing is read in a clause that speaks of a condition ("if", "unless", "whether"), and a step that is only
asked for ("to sign", "must ratify") is no standing. Each claim is judged by :func:`armscontrol.reader.claims.judge`
on the statement's date, as every other claim.
"""

from __future__ import annotations

import datetime as dt
import re

from armscontrol.reader.claims import (
    NONE_OF,
    UNION_OF_GROUPS,
    Mentioned,
    listed_claims,
    state_chains,
    step_named_before,
)
from armscontrol.reader.models import Claim

_NOT = r"(?:not|never)\s+(?:yet\s+|even\s+|so\s+far\s+|as\s+yet\s+)?"
_YET_TO = r"(?:(?:yet|still)\s+(?:even\s+)?to|still\s+(?:have|has|need|needs)\s+to)\s+"
_HAVE = r"(?:(?:have|has|had|who|which|that)\s+(?:already\s+|now\s+|so\s+far\s+|also\s+|all\s+|both\s+)?)"

STANDING = re.compile(
    # "signed but not ratified", "signatories that have not ratified", "signed the Treaty in London but have not
    # ratified it"
    rf"(?P<signed_not_ratified>\b{_HAVE}?signed\s+(?:[\w,]+\s+){{0,8}}?but\s+(?:have\s+|has\s+|had\s+)?{_NOT}ratified"
    rf"|\bsignator(?:y|ies)\s+(?:States\s+|countries\s+)?(?:but\s+)?(?:that|which|who)\s+(?:have|has)\s+{_NOT}ratified"
    r"|\b(?:signed|signatory|signatories)\s+but\s+(?:not|non)[\s-]?ratif\w*)"
    # "have neither signed nor ratified", "have not signed or ratified", "have yet to sign and ratify"
    rf"|(?P<neither>\bneither\s+signed\s+nor\s+ratified|\b{_NOT}signed\s+(?:n?or|and)\s+(?:not\s+)?ratified"
    rf"|\b{_YET_TO}sign\s+and\s+ratify)"
    # "have yet to ratify", "have not ratified", "yet to sign and/or ratify" (either way not ratified), "not acceded"
    rf"|(?P<not_ratified>\b{_NOT}(?:ratified|acceded|joined)\b|\b{_YET_TO}(?:sign\s+and/or\s+|sign\s+or\s+)?ratify\b"
    # "that had not yet deposited their instruments of ratification"
    rf"|\b{_NOT}deposited\s+(?:[\w-]+\s+){{0,3}}?instruments?\s+of\s+(?:ratification|accession)"
    # "six States not parties to the NPT (A, B, ...)", "non-party States"
    r"|\bnon-?ratif(?:ying|ied|iers?)\b|\bnot\s+(?:a\s+|yet\s+)?(?:States?\s+)?part(?:y|ies)\s+to\b|\bnon-?part(?:y|ies)\b"
    # "four countries ... remain outside the treaty – India, Pakistan, North Korea and Israel": not parties
    r"|\b(?:remain|remains|remained|stay|stays|stayed|are|is|were|was)\s+(?:still\s+)?outside\s+(?:of\s+)?"
    r"(?:the|this|that|its)\s+(?:treaty|Treaty|regime|NPT|CTBT|[A-Z][\w-]+\s+Treaty)\b"
    # "those nine States whose ratification is required for entry into force: A, B": the rest of a group the treaty
    # waits for (not "the 44 States whose ratification is required", all of them)
    r"|(?<=States\s|ntries\s|ations\s)(?<!44\sStates\s)(?<!44\scountries\s)(?<!four\sStates\s)"
    r"(?<!four\scountries\s)(?<!all\sStates\s)(?<!all\scountries\s)whose\s+(?:ratifications?|signature\s+and\s+ratification)\s+(?:is|are)\s+"
    r"(?:still\s+)?(?:required|needed|necessary|essential)\b)"
    # "non-signatory States", "have not signed", "yet to sign", "not a signatory"
    rf"|(?P<not_signed>\bnon-?\s?signator(?:y|ies)\b|\b{_NOT}signed\b|\b{_YET_TO}sign\b(?!\s+(?:and|or)\b)"
    r"|\bnot\s+(?:yet\s+)?(?:a\s+)?signator(?:y|ies)\b)"
    # "have signed and ratified"
    rf"|(?P<signed_and_ratified>\b{_HAVE}signed\s+and\s+ratified\b)"
    # "ratifying States", "that have ratified", "deposited their instruments of ratification"
    # ("for recently completing their ratification of the Treaty")
    # ("We welcome each new ratifying State – A, B and C")
    rf"|(?P<ratified>\bratifying\s+(?:States?|countries|country|nations?)\b|\b{_HAVE}(?:ratified|acceded)\b"
    r"|\b(?:completing|completed|depositing|deposited)\s+(?:their|its)\s+(?:instruments?\s+of\s+)?ratifications?\b"
    r"|\bdeposited\s+(?:[\w-]+\s+){0,3}?instruments?\s+of\s+(?:ratification|accession))"
    # "signatory States", "the signatories", "that have signed"
    rf"|(?P<signed>(?<!non-)(?<!non)\bsignator(?:y|ies)\b|\b{_HAVE}signed\b)"
    # "The Treaty was signed in Bangkok in December 1995 by 10 regional States: A, B, ...": a passive whose agent is the
    # group
    r"|(?P<signed_by>\bsigned\s+(?:[^.;:]{0,80}?\s)?by\s+(?:all\s+|the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)?\s*(?:[\w-]+\s+){0,2}?(?:States|countries|nations|members)\b)"
    r"|(?P<ratified_by>\bratified\s+(?:[^.;:]{0,80}?\s)?by\s+(?:all\s+|the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)?\s*(?:[\w-]+\s+){0,2}?(?:States|countries|nations|members)\b)"
    # "the five recognised nuclear weapon states – Britain, China, ...", "as the nuclear-weapon states designated by the
    # NPT": the Non-Proliferation Treaty's own term (Article IX.3) for five of its parties, read of it alone
    r"|(?P<nws>\b(?<!non-)(?<!non\s)(?:the\s+)?(?:(?:five|5)\s+)?(?:(?:recogni[sz]ed|declared|official|acknowledged)\s+)?"
    r"nuclear[- ]weapons?[- ]States\b)"
    # "the new States Parties to the Treaty, namely A, B": joined, and bound
    r"|(?P<joined>\b(?:new|newest|latest)\s+(?:States?\s+)?Part(?:y|ies)\b)"
    # "it obliges the ASEAN member states: A, B, ... not to develop ...": what the instrument binds them to
    # ("The treaty commits its five states-parties in Central Asia—A, B, ...")
    r"|(?P<obliged>(?<!will\s)(?<!would\s)(?<!shall\s)\b(?:obliges|binds|bound|commits)\s+(?:all\s+)?(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:States-)?(?:States|countries|nations|members|parties)\b)"
    # "The CANWFZ treaty is a legally binding commitment by Central Asian States (A, B, ...)": the States it binds
    r"|(?P<committed>\b(?:legally\s+binding\s+|binding\s+)?(?:commitment|undertaking)s?\s+(?:by|of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:States|countries|nations)\b)"
    # "the States Parties to the Treaty are A, B", "Parties to the Treaty include A, B"
    r"|(?P<bound>\bStates?\s+Part(?:y|ies)\b|\b(?-i:Parties)\s+to\b)",
    re.I,
)
"""One standing: which step a state took or did not take (see the module docstring)."""

_KINDS = {
    "signed_not_ratified": ("signed", "not_ratified"),
    "neither": ("not_signed", "not_ratified"),
    "not_ratified": ("not_ratified",),
    "not_signed": ("not_signed",),
    "signed_and_ratified": ("signed", "ratified"),
    "ratified": ("ratified",),
    "signed": ("signed",),
    "joined": ("ratified", "bound"),
    "signed_by": ("signed",),
    "ratified_by": ("ratified",),
    "bound": ("bound",),
    "obliged": ("bound",),
    "committed": ("bound",),
    "nws": ("bound",),
}

# Between a group's standing and the list of its members: words of the same clause, then a link that makes what
# follows its members.
_LINK = re.compile(
    r"[^.;!?]{0,140}?(?P<link>\b(?:are|were|include|includes|included|including|namely|such\s+as|among\s+them|notably|"
    r"being|comprise|comprising|consist\s+of)\b\s*:?|:|--|[—–]|\s-|\()\s*(?:the\s+)?(?:following\s*:?\s*)?"
    # "including the nuclear powers A, B": members of the group named again, more narrowly, after the link
    r"(?:(?:[\w-]+\s+){0,4}?(?:States|countries|nations|powers)\s*(?:of\s+)?:?\s*)?$",
    re.I,
)
# A group named by its standing, then its members set off by a comma: "commits its signatories, A, B and C, to ..."
_NOMINAL = re.compile(r"(?:signator(?:y|ies)|Part(?:y|ies)|States)$", re.I)
_APPOSITION = re.compile(r"(?P<link>\s*(?:States\s*)?,)\s*(?:the\s+)?$", re.I)
# A list that is a group named in the sentence before: "These include A, B", "They are A and B", "Among them are".
_BACK_LINK = re.compile(
    r"\s*(?:(?P<rest>the\s+(?:[\w-]+\s+)?(?:remaining|other|rest)(?:\s+[\w-]+)?)"
    r"|these|they|those|among\s+(?:them|these|those)|the\s+(?:[\w-]+\s+){0,3}?(?:states|countries|nations))"
    r"\s+(?:[\w-]+\s+)?(?:include|includes|included|are|were|being)\s*:?\s*(?:the\s+)?$",
    re.I,
)
# After a list: a bracket, a dash, a comma and a relative pronoun, or its verb, then the standing.
_AFTER = re.compile(
    # ("We commend A, B and C for recently completing their ratification"; "A, B and C as signatory nations of")
    r"\s*(?:\(|--|[—–]|,)?\s*(?:for\s+(?:\w+ly\s+)?|as\s+)?(?:(?:are|were|remain|remained|all|both|each|the\s+only\s+"
    r"(?:[\w-]+\s+){0,4}?(?:states|countries|nations))\s+)*(?:(?:which|who|that)\s+)?",
    re.I,
)
_HAVE_VERB = re.compile(r"(?:have|has|had)\s+", re.I)
# What may follow a list's own verb: nothing more in the clause, the instrument ("it", "the Treaty"), or a named one;
# "A and B have signed the agreement on ..." speaks of an instrument the passage may not be about.
_OBJECT = re.compile(
    r"\s*(?:[,.;:)]|--|[—–]|$|(?:it|them|both|too|also|already|so\s+far|to\s+date)\b"
    r"|(?:the|this|that|these|both)\s+(?:[\w-]+\s+){0,2}?(?:treaty|treaties|protocols?|convention|instruments?)\b"
    r"(?!\s+(?:on|of|between|concerning|banning|prohibiting)\b))",
    re.I,
)
# Between a group's standing and its list, what is asked for or supposed: the list is not told as members.
_CONDITION = re.compile(r"\b(?:if|unless|whether|should|must|urge[sd]?|call(?:s|ed)?\s+(?:on|upon))\b", re.I)
# Just before a list, a condition or a time to come: "if A and B sign", "once A, B and C have ratified".
_SUPPOSED = re.compile(r"\b(?:if|unless|whether|once|until|before)\b[^.;:]*$", re.I)
# Two parts of one list, a bracket between them: "A and B (...) as well as C, D and E".
# (or "plus": "the seven ASEAN States of A, B and C, plus D, E and F")
_PARTS = re.compile(
    r"\s*\([^()]{1,200}\)\s*,?\s*(?:and\s+|as\s+well\s+as\s+|,\s*)(?:the\s+)?$|\s*,?\s*plus\s+(?:the\s+)?$", re.I
)
_MAX_LEAD = 260
# The group noun a standing is said of, right after it ("signatory States"), and any other group noun: a list after
# another group ("its signatories ... the five original nuclear powers: A, B") belongs to that one.
_OWN_HEAD = re.compile(r"\s+(?:States|countries|nations|Governments)\b", re.I)
_OTHER_GROUP = re.compile(
    r"\b(?:States|countries|nations|powers|members|parties|signatories|Governments|republics|democracies)\b", re.I
)


def _kinds(match: re.Match[str]) -> tuple[str, ...]:
    return _KINDS[next(k for k, v in match.groupdict().items() if v)]


# The step not taken, by the kinds of a standing that took it (:func:`_kinds`: "ratified_by" reads as ("ratified",)):
# the standing of the rest of a group whose other members took a step
_REST_KINDS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("ratified",): ("not_ratified",),
    ("signed",): ("not_signed",),
}
# A list led by "none of" ("None of the five – A, B and C – are signatories", claims.NONE_OF): each state's step denied,
# a party's standing as no ratification
_DENIED: dict[tuple[str, ...], tuple[str, ...]] = {**_REST_KINDS, ("bound",): ("not_ratified",)}
# "35 have already done so", "153 of these have also ratified it": the step a count of the group took
_DONE_SO = re.compile(
    r"\b(?:\d[\d,]*|[a-z]+(?:[\s-][a-z]+)?)\s+(?:of\s+(?:them|these|those|the)\s+(?:[\w-]+\s+){0,2}?(?:States\s+|countries\s+)?)?"
    r"(?:have|has|had)\s+(?:already\s+|also\s+|now\s+)?"
    r"(?:done\s+so|(?P<act>ratified|signed))\b",
    re.I,
)


def _rest_standing(text: str, a: int, b: int, lead: re.Match[str] | None) -> re.Match[str] | None:
    """The step the rest of a group did not take, from the sentence before ([a, b)): its count's step ("35 have
    already done so", after "the 44 countries that have to ratify"), else its last standing."""
    done = None
    for m in _DONE_SO.finditer(text, a, b):
        done = m
    if done is None:
        steps = [m for m in STANDING.finditer(text, a, b) if _kinds(m) in _REST_KINDS]
        return steps[-1] if steps else lead
    act = done.group("act")
    if act is None:
        act = step_named_before(text, a, done.start(), accession=False)
        if act is None:
            return lead
    return STANDING.match(f"have {act.lower()}")


def _lists(text: str, states: list[tuple[str, int, int]]) -> list[list[list[tuple[str, int, int]]]]:
    """The sentence's lists of states, each as its parts (a part ends at a bracket that another part follows)."""
    lists: list[list[list[tuple[str, int, int]]]] = []
    for found in state_chains(text, states):
        if lists and _PARTS.fullmatch(text[lists[-1][-1][-1][2] : found[0][1]]):
            lists[-1].append(found)
        else:
            lists.append([found])
    return lists


def _lead_standing(text: str, a: int, start: int) -> re.Match[str] | None:
    """The standing of a group named before ``start`` in the clause, tied to what follows by a link."""
    lead_start = max(a, start - _MAX_LEAD)
    if UNION_OF_GROUPS.search(text, lead_start, start):
        return None  # "States that had ratified ... and States Signatories that had not ...: A, B": both groups'
    found = None
    for m in STANDING.finditer(text, lead_start, start):
        head = _OWN_HEAD.match(text, m.end(), start)
        gap = head.end() if head else m.end()
        link = _LINK.fullmatch(text, m.end(), start) or (
            _APPOSITION.fullmatch(text, m.end(), start) if _NOMINAL.search(m.group()) else None
        )
        if (
            link is not None
            and not _CONDITION.search(text, m.end(), start)
            and not _OTHER_GROUP.search(text, gap, link.start("link"))
        ):
            found = m
    return found


def _after_standing(text: str, end: int, b: int) -> re.Match[str] | None:
    """The standing said right after a list (in a bracket, after a dash or a relative pronoun, or as its verb)."""
    gap = _AFTER.match(text, end, b)
    position = gap.end() if gap else end
    found = STANDING.match(text, position, b)
    have = _HAVE_VERB.match(text, position, b)
    if found is None and have is not None:
        # "A and B have yet to sign", "who have not ratified": the standing after the verb's own "have"
        found = STANDING.match(text, have.end(), b)
    return found


def list_claims(
    text: str,
    sentences: list[tuple[int, int]],
    states_in: dict[int, list[tuple[str, int, int]]],
    mentions_in: dict[int, list[Mentioned]],
    passage: dict[int, Mentioned | None],
    claims: list[Claim],
    on: dt.date,
    anachronisms: frozenset[str],
) -> list[Claim]:
    """Claims for the lists of states the cue rules left without one, from the standing of the group they are
    members of, or their own standing said right after them (see the module docstring).

    ``passage`` gives, for each sentence, the instrument the passage was about before it (``None`` where none);
    ``claims`` are the claims already read: a part of a list with a claim on any of its states in its sentence is left
    to them.
    """
    used = {(c.instrument, c.party, c.kind) for c in claims}
    out: list[Claim] = []
    for index, (a, b) in enumerate(sentences):
        states = sorted(states_in.get(index, []), key=lambda s: s[1])
        if len(states) < 2:
            continue
        claimed = {c.party for c in claims if a <= c.start < b and c.party is not None}
        for listed in _lists(text, states):
            members = [s for part in listed for s in part]
            # a part with a claim on one of its states is left to the rule that read it
            parts = [part for part in listed if not any(s[0] in claimed for s in part)]
            if len(members) >= 2:
                out += _signed_in_bracket(
                    text,
                    [p for p in listed if p not in parts],
                    b,
                    mentions_in.get(index, []),
                    passage.get(index),
                    anachronisms,
                    on,
                    used,
                )
            if len(members) < 2 or not parts:
                continue
            start = members[0][1]
            if _SUPPOSED.search(text, max(a, start - 80), start):
                continue
            lead = _lead_standing(text, a, start)
            rest = False
            back = _BACK_LINK.fullmatch(text, a, start) if lead is None and index > 0 else None
            if back is not None:
                pa, pb = sentences[index - 1]
                before = [m for m in STANDING.finditer(text, pa, pb) if not _CONDITION.search(text, pa, m.start())]
                lead = before[-1] if before else None
                # "Thirty-four of these States have ratified the Treaty ... The ten remaining States are A, B": the
                # rest of a group did not take the step its other members took ("35 have already done so. The
                # remaining nine are: A, B", the step the sentence before names)
                rest = back.group("rest") is not None
                if rest:
                    lead = _rest_standing(text, pa, pb, lead)
            # each part's own standing after it (a bracket) overrides the group's
            standings: list[tuple[list[tuple[str, int, int]], re.Match[str] | None]] = []
            for part in parts:
                own = _after_standing(text, part[-1][2], b)
                named_next = any(own is not None and 0 <= m.start - own.end() <= 30 for m in mentions_in.get(index, []))
                nominal = own is not None and _NOMINAL.search(own.group())
                if own is not None and not named_next and not nominal and not _OBJECT.match(text, own.end(), b):
                    own = None
                standings.append((part, own))
            if lead is None and all(own is None for _, own in standings):
                continue
            own_mentions = mentions_in.get(index, [])
            instrument = _instrument(own_mentions, start, passage.get(index), anachronisms)
            if lead is not None and lead.start() < a:
                previous = [m for m in mentions_in.get(index - 1, []) if m.id is not None]
                # "21 countries are Parties to the TPNW and 32 to the CTBT. They are A, B, ...": the instrument the
                # group's standing names, not the last one of the sentence before
                said = next((m for m in previous if 0 <= m.start - lead.end() <= 12), None)
                if not own_mentions and said is not None and said.id not in anachronisms:
                    instrument = said.id
                instrument = instrument or _instrument(previous, lead.start(), None, anachronisms)
            if instrument is None:
                continue
            # "None of the 'Nuclear Five' – A, B and C – are signatories": the step denied to each
            denied = NONE_OF.search(text, max(a, start - 80), start) is not None
            for part, own in standings:
                standing = own or lead
                if standing is None or (standing.group("nws") and instrument != "npt"):
                    continue
                if denied and _kinds(standing) not in _DENIED:
                    continue
                # "A, B and C as signatory nations of X and Y": each instrument the group's noun names
                named = _of_instruments(text, own, b, mentions_in.get(index, []), anachronisms) if own else []
                span_start = min(part[0][1], standing.start()) if standing.start() >= a else part[0][1]
                span_end = max(part[-1][2], standing.end()) if standing.end() <= b else part[-1][2]
                kinds = _kinds(standing)
                if denied:
                    kinds = _DENIED[kinds]
                elif rest and standing is lead:
                    kinds = _REST_KINDS.get(kinds, ())
                for kind in kinds:
                    for each in named or [instrument]:
                        # a state whose ratification of the instrument is read already is bound by it: no second claim
                        parties: list[str | None] = [
                            p for p, _, _ in part if kind != "bound" or (each, p, "ratified") not in used
                        ]
                        out += listed_claims(kind, each, parties, text, span_start, span_end, on, used, name_party=True)
    return out


def _signed_in_bracket(
    text: str,
    parts: list[list[tuple[str, int, int]]],
    b: int,
    mentions: list[Mentioned],
    passage: Mentioned | None,
    anachronisms: frozenset[str],
    on: dt.date,
    used: set,
) -> list[Claim]:
    """The signature a bracket after a part of a list gives states a cue rule read as not having ratified ("A, B and C
    (signatory countries but which have not ratified)"): the part's states signed."""
    out: list[Claim] = []
    for part in parts:
        own = _after_standing(text, part[-1][2], b)
        if own is None or not own.group("signed_not_ratified") or "(" not in text[part[-1][2] : own.start()]:
            continue
        instrument = _instrument(mentions, part[0][1], passage, anachronisms)
        if instrument is not None:
            parties: list[str | None] = [p for p, _, _ in part]
            out += listed_claims("signed", instrument, parties, text, part[0][1], own.end(), on, used, name_party=True)
    return out


_NOMINAL_OF = re.compile(r"\s+(?:States|countries|nations)?\s*(?:of|to)\s", re.I)
_NEXT_VERB = re.compile(r"\b(?:are|is|were|was|have|has|had|will|shall)\b")


def _of_instruments(
    text: str, own: re.Match[str], b: int, mentions: list[Mentioned], anachronisms: frozenset[str]
) -> list[str]:
    """The instruments a nominal standing after a list is "of" ("as signatory nations of X and Y"), up to the clause's
    verb; none where the standing is no noun with "of" after it."""
    if not _NOMINAL.search(own.group()) or not _NOMINAL_OF.match(text, own.end(), b):
        return []
    verb = _NEXT_VERB.search(text, own.end(), b)
    end = verb.start() if verb else b
    return list(
        dict.fromkeys(
            m.id for m in mentions if m.id is not None and own.end() <= m.start < end and m.id not in anachronisms
        )
    )


def _instrument(
    mentions: list[Mentioned], start: int, passage: Mentioned | None, anachronisms: frozenset[str]
) -> str | None:
    """The instrument a list at ``start`` speaks of: the last named before it in its sentence, else the first after
    it, else the passage's; none where that is a name the registry lacks."""
    before = [m for m in mentions if m.start < start]
    target = before[-1] if before else mentions[0] if mentions else passage
    if target is None or target.id is None or target.id in anachronisms:
        return None
    return target.id
