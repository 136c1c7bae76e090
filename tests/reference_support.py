"""The public reference figures beside the project (``../shared/reference-data``).

Tests read them to cross-check the project's own data; a test that needs a file skips
when it is absent (a bare clone has no ``../shared``).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "shared" / "reference-data"


def read_reference(name: str) -> list[dict[str, str]]:
    """The rows of one reference CSV file; skips the calling test if the file is absent."""
    path = REFERENCE_DIR / name
    if not path.is_file():
        pytest.skip(f"reference data not available: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
