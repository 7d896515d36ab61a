"""MOTCUA_RETENTION_YEARS: parsed from the environment with the defaults under it, refused
clearly when wrong; the periods count calendar years from the end of the dossier."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from motcua.dossiers.models import DocumentKind
from motcua.privacy.periods import (
    DEFAULT_YEARS,
    KINDS,
    RetentionSettingError,
    add_years,
    anonymised_after,
    kept_until,
    retention_years,
)

UTC = dt.UTC


def test_the_kinds_are_the_document_kinds():
    assert set(KINDS) == set(DocumentKind.values) == set(DEFAULT_YEARS)


def test_the_environment_overrides_only_the_kinds_it_names():
    assert retention_years("") == DEFAULT_YEARS
    assert retention_years(" component = 10 , result=20,") == {
        "component": 10,
        "supplement": 5,
        "result": 20,
    }


@pytest.mark.parametrize(
    "raw, named",
    [("receipt=5", "receipt=5"), ("component", "component"), ("component=-1", "'-1'"),
     ("result=forever", "'forever'"), ("component=500", "'500'")],
)  # fmt: skip
def test_a_wrong_value_is_refused_naming_it(raw, named):
    with pytest.raises(RetentionSettingError, match=named):
        retention_years(raw)


def test_a_wrong_environment_stops_the_program_with_the_reason():
    env = {**os.environ, "MOTCUA_RETENTION_YEARS": "receipts=5"}
    run = subprocess.run(
        [sys.executable, "-c", "import motcua.settings"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode != 0
    assert "ImproperlyConfigured" in run.stderr and "receipts=5" in run.stderr


def test_years_are_calendar_years_and_29_february_becomes_the_28th():
    assert add_years(dt.datetime(2024, 2, 29, 9, tzinfo=UTC), 5) == dt.datetime(
        2029, 2, 28, 9, tzinfo=UTC
    )
    assert add_years(dt.datetime(2026, 3, 2, tzinfo=UTC), -5) == dt.datetime(2021, 3, 2, tzinfo=UTC)


def test_when_documents_and_applicants_expire():
    years = {"component": 5, "supplement": 2, "result": 0}
    ended = dt.datetime(2026, 3, 2, tzinfo=UTC)
    assert kept_until(ended, "component", years) == dt.datetime(2031, 3, 2, tzinfo=UTC)
    assert kept_until(ended, "result", years) is None  # forever
    assert kept_until(None, "component", years) is None  # still open
    assert anonymised_after(ended, {"supplement"}, years) == dt.datetime(2031, 3, 2, tzinfo=UTC)
    assert anonymised_after(ended, {"component", "result"}, years) is None
    assert anonymised_after(ended, set(), {"component": 0, "supplement": 0, "result": 0}) is None
