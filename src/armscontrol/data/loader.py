"""One way in for data: every shipped file is read here and checked by the schema.

A file that breaks the schema raises :class:`~armscontrol.errors.DataError` with
its path, the field and what was expected. Cross-references (source keys,
metric ids, party codes) are checked after every file has loaded.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from armscontrol.data.parties import is_known_party
from armscontrol.data.schema import (
    Citation,
    Holding,
    Instrument,
    Linkage,
    LinkageFile,
    Metric,
    MetricFile,
    Source,
    SourceFile,
)
from armscontrol.errors import DataError

Model = TypeVar("Model", bound=BaseModel)

# The C loader reads the same YAML several times faster where libyaml is present.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DATA_DIR = Path(str(resources.files("armscontrol.data")))


def _field_path(location: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for item in location:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(("." if parts else "") + str(item))
    return "".join(parts)


def _described(error: dict[str, Any]) -> str:
    message = str(error["msg"])
    message = message.removeprefix("Value error, ")
    if error["type"] == "missing":
        return "required field is missing"
    if error["type"] == "extra_forbidden":
        return "unknown field (not in the schema; check its spelling)"
    if error["type"] == "literal_error":
        return message.replace("Input should be", "expected one of")
    if "input" in error and error["type"] not in {"value_error", "assertion_error"}:
        return f"{message} (got {error['input']!r})"
    return message


def validate(model: type[Model], data: Any, path: Path | str, prefix: str = "") -> Model:
    """Validate ``data`` against ``model``; on failure name the file and the field."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = _field_path((prefix,) + tuple(first["loc"]) if prefix else tuple(first["loc"]))
        more = len(exc.errors()) - 1
        problem = _described(dict(first)) + (f" (and {more} more problem{'s' * (more > 1)})" if more else "")
        raise DataError(str(path), where or None, problem) from None


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=SafeLoader)
    except FileNotFoundError:
        raise DataError(str(path), None, "file not found") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}" if mark is not None else None
        raise DataError(str(path), line, f"not valid YAML: {getattr(exc, 'problem', exc)}") from None


def load_instrument(path: Path) -> Instrument:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise DataError(str(path), None, "expected a mapping of instrument fields")
    instrument = validate(Instrument, data, path)
    if instrument.id != path.stem:
        raise DataError(str(path), "id", f"id '{instrument.id}' must match the file name '{path.stem}'")
    return instrument


def load_holdings_csv(path: Path) -> list[Holding]:
    rows: list[Holding] = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(row for row in handle if not row.startswith("#"))
            for number, row in enumerate(reader, start=2):
                rows.append(validate(Holding, row, path, prefix=f"row {number}"))
    except FileNotFoundError:
        raise DataError(str(path), None, "file not found") from None
    return rows


@dataclass(frozen=True)
class Registry:
    """Everything the project ships, validated and cross-checked."""

    instruments: dict[str, Instrument]
    sources: dict[str, Source]
    metrics: dict[str, Metric]
    holdings: list[Holding] = field(default_factory=list)
    linkages: list[Linkage] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)

    def source(self, citation: Citation) -> Source:
        return self.sources[citation.ref]


def citations(obj: Any, where: str) -> Iterator[tuple[Citation, str]]:
    if isinstance(obj, Citation):
        yield obj, where
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from citations(getattr(obj, name), f"{where}.{name}" if where else name)
    elif isinstance(obj, list | tuple):
        for index, item in enumerate(obj):
            yield from citations(item, f"{where}[{index}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from citations(item, f"{where}.{key}")


def _merge_sources(into: dict[str, Source], new: dict[str, Source], path: Path, origin: dict[str, Path]) -> None:
    for key, source in new.items():
        if key in into and into[key] != source:
            raise DataError(str(path), f"sources.{key}", f"source key '{key}' is already defined in {origin[key]}")
        into[key] = source
        origin.setdefault(key, path)


def check_tree(root: Path, *, origin: str = "the data directory") -> None:
    """Refuse a data tree that is not one: a missing path, a file, a folder without ``metrics.yaml``.

    ``origin`` says where the path came from (``ARMSCONTROL_DATA``, the command
    line) so that the error names what the user set.
    """
    if not root.exists():
        raise DataError(
            str(root), None, f"no such directory ({origin} must be a folder holding metrics.yaml and instruments/)"
        )
    if not root.is_dir():
        raise DataError(
            str(root),
            None,
            f"not a directory ({origin} must be a folder holding metrics.yaml and instruments/, not a file)",
        )
    missing = [
        name
        for name, ok in (
            ("metrics.yaml", (root / "metrics.yaml").is_file()),
            ("instruments/", (root / "instruments").is_dir()),
        )
        if not ok
    ]
    if missing:
        raise DataError(
            str(root),
            None,
            f"not a data tree: {' and '.join(missing)} missing ({origin} must be a folder like src/armscontrol/data)",
        )


def load_registry(
    data_dir: Path | None = None, *, holdings: bool = True, origin: str = "the data directory"
) -> Registry:
    """Load and cross-check every data file under ``data_dir`` (default: the shipped data).

    Raises
    ------
    DataError
        ``data_dir`` is not a data tree (see :func:`check_tree`), or a file in it
        breaks the schema (its path, the field and what was expected).
    """
    root = Path(data_dir) if data_dir is not None else DATA_DIR
    check_tree(root, origin=origin)
    sources: dict[str, Source] = {}
    defined_in: dict[str, Path] = {}
    for path in sorted((root / "sources").glob("*.yaml")):
        data = read_yaml(path) or {"sources": {}}
        _merge_sources(sources, validate(SourceFile, data, path).sources, path, defined_in)

    metric_path = root / "metrics.yaml"
    metrics = {m.id: m for m in validate(MetricFile, read_yaml(metric_path), metric_path).metrics}

    instruments: dict[str, Instrument] = {}
    files: dict[str, Path] = {}
    for path in sorted((root / "instruments").glob("*.yaml")):
        instrument = load_instrument(path)
        _merge_sources(sources, instrument.sources, path, defined_in)
        instruments[instrument.id] = instrument
        files[instrument.id] = path

    for instrument in instruments.values():
        path = files[instrument.id]
        for citation, where in citations(instrument, ""):
            if citation.ref not in sources:
                raise DataError(str(path), where, f"unknown source '{citation.ref}' (define it under 'sources')")
        for index, record in enumerate(instrument.parties):
            if not is_known_party(record.party):
                raise DataError(
                    str(path),
                    f"parties[{index}].party",
                    f"unknown party code '{record.party}' (ISO 3166-1 alpha-3, or SUN)",
                )
        for index, provision in enumerate(instrument.provisions):
            if provision.metric is not None and provision.metric not in metrics:
                raise DataError(
                    str(path), f"provisions[{index}].metric", f"unknown metric '{provision.metric}' (see metrics.yaml)"
                )

    links: list[Linkage] = []
    linkage_path = root / "linkages.yaml"
    if linkage_path.exists():
        links = validate(LinkageFile, read_yaml(linkage_path) or {"linkages": []}, linkage_path).linkages
        seen: set[str] = set()
        for index, link in enumerate(links):
            for end in ("from_", "to"):
                if getattr(link, end) not in instruments:
                    field_name = end.rstrip("_")
                    raise DataError(
                        str(linkage_path),
                        f"linkages[{index}].{field_name}",
                        f"unknown instrument '{getattr(link, end)}'",
                    )
            if link.source.ref not in sources:
                raise DataError(str(linkage_path), f"linkages[{index}].source", f"unknown source '{link.source.ref}'")
            if link.id in seen:
                raise DataError(str(linkage_path), f"linkages[{index}].id", f"linkage id '{link.id}' appears twice")
            seen.add(link.id)

    rows: list[Holding] = []
    if holdings:
        for path in sorted((root / "holdings").glob("*.csv")):
            for number, row in enumerate(load_holdings_csv(path), start=2):
                check_holding(row, path, number, metrics, sources)
                rows.append(row)
    return Registry(
        instruments=instruments, sources=sources, metrics=metrics, holdings=rows, linkages=links, files=files
    )


def check_holding(
    row: Holding, path: Path, number: int, metrics: dict[str, Metric], sources: dict[str, Source]
) -> None:
    if row.metric not in metrics:
        raise DataError(str(path), f"row {number}.metric", f"unknown metric '{row.metric}' (see metrics.yaml)")
    if row.source.ref not in sources:
        raise DataError(str(path), f"row {number}.source", f"unknown source '{row.source.ref}'")
    if not is_known_party(row.party):
        raise DataError(str(path), f"row {number}.party", f"unknown party code '{row.party}'")


def registry() -> Registry:
    """The data in use: the shipped data, or the tree named by ``ARMSCONTROL_DATA``.

    Loaded once per process and per data tree.
    """
    return _registry_at(os.environ.get("ARMSCONTROL_DATA") or None)


@functools.cache
def _registry_at(data_dir: str | None) -> Registry:
    root = Path(data_dir) if data_dir else None
    cached = _cached_registry(root)
    if cached is not None:
        return cached
    registry_ = load_registry(None) if root is None else load_registry(root, origin="ARMSCONTROL_DATA")
    _cache_registry(root, registry_)
    return registry_


def _cache_path(root: Path | None) -> Path | None:
    """Where the validated registry of a data tree is kept between runs, keyed on every byte that shapes it.

    The key hashes the data files and the code that reads them (this module,
    the schema and its citation, the party codes), so any change to either is a new key: a cached
    registry is always the one :func:`load_registry` would build. ``None`` when
    caching is off (``ARMSCONTROL_CACHE=off``) or the tree cannot be read.
    """

    if os.environ.get("ARMSCONTROL_CACHE", "").lower() in {"off", "0", "no"}:
        return None
    base = Path(root) if root is not None else DATA_DIR
    digest = hashlib.sha256()
    try:
        here = Path(__file__).parent
        for code in (Path(__file__), here / "schema.py", here / "citation.py", here / "parties.py"):
            digest.update(code.read_bytes())
        for path in sorted(p for p in base.rglob("*") if p.suffix in {".yaml", ".csv"} and p.is_file()):
            digest.update(str(path.relative_to(base)).encode())
            digest.update(path.read_bytes())
        from platformdirs import user_cache_dir  # on first use: optional (platformdirs)
    except (OSError, ImportError):
        return None
    where = hashlib.sha256(str(base.resolve()).encode()).hexdigest()[:12]
    folder = Path(os.environ.get("ARMSCONTROL_CACHE") or user_cache_dir("armscontrol"))
    return folder / f"registry-{where}-{digest.hexdigest()[:24]}.pickle"


def _cached_registry(root: Path | None) -> Registry | None:

    path = _cache_path(root)
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)
    except Exception:  # noqa: BLE001  (a damaged or foreign cache file is rebuilt, never trusted)
        return None
    return found if isinstance(found, Registry) else None


def _cache_registry(root: Path | None, registry_: Registry) -> None:

    path = _cache_path(root)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.pickle"):
            old.unlink(missing_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(registry_, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        return
