from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation

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
