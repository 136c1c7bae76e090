"""PDF reports in the background: one build per report and data version, joined while it runs, kept once done.

The registry is driven with a stand-in for the pool that writes a small file when
the test lets it, so its states are seen one by one; one test makes a real PDF
through :func:`armscontrol.report.builds.write_pdf` and reads its stages.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from armscontrol.errors import UserError
from armscontrol.report.builds import Builds, report_key, write_pdf
from armscontrol.scenarios.pool import Busy

pytestmark = pytest.mark.interface


class Gate:
    """A stand-in for the pool: each call waits for :meth:`open`, then writes a small PDF (or raises ``error``)."""

    def __init__(self, error: Exception | None = None) -> None:
        self.event, self.calls, self.error = threading.Event(), 0, error

    def __call__(self, fn, kind, target, on, paper, database, out, progress_file):
        self.calls += 1
        Path(progress_file).write_text(json.dumps({"stage": "drawing charts", "done": 1, "total": 3}), encoding="utf-8")
        assert self.event.wait(20)
        if self.error is not None:
            raise self.error
        Path(out).write_bytes(b"%PDF-1.7 stand-in")
        return 17

    def open(self) -> None:
        self.event.set()


def _settled(builds: Builds, key: str):
    for _ in range(200):
        build = builds.get(key)
        if build.status != "running":
            return build
        time.sleep(0.05)
    raise AssertionError("the build never finished")


def test_a_second_request_joins_the_build_and_a_finished_one_is_kept(tmp_path: Path) -> None:
    gate = Gate()
    builds = Builds(tmp_path, run=gate)
    first = builds.start("instrument", "new-start", "2024-01-01")
    again = builds.start("instrument", "new-start", "2024-01-01")
    assert again is first and first.status == "running"
    for _ in range(100):  # the stage the worker wrote is read back while it runs
        if builds.get(first.key).stage == "drawing charts":
            break
        time.sleep(0.05)
    assert (builds.get(first.key).done, builds.get(first.key).total) == (1, 3)
    gate.open()
    done = _settled(builds, first.key)
    assert done.status == "done" and done.path.read_bytes().startswith(b"%PDF") and done.seconds is not None
    assert done.as_json()["file"] == f"/api/reports/builds/{first.key}/pdf"
    assert builds.start("instrument", "new-start", "2024-01-01") is done and gate.calls == 1  # kept: not made again
    other = builds.start("instrument", "new-start", "2024-01-01", paper="letter")
    assert other.key != done.key  # another paper is another report
    builds.close()


def test_the_key_follows_the_data_version() -> None:
    assert report_key("brief", None, "2026-06-01", "a4", "v1") != report_key("brief", None, "2026-06-01", "a4", "v2")
    assert report_key("brief", None, "2026-06-01", "a4", "v1") == report_key("brief", None, "2026-06-01", "a4", "v1")


def test_a_failed_build_says_why_in_plain_words_and_is_tried_again(tmp_path: Path) -> None:
    gate = Gate(Busy("the server is computing 2 answers with 4 more waiting (POOL_WAITING; docs/limits.md); try again"))
    builds = Builds(tmp_path, run=gate)
    build = builds.start("brief", None, "2026-06-01")
    gate.open()
    failed = _settled(builds, build.key)
    assert failed.status == "failed" and "busy" in failed.error and "POOL_WAITING" not in failed.error
    retried = builds.start("brief", None, "2026-06-01")
    assert retried is not failed and retried.key == failed.key
    builds.close()


@pytest.mark.parametrize(
    "kind, target, on, field",
    [
        ("pamphlet", None, None, "kind"),
        ("brief", None, "2026-13-01", "on"),
        ("instrument", None, None, "target"),
        ("instrument", "no-such-treaty", None, "id"),
        ("scenario", "7", None, "target"),
    ],
)
def test_a_request_that_cannot_be_made_is_refused_before_any_work(tmp_path: Path, kind, target, on, field) -> None:
    gate = Gate()
    builds = Builds(tmp_path, run=gate)
    with pytest.raises(UserError) as caught:
        builds.start(kind, target, on)
    assert caught.value.field == field and "`" not in str(caught.value)
    assert gate.calls == 0
    builds.close()


def test_write_pdf_tells_each_stage_and_writes_the_file(tmp_path: Path) -> None:
    seen: list[str] = []
    progress = tmp_path / "progress.json"
    watching = threading.Event()

    def watch() -> None:
        while not watching.is_set():
            try:
                stage = json.loads(progress.read_text(encoding="utf-8"))["stage"]
            except (OSError, ValueError):
                stage = None
            if stage and (not seen or seen[-1] != stage):
                seen.append(stage)
            time.sleep(0.01)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        size = write_pdf("instrument", "new-start", "2024-01-01", "a4", None, str(tmp_path / "r.pdf"), str(progress))
    finally:
        watching.set()
        watcher.join()
    assert (tmp_path / "r.pdf").read_bytes()[:4] == b"%PDF" and size == (tmp_path / "r.pdf").stat().st_size
    assert seen[0] == "computing" and seen[-1] == "laying out pages" and "drawing charts" in seen


def test_the_page_follows_the_build_and_links_the_file(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from armscontrol.api import create_app

    gate = Gate()
    app = create_app(f"sqlite:///{tmp_path / 'store.db'}", token="report-builds-token-0123456789")
    app.state.report_builds = Builds(tmp_path / "reports", run=gate)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        page = client.get("/report?kind=instrument&target=new-start&on=2024-01-01")
        assert page.status_code == 200 and "Being made" in page.text and "Computing" in page.text
        key = app.state.report_builds.start("instrument", "new-start", "2024-01-01").key
        state = client.get(f"/api/reports/builds/{key}").json()
        assert state["status"] == "running" and state["file"] is None
        assert client.get(f"/api/reports/builds/{key}/pdf").status_code == 409
        gate.open()
        _settled(app.state.report_builds, key)
        ready = client.get(f"/report?id={key}")
        assert "Open the PDF" in ready.text and f"/api/reports/builds/{key}/pdf" in ready.text
        pdf = client.get(f"/api/reports/builds/{key}/pdf")
        assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
        started = client.post(
            "/api/reports/builds", json={"kind": "instrument", "target": "new-start", "on": "2024-01-01"}
        )
        assert started.status_code == 200 and started.json()["status"] == "done"  # the kept file, at once
        refused = client.get("/report?kind=scenario&target=99")
        assert refused.status_code == 400 and "no saved scenario 99" in refused.text and "`" not in refused.text
        assert client.get("/api/reports/builds/nothing-here").status_code == 404
    app.state.report_builds.close()


def test_the_command_line_makes_a_pdf_with_pdf_and_names_each_stage_on_its_bar(tmp_path: Path, monkeypatch) -> None:
    import importlib

    from cli_support import run

    cli_base = importlib.import_module("armscontrol.cli.base")

    out = tmp_path / "small.pdf"
    result = run(
        "report",
        "scenario",
        str(Path(__file__).resolve().parents[2] / "examples" / "new-start-parity.yaml"),
        "--pdf",
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:4] == b"%PDF"
    shown: list[tuple[str, int, int]] = []

    class Bar:
        def update(self, task, completed, total, description):
            shown.append((description, completed, total))

        def stop(self):
            pass

    monkeypatch.setattr(cli_base, "progress", lambda description, total: (Bar(), 0))
    # after=0: draw the bar at once (by default it waits half a second, longer than these two steps take)
    cli_base.with_progress(
        "report", lambda advance: [advance(0, 1, "computing"), advance(2, 3, "drawing charts")], after=0
    )
    assert shown == [("report: computing", 0, 1), ("report: drawing charts", 2, 3)]


def test_only_the_newest_finished_reports_are_kept(tmp_path: Path, monkeypatch) -> None:
    from armscontrol.report import builds as module

    monkeypatch.setattr(module, "KEPT", 2)
    gate = Gate()
    gate.open()
    builds = Builds(tmp_path, run=gate)
    made = []
    for day in ("2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01"):
        made.append(_settled(builds, builds.start("brief", None, day).key))
        time.sleep(0.01)
    assert [b.on for b in made] == ["2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01"]
    with pytest.raises(UserError):
        builds.get(made[0].key)  # dropped, its file with it
    assert not made[0].path.exists() and made[-1].path.exists()
    builds.close()
