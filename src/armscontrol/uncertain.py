"""Uncertain inputs of a scenario: distributions in place of numbers, and field paths.

Any numeric field of a scenario file may hold a distribution instead of a
number, and a top-level ``uncertain:`` block may name fields by path::

    sides:
      RUS:
        forces:
          - {name: silos, basing: silo, launchers: 72, warheads_per_launcher: 10,
             reliability: {uniform: [0.7, 0.9]}}
    uncertain:
      attack.sspk.silo: {triangular: [0.5, 0.7, 0.8]}
      sides.USA.defence[midcourse].sspk: {beta: [7, 3]}

A scenario read this way holds each field at the distribution's central value
(:meth:`Distribution.central`), so a single run (``armscontrol stability``) is
the run at central values, and keeps the distributions on the spec (its
``uncertain`` mapping, path -> distribution) for ``uncertainty``,
``sensitivity`` and ``sweep``.

Every distribution is sampled by its quantile function (:meth:`Distribution.ppf`)
from uniform numbers in [0, 1), so Monte Carlo, Sobol and Morris designs all go
through the same transformation. Integer fields (launchers, interceptors, shots,
decoys, bases, warheads per launcher and per target) take the sample rounded to
the nearest integer.

This module sits below ``scenario`` in the dependency order: it knows paths and
distributions, and checks each distribution against the scenario's own schema
through the validating function that ``scenario`` passes in.
"""

from __future__ import annotations

import copy
import math
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict

from armscontrol.errors import UserError, closest

KINDS = ("uniform", "triangular", "beta", "normal", "choice")
"""The distributions a scenario file may use."""

from armscontrol.limits import MAX_CHOICE_VALUES, MAX_MAGNITUDE, MAX_UNCERTAIN_INPUTS  # noqa: E402  (bounds of this module's inputs)

SCENARIO_DOCS = "docs/sweeps.md"

_FORMS = {
    "uniform": "{uniform: [low, high]} with low < high",
    "triangular": "{triangular: [low, mode, high]} with low ≤ mode ≤ high and low < high",
    "beta": "{beta: [a, b]} with a > 0 and b > 0 (on [0, 1])",
    "normal": "{normal: [mean, sd], clip: [low, high]} with sd > 0 and low < high",
    "choice": "{choice: [v1, v2, ...]}: one or more numbers, equally likely",
}


class Distribution(BaseModel):
    """One uncertain input, written as in a scenario file (exactly one kind set).

    Central value (what ``stability`` uses): the median of the distribution
    (:math:`F^{-1}(1/2)`); for ``choice``, the middle value of the list as written
    (the earlier of the two middle ones for an even count).

    ``normal`` needs ``clip``: samples outside [low, high] are moved to the
    nearer bound (censored), so every sample is a value the field accepts.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    uniform: tuple[float, float] | None = None
    triangular: tuple[float, float, float] | None = None
    beta: tuple[float, float] | None = None
    normal: tuple[float, float] | None = None
    clip: tuple[float, float] | None = None
    choice: tuple[float, ...] | None = None

    @property
    def kind(self) -> str:
        return next(k for k in KINDS if getattr(self, k) is not None)

    @property
    def parameters(self) -> tuple[float, ...]:
        return tuple(getattr(self, self.kind))

    def ppf(self, u: np.ndarray | float) -> np.ndarray:
        """Quantile function: the value below which a fraction ``u`` of samples fall.

        Parameters
        ----------
        u : array_like
            Probabilities in [0, 1].

        Returns
        -------
        numpy.ndarray of float
            :math:`F^{-1}(u)`, with the shape of ``u``.

        Notes
        -----
        Triangular (a ≤ c ≤ b), with :math:`F_c = (c - a)/(b - a)`:

        .. math::

            F^{-1}(u) = a + \\sqrt{u (b - a)(c - a)} \\quad (u < F_c),\\qquad
            b - \\sqrt{(1 - u)(b - a)(b - c)} \\quad (u \\ge F_c)
        """
        q = np.clip(np.asarray(u, dtype=float), 0.0, 1.0)
        kind, parameters = self.kind, self.parameters
        if kind == "uniform":
            low, high = parameters
            return low + q * (high - low)
        if kind == "triangular":
            a, c, b = parameters
            split = (c - a) / (b - a)
            left = a + np.sqrt(q * (b - a) * (c - a))
            right = b - np.sqrt((1.0 - q) * (b - a) * (b - c))
            return np.where(q < split, left, right)
        if kind == "beta":
            alpha, beta = parameters
            return np.asarray(beta_quantile(q, alpha, beta), dtype=float)
        if kind == "normal":
            from scipy.special import ndtri  # on first use: heavy (SciPy)

            mean, sd = parameters
            low, high = self.clip or (-np.inf, np.inf)
            # scipy.stats.norm.ppf(q, loc=mean, scale=sd) is ndtri(q)·sd + mean, without loading scipy.stats
            return np.clip(ndtri(q) * sd + mean, low, high)
        values = np.asarray(parameters, dtype=float)
        index = np.minimum((q * len(values)).astype(np.int64), len(values) - 1)
        return values[index]

    def central(self) -> float:
        """The central value: the median (``choice``: the middle value as written)."""
        if self.kind == "choice":
            return float(self.parameters[(len(self.parameters) - 1) // 2])
        return float(self.ppf(0.5))

    def bounds(self) -> tuple[float, float]:
        """The smallest and largest value a sample can take."""
        if self.kind == "choice":
            return float(min(self.parameters)), float(max(self.parameters))
        return float(self.ppf(0.0)), float(self.ppf(1.0))

    def describe(self) -> str:
        """The distribution as written in a scenario file, on one line."""
        text = f"{self.kind} [{', '.join(f'{v:g}' for v in self.parameters)}]"
        if self.clip is not None:
            text += f" clipped to [{self.clip[0]:g}, {self.clip[1]:g}]"
        return text


def is_distribution(value: Any) -> bool:
    """Whether a value read from YAML is written as a distribution (a mapping with a kind key)."""
    return isinstance(value, Mapping) and any(k in value for k in KINDS)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        value = float(value)
    except OverflowError:
        return None
    return value if math.isfinite(value) and abs(value) <= MAX_MAGNITUDE else None


def parse_distribution(value: Any, where: str, origin: str = "scenario") -> Distribution:
    """A :class:`Distribution` from its YAML form; a bad one ends in an error naming ``where``.

    Parameters
    ----------
    value : mapping
        For example ``{"uniform": [0.6, 0.9]}``.
    where : str
        The field's path, for errors (``sides.RUS.forces[0].reliability``).
    origin : str
        The file or text the value came from, for errors.
    """

    def bad(problem: str) -> UserError:
        return UserError(f"{origin}: {where}: {problem} (see {SCENARIO_DOCS})", field=where)

    if not isinstance(value, Mapping):
        raise bad(f"expected a number or a distribution such as {_FORMS['uniform']}, got {value!r}")
    value = {k: v for k, v in value.items() if v is not None}
    kinds = [k for k in KINDS if k in value]
    unknown = [str(k) for k in value if k not in KINDS and k != "clip"]
    if unknown:
        close = closest(unknown[0], list(KINDS) + ["clip"])
        hint = f"; did you mean '{close[0]}'?" if close else f"; expected one of {', '.join(KINDS)}"
        raise bad(f"unknown key '{unknown[0]}' in a distribution{hint}")
    if len(kinds) != 1:
        raise bad(f"a distribution has exactly one of {', '.join(KINDS)}, got {', '.join(kinds) or 'none'}")
    kind = kinds[0]
    if "clip" in value and kind != "normal":
        raise bad(f"'clip' goes with normal only; {kind} is bounded already")
    raw = value[kind]
    form = _FORMS[kind]
    if not isinstance(raw, (list, tuple)):
        raise bad(f"expected {form}, got {kind}: {raw!r}")
    maybe = [_number(v) for v in raw]
    numbers = [n for n in maybe if n is not None]
    if len(numbers) != len(maybe):
        raise bad(
            f"{kind}: every value must be a number of size at most {MAX_MAGNITUDE:g}, got {list(raw)!r}; expected "
            f"{form}"
        )
    if kind == "choice":
        if not 1 <= len(numbers) <= MAX_CHOICE_VALUES:
            raise bad(f"choice: expected 1 to {MAX_CHOICE_VALUES:,} numbers, got {len(numbers):,}")
        return Distribution(choice=tuple(numbers))
    sizes = {"uniform": 2, "triangular": 3, "beta": 2, "normal": 2}
    if len(numbers) != sizes[kind]:
        raise bad(f"expected {form}, got {len(numbers)} value(s)")
    if kind == "uniform" and not numbers[0] < numbers[1]:
        raise bad(f"uniform [{numbers[0]:g}, {numbers[1]:g}]: expected low < high; for a fixed value write the number")
    if kind == "triangular":
        a, c, b = numbers
        if not (a <= c <= b and a < b):
            raise bad(f"triangular [{a:g}, {c:g}, {b:g}]: expected low ≤ mode ≤ high and low < high")
    if kind == "beta" and not (numbers[0] > 0 and numbers[1] > 0):
        raise bad(f"beta [{numbers[0]:g}, {numbers[1]:g}]: expected a > 0 and b > 0")
    if kind == "normal":
        if not numbers[1] > 0:
            raise bad(f"normal [{numbers[0]:g}, {numbers[1]:g}]: expected sd > 0")
        clip = value.get("clip")
        if clip is None:
            raise bad(
                "normal needs clip: [low, high] so that every sample is a value the field accepts; for example "
                f"{{normal: [{numbers[0]:g}, {numbers[1]:g}], "
                f"clip: [{numbers[0] - 3 * numbers[1]:g}, {numbers[0] + 3 * numbers[1]:g}]}}"
            )
        maybe_bounds = [_number(v) for v in clip] if isinstance(clip, (list, tuple)) else [None]
        bounds = [v for v in maybe_bounds if v is not None]
        if len(maybe_bounds) != 2 or len(bounds) != 2 or not bounds[0] < bounds[1]:
            raise bad(
                f"clip: expected [low, high], two numbers (size at most {MAX_MAGNITUDE:g}) with low < high, got "
                f"{clip!r}"
            )
        return Distribution(normal=(numbers[0], numbers[1]), clip=(bounds[0], bounds[1]))
    return Distribution.model_validate({kind: tuple(numbers)})


# Paths ------------------------------------------------------------------------------------

_PART = re.compile(r"([^.\[\]]+)|\[([^\]]*)\]")


def split_path(path: str) -> list[str | int]:
    """``sides.RUS.forces[0].reliability`` -> ``['sides', 'RUS', 'forces', 0, 'reliability']``.

    An index in brackets is a position (from 0) or, for forces and defence
    layers, an element's name (``defence[midcourse]``), kept as a string.
    """
    text = path.strip()
    parts: list[str | int] = []
    position = 0
    for match in _PART.finditer(text):
        between = text[position : match.start()]
        if between not in ("", "."):
            raise ValueError(path)
        name, index = match.groups()
        if name is not None:
            parts.append(name.strip())
        else:
            index = index.strip()
            parts.append(int(index) if re.fullmatch(r"-?\d+", index) else index)
        position = match.end()
    if not parts or position != len(text) or text.endswith("."):
        raise ValueError(path)
    return parts


def _describe(parts: list[str | int]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def locate(data: Any, path: str, origin: str = "scenario", *, what: str = "path") -> tuple[Any, str | int, str]:
    """The container and key that ``path`` names in a scenario mapping, and the canonical path.

    Errors name the path, the part that does not exist and the choices there
    (``sides.RUS.forces[7]: RUS has 5 forces, [0] to [4]``).
    """
    try:
        parts = split_path(path)
    except ValueError:
        raise UserError(
            f"{origin}: {what} '{path}': not a field path; expected names joined by dots and indices in "
            "brackets, for example sides.RUS.forces[0].reliability",
            field=path,
        ) from None
    node = data
    canonical: list[str | int] = []
    for i, part in enumerate(parts):
        here = _describe(canonical) or "(top level)"
        last = i == len(parts) - 1
        if isinstance(node, list):
            if isinstance(part, str):
                names = [e.get("name") for e in node if isinstance(e, Mapping)]
                if part not in names:
                    close = closest(part, [str(n) for n in names])
                    hint = (
                        f"; did you mean '{close[0]}'?"
                        if close
                        else f"; names there: {', '.join(map(str, names)) or 'none'}"
                    )
                    raise UserError(
                        f"{origin}: {what} '{path}': {here} has no element named '{part}'{hint}", field=path
                    )
                part = names.index(part)
            elif not 0 <= part < len(node):
                span = f"[0] to [{len(node) - 1}]" if node else "none"
                raise UserError(
                    f"{origin}: {what} '{path}': {here} holds {len(node)} element(s) ({span}), so [{part}] does not "
                    f"exist",
                    field=path,
                )
        elif isinstance(node, Mapping):
            if isinstance(part, int) or part not in node:
                keys = [str(k) for k in node]
                close = closest(str(part), keys)
                hint = f"; did you mean '{close[0]}'?" if close else f"; expected one of {', '.join(keys)}"
                raise UserError(f"{origin}: {what} '{path}': {here} has no field '{part}'{hint}", field=path)
        else:
            raise UserError(f"{origin}: {what} '{path}': {here} is a single value, not a list or a mapping", field=path)
        canonical.append(part)
        if last:
            return node, part, _describe(canonical)
        node = node[part]
    raise AssertionError("unreachable")


def get_path(data: Any, path: str) -> Any:
    container, key, _ = locate(data, path)
    return container[key]


def set_path(data: Any, path: str, value: Any) -> None:
    container, key, _ = locate(data, path)
    container[key] = value


def _declared_integer(model: Any, parts: list[str | int]) -> bool:
    """Whether the schema declares the field at ``parts`` an integer (lists and mappings stepped through)."""
    annotation: Any = model
    for part in parts:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get(str(part))
            if field is None:
                return False
            annotation = field.annotation
        elif typing.get_origin(annotation) in (list, tuple, dict):
            annotation = typing.get_args(annotation)[-1]
        else:
            return False
    return _unwrap(annotation) is int


def _unwrap(annotation: Any) -> Any:
    """``X | None`` -> ``X``."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and len(args) == 1:
        return args[0]
    return annotation


def _walk(node: Any, parts: list[str | int], found: dict[str, Any]) -> None:
    if is_distribution(node):
        found[_describe(parts)] = (node, parts)
    elif isinstance(node, Mapping):
        for key, value in node.items():
            _walk(value, parts + [str(key)], found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _walk(value, parts + [index], found)


MODEL_INPUTS = ("sides", "attack", "posture", "criteria")
"""The parts of a scenario whose numbers may vary (the rest describe it: name, sources, sweep)."""


def _model_input(path: str, origin: str, what: str) -> None:
    head = path.strip().split(".")[0].split("[")[0]
    if head not in MODEL_INPUTS:
        raise UserError(
            f"{origin}: {what} '{path}': only the model's inputs can vary, under {', '.join(MODEL_INPUTS)}", field=path
        )


def numeric_field(dumped: Mapping[str, Any], path: str, origin: str, *, what: str = "path") -> tuple[str, bool]:
    """The canonical path of a numeric field in a validated scenario (dumped), and whether it holds integers."""
    _model_input(path, origin, what)
    container, key, canonical = locate(dumped, path, origin, what=what)
    value = container[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        shown = "a list or a mapping" if isinstance(value, (list, dict)) else f"{value!r}"
        raise UserError(
            f"{origin}: {what} '{path}': {canonical} holds {shown}, not a number; only numeric fields can vary",
            field=path,
        )
    return canonical, isinstance(value, int)


def with_distributions(
    data: Mapping[str, Any], origin: str, validate: Callable[[dict[str, Any]], Any], model: type[BaseModel]
) -> Any:
    """A validated scenario with every distribution at its central value, and the distributions kept.

    Parameters
    ----------
    data : mapping
        The scenario as parsed from YAML or JSON.
    origin : str
        The file or text the scenario came from, for errors.
    validate : callable
        Validates a scenario mapping (the scenario schema), raising
        :class:`~armscontrol.errors.UserError` naming the field at fault.
    model : pydantic model class
        The scenario schema, to tell integer fields from the others.

    Returns
    -------
    The validated scenario (whatever ``validate`` returns), with its
    ``uncertain`` field mapping each canonical path to its distribution.

    Notes
    -----
    Each distribution is checked against the field it stands for: its smallest
    and largest sample (rounded for integer fields) must each be a valid value
    of that field, so that every sample is a scenario the models accept.
    """
    data_copy: dict[str, Any] = copy.deepcopy(dict(data))
    block = data_copy.pop("uncertain", None) or {}
    if not isinstance(block, Mapping):
        raise UserError(
            f"{origin}: uncertain: expected a mapping of field paths to distributions, for example "
            "{'sides.RUS.forces[0].reliability': {uniform: [0.7, 0.9]}}",
            field="uncertain",
        )
    inline: dict[str, Any] = {}
    _walk(data_copy, [], inline)
    if not inline and not block:
        return validate(data_copy)
    distributions: dict[str, Distribution] = {}
    for path, (raw, parts) in inline.items():
        _model_input(path, origin, "distribution at")
        distributions[path] = parse_distribution(raw, path, origin)
        value = distributions[path].central()
        container = data_copy
        for part in parts[:-1]:  # by the parts found, not the path text: names may hold dots
            container = container[part]
        container[parts[-1]] = round(value) if _declared_integer(model, parts) else value
    central = validate(data_copy).model_dump()
    for path, raw in block.items():
        where = f"uncertain.{path}"
        distribution = raw if isinstance(raw, Distribution) else parse_distribution(raw, where, origin)
        canonical, _ = numeric_field(central, str(path), origin, what="uncertain")
        if canonical in distributions:
            raise UserError(
                f"{origin}: uncertain: {canonical} is given a distribution twice (in the block and in place)",
                field=where,
            )
        distributions[canonical] = distribution
    if len(distributions) > MAX_UNCERTAIN_INPUTS:
        raise UserError(
            f"{origin}: {len(distributions)} uncertain inputs; at most {MAX_UNCERTAIN_INPUTS} are allowed",
            field="uncertain",
        )
    integer = {}
    for path, distribution in distributions.items():
        canonical, integer[path] = numeric_field(central, path, origin)
        value = distribution.central()
        set_path(central, path, round(value) if integer[path] else value)
    for path, distribution in distributions.items():
        for end in distribution.bounds():
            trial = copy.deepcopy(central)
            set_path(trial, path, round(end) if integer[path] else end)
            try:
                validate(trial)
            except UserError as exc:
                raise UserError(
                    f"{origin}: {path}: {distribution.describe()} reaches {end:g}, which the field does not accept "
                    f"({schema_reason(exc)})",
                    field=path,
                ) from None
    central["uncertain"] = distributions
    return validate(central)


def schema_reason(exc: UserError) -> str:
    """The schema's complaint in a validation error, without the file, the field and the pointer to the docs."""
    text = str(exc).split(": ", 2)[-1]
    return re.sub(r"\s*\((got [^)]*|see [^)]*)\)", "", text).strip()


def integer_paths(dumped: Mapping[str, Any], paths: list[str]) -> list[bool]:
    """For each path of a validated scenario (dumped), whether the field holds integers."""
    return [numeric_field(dumped, p, "scenario")[1] for p in paths]


def central_values(spec: BaseModel) -> dict[str, float | int]:
    """The value each uncertain input of a scenario holds (its central value, rounded for integer fields)."""
    dumped = spec.model_dump()
    return {path: get_path(dumped, path) for path in getattr(spec, "uncertain", {})}


def beta_quantile(u: np.ndarray, a: float, b: float) -> np.ndarray:
    """The beta distribution's quantile function, bit for bit ``scipy.stats.beta.ppf(u, a, b)`` for u in [0, 1].

    Calls the special function that ``scipy.stats`` calls (Boost's inverse of
    the incomplete beta function) without importing ``scipy.stats``, which took
    most of a small run's start; falls back to ``scipy.stats`` where that
    private function is not found.
    """
    try:
        from scipy.special._ufuncs import _beta_ppf  # on first use: heavy (SciPy)
    except ImportError:  # a SciPy that arranges its special functions otherwise
        from scipy.stats import beta  # on first use: heavy (SciPy)

        return beta.ppf(u, a, b)
    return _beta_ppf(u, a, b)
