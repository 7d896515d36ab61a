from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from motcua.accounts.models import ApiToken, User
from motcua.testing.cast import Cast, build_cast


@pytest.fixture(autouse=True)
def fast_password_hashing(settings: Any) -> None:
    # Tests create many users; the production hasher is slow on purpose.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def officers_without_totp(settings: Any) -> None:
    # Most tests sign officers in with force_login; web/tests/test_second_factor.py turns it on.
    settings.MOTCUA_OFFICER_TOTP = False


@pytest.fixture
def cast(db: Any) -> Cast:
    return build_cast()


class ApiClient:
    """JSON calls to /api/v1 as one user, with a real bearer token."""

    def __init__(self, user: User | None) -> None:
        self.client = Client()
        self.headers: dict[str, str] = {}
        if user is not None:
            _, raw = ApiToken.issue(user)
            self.headers["Authorization"] = f"Bearer {raw}"

    def get(self, path: str, **params: Any) -> Any:
        return self.client.get("/api/v1" + path, params, headers=self.headers)

    def post(self, path: str, body: Any = None) -> Any:
        return self.client.post(
            "/api/v1" + path, body or {}, content_type="application/json", headers=self.headers
        )

    def upload(self, path: str, **data: Any) -> Any:
        return self.client.post("/api/v1" + path, data, headers=self.headers)


@pytest.fixture
def api_as(cast: Cast):
    def make(user: User | None) -> ApiClient:
        return ApiClient(user)

    return make
