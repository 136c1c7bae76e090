"""A data file that breaks the schema fails with its path, the field and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from armscontrol.data import load_registry
from armscontrol.errors import DataError


def edit_yaml(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def failure(data_dir: Path) -> DataError:
    with pytest.raises(DataError) as caught:
        load_registry(data_dir)
    return caught.value


def test_minimal_tree_loads(data_dir: Path) -> None:
    reg = load_registry(data_dir)
    assert list(reg.instruments) == ["example"]
    assert len(reg.holdings) == 1


@pytest.mark.parametrize(
    ("change", "field", "expected"),
    [
        (lambda d: d.pop("kind"), "kind", "required field is missing"),
        (lambda d: d.update(kind="pact"), "kind", "expected one of 'treaty', 'protocol'"),
        (lambda d: d["events"][0].update(date="the first of January"), "events[0].date", "valid date"),
        (lambda d: d["events"][0].update(type="inked"), "events[0].type", "expected one of"),
        (lambda d: d["events"][0].pop("source"), "events[0].source", "required field is missing"),
        (lambda d: d["parties"][0].update(party="usa"), "parties[0].party", "should match pattern"),
        (
            lambda d: d["provisions"][0].pop("ceiling"),
            "provisions[0].values[0]",
            "give exactly one of 'ceiling' or 'range'",
        ),
        (
            lambda d: [d["provisions"][0].pop(k) for k in ("ceiling", "from")],
            "provisions[0]",
            "needs 'ceiling' or 'range'",
        ),
        (
            lambda d: d["provisions"][0].update(range=[10, 20]),
            "provisions[0].values[0]",
            "exactly one of 'ceiling' or 'range'",
        ),
        (
            lambda d: d["provisions"][0].update(ceiling=-5),
            "provisions[0].values[0].ceiling",
            "greater than or equal to 0",
        ),
        (lambda d: d.update(signatories=3), "signatories", "unknown field"),
        (lambda d: d.update(events=[]), "events", "at least one dated event"),
    ],
)
def test_bad_instrument_names_file_field_and_expectation(data_dir: Path, change, field: str, expected: str) -> None:
    path = data_dir / "instruments" / "example.yaml"
    edit_yaml(path, change)
    error = failure(data_dir)
    assert error.path == str(path)
    assert error.field == field
    assert expected in error.problem
    assert str(path) in str(error) and field in str(error)


def test_unknown_source_reference(data_dir: Path) -> None:
    edit_yaml(
        data_dir / "instruments" / "example.yaml", lambda d: d["events"][1].update(source="no-such-source | Article 1")
    )
    error = failure(data_dir)
    assert error.field == "events[1].source"
    assert "unknown source 'no-such-source'" in error.problem


def test_unknown_party_code(data_dir: Path) -> None:
    edit_yaml(data_dir / "instruments" / "example.yaml", lambda d: d["parties"][1].update(party="XXX"))
    error = failure(data_dir)
    assert error.field == "parties[1].party"
    assert "unknown party code 'XXX'" in error.problem


def test_unknown_metric(data_dir: Path) -> None:
    edit_yaml(
        data_dir / "instruments" / "example.yaml", lambda d: d["provisions"][0].update(metric="warheads_deployed")
    )
    error = failure(data_dir)
    assert error.field == "provisions[0].metric"
    assert "unknown metric 'warheads_deployed'" in error.problem


def test_id_must_match_file_name(data_dir: Path) -> None:
    edit_yaml(data_dir / "instruments" / "example.yaml", lambda d: d.update(id="other"))
    error = failure(data_dir)
    assert error.field == "id" and "must match the file name 'example'" in error.problem


def test_yaml_syntax_error_names_the_line(data_dir: Path) -> None:
    path = data_dir / "instruments" / "example.yaml"
    path.write_text(path.read_text().replace("kind: treaty", "kind: [treaty"))
    error = failure(data_dir)
    assert error.path == str(path)
    assert error.field is not None and error.field.startswith("line ")
    assert "not valid YAML" in error.problem


def test_duplicate_source_key_across_files(data_dir: Path) -> None:
    (data_dir / "sources" / "other.yaml").write_text(
        "sources:\n  example-text: {publisher: Someone Else, title: Another document, date: 2001-01-01}\n"
    )
    error = failure(data_dir)
    assert "already defined" in error.problem


def test_extension_needs_until(data_dir: Path) -> None:
    edit_yaml(
        data_dir / "instruments" / "example.yaml",
        lambda d: d["events"].append({"type": "extension", "date": "2010-01-01", "source": "example-text"}),
    )
    error = failure(data_dir)
    assert error.field == "events[2]" and "needs 'until'" in error.problem


@pytest.mark.parametrize(
    ("row", "field", "expected"),
    [
        ("USA,deployed_warheads,2002-01-01,-3,,,declared,,example-text,,", "row 2.value", "greater than or equal to 0"),
        ("USA,warheads,2002-01-01,10,,,declared,,example-text,,", "row 2.metric", "unknown metric 'warheads'"),
        ("USA,deployed_warheads,2002-01-01,10,,,declared,,,,", "row 2.source", "required field is missing"),
        (
            "USA,deployed_warheads,2002-01-01,10,,,guessed,,example-text,,",
            "row 2.kind",
            "expected one of 'declared' or 'estimated'",
        ),
        ("USA,deployed_warheads,2002-01-01,,,,declared,,example-text,,", "row 2", "give 'value', or 'low' and 'high'"),
        (
            "USA,deployed_warheads,2002-01-01,,20,10,estimated,,example-text,,",
            "row 2",
            "'low' (20) is above 'high' (10)",
        ),
        ("USA,deployed_warheads,2002-01-01,10,,,declared,,nowhere,,", "row 2.source", "unknown source 'nowhere'"),
    ],
)
def test_bad_holdings_rows(data_dir: Path, row: str, field: str, expected: str) -> None:
    path = data_dir / "holdings" / "example.csv"
    header = path.read_text().splitlines()[0]
    path.write_text(f"{header}\n{row}\n")
    error = failure(data_dir)
    assert error.path == str(path)
    assert error.field == field
    assert expected in error.problem
