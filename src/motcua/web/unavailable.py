"""The database cannot be reached (restarting, crashed, a network cut): answer 503, not 500.

One answer for pages and the API: a 503 with `Retry-After`, the page in the user's language, the
API's `{"code": "database_unavailable", "message", "field"}`. Django drops the broken persistent
connection at the end of the request (and checks a reused one first: `CONN_HEALTH_CHECKS`), so the
next request after the database is back succeeds. Raised in a view, the error reaches
`DatabaseUnavailableMiddleware` (web/middleware.py) or the API's handler (api/main.py); raised in a
middleware (a session saved after the view), it reaches `server_error`, the 500 handler.
"""

from __future__ import annotations

import logging
import sys

from django.contrib.auth.models import AnonymousUser
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext
from django.views import defaults

from motcua.errors import DomainError

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 5
logger = logging.getLogger("motcua.database")


def database_unavailable() -> DomainError:
    return DomainError(
        "database_unavailable",
        "Hệ thống tạm thời gián đoạn: không kết nối được cơ sở dữ liệu. "
        "Vui lòng thử lại sau ít giây.",
        message_en="The service is briefly interrupted: the database cannot be reached. "
        "Try again in a few seconds.",
        status=503,
    )


def log_unavailable(request: HttpRequest, exc: BaseException) -> None:
    logger.warning(
        "database unavailable: %s %s answered 503 (%s)", request.method, request.path, exc
    )


def unavailable_response(request: HttpRequest, exc: BaseException) -> HttpResponse:
    """The 503 for `request`, built without touching the database (no session, user, messages)."""
    log_unavailable(request, exc)
    error = database_unavailable()
    response: HttpResponse
    if request.path.startswith("/api/"):
        language = "en" if (translation.get_language() or "vi").startswith("en") else "vi"
        response = JsonResponse(error.as_dict(language), status=503)
    else:
        context = {
            "user": AnonymousUser(),  # the real one needs the session, so the database
            "messages": [],
            "page_title": gettext("Hệ thống tạm thời gián đoạn"),
        }
        response = render(request, "web/503.html", context, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: the database failing outside a view is a 503 too; anything else stays a 500."""
    exc = sys.exc_info()[1]
    if isinstance(exc, DATABASE_ERRORS):
        return unavailable_response(request, exc)
    return defaults.server_error(request)
