"""Refusals that never reach an endpoint still come in the API's one shape, in Vietnamese (with
English): a NUL character, an unreadable body, a session without its CSRF token, an address that
routes nowhere, too many parameters, a body over the size limit. Pages keep Django's pages."""

from __future__ import annotations

import json

from django.test import Client


def _refused(answer, status: int, code: str) -> dict:
    assert answer.status_code == status, answer.content[:200]
    assert answer["Content-Type"].startswith("application/json")
    body = answer.json()
    assert body["code"] == code and body["message"]
    return body


def test_a_nul_character_in_any_parameter(db, client):
    body = _refused(client.get("/api/v1/agencies", {"q": "Sở\x00"}), 400, "nul_character")
    assert body["field"] == "q"


def test_an_unreadable_body_and_a_session_without_csrf(cast, api_as):
    desk = api_as(cast.desk)
    answer = desk.client.post(
        "/api/v1/dossiers", "{not json", content_type="application/json", headers=desk.headers
    )
    assert _refused(answer, 400, "body_unreadable")["message"].startswith("Không đọc được")

    session = Client(enforce_csrf_checks=True)
    session.force_login(cast.citizen)
    answer = session.post("/api/v1/dossiers", {}, content_type="application/json")
    assert "Authorization: Bearer" in _refused(answer, 403, "csrf_failed")["message"]


def test_an_address_that_routes_nowhere(cast, api_as):
    desk = api_as(cast.desk)
    _refused(desk.get("/dossiers/a%2Fb"), 404, "not_found")  # an encoded slash in {code}
    _refused(desk.get("/khong-co"), 404, "not_found")
    english = Client().get("/api/v1/khong-co", headers={"Accept-Language": "en"})
    assert _refused(english, 404, "not_found")["message"].startswith("The API has no such")
    page = Client().get("/khong-co-trang-nay")
    assert page.status_code == 404 and page["Content-Type"].startswith("text/html")


def test_too_many_parameters_and_a_body_too_large(cast, api_as, settings):
    many = "&".join(f"x{i}=1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
    _refused(Client().get("/api/v1/agencies?" + many), 400, "request_invalid")

    desk = api_as(cast.desk)
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    large = json.dumps({"summary": "x" * 2048})
    answer = desk.client.post(
        "/api/v1/dossiers", large, content_type="application/json", headers=desk.headers
    )
    _refused(answer, 413, "body_too_large")
