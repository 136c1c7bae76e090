"""The Alembic migrations build exactly the tables the models describe, and run down and up again."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from armscontrol.scenarios.saved import save_scenario
from armscontrol.store import Store
from armscontrol.store.engine import MIGRATIONS, writer
from armscontrol.store.tables import Base
from store_support import SMALL


def test_migrated_tables_match_the_models(database_url):
    store = Store(database_url)
    with store.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    store.close()
    assert differences == []


def test_downgrade_and_upgrade_again(database_url):
    store = Store(database_url)
    save_scenario(store, SMALL)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with writer(store.engine).begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert not inspect(store.engine).has_table("scenarios")
    store.close()
    again = Store(database_url)
    assert again.scenarios() == [] and inspect(again.engine).has_table("runs")
    again.close()
