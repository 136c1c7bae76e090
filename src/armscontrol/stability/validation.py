"""Checks at the boundary of the stability models: probabilities and counts."""

from __future__ import annotations

import math
from numbers import Integral, Real

from armscontrol import errors


class InvalidInput(errors.InvalidInput, ValueError):
    """A model input out of its range: names the parameter, the value and what was expected."""


def probability(name: str, value: float) -> float:
    """``value`` as a float in [0, 1], or :class:`InvalidInput` naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, Real) or math.isnan(float(value)):
        raise InvalidInput(f"{name}: expected a probability between 0 and 1, got {value!r}")
    value = float(value)
    if not 0.0 <= value <= 1.0:
        raise InvalidInput(f"{name}: expected a probability between 0 and 1, got {value:g}")
    return value


def count(name: str, value: int, *, minimum: int = 0) -> int:
    """``value`` as a non-negative (or at least ``minimum``) integer, or :class:`InvalidInput`."""
    if isinstance(value, bool):
        raise InvalidInput(f"{name}: expected a whole number, got {value!r}")
    if isinstance(value, Real) and not isinstance(value, Integral):
        if not float(value).is_integer():
            raise InvalidInput(f"{name}: expected a whole number, got {value!r}")
        value = int(value)
    if not isinstance(value, Integral):
        raise InvalidInput(f"{name}: expected a whole number, got {value!r}")
    if value < minimum:
        expected = "a non-negative whole number" if minimum == 0 else f"a whole number ≥ {minimum}"
        raise InvalidInput(f"{name}: expected {expected}, got {value}")
    return int(value)


def positive(name: str, value: float) -> float:
    """``value`` as a float > 0, or :class:`InvalidInput`."""
    if isinstance(value, bool) or not isinstance(value, Real) or not float(value) > 0 or math.isinf(float(value)):
        raise InvalidInput(f"{name}: expected a positive number, got {value!r}")
    return float(value)


def non_negative(name: str, value: float) -> float:
    """``value`` as a finite float ≥ 0, or :class:`InvalidInput`."""
    if isinstance(value, bool) or not isinstance(value, Real) or not float(value) >= 0 or math.isinf(float(value)):
        raise InvalidInput(f"{name}: expected a non-negative number, got {value!r}")
    return float(value)
