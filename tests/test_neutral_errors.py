"""Errors name the field neutrally; each interface says it in its own words, and the API decides 404 by the error's
type."""

from __future__ import annotations

import typer

from armscontrol.answers.common import parse_date
from armscontrol.api.errors import from_user_error
from armscontrol.cli.base import command_words
from armscontrol.errors import NotFound, UserError, suggest


def _date_error() -> UserError:
    try:
        parse_date("2002-13")
    except UserError as exc:
        return exc
    raise AssertionError("2002-13 was taken for a date")


def test_an_answer_names_its_field_without_the_command_lines_flag() -> None:
    exc = _date_error()
    assert exc.field == "on" and str(exc).startswith("on: '2002-13' is not a date")
    assert exc.worded(lambda name: f"--{name}").startswith("--on: '2002-13' is not a date")
    assert from_user_error(exc).args[0].startswith("on: ") and from_user_error(exc).field == "on"


def test_the_command_line_words_each_field_as_its_option_or_argument() -> None:
    def status(
        instrument: str = typer.Argument(..., metavar="ID"),
        on: str = typer.Option(None, "--on"),
        what_if: bool = typer.Option(False, "--what-if/--no-what-if"),
    ) -> None: ...

    assert command_words(status) == {"instrument": "ID", "on": "--on", "what_if": "--what-if"}


def test_404_is_decided_by_the_type_not_the_wording() -> None:
    unknown = suggest("new-strat", ["new-start"], what="instrument", field="id")
    assert isinstance(unknown, NotFound)
    assert from_user_error(unknown, 400, not_found_fields=frozenset({"id"})).status == 404
    worded_alike = UserError("id: unknown instrument 'x' (a value error, not a missing record)", field="id")
    assert from_user_error(worded_alike, 400, not_found_fields=frozenset({"id"})).status == 400
    assert from_user_error(unknown, 400).status == 400  # a query value naming nothing is a bad request


def test_a_field_named_inside_a_message_is_worded_by_each_interface_too() -> None:
    from armscontrol.answers.linkages import cascade

    try:
        cascade("new-start", withdraw="USA", expire=True)
    except UserError as exc:
        both = exc
    else:
        raise AssertionError("two events were taken for one")
    assert "--" not in str(both) and "`withdraw`" in str(both)
    words = {
        "withdraw": "--withdraw",
        "suspend": "--suspend",
        "expire": "--expire",
        "enter_into_force": "--enter-into-force",
        "stay": "--stay",
    }
    assert "--withdraw (a party)" in both.worded(lambda name: words.get(name, name))
    api = from_user_error(both).args[0]
    assert "`" not in api and "withdraw (a party)" in api and "--" not in api


def test_the_command_line_words_the_cascade_events_as_its_options() -> None:
    from cli_support import run

    result = run("cascade", "new-start", "--withdraw", "USA", "--expire")
    assert result.exit_code != 0
    said = " ".join(result.output.split())
    assert "--withdraw" in said and "--enter-into-force" in said and "`" not in said


def test_no_error_below_the_interfaces_names_a_command_line_option() -> None:
    import ast
    import re
    from pathlib import Path

    import armscontrol

    flag = re.compile(r"(?<![\w-])--[a-z]")
    root = Path(armscontrol.__file__).parent
    found = []
    for package in ("answers", "sweep", "scenarios", "regime", "store"):
        for path in sorted((root / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Raise) and node.exc is not None:
                    for text in (
                        n.value for n in ast.walk(node.exc) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                    ):
                        if flag.search(text):
                            found.append(f"{path.relative_to(root)}:{node.lineno}: {text}")
    from armscontrol.answers.linkages import EVENT_OPTIONS

    assert not flag.search(EVENT_OPTIONS)
    assert not found, "\n".join(found)
