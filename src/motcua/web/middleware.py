from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils import translation
from django.utils.translation import gettext

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
                    return HttpResponseBadRequest(
                        gettext("Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL).").encode(),
                        content_type="text/plain; charset=utf-8",
                    )
        return self.get_response(request)
