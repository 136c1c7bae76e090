"""Benchmark: whole commands as a user runs them, each as a ratio to a reference process run in the same session.

Run: PYTHONPATH=src .venv/bin/python benchmarks/bench_commands.py [--repeat 5] [--instructions]

Each command is started as a fresh process (``armscontrol.cli.main``, as the
installed ``armscontrol`` script starts it) and measured by the CPU time of
that process (user + system, the best of ``--repeat`` runs; another process's
load on the machine does not add to it, though it still slows a shared core),
or, with ``--instructions``, by the instructions it executes under valgrind
(cachegrind, no cache simulation): exact and unaffected by load, one run each.

The reference is a process that only imports what every model command needs
and cannot leave out (NumPy, Typer, Rich and pydantic, with one pydantic model
built): ``ratio`` is how many times that floor each command costs. Compare the
ratios of two revisions, not the seconds of two machines. The same reference
after the start-up settings of a one-shot command (one OpenBLAS thread, no
pydantic plugin search, no cyclic collector: ``armscontrol.cli.startup``) is
printed below it, as what those settings leave of the floor.
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = str(ROOT / "examples" / "russia-1500-vs-nmd.yaml")
UNCERTAIN = str(ROOT / "examples" / "russia-1500-vs-nmd-uncertain.yaml")

REFERENCE = (
    "import numpy, typer, rich.console, rich.table\n"
    "from pydantic import BaseModel\n"
    "class Floor(BaseModel):\n"
    "    x: int\n"
)
"""What every model command loads before its own work: the floor the ratios are taken against."""

SETTINGS = "from armscontrol.cli.startup import prepare\nprepare(['engage'])\n"
"""The start-up settings of a one-shot command (``armscontrol.cli.startup``), made before the reference's imports."""

COMMANDS: dict[str, list[str]] = {
    "engage (5,000 warheads vs 19,000 interceptors)": "engage --warheads 5000 --interceptors 19000 --sspk 0.8 --shots 2 --decoys 2 --discrimination 0.5 --tracking 0.95 --reliability 0.9".split(),
    "status abm --on 2001-01-01": ["status", "abm", "--on", "2001-01-01"],
    "stability, founding example": ["stability", FOUNDING],
    "frontier, founding example, 0:1000:10": ["frontier", FOUNDING, "--defence-range", "0:1000:10"],
    "uncertainty --samples 32 (3 inputs)": ["uncertainty", UNCERTAIN, "--samples", "32"],
    "sensitivity --samples 32 (Sobol, 3 inputs: 160 runs)": ["sensitivity", UNCERTAIN, "--samples", "32"],
}

COMMAND = "from armscontrol.cli import main; main()"


def cpu_seconds(code: str, args: list[str], repeat: int) -> float:
    """The least CPU time (user + system) of ``repeat`` runs of ``python -c code args``."""
    best = float("inf")
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            check=False,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args) or 'reference'} failed: {done.stderr.decode()[-400:]}")
        best = min(best, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return best


def instructions(code: str, args: list[str], _repeat: int) -> float:
    """Instructions executed by ``python -c code args`` (valgrind's cachegrind, no cache simulation)."""
    done = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            "-c",
            code,
            *args,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        text=True,
        check=False,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"{' '.join(args) or 'reference'} failed under valgrind: {done.stderr[-400:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per command (CPU time: the best is kept)")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions under valgrind instead of CPU time"
    )
    parser.add_argument("--only", help="run only the commands whose label contains this text")
    options = parser.parse_args()
    if options.instructions and shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind")
    measure, unit, scale = (
        (instructions, "M instructions", 1e-6) if options.instructions else (cpu_seconds, "s CPU", 1.0)
    )
    floor = measure(REFERENCE, [], options.repeat)
    print(f"{'reference: NumPy, Typer, Rich, pydantic (one model)':58s} {floor * scale:10.2f} {unit}")
    settled = measure(SETTINGS + REFERENCE, [], options.repeat)
    print(
        f"{'the reference with the start-up settings':58s} {settled * scale:10.2f} {unit}   ratio {settled / floor:6.2f}"
    )
    for label, args in COMMANDS.items():
        if options.only and options.only not in label:
            continue
        cost = measure(COMMAND, args, options.repeat)
        print(f"{label:58s} {cost * scale:10.2f} {unit}   ratio {cost / floor:6.2f}", flush=True)


if __name__ == "__main__":
    main()
