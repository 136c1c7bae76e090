"""INF Treaty eliminations: the shipped figures equal the published ones, and the deadline verdicts follow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from armscontrol.data import registry
from armscontrol.regime.compliance import check_instrument

PUBLISHED = yaml.safe_load((Path(__file__).parents[1] / "data" / "inf_eliminations.yaml").read_text())


def shipped(party: str, day: dt.date) -> int | None:
    rows = [h for h in registry().holdings if h.metric == "inf_range_missiles" and h.party == party and h.as_of == day]
    assert len(rows) == 1, (party, day, rows)
    assert rows[0].kind == "declared"
    return rows[0].value


def test_shipped_inf_figures_equal_the_published_table() -> None:
    for key in ("declared_at_entry_into_force", "left_at_deadline"):
        table = PUBLISHED[key]
        for party in ("USA", "SUN"):
            assert shipped(party, table["date"]) == table[party], (key, party)
    assert sum(PUBLISHED["united_states_by_type"].values()) == PUBLISHED["declared_at_entry_into_force"]["USA"]


def verdict(party: str, on: dt.date) -> str:
    verdicts = check_instrument(registry().instruments["inf"], on, party=party)
    return next(v.verdict for v in verdicts if v.provision == "eliminate-inf-missiles")


def test_missiles_held_before_the_deadline_are_not_yet_a_breach_and_none_are_left_after() -> None:
    for party in ("USA", "SUN"):
        assert verdict(party, dt.date(1989, 1, 1)) == "above_not_yet_binding", party
        assert verdict(party, dt.date(1991, 6, 1)) == "compliant", party


def test_the_production_ban_is_not_judged_against_missiles_awaiting_elimination() -> None:
    verdicts = check_instrument(registry().instruments["inf"], dt.date(1989, 1, 1), party="USA")
    assert verdicts and all(v.verdict != "exceeds" for v in verdicts), [(v.provision, v.verdict) for v in verdicts]
