"""Generated inputs of one defence layer, for the tests that hold one engagement path to another."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st


def layer_inputs(warheads: int, interceptors: int) -> dict[str, Any]:
    """Hypothesis strategies for the arguments of a one-layer engagement, up to ``warheads`` and ``interceptors``.

    The keyword names are the test functions' parameters: ``w``, ``interceptors``, ``decoys``, ``sspk``, ``shots``,
    ``tracking``, ``discrimination``, ``reliability``, ``doctrine`` and ``second_shots``.
    """
    return {
        "w": st.integers(0, warheads),
        "interceptors": st.integers(0, interceptors),
        "decoys": st.integers(0, 3),
        "sspk": st.floats(0, 1),
        "shots": st.integers(1, 3),
        "tracking": st.floats(0, 1),
        "discrimination": st.floats(0, 1),
        "reliability": st.floats(0, 1),
        "doctrine": st.sampled_from(["salvo", "shoot-look-shoot"]),
        "second_shots": st.integers(1, 2),
    }
