"""The status engine on a made-up treaty whose dates walk through every state and status."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from armscontrol.data import load_registry
from armscontrol.regime.status import scheduled_end, status_on, summary


@pytest.fixture
def example(data_dir: Path):
    return load_registry(data_dir).instruments["example"]


@pytest.mark.parametrize(
    ("on", "state", "usa", "rus"),
    [
        ("1999-12-31", "not_yet_signed", ("not_party", None), ("not_party", None)),
        ("2000-01-01", "not_in_force", ("signatory", "2000-01-01"), ("signatory", "2000-01-01")),
        ("2000-07-01", "not_in_force", ("ratified", "2000-06-01"), ("signatory", "2000-01-01")),
        ("2000-12-31", "not_in_force", ("ratified", "2000-06-01"), ("ratified", "2000-12-01")),
        ("2001-01-01", "in_force", ("party", "2001-01-01"), ("party", "2001-01-01")),
        ("2003-06-01", "in_force", ("party", "2001-01-01"), ("suspended", "2003-01-01")),
        ("2004-06-01", "in_force", ("party", "2001-01-01"), ("party", "2001-01-01")),
        ("2005-03-01", "in_force", ("party", "2001-01-01"), ("party", "2001-01-01")),
        ("2005-07-01", "in_force", ("withdrawn", "2005-07-01"), ("party", "2001-01-01")),
        ("2011-01-01", "ended", ("withdrawn", "2005-07-01"), ("former_party", "2011-01-01")),
    ],
)
def test_states_and_party_statuses(example, on: str, state: str, usa, rus) -> None:
    status = status_on(example, dt.date.fromisoformat(on))
    assert status.state == state
    got = {p.party: (p.status, p.since.isoformat() if p.since else None) for p in status.parties}
    assert got == {"USA": usa, "RUS": rus}


def test_expiry_from_duration(example) -> None:
    assert scheduled_end(example) == dt.date(2011, 1, 1)
    status = status_on(example, dt.date(2011, 1, 1))
    assert (status.state, status.end_reason, status.ended_on) == ("ended", "expiry", dt.date(2011, 1, 1))
    assert status_on(example, dt.date(2010, 12, 31)).state == "in_force"


def test_withdrawal_notice_is_noted_but_changes_no_status(example) -> None:
    usa = status_on(example, dt.date(2005, 3, 1)).parties[0]
    assert usa.status == "party" and usa.note == "notice of withdrawal given 2005-01-01"


def test_summary_contract(example) -> None:
    row = summary(example, dt.date(2020, 1, 1))
    assert {k: row[k] for k in ("id", "kind", "signed", "entry_into_force", "ended", "end_reason")} == {
        "id": "example",
        "kind": "treaty",
        "signed": dt.date(2000, 1, 1),
        "entry_into_force": dt.date(2001, 1, 1),
        "ended": dt.date(2011, 1, 1),
        "end_reason": "expiry",
    }


def test_consent_known_only_by_a_date_counts_from_that_date(data_dir: Path) -> None:
    import yaml

    path = data_dir / "instruments" / "example.yaml"
    data = yaml.safe_load(path.read_text())
    data["parties"].append(
        {
            "party": "GBR",
            "events": [{"type": "acceded", "date": "2003-05-01", "on_or_before": True, "source": "example-text"}],
        }
    )
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    example = load_registry(data_dir).instruments["example"]
    gbr = status_on(example, dt.date(2004, 1, 1)).parties[-1]
    assert (gbr.status, gbr.since) == ("party", dt.date(2003, 5, 1))
    assert gbr.note == "acceded on or before 2003-05-01 (exact date not recorded)"
    # Before the date the source confirms it by, the data cannot say whether it had acceded.
    before = status_on(example, dt.date(2003, 4, 30)).parties[-1]
    assert before.status == "not_recorded" and "on or before 2003-05-01" in (before.note or "")


def test_automatic_renewal_keeps_an_instrument_in_force(data_dir: Path) -> None:
    import yaml

    path = data_dir / "instruments" / "example.yaml"
    data = yaml.safe_load(path.read_text())
    data["duration"]["renews_every"] = 5
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    example = load_registry(data_dir).instruments["example"]
    assert scheduled_end(example) is None
    assert status_on(example, dt.date(2030, 1, 1)).state == "in_force"
