"""A world map of one instrument's status, drawn on the country outlines of the ``pygal_maps_world`` package.

The outlines are read from the installed package and served inline by this
server: nothing is fetched at run time. Each country group gets its status
colour and a ``<title>`` that a pointer or screen reader shows.
"""

from __future__ import annotations

import functools
import html
import re
from importlib import resources

GEOMETRY_SOURCE = "Country outlines: pygal_maps_world (Python package, worldmap.svg), LGPL-3.0"
_GROUP = re.compile(r'<g class="([a-z]{2}) country map-element">')


@functools.cache
def _outline() -> str:
    text = resources.files("pygal_maps_world").joinpath("worldmap.svg").read_text(encoding="utf-8")
    return text[text.index("<svg") :]


def world_svg(cells: dict[str, tuple[str, str, str]], label: str) -> str:
    """The map with each country's fill and title: ``cells`` maps ISO alpha-2 (lower case) to (status, colour,
    title)."""

    def group(match: re.Match[str]) -> str:
        code = match.group(1)
        status, colour, title = cells.get(code, ("not_recorded", "", ""))
        fill = f' style="fill:{colour}"' if colour else ""
        tip = f"<title>{html.escape(title)}</title>" if title else ""
        return f'<g class="{code} country map-element" data-status="{status}"{fill}>{tip}'

    body = _GROUP.sub(group, _outline())
    return body.replace("<svg ", f'<svg role="img" aria-label="{html.escape(label)}" class="worldmap" ', 1)
