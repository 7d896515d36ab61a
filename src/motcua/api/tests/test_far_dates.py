"""Dates far from any dossier (year 1, year 9999) are refused naming the field, not a 500 from a
date leaving its range in a time-zone conversion (both found by test_fuzz)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("start", ["0001-01-01T00:00", "9999-12-31T12:00", "1899-12-31T08:00"])
def test_the_due_date_calculator(db, client, start):
    answer = client.get("/api/v1/calendar/due", {"from": start, "days": "5"})
    assert answer.status_code == 400
    assert answer.json()["code"] == "date_out_of_range" and answer.json()["field"] == "from"


def test_the_due_date_calculator_takes_the_last_supported_year(db, client):
    answer = client.get("/api/v1/calendar/due", {"from": "2199-12-31T08:00", "days": "3650"})
    assert answer.status_code == 200 and answer.json()["due_at"].startswith("22")


@pytest.mark.parametrize(
    ("first", "last", "field"),
    [("0001-01-01", "0001-01-01", "from"), ("2025-01-01", "9999-12-31", "to")],
)
def test_the_indicators(cast, api_as, first, last, field):
    answer = api_as(cast.admin).get("/indicators", **{"from": first, "to": last})
    assert answer.status_code == 400
    assert answer.json()["code"] == "date_out_of_range" and answer.json()["field"] == field
