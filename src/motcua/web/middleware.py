from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext

from motcua.web.unavailable import DATABASE_ERRORS, unavailable_response

LANGUAGES = {code for code, _ in settings.LANGUAGES}


class LanguageSwitchMiddleware:
    """`?lang=en` / `?lang=vi` on any page switches the language and remembers it in a cookie."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        wanted = request.GET.get("lang")
        if wanted in LANGUAGES:
            translation.activate(wanted)
            request.LANGUAGE_CODE = wanted
        response = self.get_response(request)
        if wanted in LANGUAGES:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME, wanted, max_age=365 * 24 * 3600, samesite="Lax"
            )
        return response


class RejectNulMiddleware:
    """A NUL character in a query or form parameter is never meant: refuse it clearly (400)
    instead of letting PostgreSQL fail on it further down."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        params = [request.GET]
        if request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            params.append(request.POST)
        for query in params:
            for key, values in query.lists():
                if "\x00" in key or any("\x00" in value for value in values):
                    if request.path.startswith("/api/"):  # the API's one error shape
                        return JsonResponse(
                            {
                                "code": "nul_character",
                                "message": gettext(
                                    "Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL)."
                                ),
                                "field": key.replace("\x00", "") or None,
                            },
                            status=400,
                        )
                    return HttpResponseBadRequest(
                        gettext("Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL).").encode(),
                        content_type="text/plain; charset=utf-8",
                    )
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A view failing because the database cannot be reached answers 503 with Retry-After (a
    page, or the API's JSON error), never a 500; see web/unavailable.py. Only view errors reach
    it: one raised in a middleware goes to the 500 handler, `unavailable.server_error`."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, DATABASE_ERRORS):
            return unavailable_response(request, exception)
        return None


def client_address(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or behind MOTCUA_TRUSTED_PROXIES reverse proxies the
    address the outermost one saw (each proxy appends its peer to X-Forwarded-For, so entries
    further left are whatever the client sent, not to be trusted)."""
    proxies = settings.MOTCUA_TRUSTED_PROXIES
    remote = str(request.META.get("REMOTE_ADDR", ""))
    if proxies <= 0:
        return remote
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    forwarded = [a.strip() for a in header.split(",") if a.strip()]
    return forwarded[-proxies] if len(forwarded) >= proxies else remote


SECOND_FACTOR_PAGES = ("web:login", "web:logout", "web:otp_verify", "web:otp_enrol")


class OfficerSecondFactorMiddleware:
    """An officer signed in with the password alone (MOTCUA_OFFICER_TOTP) reaches only the
    second-factor pages and signing out: other pages redirect to the code page, and /api/v1 on
    that session answers 401. A bearer token is unaffected (the session is ignored beside it).
    After django-otp's OTPMiddleware, which tells whether the session is verified."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from motcua.accounts.otp import second_factor_pending

        if not settings.MOTCUA_OFFICER_TOTP or not second_factor_pending(request.user):
            return self.get_response(request)
        if request.path_info.startswith("/api/"):
            if "HTTP_AUTHORIZATION" in request.META:
                request.user = AnonymousUser()  # the token alone decides
                return self.get_response(request)
            return _second_factor_required(request)
        allowed = {reverse(name) for name in SECOND_FACTOR_PAGES}
        if request.path_info in allowed or request.path_info.startswith(settings.STATIC_URL):
            return self.get_response(request)
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('web:otp_verify')}?{query}")


def _second_factor_required(request: HttpRequest) -> HttpResponse:
    english = getattr(request, "LANGUAGE_CODE", "vi").startswith("en")
    message = (
        "Enter the code from your authenticator app at /dang-nhap/ma-xac-thuc first, "
        "or send a token (Authorization: Bearer …)."
        if english
        else "Cần nhập mã từ ứng dụng xác thực tại /dang-nhap/ma-xac-thuc trước, "
        "hoặc gửi mã truy cập (Authorization: Bearer …)."
    )
    body = {"code": "second_factor_required", "message": message, "field": None}
    return JsonResponse(body, status=401)
