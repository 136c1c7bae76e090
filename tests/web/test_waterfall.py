"""The calculator's waterfall in a real headless Chromium: drawn from the answer's decomposition, each side in its own
colour."""

from __future__ import annotations

from test_dashboard import DRAWN, open_clean

from armscontrol.palette import FIXED_SIDES


def test_waterfall_draws_the_decomposition_in_the_sides_colours(browser, server, shots):
    page, problems, _ = open_clean(
        browser, server["url"] + "/stability?base=example:russia-1500-vs-nmd&interceptors=250"
    )
    for chart in ("waterfall", "histogram", "indices"):
        page.wait_for_function(DRAWN, arg=chart, timeout=60_000)
    answer = page.evaluate("fetch('/stability/answer.json' + location.search).then(r => r.json())")
    traces = page.evaluate(
        "() => document.getElementById('waterfall').data.map(t => ({type: t.type, name: t.name, y: t.y, base: t.base, "
        "colour: t.marker && t.marker.color}))"
    )
    drawn = [t for t in traces if t["type"] == "bar" and t["base"]]
    assert len(drawn) == len(answer["decomposition"]) == 2
    for trace, d in zip(drawn, answer["decomposition"]):
        stages = {s["key"]: s["expected"] for s in d["stages"]}
        tops = [b + h for b, h in zip(trace["base"], trace["y"])]
        assert tops[0] == stages["forces"] and tops[-1] == stages["arriving"]
        assert trace["base"][1] == stages["surviving"] and trace["base"][3] == stages["arriving"]
        assert trace["colour"][0] == FIXED_SIDES[d["victim"]]
    # the same side, the same colour: the distribution of a side's retaliation and its stability index
    histogram = page.evaluate("() => document.getElementById('histogram').data.map(t => [t.name, t.marker.color])")
    for name, colour in histogram:
        victim = name.split(": ")[-1].split(" ")[0]
        assert colour == FIXED_SIDES[victim]
    indices = page.evaluate(
        "() => { const t = document.getElementById('indices').data[0]; return [t.x, t.marker.color]; }"
    )
    for side, colour in zip(*indices):
        assert colour == FIXED_SIDES.get(side, "#000000")
    # "Why?" holds the answer's derivation, step for step
    page.click("#why summary")
    steps = page.eval_on_selector_all(
        "#why-steps > li", "els => els.map(e => e.querySelector('.conclusion').textContent)"
    )
    assert steps == [("? " if s["gap"] else "→ ") + s["conclusion"] for s in answer["explanation"]]
    assert answer["explanation"][0]["gap"]  # the example's unsourced assumptions come first
    page.locator("#waterfall").screenshot(path=str(shots / "stability-waterfall.png"))
    assert problems == []
    page.context.close()
