"""Validate every shipped data file: ``python -m armscontrol.data.check``."""

from __future__ import annotations

import sys

from armscontrol.data.loader import load_registry
from armscontrol.errors import DataError


def main() -> int:
    try:
        reg = load_registry()
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(
        f"ok: {len(reg.instruments)} instruments, {len(reg.sources)} sources, "
        f"{len(reg.metrics)} metrics, {len(reg.holdings)} holdings"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
