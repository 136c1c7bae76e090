"""Colours every chart shares: the Okabe–Ito palette, and one colour per side wherever a chart draws sides.

The calculator's charts, the dashboard's and the reports' all take a side's
colour from :func:`side_colours`, so the same side keeps the same colour on
every chart: the United States and Russia always, any other side for a given
set of sides. Okabe and Ito's palette stays distinguishable under the common
colour-vision deficiencies (M. Okabe and K. Ito, *Color Universal Design
(CUD): how to make figures and presentations that are friendly to colorblind
people*); every chart also names its sides in text.
"""

from __future__ import annotations

from collections.abc import Iterable

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
"""Blue, orange, bluish green, vermilion, reddish purple, sky blue, yellow, black."""

FIXED_SIDES = {"USA": "#0072B2", "RUS": "#D55E00"}
"""Sides whose colour never changes: the United States blue, Russia vermilion."""

OTHER_SIDES = ["#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
"""Colours for any other side, in order (yellow and black left out: too faint on white, and kept for marks)."""

NEUTRAL = "#000000"
"""For what belongs to no side (a combined index, a threshold)."""


def side_colours(sides: Iterable[str]) -> dict[str, str]:
    """A colour for each side: USA and RUS fixed, the others from :data:`OTHER_SIDES` in alphabetical order.

    Parameters
    ----------
    sides : iterable of str
        Side names (ISO 3166-1 alpha-3 codes in the shipped scenarios).

    Returns
    -------
    dict
        Side name to a hex colour; the same set of sides gives the same colours whatever their order.
    """
    names = sorted(set(sides))
    out = {name: FIXED_SIDES[name] for name in names if name in FIXED_SIDES}
    others = [name for name in names if name not in FIXED_SIDES]
    for i, name in enumerate(others):
        out[name] = OTHER_SIDES[i % len(OTHER_SIDES)]
    return out


def lighter(colour: str, amount: float = 0.55) -> str:
    """``colour`` mixed with white (``amount`` of white, 0 to 1): the same hue, for what a side lost."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (r, g, b)]
    return "#" + "".join(f"{c:02X}" for c in mix)


STATE_COLOURS = {
    "in_force": "#009E73",
    "not_yet_in_force": "#E69F00",
    "never_in_force": "#CC79A7",
    "ended": "#D55E00",
    "proposed": "#999999",
    "adopted": "#F0E442",
    "political_commitment": "#56B4E9",
    "not_yet_signed": "#DDDDDD",
}
"""A colour for each instrument state of the vocabulary (:data:`armscontrol.vocabulary.INSTRUMENT_STATES`), on every
chart."""

RELATION_COLOURS = {
    "party": "#0072B2",
    "ratified": "#56B4E9",
    "signatory": "#F0E442",
    "suspended": "#E69F00",
    "withdrawn": "#D55E00",
    "former_party": "#F2B28C",
    "participant": "#009E73",
    "proponent": "#8FD3BF",
    "not_party": "#F1DCE8",
    "not_recorded": "#EEEEEE",
    "not_a_state_then": "#BBBBBB",
}
"""A colour for each relation of the vocabulary (:data:`armscontrol.vocabulary.RELATIONS`): former parties and
proponents in lighter shades of the withdrawn and participant colours; "not a party" a quiet tint of reddish purple,
the commonest cell of the matrix, so that what a state did stands out."""

CANNOT_JOIN_COLOUR = "#FFFFFF"
"""A matrix cell whose state cannot join the instrument (outside a zone treaty's region): white, hatched in grey."""

MENTION_COLOURS = {
    "instrument": "#0072B2",
    "place": "#009E73",
    "figure": "#E69F00",
    "date": "#CC79A7",
    "claim": "#56B4E9",
    "unresolved": "#999999",
}
"""A colour for each kind of passage the statement reader marks (the Read page's highlights and their legend): the
Okabe–Ito hues, each kind also named in words beside every mark."""
