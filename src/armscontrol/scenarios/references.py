"""Scenario references: ``example:NAME`` (a shipped example), ``store:ID`` (a saved scenario) or a file path."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml

from armscontrol.errors import NotFound, UserError
from armscontrol.limits import parse_id
from armscontrol.scenario import EXAMPLES_DIR, FOUNDING_SCENARIO

DEFAULT_BASE = f"example:{FOUNDING_SCENARIO.stem}"
"""The calculator's base scenario when none is chosen: the founding question's."""


def example_names() -> list[str]:
    """The shipped example scenarios (file stems), sorted."""
    return sorted(p.stem for p in EXAMPLES_DIR.glob("*.yaml")) if EXAMPLES_DIR.is_dir() else []


@functools.lru_cache(maxsize=32)
def example_text(stem: str, field: str = "base") -> str:
    """The YAML text of the shipped example ``stem``; an unknown name is a :class:`UserError` on ``field``."""
    if stem not in example_names():
        raise NotFound(
            f"{field}: unknown example '{stem}'; the examples are {', '.join(example_names())}",
            field=field,
            suggestion=DEFAULT_BASE,
        )
    return (EXAMPLES_DIR / f"{stem}.yaml").read_text(encoding="utf-8")


def resolve(ref: str, store: Any = None, *, field: str = "base", files: bool = False) -> tuple[dict[str, Any], str]:
    """The scenario that ``ref`` names, as a mapping (a copy the caller may edit) and its YAML text.

    Parameters
    ----------
    ref : str
        ``example:NAME``, ``store:ID`` (needs ``store``) or, with ``files``,
        the path of a scenario file.
    store : armscontrol.store.Store, optional
        Where ``store:ID`` is looked up.
    field : str
        The field the reference came from, named in errors.
    files : bool
        Whether a path may name a file: the command line's references, never a
        web request's (a server reads no file a user names).
    """
    kind, _, name = ref.partition(":")
    if kind == "example":
        text = example_text(name, field)
        return yaml.safe_load(text), text
    if kind == "store":
        if store is None:
            raise UserError(
                f"{field}: store:ID needs the store, which is not open here", field=field, suggestion=DEFAULT_BASE
            )
        saved = store.scenario(parse_id(name, field, "store:ID with a saved scenario's id"))
        return copy.deepcopy(saved.scenario), saved.yaml
    path = Path(ref)
    if files and ref and path.suffix in (".yaml", ".yml") and path.is_file():
        text = path.read_text(encoding="utf-8")
        return yaml.safe_load(text), text
    raise UserError(
        f"{field}: expected example:NAME, store:ID or a scenario file, got '{ref}'"
        if files
        else f"{field}: expected example:NAME or store:ID, got '{ref}'",
        field=field,
        suggestion=DEFAULT_BASE,
    )
