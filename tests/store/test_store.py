"""The store on SQLite and on a real PostgreSQL server: what is saved comes back as saved, runs keep
their result or their error, and a write lands whole or not at all."""

from __future__ import annotations

import hashlib

import pytest
import yaml
from sqlalchemy import inspect, text

from armscontrol import __version__, answers
from armscontrol.errors import UserError
from armscontrol.scenario import scenario_from_text
from armscontrol.scenarios.saved import replace_scenario, run_scenario, save_scenario
from armscontrol.store import NotFound, Store, repository
from armscontrol.store.tables import ScenarioRecord
from store_support import HUGE, SMALL, SMALL_SWEEP


@pytest.fixture
def store(database_url):
    opened = Store(database_url)
    yield opened
    opened.close()


def count(store: Store) -> tuple[int, int]:
    with store.reading() as session:
        scenarios = session.execute(text("SELECT count(*) FROM scenarios")).scalar_one()
        runs = session.execute(text("SELECT count(*) FROM runs")).scalar_one()
    return scenarios, runs


def test_migrations_create_the_tables_once_and_again_is_harmless(database_url):
    first = Store(database_url)
    save_scenario(first, SMALL)
    first.close()
    again = Store(database_url)  # a restart: migrations run again and change nothing
    assert all(inspect(again.engine).has_table(t) for t in ("scenarios", "runs", "jobs"))
    with again.reading() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0003"
    assert [s.name for s in again.scenarios()] == ["Small parity with a defence"]
    again.close()


def test_saved_scenario_comes_back_exactly_as_written(store):
    saved = save_scenario(store, SMALL)
    got = store.scenario(saved.id)
    assert got.yaml == SMALL  # comments and layout kept
    assert got.content_hash == hashlib.sha256(SMALL.encode()).hexdigest()
    assert got.scenario == scenario_from_text(SMALL).model_dump(mode="json")
    assert got.name == "Small parity with a defence" and got.runs == 0
    assert got.created == got.updated and got.created.tzinfo is not None


def test_a_name_given_wins_and_unicode_round_trips(store):
    saved = save_scenario(store, SMALL, name="Россия — 1 500 ☢ test")
    assert store.scenario(saved.id).name == "Россия — 1 500 ☢ test"


def test_a_mapping_is_saved_as_yaml_written_from_it(store):
    data = yaml.safe_load(SMALL)
    saved = save_scenario(store, data=data)
    assert yaml.safe_load(saved.yaml) == data
    assert saved.scenario == scenario_from_text(SMALL).model_dump(mode="json")


def test_replace_changes_text_hash_and_updated_and_keeps_runs(store):
    saved = save_scenario(store, SMALL)
    run_scenario(store, saved.id, "stability")
    replaced = replace_scenario(store, saved.id, SMALL_SWEEP)
    assert replaced.yaml == SMALL_SWEEP and replaced.name == "Small sweep"
    assert replaced.content_hash != saved.content_hash and replaced.updated > saved.updated
    assert replaced.created == saved.created and replaced.runs == 1


def test_list_is_oldest_first_with_run_counts(store):
    a = save_scenario(store, SMALL, name="a")
    b = save_scenario(store, SMALL, name="b")
    run_scenario(store, b.id, "stability")
    run_scenario(store, b.id, "stability")
    assert [(s.id, s.name, s.runs) for s in store.scenarios()] == [(a.id, "a", 0), (b.id, "b", 2)]
    assert [s.name for s in store.scenarios(limit=1, offset=1)] == ["b"]


def test_delete_takes_the_runs_with_it(store):
    saved = save_scenario(store, SMALL)
    run = run_scenario(store, saved.id, "stability")
    deleted = store.delete_scenario(saved.id)
    assert (deleted.deleted, deleted.runs_deleted) == (saved.id, 1)
    assert count(store) == (0, 0)
    for call in (
        lambda: store.scenario(saved.id),
        lambda: store.get_run(run.id),
        lambda: store.delete_scenario(saved.id),
    ):
        with pytest.raises(NotFound):
            call()


@pytest.mark.parametrize("ident", [0, -1, 2**31, 10**30])
def test_ids_out_of_range_name_nothing_on_every_database(store, ident):
    with pytest.raises(NotFound, match="no scenario"):
        store.scenario(ident)
    with pytest.raises(NotFound, match="no run"):
        store.get_run(ident)


def test_stability_run_stores_the_answer_as_the_command_prints_it(store):
    saved = save_scenario(store, SMALL_SWEEP)
    run = run_scenario(store, saved.id, "stability")
    assert run.status == "ok" and run.error is None
    assert run.result == answers.as_json(answers.stability(scenario_from_text(SMALL_SWEEP)))
    assert run.package_version == __version__ and run.started <= run.finished
    assert len(run.inputs_hash) == 64
    assert store.get_run(run.id) == run
    assert store.runs(saved.id) == [run]


def test_frontier_run_with_options(store):
    saved = save_scenario(store, SMALL_SWEEP)
    run = run_scenario(store, saved.id, "frontier", {"defence_range": "0:40:20", "scale": "facing"})
    assert run.status == "ok", run.error
    assert run.options == {"defence_range": "0:40:20", "scale": "facing"}
    expected = answers.frontier(scenario_from_text(SMALL_SWEEP), "0:40:20", "facing")
    assert run.result == answers.as_json(expected)


def test_same_inputs_same_hash_other_options_other_hash(store):
    saved = save_scenario(store, SMALL_SWEEP)
    one = run_scenario(store, saved.id, "frontier", {"defence_range": "0:20:20"})
    two = run_scenario(store, saved.id, "frontier", {"defence_range": "0:20:20"})
    three = run_scenario(store, saved.id, "frontier", {"defence_range": "0:40:20"})
    assert one.inputs_hash == two.inputs_hash != three.inputs_hash
    explicit = run_scenario(store, saved.id, "frontier", {"defence_range": "0:20:20", "scale": "both"})
    assert explicit.inputs_hash == one.inputs_hash and one.options == {"defence_range": "0:20:20", "scale": "both"}


def test_a_failed_run_stores_its_error_and_no_result(store):
    saved = save_scenario(store, SMALL)  # no sweep block: frontier cannot run
    run = run_scenario(store, saved.id, "frontier")
    assert run.status == "error" and run.result is None
    assert "frontier needs a sweep block" in run.error.error and run.error.field == "sweep"
    assert store.get_run(run.id) == run


def test_a_run_that_breaks_midway_keeps_no_half_result(store, monkeypatch):
    saved = save_scenario(store, SMALL)
    partial = {}

    def breaks(spec, progress=None):
        partial["pairs"] = ["half"]
        raise ZeroDivisionError("midway")

    monkeypatch.setattr(answers, "stability", breaks)
    run = run_scenario(store, saved.id, "stability")
    assert run.status == "error" and run.result is None and "ZeroDivisionError" in run.error.error


def test_a_result_that_is_not_finite_is_an_error_not_a_result(store, monkeypatch):
    saved = save_scenario(store, SMALL)

    class Answer:
        def model_dump(self, **_):
            return {"combined": float("nan")}

    monkeypatch.setattr(answers, "stability", lambda spec, progress=None: Answer())
    run = run_scenario(store, saved.id, "stability")
    assert run.status == "error" and run.result is None and "not finite" in run.error.error


def test_a_write_that_fails_midway_lands_not_at_all(store):
    with pytest.raises(RuntimeError):
        with store.writing() as session:
            repository.add_scenario(session, "first", SMALL, {}, "0" * 64)
            repository.add_scenario(session, "second", SMALL, {}, "0" * 64)
            raise RuntimeError("the process fails before the commit")
    assert count(store) == (0, 0)


def test_a_run_of_a_scenario_deleted_meanwhile_is_not_stored(store, monkeypatch):
    saved = save_scenario(store, SMALL)
    real = answers.stability

    def deleting(spec, progress=None):
        store.delete_scenario(saved.id)
        return real(spec)

    monkeypatch.setattr(answers, "stability", deleting)
    with pytest.raises(NotFound):
        run_scenario(store, saved.id, "stability")
    assert count(store) == (0, 0)


@pytest.mark.parametrize(
    "text, message",
    [
        (HUGE, "above the limit of 20,000 (MAX_LAUNCHERS"),
        ("name: x\n", "sides: Field required"),
        ("name: [unclosed\n", "not valid YAML"),
        ("", "empty"),
        (SMALL.replace("value_targets: 50", "value_targets: .inf"), "finite"),
        (SMALL.replace("assured_retaliation: 20", "assured_retaliation: .nan"), "criteria.assured_retaliation"),
    ],
)
def test_invalid_scenarios_are_refused_and_nothing_is_stored(store, text, message):
    with pytest.raises(UserError, match=None) as caught:
        save_scenario(store, text, origin="upload.yaml")
    assert message in str(caught.value)
    assert count(store) == (0, 0)


@pytest.mark.parametrize(
    "name, message", [("", "1 to 200 characters"), ("x" * 201, "1 to 200"), ("a\x00b", "1 to 200")]
)
def test_bad_names_are_refused(store, name, message):
    with pytest.raises(UserError, match=message):
        save_scenario(store, SMALL, name=name)
    assert count(store) == (0, 0)


def test_nul_inside_a_mapping_is_refused(store):
    data = yaml.safe_load(SMALL)
    data["name"] = "a\x00b"
    with pytest.raises(UserError, match="NUL"):
        save_scenario(store, data=data)
    assert count(store) == (0, 0)


def test_records_are_plain_rows(store):
    saved = save_scenario(store, SMALL)
    with store.reading() as session:
        record = session.get(ScenarioRecord, saved.id)
        assert record.yaml_text == SMALL and record.parsed["name"] == "Small parity with a defence"


def test_sqlite_runs_in_wal_mode(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 's.sqlite3'}")
    with store.reading() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    store.close()


def test_default_store_is_sqlite_in_the_data_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("ARMSCONTROL_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ARMSCONTROL_DATABASE", raising=False)
    store = Store()
    assert store.url == f"sqlite:///{tmp_path / 'home' / 'armscontrol.sqlite3'}"
    store.close()
    monkeypatch.setenv("ARMSCONTROL_DATABASE", f"sqlite:///{tmp_path / 'other.sqlite3'}")
    assert Store().url.endswith("other.sqlite3")


def test_postgres_over_a_unix_socket(postgres):
    store = Store(postgres.socket_url())
    saved = save_scenario(store, SMALL)
    assert store.scenario(saved.id).yaml == SMALL
    store.delete_scenario(saved.id)
    store.close()


@pytest.mark.parametrize(
    "url, message",
    [
        ("not a url", "is not a database URL"),
        ("mysql+nosuchdriver://u@h/d", "no driver"),
        ("sqlite:////nonexistent-dir/sub/x.sqlite3", "cannot open"),
    ],
)
def test_bad_database_urls_are_one_line_errors(url, message):
    with pytest.raises(UserError, match=message) as caught:
        Store(url)
    assert caught.value.field == "database"


def test_an_unreachable_postgres_is_a_one_line_error_without_the_password():
    from pg_support import free_port

    with pytest.raises(UserError, match="cannot open") as caught:
        Store(f"postgresql://someone:secret@127.0.0.1:{free_port()}/nothing?connect_timeout=2")
    assert "secret" not in str(caught.value)
