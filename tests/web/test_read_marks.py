"""The Read page in a real headless Chromium: the text marked by kind, each mark explained on click or by keyboard.

An empty page offers shipped statements; picking one reads it and marks every
passage the answer resolved (instruments, places, figures, dates, claims) at
the answer's own character offsets, coloured from armscontrol.palette.
"""

from __future__ import annotations

import httpx
from test_dashboard import open_clean

from armscontrol.answers.read import example_statement
from armscontrol.palette import MENTION_COLOURS


def test_an_example_is_read_marked_and_each_mark_explained(browser, server):
    page, problems, _ = open_clean(browser, server["url"] + "/read")
    assert page.locator("mark.m").count() == 0  # nothing marked until a statement is read
    page.locator("form.examples button[value='helsinki-1997']").click()
    page.wait_for_load_state("networkidle", timeout=120_000)
    assert "example=helsinki-1997" in page.url  # the reading is a URL
    answer = httpx.get(server["url"] + "/data/read.json?example=helsinki-1997", timeout=60).json()
    text = example_statement("helsinki-1997").text
    assert page.locator("#text").input_value().replace("\r\n", "\n") == text  # the example fills the form
    kinds = set(page.eval_on_selector_all("#marked-text mark.m", "els => els.map(e => e.classList[1].slice(2))"))
    assert {"instrument", "place", "figure", "date", "claim"} <= kinds
    shown = page.eval_on_selector_all("#marked-text mark.m-instrument", "els => els.map(e => e.textContent)")
    assert sorted(shown) == sorted(m["text"] for i in answer["instruments"] for m in i["mentions"])
    figure = answer["figures"][0]
    assert page.locator("#marked-text mark.m-figure").first.text_content() == text[figure["start"] : figure["end"]]
    colour = page.locator("#marked-text mark.m-figure").first.evaluate("e => getComputedStyle(e).borderBottomColor")
    r, g, b = (int(MENTION_COLOURS["figure"][i : i + 2], 16) for i in (1, 3, 5))
    assert colour == f"rgb({r}, {g}, {b})"
    # a click on a nested mark explains the innermost one
    page.locator("#marked-text mark.m-figure").first.click()
    info = page.locator("#mark-info").text_content()
    assert "2,000–2,500 warheads" in info and "2007-12-31" in info and "Why:" in info
    # keyboard: Tab reaches each mark's text, Enter explains the focused one; no control sits inside another
    assert page.locator("#marked-text [role=button] [role=button]").count() == 0
    run = page.locator("#marked-text mark.m-instrument > .hit").first
    run.focus()
    page.keyboard.press("Enter")
    assert run.get_attribute("aria-expanded") == "true"
    assert "helsinki-framework" in page.locator("#mark-info").text_content()
    page.keyboard.press("Tab")
    page.keyboard.press(" ")
    focused = page.evaluate(
        "document.activeElement.tagName + ' ' + document.activeElement.getAttribute('aria-expanded')"
    )
    assert focused == "SPAN true"
    claim = page.locator("#marked-text mark.m-claim > .hit").first
    claim.focus()  # a claim holds the marks of its instrument and states: the keyboard reaches the claim itself
    page.keyboard.press("Enter")
    info = page.locator("#mark-info").text_content()
    assert "in force: no state named, start-i → consistent" in info and "judged on 1997-03-21" in info
    assert not problems, problems


def test_the_marked_page_at_a_phones_width_has_no_console_errors_and_is_shot(browser, server, shots):
    page, problems, _ = open_clean(browser, server["url"] + "/read?example=putin-2000-11-13", width="narrow")
    assert page.locator("#marked-text mark.m").count() >= 5
    page.locator("#marked-text mark.m-figure").first.click()
    assert "1,500" in page.locator("#mark-info").text_content()
    page.screenshot(path=str(shots / "read-marked-390.png"), full_page=True)
    assert not problems, problems
