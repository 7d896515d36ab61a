"""`motcua token`, `motcua users`, `motcua due`: the commands a newcomer types first."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_token_prints_a_working_bearer_token(cast, client):
    token = run("token", "--user", "desk").strip()
    assert token.startswith("mc_")
    answer = client.get("/api/v1/dossiers", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200


def test_token_for_an_unknown_user_names_the_problem(cast):
    with pytest.raises(CommandError, match="nobody"):
        run("token", "--user", "nobody")


def test_users_lists_roles_and_agencies(cast):
    out = run("users")
    assert "desk" in out and "000.00.20.H99" in out and "leader" in out


def test_due_prints_the_instant_and_why(db):
    out = run("due", "--from", "2026-02-12T10:00", "--days", "5")
    lines = out.splitlines()
    assert lines[0] == "2026-02-26T17:00:00+07:00"
    assert any("Tết" in line for line in lines[1:])


def test_due_as_json_matches_the_api(db, client):
    out = json.loads(run("due", "--from", "2026-02-12T10:00", "--days", "5", "--json"))
    api = client.get("/api/v1/calendar/due", {"from": "2026-02-12T10:00", "days": "5"}).json()
    assert out == api


def test_due_refuses_bad_input_clearly(db, client):
    with pytest.raises(CommandError, match="ISO 8601"):
        run("due", "--from", "yesterday", "--days", "5")
    with pytest.raises(CommandError):
        run("due", "--from", "2026-02-12T10:00", "--days", "-1")
    answer = client.get("/api/v1/calendar/due", {"from": "2026-02-12T10:00", "days": "x"})
    assert answer.status_code == 422 and answer.json()["field"] == "days"


def test_due_refuses_a_fractional_calendar_day_limit_clearly(db):
    with pytest.raises(CommandError):
        run("due", "--from", "2026-02-12T10:00", "--calendar-days", "1.5")


def test_seed_if_empty_leaves_a_loaded_province_alone(cast):
    assert "bỏ qua" in run("seed", "--if-empty", "--dossiers", "5")
    with pytest.raises(CommandError):
        run("seed", "--dossiers", "5")


def test_the_due_api_names_a_bad_limit(db, client):
    answer = client.get(
        "/api/v1/calendar/due", {"from": "2026-02-12T10:00", "days": "1.5", "unit": "days"}
    )
    assert answer.status_code == 400 and answer.json()["field"] == "days"
    answer = client.get(
        "/api/v1/calendar/due", {"from": "2026-02-12T10:00", "days": "1", "unit": "x"}
    )
    assert answer.status_code == 422 and answer.json()["field"] == "unit"
