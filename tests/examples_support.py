"""How many generated examples a property test runs: its own count in the full suite, a fifth in the quick loop.

``make test-quick`` selects the ``quick`` Hypothesis profile (``--hypothesis-profile=quick``, registered in
tests/conftest.py), whose default of examples is a fifth of Hypothesis' own; a test that states its count
scales it by the same share through :func:`examples`.
"""

from __future__ import annotations

from hypothesis import settings

HYPOTHESIS_DEFAULT = 100
"""Hypothesis' own default of examples per test, the full suite's."""
QUICK_EXAMPLES = 20
"""The quick profile's default: a fifth."""


def examples(count: int) -> int:
    """``count`` in the full suite; its share in the quick loop (at least 5)."""
    return max(min(count, 5), count * settings.default.max_examples // HYPOTHESIS_DEFAULT)
