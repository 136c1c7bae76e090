"""The inputs hash of a run or a job: what it computes from, as one SHA-256."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def inputs_hash(kind: str, parsed: dict[str, Any], options: dict[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of what a run computes from: kind, parsed scenario, options."""
    canonical = json.dumps(
        {"kind": kind, "scenario": parsed, "options": options},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
