"""How long each report takes as a PDF, stage by stage: computing, drawing charts, laying out pages.

For the brief, New START's report and the founding example's report, makes the
PDF once with :func:`armscontrol.report.make_report`'s progress and prints the
seconds of each stage, the whole, and the whole as a ratio to the same report
as HTML (the same answers and charts without the page layout), measured in the
same process just before. Run from the root of a checkout:
``python benchmarks/report_times.py [brief|instrument|scenario ...]``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from armscontrol.report import STAGES, make_report

ROOT = Path(__file__).resolve().parents[1]
REPORTS = {
    "brief": ("brief", None, "2026-06-01"),
    "instrument": ("instrument", "new-start", "2024-01-01"),
    "scenario": ("scenario", str(ROOT / "examples" / "russia-1500-vs-nmd.yaml"), None),
}


def timed(kind: str, target: str | None, on: str | None, fmt: str) -> tuple[float, dict[str, float], int]:
    """(seconds in all, seconds per stage, size in bytes) of one report."""
    marks: list[tuple[str, float]] = []

    def progress(stage: str, done: int, total: int) -> None:
        if not marks or marks[-1][0] != stage:
            marks.append((stage, time.perf_counter()))

    began = time.perf_counter()
    body = make_report(kind, target, on, fmt=fmt, progress=progress)
    ended = time.perf_counter()
    stages = {stage: (marks[i + 1][1] if i + 1 < len(marks) else ended) - at for i, (stage, at) in enumerate(marks)}
    return ended - began, stages, len(body)


def main(only: list[str] | None = None) -> None:
    print(
        f"{'report':11} "
        + " ".join(f"{s:>17}" for s in STAGES)
        + f" {'PDF (s)':>8} {'bytes':>9} {'HTML (s)':>9} {'PDF ÷ HTML':>10}"
    )
    for name, (kind, target, on) in REPORTS.items():
        if only and name not in only:
            continue
        html, _, _ = timed(kind, target, on, "html")
        whole, stages, size = timed(kind, target, on, "pdf")
        print(
            f"{name:11} "
            + " ".join(f"{stages.get(s, 0.0):17.1f}" for s in STAGES)
            + f" {whole:8.1f} {size:9,d} {html:9.1f} {whole / html:10.1f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:] or None)
