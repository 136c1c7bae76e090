"""OpenAPI links: how the id one call returns feeds the next (a saved scenario to its page, its runs, its
deletion; a job to its detail and its cancellation). Clients that follow links, and the stateful phase of
the API's property tests, use them to reach saved ids and job ids."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

_ID = {"id": "$response.body#/id"}

LINKS: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = {
    ("/api/scenarios", "post", "201"): {
        "ShowScenario": {"operationId": "show_scenario_api_scenarios__id__get", "parameters": _ID},
        "ReplaceScenario": {"operationId": "replace_scenario_api_scenarios__id__put", "parameters": _ID},
        "RunScenario": {"operationId": "run_scenario_api_scenarios__id__runs_post", "parameters": _ID},
        "ListRuns": {"operationId": "list_runs_api_scenarios__id__runs_get", "parameters": _ID},
        "DeleteScenario": {"operationId": "delete_scenario_api_scenarios__id__delete", "parameters": _ID},
    },
    ("/api/scenarios/{id}/runs", "post", "201"): {
        "ShowRun": {"operationId": "show_run_api_runs__id__get", "parameters": _ID},
    },
    ("/api/jobs", "post", "202"): {
        "ShowJob": {"operationId": "job_api_jobs__id__get", "parameters": _ID},
        "CancelJob": {"operationId": "cancel_api_jobs__id__delete", "parameters": _ID},
    },
}
"""(path, method, status) of the response that returns an id -> the operations it links to."""


def add_links(app: FastAPI) -> None:
    """Add :data:`LINKS` to the app's OpenAPI document, once, when it is first built."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        document = build()
        operations = {op.get("operationId") for item in document["paths"].values() for op in item.values()}
        for (path, method, status), links in LINKS.items():
            response = document["paths"].get(path, {}).get(method, {}).get("responses", {}).get(status)
            if response is None:
                continue
            response["links"] = {name: link for name, link in links.items() if link["operationId"] in operations}
        app.openapi_schema = document
        return document

    app.openapi = openapi  # type: ignore[method-assign]
