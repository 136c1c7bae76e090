"""Reports carry the explanation of every status and verdict they show, in an appendix whose sources are the
footnotes."""

from __future__ import annotations

import html
import re

from armscontrol import answers
from armscontrol.citations import edition, label, series
from armscontrol.report.builders import GAP, instrument_document
from armscontrol.report.document import render_html


def _tables(report: str) -> dict[str, list[list[str]]]:
    """The appendix's tables by caption, each as its rows of cell texts."""
    appendix = report[report.index('<section id="appendix') :]
    appendix = appendix[: appendix.index("</section>")]
    out = {}
    for caption, body in re.findall(r"<table[^>]*><caption>(.*?)</caption>.*?<tbody>(.*?)</tbody>", appendix, re.S):
        out[html.unescape(caption)] = [
            [html.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
        ]
    return out


def _sources(report: str) -> dict[str, str]:
    section = report[report.index('<section id="sources">') :]
    return {
        n: html.unescape(text).strip()
        for n, text in re.findall(r'<li value="(\d+)">(.*?)(?: <a href|</li>)', section, re.S)
    }


def _check(rows: list[list[str]], steps, sources: dict[str, str]) -> None:
    assert [r[1] for r in rows] == [s.rule for s in steps]
    assert [r[3] for r in rows] == [(GAP if s.gap else "") + s.conclusion for s in steps]
    for row, step in zip(rows, steps):
        marks = re.findall(r"\[(\d+)\]", row[2])
        cited = [f.source for f in step.facts if f.source is not None]
        assert len(marks) == len(cited)
        for mark, source in zip(marks, cited):  # a footnote names the source (its edition) and every place cited in it
            note = sources[mark]
            assert note.startswith(f"{source.publisher}, {series(source.title)[0]}") and edition(source) in note
            assert source.at is None or source.at in note
            assert label(source) is None or note.endswith(f"[{label(source)}]")


def test_the_instrument_report_explains_its_state_and_every_partys_relation_with_footnoted_sources():
    status = answers.status("rarotonga", "2000-01-01")
    report = render_html(instrument_document("rarotonga", "2000-01-01"))
    tables, sources = _tables(report), _sources(report)
    _check(tables[f"{status.title} on 2000-01-01: {status.state_label}"], status.explanation, sources)
    for p in status.parties:
        _check(tables[f"{p.name} ({p.party}): {p.label}"], p.explanation, sources)
    gaps = [r for rows in tables.values() for r in rows if r[3].startswith(GAP)]
    assert gaps, "Rarotonga's parties known only 'on or before' a date: the appendix says what the data does not know"


def test_the_instrument_report_explains_each_verdict():
    verdicts = answers.check("new-start", "2020-01-01", None).root
    assert verdicts
    report = render_html(instrument_document("new-start", "2020-01-01"))
    tables, sources = _tables(report), _sources(report)
    for v in verdicts:
        caption = next(c for c in tables if c.startswith(f"{v.instrument}, {v.party}: {v.title}"))
        assert caption.endswith(v.verdict_label)
        _check(tables[caption], v.explanation, sources)


def test_the_brief_explains_what_limits_the_two_largest_arsenals_and_each_verdict():
    from armscontrol.report.builders import brief_document

    brief = answers.brief("2026-06-01")
    report = render_html(brief_document("2026-06-01"))
    tables, sources = _tables(report), _sources(report)
    who = " and ".join(brief.arsenal_limits.parties)
    _check(tables[f"What limits the forces of {who}"], brief.arsenal_limits.explanation, sources)
    for v in brief.compliance:
        caption = next(c for c in tables if c.startswith(f"{v.instrument}, {v.party}: {v.title}"))
        _check(tables[caption], v.explanation, sources)
