"""The statement reader's answer: instruments, figures, claims judged by the regime engines, places, draft scenarios.

:func:`compare` runs a statement's draft scenarios side by side with the
current forces through the stability models (``armscontrol read --compare``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import yaml
from pydantic import Field

from armscontrol import vocabulary
from armscontrol.answers.common import Answer
from armscontrol.errors import suggest
from armscontrol.reader import read_bytes, read_text
from armscontrol.reader.draft import founding_example
from armscontrol.reader.models import ReadAnswer
from armscontrol.scenario import FOUNDING_SCENARIO, load_scenario, parse_scenario

__all__ = [
    "CURRENT_FORCES",
    "CompareAnswer",
    "CompareCell",
    "CompareRow",
    "CompareScenario",
    "ExampleStatement",
    "Mark",
    "ReadAnswer",
    "compare",
    "example_statement",
    "example_statements",
    "marks",
    "read",
]

Progress = Callable[[int, int], None]


def read(
    data: str | bytes,
    on: str | dt.date | None = None,
    *,
    where: str = "statement",
    source_date: str | dt.date | None = None,
) -> ReadAnswer:
    """Read a statement (text, Markdown or HTML; bytes are decoded as UTF-8) as of a date (default: found in it,
    else today); ``source_date``, the date of the record the text was taken from, gives the year of a dateline
    without one."""

    if isinstance(data, bytes):
        return read_bytes(data, on, where=where)
    return read_text(data, on, source_date=source_date)


CURRENT_FORCES = "new-start-parity"
"""The example that stands for the current forces: each side's forces declared on 1 September 2020, at New START's
1,550."""


class CompareScenario(Answer):
    """One column of the comparison: the current forces or a draft at a proposed level."""

    name: str
    kind: str = Field(
        description="'current' (the declared forces of examples/new-start-parity.yaml) or 'proposed' (a draft)"
    )
    level: int | None = Field(default=None, description="the proposed warheads per side (null for the current forces)")
    warheads: dict[str, int] = Field(
        description="each side's warheads in the scenario, after rounding to whole launchers"
    )


class CompareCell(Answer):
    """One scenario at one defence size."""

    combined: float = Field(description="combined first-strike stability (1: no side gains by striking first)")
    first_strike_stability: dict[str, float]
    assured_retaliation_met: bool = Field(description="every struck side's retaliation arriving meets the criterion")
    least_retaliation_arriving: float = Field(
        description="the smaller expected retaliation arriving of the two exchanges"
    )


class CompareRow(Answer):
    """One defence size of the founding example's sweep, with a cell per scenario in the order of ``scenarios``."""

    interceptors: int
    cells: list[CompareCell]


class CompareAnswer(Answer):
    """``armscontrol read --compare``: a statement's proposed levels against the current forces, at each defence
    size."""

    read: ReadAnswer
    defended_side: str
    layer: str
    scenarios: list[CompareScenario]
    rows: list[CompareRow]
    assumptions: list[str] = Field(default_factory=list)


def _warheads(scenario) -> dict[str, int]:
    return {
        name: sum(f.launchers * f.warheads_per_launcher for f in side.forces) for name, side in scenario.sides.items()
    }


def compare(answer: ReadAnswer, progress: Progress | None = None) -> CompareAnswer:
    """Run every draft of ``answer`` and the current forces over the founding example's defence sizes.

    Each scenario is run at each size of the founding example's sweep (the US
    midcourse layer); the current forces' own defence layer takes the same
    sizes, so that every cell of a row meets the same defence.

    Parameters
    ----------
    answer : ReadAnswer
        A statement read (:func:`read`); without a proposed level, only the current forces are run.
    progress : callable, optional
        Called as ``progress(done, total)`` after each run.
    """
    from armscontrol.answers.stability import stability  # on first use: keeps `read` quick

    sweep = founding_example()["sweep"]
    current = load_scenario(FOUNDING_SCENARIO.with_name(f"{CURRENT_FORCES}.yaml"))
    assert current.sweep is not None  # the shipped current forces sweep the defence
    current = current.model_copy(
        update={"sweep": current.sweep.model_copy(update={"interceptors": list(sweep["interceptors"])})}
    )
    specs = [(current, CompareScenario(name=current.name, kind="current", warheads=_warheads(current)))]
    for draft, level in zip(answer.scenarios, answer.scenario_levels):
        spec = parse_scenario(draft, origin=draft["name"])
        specs.append((spec, CompareScenario(name=spec.name, kind="proposed", level=level, warheads=_warheads(spec))))
    sizes = list(sweep["interceptors"])
    total = len(specs) * len(sizes)
    columns = []
    for done, (spec, _) in enumerate(specs):
        step = (lambda i, n, base=done * len(sizes): progress(base + i, total)) if progress is not None else None
        columns.append(stability(spec, progress=step).results or [])
    rows = []
    for i, size in enumerate(sizes):
        cells = []
        for runs in columns:
            run = runs[i]
            cells.append(
                CompareCell(
                    combined=run.combined,
                    first_strike_stability={name: s.first_strike_stability for name, s in run.sides.items()},
                    assured_retaliation_met=all(p.assured_retaliation_met for p in run.pairs),
                    least_retaliation_arriving=min(p.retaliation_arriving for p in run.pairs),
                )
            )
        rows.append(CompareRow(interceptors=size, cells=cells))
    assumptions = [
        f"The current forces are examples/{CURRENT_FORCES}.yaml: each side's forces declared on 1 September 2020, at "
        f"New START's 1,550.",
        "Each draft is the founding example (examples/russia-1500-vs-nmd.yaml) scaled to the proposed level.",
        f"Every scenario meets the same {sweep['side']} '{sweep['layer']}' defence at each size; its performance is "
        f"the scenario's own analyst assumption.",
    ]
    return CompareAnswer(
        read=answer,
        defended_side=sweep["side"],
        layer=sweep["layer"],
        scenarios=[s for _, s in specs],
        rows=rows,
        assumptions=assumptions,
    )


# --------------------------------------------------------------------------- statements to try, and the marks of a
# reading

STATEMENTS_DIR = Path(__file__).resolve().parents[1] / "examples" / "statements"
"""Statements shipped to try the reader on (package data): ``NAME.txt`` each, their sources in ``statements.yaml``."""


class ExampleStatement(Answer):
    """A shipped statement to try the reader on, with where it is from."""

    name: str
    label: str
    publisher: str
    title: str
    date: dt.date
    found_at: str
    kept: str = Field(description="what of the original text is kept (excerpts, passages)")
    secondary: bool = Field(
        default=False, description="the text is a secondary copy of the publisher's (cited as found)"
    )
    text: str


def example_statements() -> list[ExampleStatement]:
    """Every shipped statement, in the order of ``statements.yaml``."""

    sources = yaml.safe_load((STATEMENTS_DIR / "statements.yaml").read_text(encoding="utf-8"))
    return [
        ExampleStatement(name=name, text=(STATEMENTS_DIR / f"{name}.txt").read_text(encoding="utf-8"), **meta)
        for name, meta in sources.items()
    ]


def example_statement(name: str) -> ExampleStatement:
    """The shipped statement ``name`` (an unknown name is an error naming the nearest)."""

    found = {s.name: s for s in example_statements()}
    if name not in found:
        raise suggest(name, list(found), what="example statement", field="example")
    return found[name]


MarkKind = Literal["instrument", "place", "figure", "date", "claim", "unresolved"]

_HOW = {
    "name": "named by its short title, an alias or its acronym (matched whole words, longest name first)",
    "title": "named by its full title or a variant of it (hyphens, of/on, plural, word order)",
    "descriptive": "described by what it does and its year, scored against the registry's words for each instrument",
    "anaphora": "a reference back ('the Treaty', 'this agreement') to the instrument the passage is about",
    "article": "an article tied to the instrument named beside it",
    "misspelt": "a close misspelling of a registry name (similarity of at least 0.88)",
}


class Mark(Answer):
    """One passage of the text the reader resolved, by character offsets, with what it resolved to and why.

    Marks are sorted by start (the longer first at one start) and nest: a mark
    that would cross the end of one it starts inside is cut at that end.
    """

    start: int
    end: int
    kind: MarkKind
    items: list[int] = Field(
        description="the indices of what it marks in the answer's list of its kind (instruments, places, ...): "
        "several where one passage holds several claims of one wording"
    )
    label: str = Field(description="what the passage resolved to, in a few words")
    why: str = Field(description="how the reader resolved it and what the data says")
    verdict: str | None = Field(default=None, description="a claim's verdict (consistent, contradicted, not_in_data)")
    source: str | None = Field(default=None, description="the source of the data's figure or event, as people cite it")


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


def _cite(source) -> str | None:
    if source is None:
        return None
    date = f" ({source.date.isoformat()})" if source.date else ""
    at = f", {source.at}" if source.at else ""
    return f"{source.publisher}, {source.title}{date}{at}"


def _all_marks(answer: ReadAnswer) -> list[Mark]:

    out: list[Mark] = []
    for n, found in enumerate(answer.instruments):
        state = found.status_on_date.replace("_", " ")
        note = f"; {found.status_note}" if found.status_note else ""
        for mention in found.mentions:
            out.append(
                Mark(
                    start=mention.start,
                    end=mention.end,
                    kind="instrument",
                    items=[n],
                    label=f"{found.short_title} ({found.id})",
                    why=f"{_HOW.get(mention.how, mention.how)}; {state} on {answer.date.isoformat()}{note}",
                    source=_cite(found.source),
                )
            )
        for provision in found.provisions:
            m = provision.mention
            out.append(
                Mark(
                    start=m.start,
                    end=m.end,
                    kind="instrument",
                    items=[n],
                    label=f"{found.short_title}, {provision.title}",
                    why=f"{_HOW['article']}: article {provision.article} of {found.short_title}",
                    source=_cite(found.source),
                )
            )
    for n, u in enumerate(answer.unresolved):
        hint = f"; the nearest registry name is {u.nearest}" if u.nearest else ""
        out.append(
            Mark(
                start=u.start,
                end=u.end,
                kind="unresolved",
                items=[n],
                label="not in the data",
                why=f"reads like an agreement's name that the registry does not hold: listed, never guessed{hint}",
            )
        )
    for n, f in enumerate(answer.figures):
        number = _number(f.value) if f.value is not None else f"{_number(f.low)}–{_number(f.high)}"
        parts = [f"counts {f.unit}" if f.unit else "no unit found"]
        if f.deadline:
            parts.append(
                f"deadline {f.deadline.isoformat()} ('{f.deadline_text}')"
                if f.deadline_text
                else f"deadline {f.deadline.isoformat()}"
            )
        if f.instrument:
            parts.append(f"tied to {f.instrument}")
        parts.append("a proposed level (its sentence proposes)" if f.proposal else "a stated figure, not a proposal")
        out.append(
            Mark(
                start=f.start,
                end=f.end,
                kind="figure",
                items=[n],
                label=f"{number} {f.unit or ''}".strip(),
                why="; ".join(parts),
            )
        )
    for n, d in enumerate(answer.dates):
        out.append(
            Mark(
                start=d.start,
                end=d.end,
                kind="date",
                items=[n],
                label=d.date.isoformat()
                if d.precision == "day"
                else (d.date.strftime("%Y-%m") if d.precision == "month" else str(d.date.year)),
                why=f"a date read to the {d.precision}",
            )
        )
    for n, c in enumerate(answer.claims):
        who = c.party or "no state named"
        what = f"{c.kind.replace('_', ' ')}: {who}, {c.instrument or 'no instrument'}"
        out.append(
            Mark(
                start=c.start,
                end=c.end,
                kind="claim",
                items=[n],
                label=f"{what} → {vocabulary.label('judgement', c.verdict)}",
                why=f"judged on {answer.date.isoformat()}: {c.evidence}",
                verdict=c.verdict,
                source=_cite(c.source),
            )
        )
    for n, p in enumerate(answer.places):
        kind = {"state": "a state", "zone": "a zone in the data", "proposed_zone": "a proposed zone the data lacks"}[
            p.kind
        ]
        out.append(
            Mark(
                start=p.start,
                end=p.end,
                kind="place",
                items=[n],
                label=f"{p.name}" + (f" ({p.code})" if p.code else ""),
                why=f"{kind}: {p.data}",
            )
        )
    return out


def marks(answer: ReadAnswer) -> list[Mark]:
    """Every passage the reader resolved, as nested marks in text order (for a view that highlights the text).

    Parameters
    ----------
    answer : ReadAnswer
        A statement read (:func:`read`); its offsets are into the text as read.

    Returns
    -------
    list of Mark
        Sorted by start, the longer first at one start; each mark lies wholly inside every mark before it that
        it starts inside (one that would cross that mark's end is cut there). Identical passages of one kind
        and item are given once; several items of one kind on one passage (two states' signatures in one
        clause) are one mark listing each, its verdict the weakest of theirs.
    """
    order = {"claim": 0, "instrument": 1, "unresolved": 2, "place": 3, "figure": 4, "date": 5}
    weakest: dict[str | None, int] = {None: 0, "consistent": 1, "not_in_data": 2, "contradicted": 3}
    merged: dict[tuple, Mark] = {}
    for m in _all_marks(answer):
        key = (m.start, m.end, m.kind)
        if m.end <= m.start:
            continue
        if key not in merged:
            merged[key] = m
        elif m.items[0] not in merged[key].items:
            old = merged[key]
            merged[key] = old.model_copy(
                update={
                    "items": [*old.items, *m.items],
                    "label": f"{old.label}; {m.label}",
                    "why": f"{old.why}; {m.why}",
                    "verdict": max(old.verdict, m.verdict, key=lambda v: weakest.get(v, 0)),
                    "source": old.source or m.source,
                }
            )
    ordered = sorted(merged.values(), key=lambda m: (m.start, -m.end, order[m.kind]))
    out: list[Mark] = []
    open_ends: list[int] = []
    for m in ordered:
        while open_ends and open_ends[-1] <= m.start:
            open_ends.pop()
        end = min(m.end, open_ends[-1]) if open_ends else m.end
        if end <= m.start:
            continue
        m = m if end == m.end else m.model_copy(update={"end": end})
        out.append(m)
        open_ends.append(end)
    return out
