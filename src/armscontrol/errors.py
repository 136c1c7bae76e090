"""Errors a user can cause, each with where, what and a way out.

Interfaces catch :class:`CleanError` (a :class:`UserError`, or a failure outside the
user's input such as an unreachable store) and print its message; nothing a user
types or supplies ends in a traceback.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping


class CleanError(Exception):
    """An error whose message is written for the user: the command line prints it as one line, never a traceback."""


MENTION = re.compile(r"`([A-Za-z_][A-Za-z0-9_.\[\]-]*)`")
"""Another field named inside a message, between backquotes (``give the same `out` file``): each interface words it."""


class UserError(CleanError):
    """Bad input from a user: a name, a date, a file, a flag.

    ``field`` names the input at fault (an option, a query parameter, a key of a
    scenario file) and ``suggestion`` the nearest valid value, where one is
    obvious; the API returns both beside the message.
    """

    def __init__(self, message: str, *, field: str | None = None, suggestion: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.suggestion = suggestion

    def worded(self, word: Callable[[str], str]) -> str:
        """The message with its field in an interface's own words: ``word("on")`` is ``--on`` on the command line.

        A message names its field first (``on: '2002-13' is not a date``); that
        name is the neutral one (a parameter's name, a scenario's field path), and
        each interface says it its own way. Any other field the message names is
        written between backquotes (:data:`MENTION`: ``add `what_if```), and worded
        the same way: ``--what-if`` on the command line, ``what_if`` in the API.
        """
        message = str(self)
        if (
            self.field
            and message.startswith(self.field)
            and message[len(self.field) : len(self.field) + 1] in (":", " ")
        ):
            message = word(self.field) + message[len(self.field) :]
        return MENTION.sub(lambda found: word(found[1]), message)


class InvalidInput(UserError):
    """A value given for ``field`` that the answer cannot use: the message says what was expected."""


class NotFound(UserError):
    """A name or id given for ``field`` that names nothing the tool knows; the suggestion is the nearest known name."""


class DataError(UserError):
    """A data file that breaks the schema: its path, the field and what was expected."""

    def __init__(self, path: str, field: str | None, problem: str) -> None:
        self.path, self.field, self.problem = path, field, problem
        where = f"{path}: {field}" if field else path
        super().__init__(f"{where}: {problem}", field=field)


def closest(word: str, names: Iterable[str], *, n: int = 1) -> list[str]:
    """The known names nearest to ``word`` (ignoring case), best first; empty if none is close."""
    lowered = {name.lower(): name for name in names}
    return [lowered[c] for c in difflib.get_close_matches(word.lower(), list(lowered), n=n, cutoff=0.6)]


def suggest(word: str, choices: Iterable[str] | Mapping[str, str], *, what: str, field: str | None = None) -> NotFound:
    """An 'unknown X' error with the nearest known names, if any are close.

    ``choices`` is either the known names, or a mapping from every name a user
    might type (aliases) to the name to suggest (the id).
    """
    canonical = dict(choices) if isinstance(choices, Mapping) else {c: c for c in choices}
    suggestions = list(dict.fromkeys(canonical[c] for c in closest(word, canonical, n=6)))[:3]
    if suggestions:
        names = " or ".join(f"'{name}'" for name in suggestions)
        return NotFound(f"unknown {what} '{word}'; did you mean {names}?", field=field, suggestion=suggestions[0])
    return NotFound(f"unknown {what} '{word}'", field=field)
