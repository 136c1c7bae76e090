"""The README's sample outputs are what the tool prints (docs/readme_outputs.py regenerates them)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "docs" / "readme_outputs.py"


def _script():
    spec = importlib.util.spec_from_file_location("readme_outputs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_sample_output_in_the_readme_is_what_the_tool_prints(capsys) -> None:
    assert _script().main([]) == 0, (
        "README.md is stale; run python docs/readme_outputs.py --write\n" + capsys.readouterr().out
    )


def test_a_stale_figure_is_found() -> None:
    readme = _script()
    lines = [
        "```",
        "$ armscontrol status new-strat",
        "error: unknown instrument 'new-strat'; did you mean 'new-stat'?",
        "```",
    ]
    [command] = readme.commands(lines)
    _, missing = readme.match(command, readme.run(command.argv))
    assert missing, "a wrong suggestion in a shown output went unnoticed"
    excerpt = [
        "```",
        "$ armscontrol status npt --summary",
        "NPT on 2001-01-01: in force ...",
        "...",
        "│ party │ 100 │",
        "```",
    ]
    [command] = readme.commands(excerpt)
    new, missing = readme.match(command, readme.run(command.argv))
    assert (
        missing == ["│ party │ 100 │"] and new[0] == "NPT on 2001-01-01: in force ..."
    )  # the date of a command without --on is today's
