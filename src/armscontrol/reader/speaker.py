"""Whose voice a statement is: the state behind its "I" and "we", from its heading or its publisher.

A statement's opening lines usually say who speaks ("The White House, Office
of the Press Secretary", "Statement by the Ministry of Foreign Affairs of the
Russian Federation", "President of Russia"). The speaker's state is the state
those lines name as the office's, or the state of an office known by name
only. An international organisation (the United Nations, the CTBTO) has no
state: its "we" is no party to judge.
"""

from __future__ import annotations

import re

from armscontrol.reader.lexicon import STATE_NAMES
from armscontrol.reader.mentions import state_name_map

# Offices named without their state.
_OFFICES = {
    r"White\s+House|Office\s+of\s+the\s+Press\s+Secretary|USIS|USIA|United\s+States\s+Information\s+(?:Service|Agency)"
    r"|U\.\s?S\.\s+Department\s+of\s+State|Department\s+of\s+State|State\s+Department"
    # the record of the Congress: a senator's or a representative's "we" and "the Senate" are the United States'
    r"|Congressional\s+Record"
    # the President's own records: "Weekly Compilation of Presidential Documents", "Public Papers of the Presidents"
    r"|Executive\s+Office\s+of\s+the\s+President|Weekly\s+Compilation\s+of\s+Presidential\s+Documents"
    r"|Public\s+Papers\s+of\s+the\s+Presidents"
    # a President's message to his own legislature: "To the Congress of the United States:"
    r"|^To\s+the\s+(?:Congress|Senate)\s+of\s+the\s+United\s+States\b"
    # the White House's headings: "Remarks by the President on ...", "Statement by the Press Secretary" (another
    # state's President is "the President of ...")
    r"|^[ \t]*(?:Remarks|Statement|Message)\s+(?:by|of)\s+the\s+"
    r"(?:President|Vice\s+President|Press\s+Secretary)\b(?!\s+of\b)": "USA",
    r"Kremlin|President\s+of\s+Russia|Russian\s+Foreign\s+Ministry|Russian\s+MFA": "RUS",
    r"Foreign\s+and\s+Commonwealth\s+Office|Foreign,\s+Commonwealth\s+(?:&|and)\s+Development\s+Office"
    r"|10\s+Downing\s+Street|Secretary\s+of\s+State\s+for\s+Foreign\s+and\s+Commonwealth\s+Affairs"
    # the record of the House of Commons or of Lords: a minister's answer speaks for the Government
    r"|Her\s+Majesty['’]s\s+Government|\bH[CL]\s+Deb\b": "GBR",
    # (France's ministry under its own name, as the gloss leaves it: "Ministry of the Europe and of the Affaires
    # étrangères")
    r"Élysée|Elysee|Quai\s+d['’]Orsay|Minist(?:ère|ry)\s+(?:de\s+l['’]|of\s+the\s+)Europe\s+(?:et|and)\s+(?:des|of\s+the)\s+"
    r"Affaires\s+étrangères": "FRA",
}
# "Заявление Ministry of Foreign Affairs Russian Federation": a heading's Russian genitive, which the gloss leaves
# without its "of", at the head of its line
_HEADING_MINISTRY = re.compile(
    r"^[ \t]*(?:[^\W\d_]+[ \t]+)?(?:Ministry\s+of\s+Foreign\s+Affairs|Foreign\s+Ministry)\s+(?:the\s+)?"
    r"(?P<state>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})",
    re.M,
)
_INTERNATIONAL = re.compile(
    r"\b(?:United\s+Nations|Secretary-General|CTBTO|Preparatory\s+Commission|IAEA|Conference\s+on\s+Disarmament|NATO|European\s+Union)\b"
)
_OF_A_STATE = re.compile(
    r"\b(?:Ministry\s+of\s+Foreign\s+Affairs|Foreign\s+Ministry|President|Government|Embassy|Permanent\s+Mission|Prime\s+Minister|Acting\s+President)"
    r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*){0,5})"
)


# "UK STATEMENT TO THE CTBT ARTICLE XIV CONFERENCE", "Joint Statement by France and the United Kingdom": the states a
# heading names as the statement's authors
_STATEMENT_OF = re.compile(
    r"^\W*(?:(?:Draft\s+)?(?:Joint\s+)?(?:Statement|Declaration|Communiqu\w+)\s+(?:by|of)\s+(?P<by>[^\n(:;]{2,120})"
    r"|(?P<own>[A-Za-z.]+(?:\s+[A-Za-z.]+){0,3}?)['’]?\s+(?:Statement|Declaration)\b)",
    re.I | re.M,
)


_OBJECT_OF = re.compile(r"\b(?:by|of|to|at|in|with|from|before)\s+(?:the\s+)?$", re.I)


def _named_states(phrase: str) -> list[str]:
    """The states a list names, in order ("France and the United Kingdom, on the occasion of ..." -> FRA, GBR)."""
    out: list[str] = []
    for part in re.split(r"\s*,\s*|\s+and\s+", phrase):
        words = re.sub(r"^(?:the|The|THE)\s+", "", part.strip()).split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            code = STATE_NAMES.get(name) or STATE_NAMES.get(name.title()) or STATE_NAMES.get(name.upper())
            if code:
                out.append(code)
                break
        else:
            if out:
                break  # the list has ended ("..., on the occasion of")
    return list(dict.fromkeys(out))


def speaker_states(text: str, publisher: str | None = None) -> list[str]:
    """Every state whose voice ``text`` is: the authors a heading names ("Joint Statement by France and the United
    Kingdom": both), else the one of :func:`speaker_state`; none for an international organisation's text."""
    one = speaker_state(text, publisher)
    for line in text[:800].splitlines()[:4]:
        m = _STATEMENT_OF.match(line)
        if m is not None:
            named = _named_states(m.group("by") or m.group("own"))
            if named:
                return named
    return [one] if one else []


def speaker_state(text: str, publisher: str | None = None) -> str | None:
    """The state whose voice ``text`` is, from ``publisher`` or the text's opening lines; ``None`` when not a
    state's."""
    # (the first eight lines that hold words: a heading spaced out by blank lines is still the heading)
    head = (publisher or "") + "\n" + "\n".join([line for line in text[:1000].splitlines() if line.strip()][:8])
    found: list[tuple[int, str]] = []
    for line in text[:800].splitlines()[:4]:
        heading = _STATEMENT_OF.match(line)
        authors = _named_states(heading.group("by") or heading.group("own")) if heading is not None else []
        if authors:
            found.append((-1, authors[0]))
            break
    for pattern, code in _OFFICES.items():
        m = re.search(pattern, head, re.I | re.M)
        if m:
            found.append((m.start(), code))
    names = state_name_map()  # every state's names: "President of Mexico"
    for m in [*_OF_A_STATE.finditer(head), *_HEADING_MINISTRY.finditer(head)]:
        words = m.group("state").split()
        for n in range(len(words), 0, -1):
            named = names.get(" ".join(words[:n])) or names.get("the " + " ".join(words[:n]))
            if named:
                found.append((m.start(), named))
                break
    # ("adopted by the General Assembly of the United Nations": an organisation a heading names as the object of a
    # preposition is not the one that speaks)
    international = next(
        (m for m in _INTERNATIONAL.finditer(head) if not _OBJECT_OF.search(head, max(0, m.start() - 12), m.start())),
        None,
    )
    if not found or (international is not None and international.start() < min(found)[0]):
        return None
    return min(found)[1]
