"""docs/limits.md states every bound of armscontrol.limits and of the work budget, each with its value."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from armscontrol import budget, limits

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _bounds(module) -> dict[str, int | float]:
    return {
        name: value
        for name, value in vars(module).items()
        if re.fullmatch(r"[A-Z][A-Z0-9_]+", name) and isinstance(value, (int, float)) and not isinstance(value, bool)
    }


def _shown(value: int | float) -> set[str]:
    """The ways the docs may write a value: 50,000 and 50000; 10 and 10.0; 1e12 and 10¹²."""
    if isinstance(value, float) and not value.is_integer():
        return {f"{value:g}"}
    number = int(value)
    shown = {f"{number:,}", str(number)}
    if number >= 10**6 and str(number).rstrip("0") == "1":
        shown |= {f"1e{len(str(number)) - 1}", f"10^{len(str(number)) - 1}"}
    if number == 2**31 - 1:
        shown.add("2^31 − 1")
    return shown


ROWS = re.compile(r"^\|\s*`(?P<name>[A-Z][A-Z0-9_]+)`\s*\|(?P<value>[^|]*)\|", re.M)


def _documented() -> dict[str, str]:
    text = (DOCS / "limits.md").read_text(encoding="utf-8")
    return {m["name"]: m["value"] for m in ROWS.finditer(text)}


BUDGETS = {name: value for name, value in _bounds(budget).items() if name.endswith(("_WORK", "_READ_CHARS"))}


@pytest.mark.parametrize("name, value", sorted({**_bounds(limits), **BUDGETS}.items()))
def test_docs_limits_states_each_bound_with_its_value(name: str, value: int | float) -> None:
    rows = _documented()
    assert name in rows, f"docs/limits.md has no table row for `{name}` ({value})"
    assert any(shown in rows[name] for shown in _shown(value)), (
        f"docs/limits.md gives `{name}` as {rows[name].strip()!r}, the code {value}"
    )
