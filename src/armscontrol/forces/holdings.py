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
from armscontrol.data.parties import HISTORICAL, lineage
from armscontrol.data.schema import Holding


def continuing_state(party: str, on: dt.date) -> str:
    """The state that acts for ``party`` on ``on``: ``RUS`` for ``SUN`` from 1991-12-26, else ``party``.

    Read from :data:`armscontrol.data.parties.HISTORICAL`, the one record of
    states that ceased to exist and who continues them. A condition the Soviet
    Union stated (its 1991 statement on START I and the ABM Treaty) is Russia's
    to invoke after the Soviet Union ceased to exist.
    """

    former = HISTORICAL.get(party)
    if former is not None and former.continued_by is not None and on >= former.ended:
        return former.continued_by
    return party


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


STALE_AFTER_DAYS = 365
"""A figure older than this, counted back from the date asked about, is stale.

The rule: one year. Treaty data exchanges came every six months (START I's and
New START's semiannual aggregate numbers) and the estimates this project ships
are revised yearly (the SIPRI Yearbook, the FAS status of world nuclear
forces), so a figure more than a year older than the date asked about has
missed at least one update that was due: it is shown with its age and flagged
``stale``, never as the state's current holding.
"""


def age_text(days: int) -> str:
    """An age in days as people say it: "as of this date", "45 days", "1 year 3 months", "9 years".

    Months are counted as 30.44 days and years as 365.25 days, for display only;
    ``age_days`` stays the exact count.
    """
    if days <= 0:
        return "as of this date"
    if days < 61:
        return f"{days} day{'s' * (days != 1)}"
    months = round(days / 30.44)
    years, months = divmod(months, 12)
    if years == 0:
        return f"{months} months"
    year_part = f"{years} year{'s' * (years != 1)}"
    return year_part if months == 0 else f"{year_part} {months} month{'s' * (months != 1)}"


@dataclass(frozen=True)
class Chosen:
    """The holding a verdict rests on, why it was chosen, and how old it is on the date asked.

    Attributes
    ----------
    holding : Holding
        The row chosen.
    age_days : int
        Days from the figure's ``as_of`` to the date asked about (0: a figure as of that date).
    reason : str
        Why this row: "latest declaration", "no declaration; latest estimate".
    asked_for : str
        The state asked about; ``holding.party`` differs from it when the figure is a
        predecessor's (the Soviet Union's, for Russia).
    """

    holding: Holding
    age_days: int
    reason: str
    asked_for: str | None = None

    @property
    def stale(self) -> bool:
        """Older than :data:`STALE_AFTER_DAYS` on the date asked about."""
        return self.age_days > STALE_AFTER_DAYS

    @property
    def age_text(self) -> str:
        """The age as people say it ("9 years 4 months"); see :func:`age_text`."""
        return age_text(self.age_days)

    @property
    def predecessor(self) -> str | None:
        """The state whose figure this is, where it is a predecessor's (``SUN`` for ``RUS``); else ``None``."""
        if self.asked_for is None or self.holding.party == self.asked_for:
            return None
        return self.holding.party

    @property
    def warning(self) -> str | None:
        """One sentence for a figure that must not pass as current: its age and whose it is; else ``None``."""
        parts = []
        if self.stale:
            parts.append(f"figure as of {self.holding.as_of.isoformat()}, {self.age_text} before the date asked")
        if self.predecessor is not None:
            parts.append(f"a figure of {self.predecessor}, whose record {self.asked_for} continues")
        return "; ".join(parts) if parts else None


def latest_of_kind(
    party: str, metric: str, on: dt.date, kind: str, holdings: Sequence[Holding] | None = None
) -> Chosen | None:
    """The latest holding of one ``kind`` (``declared`` or ``estimated``) on or before ``on``, with its age.

    What ``forces`` shows side by side: the age, :attr:`Chosen.stale` and
    :attr:`Chosen.warning` say how old the figure is and whose it is.
    """
    rows = holdings_of(party, metric, on=on, kind=kind, holdings=holdings)
    if not rows:
        return None
    last = rows[-1]
    reason = "latest declaration" if kind == "declared" else "latest estimate"
    return Chosen(last, (on - last.as_of).days, reason, party)


def latest_holding(party: str, metric: str, on: dt.date, holdings: Sequence[Holding] | None = None) -> Chosen | None:
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
            return Chosen(last, (on - last.as_of).days, reason, party)
    return None


def count_events(
    party: str, metric: str, start: dt.date, end: dt.date, holdings: Sequence[Holding] | None = None
) -> list[Holding]:
    """Event rows (for example nuclear explosions) of ``party`` with ``start <= as_of <= end``."""
    return [h for h in holdings_of(party, metric, on=end, holdings=holdings) if h.as_of >= start]
