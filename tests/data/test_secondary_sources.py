"""A secondary compilation is labelled as such wherever a figure or date from it is shown."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from armscontrol.answers.common import cite_text, source_ref
from armscontrol.answers.instruments import status
from armscontrol.data import registry
from armscontrol.data.schema import Source


def test_a_secondary_source_must_name_the_record_it_cites() -> None:
    with pytest.raises(ValidationError, match="cites"):
        Source(publisher="A project", title="A compilation", kind="secondary")
    with pytest.raises(ValidationError, match="secondary"):
        Source(publisher="A ministry", title="A list", kind="official", cites="the depositary's list")


def test_every_secondary_source_in_the_data_says_what_it_cites() -> None:
    secondary = {key: s for key, s in registry().sources.items() if s.kind == "secondary"}
    assert secondary, "the shipped data uses at least one secondary compilation"
    for key, source in secondary.items():
        assert source.cites and len(source.cites) > 20, key
        assert source.date is not None, key


def test_a_date_from_a_compilation_is_shown_as_secondary() -> None:
    answer = status("npt", on=dt.date(2026, 1, 1))
    norway = next(p for p in answer.parties if p.party == "NOR")
    assert norway.source is not None and norway.source.kind == "secondary" and norway.source.cites
    assert "secondary compilation" in (cite_text(norway.source) or "")
    # A date recorded from a depositary keeps its primary source.
    usa = next(p for p in answer.parties if p.party == "USA")
    assert usa.source is not None and usa.source.kind != "secondary"


def test_citing_a_secondary_source_keeps_its_label() -> None:
    ref = source_ref(registry().instruments["npt"].party_list.source)
    assert ref is not None and ref.kind == "secondary" and ref.cites
