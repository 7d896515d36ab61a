"""records, the API and the command on a small October 2025 built through the real services."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from motcua.clock import VN_TZ
from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import received, with_result
from motcua.indicators.aggregates import figures_catch_up_all
from motcua.indicators.records import dossier_facts
from motcua.indicators.report import period_bounds
from motcua.testing.cast import Cast

OCTOBER = {"from": "2025-10-01", "to": "2025-10-31"}


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2025, 10, day, hour, tzinfo=VN_TZ)


@pytest.fixture
def october(cast: Cast) -> Cast:
    """Three permit dossiers received 6 October: one returned with its result next day, one
    withdrawn, one left open (due mid-October, so late at the period's end)."""
    done = received(cast, at=at(6, 9))
    for action, actor, hour in (("forward", cast.desk, 10), ("forward", cast.officer, 11)):
        dossier_act(code=done.code, action=action, actor=actor, at=at(6, hour))
    dossier_act(code=done.code, action="approve", actor=cast.leader, at=at(6, 14))
    with_result(cast, done)
    dossier_act(code=done.code, action="finish", actor=cast.leader, at=at(7, 10))
    dossier_act(code=done.code, action="return", actor=cast.desk, at=at(7, 11))
    withdrawn = received(cast, at=at(6, 9))
    dossier_act(code=withdrawn.code, action="withdraw", actor=cast.desk, note="Đổi ý", at=at(7, 9))
    received(cast, at=at(6, 9))
    figures_catch_up_all()  # what the worker does within seconds
    return cast


def test_dossier_facts_in_two_queries(october: Cast, django_assert_max_num_queries) -> None:
    start, end = period_bounds(dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    with django_assert_max_num_queries(2):  # 1 when the versions were seen before
        facts = dossier_facts(start=start, end=end, agency=october.centre)
    assert len(facts) == 3
    assert [d.has_result_file for d in facts] == [True, False, False]
    assert all(d.result_required and not d.synced and d.fee_total == 75000 for d in facts)
    assert facts[0].agency_code == october.department.code
    assert dossier_facts(start=start, end=end, agency=october.commune_centre) == []
    before = period_bounds(dt.date(2025, 9, 1), dt.date(2025, 9, 30))
    assert dossier_facts(start=before[0], end=before[1]) == []


def test_api_reports_every_indicator(october: Cast, api_as) -> None:
    response = api_as(october.province_leader).get("/indicators", **OCTOBER)
    assert response.status_code == 200, response.content
    body = response.json()
    rates = body["indicators"]
    assert rates["on_time_rate"] == {"numerator": 2, "denominator": 3, "value": 2 / 3}
    assert rates["e_result_rate"] == {"numerator": 1, "denominator": 1, "value": 1.0}
    assert rates["online_payment_rate"]["value"] == 0.0
    assert rates["sync_rate"] == {"numerator": 0, "denominator": 3, "value": 0.0}
    assert rates["procedures_online"] == {"numerator": 2, "denominator": 2, "value": 1.0}
    assert body["average_processing_working_days"] is not None
    assert body["groups"]["progress"] == {"points": round(20 * 2 / 3, 2), "max_points": 20}


def test_api_groups_by_agency_and_month(october: Cast, api_as) -> None:
    client = api_as(october.admin)
    by_agency = client.get("/indicators", group_by="agency", **OCTOBER).json()
    assert list(by_agency["by_agency"]) == [october.department.code]
    by_month = client.get(
        "/indicators", group_by="month", **{"from": "2025-09-15", "to": "2025-10-31"}
    ).json()
    assert list(by_month["by_month"]) == ["2025-09", "2025-10"]
    assert by_month["by_month"]["2025-09"]["indicators"]["on_time_rate"]["value"] is None
    scoped = client.get("/indicators", agency=october.commune_centre.code, **OCTOBER).json()
    assert scoped["indicators"]["on_time_rate"]["denominator"] == 0


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"from": "2025-13-01", "to": "2025-10-31"}, "from"),
        ({"from": "2025-10-01", "to": "31/10/2025"}, "to"),
        ({"from": "2025-11-01", "to": "2025-10-31"}, "from"),
        ({**OCTOBER, "agency": "000.00.77.H99"}, "agency"),
        ({**OCTOBER, "group_by": "week"}, "group_by"),
    ],
)
def test_api_bad_input_names_the_field(cast: Cast, api_as, params: dict, field: str) -> None:
    response = api_as(cast.admin).get("/indicators", **params)
    assert response.status_code == 400
    assert response.json()["field"] == field


def test_api_missing_date_is_422(cast: Cast, api_as) -> None:
    response = api_as(cast.officer).get("/indicators", to="2025-10-31")
    assert response.status_code == 422
    assert response.json()["field"] == "from"


def test_api_desk_and_specialists_read_their_own_agency_only(october: Cast, api_as) -> None:
    """As on the dashboard: their agency by default, another one refused (not silently swapped)."""
    officer = api_as(october.officer)
    own = officer.get("/indicators", **OCTOBER)
    assert own.status_code == 200, own.content
    assert own.json()["agency"] == october.department.code
    assert own.json()["indicators"]["on_time_rate"]["denominator"] == 3
    assert officer.get("/indicators", agency=october.department.code, **OCTOBER).status_code == 200
    other = officer.get("/indicators", agency=october.commune_centre.code, **OCTOBER)
    assert other.status_code == 403
    assert other.json()["code"] == "indicators_agency_forbidden"
    desk = api_as(october.commune_desk).get("/indicators", **OCTOBER).json()
    assert desk["agency"] == october.commune_desk.agency.code
    assert desk["indicators"]["on_time_rate"]["denominator"] == 0
    centre = october.commune_centre.code
    leader = api_as(october.province_leader).get("/indicators", agency=centre, **OCTOBER)
    assert leader.status_code == 200 and leader.json()["agency"] == centre


def test_api_forbidden_to_citizens_and_anonymous(cast: Cast, api_as) -> None:
    assert api_as(cast.citizen).get("/indicators", **OCTOBER).status_code == 403
    assert api_as(None).get("/indicators", **OCTOBER).status_code == 401


def _run(*args: str) -> str:
    out = StringIO()
    call_command("indicators", *args, stdout=out)
    return out.getvalue()


def test_command_table_and_json(october: Cast) -> None:
    table = _run("--from", "2025-10-01", "--to", "2025-10-31")
    assert "Tỷ lệ hồ sơ giải quyết đúng hạn" in table and "66.7%" in table
    assert "Tỷ lệ đồng bộ hồ sơ lên Cổng DVCQG" in table and "0.0%" in table
    empty = _run("--from", "2025-09-01", "--to", "2025-09-30", "--agency", october.centre.code)
    assert "không áp dụng" in empty
    report = json.loads(_run("--from", "2025-10-01", "--to", "2025-10-31", "--format", "json"))
    assert report["indicators"]["on_time_rate"]["numerator"] == 2
    by_month = _run("--from", "2025-10-01", "--to", "2025-10-31", "--group-by", "month")
    assert "2025-10" in by_month


def test_command_bad_input(cast: Cast) -> None:
    with pytest.raises(CommandError, match="--from"):
        _run("--from", "2025-10-32", "--to", "2025-10-31")
    with pytest.raises(CommandError, match="--agency"):
        _run("--from", "2025-10-01", "--to", "2025-10-31", "--agency", "nope")
    with pytest.raises(CommandError, match="--from"):
        _run("--to", "2025-10-31")
    with pytest.raises(CommandError, match="--to"):
        _run("--from", "2015-01-01", "--to", "2025-10-31")  # more than ten years


def test_command_groups_and_rebuild(october: Cast) -> None:
    by_field = _run("--from", "2025-10-01", "--to", "2025-10-31", "--group-by", "field")
    assert "XAYDUNG Xây dựng" in by_field
    before = _run("--from", "2025-10-01", "--to", "2025-10-31", "--format", "json")
    rebuilt = _run("--rebuild")
    assert rebuilt.startswith("Đã tính lại số liệu của 3 hồ sơ")
    assert _run("--from", "2025-10-01", "--to", "2025-10-31", "--format", "json") == before


def test_api_groups_by_officer(october: Cast, api_as) -> None:
    response = api_as(october.province_leader).get("/indicators", **OCTOBER, group_by="officer")
    assert response.status_code == 200, response.content
    body = response.json()
    assert set(body["by_officer"]) == {october.desk.username}
    assert body["names"][october.desk.username] == october.desk.display_name()
    assert body["by_officer"][october.desk.username]["figures"]["received"] == 3
    bad = api_as(october.province_leader).get("/indicators", **OCTOBER, group_by="weekday")
    assert bad.status_code == 400 and bad.json()["field"] == "group_by"
