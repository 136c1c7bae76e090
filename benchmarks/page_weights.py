"""Page weights and load times of every dashboard page, as a browser gets them (gzip where it asks).

Starts the dashboard on a free port of 127.0.0.1 with a temporary store, opens
each page of ``docs/screenshots.py`` in headless Chromium at 1280 px and at
390 px, and prints for each: the bytes transferred (the page and everything it
loads, compressed as sent: the Resource Timing API's ``transferSize``), the
page's own HTML as sent, and the time to the ``load`` event. Each page is
opened twice and the second visit counted (the server's caches warm, the
browser's cache off), and each time is also given as a ratio to the glossary's
(a page drawn from fixed text) measured in the same run. Run from the root of
a checkout: ``python benchmarks/page_weights.py [NAME ...]``.
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))
sys.path.insert(0, str(ROOT / "docs"))
from conftest import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402
from screenshots import PAGES  # noqa: E402

from armscontrol.api import create_app  # noqa: E402

REFERENCE = "/glossary"

MEASURE = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const res = performance.getEntriesByType("resource");
  return {html: nav.transferSize, total: nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0),
          decoded: nav.decodedBodySize + res.reduce((s, r) => s + r.decodedBodySize, 0), load: nav.loadEventEnd - nav.startTime};
}"""


def main(only: list[str] | None = None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="armscontrol-weights-"))
    app = create_app(f"sqlite:///{folder / 'store.db'}", token="page-weights-token-0000000")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
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
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            for _ in range(2):  # the second visit is measured: the server's caches warm
                page.goto(f"http://127.0.0.1:{port}{path}", timeout=600_000, wait_until="load")
            rows.append((name, path, width, page.evaluate(MEASURE)))
            context.close()
        browser.close()
    server.should_exit = True
    reference = {w: m["load"] for n, p, w, m in rows if p == REFERENCE}
    print(f"{'page':34} {'width':>5} {'sent (KB)':>10} {'HTML sent (KB)':>15} {'unpacked (KB)':>14} {'load (ms)':>10} {'× glossary':>11}")
    for name, path, width, m in rows:
        print(f"{name:34} {width:5d} {m['total'] / 1024:10,.0f} {m['html'] / 1024:15,.0f} {m['decoded'] / 1024:14,.0f} "
              f"{m['load']:10,.0f} {m['load'] / max(reference[width], 1):11.1f}")


if __name__ == "__main__":
    main(sys.argv[1:] or None)
