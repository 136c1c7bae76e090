"""The uncertainty page's sensitivity tornado: the API's answer drawn, N and the runs stated, a job above the bound."""

from __future__ import annotations

import json
import re
import warnings

import pytest
from test_layout import LABELS, WIDTHS, _overlap

BASE = "example:russia-1500-vs-nmd-uncertain"
QUERY = {
    "base": BASE,
    "tornado": "1",
    "vary": "sides.USA.defence[0].tracking:0.8:1",
    "output": "RUS_after_USA_strike.retaliation_p5",
}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from armscontrol.api import create_app

    folder = tmp_path_factory.mktemp("tornado-store")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(
        create_app(f"sqlite:///{folder / 'web.sqlite3'}", token="test-token-0123456789abcdef"),
        base_url="http://127.0.0.1",
    ) as test_client:
        yield test_client


def test_the_page_api_and_data_link_give_one_answer(client) -> None:
    from armscontrol.answers import as_json
    from armscontrol.answers.tornado import tornado, tornado_scenario, tornado_sensitivity
    from armscontrol.scenarios.references import resolve
    from armscontrol.web.charts import input_label

    page = client.get("/uncertainty", params=QUERY)
    assert page.status_code == 200, page.text
    query = {"base": BASE, "vary": QUERY["vary"], "output": QUERY["output"]}
    api = client.get("/api/tornado", params=query)
    data = client.get("/data/tornado.json", params=query)
    assert api.status_code == data.status_code == 200 and api.json() == data.json()
    scenario, _ = resolve(BASE)
    mapping = tornado_scenario(scenario, {"sides.USA.defence[0].tracking": (0.8, 1.0)})
    expected = json.loads(json.dumps(as_json(tornado(tornado_sensitivity(mapping, 16, 0), QUERY["output"]))))
    assert api.json() == expected
    assert expected["base_samples"] == 16 and expected["runs"] == 16 * 6
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.text))
    assert "N = 16 base samples" in text and "96 runs" in text and "k = 4 inputs" in text
    figure = json.loads(re.search(r'data-for="tornado-chart">(.*?)</script>', page.text, re.S).group(1))
    labels = [input_label(s["input"], scenario) for s in expected["indices"]]
    assert [t["y"] for t in figure["data"]] == [labels, labels]
    assert figure["data"][0]["x"] == [s["total"] for s in expected["indices"]]
    assert (
        "Attacker's kill probability against silos" in labels
        and "the United States' midcourse defence: probability of tracking" not in labels
    )
    assert any(label.startswith("The United States' midcourse defence") for label in labels)
    assert figure["layout"]["xaxis"]["title"]["text"]
    csv = client.get("/data/tornado.csv", params=query)
    assert csv.status_code == 200 and csv.text.splitlines()[0].startswith(
        "input,first_order,first_order_conf,total,total_conf"
    )


def test_above_the_bound_the_page_offers_a_job_it_would_accept(client) -> None:
    from armscontrol.scenarios.jobs import prepare_job

    page = client.get("/uncertainty", params={"base": BASE, "tornado": "1", "n": "64"})
    assert page.status_code == 200 and 'id="tornado-job-form"' in page.text and 'id="tornado-chart"' not in page.text
    assert "320 runs" in re.sub(r"<[^>]+>", " ", page.text)
    body = json.loads(re.search(r'id="tornado-job-body">(.*?)</script>', page.text, re.S).group(1))
    assert body["kind"] == "sensitivity" and body["options"] == {"method": "sobol", "samples": 64}
    assert len(prepare_job("sensitivity", None, body["scenario"], None).spec.uncertain) == 3
    api = client.get("/api/tornado", params={"base": BASE, "samples": 64})
    assert api.status_code == 422 and "background job" in api.json()["error"]


def test_bad_input_gets_a_clear_error_not_a_traceback(client) -> None:
    for params in (
        {"vary": "nonsense"},
        {"vary": "sides.XYZ.forces[0].reliability:0.5:0.9"},
        {"n": "6"},
        {"n": "x"},
        {"add": "attack.sspk.silo", "add_low": "x", "add_high": "0.9"},
        {"output": "nothing"},
    ):
        page = client.get("/uncertainty", params={"base": BASE, "tornado": "1", **params})
        assert page.status_code == 400 and "Traceback" not in page.text and 'role="alert"' in page.text, params
    api = client.get("/api/tornado", params={"base": "example:russia-1500-vs-nmd"})
    assert api.status_code == 422 and api.json()["field"] == "vary"


@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_tornado_reads_cleanly_in_a_browser(browser, server, width) -> None:
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(
        server["url"] + "/uncertainty?" + "&".join(f"{k}={v}" for k, v in QUERY.items()),
        wait_until="load",
        timeout=180_000,
    )
    page.wait_for_selector("#tornado-chart svg.main-svg", timeout=60_000)
    page.wait_for_timeout(300)
    charts = {c["id"]: c for c in page.evaluate(LABELS)}
    chart = charts["tornado-chart"]
    problems = [
        f"'{a['text']}' overlaps '{b['text']}'"
        for i, a in enumerate(chart["texts"])
        for b in chart["texts"][i + 1 :]
        if _overlap(a, b)
    ]
    box = chart["box"]
    problems += [
        f"'{a['text']}' clipped"
        for a in chart["texts"]
        if a["l"] < box["l"] - 2 or a["r"] > box["r"] + 2 or a["t"] < box["t"] - 2 or a["b"] > box["b"] + 2
    ]
    assert problems == [] and chart["xtitle"].startswith("Sobol index")
    assert page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") <= 1
    assert page.locator("#tornado-chart g.trace.bars").count() == 2
    assert page.locator("#tornado-chart g.point").count() == 2 * 4
    assert "96 runs" in page.locator("#tornado-plan").inner_text()
    page.select_option("#output", "first_strike_stability.combined")
    page.click("#tornado-form button[type=submit]")
    page.wait_for_selector("#tornado-chart svg.main-svg", timeout=60_000)
    assert "output=first_strike_stability.combined" in page.url and "add=&" in page.url + "&"
    assert errors == []
    context.close()


def test_above_the_bound_the_job_form_says_in_words_what_it_needs(browser, server) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server["url"] + f"/uncertainty?base={BASE}&tornado=1&n=64", wait_until="load", timeout=180_000)
    assert "320 runs" in page.locator("#tornado-plan").inner_text()
    assert page.locator("#tornado-chart").count() == 0
    page.click("#tornado-job-form button[type=submit]")
    page.wait_for_selector("#tornado-job-status[data-refused]", timeout=30_000)
    status = page.locator("#tornado-job-status")
    assert status.get_attribute("data-refused") == "401" and "needs the write token" in status.inner_text()
    context.close()
