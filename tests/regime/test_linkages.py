"""Linkages as data and as a graph: every linkage sourced, the links command as a user types it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import armscontrol.cli  # noqa: F401  (registers the commands)
from armscontrol.cli.app import app
from armscontrol.data import load_registry, registry
from armscontrol.errors import DataError
from armscontrol.regime.linkages import brief_rows, find_cycles, links_of

FIXTURE = Path(__file__).parents[1] / "fixtures" / "linkage_data"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture
def linkage_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "data"
    shutil.copytree(FIXTURE, target)
    monkeypatch.setenv("ARMSCONTROL_DATA", str(target))
    return target


# ------------------------------------------------------------------ the shipped data


def test_every_linkage_cites_a_known_source_with_a_publisher() -> None:
    reg = registry()
    assert len(reg.linkages) >= 20
    for link in reg.linkages:
        source = reg.sources[link.source.ref]
        assert source.publisher and source.title, link.id
        assert link.summary, link.id


@pytest.mark.parametrize(
    ("from_", "type_", "to", "party"),
    [
        ("start-ii", "continued_observance_conditioned_on", "abm", "RUS"),
        ("start-ii", "entry_into_force_conditioned_on", "abm-demarcation-1997", "RUS"),
        ("start-ii", "verification_shared_with", "start-i", None),
        ("start-ii-protocol-1997", "amends", "start-ii", None),
        ("helsinki-framework", "entry_into_force_conditioned_on", "start-ii", None),
        ("new-start", "supersedes", "sort", None),
        ("lisbon-protocol", "protocol_to", "start-i", None),
        ("abm-protocol-1974", "protocol_to", "abm", None),
        ("start-i", "continued_observance_conditioned_on", "abm", "SUN"),
        ("new-start", "continued_observance_conditioned_on", "new-start", "RUS"),
        ("tlatelolco-protocol-ii", "protocol_to", "tlatelolco", None),
    ],
)
def test_the_linkages_the_issue_names_are_shipped(from_: str, type_: str, to: str, party: str | None) -> None:
    assert any(k.from_ == from_ and k.type == type_ and k.to == to and k.party == party for k in registry().linkages)


def test_the_russian_law_is_cited_by_article() -> None:
    law = [k for k in registry().linkages if k.source.ref == "rus-law-start2-ratification-2000"]
    assert {k.source.at for k in law} == {"Article 2", "Article 9"}


def test_links_of_new_start_both_directions() -> None:
    links = links_of("new-start")
    assert [k.to for k in links.supersedes] == ["sort"]
    assert links.stated_conditions and links.stated_conditions[0].party == "RUS"
    assert [k.from_ for k in links_of("sort").superseded_by] == ["new-start"]
    assert {k.from_ for k in links_of("abm").rests_on_it} >= {"start-ii", "abm-protocol-1974", "start-i"}


def test_shipped_cycle_is_found_and_named() -> None:
    assert ["start-ii", "start-ii-protocol-1997"] in find_cycles()


def test_brief_rows_on_2001_show_what_rests_on_the_abm_treaty() -> None:
    rows = {r.instrument: r for r in brief_rows(dt.date(2001, 6, 1))}
    assert any("START II" in text for text in rows["abm"].rests_on_it)
    assert "new-start" not in rows  # not yet signed
    assert all("New START" not in text for r in rows.values() for text in r.rests_on_it)


# ------------------------------------------------------------------ fixture: cycles and bad data


def test_fixture_cycle_is_found(linkage_data: Path) -> None:
    assert find_cycles(load_registry(linkage_data)) == [["alpha", "beta"], ["beta", "gamma"]]


def test_linkage_to_a_missing_instrument_fails_with_file_and_field(linkage_data: Path) -> None:
    (linkage_data / "instruments" / "gamma.yaml").unlink()
    with pytest.raises(DataError) as caught:
        load_registry(linkage_data)
    assert "linkages.yaml" in str(caught.value) and "unknown instrument 'gamma'" in str(caught.value)


def test_self_link_without_condition_is_refused(linkage_data: Path) -> None:
    path = linkage_data / "linkages.yaml"
    path.write_text(
        path.read_text()
        + "  - {id: alpha-self, from: alpha, to: alpha, type: continued_observance_conditioned_on, summary: x, "
        "source: fixture-text}\n"
    )
    with pytest.raises(DataError, match="stated condition"):
        load_registry(linkage_data)


def test_links_command_on_missing_linkage_data_is_a_clean_error(linkage_data: Path) -> None:
    (linkage_data / "instruments" / "gamma.yaml").unlink()
    result = run("links", "alpha")
    assert result.exit_code == 2
    assert "unknown instrument 'gamma'" in result.output and "Traceback" not in result.output


def test_links_for_an_instrument_with_none(linkage_data: Path) -> None:
    result = run("links", "lonely")
    assert result.exit_code == 0, result.output
    assert "No recorded linkage" in result.stdout
    data = json.loads(run("links", "lonely", "--json").stdout)
    assert data["rests_on"] == [] and data["rests_on_it"] == []


# ------------------------------------------------------------------ the command as typed


def test_links_new_start_table() -> None:
    result = run("links", "New START")
    assert result.exit_code == 0, result.output
    assert "SORT" in result.stdout and "Article XIV.4" in result.stdout
    assert "missile defence" in result.stdout


def test_links_json_contract() -> None:
    data = json.loads(run("links", "start-ii", "--json").stdout)
    assert data["id"] == "start-ii"
    rests_on = {(k["type"], k["to"]) for k in data["rests_on"]}
    assert ("continued_observance_conditioned_on", "abm") in rests_on
    assert all(k["source"]["publisher"] for k in data["rests_on"])
    assert {k["from"] for k in data["rests_on_it"]} >= {"helsinki-framework", "start-ii-protocol-1997"}


def test_links_unknown_instrument_suggests() -> None:
    result = run("links", "new-strat")
    assert result.exit_code == 2
    assert "unknown instrument 'new-strat'" in result.output and "new-start" in result.output


def test_a_frameworks_aim_rests_on_the_instrument_that_carries_it_out() -> None:
    """'NPT framework_for CTBT': for the cascade, the 1995 aim is unfulfilled while the CTBT is not in
    force; for people, the NPT sets the aim and is shown apart from what it rests on."""
    from armscontrol.data import registry
    from armscontrol.regime.linkages import TYPE_LABEL, links_of

    npt = links_of("npt", registry())
    assert "ctbt" in {link.to for link in npt.rests_on if link.type == "framework_for"}
    groups = {g.key: g for g in npt.groups()}
    assert "ctbt" in {k.to for k in groups["sets_aim_for"].links}
    assert all(k.type != "framework_for" for g in npt.groups() if g.key == "rests_on" for k in g.links)
    assert TYPE_LABEL["framework_for"] == "sets the aim to be carried out by"
