"""Where the store keeps its files: the user's data directory.

``ARMSCONTROL_HOME`` names another directory (for a project folder, or tests);
otherwise the platform's data directory for the user (platformdirs), for
example ``~/.local/share/armscontrol`` on Linux.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from armscontrol.errors import UserError

DATABASE_ENV = "ARMSCONTROL_DATABASE"
HOME_ENV = "ARMSCONTROL_HOME"


def data_dir(create: bool = True) -> Path:
    """The directory holding the default database and the API token (created on first use, mode 0700)."""
    path = Path(os.environ.get(HOME_ENV) or user_data_dir("armscontrol", appauthor=False))
    if create:
        try:
            path.mkdir(parents=True, exist_ok=True, mode=0o700)  # the store and the token live here: the owner's only
        except OSError as exc:
            raise UserError(
                f"{path}: cannot create the data directory ({exc.strerror}); set {HOME_ENV} to a writable folder",
                field=HOME_ENV,
            ) from None
    return path


def default_database_url() -> str:
    """The SQLite file ``armscontrol.sqlite3`` in :func:`data_dir`."""
    return f"sqlite:///{data_dir() / 'armscontrol.sqlite3'}"


def database_url(url: str | None = None) -> str:
    """The database to use: ``url`` if given, else ``ARMSCONTROL_DATABASE``, else the default SQLite file."""
    return url or os.environ.get(DATABASE_ENV) or default_database_url()
