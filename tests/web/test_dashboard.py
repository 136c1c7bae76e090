"""The dashboard in a real headless Chromium: every page loads clean and draws, and the controls work.

Every page, at 1280 px and 390 px: no console error, no failed request, every
chart drawn (Plotly's SVG in the DOM), every data link answering. Then: the
date slider changes the headline figures, the matrix filter narrows the rows,
the calculator answers after a control changes, and a scenario is saved with
the token and refused without it. Screenshots of every page at both widths go
to the folder the ``shots`` fixture prints.
"""

from __future__ import annotations

import datetime as dt
import time

import httpx
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

WIDTHS = {"wide": (1280, 900), "narrow": (390, 844)}

# A small scenario, so that the calculator and the frontier answer in well under a second.
SMALL = """\
name: Small test exchange
sides:
  BLUE:
    forces:
      - {name: silos, basing: silo, launchers: 12, warheads_per_launcher: 1, reliability: 0.9}
      - {name: boats, basing: sea, launchers: 4, warheads_per_launcher: 2, reliability: 0.9,
         survivable: {day_to_day: 0.5, generated: 0.9}, bases: 1}
    defence:
      - {name: midcourse, interceptors: 6, sspk: 0.7, shots: 2, tracking: 0.95, reliability: 0.9}
  RED:
    forces:
      - {name: silos, basing: silo, launchers: 10, warheads_per_launcher: 2, reliability: 0.85}
      - {name: mobiles, basing: mobile, launchers: 6, warheads_per_launcher: 1, reliability: 0.85,
         survivable: {day_to_day: 0.3, generated: 0.8}, bases: 2}
attack: {sspk: {silo: 0.7, soft: 0.95}, warheads_per_target: {silo: 1, soft: 1}}
posture: {alert: generated, launch: ride_out}
criteria: {assured_retaliation: 5, value_targets: 5}
sweep: {side: BLUE, layer: midcourse, interceptors: [0, 4, 8]}
"""


@pytest.fixture(scope="module")
def small_id(server) -> int:
    response = httpx.post(
        f"{server['url']}/api/scenarios",
        json={"yaml": SMALL},
        headers={"Authorization": f"Bearer {server['token']}"},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def open_clean(browser, url: str, width: str = "wide", ready: str | None = None):
    """A page at ``url`` with its console errors and failed requests collected; returns (page, problems, seconds).

    The page is taken as loaded when the network is idle, or, with ``ready``, when that selector is shown (for a test
    of one control, which need not wait for every chart's request on a loaded machine). A page whose network is not
    idle within a minute (a slow chart request on a loaded machine) is checked as it stands: ``seconds`` is then
    ``None``, and the checks that follow wait for what they look at (every chart drawn, no failed request)."""
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url} {r.failure}"))
    page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    started = time.perf_counter()
    page.goto(url, wait_until="load", timeout=120_000)
    if ready is not None:
        page.wait_for_selector(ready, timeout=120_000)
        return page, problems, time.perf_counter() - started
    try:
        page.wait_for_load_state("networkidle", timeout=60_000)
    except PlaywrightTimeout:
        return page, problems, None
    return page, problems, time.perf_counter() - started


DRAWN = """ident => { const e = document.getElementById(ident);
  const svg = e && e.tagName === 'DIV' && e.querySelector('svg.main-svg');
  return !!svg && svg.getBoundingClientRect().width > 100 && Array.isArray(e.data) && e.data.length > 0; }"""


def charts_drawn(page) -> None:
    """Every chart container holds Plotly's SVG, with a visible width and at least one trace."""
    # a chart a narrow screen replaces by a list (the cascade graph) is not shown there; every shown one is drawn
    ids = page.eval_on_selector_all(
        "div.chart", "els => els.filter(e => e.closest('figure').offsetParent !== null).map(e => e.id)"
    )
    assert ids or page.locator("svg.worldmap, .graph-list").count() >= 1, "no chart on the page"
    assert len(ids) == len(set(ids)), f"duplicate chart ids: {ids}"
    for ident in ids:
        if ident == "frontier":
            continue  # drawn on request; checked in its own test
        page.wait_for_function(DRAWN, arg=ident, timeout=60_000)


def data_links_answer(page, base: str) -> None:
    for href in set(page.eval_on_selector_all(".data-links a", "els => els.map(a => a.getAttribute('href'))")):
        if "/data/frontier" in href:
            continue
        response = httpx.get(base + href, timeout=120)
        assert response.status_code == 200, f"{href}: {response.status_code} {response.text[:200]}"


PAGES = {
    "home": "/",
    "instrument": "/instrument/new-start",
    "states": "/states",
    "forces": "/forces",
    "cascade": "/cascade",
    "stability": "/stability?base=store:{small}",
    "scenarios": "/scenarios?compare=store:{small}&open=store:{small}",
}
LOAD_TIMES: dict[str, float] = {}


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("name", list(PAGES))
def test_page_loads_clean_and_draws(browser, server, shots, small_id, name, width):
    url = server["url"] + PAGES[name].format(small=small_id)
    page, problems, seconds = open_clean(browser, url, width)
    if seconds is not None:
        LOAD_TIMES[f"{name}@{width}"] = seconds
    load = page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd") / 1000
    built = page.inner_text("footer.foot")
    idle = f"network idle at {seconds:.2f} s" if seconds is not None else "network not idle within 60 s"
    print(f"\n{name} at {WIDTHS[width][0]} px: load event at {load:.2f} s, {idle}; {built.split('·')[-1].strip()}")
    charts_drawn(page)
    if name == "states":
        page.wait_for_function(
            "() => document.querySelectorAll('#worldmap svg.worldmap g.country').length > 150", timeout=60_000
        )
    if name == "cascade":  # the graph at 1280 px, the list by date at 390 px
        assert page.locator("#graph").is_visible() == (width == "wide")
        assert page.locator(".graph-list").is_visible() == (width == "narrow")
    if width == "wide":
        data_links_answer(page, server["url"])
    page.screenshot(path=str(shots / f"{name}-{WIDTHS[width][0]}.png"), full_page=True)
    assert problems == []
    # nothing wider than the viewport except inside scrolling tables
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{name} is {overflow} px wider than the window"
    page.context.close()


def test_date_slider_changes_the_figures(browser, server):
    page, problems, _ = open_clean(browser, server["url"] + "/")
    today = page.inner_text("#count-in-force"), page.inner_text("#count-ended")
    slider = page.locator("#year")
    slider.focus()
    with page.expect_navigation():
        page.keyboard.press("Home")  # keyboard: the slider's first year, 1963
    page.wait_for_selector("#timeline svg.main-svg", state="attached")
    assert "year=1963" in page.url
    then = page.inner_text("#count-in-force"), page.inner_text("#count-ended")
    assert then != today
    assert page.inner_text("#count-ended") == "0"
    assert (
        page.evaluate("() => document.activeElement && document.activeElement.id") == "year"
    )  # focus survives the reload
    with page.expect_navigation():
        page.keyboard.press("End")  # so End goes straight to this year
    assert f"year={dt.date.today().year}" in page.url
    assert problems == []
    page.context.close()


def test_matrix_filter_narrows_the_rows(browser, server):
    page, problems, _ = open_clean(browser, server["url"] + "/states", ready="#row-count")
    every = int(page.inner_text("#row-count"))
    with page.expect_navigation():
        page.select_option("#region", "Africa")
    assert "region=Africa" in page.url
    africa = int(page.inner_text("#row-count"))
    assert 0 < africa < every
    with page.expect_navigation():
        page.select_option("#only", "annex-2")
    assert int(page.inner_text("#row-count")) < africa
    assert problems == []
    page.context.close()


def test_calculator_answers_after_a_control_changes(browser, server, small_id):
    page, problems, _ = open_clean(browser, server["url"] + f"/stability?base=store:{small_id}")
    before = page.inner_text("#combined")
    page.locator("#interceptors").focus()
    started = time.perf_counter()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.body.dataset.answered !== '0'", timeout=60_000)
    print(f"\ncalculator answered in {time.perf_counter() - started:.2f} s after the first key press")
    assert "interceptors=" in page.url
    # the keys may start several requests; the last one's answer is the page's final state
    page.wait_for_function(
        "() => document.querySelector('#calc-status').innerText.startsWith('Answered')", timeout=60_000
    )
    page.wait_for_selector("#histogram svg.main-svg", state="attached")
    after_answer = page.evaluate(
        "fetch(location.pathname.replace('/stability', '/stability/answer.json') + location.search).then(r => r.json())"
    )
    assert page.inner_text("#combined") == f"{after_answer['combined']:.3f}"
    assert int(page.input_value("#interceptors")) != 6 or before != page.inner_text("#combined")
    page.click("#frontier-button")
    page.wait_for_function(DRAWN, arg="frontier", timeout=120_000)
    reach = page.evaluate(
        "() => [document.getElementById('frontier').layout.xaxis.range[1], "
        "Number(document.getElementById('interceptors').max)]"
    )
    assert reach[0] >= reach[1]  # the frontier's axis runs as far as the control does
    assert problems == []
    page.context.close()


def test_scenario_saved_with_the_token_and_refused_without(browser, server):
    page, problems, _ = open_clean(browser, server["url"] + "/scenarios")
    count = int(page.inner_text("#saved-count"))
    page.fill("#yaml", SMALL.replace("Small test exchange", "Saved from the page"))
    page.fill("#token", "not-the-token-at-all")
    page.click("#save-form button[type=submit]")
    page.wait_for_selector("#save-status[data-refused='401']")
    assert "Refused" in page.inner_text("#save-status")
    assert "saving needs the write token; paste it in the box above" in page.inner_text(
        "#save-status"
    )  # plain words, not HTTP
    problems.clear()  # the 401 is the expected answer
    page.fill("#token", server["token"])
    with page.expect_navigation():
        page.click("#save-form button[type=submit]")
    assert "open=store:" in page.url
    assert int(page.inner_text("#saved-count")) == count + 1
    assert "Saved from the page" in page.inner_text("#open-title")
    yaml_link = page.locator("a", has_text="Download YAML").get_attribute("href")
    assert "Saved from the page" in httpx.get(server["url"] + yaml_link).text
    assert problems == []
    page.context.close()


@pytest.mark.parametrize("width", list(WIDTHS))
def test_jobs_page_loads_clean_and_refuses_a_job_without_the_token(browser, server, shots, small_id, width):
    page, problems, _ = open_clean(browser, server["url"] + "/jobs", width)
    assert page.locator("#jobs").count() == 1 and page.locator("#job-form").count() == 1
    page.screenshot(path=str(shots / f"jobs-{WIDTHS[width][0]}.png"), full_page=True)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"jobs is {overflow} px wider than the window"
    assert problems == []
    page.select_option("#ref", f"store:{small_id}")
    page.select_option("#kind", "sweep")
    page.fill("#grid", "no.such.field=1:2:1")
    page.fill("#token", "not-the-token-at-all")
    page.click("#job-form button[type=submit]")
    page.wait_for_selector("#job-status[data-refused='401']")
    assert "Refused" in page.inner_text("#job-status")
    assert "needs the write token; paste it in the box above" in page.inner_text("#job-status")
    page.fill("#token", server["token"])
    page.click("#job-form button[type=submit]")
    page.wait_for_selector("#job-status[data-refused='422']")
    assert "Not started" in page.inner_text("#job-status")
    problems.clear()  # the 401 and 422 are the expected answers
    page.context.close()


def test_bad_input_is_a_page_not_a_traceback(server):
    response = httpx.get(server["url"] + "/instrument/new-strat")
    assert response.status_code == 400
    assert "did you mean" in response.text and "Traceback" not in response.text
    response = httpx.get(server["url"] + "/data/stability.json?interceptors=-3")
    assert response.status_code == 400 and response.json()["field"] == "interceptors"


MARKUP = (
    SMALL.replace("Small test exchange", "<b>Bold</b> exchange")
    .replace("RED:", "'RED<img src=x onerror=window.hit=1>':", 1)
    .replace(
        "{name: silos, basing: silo, launchers: 12",
        "{name: '<script>window.hit=2</script>', basing: silo, launchers: 12",
        1,
    )
)


def test_names_that_carry_markup_are_text_on_every_page(browser, server):
    """A saved scenario whose names hold markup: shown as text on each page and in the calculator's table, no script
    runs."""
    response = httpx.post(
        f"{server['url']}/api/scenarios",
        json={"yaml": MARKUP},
        headers={"Authorization": f"Bearer {server['token']}"},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    ident = response.json()["id"]
    for path in (
        f"/stability?base=store:{ident}",
        f"/scenarios?open=store:{ident}&compare=store:{ident}",
        "/scenarios",
        f"/uncertainty?base=store:{ident}",
    ):
        page, problems, _ = open_clean(browser, server["url"] + path)
        dialogs: list[str] = []
        page.on("dialog", lambda d, seen=dialogs: (seen.append(d.message), d.dismiss()))
        if path.startswith("/stability"):
            page.locator("#interceptors").focus()
            page.keyboard.press("ArrowRight")
            page.wait_for_function("() => document.body.dataset.answered !== '0'", timeout=60_000)
            assert "RED<img src=x onerror=window.hit=1>" in page.inner_text("#pairs-body")
            assert page.locator("#pairs-body img").count() == 0
        assert page.evaluate("() => window.hit") is None, path
        assert page.locator("main img[src=x], main b:text('Bold')").count() == 0, path
        assert dialogs == [] and problems == [], (path, problems)
        page.context.close()


def test_calculator_sliders_show_the_warheads_they_yield_and_charts_share_scales_and_colours(browser, server, small_id):
    page, problems, _ = open_clean(browser, server["url"] + f"/stability?base=store:{small_id}")
    yields = page.locator("output[data-yields='BLUE']")
    before = yields.inner_text()
    assert before.startswith("= ") and before.endswith(" warheads")
    page.locator("#scale_BLUE").focus()
    page.keyboard.press("Home")  # the smallest scale
    page.wait_for_function(
        "() => document.body.dataset.answered !== undefined && document.body.dataset.answered !== '0'", timeout=60_000
    )
    page.wait_for_function(
        f"() => document.querySelector(\"output[data-yields='BLUE']\").textContent !== {before!r}", timeout=60_000
    )
    after = yields.inner_text()
    assert int(after.split()[1].replace(",", "")) < int(before.split()[1].replace(",", ""))
    assert after.split()[1] in page.inner_text("#forces-now")  # the sentence follows the slider
    ranges = page.evaluate(
        "() => { const l = document.getElementById('histogram').layout; return [l.xaxis.range, l.xaxis2.range]; }"
    )
    assert ranges[0] == ranges[1]  # both panels on one x scale
    colours = page.evaluate("""() => {
      const out = {};
      const add = (side, colour) => { (out[side] = out[side] || new Set()).add(String(colour).toUpperCase()); };
      document.getElementById('histogram').data.forEach(t => add(t.name.split(': ')[1].split(' ')[0], t.marker.color));
      document.getElementById('waterfall').data.filter(t => t.type === 'bar' && t.x[0] !== null)
        .forEach(t => add(t.name.split(' ')[0], t.marker.line.color));
      const idx = document.getElementById('indices').data[0];
      idx.x.forEach((side, k) => { if (side in out) { add(side, idx.marker.color[k]); } });
      return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]));
    }""")
    assert set(colours) == {"BLUE", "RED"} and all(len(v) == 1 for v in colours.values()), colours
    assert colours["BLUE"] != colours["RED"]
    assert problems == []
    page.context.close()
