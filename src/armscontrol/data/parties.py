"""Parties: ISO 3166-1 alpha-3 codes, with ``SUN`` for the Soviet Union."""

from __future__ import annotations

import functools

import pycountry

from armscontrol.errors import suggest

# Names people type that ISO does not spell that way.
COMMON_NAMES = {
    "russia": "RUS",
    "soviet union": "SUN",
    "ussr": "SUN",
    "us": "USA",
    "u.s.": "USA",
    "united states": "USA",
    "america": "USA",
    "uk": "GBR",
    "britain": "GBR",
    "united kingdom": "GBR",
    "north korea": "PRK",
    "dprk": "PRK",
    "south korea": "KOR",
    "iran": "IRN",
    "syria": "SYR",
    "laos": "LAO",
    "vietnam": "VNM",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "tanzania": "TZA",
    "moldova": "MDA",
    "congo": "COG",
    "drc": "COD",
}


@functools.cache
def party_names() -> dict[str, str]:
    names = {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}
    names["SUN"] = "Soviet Union"
    return names


def is_known_party(code: str) -> bool:
    return code in party_names()


def party_name(code: str) -> str:
    return party_names().get(code, code)


def resolve_party(text: str) -> str:
    """A party code from a code or a name, case-insensitive; unknown ones get a suggestion."""
    key = text.strip()
    names = party_names()
    if key.upper() in names:
        return key.upper()
    lowered = key.lower()
    if lowered in COMMON_NAMES:
        return COMMON_NAMES[lowered]
    for code, name in names.items():
        if name.lower() == lowered:
            return code
    raise suggest(key, [*names, *COMMON_NAMES], what="party")
