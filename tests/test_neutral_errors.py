"""Errors name the field neutrally; each interface says it in its own words, and the API decides 404 by the error's type."""

from __future__ import annotations

import typer

from armscontrol.answers.common import parse_date
from armscontrol.api.errors import from_user_error
from armscontrol.cli.app import command_words
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
    def status(instrument: str = typer.Argument(..., metavar="ID"), on: str = typer.Option(None, "--on"),
               what_if: bool = typer.Option(False, "--what-if/--no-what-if")) -> None: ...

    assert command_words(status) == {"instrument": "ID", "on": "--on", "what_if": "--what-if"}


def test_404_is_decided_by_the_type_not_the_wording() -> None:
    unknown = suggest("new-strat", ["new-start"], what="instrument", field="id")
    assert isinstance(unknown, NotFound)
    assert from_user_error(unknown, 400, not_found_fields=frozenset({"id"})).status == 404
    worded_alike = UserError("id: unknown instrument 'x' (a value error, not a missing record)", field="id")
    assert from_user_error(worded_alike, 400, not_found_fields=frozenset({"id"})).status == 400
    assert from_user_error(unknown, 400).status == 400  # a query value naming nothing is a bad request
