"""A one-shot command starts with one OpenBLAS thread, no pydantic plugin search and no cyclic collector.

Each test runs :func:`armscontrol.cli.startup.prepare` in a fresh interpreter,
as the ``armscontrol`` script does before it loads Typer, pydantic or NumPy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from armscontrol.cli.startup import QUICK_EXIT, command_name

PROBE = (
    "import gc, json, os, sys\n"
    "from armscontrol.cli.startup import prepare\n"
    "prepare(sys.argv[1:])\n"
    "import numpy\n"
    "threads = int(open('/proc/self/status').read().split('Threads:')[1].split()[0])\n"
    "names = ('OPENBLAS_NUM_THREADS', 'PYDANTIC_DISABLE_PLUGINS')\n"
    "print(json.dumps({'gc': gc.isenabled(), 'threads': threads, 'env': {n: os.environ.get(n) for n in names}}))\n"
)


def started(args: list[str], **environment: str) -> dict:
    """What the process looks like after the start-up settings for ``armscontrol ARGS`` and importing NumPy."""
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "PYDANTIC_DISABLE_PLUGINS")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, **environment},
        check=True,
    )
    return json.loads(done.stdout)


def test_a_one_shot_command_starts_light():
    state = started(["engage", "--warheads", "5"])
    assert state["env"] == {"OPENBLAS_NUM_THREADS": "1", "PYDANTIC_DISABLE_PLUGINS": "__all__"}
    assert state["gc"] is False
    assert state["threads"] == 1  # no OpenBLAS threads beside the main one


def test_what_the_user_set_is_kept():
    state = started(["stability", "x.yaml"], OPENBLAS_NUM_THREADS="2", PYDANTIC_DISABLE_PLUGINS="logfire")
    assert state["env"] == {"OPENBLAS_NUM_THREADS": "2", "PYDANTIC_DISABLE_PLUGINS": "logfire"}


def test_serving_and_sweeping_start_as_before():
    for args in (["serve", "--port", "8000"], ["uncertainty", "x.yaml"], ["--help"], []):
        state = started(args)
        assert state["env"] == {"OPENBLAS_NUM_THREADS": None, "PYDANTIC_DISABLE_PLUGINS": None}, args
        assert state["gc"] is True, args


def test_the_command_is_the_first_word_that_is_not_an_option():
    assert command_name(["--json", "engage", "--warheads", "5"]) == "engage"
    assert command_name(["--version"]) is None
    assert "serve" not in QUICK_EXIT and "uncertainty" not in QUICK_EXIT and "engage" in QUICK_EXIT
