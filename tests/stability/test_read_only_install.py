"""The stability commands on a read-only install: the kernels compiled at install, and numba's where they are not.

A container user often has neither a writable site-packages nor a writable
home. The package is copied to a temporary directory whose ``stability/__pycache__``
is a regular file, and every cache directory numba could use (``NUMBA_CACHE_DIR``,
``$XDG_CACHE_HOME``, ``$HOME/.cache``) lies under a regular file, so no
directory can be made there — a test that holds even when it runs as root,
for whom permissions would not stop a write.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import armscontrol

PACKAGE = Path(armscontrol.__file__).resolve().parent
ENGAGE = "engage --warheads 60 --interceptors 50 --sspk 0.8 --shots 2 --decoys 2 --discrimination 0.5 --tracking 0.95 --reliability 0.9 --json".split()


def read_only_copy(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A copy of the package where nothing can be cached beside the source, and an environment with no writable home."""
    site = tmp_path / "site"
    shutil.copytree(PACKAGE, site / "armscontrol", ignore=shutil.ignore_patterns("__pycache__"))
    (site / "armscontrol" / "stability" / "__pycache__").write_text(
        "a file where numba would make its cache directory\n"
    )
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("every cache directory lies under this regular file\n")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("NUMBA_", "PYTHON", "XDG_", "ARMSCONTROL_"))
    }
    env.update(
        PYTHONPATH=str(site),
        PYTHONDONTWRITEBYTECODE="1",
        HOME=str(blocker / "home"),
        XDG_CACHE_HOME=str(blocker / "cache"),
        NUMBA_CACHE_DIR=str(blocker / "numba"),
    )
    return site, env


def engage(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    code = "from armscontrol.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *ENGAGE], env=env, cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_engage_runs_the_compiled_kernels_without_numba(tmp_path):
    site, env = read_only_copy(tmp_path)
    code = (
        "import sys\nfrom armscontrol.cli.app import app\napp(sys.argv[1:], standalone_mode=False)\n"
        "sys.stderr.write('numba loaded' if 'numba' in sys.modules else 'no numba')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *ENGAGE], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["warheads"] == 60
    assert done.stderr.strip().endswith("no numba") and "cache directory" not in done.stderr


def test_engage_works_with_no_writable_cache_directory(tmp_path):
    site, env = read_only_copy(tmp_path)
    env["ARMSCONTROL_KERNELS"] = "numba"  # the fallback where the compiled kernels are not built
    done = engage(env, tmp_path)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["warheads"] == 60 and 0 < answer["expected_leakers"] < 60
    assert "Traceback" not in done.stderr
    notices = [line for line in done.stderr.splitlines() if "cache directory" in line]
    assert len(notices) == 1 and "NUMBA_CACHE_DIR" in notices[0]


def test_kernels_cached_in_numba_cache_dir_when_the_install_is_read_only(tmp_path):
    site, env = read_only_copy(tmp_path)
    cache = tmp_path / "kernel-cache"
    env["NUMBA_CACHE_DIR"] = str(cache)
    env["ARMSCONTROL_KERNELS"] = "numba"
    first = engage(env, tmp_path)
    assert first.returncode == 0, first.stderr
    assert "cache directory" not in first.stderr
    assert any(path.suffix == ".nbi" for path in cache.rglob("*"))  # the kernels' index files
    second = engage(env, tmp_path)
    assert second.returncode == 0 and json.loads(second.stdout) == json.loads(first.stdout)
