"""Bearer tokens: a revoked token or an inactive user is refused; use is recorded once a minute."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from motcua.accounts.models import ApiToken


def _get(client, raw: str):
    return client.get("/api/v1/dossiers", headers={"Authorization": f"Bearer {raw}"})


def test_a_token_acts_as_its_user_and_records_its_use(cast, client):
    token, raw = ApiToken.issue(cast.desk)
    assert _get(client, raw).status_code == 200
    token.refresh_from_db()
    first_use = token.last_used_at
    assert first_use is not None and timezone.now() - first_use < dt.timedelta(seconds=5)

    assert _get(client, raw).status_code == 200  # within the minute: not written again
    token.refresh_from_db()
    assert token.last_used_at == first_use

    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first_use - dt.timedelta(minutes=2))
    assert _get(client, raw).status_code == 200
    token.refresh_from_db()
    assert token.last_used_at > first_use


def test_revoked_tokens_unknown_tokens_and_inactive_users_are_refused(cast, client):
    token, raw = ApiToken.issue(cast.desk)
    ApiToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())
    assert _get(client, raw).status_code == 401
    assert _get(client, raw + "x").status_code == 401

    _, raw = ApiToken.issue(cast.officer)
    cast.officer.is_active = False
    cast.officer.save(update_fields=["is_active"])
    assert _get(client, raw).status_code == 401


def test_the_answer_is_the_tokens_user(cast, client):
    _, raw = ApiToken.issue(cast.citizen)
    mine = client.get("/api/v1/dossiers", headers={"Authorization": f"Bearer {raw}"}).json()
    assert mine["count"] == 0  # a citizen sees only their own (none yet), not the agency's


def test_a_post_without_credentials_or_with_a_bad_token_is_401_not_a_csrf_refusal(cast):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    for headers in ({}, {"Authorization": "Bearer mc_not-a-token"}):
        answer = client.post(
            "/api/v1/dossiers", {}, content_type="application/json", headers=headers
        )
        assert answer.status_code == 401, headers
        assert answer.json()["code"] == "unauthenticated"


def test_a_signed_in_session_still_needs_the_csrf_token(cast):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.desk)
    answer = client.post("/api/v1/dossiers", {}, content_type="application/json")
    assert answer.status_code == 403
