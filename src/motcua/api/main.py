"""JSON API v1: thin endpoints over the services. OpenAPI at /api/v1/openapi.json."""

from __future__ import annotations

from django.core.exceptions import RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from motcua.api.auth import AUTH
from motcua.api.fallbacks import body_too_large
from motcua.errors import DomainError
from motcua.web.unavailable import RETRY_AFTER_SECONDS, database_unavailable, log_unavailable

api = NinjaAPI(
    title="motcua API",
    version="1",
    description=(
        "API của hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh. "
        "Máy khách xác thực bằng `Authorization: Bearer <token>` (lệnh `motcua token --user …`). "
        'Mọi lỗi có dạng `{"code", "message", "field"}`.'
    ),
    auth=AUTH,
    urls_namespace="api-v1",
)


def _language(request: HttpRequest) -> str:
    return "en" if getattr(request, "LANGUAGE_CODE", "vi").startswith("en") else "vi"


@api.exception_handler(DomainError)
def on_domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
    return api.create_response(request, exc.as_dict(_language(request)), status=exc.status)


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    first = exc.errors[0] if exc.errors else {}
    loc = [
        str(part)
        for part in first.get("loc", ())
        if part not in ("body", "query", "path", "payload")
    ]
    field = ".".join(loc) or None
    message = first.get("msg", "invalid")
    text = (
        f"Invalid input in field '{field}': {message}"
        if _language(request) == "en"
        else f"Dữ liệu không hợp lệ ở trường “{field}”: {message}"
    )
    return api.create_response(
        request,
        {
            "code": "invalid_input",
            "message": text,
            "field": field,
            "errors": [
                {"field": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg")}
                for e in exc.errors
            ],
        },
        status=422,
    )


@api.exception_handler(AuthenticationError)
def on_auth_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return api.create_response(
        request,
        {
            "code": "unauthenticated",
            "message": (
                "Log in or send a token (Authorization: Bearer …)."
                if _language(request) == "en"
                else "Cần đăng nhập hoặc mã truy cập (Authorization: Bearer …)."
            ),
            "field": None,
        },
        status=401,
    )


@api.exception_handler(OperationalError)
@api.exception_handler(InterfaceError)
def on_database_unavailable(request: HttpRequest, exc: Exception) -> HttpResponse:
    """The database restarting or unreachable: 503 and when to retry (web/unavailable.py)."""
    log_unavailable(request, exc)
    error = database_unavailable()
    response = api.create_response(request, error.as_dict(_language(request)), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


# The refusals django-ninja raises itself, in the API's words (code, Vietnamese, English).
_NINJA_REFUSALS = {
    "Cannot parse request body": (
        "body_unreadable",
        "Không đọc được nội dung gửi lên (JSON hoặc biểu mẫu không hợp lệ).",
        "The request body could not be read (invalid JSON or form data).",
    ),
    "CSRF check Failed": (
        "csrf_failed",
        "Phiên đăng nhập cần mã CSRF (header X-CSRFToken); máy khách gửi "
        "Authorization: Bearer … thay cho phiên.",
        "A signed-in session needs its CSRF token (X-CSRFToken header); clients send "
        "Authorization: Bearer … instead.",
    ),
}


@api.exception_handler(RequestDataTooBig)
def on_body_too_large(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return body_too_large(request)  # over DATA_UPLOAD_MAX_MEMORY_SIZE


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    known = next((v for k, v in _NINJA_REFUSALS.items() if str(exc).startswith(k)), None)
    code, vi, en = known or ("http_error", str(exc), str(exc))
    message = en if _language(request) == "en" else vi
    return api.create_response(
        request, {"code": code, "message": message, "field": None}, status=exc.status_code
    )


from motcua.api import (  # noqa: E402  (routes register on import)
    calendar,
    dossiers,
    indicators,
    procedures,
)

api.add_router("/procedures", procedures.router)
api.add_router("/dossiers", dossiers.router)
api.add_router("/calendar", calendar.router)
api.add_router("/indicators", indicators.router)
api.add_router("/agencies", procedures.agencies)
api.add_router("/me", "motcua.api.me.router")  # the applicant's own data (privacy/)
