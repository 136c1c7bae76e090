"""``armscontrol scenarios``: save, list, show, run, export and delete scenarios in the store.

The store is the API's: ``--database URL`` or ``ARMSCONTROL_DATABASE``, else
the SQLite file in the user's data directory.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from armscontrol.cli.base import JsonOption, command, console, fail, group, print_json, table
from armscontrol.errors import UserError

scenarios_app = group(
    "scenarios", help="Saved scenarios and their runs (the store the API serves).", no_args_is_help=True
)

DatabaseOption = typer.Option(
    None, "--database", help="Store URL (SQLAlchemy); default ARMSCONTROL_DATABASE, else SQLite in the data directory."
)


def _store(database: str | None):
    # on first use: heavy (SQLAlchemy)
    from armscontrol.store import Store

    return Store(database)


def _when(stamp) -> str:
    return stamp.strftime("%Y-%m-%d %H:%M:%S UTC")


@command("save", on=scenarios_app)
def save_command(
    file: str = typer.Argument(..., help="Scenario file (YAML)."),
    name: str = typer.Option(None, "--name", help="Name to save it under; default the scenario's own name."),
    database: str = DatabaseOption,
    as_json: bool = JsonOption,
) -> None:
    """Save a scenario file in the store (its text kept exactly as written)."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.scenario import load_scenario

    load_scenario(file)  # the file's own errors: missing, a folder, not UTF-8, invalid
    text = Path(file).read_bytes().decode("utf-8")
    # on first use: heavy (SQLAlchemy, through the store)
    from armscontrol.scenarios.saved import (
        save_scenario,
    )  # the store: SQLAlchemy, loaded only by the commands that use it

    saved = save_scenario(_store(database), text, name=name, origin=file)
    if as_json:
        print_json(saved.model_dump(mode="json"))
        return
    console.print(
        f"saved scenario {saved.id}: {saved.name} (sha256 {saved.content_hash[:12]}…)", highlight=False, markup=False
    )


@command("list", on=scenarios_app)
def list_command(database: str = DatabaseOption, as_json: bool = JsonOption) -> None:
    """Saved scenarios, oldest first."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.store.records import ScenarioList

    found = _store(database).scenarios()
    if as_json:
        print_json(ScenarioList(scenarios=found).model_dump(mode="json"))
        return
    console.print(
        table(
            "Saved scenarios",
            ["id", "name", "runs", "updated", "sha256"],
            [[s.id, s.name, s.runs, _when(s.updated), s.content_hash[:12]] for s in found],
            caption=None if found else "none yet: armscontrol scenarios save FILE",
        )
    )


@command("show", on=scenarios_app)
def show_command(
    ident: int = typer.Argument(..., metavar="ID", help="Scenario id (see `scenarios list`)."),
    database: str = DatabaseOption,
    as_json: bool = JsonOption,
) -> None:
    """One saved scenario and its runs."""
    store = _store(database)
    saved = store.scenario(ident)
    runs = store.runs(ident)
    if as_json:
        print_json({**saved.model_dump(mode="json"), "run_list": [r.model_dump(mode="json") for r in runs]})
        return
    console.print(
        table(
            f"Scenario {saved.id}: {saved.name}",
            ["created", "updated", "sha256", "sides"],
            [
                [
                    _when(saved.created),
                    _when(saved.updated),
                    saved.content_hash,
                    ", ".join(saved.scenario.get("sides", {})),
                ]
            ],
        )
    )
    console.print(
        table(
            "Runs",
            ["run", "kind", "status", "finished", "inputs sha256", "version"],
            [
                [
                    r.id,
                    r.kind,
                    r.status if r.error is None else f"error: {r.error.error}",
                    _when(r.finished),
                    r.inputs_hash[:12],
                    r.package_version,
                ]
                for r in runs
            ],
            caption=None if runs else f"none yet: armscontrol scenarios run {saved.id}",
        )
    )


@command("run", on=scenarios_app)
def run_command(
    ident: int = typer.Argument(..., metavar="ID", help="Scenario id (see `scenarios list`)."),
    kind: str = typer.Option("stability", "--kind", help="stability or frontier."),
    defence_range: str = typer.Option(
        None, "--defence-range", help="frontier: START:STOP:STEP interceptors; default the scenario's sweep."
    ),
    scale: str = typer.Option(None, "--scale", help="frontier: 'both' (default) or 'facing'."),
    database: str = DatabaseOption,
    as_json: bool = JsonOption,
) -> None:
    """Run a saved scenario and record the run (its result, or the error that stopped it)."""
    if kind not in ("stability", "frontier"):
        raise UserError(
            f"--kind: expected 'stability' or 'frontier', got '{kind}'", field="--kind", suggestion="stability"
        )
    options = {"defence_range": defence_range, "scale": scale} if kind == "frontier" else {}
    # on first use: heavy (SQLAlchemy, through the store)
    from armscontrol.scenarios.saved import run_scenario  # the store and the models: loaded only here

    run = run_scenario(_store(database), ident, kind, options)  # type: ignore[arg-type]
    if as_json:
        print_json(run.model_dump(mode="json"))
    else:
        console.print(
            table(
                f"Run {run.id} of scenario {run.scenario_id} ({run.kind})",
                ["status", "started", "seconds", "inputs sha256", "version"],
                [
                    [
                        run.status,
                        _when(run.started),
                        f"{(run.finished - run.started).total_seconds():.1f}",
                        run.inputs_hash[:12],
                        run.package_version,
                    ]
                ],
                caption="the result is kept in the store: armscontrol scenarios show ID --json, or GET /api/runs/RUN",
            )
        )
    if run.error is not None:
        fail(f"run {run.id} failed (recorded): {run.error.error}")


@command("export", on=scenarios_app)
def export_command(
    ident: int = typer.Argument(..., metavar="ID", help="Scenario id (see `scenarios list`)."),
    database: str = DatabaseOption,
    as_json: bool = JsonOption,
) -> None:
    """Print a saved scenario's YAML exactly as it was saved (or, with --json, the saved record)."""

    saved = _store(database).scenario(ident)
    if as_json:
        print_json(saved.model_dump(mode="json"))
        return
    sys.stdout.write(saved.yaml if saved.yaml.endswith("\n") else saved.yaml + "\n")


@command("delete", on=scenarios_app)
def delete_command(
    ident: int = typer.Argument(..., metavar="ID", help="Scenario id (see `scenarios list`)."),
    database: str = DatabaseOption,
    as_json: bool = JsonOption,
) -> None:
    """Delete a saved scenario and its runs."""
    deleted = _store(database).delete_scenario(ident)
    if as_json:
        print_json(deleted.model_dump(mode="json"))
        return
    console.print(f"deleted scenario {deleted.deleted} and {deleted.runs_deleted} run(s)", highlight=False)
