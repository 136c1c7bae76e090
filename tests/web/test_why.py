""" "Why?" in a real headless Chromium: each disclosure opens and holds the same steps as the API's explanation.

A party's relation, an instrument's state, a compliance verdict and a cascade
step: click its "Why?", and the steps shown (rule, facts, conclusion, and the
mark of a step the data does not know) are the API's, in order. Screenshots of
an opened "Why?" and of the glossary at 1280 and 390 px go to the ``shots``
folder.
"""

from __future__ import annotations

import httpx
import pytest
from test_dashboard import open_clean

SHOWN = """el => [...el.querySelectorAll('ol.why-steps > li')].map(li => ({
  rule: li.querySelector('.rule').textContent,
  facts: [...li.querySelectorAll('li.fact')].map(f => f.textContent),
  conclusion: li.querySelector('.conclusion .text').textContent,
  marked: li.querySelector('.gap-mark') ? li.querySelector('.gap-mark').textContent : null,
  gap: li.classList.contains('gap')}))"""

CASES = [  # (page, the disclosure, the API's answer, where its explanation is in that answer)
    (
        "/instrument/rarotonga?on=2000-01-01",
        "#why-party-COK",
        "/api/status/rarotonga?on=2000-01-01&party=COK",
        ("parties", 0),
    ),
    ("/instrument/new-start?on=2026-06-01", "#why-status", "/api/status/new-start?on=2026-06-01", ()),
    (
        "/forces?instrument=new-start&party=RUS&on=2020-01-01",
        "#why-verdict-deployed-warheads",
        "/api/check/new-start?on=2020-01-01&party=RUS&obligations=true",
        (1,),
    ),
    ("/cascade?instrument=abm&event=withdraw&party=USA", "#why-step-1", "/api/cascade/abm?withdraw=USA", ("steps", 0)),
]


def _explanation(answer, path):
    for key in path:
        answer = answer[key]
    return answer["explanation"]


@pytest.mark.parametrize(
    ("url", "disclosure", "api", "path"), CASES, ids=["party", "instrument", "verdict", "cascade-step"]
)
def test_why_opens_and_holds_the_apis_steps(browser, server, url, disclosure, api, path):
    expected = _explanation(httpx.get(server["url"] + api, timeout=60).json(), path)
    assert expected
    page, problems, _ = open_clean(browser, server["url"] + url)
    details = page.locator(disclosure)
    assert details.get_attribute("open") is None  # closed until asked
    assert not page.locator(f"{disclosure} ol.why-steps").is_visible()
    details.locator("summary").click()
    assert details.get_attribute("open") is not None
    assert page.locator(f"{disclosure} ol.why-steps").is_visible()
    shown = details.evaluate(SHOWN)
    assert [s["rule"] for s in shown] == [s["rule"] for s in expected]
    assert [s["conclusion"] for s in shown] == [s["conclusion"] for s in expected]
    assert [s["gap"] for s in shown] == [s["gap"] for s in expected]
    assert [s["marked"] is not None for s in shown] == [s["gap"] for s in expected]  # a gap is said in words
    for step_shown, step in zip(shown, expected):
        assert len(step_shown["facts"]) == len(step["facts"])
        for text, fact in zip(step_shown["facts"], step["facts"]):
            assert fact["text"] in text
            if fact["source"]:
                assert fact["source"]["publisher"] in text and fact["source"]["title"] in text
    assert problems == []
    page.context.close()


def test_a_gap_is_marked_visibly_and_a_link_opens_its_why(browser, server):
    """The matrix cell's link opens the party's "Why?"; a step the data does not know reads so."""
    page, problems, _ = open_clean(browser, server["url"] + "/instrument/rarotonga?on=2000-01-01&why=COK#party-COK")
    details = page.locator("#why-party-COK")
    assert details.get_attribute("open") is not None
    mark = details.locator("li.step.gap .gap-mark").first
    assert mark.is_visible() and mark.inner_text().lower().startswith("the data does not know")
    assert problems == []
    page.context.close()


@pytest.mark.parametrize("width", ["wide", "narrow"])
def test_screenshots_of_an_opened_why_and_of_the_glossary(browser, server, shots, width):
    size = {"wide": 1280, "narrow": 390}[width]
    page, problems, _ = open_clean(
        browser, server["url"] + "/instrument/rarotonga?on=2000-01-01&why=COK#party-COK", width
    )
    assert page.locator("#why-party-COK").get_attribute("open") is not None
    page.evaluate(
        "() => { const h = document.getElementById('parties-title'); window.scrollTo(0, h.getBoundingClientRect().top "
        "+ window.scrollY - 8); }"
    )
    page.screenshot(path=str(shots / f"why-{size}.png"))
    page.context.close()
    page, more, _ = open_clean(browser, server["url"] + "/glossary", width)
    assert page.locator("section#relation tbody tr").count() > 0
    assert page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") <= 1  # no sideways scroll
    page.screenshot(path=str(shots / f"glossary-{size}.png"), full_page=True)
    page.context.close()
    assert problems + more == []
