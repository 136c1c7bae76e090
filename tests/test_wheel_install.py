"""The package built as a wheel and installed (not editable) in a fresh virtual environment works as shipped.

The wheel is built offline with the test extras' setuptools (``--no-build-isolation``) and installed
without its dependencies into a new virtual environment, which reaches the dependencies already
installed beside these tests through a ``.pth`` line. That environment's site-packages is then made
read-only and HOME points where nothing can be written, and the commands run from an empty folder:
the shipped examples and data must come from the package itself.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

pytestmark = pytest.mark.interface

ROOT = Path(__file__).resolve().parents[1]
BUILD_SETUPTOOLS = (77,)
"""The build backend's version the project needs (pyproject.toml's build-system), in the test extras."""


def _run(argv: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=600, **kwargs)


def _read_only(folder: Path, writable: bool = False) -> None:
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        write = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
        path.chmod((mode | stat.S_IWUSR) if writable else (mode & ~write))


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory):
    """A fresh virtual environment with the wheel installed; yields (its bin folder, its site-packages)."""
    have = tuple(int(part) for part in metadata.version("setuptools").split(".")[:1])
    assert have >= BUILD_SETUPTOOLS, (
        f"setuptools {metadata.version('setuptools')} cannot build this project (it needs >= 77, from the test "
        f"extras): "
        "run `make test`, which installs them"
    )
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(
        ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.egg-info", "*.pyc")
    )
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    built = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--wheel-dir",
            str(work / "dist"),
            str(source),
        ]
    )
    assert built.returncode == 0, built.stdout + built.stderr
    wheel = next((work / "dist").glob("armscontrol-*.whl"))

    venv = work / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    put = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)])
    assert put.returncode == 0, put.stdout + put.stderr
    packages = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).stdout.strip())
    # The dependencies: the site-packages these tests run with, appended to the path (a plain path line does not
    # run that folder's own .pth files, so the editable install of the checkout stays out).
    deps = [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages") and Path(p).is_dir()]
    (packages / "zz-dependencies.pth").write_text("\n".join(dict.fromkeys(deps)) + "\n", encoding="utf-8")
    _read_only(packages)
    try:
        yield venv / "bin", packages
    finally:
        _read_only(packages, writable=True)


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Path]:
    """An environment with nowhere to write at HOME (a path under a plain file), and an empty read-only folder to
    run in."""
    work = tmp_path_factory.mktemp("nowhere")
    (work / "a-file").write_text("HOME is under a file: nothing can be made there\n", encoding="utf-8")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "ARMSCONTROL_", "XDG_", "VIRTUAL_ENV", "NUMBA_CACHE"))
    }
    env["HOME"] = str(work / "a-file" / "home")
    empty = work / "empty"
    empty.mkdir()
    empty.chmod(0o555)
    return env, empty


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["engage", "--warheads", "500", "--interceptors", "100", "--sspk", "0.8"], "500"),
        (["stability", "example:russia-1500-vs-nmd"], "Russia at 1,500"),
        (["brief"], "russia-1500-vs-nmd"),
    ],
    ids=["engage", "stability-example", "brief"],
)
def test_the_installed_commands_run_from_the_package_alone(installed, environment, argv, expected) -> None:
    bin_folder, packages = installed
    env, empty = environment
    before = _files(packages)
    result = _run([str(bin_folder / "armscontrol"), *argv], env=env, cwd=empty)
    assert result.returncode == 0, result.stdout + result.stderr
    assert expected in " ".join(result.stdout.split())
    assert _files(packages) == before, "the command wrote into the installed package"


def _python(bin_folder: Path, env: dict[str, str], cwd: Path, code: str) -> list[str]:
    """The lines the installed environment's Python prints running ``code`` (it must succeed)."""
    result = _run([str(bin_folder / "python"), "-c", code], env=env, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_examples_and_data_are_package_data_of_the_installed_wheel(installed, environment) -> None:
    bin_folder, packages = installed
    env, empty = environment
    probe = (
        "import armscontrol, armscontrol.scenario as s, armscontrol.data.loader as d; "
        "print(armscontrol.__file__); print(s.EXAMPLES_DIR); print(d.DATA_DIR); "
        "print(sorted(p.name for p in s.EXAMPLES_DIR.glob('*.yaml')))"
    )
    module, examples, data, names = _python(bin_folder, env, empty, probe)
    for path in (module, examples, data):
        assert Path(path).resolve().is_relative_to(packages.resolve()), path
    assert "russia-1500-vs-nmd.yaml" in names


def test_the_installed_reader_has_its_trained_claim_model(installed, environment) -> None:
    bin_folder, packages = installed
    env, empty = environment
    probe = (
        "from armscontrol.reader import learned, read_text; print(learned.MODEL_PATH); "
        "a = read_text('NEW YORK, 2 October 2019. The instrument of Bolivia for the TPNW has been received by the "
        "depositary.'); print([(c.party, c.read_by) for c in a.claims])"
    )
    path, claims = _python(bin_folder, env, empty, probe)
    assert Path(path).resolve().is_relative_to(packages.resolve()) and Path(path).is_file(), path
    assert claims == "[('BOL', 'model')]"
