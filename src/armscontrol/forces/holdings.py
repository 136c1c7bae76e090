"""Holdings over time: the value of a metric for a state as of a date, declared or estimated.

Declarations and estimates are kept apart; where one figure must be chosen,
:func:`latest_holding` takes the latest declaration on or before the date, and
an estimate only where no declaration exists, and says which it used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from armscontrol.data import registry
from armscontrol.data.schema import Holding

# Russia continues the rights and obligations of the Soviet Union: its record
# before 1992 is the Soviet Union's.
LINEAGE: dict[str, tuple[str, ...]] = {"RUS": ("RUS", "SUN"), "SUN": ("SUN", "RUS")}


def lineage(party: str) -> tuple[str, ...]:
    return LINEAGE.get(party, (party,))


def holdings_of(
    party: str,
    metric: str | None = None,
    *,
    on: dt.date | None = None,
    kind: str | None = None,
    holdings: Iterable[Holding] | None = None,
) -> list[Holding]:
    """Rows for ``party`` (and its predecessor), oldest first, filtered by metric, date and kind."""
    parties = lineage(party)
    rows = registry().holdings if holdings is None else holdings
    chosen = [
        h
        for h in rows
        if h.party in parties
        and (metric is None or h.metric == metric)
        and (on is None or h.as_of <= on)
        and (kind is None or h.kind == kind)
    ]
    return sorted(chosen, key=lambda h: (h.as_of, h.kind, h.party))


@dataclass(frozen=True)
class Chosen:
    """The holding a verdict rests on, and why it was chosen."""

    holding: Holding
    age_days: int
    reason: str


def latest_holding(
    party: str, metric: str, on: dt.date, holdings: Sequence[Holding] | None = None
) -> Chosen | None:
    """The latest declared holding on or before ``on``; failing that, the latest estimate.

    A declaration the party did not provide (``status: not_provided``) counts as
    the latest declaration: the figure is missing and the verdict must say so,
    not fall back silently on an older one.
    """
    for kind in ("declared", "estimated"):
        rows = holdings_of(party, metric, on=on, kind=kind, holdings=holdings)
        if rows:
            last = rows[-1]
            reason = "latest declaration" if kind == "declared" else "no declaration; latest estimate"
            return Chosen(last, (on - last.as_of).days, reason)
    return None


def count_events(
    party: str, metric: str, start: dt.date, end: dt.date, holdings: Sequence[Holding] | None = None
) -> list[Holding]:
    """Event rows (for example nuclear explosions) of ``party`` with ``start <= as_of <= end``."""
    return [h for h in holdings_of(party, metric, on=end, holdings=holdings) if h.as_of >= start]
