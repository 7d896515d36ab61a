"""Bearer tokens for machine clients; the Django session for people using /api/v1/docs."""

from __future__ import annotations

from typing import Any, cast

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer, django_auth

from motcua.accounts.models import ApiToken, User, hash_token


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        found = (
            ApiToken.objects.select_related("user", "user__agency")
            .filter(digest=hash_token(token), revoked_at__isnull=True, user__is_active=True)
            .first()
        )
        if found is None:
            return None
        now = timezone.now()
        if found.last_used_at is None or (now - found.last_used_at).total_seconds() > 60:
            ApiToken.objects.filter(pk=found.pk).update(last_used_at=now)
        request.user = found.user
        return found.user


AUTH = [BearerToken(), django_auth]


def user_of(request: HttpRequest) -> User:
    """The authenticated user (the endpoints that call this require authentication)."""
    return cast(User, request.user)
