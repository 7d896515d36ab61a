"""Bearer tokens for machine clients; the Django session for people using /api/v1/docs."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django.db import connection
from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer, django_auth

from motcua.accounts.models import ApiToken, User, hash_token

# Every API request runs this lookup: written as SQL because composing it with the ORM cost more
# CPU than the rest of a receive action's queries (bench/results, the intake profile).
_TOKEN_USER = (
    "SELECT u.*, t.id AS token_id,"
    " (t.last_used_at IS NULL OR t.last_used_at < %s) AS token_used_long_ago"
    f' FROM "{User._meta.db_table}" u JOIN "{ApiToken._meta.db_table}" t ON t.user_id = u.id'
    " WHERE t.digest = %s AND t.revoked_at IS NULL AND u.is_active"
)
USED_AT_PRECISION = dt.timedelta(seconds=60)  # last_used_at is written at most once a minute


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        now = timezone.now()
        long_ago = connection.ops.adapt_datetimefield_value(now - USED_AT_PRECISION)
        found = User.objects.raw(_TOKEN_USER, [long_ago, hash_token(token)])
        user = next(iter(found), None)
        if user is None:
            return None
        columns = vars(user)  # the token's columns of _TOKEN_USER ride on the user
        if columns["token_used_long_ago"]:
            ApiToken.objects.filter(pk=columns["token_id"]).update(last_used_at=now)
        request.user = user
        return user


AUTH = [BearerToken(), django_auth]


def user_of(request: HttpRequest) -> User:
    """The authenticated user (the endpoints that call this require authentication)."""
    return cast(User, request.user)
