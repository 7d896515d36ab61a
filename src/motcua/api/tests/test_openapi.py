"""The API describes itself: OpenAPI 3 and the interactive docs."""

from __future__ import annotations


def test_openapi_lists_every_endpoint(db, client):
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    paths = set(spec["paths"])
    assert {
        "/api/v1/procedures",
        "/api/v1/procedures/{code}",
        "/api/v1/dossiers",
        "/api/v1/dossiers/{code}",
        "/api/v1/dossiers/{code}/events",
        "/api/v1/dossiers/{code}/actions/{action}",
        "/api/v1/calendar/due",
    } <= paths
    assert client.get("/api/v1/docs").status_code == 200
