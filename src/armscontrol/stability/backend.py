"""Which engagement kernels run: compiled ahead of time where built, else numba's.

:func:`kernels` returns :mod:`armscontrol.stability.ckernels` (the C library
built at install; no compiler and no numba at run time) when it loads, else
:mod:`armscontrol.stability.kernels` (numba, compiled and cached on first use).
``ARMSCONTROL_KERNELS=numba`` chooses numba's; :func:`use` chooses for a block
of code (tests and benchmarks compare the two).
"""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Iterator
from types import ModuleType

ENV = "ARMSCONTROL_KERNELS"

_chosen: ModuleType | None = None


def kernels() -> ModuleType:
    """The kernels module in use (chosen on first call)."""
    global _chosen
    if _chosen is None:
        _chosen = _choose()
    return _chosen


def _choose() -> ModuleType:
    if os.environ.get(ENV, "").strip().lower() != "numba":
        try:
            return importlib.import_module("armscontrol.stability.ckernels")
        except (ImportError, OSError):
            pass
    return importlib.import_module("armscontrol.stability.kernels")


@contextlib.contextmanager
def use(module: ModuleType) -> Iterator[ModuleType]:
    """Run the models on ``module``'s kernels for the duration of the block."""
    global _chosen
    before = _chosen
    _chosen = module
    try:
        yield module
    finally:
        _chosen = before
