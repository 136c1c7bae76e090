"""Dates the answers rely on: the NPT's indefinite extension, where Rarotonga's protocols were done, the DPRK's
repudiation."""

from __future__ import annotations

import datetime as dt

from armscontrol.data import registry
from armscontrol.regime.status import party_status_on, scheduled_end
from cli_support import run


def test_npt_duration_reads_as_extended_indefinitely_not_25_years() -> None:
    npt = registry().instruments["npt"]
    assert npt.duration is not None and npt.duration.years is None
    assert "1995" in npt.duration.article and npt.duration.source.ref == "un-npt-1995-decision-3"
    assert scheduled_end(npt) is None or scheduled_end(npt) > dt.date(2100, 1, 1)
    shown = run("show", "npt")
    assert shown.exit_code == 0
    assert "Duration: 25 years" not in shown.stdout and "extended indefinitely" in shown.stdout


def test_rarotonga_protocol_2_was_opened_at_suva_in_1986() -> None:
    protocol = registry().instruments["rarotonga-protocol-2"]
    opened = [e for e in protocol.events if e.type == "opened_for_signature"]
    assert [e.date for e in opened] == [dt.date(1986, 8, 8)]
    assert "Suva" in (opened[0].source.at or "")


def test_north_korea_repudiated_the_1992_declaration_in_2003() -> None:
    declaration = registry().instruments["korea-denuclearization-1992"]
    assert party_status_on(declaration, "PRK", dt.date(2003, 5, 11)).status == "party"
    after = party_status_on(declaration, "PRK", dt.date(2014, 1, 1))
    assert after.status == "withdrawn" and after.since == dt.date(2003, 5, 12)
    assert party_status_on(declaration, "KOR", dt.date(2014, 1, 1)).status == "party"
    statements = [e for r in declaration.parties if r.party == "PRK" for e in r.events if e.type == "declaration"]
    assert [e.date for e in statements] == [dt.date(2013, 1, 23), dt.date(2013, 3, 8)]
    # The 2013 statements repeat the repudiation: North Korea stays withdrawn from 2003-05-12, not from 2013.
    assert party_status_on(declaration, "PRK", dt.date(2013, 3, 9)).since == dt.date(2003, 5, 12)
    assert "12 May 2003" in (declaration.note or "") and "8 March" in (declaration.note or "")
