"""A finished job on the jobs page: a sweep drawn as lines over its grid, a sensitivity job as the Sobol tornado."""

from __future__ import annotations

import json
import re
import warnings

import pytest
from test_layout import WIDTHS, layout_problems

BASE = "example:russia-1500-vs-nmd-uncertain"
GRID = "sides.USA.defence[0].interceptors=0:1000:250"
RAW = re.compile(r"\b[A-Za-z]+_after_[A-Za-z]+_strike\b|retaliation_p5|first_strike_stability")


@pytest.fixture(scope="module")
def results():
    """A sweep over five defence sizes and a Sobol job of N = 16, computed as the job runner computes them."""
    from armscontrol.scenarios.jobs import compute
    from armscontrol.scenarios.references import resolve
    from armscontrol.scenarios.validation import prepare_scenario

    scenario, _ = resolve(BASE)
    mapping = json.loads(json.dumps(scenario, default=str))
    spec = prepare_scenario(None, mapping).spec
    return {
        "scenario": mapping,
        "sweep": compute("sweep", spec, {"grid": [GRID]}, lambda done, total: None),
        "sensitivity": compute("sensitivity", spec, {"samples": 16}, lambda done, total: None),
    }


def _done_job(store, kind: str, mapping: dict, result: dict, options: dict) -> int:
    import yaml

    from armscontrol.store.jobs import create_job, update_job

    job = create_job(store, kind, yaml.safe_dump(mapping, sort_keys=False), mapping, options)
    update_job(store, job.id, status="done", result=result, done=1, total=1)
    return job.id


def test_a_sweep_is_drawn_as_lines_over_its_grid_with_human_labels(results) -> None:
    from armscontrol.web.charts import input_label, output_label
    from armscontrol.web.job_charts import job_figures

    figures = job_figures("sweep", results["sweep"], results["scenario"])
    assert [f["id"] for f in figures] == ["job-sweep-warheads", "job-sweep-index"]
    lines = figures[0]["figure"]["data"]
    assert all(t["x"] == [0, 250, 500, 750, 1000] for t in lines)
    first = results["sweep"]["rows"]
    assert lines[0]["y"] == [r[results["sweep"]["columns"][2]] for r in first]
    assert lines[0]["name"].replace("<br>", " ") == output_label(results["sweep"]["columns"][2]).replace(
        " (warheads)", ""
    )
    for figure in figures:
        layout = figure["figure"]["layout"]
        assert layout["xaxis"]["title"]["text"].replace("<br>", " ") == input_label(
            "sides.USA.defence[0].interceptors", results["scenario"]
        )
        assert layout["yaxis"]["title"]["text"]
        assert not RAW.search(json.dumps([t["name"] for t in figure["figure"]["data"]]) + figure["title"])


def test_a_sensitivity_job_is_drawn_as_the_sobol_tornado_of_the_chosen_output(results) -> None:
    from armscontrol.web.charts import input_label
    from armscontrol.web.job_charts import job_figures, sensitivity_outputs

    result = results["sensitivity"]
    names = sensitivity_outputs(result)
    assert len(names) > 1
    for chosen in (None, names[1]):
        (figure,) = job_figures("sensitivity", result, results["scenario"], chosen)
        answer = next(o for o in result["outputs"] if o["output"] == (chosen or names[0]))
        assert figure["output"] == answer["output"] and "Sobol" in figure["title"]
        bars = figure["figure"]["data"]
        assert bars[0]["x"] == [s["total"] for s in answer["indices"]]
        assert bars[0]["y"] == [input_label(s["input"], results["scenario"]) for s in answer["indices"]]
        assert not RAW.search(figure["title"])


def test_the_jobs_page_draws_the_result_and_keeps_the_json_behind_a_link(results, tmp_path) -> None:
    from armscontrol.api import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    app = create_app(f"sqlite:///{tmp_path / 'store.db'}", token="jobs-chart-token-0123456789")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        store = app.state.store
        sweep = _done_job(store, "sweep", results["scenario"], results["sweep"], {"grid": [GRID]})
        sobol = _done_job(store, "sensitivity", results["scenario"], results["sensitivity"], {"samples": 16})
        for ident, chart in ((sweep, "job-sweep-warheads"), (sobol, "job-tornado")):
            page = client.get(f"/jobs?open={ident}")
            assert page.status_code == 200 and f'data-for="{chart}"' in page.text
            assert f'href="/api/jobs/{ident}"' in page.text
            visible = re.sub(
                r"<[^>]+>",
                " ",
                re.sub(r"<script.*?</script>|<code>.*?</code>|<pre.*?</pre>", "", page.text, flags=re.S),
            )
            assert not RAW.search(visible), RAW.search(visible)
            assert (
                '"rows"' not in page.text and '"indices"' not in page.text
            )  # the answer's JSON is not dumped on the page
        other = client.get(f"/jobs?open={sobol}&output=first_strike_stability.combined")
        figure = json.loads(re.search(r'data-for="job-tornado">(.*?)</script>', other.text, re.S).group(1))
        combined = next(
            o for o in results["sensitivity"]["outputs"] if o["output"] == "first_strike_stability.combined"
        )
        assert figure["data"][0]["x"] == [s["total"] for s in combined["indices"]]


@pytest.fixture(scope="module")
def opened(results, server):
    store = server["app"].state.store
    return {
        "sweep": _done_job(store, "sweep", results["scenario"], results["sweep"], {"grid": [GRID]}),
        "sensitivity": _done_job(store, "sensitivity", results["scenario"], results["sensitivity"], {"samples": 16}),
    }


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("kind", ["sweep", "sensitivity"])
def test_an_opened_job_reads_cleanly_in_a_browser(browser, server, opened, kind, width) -> None:
    problems = layout_problems(browser, f"{server['url']}/jobs?open={opened[kind]}", width)
    assert problems == [], "\n".join(problems)
