"""The dashboard's answers and helpers without a browser: the matrix, the calculator's controls, the CSV of an
answer."""

from __future__ import annotations

import csv
import io

import pytest
import yaml

from armscontrol.answers import as_json
from armscontrol.answers.matrix import matrix
from armscontrol.errors import UserError
from armscontrol.scenarios.editing import apply, current
from armscontrol.scenarios.references import DEFAULT_BASE
from armscontrol.scenarios.references import resolve as base_mapping
from armscontrol.web.downloads import records, to_csv


def test_matrix_never_says_not_party_for_a_state_a_partial_list_does_not_record():
    from armscontrol.answers.matrix import country_table
    from armscontrol.data import registry

    members = {code for code, info in country_table().items() if info["un_member"]}  # states today, not historical ones
    answer = matrix(on="2024-01-01")
    assert len(answer.rows) >= 193
    checked = 0
    for k, column in enumerate(answer.instruments):
        if column.parties_complete or column.id not in {"npt", "ctbt", "ptbt"}:  # treaties open to every state
            continue
        listed = {r.party for r in registry().instruments[column.id].parties}
        for row in answer.rows:
            if row.party not in listed and row.party in members:
                assert row.cells[k].status == "not_recorded", (column.id, row.party)
                checked += 1
    assert checked > 0
    ids = [c.id for c in answer.instruments]
    rows = {r.party: r for r in answer.rows}
    assert rows["IND"].cells[ids.index("ctbt")].status == "not_party"  # in Annex 2, has not signed
    assert rows["RUS"].cells[ids.index("ctbt")].status == "signatory"  # ratification revoked in 2023


def test_matrix_filters():
    every = matrix(on="2024-01-01")
    africa = matrix(on="2024-01-01", region="africa")
    assert 0 < len(africa.rows) < len(every.rows)
    assert all("Africa" in (r.continent, r.region) for r in africa.rows)
    annex = matrix(on="2024-01-01", only="annex-2")
    assert len(annex.rows) == 44
    signed = matrix(on="2024-01-01", only="signed-not-ratified")
    assert all(any(c.status == "signatory" for c in r.cells) for r in signed.rows)
    with pytest.raises(UserError, match="only: expected one of"):
        matrix(only="ratified")
    with pytest.raises(UserError) as err:
        matrix(region="Afrika")
    assert err.value.suggestion == "Africa"


def test_matrix_csv_has_a_column_per_instrument():
    data = as_json(matrix(on="2024-01-01", only="annex-2"))
    rows = list(csv.DictReader(io.StringIO(to_csv(records(data, "rows")))))
    assert len(rows) == 44
    assert rows[0]["ctbt"] in {"party", "signatory", "not_party", "ratified"}
    assert "cells" not in rows[0]


def test_calculator_controls_edit_the_scenario_and_drop_the_sweep():
    base, text = base_mapping(DEFAULT_BASE)
    assert yaml.safe_load(text)["name"] == base["name"]
    scenario, values = apply(base, {"interceptors": "250", "scale_RUS": "0.5", "decoys": "0", "alert": "day_to_day"})
    assert "sweep" not in scenario
    usa_layer = scenario["sides"]["USA"]["defence"][0]
    assert usa_layer["interceptors"] == 250 and values["interceptors"] == 250
    assert scenario["sides"]["RUS"]["decoys_per_warhead"] == 0
    assert scenario["posture"]["alert"] == "day_to_day"
    before = sum(e["launchers"] for e in base["sides"]["RUS"]["forces"])
    after = sum(e["launchers"] for e in scenario["sides"]["RUS"]["forces"])
    assert abs(after - before / 2) <= len(base["sides"]["RUS"]["forces"])
    assert base["sides"]["USA"]["defence"][0]["interceptors"] == current(base)["interceptors"]  # the base is untouched


@pytest.mark.parametrize(
    "params, field",
    [
        ({"interceptors": "-1"}, "interceptors"),
        ({"sspk": "1.5"}, "sspk"),
        ({"shots": "two"}, "shots"),
        ({"alert": "red"}, "alert"),
        ({"scale_USA": "9"}, "scale_USA"),
    ],
)
def test_calculator_refuses_bad_controls_naming_the_field(params, field):
    base, _ = base_mapping(DEFAULT_BASE)
    with pytest.raises(UserError) as err:
        apply(base, params)
    assert err.value.field == field


def test_unknown_base_is_refused():
    with pytest.raises(UserError, match="unknown example"):
        base_mapping("example:nothing-here")
    with pytest.raises(UserError, match="example:NAME or store:ID"):
        base_mapping("file:/etc/passwd")


def test_a_superseded_calculator_request_is_not_computed(monkeypatch):
    """While one answer is computed, a page's older waiting request yields (409) to its newer one."""
    import json
    import threading
    import time

    from armscontrol.api.errors import from_user_error
    from armscontrol.scenarios import calculator as pages
    from armscontrol.scenarios.calculator import Superseded

    base, _ = base_mapping(DEFAULT_BASE)
    scenario, _ = apply(base, {})
    text = json.dumps(scenario, sort_keys=True, default=str)
    computed: list[str] = []
    monkeypatch.setattr(pages.answers, "stability", lambda spec, distributions: computed.append(spec.name) or "answer")
    monkeypatch.setattr(
        pages, "compute", lambda fn, *args, **kwargs: fn(*args, **kwargs)
    )  # in this process, not the server's pool
    results: dict[str, object] = {}

    def ask(name: str) -> None:
        try:
            results[name] = pages._stability_cached(f"test-key-{name}", text, "page-under-test")
        except Superseded as exc:
            results[name] = from_user_error(exc).status

    pages._computing.acquire()  # an answer is being computed
    try:
        older = threading.Thread(target=ask, args=("older",))
        older.start()
        while "page-under-test" not in pages._newest:
            time.sleep(0.01)
        first_ticket = pages._newest["page-under-test"]
        newer = threading.Thread(target=ask, args=("newer",))
        newer.start()
        while pages._newest["page-under-test"] == first_ticket:
            time.sleep(0.01)
    finally:
        pages._computing.release()
    older.join(10)
    newer.join(10)
    assert results == {"older": 409, "newer": "answer"}
    assert len(computed) == 1
    pages._answers.pop("test-key-newer", None)


def test_jobs_page_lists_a_job_and_opens_it(tmp_path) -> None:
    """The jobs page: the list, one job opened with its result, and a clean error for a job that does not exist."""
    import warnings

    from armscontrol.api import create_app
    from armscontrol.store.jobs import create_job

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    app = create_app(f"sqlite:///{tmp_path / 'store.db'}", token="jobs-page-token-0123456789")
    with TestClient(app) as client:
        store = app.state.store
        empty = client.get("/jobs")
        assert empty.status_code == 200 and "No jobs yet" in empty.text and 'href="/jobs"' in empty.text
        job = create_job(store, "sweep", "name: x\n", {"name": "x"}, {"grid": ["scale=1:2:1"]})
        listed = client.get("/jobs")
        assert f'data-id="{job.id}"' in listed.text and "queued" in listed.text and 'data-running="yes"' in listed.text
        opened = client.get(f"/jobs?open={job.id}")
        assert opened.status_code == 200 and f"Job #{job.id}: sweep, queued" in opened.text and "name: x" in opened.text
        missing = client.get("/jobs?open=999")
        assert missing.status_code == 400 and "no job 999" in missing.text
        bad = client.get("/jobs?open=abc")
        assert bad.status_code == 400 and "expected a job number" in bad.text


def test_the_map_caption_says_how_old_a_complete_list_is(tmp_path) -> None:
    import warnings

    from armscontrol.api import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(create_app(f"sqlite:///{tmp_path / 'store.db'}", token="map-caption-token-0123456789")) as client:
        later = client.get("/states?map=ctbt&on=2026-11-23")
        assert later.status_code == 200 and "every party and signatory as of 2026-02-03" in later.text
        same_day = client.get("/states?map=ctbt&on=2026-02-03")
        assert same_day.status_code == 200 and "every party and signatory as of" not in same_day.text
        partial = client.get("/states?map=ptbt&on=2026-11-23")
        assert partial.status_code == 200 and "a partial list" in partial.text


def test_matrix_tells_a_state_that_cannot_join_a_zone_from_one_that_has_not_and_marks_non_members():
    answer = matrix(on="2024-01-01", states="AFG,MEX,USA,ABW,ESH")
    ids = [c.id for c in answer.instruments]
    rows = {r.party: r for r in answer.rows}
    tlatelolco = rows["AFG"].cells[ids.index("tlatelolco")]
    assert tlatelolco.status == "not_party" and tlatelolco.can_join is False  # Asia: outside Latin America
    assert rows["MEX"].cells[ids.index("tlatelolco")].can_join is True
    assert rows["AFG"].cells[ids.index("npt")].can_join is True  # open to every state
    assert rows["USA"].un_member and rows["AFG"].un_member
    assert not rows["ABW"].un_member and not rows["ESH"].un_member


def test_the_matrix_page_shows_cannot_join_apart_and_comes_compressed(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from armscontrol.api import create_app

    with TestClient(
        create_app(f"sqlite:///{tmp_path / 'store.db'}", token="t" * 32), base_url="http://127.0.0.1"
    ) as client:
        page = client.get("/states?on=2024-01-01&region=Southern Asia", headers={"accept-encoding": "gzip"})
        assert page.status_code == 200 and page.headers.get("content-encoding") == "gzip"
        assert 'class="cell st-not_party cannot-join"' in page.text
        assert "cannot join (outside the region the zone covers)" in page.text


def test_the_shipped_uncertain_example_draws_quantile_bands_with_human_labels(tmp_path) -> None:
    import re

    from fastapi.testclient import TestClient

    from armscontrol.api import create_app
    from armscontrol.web.charts import output_label

    assert output_label("RUS_after_USA_strike.retaliation_p5") == (
        "Russia's retaliation after a strike by the United States, 5th percentile (warheads)"
    )
    assert output_label("first_strike_stability.combined") == "First-strike stability, both sides combined (index, 0–1)"
    with TestClient(
        create_app(f"sqlite:///{tmp_path / 'store.db'}", token="t" * 32), base_url="http://127.0.0.1"
    ) as client:
        jobs = client.get("/jobs")
        assert 'value="example:russia-1500-vs-nmd-uncertain" selected' in jobs.text  # the jobs form works as it opens
        page = client.get(
            "/uncertainty",
            params={
                "base": "example:russia-1500-vs-nmd-uncertain",
                "path": "attack.sspk.silo",
                "low": "0.5",
                "high": "0.9",
                "samples": "8",
            },
        )
        assert page.status_code == 200, page.text[:300]
        assert 'id="bands-warheads"' in page.text and 'id="bands-index"' in page.text
        table = page.text[page.text.index('id="uncertainty-table"') :]
        assert (
            "Russia&#39;s retaliation after a strike by the United States" in table
            or "Russia's retaliation after" in table
        )
        assert not re.search(r"<td>[A-Za-z]+_after_", table)  # no raw key in the table
