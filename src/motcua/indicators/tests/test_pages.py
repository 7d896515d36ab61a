"""The dashboard, its Excel export and the public transparency page, through HTTP."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest
from django.test import Client
from openpyxl import load_workbook

from motcua.accounts.models import Role, User
from motcua.clock.services import province_calendar
from motcua.dossiers.tests.helpers import approved, received, with_result
from motcua.indicators.charts import percent
from motcua.indicators.records import indicator_report
from motcua.indicators.views import _today
from motcua.testing.cast import Cast

pytestmark = pytest.mark.django_db


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def auditor() -> User:
    return User.objects.create_user(username="auditor", password="pw", role=Role.AUDITOR)


@pytest.fixture
def province(cast: Cast) -> Cast:
    """Three dossiers received today at the provincial centre: one approved with its result."""
    received(cast)
    received(cast)
    with_result(cast, approved(cast))
    return cast


def period() -> tuple[dt.date, dt.date, str]:
    today = _today()
    first = today.replace(day=1)
    return first, today, f"?tu={first.isoformat()}&den={today.isoformat()}"


def html(response: Any) -> str:
    assert response.status_code == 200
    text: str = response.content.decode()
    return text


# --- who may see what -------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/bang-dieu-khien", "/bang-dieu-khien.xlsx"])
def test_anonymous_is_sent_to_log_in(cast: Cast, path: str) -> None:
    response = client_for(None).get(path)
    assert response.status_code == 302 and response["Location"].startswith("/dang-nhap?next=")


@pytest.mark.parametrize("path", ["/bang-dieu-khien", "/bang-dieu-khien.xlsx"])
def test_a_citizen_is_refused(cast: Cast, path: str) -> None:
    response = client_for(cast.citizen).get(path)
    assert response.status_code == 403


@pytest.mark.parametrize("who", ["leader", "admin", "desk", "officer"])
def test_officers_leaders_and_admins_see_the_dashboard(cast: Cast, who: str) -> None:
    page = html(client_for(getattr(cast, who)).get("/bang-dieu-khien"))
    assert "Bảng điều khiển chỉ số phục vụ" in page


def test_an_auditor_sees_the_dashboard(cast: Cast) -> None:
    assert "Bộ chỉ số phục vụ" in html(client_for(auditor()).get("/bang-dieu-khien"))


def test_desk_officers_see_only_their_agency(province: Cast) -> None:
    first, last, query = period()
    other = province.other_department.code
    page = html(client_for(province.desk).get(f"/bang-dieu-khien{query}&co-quan={other}"))
    assert province.centre.name in page.split("<h1>")[1].split("</p>")[0]
    assert 'name="co-quan"' not in page  # no agency choice for them
    expected = indicator_report(first=first, last=last, agency=province.centre)
    rate = expected["indicators"]["on_time_rate"]
    assert f"{rate['numerator']}/{rate['denominator']}" in row(page, "on_time_rate")


def test_the_public_page_needs_no_login(province: Cast) -> None:
    page = html(client_for(None).get("/minh-bach"))
    assert "Minh bạch kết quả giải quyết thủ tục hành chính" in page


def test_a_bad_period_names_the_field(cast: Cast) -> None:
    response = client_for(cast.leader).get("/bang-dieu-khien?tu=2025-13-01&den=2025-01-31")
    assert response.status_code == 400
    assert "from" in response.content.decode()
    response = client_for(cast.leader).get("/bang-dieu-khien?tu=2025-02-01&den=2025-01-31")
    assert response.status_code == 400


# --- the numbers --------------------------------------------------------------------------------


def row(page: str, indicator: str) -> str:
    found = re.search(rf'<tr data-indicator="{indicator}">(.*?)</tr>', page)
    assert found, indicator
    return found.group(1)


def test_the_scorecard_shows_the_report(province: Cast) -> None:
    first, last, query = period()
    page = html(client_for(province.leader).get(f"/bang-dieu-khien{query}"))
    expected = indicator_report(first=first, last=last, group_by="agency")

    for name, rate in expected["indicators"].items():
        shown = row(page, name)
        value = "không áp dụng" if rate["value"] is None else percent(rate["value"])
        assert f">{value}<" in shown, (name, shown)
        assert f"{rate['numerator']}/{rate['denominator']}" in shown, name
    for group in expected["groups"].values():
        assert f"/{group['max_points']} điểm" in page
    assert [g["max_points"] for g in expected["groups"].values()] == [18, 20, 22, 22, 18]
    received_count = expected["indicators"]["sync_rate"]["denominator"]
    assert received_count == 3 and f"<dd>{received_count}</dd>" in page


def test_the_ranking_lists_agencies_by_on_time_rate(province: Cast) -> None:
    first, last, query = period()
    page = html(client_for(province.admin).get(f"/bang-dieu-khien{query}"))
    expected = indicator_report(first=first, last=last, group_by="agency")
    codes = re.findall(r'<tr data-agency="([^"]+)">', page.split('id="h-ranking"')[1])
    assert codes and set(codes) == set(expected["by_agency"])
    rates = [expected["by_agency"][c]["indicators"]["on_time_rate"]["value"] for c in codes]
    known = [r for r in rates if r is not None]
    assert known == sorted(known, reverse=True)


def test_the_trend_has_one_bar_and_one_row_per_month(province: Cast) -> None:
    page = html(client_for(province.leader).get("/bang-dieu-khien"))
    svg = page.split('aria-labelledby="chart-received"')[1].split("</svg>")[0]
    assert svg.count('<rect class="bar"') == 12
    assert '<title id="chart-received">' in page  # the chart's accessible name
    this_month = _today().strftime("%Y-%m")
    assert f'<th scope="row">{this_month}</th><td data-label="Hồ sơ tiếp nhận">3</td>' in page
    assert "/can-bo/#qua-han" in page  # drill down to the overdue dossiers


def test_the_workbook_holds_the_scorecard_and_the_agencies(province: Cast) -> None:
    first, last, query = period()
    response = client_for(province.leader).get(f"/bang-dieu-khien.xlsx{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(response.content))
    expected = indicator_report(first=first, last=last, group_by="agency")

    scores = {r[1]: r[2:5] for r in book["Chỉ số"].iter_rows(min_row=3, values_only=True)}
    on_time = expected["indicators"]["on_time_rate"]
    assert scores["Tỷ lệ hồ sơ giải quyết đúng hạn"] == (
        on_time["value"],
        on_time["numerator"],
        on_time["denominator"],
    )
    agencies = list(book["Cơ quan"].iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in agencies} == set(expected["by_agency"])
    assert sum(r[2] for r in agencies) == expected["indicators"]["sync_rate"]["denominator"]


def test_the_public_page_shows_counts_and_rates_only(province: Cast) -> None:
    page = html(client_for(None).get("/minh-bach"))
    today = _today()
    first = dt.date(today.year - (today.month < 12), (today.month % 12) + 1, 1)
    expected = indicator_report(first=first, last=today, group_by="agency")

    assert "<script" not in page
    assert "Lê Văn Cường" not in page and "0987654321" not in page  # the applicant's
    on_time = expected["indicators"]["on_time_rate"]["value"]
    assert percent(on_time) in page
    svg = page.split('aria-labelledby="chart-received"')[1].split("</svg>")[0]
    assert svg.count('<rect class="bar"') == 12
    assert len(page.encode()) < 30_000


# --- bounded queries ----------------------------------------------------------------------------


def test_the_dashboard_runs_a_fixed_number_of_queries(
    province: Cast, django_assert_num_queries: Any
) -> None:
    client = client_for(province.leader)
    province_calendar()  # cached per process: not part of the page's cost
    html(client.get("/bang-dieu-khien"))
    with django_assert_num_queries(DASHBOARD_QUERIES):
        html(client.get("/bang-dieu-khien"))
    for _ in range(3):
        with_result(province, approved(province))
    with django_assert_num_queries(DASHBOARD_QUERIES):
        html(client.get("/bang-dieu-khien"))


def test_the_public_page_runs_a_fixed_number_of_queries(
    province: Cast, django_assert_num_queries: Any
) -> None:
    province_calendar()
    with django_assert_num_queries(PUBLIC_QUERIES):
        html(client_for(None).get("/minh-bach"))


# session + user, two reports of three queries (dossiers, versions, levels), the agencies' names
DASHBOARD_QUERIES = 9
# two reports of three queries, the agencies' names
PUBLIC_QUERIES = 7
