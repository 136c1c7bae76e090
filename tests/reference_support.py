"""The public reference figures the tests check against.

They are kept in the repository under ``tests/reference/`` (source and licence in its
README), so every test runs on a fresh clone. Where the shared folder
``../shared/reference-data/`` exists beside the repository, the tests also check that the
copies here equal the files there (:data:`SHARED_DIR`).
"""

from __future__ import annotations

import csv
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"
"""The figures the tests use: always present."""

SHARED_DIR = Path(__file__).resolve().parents[2] / "shared" / "reference-data"
"""The shared reference folder beside the repository; absent on a fresh clone."""

FILES = (
    "warhead_stockpiles_1945_2023.csv",
    "warhead_inventories_2022_2023.csv",
    "us_russia_strategic_forces_by_leg_1945_2010.csv",
)


def read_reference(name: str, folder: Path = REFERENCE_DIR) -> list[dict[str, str]]:
    """The rows of one reference CSV file, from ``tests/reference`` unless told otherwise."""
    path = folder / name
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
