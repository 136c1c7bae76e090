"""A citation of the source registry, and the base of every data record.

Kept apart from :mod:`armscontrol.data.schema` so that the explanations of the
models (which cite sources) load without the schema of every data file.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, Field(pattern=SLUG)]


class Strict(BaseModel):
    """Base for data records: unknown keys are errors, not silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Citation(Strict):
    """A reference to a source in the registry and where in it (article, table, page)."""

    ref: Slug
    at: str | None = Field(default=None, description="article, table, page or paragraph")

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: object) -> object:
        # Shorthand in YAML: ``source: key`` or ``source: "key | Article XIV"``.
        if isinstance(value, str):
            ref, _, at = value.partition("|")
            return {"ref": ref.strip(), "at": at.strip() or None}
        return value
