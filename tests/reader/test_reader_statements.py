"""The reader on real statements and invented edge cases, against hand annotations (tests/statements)."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from reader_scoring import DEVELOPMENT_2026, STATEMENTS, annotated, claim_key, figure_key, score_all

from armscontrol.reader import read_file

ITEMS = annotated() + annotated(DEVELOPMENT_2026)
IDS = [item.name for item in ITEMS]


def test_the_collection_has_enough_real_statements_each_sourced():
    real = [item for item in ITEMS if not item.invented]
    assert len(real) >= 8
    for item in real:
        assert item.text.exists(), item.name
        for key in ("publisher", "title", "date", "found_at", "kept"):
            assert item.meta.get(key), f"{item.name}: no {key}"
        assert isinstance(item.meta["date"], dt.date)


@pytest.fixture(scope="module")
def answers():
    return {item.name: read_file(str(item.text)) for item in ITEMS}


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_date_instruments_and_places(item, answers):
    answer = answers[item.name]
    expect = item.expect
    assert answer.date == expect["date"]
    assert answer.date_source == "text"
    known = item.meta.get("known_errors", {})
    wanted = [i for i in expect["instruments"] if i not in known.get("missed_instruments", [])]
    assert sorted(i.id for i in answer.instruments) == sorted(wanted)
    states = {p.code for p in answer.places if p.kind == "state"}
    assert states == {p for p in expect.get("places", [])}


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_figures_with_deadlines_and_instruments(item, answers):
    answer = answers[item.name]
    found = sorted((figure_key(f) for f in answer.figures), key=str)
    assert found == sorted((figure_key(f) for f in item.expect.get("figures", [])), key=str)
    for wanted in item.expect.get("figures", []):
        same = [f for f in answer.figures if figure_key(f) == figure_key(wanted)]
        for attribute in ("deadline", "instrument"):
            if attribute in wanted:
                assert wanted[attribute] in [getattr(f, attribute) for f in same], (item.name, attribute)


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_claims_and_verdicts(item, answers):
    answer = answers[item.name]
    known = item.meta.get("known_errors", {})
    missed = [claim_key(c) for c in known.get("missed_claims", [])]
    expected = [
        *(c for c in item.expect.get("claims", []) if claim_key(c) not in missed),
        *known.get("extra_claims", []),
    ]
    assert sorted(map(claim_key, answer.claims), key=str) == sorted(map(claim_key, expected), key=str)
    for wanted in item.expect.get("claims", []):
        if claim_key(wanted) in missed:
            continue
        claim = next(c for c in answer.claims if claim_key(c) == claim_key(wanted))
        assert claim.verdict == wanted["verdict"], (item.name, claim_key(wanted), claim.evidence)
        assert claim.evidence
        if claim.verdict != "not_in_data" or claim.instrument is not None:
            assert claim.source is not None and claim.source.publisher


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_scenario_unresolved_zones_and_provisions(item, answers):
    answer = answers[item.name]
    expect = item.expect
    if expect.get("scenario") is None:
        assert answer.scenario is None
    else:
        sides = answer.scenario["sides"]
        for side in sides.values():
            total = sum(f["launchers"] * f["warheads_per_launcher"] for f in side["forces"])
            assert abs(total - expect["scenario"]) <= 0.02 * expect["scenario"]
    assert [u.text for u in answer.unresolved] == expect.get("unresolved", [])
    zones = [p.code if p.kind == "zone" else p.name for p in answer.places if p.kind != "state"]
    assert list(dict.fromkeys(zones)) == expect.get("zones", [])  # each zone named, in the order of its first mention
    for provision in expect.get("provisions", []):
        owner = next(i for i in answer.instruments if i.id == provision["instrument"])
        assert provision["id"] in [p.id for p in owner.provisions]


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_every_quoted_passage_is_the_text_at_its_offsets(item, answers):
    text = item.text.read_text(encoding="utf-8")
    answer = answers[item.name]
    spans = [m for i in answer.instruments for m in i.mentions]
    spans += [p.mention for i in answer.instruments for p in i.provisions]
    spans += list(answer.figures) + list(answer.places) + list(answer.unresolved) + list(answer.dates)
    for span in spans:
        assert text[span.start : span.end] == span.text
    for claim in answer.claims:
        assert 0 <= claim.start < claim.end <= len(text)


def test_accuracy_over_the_annotated_set_is_measured_and_holds(answers):
    real, invented = score_all(ITEMS, answers)  # the statements as the tests above read them
    for score in (real, invented):
        for tally in (score.instruments, score.figures, score.claims):
            assert tally.recall >= 0.9 and tally.precision >= 0.9
        assert score.verdicts_right == score.verdicts_judged


def test_annotations_are_valid_yaml_with_expectations():
    for path in STATEMENTS.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert "expect" in data and "date" in data["expect"], path.name
