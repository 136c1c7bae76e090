"""Each command imports only what it uses, and a quick command leaves without tearing down.

``armscontrol engage`` and ``armscontrol status`` were paying for the whole
package (the store, the server, the sweeps, SciPy) before printing a line.
Each test runs the command in a fresh interpreter and inspects what it loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys

ENGAGE = "engage --warheads 500 --interceptors 1900 --sspk 0.8 --shots 2 --decoys 2 --discrimination 0.5 --tracking 0.95 --reliability 0.9".split()
STATUS = ["status", "abm", "--on", "2001-01-01"]

NEVER = tuple("dask distributed fastapi uvicorn sqlalchemy alembic weasyprint spacy jinja2 SALib pyarrow".split())


def modules_after(args: list[str]) -> set[str]:
    """The modules loaded by the command ``armscontrol ARGS`` (run in a fresh interpreter)."""
    code = (
        "import json, sys\n"
        "from armscontrol.cli.app import app\n"
        "app(sys.argv[1:], standalone_mode=False)\n"
        "sys.stdout.flush()\n"
        "sys.stderr.write(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def loaded(modules: set[str], top: str) -> bool:
    return top in modules or any(name.startswith(top + ".") for name in modules)


def test_engage_imports_only_the_engagement():
    modules = modules_after(ENGAGE)
    assert not [top for top in NEVER if loaded(modules, top)]
    # SciPy's special functions and linear algebra are off the path (numba itself imports the bare package)
    assert (
        not loaded(modules, "scipy.special")
        and not loaded(modules, "scipy.linalg")
        and not loaded(modules, "numpy.f2py")
    )
    assert not loaded(modules, "armscontrol.regime") and not loaded(modules, "armscontrol.sweep")
    assert not loaded(modules, "armscontrol.store") and not loaded(modules, "armscontrol.reader")
    # no data schema, no YAML, no registry: one engagement cites no data file
    assert not loaded(modules, "armscontrol.data.schema") and not loaded(modules, "armscontrol.data.loader")
    assert not loaded(modules, "yaml")
    # nor the exchange, the frontier or the batch of the stability models
    assert not loaded(modules, "armscontrol.stability.exchange") and not loaded(
        modules, "armscontrol.stability.frontier"
    )
    assert not loaded(modules, "armscontrol.stability.batch")
    # nor the answer models of a scenario, a sweep or the frontier, nor a progress bar
    assert not loaded(modules, "armscontrol.answers.stability") and not loaded(modules, "rich.progress")
    # the kernels compiled at install: no numba, no LLVM
    assert not loaded(modules, "numba") and not loaded(modules, "llvmlite")
    # 923 when every command module and numba were imported, 447 with the data schema, 419 with the scenario's answer
    # models; 421 with the start-up settings' module and gc and the engagement's answer module; 422 now (the command
    # line's shared parts in their own module, cli/base.py, below the app)
    assert len(modules) < 425, len(modules)


def test_status_imports_no_model_and_no_service():
    modules = modules_after(STATUS)
    assert not [top for top in (*NEVER, "scipy", "numba", "numpy") if loaded(modules, top)]
    assert not loaded(modules, "armscontrol.stability") and not loaded(modules, "armscontrol.cli.sweep")
    assert len(modules) < 378, len(modules)  # 388 with every command module and the sweeps; 375 now (with cli/base.py)


def run_command(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from armscontrol.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_quick_exit_keeps_the_whole_output_and_the_exit_code():
    done = run_command([*ENGAGE, "--json"])
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)  # complete: flushed before leaving
    assert answer["warheads"] == 500 and len(answer["leaker_pmf"]) == 501
    wrong = run_command(["engage", "--warheads", "500", "--interceptors", "10", "--sspk", "1.5"])
    assert wrong.returncode == 2 and "sspk" in wrong.stderr and "Traceback" not in wrong.stderr


def test_help_still_lists_every_command_in_order():
    done = run_command(["--help"])
    assert done.returncode == 0
    from armscontrol.cli.app import COMMAND_MODULES

    positions = [done.stdout.find(f" {name} ") for name in COMMAND_MODULES]
    assert all(p >= 0 for p in positions), dict(zip(COMMAND_MODULES, positions))
    assert positions == sorted(positions)
