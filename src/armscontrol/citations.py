"""Citations and footnotes: a source as readers see it, and the numbered list of the sources a view cites.

Every interface words a source with :func:`cite_text` (a page builds its markup from the same
:class:`Footnote` fields) and numbers the sources it cites with :class:`Footnotes`: numbered in the
order of first use, each source once. Two places in one source (two tables, two articles) share its
number and are listed together; the editions of one series (the same publisher and title, a new
edition each time: the semiannual data exchanges, say) share one number too, each edition listed with
its date. A secondary compilation is labelled, with the primary record it reproduces, wherever it is shown
(:func:`label`). Ground layer (``docs/architecture.md``): the answers, the reader and every interface use it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from armscontrol.data.citation import Citation

UNLABELLED_KINDS = frozenset({"official", "treaty-text"})
"""Kinds of source cited without a label: the parties' own documents and the treaty texts."""


class SourceRef(BaseModel):
    """A cited source as a reader needs it: the registry key, where in it, and the document."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    ref: str
    at: str | None = None
    publisher: str
    title: str
    date: dt.date | None = None
    url: str | None = None
    kind: str = "official"
    cites: str | None = Field(default=None, description="a secondary compilation: the primary record it reproduces")
    note: str | None = None


def source_ref(citation: Citation | None) -> SourceRef | None:
    """The :class:`SourceRef` of a citation of the registry (``None`` stays ``None``)."""
    if citation is None:
        return None
    from armscontrol.data import registry  # on first use: heavy (the shipped data, checked)

    source = registry().sources[citation.ref]
    return SourceRef(ref=citation.ref, at=citation.at, **source.model_dump(exclude_none=True))


def as_source(source: SourceRef | Mapping[str, Any] | None) -> SourceRef | None:
    """A :class:`SourceRef` from a model or from its JSON (as the pages hold it); ``None`` stays ``None``."""
    if isinstance(source, SourceRef):
        return source
    if isinstance(source, BaseModel):
        return SourceRef.model_validate(source.model_dump())
    return SourceRef.model_validate(dict(source)) if source else None  # None, {} and a template's undefined: none


def label(source: SourceRef | Mapping[str, Any] | None) -> str | None:
    """What kind of source it is, where readers must be told: a secondary compilation with the record it cites.

    Declared figures, estimates, scholarly and press sources are labelled by their kind; the parties'
    own documents and treaty texts carry no label.
    """
    ref = as_source(source)
    if ref is None or ref.kind in UNLABELLED_KINDS:
        return None
    if ref.kind == "secondary":
        return f"secondary compilation, citing {ref.cites}" if ref.cites else "secondary compilation"
    return ref.kind


def cite_text(source: SourceRef | Mapping[str, Any] | None) -> str | None:
    """'Publisher, Title (date), at [label]': a source as people read it (``None`` for none)."""
    return _text(source, title=True)


def short_text(source: SourceRef | Mapping[str, Any] | None) -> str | None:
    """'Publisher (date), at [label]': a source in a narrow column, its title left to the JSON."""
    return _text(source, title=False)


def _text(source: SourceRef | Mapping[str, Any] | None, *, title: bool) -> str | None:
    ref = as_source(source)
    if ref is None:
        return None
    date = f" ({ref.date.isoformat()})" if ref.date else ""
    at = f", {ref.at}" if ref.at else ""
    kind = label(ref)
    return ref.publisher + (f", {ref.title}" if title else "") + f"{date}{at}" + (f" [{kind}]" if kind else "")


_EDITION = re.compile(r"^(?P<stem>.+?)\s*\((?P<edition>[^()]*)\)$")


def series(title: str) -> tuple[str, str | None]:
    """A title split into its series and its edition: 'Figures (data as of March 1, 2012)' -> ('Figures', 'data as
    of March 1, 2012')."""
    match = _EDITION.match(title)
    return (match["stem"], match["edition"]) if match else (title, None)


def edition(source: SourceRef) -> str:
    """A source's edition as its title states it (the whole title where it names none)."""
    return series(source.title)[1] or source.title


@dataclass
class Footnote:
    """One numbered entry: a source, or the editions of one series, and the places cited, in order of first use."""

    number: int
    editions: list[SourceRef] = field(default_factory=list)
    places: list[str] = field(default_factory=list)

    @property
    def source(self) -> SourceRef:
        """The first edition cited, without a place."""
        return self.editions[0]

    @property
    def title(self) -> str:
        """The title, or the series' title where several editions are cited."""
        return series(self.source.title)[0] if len(self.editions) > 1 else self.source.title

    @property
    def label(self) -> str | None:
        """The kind of source, where readers must be told (:func:`label`)."""
        return label(self.source)

    @property
    def text(self) -> str:
        """The footnote as text.

        'Publisher, Title (date), place; place [label]' for one source; for several editions of a series,
        'Publisher, Series: edition (date); edition (date) — place; place [label]'.
        """
        if len(self.editions) == 1:
            return cite_text(self.source.model_copy(update={"at": "; ".join(self.places) or None})) or ""
        editions = "; ".join(edition(e) + (f" ({e.date.isoformat()})" if e.date else "") for e in self.editions)
        at = f" — {'; '.join(self.places)}" if self.places else ""
        kind = f" [{self.label}]" if self.label else ""
        return f"{self.source.publisher}, {self.title}: {editions}{at}{kind}"


class Footnotes:
    """The sources a view cites, numbered once each in the order of first use.

    Parameters
    ----------
    places : bool
        Whether the places cited (article, table, page) are listed; a table that cites whole documents
        leaves them out.
    """

    def __init__(self, *, places: bool = True) -> None:
        self.places = places
        self._notes: list[Footnote] = []
        self._by_key: dict[tuple[Any, ...], Footnote] = {}

    @staticmethod
    def _key(source: SourceRef) -> tuple[Any, ...]:
        return (source.publisher, series(source.title)[0], source.kind, source.cites)

    def number(self, source: SourceRef | Mapping[str, Any] | None) -> int | None:
        """The footnote number of a source, given it the first time the source is cited (``None`` for none)."""
        ref = as_source(source)
        if ref is None:
            return None
        bare = ref.model_copy(update={"at": None})
        note = self._by_key.get(self._key(ref))
        if note is None:
            note = Footnote(len(self._notes) + 1, [])
            self._notes.append(note)
            self._by_key[self._key(ref)] = note
        if bare not in note.editions:
            note.editions.append(bare)
        if self.places and ref.at and ref.at not in note.places:
            note.places.append(ref.at)
        return note.number

    def mark(self, source: SourceRef | Mapping[str, Any] | None) -> str | None:
        """``[n]`` for a source (``None`` for none)."""
        n = self.number(source)
        return None if n is None else f"[{n}]"

    def numbers(self, sources: Iterable[SourceRef | Mapping[str, Any] | None]) -> list[int]:
        """The distinct footnote numbers of several sources, in ascending order."""
        return sorted({n for n in map(self.number, sources) if n is not None})

    @property
    def items(self) -> list[Footnote]:
        """The footnotes, in order of their numbers."""
        return list(self._notes)

    def __len__(self) -> int:
        return len(self._notes)

    def __bool__(self) -> bool:
        return bool(self._notes)


def ranges(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive numbers as (first, last) runs: [1, 2, 3, 5] -> [(1, 3), (5, 5)]."""
    out: list[tuple[int, int]] = []
    for n in sorted(set(numbers)):
        if out and n == out[-1][1] + 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def marks_text(numbers: Iterable[int]) -> str:
    """Footnote marks in runs: [1]–[3] [5]."""
    return " ".join(f"[{a}]" if a == b else f"[{a}]–[{b}]" for a, b in ranges(numbers))
