"""Engaged-warhead tables of salvo layers, shared by the passes that differ only in the kill probability.

A salvo layer's pass has two steps (see ``_ckernels.c``): the engaged table,
P(e real warheads engaged | w arriving) for each arriving count, which depends
on the arriving counts and their weights (its truncation does), the capacity
(interceptors over shots), tracking, decoys and discrimination; and the kill
step, which alone depends on the kill probability (sspk and shots). Variants
that differ only in a defence's sspk, as a sensitivity design's runs do where
that input alone moves, compute the first step once and the kill step each.

The key holds every input of the first step exactly (the arriving counts and
weights as bytes), so a table from the store is the table that would have been
computed: answers with and without the store are bit-identical
(tests/stability/test_engaged_tables.py).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import numpy as np

_BUDGET = 64 * 2**20
"""Bytes of tables kept (least recently used dropped beyond)."""


class EngagedTables:
    """Engaged tables of salvo passes, keyed exactly on what they depend on.

    Parameters
    ----------
    budget : int
        Bytes of tables kept; least recently used dropped beyond (default 64 MiB).
    """

    def __init__(self, budget: int = _BUDGET) -> None:
        self.budget = budget
        self._store: OrderedDict[tuple, tuple[np.ndarray, np.ndarray, np.ndarray]] = OrderedDict()
        self._bytes = 0
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(
        kernels: Any,
        ws: np.ndarray,
        weights: np.ndarray,
        capacity: int,
        tracking: float,
        decoys: int,
        undiscriminated: float,
        width: int,
    ) -> tuple:
        """The key of one pass's engaged tables: its kernels and every input of the engaged step."""
        return (
            kernels.__name__,
            ws.tobytes(),
            weights.tobytes(),
            int(capacity),
            float(tracking),
            int(decoys),
            float(undiscriminated),
            int(width),
        )

    def get(self, key: tuple) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """The tables (engaged, objects, neglected) stored under ``key``, or None."""
        found = self._store.get(key)
        if found is None:
            self.misses += 1
            return None
        self._store.move_to_end(key)
        self.hits += 1
        return found

    def put(self, key: tuple, tables: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
        """Keep ``tables`` under ``key`` (dropping the least recently used beyond the budget)."""
        size = sum(a.nbytes for a in tables) + len(key[1]) + len(key[2])
        if size > self.budget or key in self._store:
            return
        self._store[key] = tables
        self._bytes += size
        while self._bytes > self.budget:
            old_key, old = self._store.popitem(last=False)
            self._bytes -= sum(a.nbytes for a in old) + len(old_key[1]) + len(old_key[2])

    def __len__(self) -> int:
        return len(self._store)
