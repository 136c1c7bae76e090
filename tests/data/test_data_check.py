"""``python -m armscontrol.data.check`` checks the tree it is given, and refuses what is not one."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli_support import run

from armscontrol.data.check import main
from armscontrol.data.loader import _registry_at
from armscontrol.errors import DataError


def test_checks_the_shipped_data_by_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ARMSCONTROL_DATA", raising=False)
    assert main([]) == 0
    assert capsys.readouterr().out.startswith("ok: ")


def test_checks_the_tree_it_is_given(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(data_dir)]) == 0
    assert "1 instruments" in capsys.readouterr().out
    (data_dir / "instruments" / "example.yaml").write_text("id: example\nkind: pact\n")
    assert main([str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "example.yaml" in err and err.count("\n") == 1


def test_checks_the_tree_named_by_the_environment(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "metrics.yaml").write_text("metrics: [{id: x}]\n")
    monkeypatch.setenv("ARMSCONTROL_DATA", str(data_dir))
    assert main([]) == 1
    assert "metrics.yaml" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda tmp: tmp / "absent", "no such directory"),
        (lambda tmp: (tmp / "file.txt", (tmp / "file.txt").write_text("x"))[0], "not a directory"),
        (lambda tmp: tmp, "not a data tree: metrics.yaml and instruments/ missing"),
    ],
    ids=["missing", "file", "empty-folder"],
)
def test_refuses_what_is_not_a_data_tree(
    tmp_path: Path, make, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make(tmp_path)
    assert main([str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert expected in captured.err and str(path) in captured.err and captured.err.count("\n") == 1


def test_refuses_an_empty_path_and_extra_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([""]) == 2
    assert main(["a", "b"]) == 2
    assert "ok" not in capsys.readouterr().out


def test_environment_naming_a_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    named = tmp_path / "data.yaml"
    named.write_text("x: 1\n")
    monkeypatch.setenv("ARMSCONTROL_DATA", str(named))
    _registry_at.cache_clear()
    with pytest.raises(DataError, match="not a directory .ARMSCONTROL_DATA must be a folder"):
        _registry_at(str(named))
    result = run("status", "abm")
    assert result.exit_code != 0
    assert "Traceback" not in result.output and "NotADirectoryError" not in result.output
    assert "ARMSCONTROL_DATA" in result.output
