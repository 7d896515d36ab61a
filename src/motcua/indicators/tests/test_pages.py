"""The dashboard, its Excel export and the public transparency page, through HTTP."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook

from motcua.accounts.models import Role, User
from motcua.clock.services import province_calendar
from motcua.dossiers.services import Applicant, dossier_create
from motcua.dossiers.tests.helpers import approved, received, with_result
from motcua.indicators.aggregates import figures_catch_up_all
from motcua.indicators.charts import percent
from motcua.indicators.report import indicator_report
from motcua.indicators.views import _months_back, _today
from motcua.testing.cast import BIRTH, Cast

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
    figures_catch_up_all()  # what the worker does within seconds
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
    response = client_for(cast.province_leader).get("/bang-dieu-khien?tu=2025-13-01&den=2025-01-31")
    assert response.status_code == 400
    assert "from" in response.content.decode()
    response = client_for(cast.province_leader).get("/bang-dieu-khien?tu=2025-02-01&den=2025-01-31")
    assert response.status_code == 400


# --- the numbers --------------------------------------------------------------------------------


def row(page: str, indicator: str) -> str:
    found = re.search(rf'<tr data-indicator="{indicator}">(.*?)</tr>', page)
    assert found, indicator
    return found.group(1)


def test_the_scorecard_shows_the_report(province: Cast) -> None:
    first, last, query = period()
    page = html(client_for(province.province_leader).get(f"/bang-dieu-khien{query}"))
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
    assert received_count == 3 and f'<dd data-figure="received">{received_count} ' in page


def test_the_ranking_lists_agencies_by_on_time_rate(province: Cast) -> None:
    first, last, query = period()
    page = html(client_for(province.admin).get(f"/bang-dieu-khien{query}"))
    expected = indicator_report(first=first, last=last, group_by="agency")
    codes = re.findall(r'<tr data-key="([^"]+)">', page.split('id="h-ranking"')[1])
    assert codes and set(codes) == set(expected["by_agency"])
    rates = [expected["by_agency"][c]["indicators"]["on_time_rate"]["value"] for c in codes]
    known = [r for r in rates if r is not None]
    assert known == sorted(known, reverse=True)


def test_the_trend_has_one_bar_and_one_row_per_month(province: Cast) -> None:
    page = html(client_for(province.province_leader).get("/bang-dieu-khien"))
    svg = page.split('aria-labelledby="chart-received"')[1].split("</svg>")[0]
    assert svg.count('<rect class="bar"') == 12
    assert '<title id="chart-received">' in page  # the chart's accessible name
    this_month = _today().strftime("%Y-%m")
    assert f'<th scope="row">{this_month}</th><td data-label="Hồ sơ tiếp nhận">3</td>' in page
    assert 'id="h-urgent"' in page  # drill down to the overdue and due-soon dossiers
    assert "/bang-dieu-khien/quy-trinh" in page  # and to the process view


def test_the_workbook_holds_the_scorecard_and_the_agencies(province: Cast) -> None:
    first, last, query = period()
    response = client_for(province.province_leader).get(f"/bang-dieu-khien.xlsx{query}")
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


# --- the breakdown and the main figures ---------------------------------------------------------


def commune_dossier(cast: Cast) -> None:
    """A birth registration received at the commune centre: another agency, unit, field."""
    dossier_create(
        actor=cast.commune_desk,
        procedure_code=BIRTH,
        channel=1,
        applicant=Applicant(name="Phạm Thị Lan"),
        competent=cast.commune_committee,
    )


def breakdown(page: str) -> dict[str, str]:
    section = page.split('id="h-ranking"')[1].split("</section>")[0]
    rows = re.findall(
        r'<tr data-key="([^"]+)"><td data-label="#">\d+</td><th scope="row">(.*?)</th>', section
    )
    return {key: re.sub(r"<[^>]+>", "", name) for key, name in rows}


@pytest.mark.parametrize("by", ["agency", "commune", "field", "procedure", "officer"])
def test_the_breakdown_follows_the_choice(province: Cast, by: str) -> None:
    commune_dossier(province)
    first, last, query = period()
    page = html(client_for(province.admin).get(f"/bang-dieu-khien{query}&theo={by}"))
    expected = indicator_report(first=first, last=last, group_by=by)

    shown = breakdown(page)
    assert len(shown) >= 2 and set(shown) == set(expected[f"by_{by}"])
    assert shown == {key: expected["names"][key] for key in shown}
    assert f'<option value="{by}" selected>' in page
    if by != "agency":  # the period form keeps the choice
        assert f'<input type="hidden" name="theo" value="{by}">' in page


def test_an_unknown_breakdown_is_refused(cast: Cast) -> None:
    for path in ("/bang-dieu-khien", "/bang-dieu-khien.xlsx"):
        response = client_for(cast.province_leader).get(f"{path}?theo=month")
        assert response.status_code == 400 and "“theo”" in response.content.decode()


def test_the_main_figures(province: Cast) -> None:
    commune_dossier(province)
    first, last, query = period()
    page = html(client_for(province.admin).get(f"/bang-dieu-khien{query}"))
    figures = indicator_report(first=first, last=last)["figures"]

    for key in ("received", "processed", "overdue", "new_accounts"):
        assert f'<dd data-figure="{key}">{figures[key]}' in page, key
    assert figures["received"] >= 3
    online = f"trong đó {figures['online_received']} trực tuyến"
    assert online in page.split('data-figure="received"')[1].split("</dd>")[0]
    levels = figures["procedures_by_level"]
    assert (
        f"{levels['full']} toàn trình, {levels['partial']} một phần, "
        f"{levels['none']} chưa trực tuyến"
    ) in page
    # citizens' new accounts are the province's: not shown for one agency
    one = html(
        client_for(province.admin).get(
            f"/bang-dieu-khien{query}&co-quan={province.department.code}"
        )
    )
    assert 'data-figure="new_accounts"' not in one and 'data-figure="overdue"' in one


# --- bounded queries ----------------------------------------------------------------------------


def report_queries(**kwargs: Any) -> int:
    """What one `indicator_report` costs (records.py's to pin; the pages add theirs to it)."""
    with CaptureQueriesContext(connection) as ctx:
        indicator_report(**kwargs)
    return len(ctx.captured_queries)


def test_the_dashboard_runs_a_fixed_number_of_queries(
    province: Cast, django_assert_num_queries: Any
) -> None:
    client = client_for(province.admin)
    province_calendar()  # cached per process: not part of the page's cost
    html(client.get("/bang-dieu-khien"))
    first, today, _query = period()
    reports = report_queries(first=first, last=today, group_by="agency") + report_queries(
        first=_months_back(today), last=today, group_by="month"
    )
    with django_assert_num_queries(DASHBOARD_QUERIES + reports):
        html(client.get("/bang-dieu-khien"))
    for _ in range(3):
        with_result(province, approved(province))
    late = received(province, at=timezone.now() - dt.timedelta(days=30))
    assert late.due_at is not None and late.due_at < timezone.now()
    with django_assert_num_queries(DASHBOARD_QUERIES + reports):
        html(client.get("/bang-dieu-khien"))


def test_the_public_page_runs_a_fixed_number_of_queries(
    province: Cast, django_assert_num_queries: Any
) -> None:
    province_calendar()
    today = _today()
    reports = report_queries(first=_months_back(today), last=today, group_by="agency")
    reports += report_queries(first=_months_back(today), last=today, group_by="month")
    with django_assert_num_queries(PUBLIC_QUERIES + reports):
        html(client_for(None).get("/minh-bach"))


# session + user, the agencies' names, the overdue list and the due-soon list (one query each,
# its length beside each row), besides the two reports (the period by agency, 12 months by month)
DASHBOARD_QUERIES = 5
# the agencies' names, besides two reports
PUBLIC_QUERIES = 1
