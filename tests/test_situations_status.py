"""Situation tests in YAML: instrument, date -> state, end reason and party statuses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from armscontrol.data import registry
from armscontrol.regime.catalogue import resolve_instrument
from armscontrol.regime.status import party_status_on, status_on

CASES = yaml.safe_load((Path(__file__).parent / "situations" / "status.yaml").read_text())


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['instrument']}@{c['date']}")
def test_status_situation(case: dict) -> None:
    instrument = resolve_instrument(case["instrument"])
    on = case["date"] if isinstance(case["date"], dt.date) else dt.date.fromisoformat(case["date"])
    status = status_on(instrument, on)
    assert status.state == case["state"]
    assert status.end_reason == case.get("end_reason")
    for party, expected in case.get("parties", {}).items():
        assert party_status_on(instrument, party, on).status == expected, party


def test_situations_cover_every_state_and_party_status() -> None:
    states = {c["state"] for c in CASES}
    party_statuses = {s for c in CASES for s in c.get("parties", {}).values()}
    assert states == {"not_yet_signed", "not_in_force", "in_force", "ended"}
    assert party_statuses == {"signatory", "ratified", "party", "suspended", "withdrawn", "not_party", "not_recorded"}
    assert len({(c["instrument"], str(c["date"])) for c in CASES}) >= 12
    assert registry().instruments
