"""Alembic migrations of the store, run at start by :func:`armscontrol.store.engine.migrate`."""
