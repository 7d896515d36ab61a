"""The sign-in and lookup limits as settings.py reads them from the environment."""

from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

import pytest

from motcua import settings as project_settings

NAMES = (
    "MOTCUA_DEMO",
    "MOTCUA_OFFICER_TOTP",
    "MOTCUA_LOGIN_ATTEMPTS",
    "MOTCUA_LOGIN_LOCK_MINUTES",
    "MOTCUA_TRACK_LOOKUPS",
    "MOTCUA_TRACK_WINDOW_SECONDS",
    "MOTCUA_TRUSTED_PROXIES",
)


def read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **env: str) -> dict:
    for name in NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MOTCUA_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("SECRET_KEY", "not-a-secret")
    for name, value in {"DEBUG": "0", **env}.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(Path(project_settings.BASE_DIR) / "settings.py"))


def test_production_defaults(monkeypatch, tmp_path) -> None:
    values = read(monkeypatch, tmp_path)

    assert values["MOTCUA_OFFICER_TOTP"] is True
    assert values["AUTHENTICATION_BACKENDS"][0] == "axes.backends.AxesStandaloneBackend"
    assert values["AXES_HANDLER"] == "axes.handlers.database.AxesDatabaseHandler"
    assert values["AXES_FAILURE_LIMIT"] == 5
    assert values["AXES_COOLOFF_TIME"] == dt.timedelta(minutes=15)
    assert values["AXES_LOCKOUT_PARAMETERS"] == [["username", "ip_address"]]
    assert (values["MOTCUA_TRACK_LOOKUPS"], values["MOTCUA_TRACK_WINDOW_SECONDS"]) == (60, 600)
    assert values["MOTCUA_TRUSTED_PROXIES"] == 0


def test_demo_mode_signs_officers_in_with_the_password_alone(monkeypatch, tmp_path) -> None:
    assert read(monkeypatch, tmp_path, DEBUG="1")["MOTCUA_OFFICER_TOTP"] is False
    assert read(monkeypatch, tmp_path, MOTCUA_DEMO="1")["MOTCUA_OFFICER_TOTP"] is False
    forced = read(monkeypatch, tmp_path, MOTCUA_DEMO="1", MOTCUA_OFFICER_TOTP="1")
    assert forced["MOTCUA_OFFICER_TOTP"] is True


def test_the_limits_come_from_the_environment(monkeypatch, tmp_path) -> None:
    values = read(
        monkeypatch,
        tmp_path,
        MOTCUA_LOGIN_ATTEMPTS="3",
        MOTCUA_LOGIN_LOCK_MINUTES="0.5",
        MOTCUA_TRACK_LOOKUPS="0",
        MOTCUA_TRACK_WINDOW_SECONDS="60",
        MOTCUA_TRUSTED_PROXIES="1",
    )

    assert values["AXES_FAILURE_LIMIT"] == 3
    assert values["AXES_COOLOFF_TIME"] == dt.timedelta(seconds=30)
    assert (values["MOTCUA_TRACK_LOOKUPS"], values["MOTCUA_TRACK_WINDOW_SECONDS"]) == (0, 60)
    assert values["MOTCUA_TRUSTED_PROXIES"] == 1
