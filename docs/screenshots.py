"""Take the README's dashboard screenshots: ``.venv/bin/python docs/screenshots.py`` writes docs/img/*.png.

``docs/screenshots.py pdf`` makes the three reports (the brief, New START's report and the founding example's) as PDFs
and writes every page as a PNG at 60 dpi to docs/img/pdf/ (``pdftoppm``), printing how long each report took.

It starts the dashboard on a free port of 127.0.0.1 with a temporary store,
opens each page in headless Chromium (Debian's ``/usr/bin/chromium``) and
saves what a reader sees at 1280 px and at 390 px. The
comparison computes the three shipped examples, so it takes a while; name the
pictures to retake only those.
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn
from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "web"))
from armscontrol.api import create_app  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402

COMPARE = "example:helsinki-2500,example:russia-1500-vs-nmd,example:new-start-parity"
UNCERTAIN = "/uncertainty?base=example:russia-1500-vs-nmd-uncertain&path=attack.sspk.silo&low=0.5&high=0.9&samples=32"
PAGES = [  # file, path, width, height of the clip (None: the whole page); every page at 1280 and at 390 px
    ("dashboard-home", "/", 1280, 2050),
    ("dashboard-home-390", "/", 390, 2600),
    ("dashboard-states", "/states?map=ctbt", 1280, 1300),
    ("dashboard-states-matrix", "/states?region=Western%20Asia&map=tlatelolco", 1280, 2000),
    ("dashboard-states-390", "/states?region=Western%20Asia&map=tlatelolco", 390, 2400),
    ("dashboard-forces", "/forces?instrument=new-start&party=RUS", 1280, 2600),
    ("dashboard-forces-390", "/forces?instrument=new-start&party=RUS", 390, 3000),
    ("dashboard-cascade", "/cascade?instrument=abm&event=withdraw&party=USA", 1280, 1300),
    ("dashboard-cascade-390", "/cascade?instrument=abm&event=withdraw&party=USA", 390, 1800),
    ("dashboard-stability", "/stability", 1280, 1500),
    ("dashboard-stability-390", "/stability", 390, 2600),
    ("dashboard-uncertainty", UNCERTAIN, 1280, 1700),
    ("dashboard-uncertainty-390", UNCERTAIN, 390, 2400),
    ("dashboard-scenarios", f"/scenarios?compare={COMPARE}", 1280, 1000),
    ("dashboard-scenarios-390", f"/scenarios?compare={COMPARE}", 390, 1800),
    ("dashboard-instrument", "/instrument/ctbt?on=2024-01-01", 1280, 1200),
    ("dashboard-instrument-390", "/instrument/ctbt?on=2024-01-01", 390, 1800),
    ("dashboard-jobs", "/jobs", 1280, 900),
    ("dashboard-jobs-390", "/jobs", 390, 1400),
    ("dashboard-jobs-sweep", "/jobs?open=1", 1280, 1500),  # the jobs of finished_jobs(): 1 a sweep, 2 a Sobol job
    ("dashboard-jobs-sweep-390", "/jobs?open=1", 390, 2000),
    ("dashboard-jobs-sensitivity", "/jobs?open=2", 1280, 1000),
    ("dashboard-jobs-sensitivity-390", "/jobs?open=2", 390, 1500),
    ("dashboard-read", "/read", 1280, 700),
    ("dashboard-read-390", "/read", 390, 900),
    ("dashboard-read-marks", "/read?example=putin-2000-11-13", 1280, 1500),
    ("dashboard-read-marks-390", "/read?example=putin-2000-11-13", 390, 2400),
    ("dashboard-read-french", "/read?example=guatemala-ctbt-france-2012", 1280, 1700),
    ("dashboard-read-french-390", "/read?example=guatemala-ctbt-france-2012", 390, 2600),
    ("dashboard-read-spanish", "/read?example=opanal-tlatelolco-2019", 1280, 1500),
    # a day worked out from an anniversary and the registry's date of the event: the page says how, with the source
    (
        "dashboard-read-anniversary",
        "/read?text=Today+marks+the+51st+anniversary+of+the+opening+for+signature+of+the+Treaty+of+Tlatelolco.",
        1280,
        900,
    ),
    # a day given without its year, put in the year the registry dates the event told beside it
    (
        "dashboard-read-event-day",
        "/read?text=UNITED+NATIONS+--+The+UN+ambassadors+of+Kazakhstan,+Kyrgyzstan+and+Uzbekistan+said+on+March+31"
        "+that+their+countries+have+ratified+the+treaty+on+a+nuclear-weapon-free+zone+in+Central+Asia,"
        "+which+came+into+force+on+March+21.",
        1280,
        900,
    ),
    # a statement whose text gives no date: the page says so in the vocabulary's words
    ("dashboard-read-undated", "/read?text=The+CTBT+has+been+signed+by+187+States+and+ratified+by+178.", 1280, 900),
    ("dashboard-report", "/report?kind=instrument&target=new-start&on=2024-01-01", 1280, 700),
    ("dashboard-report-390", "/report?kind=instrument&target=new-start&on=2024-01-01", 390, 1000),
]
FIGURES = [  # file, path, width, the element whose box is the picture (one chart, not the page)
    ("start-i-series", "/forces?instrument=start-i&party=RUS", 1280, "figure[aria-labelledby='reductions-title']"),
]


def finished_jobs(store) -> None:
    """Two finished jobs in a new store, as the job runner computes them: #1 a sweep of the US defence, #2 Sobol (N
    = 16)."""
    import json

    import yaml

    from armscontrol.scenarios.jobs import compute
    from armscontrol.scenarios.references import resolve
    from armscontrol.scenarios.validation import prepare_scenario
    from armscontrol.store.jobs import create_job, update_job

    scenario, _ = resolve("example:russia-1500-vs-nmd-uncertain")
    mapping = json.loads(json.dumps(scenario, default=str))
    spec = prepare_scenario(None, mapping).spec
    for kind, options in (
        ("sweep", {"grid": ["sides.USA.defence[0].interceptors=0:1000:250"]}),
        ("sensitivity", {"samples": 16}),
    ):
        job = create_job(store, kind, yaml.safe_dump(mapping, sort_keys=False), mapping, options)
        update_job(
            store, job.id, status="done", result=compute(kind, spec, options, lambda done, total: None), done=1, total=1
        )


def serve(prefix: str, token: str) -> tuple[Any, int, uvicorn.Server]:
    """The dashboard on a free port of 127.0.0.1 with a new store in a temporary folder, in a daemon thread: the
    application, its port and the server (set ``should_exit`` to stop it)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    app = create_app(f"sqlite:///{folder / 'store.db'}", token=token)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return app, port, server


def main(only: list[str] | None = None) -> None:
    """Take every picture, or only those named (``docs/screenshots.py dashboard-home dashboard-states``)."""
    app, port, server = serve("armscontrol-docs-", "docs-screenshots-token-000")
    if any("/jobs?open=" in path for name, path, _, _ in PAGES if not only or name in only):
        finished_jobs(app.state.store)
    out = HERE / "img"
    out.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for name, path, width, height in PAGES:
            if only and name not in only:
                continue
            page = browser.new_page(viewport={"width": width, "height": height or 900})
            page.goto(f"http://127.0.0.1:{port}{path}", timeout=600_000)
            page.wait_for_load_state("networkidle", timeout=600_000)
            page.wait_for_timeout(500)
            page.screenshot(path=str(out / f"{name}.png"), full_page=height is None)
            print(out / f"{name}.png")
            page.close()
        for name, path, width, selector in FIGURES:
            if only and name not in only:
                continue
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(f"http://127.0.0.1:{port}{path}", timeout=600_000)
            page.wait_for_load_state("networkidle", timeout=600_000)
            page.wait_for_timeout(500)
            page.locator(selector).screenshot(path=str(out / f"{name}.png"))
            print(out / f"{name}.png")
            page.close()
        browser.close()
    server.should_exit = True


REPORTS = {
    "brief": ("brief", None, "2026-06-01"),
    "instrument": ("instrument", "new-start", "2024-01-01"),
    "scenario": ("scenario", "examples/russia-1500-vs-nmd.yaml", None),
}  # run from the checkout's root: the colophon names it so
"""The reports whose every page is pictured: name to (kind, target, date)."""


def pdf_pages(only: list[str] | None = None) -> None:
    """Every page of each report in :data:`REPORTS` as docs/img/pdf/NAME-NN.png (60 dpi), with the time each report
    took."""
    import subprocess

    from PIL import Image

    from armscontrol.report import make_report

    out = HERE / "img" / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    for name, (kind, target, on) in REPORTS.items():
        if only and name not in only:
            continue
        began = time.perf_counter()
        pdf = make_report(kind, target, on, fmt="pdf")
        seconds = time.perf_counter() - began
        for old in out.glob(f"{name}-*.png"):
            old.unlink()
        path = Path(tempfile.mkdtemp()) / f"{name}.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(out / name)], check=True)
        for picture in out.glob(f"{name}-*.png"):  # 64 colours: a third of the bytes, the same page to the eye
            with Image.open(picture) as image:
                small = image.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
            small.save(picture, optimize=True)
        print(f"{name}: {len(list(out.glob(name + '-*.png')))} pages, {len(pdf):,} bytes, made in {seconds:.1f} s")


if __name__ == "__main__":
    if sys.argv[1:2] == ["pdf"]:
        pdf_pages(sys.argv[2:] or None)
    else:
        main(sys.argv[1:] or None)
