"""Remembers the client address for the length of a request (audit entries record it)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from motcua.audit.services import CLIENT
from motcua.web.middleware import client_address  # REMOTE_ADDR, or per MOTCUA_TRUSTED_PROXIES


class AuditClientMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = CLIENT.set(client_address(request)[:45])
        try:
            return self.get_response(request)
        finally:
            CLIENT.reset(token)
