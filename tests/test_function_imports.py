"""Every import inside a function says why it is not at the top of its module.

Imports belong at the top; one inside a function is there to load something on first use, and says which
of a few reasons holds, on its line or in a comment right above it (or above the run of imports it opens):

``# on first use: heavy (WHAT)``
    WHAT takes long to load (SciPy, matplotlib, WeasyPrint, Dask, pyarrow, the shipped data) and the
    module's other users do not need it.
``# on first use: keeps `COMMAND` quick``
    the module is on the path of ``armscontrol COMMAND``, which does not need it
    (``tests/cli/test_command_imports.py`` bounds what the quick commands load).
``# on first use: circular (WHY)``
    the two modules import each other; WHY says which needs which.
``# on first use: optional (WHAT)``
    WHAT may not be installed and the function does without it.

The vocabulary is documented in ``docs/architecture.md`` ("Imports").
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "armscontrol"

REASON = re.compile(
    r"#.*\bon first use: (?:heavy \([^()]+\)|keeps `[a-z][a-z -]*` quick|circular \([^()]+\)|optional \([^()]+\))"
)
"""A reason of the vocabulary, anywhere in a comment."""

FORMS = (
    "# on first use: heavy (WHAT)",
    "# on first use: keeps `COMMAND` quick",
    "# on first use: circular (WHY)",
    "# on first use: optional (WHAT)",
)

# Modules let off the rule while they are reworked elsewhere (a path ending in "/" stands for its whole folder): none
# now; a path added here must exist.
PENDING: set[str] = set()


def pending(relative: str) -> bool:
    return any(relative.startswith(p) if p.endswith("/") else relative == p for p in PENDING)


def imports_in_functions(tree: ast.AST) -> list[tuple[ast.Import | ast.ImportFrom, set[int]]]:
    """Each import inside a function, with the lines of the imports in the same body (its run)."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for inner in ast.walk(node):
            for field in ("body", "orelse", "finalbody", "handlers"):
                body = getattr(inner, field, None)
                if not isinstance(body, list):
                    continue
                statements = [s for s in body if isinstance(s, (ast.Import, ast.ImportFrom))]
                covered = {n for s in statements for n in range(s.lineno, (s.end_lineno or s.lineno) + 1)}
                found.extend((s, covered) for s in statements)
    # a nested function's imports are reached from each enclosing function: keep one of each
    unique = {id(s): (s, covered) for s, covered in found}
    return list(unique.values())


def has_reason(lines: list[str], statement: ast.Import | ast.ImportFrom, run: set[int]) -> bool:
    """Whether the import's own lines, or the comments above it or above its run of imports, give a reason."""
    own = lines[statement.lineno - 1 : statement.end_lineno or statement.lineno]
    if any(REASON.search(line) for line in own):
        return True
    number = statement.lineno - 1  # the line above, 1-based
    while number >= 1:
        text = lines[number - 1].strip()
        if text.startswith("#"):
            if REASON.search(text):
                return True
        elif number not in run:
            return False
        number -= 1
    return False


def unexplained() -> list[str]:
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if pending(relative):
            continue
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for statement, run in imports_in_functions(ast.parse(text)):
            if not has_reason(lines, statement, run):
                missing.append(f"src/armscontrol/{relative}:{statement.lineno}: {ast.unparse(statement)}")
    return sorted(missing)


def test_every_import_inside_a_function_gives_its_reason():
    missing = unexplained()
    assert not missing, (
        f"{len(missing)} import(s) inside a function without a reason:\n  "
        + "\n  ".join(missing)
        + "\nEither move each to the top of its module, or, where it must load on first use, say why on its line "
        "or the line above, in one of these forms (docs/architecture.md, 'Imports'):\n  " + "\n  ".join(FORMS)
    )


@pytest.mark.parametrize(
    "comment",
    [
        "# on first use: heavy (SciPy)",
        "# on first use: keeps `engage` quick",
        "# on first use: circular (cli loads commands by name)",
        "# on first use: optional (platformdirs)",
        "# noqa: F401  on first use: heavy (the answers)",
    ],
)
def test_the_vocabulary_is_recognised(comment: str):
    assert REASON.search(comment)


@pytest.mark.parametrize(
    "comment",
    ["# lazy", "# on first use", "# on first use: heavy", "# on first use: keeps engage quick", "# heavy (SciPy)"],
)
def test_a_reason_outside_the_vocabulary_is_not(comment: str):
    assert not REASON.search(comment)


def test_the_reason_may_stand_above_a_run_of_imports():
    text = (
        "def f():\n"
        "    # on first use: heavy (matplotlib)\n"
        "    import matplotlib.dates as mdates\n"
        "    from matplotlib.lines import Line2D\n"
        "    x = 1\n"
        "    import json\n"
    )
    lines = text.splitlines()
    verdicts = {s.lineno: has_reason(lines, s, run) for s, run in imports_in_functions(ast.parse(text))}
    assert verdicts == {3: True, 4: True, 6: False}


def test_the_documentation_states_the_vocabulary():
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = architecture.split("## Imports", 1)[1]
    assert all(form in section for form in FORMS), [form for form in FORMS if form not in section]


def test_each_pending_module_still_exists():
    assert all((PACKAGE / p).exists() for p in PENDING), [p for p in PENDING if not (PACKAGE / p).exists()]
