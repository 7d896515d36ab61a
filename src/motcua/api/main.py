"""JSON API v1: thin endpoints over the services. OpenAPI at /api/v1/openapi.json."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from motcua.api.auth import AUTH
from motcua.errors import DomainError

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


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return api.create_response(
        request, {"code": "http_error", "message": str(exc), "field": None}, status=exc.status_code
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
