"""Validate a data tree: ``python -m armscontrol.data.check [PATH]``.

With no path, the tree in use is checked: the one ``ARMSCONTROL_DATA`` names,
or else the shipped data. A path that does not exist, a file, or a folder that
is not a data tree (no ``metrics.yaml``, no ``instruments/``) is refused with a
one-line error and exit status 2; a tree that breaks the schema exits with 1.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from armscontrol.data.loader import DATA_DIR, check_tree, load_registry
from armscontrol.errors import DataError

USAGE = "usage: python -m armscontrol.data.check [PATH]  (default: $ARMSCONTROL_DATA, else the shipped data)"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if any(a in {"-h", "--help"} for a in args):
        print(USAGE)
        return 0
    if len(args) > 1 or any(a.startswith("-") for a in args):
        print(f"error: expected at most one PATH, got: {' '.join(args)}\n{USAGE}", file=sys.stderr)
        return 2
    if args:
        if not args[0].strip():
            print(f"error: PATH is empty; give a data folder\n{USAGE}", file=sys.stderr)
            return 2
        root, origin = Path(args[0]), "PATH"
    elif os.environ.get("ARMSCONTROL_DATA"):
        root, origin = Path(os.environ["ARMSCONTROL_DATA"]), "ARMSCONTROL_DATA"
    else:
        root, origin = DATA_DIR, "the shipped data"
    try:
        check_tree(root, origin=origin)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        reg = load_registry(root, origin=origin)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(
        f"ok: {root}: {len(reg.instruments)} instruments, {len(reg.sources)} sources, "
        f"{len(reg.metrics)} metrics, {len(reg.holdings)} holdings"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
