"""Every linkage type reads right from both of its ends: one phrasing, :func:`describe`, for every renderer."""

from __future__ import annotations

import datetime as dt
import typing

import pytest

from armscontrol.data import registry
from armscontrol.data.schema import Linkage, LinkageType
from armscontrol.regime.linkages import brief_rows, describe, links_of, sentence

TYPES = typing.get_args(LinkageType)

# (type, from, to, party) -> (read from 'from', read from 'to'), for linkages built between shipped instruments.
EXPECTED = {
    "protocol_to": (
        "abm-protocol-1974",
        "abm",
        None,
        "is a protocol to ABM Treaty",
        "has ABM Protocol (1974) as a protocol",
    ),
    "amends": ("start-ii-protocol-1997", "start-ii", None, "amends START II", "is amended by START II Protocol (1997)"),
    "supersedes": (
        "new-start",
        "sort",
        None,
        "supersedes SORT (Moscow Treaty), which ends when it enters into force",
        "is superseded by New START: it ends when New START enters into force",
    ),
    "framework_for": (
        "ptbt",
        "ctbt",
        None,
        "sets the aim that CTBT is to carry out",
        "is to carry out the aim that Partial Test Ban Treaty sets",
    ),
    "entry_into_force_conditioned_on": (
        "start-ii",
        "start-i",
        None,
        "cannot enter into force before START I is in force",
        "must be in force before START II can enter into force",
    ),
    "continued_observance_conditioned_on": (
        "start-ii",
        "abm",
        "RUS",
        "stays observed by RUS only while ABM Treaty holds",
        "must hold for START II to stay observed by RUS",
    ),
    "verification_shared_with": (
        "sort",
        "start-i",
        None,
        "relies on the verification regime of START I",
        "lends its verification regime to SORT (Moscow Treaty)",
    ),
    "requires_adherence_to": (
        "lisbon-protocol",
        "npt",
        None,
        "obliges some of its parties to join NPT",
        "is to be joined by the parties that Lisbon Protocol obliges to join it",
    ),
}


def build(kind: str, source: str, target: str, party: str | None) -> Linkage:
    return Linkage.model_validate(
        {
            "id": "test",
            "from": source,
            "to": target,
            "type": kind,
            "party": party,
            "summary": "test",
            "source": "state-start2-text",
        }
    )


def test_every_type_has_an_expected_reading() -> None:
    assert set(EXPECTED) == set(TYPES)


@pytest.mark.parametrize("kind", TYPES)
@pytest.mark.parametrize("end", ["from", "to"])
def test_each_type_reads_from_each_end(kind: str, end: str) -> None:
    source, target, party, from_side, to_side = EXPECTED[kind]
    link = build(kind, source, target, party)
    seen_from = source if end == "from" else target
    assert describe(link, seen_from) == (from_side if end == "from" else to_side)


@pytest.mark.parametrize("link", registry().linkages, ids=lambda k: k.id)
def test_every_shipped_linkage_reads_from_both_ends(link: Linkage) -> None:
    for end in {link.from_, link.to}:
        text = sentence(link, end)
        other = registry().instruments[link.to if end == link.from_ else link.from_].short_title
        assert other in text
        assert "framework whose aim" not in text and "  " not in text
        if link.party:
            assert link.party in text


def test_a_party_statement_says_whose_it_is() -> None:
    link = next(k for k in registry().linkages if k.id == "start-ii-eif-protocol-1997-russian-law-2000")
    assert describe(link, "start-ii").endswith("(stated by RUS, 2000-05-04)")


def test_a_stated_condition_reads_as_one() -> None:
    link = next(k for k in registry().linkages if k.from_ == k.to)
    assert describe(link, link.from_).startswith(f"is observed by {link.party} only on a condition it stated")


def test_a_frameworks_linkages_read_for_non_binding_instruments() -> None:
    link = next(k for k in registry().linkages if k.id == "helsinki-framework-start-ii")
    assert describe(link, "helsinki-framework") == "is to be carried out only with START II in force"
    assert describe(link, "start-ii") == "must be in force for Helsinki framework (START III) to be carried out"


def test_describe_refuses_an_instrument_that_is_neither_end() -> None:
    link = build("amends", "start-ii-protocol-1997", "start-ii", None)
    with pytest.raises(ValueError, match="neither end"):
        describe(link, "abm")


def test_ptbt_does_not_rest_on_the_ctbt_in_the_brief() -> None:
    # Before the fix: 'Partial Test Ban Treaty rests on: framework whose aim is carried out by CTBT'.
    rows = {r.instrument: r for r in brief_rows(dt.date(2024, 1, 1))}
    ptbt = rows["ptbt"]
    assert not any("CTBT" in text for text in ptbt.rests_on)
    assert ptbt.sets_aim_for == ["sets the aim that CTBT is to carry out"]


def test_links_groups_put_a_framework_apart() -> None:
    groups = {g.key: g for g in links_of("ptbt").groups()}
    assert set(groups) == {"sets_aim_for"}
    assert groups["sets_aim_for"].readings() == ["sets the aim that CTBT is to carry out"]
    ctbt = {g.key: g for g in links_of("ctbt").groups()}
    assert "carries_out_aim_of" in ctbt and "rests_on_it" not in ctbt
