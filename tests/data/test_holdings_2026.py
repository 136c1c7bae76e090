"""The ground-based interceptor counts added in 2026 load, carry their sources, and reach ``forces`` as estimates.

The figures below are the test's own copy of what the publishers printed:
- The Heritage Foundation, Baker Spring, "The Enduring Features of the Debate Over Missile Defense",
  20 September 2006, opening paragraph: 11 interceptors in Alaska and California.
- Global Security Newswire, "U.S. Could Field Even More Interceptors in Alaska", 23 July 2013,
  second paragraph: 26 interceptors in Alaska and 4 in California.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from armscontrol.data import registry
from cli_support import run

SOURCES_FILE = Path(__file__).parents[2] / "src" / "armscontrol" / "data" / "sources" / "holdings-2026.yaml"

PUBLISHED = {
    # source key: (as_of, interceptors, publication date, publisher starts with)
    "heritage-2006-09-20-enduring-features": (
        dt.date(2006, 9, 20),
        11,
        dt.date(2006, 9, 20),
        "The Heritage Foundation",
    ),
    "gsn-2013-07-23-more-interceptors-in-alaska": (
        dt.date(2013, 7, 23),
        26 + 4,
        dt.date(2013, 7, 23),
        "Global Security Newswire",
    ),
}


def _rows_citing(key: str):
    return [h for h in registry().holdings if h.source.ref == key]


def test_the_new_sources_file_holds_exactly_the_sources_these_rows_cite() -> None:
    keys = set(yaml.safe_load(SOURCES_FILE.read_text())["sources"])
    assert keys == set(PUBLISHED)


@pytest.mark.parametrize("key", sorted(PUBLISHED))
def test_each_new_row_loads_with_its_dated_source(key: str) -> None:
    as_of, value, published, publisher = PUBLISHED[key]
    [row] = _rows_citing(key)
    assert (row.party, row.metric, row.as_of, row.value) == ("USA", "abm_interceptors", as_of, value)
    assert row.kind == "estimated", "a think-tank or press count is never a declaration"
    assert row.source.at, "every figure says where in its source it stands"
    source = registry().sources[key]
    assert source.date == published and source.publisher.startswith(publisher)
    assert source.kind in {"estimate", "press"} and source.url
    assert row.as_of <= source.date


def test_forces_2006_shows_the_heritage_estimate_beside_the_stale_declaration() -> None:
    result = run("forces", "USA", "--on", "2006-09-20", "--metric", "abm_interceptors", "--json")
    assert result.exit_code == 0, result.output
    [answer] = json.loads(result.stdout)
    estimated, declared = answer["estimated"], answer["declared"]
    assert (estimated["value"], estimated["as_of"], estimated["age_days"]) == (11, "2006-09-20", 0)
    assert estimated["source"]["ref"] == "heritage-2006-09-20-enduring-features"
    assert estimated["source"]["date"] == "2006-09-20" and estimated["source"]["at"] == "paragraph 1"
    # The latest declaration on that date is still the first emplacement of 2004, shown as stale, not replaced.
    assert (declared["value"], declared["as_of"], declared["stale"]) == (1, "2004-07-22", True)


def test_forces_2013_keeps_the_press_count_apart_from_the_secretarys() -> None:
    [answer] = json.loads(run("forces", "USA", "--on", "2013-08-01", "--metric", "abm_interceptors", "--json").stdout)
    assert (answer["declared"]["value"], answer["declared"]["source"]["ref"]) == (30, "dod-2013-03-15-hagel-briefing")
    assert (answer["estimated"]["value"], answer["estimated"]["source"]["ref"]) == (
        30,
        "gsn-2013-07-23-more-interceptors-in-alaska",
    )
    assert answer["estimated"]["source"]["kind"] == "press"
