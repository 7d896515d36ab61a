"""Django's own 400 and 404 (handler400, handler404 in urls.py): under /api/ they keep the API's
one error shape, elsewhere they stay Django's pages.

They answer what never reaches an endpoint: a `{code}` holding an encoded slash (`a%2Fb` routes
nowhere), an unknown API address, a query with more parameters than Django reads
(DATA_UPLOAD_MAX_NUMBER_FIELDS), a form body over DATA_UPLOAD_MAX_MEMORY_SIZE."""

from __future__ import annotations

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import defaults

API_PREFIX = "/api/"


def _language(request: HttpRequest) -> str:
    return "en" if getattr(request, "LANGUAGE_CODE", "vi").startswith("en") else "vi"


def refusal(request: HttpRequest, status: int, code: str, vi: str, en: str) -> JsonResponse:
    message = en if _language(request) == "en" else vi
    return JsonResponse({"code": code, "message": message, "field": None}, status=status)


def body_too_large(request: HttpRequest) -> JsonResponse:
    return refusal(
        request,
        413,
        "body_too_large",
        "Nội dung gửi lên quá lớn.",
        "The request body is too large.",
    )


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    if not request.path.startswith(API_PREFIX):
        return defaults.bad_request(request, exception)
    if isinstance(exception, RequestDataTooBig):
        return body_too_large(request)
    return refusal(
        request,
        400,
        "request_invalid",
        "Yêu cầu không hợp lệ (quá nhiều tham số hoặc dữ liệu sai dạng).",
        "The request is invalid (too many parameters or malformed data).",
    )


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    if not request.path.startswith(API_PREFIX):
        return defaults.page_not_found(request, exception)
    return refusal(
        request,
        404,
        "not_found",
        "API không có địa chỉ này (danh sách ở /api/v1/docs).",
        "The API has no such address (see /api/v1/docs).",
    )
