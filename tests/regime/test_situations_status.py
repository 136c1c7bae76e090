"""Situation tests in YAML for the whole regime: instrument and date -> state, relations and the decisive step.

Each case is checked through :func:`armscontrol.answers.status`, the answer every
interface renders, so the values are the vocabulary's (``armscontrol glossary``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from armscontrol.answers import status
from armscontrol.data import registry
from armscontrol.regime.catalogue import resolve_instrument
from armscontrol.vocabulary import values

CASES = yaml.safe_load((Path(__file__).parents[1] / "situations" / "status.yaml").read_text())


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['instrument']}@{c['date']}")
def test_status_situation(case: dict) -> None:
    on = case["date"] if isinstance(case["date"], dt.date) else dt.date.fromisoformat(case["date"])
    answer = status(case["instrument"], on)
    assert answer.state == case["state"]
    assert answer.end_reason == case.get("end_reason")
    assert answer.never_reason == case.get("never_reason")
    if "why" in case:
        assert case["why"] in answer.explanation[-1].conclusion
    for party, expected in case.get("parties", {}).items():
        got = status(case["instrument"], on, party).parties[0]
        assert got.status == expected, f"{party}: {got.status} ({got.note})"
        assert got.explanation, f"{party}: no explanation"


def test_situations_cover_every_instrument_state_and_relation() -> None:
    states = {c["state"] for c in CASES}
    relations = {s for c in CASES for s in c.get("parties", {}).values()}
    assert states == set(values("instrument_state"))
    assert relations == set(values("relation"))
    assert {resolve_instrument(c["instrument"]).id for c in CASES} == set(registry().instruments)
    assert len(CASES) >= 150
