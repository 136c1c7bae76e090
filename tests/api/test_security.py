"""No stored script, no other site's page acting for a visitor: headers, the Host allow-list, the Origin check, the
token kept nowhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from api_support import AUTH

WEB = Path(__file__).resolve().parents[2] / "src" / "armscontrol" / "web"


@pytest.mark.parametrize("path", ["/", "/api/instruments", "/static/app.css", "/docs", "/no-such-page"])
def test_every_response_carries_the_security_headers(client, path) -> None:
    headers = client.get(path).headers
    policy = headers["content-security-policy"]
    script = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    assert script.split() == ["script-src", "'self'"]  # no inline script, no eval, nothing from elsewhere
    assert "frame-ancestors 'none'" in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.nip.io", ""])
def test_a_host_the_server_does_not_answer_to_is_refused(client, host) -> None:
    response = client.get("/api/scenarios", headers={"Host": host})
    assert response.status_code == 400 and response.json()["field"] == "Host"
    assert "content-security-policy" in response.headers


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost", "LOCALHOST:1234", "[::1]:8000"])
def test_the_local_names_are_answered(client, host) -> None:
    assert client.get("/api/scenarios", headers={"Host": host}).status_code == 200


def test_the_host_given_to_serve_is_answered(home) -> None:
    from fastapi.testclient import TestClient

    from armscontrol.api import create_app

    app = create_app(f"sqlite:///{home.parent / 'hosts.sqlite3'}", token="t" * 20, hosts=["arms.internal"])
    with TestClient(app) as other:
        assert other.get("/api/scenarios", headers={"Host": "arms.internal:8000"}).status_code == 200
        assert other.get("/api/scenarios", headers={"Host": "elsewhere.internal"}).status_code == 400


def test_a_form_posted_from_another_site_is_refused(client) -> None:
    text = {"text": "New START limits each side to 1,550 warheads."}
    for headers in (
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Origin": "http://testserver.evil.example"},
    ):
        response = client.post("/read", data=text, headers=headers)
        assert response.status_code == 403 and response.json()["field"] == "Origin", headers
        assert client.post("/api/scenarios", json={}, headers={**AUTH, **headers}).status_code == 403
    same = client.post("/read", data=text, headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"})
    assert same.status_code == 200 and "1,550" in same.text
    assert client.post("/read", data=text).status_code == 200  # a program sends no Origin


def test_the_api_reference_loads_nothing_from_elsewhere(client) -> None:
    page = client.get("/docs")
    assert page.status_code == 200 and "/api/stability" in page.text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.text)
    assert client.get("/redoc").status_code == 404
    assert client.get("/openapi.json").status_code == 200


def test_no_script_builds_markup_from_data_or_keeps_the_token() -> None:
    for script in (WEB / "static").glob("*.js"):
        code = script.read_text(encoding="utf-8")
        for risky in (
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "sessionStorage",
            "localStorage",
            "eval(",
        ):
            assert risky not in code, f"{script.name}: {risky}"


def test_no_template_holds_a_script_that_runs_inline() -> None:
    for template in (WEB / "templates").glob("*.html"):
        text = template.read_text(encoding="utf-8")
        for tag in re.findall(r"<script[^>]*>", text):
            assert "src=" in tag or 'type="application/json"' in tag, f"{template.name}: {tag}"
        markup = re.sub(r"\{[%{#].*?[%}#]\}", "", text, flags=re.S)  # the template's own statements are not markup
        assert not re.search(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", markup), f"{template.name}: an inline event handler"
        assert "javascript:" not in text


def test_a_side_named_with_markup_is_text_on_the_calculator(client) -> None:
    evil = "RUS<img src=x onerror=alert(1)>"
    scenario = {
        "name": "<b>bold</b>",
        "sides": {
            "USA": {
                "forces": [
                    {
                        "name": "<i>ICBM</i>",
                        "basing": "silo",
                        "launchers": 50,
                        "warheads_per_launcher": 1,
                        "reliability": 0.8,
                    }
                ],
                "defence": [{"name": "<svg onload=alert(1)>", "interceptors": 10, "sspk": 0.7}],
            },
            evil: {
                "forces": [
                    {
                        "name": "SLBM",
                        "basing": "sea",
                        "launchers": 20,
                        "warheads_per_launcher": 4,
                        "reliability": 0.9,
                        "survivable": {"day_to_day": 0.5, "generated": 0.9},
                    }
                ]
            },
        },
        "criteria": {"assured_retaliation": 10, "value_targets": 50},
    }
    saved = client.post("/api/scenarios", json={"scenario": scenario}, headers=AUTH)
    assert saved.status_code == 201, saved.text
    ident = saved.json()["id"]
    for page in (
        f"/stability?base=store:{ident}",
        f"/scenarios?open=store:{ident}&compare=store:{ident}",
        "/scenarios",
        "/jobs",
    ):
        text = client.get(page).text
        assert "<img src=x" not in text and "<svg onload" not in text and "<b>bold</b>" not in text, page
