"""Situation tests in YAML for the compliance engine (instrument, party, date, holdings -> verdicts)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from armscontrol.data.schema import Holding
from armscontrol.regime.catalogue import resolve_instrument
from armscontrol.regime.compliance import VERDICTS, check_instrument

CASES = yaml.safe_load((Path(__file__).parents[1] / "situations" / "compliance.yaml").read_text())


def as_holdings(case: dict) -> list[Holding] | None:
    if "holdings" not in case:
        return None
    rows = []
    for row in case["holdings"]:
        data = {"party": case["party"], "kind": "declared", "source": "situation-test", **row}
        rows.append(Holding.model_validate(data))
    return rows


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['instrument']}-{c['party']}@{c['date']}")
def test_compliance_situation(case: dict) -> None:
    instrument = resolve_instrument(case["instrument"])
    on = case["date"] if isinstance(case["date"], dt.date) else dt.date.fromisoformat(case["date"])
    # A state the instrument does not bind at all has one verdict, keyed "*" (WHOLE_INSTRUMENT).
    verdicts = {
        v.metric or v.provision: v
        for v in check_instrument(instrument, on, party=case["party"], holdings=as_holdings(case))
    }
    for metric, expected in case["expect"].items():
        assert metric in verdicts, f"no verdict on {metric}; got {sorted(verdicts)}"
        assert verdicts[metric].verdict == expected, verdicts[metric]
    for metric, margin in case.get("margin", {}).items():
        assert verdicts[metric].margin == margin
    for metric, value in case.get("value", {}).items():
        assert verdicts[metric].value == value
    for metric, kind in case.get("kind", {}).items():
        assert verdicts[metric].holding_kind == kind
    for metric, place in case.get("place", {}).items():
        assert place in (verdicts[metric].place_in_range or "")
    if "note_contains" in case:
        assert any(case["note_contains"] in (v.note or "") for v in verdicts.values())


def test_situations_cover_every_verdict_and_thirty_dates() -> None:
    seen = {v for case in CASES for v in case["expect"].values()}
    assert seen == set(VERDICTS) - {"not_measured"}
    assert len({str(case["date"]) for case in CASES}) >= 30
    assert len(CASES) >= 30
