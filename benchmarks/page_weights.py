"""Page weights and load times of every dashboard page, as a browser gets them (gzip where it asks).

Starts the dashboard on a free port of 127.0.0.1 with a temporary store, opens
each page of ``docs/screenshots.py`` in headless Chromium at 1280 px and at
390 px, and prints for each: the bytes transferred on a first visit (the page and
everything it loads, compressed as sent: the Resource Timing API's
``transferSize``; the browser's cache empty), the page's own HTML as sent, the
same unpacked, and the time to the ``load`` event on that first visit and on a
second (the browser's cache holding the scripts and styles, the server's caches
warm). Each time is also given as a ratio to the glossary's (a page drawn from
fixed text) measured in the same run. Run from the root of
a checkout: ``python benchmarks/page_weights.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))
sys.path.insert(0, str(ROOT / "docs"))
from screenshots import PAGES, serve

from conftest import CHROMIUM, CHROMIUM_FLAGS

REFERENCE = "/glossary"

MEASURE = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const res = performance.getEntriesByType("resource");
  return {html: nav.transferSize, total: nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0),
          decoded: nav.decodedBodySize + res.reduce((s, r) => s + r.decodedBodySize, 0), load: nav.loadEventEnd - nav.startTime};
}"""


def main(only: list[str] | None = None) -> None:
    _, port, server = serve("armscontrol-weights-", "page-weights-token-0000000")
    seen: set[tuple[str, int]] = set()
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        targets = [("glossary", REFERENCE, 1280), ("glossary-390", REFERENCE, 390)]
        targets += [(name, path, width) for name, path, width, _ in PAGES if not only or name in only]
        for name, path, width in targets:
            if (path, width) in seen:
                continue
            seen.add((path, width))
            context = browser.new_context(viewport={"width": width, "height": 900})  # a fresh context: an empty cache
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{port}{path}", timeout=600_000, wait_until="load")
            first = page.evaluate(MEASURE)
            page.goto(f"http://127.0.0.1:{port}{path}", timeout=600_000, wait_until="load")
            first["again"] = page.evaluate(MEASURE)["load"]
            rows.append((name, path, width, first))
            context.close()
        browser.close()
    server.should_exit = True
    reference = {w: m["again"] for n, p, w, m in rows if p == REFERENCE}
    print(
        f"{'page':28} {'width':>5} {'sent (KB)':>9} {'HTML sent':>9} {'unpacked':>9} {'first load (ms)':>15} "
        f"{'again (ms)':>10} {'again × glossary':>16}"
    )
    for name, _path, width, m in rows:
        print(
            f"{name:28} {width:5d} {m['total'] / 1024:9,.0f} {m['html'] / 1024:9,.0f} {m['decoded'] / 1024:9,.0f} "
            f"{m['load']:15,.0f} {m['again']:10,.0f} {m['again'] / max(reference[width], 1):16.1f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:] or None)
