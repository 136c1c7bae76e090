"""START I's series: the shipped totals against the published table, the successor states' warheads, the 2001
deadline."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from armscontrol import answers
from armscontrol.data import registry
from armscontrol.regime.catalogue import resolve_instrument
from armscontrol.regime.compliance import check_instrument
from armscontrol.web.charts import reductions_figure
from cli_support import run

PUBLISHED = Path(__file__).parents[1] / "data" / "start_i_published_totals.csv"


def published_rows() -> list[dict[str, str]]:
    with PUBLISHED.open(newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@pytest.mark.parametrize("row", published_rows(), ids=lambda r: f"{r['party']}-{r['metric']}-{r['as_of']}")
def test_every_published_total_is_shipped_unchanged_and_declared(row: dict[str, str]) -> None:
    day = dt.date.fromisoformat(row["as_of"])
    shipped = [
        h
        for h in registry().holdings
        if (h.party, h.metric, h.as_of, h.kind) == (row["party"], row["metric"], day, "declared")
        and h.value is not None
    ]
    assert [h.value for h in shipped] == [int(row["value"])]


def test_every_shipped_start_i_figure_is_in_the_published_copy() -> None:
    copy = {(r["party"], r["metric"], r["as_of"], int(r["value"])) for r in published_rows()}
    shipped = {
        (h.party, h.metric, h.as_of.isoformat(), h.value)
        for h in registry().holdings
        if h.metric.startswith("start1_") and h.value is not None and h.value > 0
    }
    assert shipped <= copy, shipped - copy


def test_ukraine_before_its_first_sourced_figure_says_no_figure_recorded_not_no_holdings() -> None:
    result = run("forces", "UKR", "--on", "1994-01-01")
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "No figure is recorded for Ukraine" in text and "does not mean it held none" in text
    assert "No holdings" not in text


def test_ukraine_in_1994_answers_with_the_white_house_figure_labelled_an_estimate() -> None:
    result = run("forces", "UKR", "--on", "1994-06-01", "--json")
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert row["metric"] == "strategic_warheads_on_territory" and row["declared"] is None
    assert row["estimated"]["value"] == 1900 and row["estimated"]["as_of"] == "1994-01-14"
    assert row["estimated"]["source"]["publisher"].startswith("The White House")
    after = json.loads(run("forces", "UKR", "--on", "1996-06-01", "--json").stdout)
    assert after[0]["estimated"]["value"] == 0


def test_warheads_on_territory_never_feed_a_start_i_verdict() -> None:
    """Ukraine's delivery vehicles stayed START-accountable after its warheads left: the two counts stay apart."""
    verdicts = check_instrument(resolve_instrument("start-i"), dt.date(1997, 1, 1), party="UKR")
    assert all(v.metric != "strategic_warheads_on_territory" for v in verdicts)
    assert {v.verdict for v in verdicts if v.metric == "start1_accountable_warheads"} <= {
        "no_data",
        "above_not_yet_binding",
        "compliant",
    }
    assert all(v.value is None for v in verdicts if v.metric and v.metric.startswith("start1_"))


def test_the_2001_verdicts_come_from_the_shipped_figures() -> None:
    at = dt.date(2001, 12, 5)
    russia = {v.metric: v for v in check_instrument(resolve_instrument("start-i"), at, party="RUS")}
    assert (russia["start1_accountable_warheads"].verdict, russia["start1_accountable_warheads"].value) == (
        "compliant",
        5518,
    )
    assert (russia["start1_delivery_vehicles"].verdict, russia["start1_delivery_vehicles"].value) == ("compliant", 1136)
    usa = {v.metric: v for v in check_instrument(resolve_instrument("start-i"), at, party="USA")}
    assert (
        usa["start1_accountable_warheads"].verdict == "compliant" and usa["start1_accountable_warheads"].value is None
    )
    for party in ("BLR", "KAZ", "UKR"):
        verdict = {v.metric: v for v in check_instrument(resolve_instrument("start-i"), at, party=party)}
        assert (verdict["start1_accountable_warheads"].verdict, verdict["start1_accountable_warheads"].value) == (
            "compliant",
            0,
        )


def test_reductions_chart_carries_russia_through_2001_and_shows_declared_bounds_as_bounds() -> None:
    figure = reductions_figure(json.loads(answers.reductions().model_dump_json()))
    traces = {t["name"]: t for t in figure["data"]}
    russia = traces["USSR / Russia: Accountable warheads (START I)"]
    assert russia["x"] == ["1990-09-01", "2001-12-05"] and russia["y"] == [10271, 5518]
    bound = traces["USA: declared bound, no figure"]
    assert bound["mode"] == "markers" and bound["y"] == [6000] and "fewer than 6,000" in bound["text"][0]
    assert "USSR / Russia: declared bound, no figure" not in traces  # Russia's own figure of that day is drawn instead
