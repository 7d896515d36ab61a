"""Every query failing as when the database is down: pages and the API answer 503 with
Retry-After, in the user's language, never a 500. (The real restart, with gunicorn and a
PostgreSQL cluster, is dossiers/tests/test_database_restart.py.)"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.db.backends.utils import CursorWrapper
from django.http import HttpRequest, HttpResponse
from django.test import Client

from motcua.testing.cast import PERMIT


@contextmanager
def database_down(error: Exception | None = None) -> Iterator[None]:
    """Every query raises, as Django raises it when the server has gone away."""
    error = error or OperationalError("server closed the connection unexpectedly")
    with mock.patch.object(CursorWrapper, "_execute", side_effect=error):
        yield


def test_api_answers_503_in_json_with_retry_after(cast, api_as):
    citizen = api_as(cast.citizen)
    body = {"procedure": PERMIT, "channel": 2, "applicant": {"name": "Nguyễn Văn An"}}
    with database_down():
        answer = citizen.post("/dossiers", body)
    assert answer.status_code == 503
    assert answer["Retry-After"] == "5"
    assert answer.json() == {
        "code": "database_unavailable",
        "message": "Hệ thống tạm thời gián đoạn: không kết nối được cơ sở dữ liệu. "
        "Vui lòng thử lại sau ít giây.",
        "field": None,
    }
    assert citizen.post("/dossiers", body).status_code == 201  # back: the same call works


def test_api_error_is_in_english_when_asked(cast):
    with database_down(InterfaceError("connection already closed")):
        answer = Client().get("/api/v1/procedures", headers={"Accept-Language": "en"})
    assert answer.status_code == 503
    assert answer.json()["code"] == "database_unavailable"
    assert answer.json()["message"].startswith("The service is briefly interrupted")


@pytest.mark.parametrize(
    ("query", "title"),
    [("", "Hệ thống tạm thời gián đoạn"), ("?lang=en", "The service is briefly interrupted")],
)
def test_page_answers_503_page_in_the_users_language(cast, query, title):
    with database_down():
        answer = Client().get(f"/thu-tuc/{PERMIT}{query}")
    assert answer.status_code == 503
    assert answer["Retry-After"] == "5"
    assert answer["Content-Type"].startswith("text/html")
    page = answer.content.decode()
    assert f"<h1>{title}</h1>" in page
    assert "Server Error" not in page


class ReadsTheUserFirst:
    """Stands for a middleware that reads the signed-in user before any view (as django-otp's
    does): its database error is raised outside the view, so the 500 handler answers."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        assert request.user.is_authenticated
        return self.get_response(request)


@pytest.mark.parametrize("where", ["view", "middleware"])
def test_signed_in_page_answers_503_when_even_the_session_cannot_be_read(cast, settings, where):
    if where == "middleware":
        settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.ReadsTheUserFirst"]
    browser = Client(raise_request_exception=False)
    browser.force_login(cast.desk)
    with database_down():
        answer = browser.get("/can-bo/")
    assert answer.status_code == 503
    assert answer["Retry-After"] == "5"
    assert "<h1>Hệ thống tạm thời gián đoạn</h1>" in answer.content.decode()


def test_other_failures_stay_a_500(cast):
    with mock.patch("motcua.portal.views.selectors.procedure_page", side_effect=RuntimeError):
        answer = Client(raise_request_exception=False).get(f"/thu-tuc/{PERMIT}")
    assert answer.status_code == 500
    assert "Retry-After" not in answer
