"""Errors a user can cause, each with where, what and a way out.

Interfaces catch :class:`UserError` and print its message; nothing a user types
or supplies ends in a traceback.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class UserError(Exception):
    """Bad input from a user: a name, a date, a file, a flag."""


class DataError(UserError):
    """A data file that breaks the schema: its path, the field and what was expected."""

    def __init__(self, path: str, field: str | None, problem: str) -> None:
        self.path, self.field, self.problem = path, field, problem
        where = f"{path}: {field}" if field else path
        super().__init__(f"{where}: {problem}")


def suggest(word: str, choices: Iterable[str], *, what: str) -> UserError:
    """An 'unknown X' error with the nearest known names, if any are close."""
    choices = list(choices)
    close = difflib.get_close_matches(word.lower(), [c.lower() for c in choices], n=3, cutoff=0.6)
    lookup = {c.lower(): c for c in choices}
    if close:
        names = " or ".join(f"'{lookup[c]}'" for c in close)
        return UserError(f"unknown {what} '{word}'; did you mean {names}?")
    return UserError(f"unknown {what} '{word}'")
