"""Answers into report documents: the brief, one instrument, one scenario.

Builders only arrange answers (:mod:`armscontrol.answers`) into sections,
tables and charts; every figure they show is a figure of the matching answer.
A chart is left as the call that draws it (:class:`~armscontrol.report.document.Chart`),
so that computing, drawing and laying out are three stages a reader can follow.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import partial

from armscontrol import answers
from armscontrol.answers.common import derivation, parse_date
from armscontrol.answers.common import format_number as num
from armscontrol.answers.common import format_whole as whole
from armscontrol.answers.stability import StabilityRun
from armscontrol.answers.tables import BINDING_LIMITS, RESTS_ON, VERDICTS, limit_text
from armscontrol.citations import source_ref
from armscontrol.data.loader import citations
from armscontrol.data.parties import party_name
from armscontrol.data.schema import LimitValue
from armscontrol.instrument_groups import grouped
from armscontrol.palette import NEUTRAL, lighter, side_colours
from armscontrol.report import charts
from armscontrol.report.document import Chart, Document, Footnotes, Paragraph, Preformatted, Section, Table, data_digest
from armscontrol.vocabulary import label


def verdict_table(
    verdicts, notes: Footnotes, caption: str | None = None, titles: dict[str, str] | None = None
) -> Table:
    """The verdicts as a table (:data:`~armscontrol.answers.tables.VERDICTS`); ``titles`` gives each instrument's
    short title (its id where none is given)."""
    titles = titles or {}
    cells = {"instrument": lambda v: titles.get(v.instrument, v.instrument), "source": lambda v: notes.mark(v.source)}
    return Table(
        VERDICTS.headings("report"),
        VERDICTS.rows(verdicts, "report", cells),
        caption,
        numeric=VERDICTS.numeric("report"),
    )


def stability_sections(answer, notes: Footnotes, *, heading: str) -> list[Section]:
    """Tables and charts of a stability answer (one result, or one per defence size of a sweep)."""

    runs = (
        answer.results
        if answer.results is not None
        else [
            StabilityRun(
                pairs=answer.pairs,
                sides=answer.sides,
                combined=answer.combined,
                criteria=answer.criteria,
                decomposition=answer.decomposition or [],
                explanation=answer.explanation,
            )
        ]
    )
    colours = side_colours(runs[0].sides)
    threshold = runs[0].criteria.assured_retaliation
    first = runs[0]
    columns = (
        ["interceptors"]
        + [f"{p.victim} retaliation after {p.attacker} strike, expected (5th pct)" for p in first.pairs]
        + [f"FSS {s}" for s in first.sides]
        + ["FSS combined"]
    )
    rows = []
    for run in runs:
        row = [num(run.interceptors) if run.interceptors is not None else "as given"]
        for p in run.pairs:
            row.append(
                f"{whole(p.retaliation_arriving)} ({num(p.retaliation_arriving_p5)}) "
                f"{'assured' if p.assured_retaliation_met else 'NOT assured'}"
            )
        row += [f"{s.first_strike_stability:.3f}" for s in run.sides.values()] + [f"{run.combined:.3f}"]
        rows.append(row)
    section = Section(
        heading,
        [
            Paragraph(
                f"Assured retaliation: at least {num(threshold)} warheads arriving at the 5th percentile after "
                f"absorbing a first strike. "
                f"First-strike stability (FSS) of a side: its cost if it strikes first over its cost if struck first "
                f"(value targets {num(first.criteria.value_targets)}, cost weight {first.criteria.cost_weight:g}); 1 "
                f"is most stable."
            ),
            Table(
                columns,
                rows,
                "retaliation: warheads arriving after absorbing a first strike, expected (5th percentile)",
                numeric=set(range(len(columns))),
            ),
        ],
    )
    detail = []
    for run in runs:
        for p in run.pairs:
            detail.append(
                [
                    num(run.interceptors) if run.interceptors is not None else "as given",
                    f"{p.attacker} strikes {p.victim}",
                    num(p.counterforce_warheads),
                    whole(p.victim_surviving_warheads),
                    num(p.victim_surviving_p5),
                    whole(p.retaliation_arriving),
                    num(p.retaliation_arriving_p5),
                    "yes" if p.assured_retaliation_met else "NO",
                    f"{p.neglected_mass:.1e}",
                ]
            )
    section.blocks.append(
        Table(
            [
                "interceptors",
                "strike",
                "counterforce warheads",
                "victim surviving",
                "surviving p5",
                "retaliation arriving",
                "arriving p5",
                "assured",
                "neglected mass",
            ],
            detail,
            "each ordered exchange in full; neglected mass: probability left out by truncation",
            numeric={2, 3, 4, 5, 6},
        )
    )
    if len(runs) > 1:
        xs = [r.interceptors for r in runs]
        series = {
            f"{p.victim} after {p.attacker} strike (5th pct)": (xs, [r.pairs[i].retaliation_arriving_p5 for r in runs])
            for i, p in enumerate(first.pairs)
        }
        by_victim = {f"{p.victim} after {p.attacker} strike (5th pct)": colours[p.victim] for p in first.pairs}
        section.blocks.append(
            Chart(
                partial(
                    charts.lines,
                    series,
                    title="Retaliation arriving (5th percentile) by defence size",
                    xlabel="interceptors",
                    ylabel="warheads arriving",
                    hline=(threshold, "assured-retaliation threshold"),
                    colours=by_victim,
                ),
                "Warheads arriving after absorbing a first strike, 5th percentile, against the threshold.",
            )
        )
        fss = {f"FSS {name}": (xs, [r.sides[name].first_strike_stability for r in runs]) for name in first.sides}
        fss["FSS combined"] = (xs, [r.combined for r in runs])
        fss_colours = {f"FSS {name}": colours[name] for name in first.sides} | {"FSS combined": NEUTRAL}
        section.blocks.append(
            Chart(
                partial(
                    charts.lines,
                    fss,
                    title="First-strike stability by defence size",
                    xlabel="interceptors",
                    ylabel="index (1 = most stable)",
                    colours=fss_colours,
                ),
                "First-strike stability of each side and combined (product) across the sweep.",
            )
        )
    shown = runs[:1] + runs[-1:] if len(runs) > 1 else runs
    for run in shown:
        if run.decomposition:
            section.blocks += waterfall_blocks(run, colours, answer.sweep)
    for run in shown:
        for p in run.pairs:
            if p.retaliation_distribution is not None and p.retaliation_distribution.pmf:
                where = f" against {num(run.interceptors)} interceptors" if run.interceptors is not None else ""
                section.blocks.append(
                    Chart(
                        partial(
                            charts.histogram,
                            p.retaliation_distribution.offset,
                            p.retaliation_distribution.pmf,
                            title=f"{p.victim} retaliation after a {p.attacker} first strike{where}",
                            xlabel="warheads arriving",
                            marks={"5th percentile": p.retaliation_arriving_p5, "threshold": threshold},
                            colour=colours[p.victim],
                        ),
                        f"Exact distribution of {p.victim}'s retaliating warheads arriving{where}.",
                    )
                )
    return [section]


def waterfall_blocks(run, colours: dict[str, str], sweep=None) -> list:
    """Where each struck side's retaliation went at one defence size: the waterfall and its table, from the run's
    decomposition."""

    where = (
        ""
        if run.interceptors is None
        else (
            f", {sweep.side}'s {sweep.layer} defence at {num(run.interceptors)} interceptors"
            if sweep is not None
            else f" against {num(run.interceptors)} interceptors"
        )
    )
    panels, rows = [], []
    for d in run.decomposition:
        stages = {s.key: (s.expected, s.p5) for s in d.stages}
        arriving_p5 = d.stages[-1].p5
        note = "; ".join(
            part
            for part in (
                f"{num(arriving_p5)} arriving at the 5th percentile {'≥' if d.assured_retaliation_met else '<'} "
                f"threshold "
                f"{num(d.threshold)}: {'met' if d.assured_retaliation_met else 'NOT met'}",
                f"own defence saved {whole(d.defence_saved)}" if d.defence_saved >= 0.5 else "",
                f"{num(d.launched_under_attack)} launched under attack" if d.launched_under_attack else "",
            )
            if part
        )
        panels.append(
            {
                "title": f"{d.victim} after a {d.attacker} first strike",
                "colour": colours[d.victim],
                "light": lighter(colours[d.victim]),
                "stages": stages,
                "note": note,
            }
        )
    threshold = run.decomposition[0].threshold
    labels = {s.key: s.label for s in run.decomposition[0].stages}

    def cell(expected: float, p5: int | None = None) -> str:
        text = num(expected) if float(expected).is_integer() else num(expected, 1)
        return text if p5 is None else f"{text} ({num(p5)})"

    for key, stage in labels.items():
        rows.append([stage] + [cell(s.expected, s.p5) for d in run.decomposition for s in d.stages if s.key == key])
        if key == "surviving":
            rows.append(
                ["  of which saved by its own defence"] + [cell(round(d.defence_saved, 1)) for d in run.decomposition]
            )
        if key == "launched":
            rows.append(
                ["  of which launched under attack"] + [cell(d.launched_under_attack) for d in run.decomposition]
            )
        if key == "reliable":
            rows.append(
                ["  intercepted by the attacker's defence"]
                + [cell(round(d.intercepted, 1), d.intercepted_p5) for d in run.decomposition]
            )
    rows.append(
        ["assured-retaliation threshold (5th percentile)"]
        + [f"{num(threshold)}: {'met' if d.assured_retaliation_met else 'NOT met'}" for d in run.decomposition]
    )
    return [
        Chart(
            partial(charts.waterfall, panels, threshold=threshold, title=f"Where the retaliation went{where}"),
            f"Each struck side's warheads{where}: its forces, less those destroyed by the counterforce strike, those "
            f"that fail "
            f"in flight and those the attacker's defence intercepts, leave the warheads arriving (bars: expected; "
            f"diamonds: the "
            f"5th percentile left after each step; dashed: the threshold of {num(threshold)} tested at the 5th "
            f"percentile).",
        ),
        Table(
            ["stage"] + [f"{d.victim} after a {d.attacker} first strike" for d in run.decomposition],
            rows,
            f"Where the retaliation went{where}: warheads, expected (5th percentile)",
            numeric={1, 2},
        ),
    ]


def derivation_section(answer) -> Section:
    """Appendix: the stability answer's explanation as a numbered derivation (with a sweep: at its first and last
    defence size)."""

    if answer.results is None:
        blocks: list[Table | Chart | Paragraph | Preformatted] = [
            Preformatted("\n".join(derivation(answer.explanation)))
        ]
    else:
        runs = answer.results[:1] + answer.results[-1:] if len(answer.results) > 1 else answer.results
        blocks = []
        for run in runs:
            blocks += [
                Paragraph(f"Against {num(run.interceptors)} interceptors:"),
                Preformatted("\n".join(derivation(run.explanation))),
            ]
    return Section("Why: where the retaliation went, step by step", blocks)


GAP = "The data does not know: "
"""How a step that rests on what the data does not know opens its conclusion in a report."""


def explanation_table(steps, notes: Footnotes, caption: str) -> Table:
    """An answer's explanation as a table: each step's rule, its facts with their footnotes, and what follows.

    A step resting on what the data does not know (``gap``) says so before its conclusion.
    """
    rows = []
    for n, step in enumerate(steps, start=1):
        facts = "; ".join(" ".join(part for part in (f.text, notes.mark(f.source)) if part) for f in step.facts)
        rows.append([n, step.rule, facts or None, (GAP if step.gap else "") + step.conclusion])
    return Table(["step", "rule", "facts [source]", "conclusion"], rows, caption, numeric={0})


def why_section(explained: list[tuple[str, list]], notes: Footnotes, lead: str) -> Section:
    """Appendix: the explanation of each status and verdict of the report, one table each, sources as footnotes."""
    blocks: list = [
        Paragraph(
            lead + " A step whose conclusion opens with '" + GAP.strip() + "' rests on a date known only as "
            "'on or before', a partial list or a stale figure; the numbers in brackets are the Sources."
        )
    ]
    blocks += [explanation_table(steps, notes, caption) for caption, steps in explained if steps]
    return Section("Appendix: why each status and verdict is what it is", blocks)


def verdicts_explained(verdicts) -> list[tuple[str, list]]:
    """Each verdict's caption and explanation."""
    return [
        (
            f"{v.instrument}, {v.party}: {v.title} ({v.article or 'no article'}) — {label('verdict', v.verdict)}",
            v.explanation,
        )
        for v in verdicts
    ]


def brief_document(on: str | dt.date | None = None, command: str = "armscontrol report brief") -> Document:
    """The brief as a report: the system on a date, compliance, linkages, the reductions and the founding question."""
    day = parse_date(on)
    brief = answers.brief(day)
    notes = Footnotes()
    rows = brief.instruments
    in_force = [r for r in rows if r.standing == "in_force"]
    ended = [r for r in rows if r.standing == "ended"]
    other = [r for r in rows if r.standing not in {"in_force", "ended", "not_yet_signed"}]
    system = Section(
        "The system on the date",
        [
            Paragraph(
                f"On {day.isoformat()}, of the instruments recorded by then, {len(in_force)} are in force, "
                f"{len(ended)} have ended "
                f"and {len(other)} never entered into force, have not yet, or are political commitments and proposals."
            ),
            Table(
                ["instrument", "kind", "in force since", "parties bound (recorded)"],
                [[r.short_title, r.kind, r.entry_into_force, r.parties_bound] for r in in_force],
                "In force",
                numeric={3},
            ),
            Chart(
                partial(
                    charts.spans,
                    [
                        (
                            heading,
                            [
                                (r.short_title, r.signed or r.first_event, r.entry_into_force, r.ended, r.standing)
                                for r in members
                            ],
                        )
                        for _, heading, members in grouped(r for r in rows if r.first_event <= day)
                    ],
                    title="Instruments from signature or entry into force to their end",
                    marker=day,
                ),
                f"Each instrument in its group (bilateral, multilateral, nuclear-weapon-free zones, declarations), by "
                f"date: a treaty "
                f"from signature to entry into force, then to its end; one that never entered into force in its own "
                f"colour; "
                f"proposals and political commitments as open markers. The dotted line marks {day.isoformat()}.",
            ),
            Table(
                ["instrument", "ended", "why"],
                [
                    [r.short_title, r.ended, label("end_reason", r.end_reason)]
                    for r in sorted(ended, key=lambda r: r.ended or dt.date.max)
                ],
                "Ended",
            ),
            Table(
                ["instrument", "kind", "signed or put forward", "standing"],
                [[r.short_title, r.kind, r.signed or r.first_event, r.standing_text] for r in other],
                "Never entered into force, not yet in force, adopted or proposed",
            ),
        ],
    )
    limits = brief.arsenal_limits
    who = " and ".join(limits.parties)
    lead: Table | Paragraph
    if limits.binding:
        lead = Table(
            BINDING_LIMITS.headings("report"),
            BINDING_LIMITS.rows(limits.binding, "report"),
            f"Treaty limits binding {who} on {day.isoformat()}",
            numeric=BINDING_LIMITS.numeric("report"),
        )
    else:
        ended_last = limits.last_ended
        tail = (
            f": the last, {ended_last['short_title']}, ended on {ended_last['ended_on']} ({ended_last['end_reason']})"
            if ended_last
            else ""
        )
        lead = Paragraph(f"No treaty limits the nuclear forces of {who} on {day.isoformat()}{tail}.")
    arsenal = Section(
        "What limits the two largest arsenals",
        [
            lead,
            Paragraph(
                "In force for both, with no numeric limit on their forces: "
                + ("; ".join(limits.other_in_force) or "none")
                + "."
            ),
            Table(
                ["date", "party", "on", "statement", "source"],
                [[st.date, st.party, st.short_title, st.note, notes.mark(st.source)] for st in limits.statements],
                "Political statements on record (not legally binding), each side's latest on each instrument"
                + (f"; the latest recorded is of {limits.record_ends.isoformat()}" if limits.record_ends else ""),
            ),
            Table(
                ["zone instrument", "standing", "state"],
                [
                    [r.short_title, label("zone_standing", r.zone_standing), label("instrument_state", r.standing)]
                    for r in rows
                    if r.zone_standing is not None and r.kind != "protocol"
                ],
                "Nuclear-weapon-free zones: in force, partly agreed or only proposed",
            ),
        ],
    )
    compliance = Section(
        "Compliance",
        [
            Paragraph(
                "Instruments in force on the date, and each ended one on the last date it was checked. Declared "
                "figures and "
                "estimates are labelled in the 'kind' column and never mixed."
            ),
            verdict_table(brief.compliance, notes, titles={r.id: r.short_title for r in rows}),
        ],
    )
    reductions = answers.reductions()
    series: dict[str, tuple[list, list]] = {}
    steps: dict[str, tuple[list, list]] = {}

    titles = {r.id: r.short_title for r in rows}
    who_of = {"SUN": "USSR / Russia", "RUS": "USSR / Russia"}
    party_colours = side_colours("RUS" if r.party == "SUN" else r.party for r in reductions.rows)
    counts = list(dict.fromkeys(r.metric for r in reductions.rows))
    colours: dict[str, str] = {}
    dashes: dict[str, str] = {}
    for r in reductions.rows:
        if r.value is not None:
            key = f"{who_of.get(r.party, r.party)}: {r.metric_title or r.metric.replace('_', ' ')}"
            series.setdefault(key, ([], []))
            series[key][0].append(r.as_of)
            series[key][1].append(r.value)
            colours[key] = party_colours["RUS" if r.party == "SUN" else r.party]
            dashes[key] = ("-", "--", ":", "-.")[counts.index(r.metric) % 4]
            notes.mark(r.source)
        if r.limit is not None and r.instrument:
            name = f"{titles.get(r.instrument, r.instrument)} limit"
            steps.setdefault(name, ([], []))
            steps[name][0].append(r.as_of)
            steps[name][1].append(r.limit)
    for name, (xs, ys) in steps.items():
        order = sorted(zip(xs, ys))
        steps[name] = ([x for x, _ in order], [y for _, y in order])
    stops = "; ".join(
        f"{code}: last declared figure {when}" if when else f"{code}: no declared figure"
        for code, when in reductions.last_reported.items()
    )
    reduction_section = Section(
        "Reductions",
        [
            Chart(
                partial(
                    charts.lines,
                    series,
                    steps=steps,
                    title="Declared strategic warheads under START I, SORT and New START",
                    xlabel="date of the figure",
                    ylabel="warheads (log scale; each treaty's counting)",
                    dates=True,
                    colours=colours,
                    dashes=dashes,
                    height=4.2,
                    log=True,
                ),
                f"Declared figures at each data exchange, each under its own treaty's counting rules (a line style "
                f"for each count, a "
                f"colour for each side), on a logarithmic scale so that the 1990 figures and today's both read; grey "
                f"steps: each treaty's limit. Where the data stop: {stops}.",
                "the treaty data exchanges as cited in the table of the Compliance section and the Sources list",
            ),
            Table(
                ["as of", "party", "instrument", "count", "declared", "limit", "verdict", "source"],
                [
                    [
                        r.as_of,
                        r.party,
                        titles.get(r.instrument or "", r.instrument),
                        r.metric_title or r.metric.replace("_", " "),
                        "not provided" if r.status == "not_provided" else num(r.value),
                        limit_text(r.limit, r.limit_range),
                        label("verdict", r.verdict),
                        notes.mark(r.source),
                    ]
                    for r in reductions.rows
                ],
                f"Declared figures; where the data stop: {stops}.",
                numeric={4, 5},
            ),
        ],
    )
    links = Section(
        "What rests on what",
        [
            Table(
                RESTS_ON.headings("report"),
                RESTS_ON.rows(brief.linkages, "report"),
                "Instruments in force on the date",
            )
        ],
    )
    sections = [system, arsenal, compliance, reduction_section, links]
    if brief.founding_question is not None:
        sections += stability_sections(
            brief.founding_question,
            notes,
            heading="The founding question: both sides at 1,500 warheads against a US defence of N interceptors",
        )
    states = [answers.status(r.id, day) for r in rows if r.first_event <= day]
    sections.append(
        why_section(
            [(f"{st.title}: {st.state_label}", st.explanation) for st in states]
            + [(f"What limits the forces of {who}", limits.explanation)]
            + verdicts_explained(brief.compliance),
            notes,
            f"Each instrument's state on {day.isoformat()}, what limits the two largest arsenals, then each "
            f"compliance verdict "
            "of the Compliance section.",
        )
    )
    return Document(
        title=f"The arms-control system on {day.isoformat()}",
        subtitle="A brief: what is in force, what ended and why, compliance, what rests on what, and strategic "
        "stability.",
        sections=sections,
        footnotes=notes,
        command=command,
        inputs={"report": "brief", "on": day.isoformat(), "data": data_digest()},
    )


def instrument_document(instrument_id: str, on: str | dt.date | None = None, command: str | None = None) -> Document:
    """One instrument: its events, parties on the date, provisions, linkages, and its figures against its limits."""

    day = parse_date(on)
    record = answers.instrument(instrument_id)
    status = answers.status(record.id, day)
    links = answers.links(record.id)
    notes = Footnotes()
    overview = Section(
        "Overview",
        [
            Paragraph(record.title),
            Paragraph(record.summary),
            Paragraph(
                f"On {day.isoformat()}: {status.state_label}"
                + (
                    f" ({label('end_reason', status.end_reason)}, {status.ended_on})"
                    if status.end_reason and status.ended_on
                    else f" ({label('never_reason', status.never_reason)})"
                    if status.never_reason
                    else ""
                )
                + (f"; scheduled to end {status.scheduled_end}" if status.scheduled_end else "")
                + "."
            ),
        ],
    )
    events = Section(
        "Events",
        [
            Table(
                ["date", "event", "by", "note", "source"],
                [
                    [e.date, e.type.replace("_", " "), e.by, e.note, notes.mark(source_ref(e.source))]
                    for e in record.events
                ],
            )
        ],
    )
    parties = Section(
        "Parties on the date",
        [
            Table(
                ["party", "name", "relation", "since", "note", "source"],
                [[p.party, p.name, p.label, p.since, p.note, notes.mark(p.source)] for p in status.parties],
            )
        ],
    )

    history = [
        [r.party, party_name(r.party), e.date, e.type.replace("_", " "), e.note, notes.mark(source_ref(e.source))]
        for r in record.parties
        for e in r.events
    ]
    if history:
        parties.blocks.append(
            Table(["party", "name", "date", "event", "note", "source"], history, "Every recorded action of each party")
        )
    provision_rows = []
    for p in record.provisions:
        values: list[LimitValue | None] = [*p.values] or [None]
        for v in values:
            bound = None if v is None else (f"{num(v.range[0])}–{num(v.range[1])}" if v.range else num(v.ceiling))
            provision_rows.append(
                [
                    p.title,
                    p.kind,
                    p.metric.replace("_", " ") if p.metric else None,
                    bound,
                    None if v is None else v.from_,
                    (v.article if v is not None and v.article else p.article),
                    notes.mark(source_ref(v.source if v is not None and v.source else p.source)),
                ]
            )
    provisions = Section(
        "Provisions",
        [
            Table(
                ["provision", "kind", "what it counts", "limit", "from", "article", "source"],
                provision_rows,
                numeric={3},
            )
        ],
    )
    linkage_rows = [
        [k.relation, k.other_title, k.party, k.summary, notes.mark(k.source)]
        for group in (links.rests_on, links.rests_on_it, links.supersedes, links.superseded_by, links.stated_conditions)
        for k in group
    ]
    sections = [
        overview,
        events,
        parties,
        provisions,
        Section(
            "Linkages",
            [
                Table(["linkage", "instrument", "party", "what it says", "source"], linkage_rows)
                if linkage_rows
                else Paragraph("No recorded linkage.")
            ],
        ),
    ]
    limited = [p for p in record.provisions if p.kind == "limit" and p.metric]
    if limited:
        figures = Section("Figures against the limits")
        for provision in limited:
            series: dict[str, tuple[list, list]] = {}
            steps: dict[str, tuple[list, list]] = {}
            tables = []
            for party in [r.party for r in record.parties]:
                try:
                    line = answers.timeline(record.id, party, provision.metric)
                except Exception:  # noqa: BLE001  (a party with no data on this metric)
                    continue
                points = [pt for pt in line.points if pt.value is not None]
                if points:
                    series[f"{party} ({points[0].kind})"] = ([pt.on for pt in points], [pt.value for pt in points])
                    binding = [pt for pt in line.points if pt.binding]
                    if binding and "limit" not in steps:
                        start = binding[0].binding_from or binding[0].on
                        steps["limit, binding from its deadline"] = (
                            [start] + [pt.on for pt in binding],
                            [binding[0].limit] + [pt.limit for pt in binding],
                        )
                    tables.append(
                        Table(
                            ["as of", "party", "value", "kind", "limit", "margin", "verdict", "source"],
                            [
                                [
                                    pt.on,
                                    party,
                                    num(pt.value),
                                    pt.kind,
                                    num(pt.limit),
                                    num(pt.margin),
                                    label("verdict", pt.verdict),
                                    notes.mark(pt.source),
                                ]
                                for pt in line.points
                            ],
                            f"{provision.title}: {party_name(party)}",
                            numeric={2, 4, 5},
                        )
                    )
            if series:
                by_party = side_colours(label.split(" (")[0] for label in series)
                figures.blocks.append(
                    Chart(
                        partial(
                            charts.lines,
                            series,
                            steps=steps,
                            title=f"{provision.title}",
                            xlabel="date of the figure",
                            ylabel=(provision.metric or "").replace("_", " "),
                            dates=True,
                            colours={label: by_party[label.split(" (")[0]] for label in series},
                        ),
                        f"{provision.title}: each party's figures against the limit ({provision.article}).",
                    )
                )
            figures.blocks += tables
        if figures.blocks:
            sections.append(figures)
    verdicts = answers.check(record.id, day, None).root  # the measurable provisions, as the figures above
    sections.append(
        why_section(
            [(f"{record.short_title} on {day.isoformat()}: {status.state_label}", status.explanation)]
            + [(f"{p.name} ({p.party}): {p.label}", p.explanation) for p in status.parties]
            + verdicts_explained(verdicts),
            notes,
            f"The instrument's state on {day.isoformat()}, each party's relation to it, and each verdict of its "
            f"provisions on that date.",
        )
    )

    for citation, _ in citations(record, ""):
        notes.mark(source_ref(citation))  # every source the record cites is listed, whichever table shows it
    return Document(
        title=record.short_title,
        subtitle=f"{record.title}: the instrument on {day.isoformat()}",
        sections=sections,
        footnotes=notes,
        command=command or f"armscontrol report instrument {record.id} --on {day.isoformat()}",
        inputs={"report": "instrument", "id": record.id, "on": day.isoformat(), "data": data_digest()},
    )


def scenario_document(spec, text: str, origin: str, command: str | None = None) -> Document:
    """A scenario: its inputs and assumptions, its stability (with distributions), and its frontier where it has a
    sweep."""

    notes = Footnotes()
    result = answers.stability(spec, distributions=True)
    inputs = Section("Inputs", [Paragraph(spec.description or f"Scenario '{spec.name}' from {origin}.")])
    force_rows = []
    for side_name, side in spec.sides.items():
        for f in side.forces:
            force_rows.append(
                [
                    side_name,
                    f.name,
                    f.basing,
                    num(f.launchers),
                    num(f.warheads_per_launcher),
                    num(f.launchers * f.warheads_per_launcher),
                    f"{f.reliability:g}",
                ]
            )
    inputs.blocks.append(
        Table(
            ["side", "element", "basing", "launchers", "warheads each", "warheads", "reliability"],
            force_rows,
            "Forces as the scenario gives them",
            numeric={3, 4, 5, 6},
        )
    )
    layer_rows = [
        [
            side_name,
            d.name,
            num(d.interceptors),
            f"{d.sspk:g}",
            d.doctrine,
            d.shots,
            f"{d.tracking:g}",
            f"{d.discrimination:g}",
            f"{d.reliability:g}",
            ", ".join(
                f"{other} {facing.decoys_per_warhead}" for other, facing in spec.sides.items() if other != side_name
            ),
        ]  # the decoys come with the facing side's warheads
        for side_name, side in spec.sides.items()
        for d in side.defence
    ]
    if layer_rows:
        inputs.blocks.append(
            Table(
                [
                    "defended side",
                    "layer",
                    "interceptors",
                    "sspk",
                    "doctrine",
                    "shots",
                    "tracking",
                    "discrimination",
                    "reliability",
                    "decoys per warhead of the facing side",
                ],
                layer_rows,
                "Defences",
                numeric={2},
            )
        )
    inputs.blocks.append(
        Paragraph(
            f"Posture: alert {spec.posture.alert}, {spec.posture.launch.replace('_', ' ')}. Counterforce: sspk "
            + ", ".join(f"{k} {v:g}" for k, v in spec.attack.sspk.items())
            + "; warheads per target "
            + ", ".join(f"{k} {v}" for k, v in spec.attack.warheads_per_target.items())
            + "."
        )
    )
    assumptions = Section("Assumptions and sources", [])
    if spec.assumptions:
        assumptions.blocks.append(Table(["assumption (not sourced)"], [[a] for a in spec.assumptions]))
    if spec.sources:
        assumptions.blocks.append(
            Table(
                ["publisher", "title", "date", "at", "used for"],
                [[s.publisher, s.title, s.date, s.at, s.used_for] for s in spec.sources],
                "Sources of the force figures",
            )
        )
    if not assumptions.blocks:
        assumptions.blocks.append(Paragraph("The scenario names no sources and no assumptions."))
    assumptions.blocks.append(Preformatted(text))
    sections = [inputs, assumptions] + stability_sections(result, notes, heading="Stability")
    sections.append(derivation_section(result))
    if spec.sweep is not None:
        front = answers.frontier(spec)
        xs = [p.interceptors for p in front.points if p.scale is not None]
        sections.append(
            Section(
                "Frontier",
                [
                    Chart(
                        partial(
                            charts.lines,
                            {
                                f"{front.facing} warheads needed": (
                                    xs,
                                    [p.facing_warheads for p in front.points if p.scale is not None],
                                )
                            },
                            title=f"Smallest {front.facing} force keeping assured retaliation",
                            xlabel="interceptors",
                            ylabel="warheads",
                            colours={f"{front.facing} warheads needed": side_colours(spec.sides)[front.facing]},
                        ),
                        f"For each size of {front.defended}'s {front.layer} defence, the smallest uniformly scaled "
                        f"force that keeps "
                        f"{num(front.assured_retaliation)} warheads arriving at the 5th percentile."
                        + (
                            f" Least-squares exchange ratio: {front.exchange_ratio:.2f} warheads per interceptor."
                            if front.exchange_ratio is not None
                            else ""
                        ),
                    ),
                    Table(
                        [
                            "interceptors",
                            "scale",
                            f"{front.facing} warheads",
                            f"{front.defended} warheads",
                            "retaliation p5",
                            "extra warheads per interceptor",
                        ],
                        [
                            [
                                num(p.interceptors),
                                "unreachable" if p.scale is None else f"{p.scale:.3f}",
                                num(p.facing_warheads),
                                num(p.defended_warheads),
                                num(p.retaliation_p5),
                                None if p.exchange_ratio is None else f"{p.exchange_ratio:.2f}",
                            ]
                            for p in front.points
                        ],
                        numeric={0, 1, 2, 3, 4, 5},
                    ),
                ],
            )
        )

    return Document(
        title=spec.name,
        subtitle="A scenario: its inputs, assumptions, stability and frontier.",
        sections=sections,
        footnotes=notes,
        command=command or f"armscontrol report scenario {origin}",
        inputs={"report": "scenario", "scenario_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()},
    )
