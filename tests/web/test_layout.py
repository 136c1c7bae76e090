"""Layout checks a browser runs on every page at 1280 and 390 px: what a reader of a data site would notice first.

No two text labels of a chart overlap, none covers a marker, none is clipped
outside its chart and no arrowhead lies on a label;
the page never scrolls sideways; every chart titles its axes; no raw
identifier (a snake_case key) shows in the visible text; and axe-core (the
vendored ``vendor/axe.min.js``, MPL-2.0, used by these tests only) finds no
serious or critical accessibility violation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
WIDTHS = {"wide": (1280, 900), "narrow": (390, 844)}
PAGES = {
    "home": "/",
    "instrument": "/instrument/ctbt?on=2024-01-01",
    "states": "/states?region=Western%20Asia",
    "forces": "/forces?instrument=new-start&party=RUS",
    "cascade": "/cascade?instrument=abm&event=withdraw&party=USA",
    "uncertainty": "/uncertainty?base=example:russia-1500-vs-nmd-uncertain&path=attack.sspk.silo&low=0.5&high=0.9&samples=8",
    "tornado": "/uncertainty?base=example:russia-1500-vs-nmd-uncertain&tornado=1&vary=sides.USA.defence[0].tracking:0.8:1",
    "jobs": "/jobs",
    "read": "/read",
    "read-marked": "/read?example=helsinki-1997",
    "glossary": "/glossary",
}

PACKAGES = {"country_converter", "pygal_maps_world"}
"""Python packages cited by name as the source of regions and map outlines: names, not keys."""

LABELS = """() => {
  const out = [];
  document.querySelectorAll('div.chart').forEach(chart => {
    if (chart.closest('figure') && chart.closest('figure').offsetParent === null) { return; }
    const box = chart.getBoundingClientRect();
    const texts = [];
    chart.querySelectorAll('svg.main-svg text').forEach(t => {
      const r = t.getBoundingClientRect();
      const style = window.getComputedStyle(t);
      if (!t.textContent.trim() || r.width < 1 || r.height < 1 || style.display === 'none' || style.visibility === 'hidden'
          || style.opacity === '0' || t.closest('.hoverlayer') || t.closest('.modebar')) { return; }
      texts.push({text: t.textContent.trim(), l: r.left, r: r.right, t: r.top, b: r.bottom});
    });
    const arrows = [];  // each annotation arrow's head: the box of its tip (the second path of the arrow's group)
    chart.querySelectorAll('g.annotation-arrow-g').forEach(g => {
      const paths = g.querySelectorAll('path');
      if (paths.length < 2) { return; }
      const r = paths[1].getBoundingClientRect();
      if (r.width < 0.5 && r.height < 0.5) { return; }
      arrows.push({x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2});
    });
    const markers = [];  // the markers of scatter traces (points, open circles, diamonds): no label may cover one
    chart.querySelectorAll('g.trace.scatter path.point').forEach(m => {
      const r = m.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || window.getComputedStyle(m).opacity === '0') { return; }
      markers.push({l: r.left, r: r.right, t: r.top, b: r.bottom});
    });
    const layout = chart._fullLayout || {};
    const xt = chart.querySelector('g.g-xtitle text'), yt = chart.querySelector('g.g-ytitle text');
    out.push({id: chart.id, box: {l: box.left, r: box.right, t: box.top, b: box.bottom}, texts: texts, arrows: arrows, markers: markers,
              xtitle: xt ? xt.textContent.trim() : '', ytitle: yt ? yt.textContent.trim() : '',
              ycategory: !!(layout.yaxis && (layout.yaxis.type === 'category' || layout.yaxis.tickmode === 'array')),
              cartesian: !!(layout.xaxis && layout._has && layout._has('cartesian'))});
  });
  return out;
}"""

VISIBLE_TEXT = """() => {
  const copy = document.body.cloneNode(true);
  copy.querySelectorAll('code, pre, script, style, textarea, select, input, .hoverlayer, svg, details:not([open]) > *:not(summary)')
      .forEach(e => e.remove());
  return copy.innerText;
}"""


def _overlap(a, b, slack=1.0):
    return min(a["r"], b["r"]) - max(a["l"], b["l"]) > slack and min(a["b"], b["b"]) - max(a["t"], b["t"]) > slack


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("name", list(PAGES))
def test_charts_read_cleanly_and_the_page_passes_an_accessibility_audit(browser, server, name, width):
    problems = layout_problems(browser, server["url"] + PAGES[name], width)
    assert problems == [], "\n".join(problems)


def layout_problems(browser, url: str, width: str) -> list[str]:
    """What a reader would notice first on the page at ``url`` at ``width`` (a key of :data:`WIDTHS`), in words."""
    import re

    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h}, bypass_csp=True)  # to inject axe-core
    page = context.new_page()
    page.goto(url, wait_until="load", timeout=180_000)
    page.wait_for_load_state("networkidle", timeout=180_000)
    page.wait_for_timeout(300)
    problems = []
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 1:
        problems.append(f"the page scrolls sideways by {overflow} px")
    for chart in page.evaluate(LABELS):
        texts, box = chart["texts"], chart["box"]
        for i, a in enumerate(texts):
            if a["l"] < box["l"] - 2 or a["r"] > box["r"] + 2 or a["t"] < box["t"] - 2 or a["b"] > box["b"] + 2:
                problems.append(f"{chart['id']}: '{a['text']}' is clipped outside its chart")
            for b in texts[i + 1 :]:
                if _overlap(a, b):
                    problems.append(f"{chart['id']}: '{a['text']}' overlaps '{b['text']}'")
        for marker in chart["markers"]:
            covered = [a["text"] for a in texts if _overlap(a, marker)]
            if covered:
                problems.append(
                    f"{chart['id']}: '{covered[0]}' covers a marker at ({marker['l']:.0f}, {marker['t']:.0f})"
                )
        for head in chart["arrows"]:
            inside = [
                a["text"] for a in texts if a["l"] + 1 < head["x"] < a["r"] - 1 and a["t"] + 1 < head["y"] < a["b"] - 1
            ]
            if inside:
                problems.append(
                    f"{chart['id']}: an arrowhead at ({head['x']:.0f}, {head['y']:.0f}) lies on the label '{inside[0]}'"
                )
        if chart["cartesian"]:
            if not chart["xtitle"]:
                problems.append(f"{chart['id']}: no x-axis title")
            if not chart["ytitle"] and not chart["ycategory"]:
                problems.append(f"{chart['id']}: no y-axis title")
    raw = sorted(set(re.findall(r"(?<![\w/.:=-])[a-z]+(?:_[a-z0-9]+)+(?![\w/.=-])", page.evaluate(VISIBLE_TEXT))))
    raw = [r for r in raw if r not in PACKAGES]
    if raw:
        problems.append(f"raw identifiers in the visible text: {raw[:10]}")
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("""() => axe.run(document, {resultTypes: ['violations']}).then(r => r.violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))""")
    problems += [f"axe: {v}" for v in found]
    context.close()
    return problems
