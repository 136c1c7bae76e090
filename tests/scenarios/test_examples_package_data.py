"""The shipped examples are package data: found by importlib.resources, named in pyproject's package-data, usable from
anywhere."""

from __future__ import annotations

import fnmatch
import subprocess
import sys
import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_example_is_package_data() -> None:
    shipped = sorted(
        p.name for p in (resources.files("armscontrol") / "examples").iterdir() if p.name.endswith(".yaml")
    )
    assert {"russia-1500-vs-nmd.yaml", "new-start-parity.yaml"} <= set(shipped)
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["armscontrol"]
    for name in shipped:
        assert any(fnmatch.fnmatch(f"examples/{name}", glob) for glob in globs), (
            f"examples/{name} is not in the wheel's package data"
        )


def test_the_founding_question_is_answered_outside_the_repository(tmp_path) -> None:
    code = (
        "from armscontrol.scenarios.references import DEFAULT_BASE, example_names, resolve; "
        "from armscontrol.scenario import FOUNDING_SCENARIO; "
        "mapping, _ = resolve(DEFAULT_BASE); print(len(example_names()), FOUNDING_SCENARIO.is_file(), mapping['name'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    count, found, name = done.stdout.split(" ", 2)
    assert int(count) >= 3 and found == "True" and name.startswith("Russia at 1,500")
