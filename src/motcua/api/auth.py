"""Bearer tokens for machine clients; the Django session for people using /api/v1/docs."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, cast

from django.db import connection
from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer, SessionAuth

from motcua.accounts.models import ApiToken, User, hash_token
from motcua.accounts.scopes import TokenScope
from motcua.units.models import Agency

# Every API request runs this lookup: written as SQL because composing it with the ORM cost more
# CPU than the rest of a receive action's queries (bench/results, the intake profile).
_TOKEN_USER = (
    "SELECT u.*, t.id AS token_id, t.scope_agencies AS token_agencies,"
    " t.scope_actions AS token_actions,"
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
        scope = _scope(columns["token_agencies"], columns["token_actions"])
        if scope is not None:
            user.token_scope = scope  # type: ignore[attr-defined]
        request.user = user
        return user


def _json(value: Any) -> Any:
    # Django reads JSON columns as text on both engines; a raw query gets that text.
    return json.loads(value) if isinstance(value, str | bytes) else value


def _scope(agencies: Any, actions: Any) -> TokenScope | None:
    """The token's limits (accounts/scopes.py), None for an unlimited token (no extra query)."""
    codes, names = _json(agencies) or [], _json(actions)
    if not codes and names is None:
        return None
    ids = None
    if codes:
        ids = frozenset(Agency.objects.filter(code__in=codes).values_list("pk", flat=True))
    return TokenScope(
        agency_codes=frozenset(codes) if codes else None,
        agency_ids=ids,
        actions=frozenset(names) if names is not None else None,
    )


class SignedInSession(SessionAuth):
    """The Django session for people using /api/v1/docs. CSRF is checked only for a signed-in
    session: a request without one (a bad token, no credentials) is a 401, not a CSRF 403."""

    def __call__(self, request: HttpRequest) -> Any:
        if not request.user.is_authenticated:
            return None
        return super().__call__(request)


AUTH = [BearerToken(), SignedInSession()]


def user_of(request: HttpRequest) -> User:
    """The authenticated user (the endpoints that call this require authentication)."""
    return cast(User, request.user)
