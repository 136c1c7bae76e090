"""Fixtures of the stability tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def ckernels():
    """The kernels compiled ahead of time (``armscontrol.stability.ckernels``); a failure, not a skip, where they are
    not built (the install builds them)."""
    try:
        from armscontrol.stability import ckernels as module
    except ImportError as missing:  # the install builds it: pip install -e . (make)
        pytest.fail(f"the compiled kernels are not built ({missing}); run 'make' or 'pip install -e .'")
    return module
