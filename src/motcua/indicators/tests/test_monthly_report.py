"""The monthly report as PDF, through HTTP, on a small September and October 2026 built through
the real services."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from pypdf import PdfReader

from motcua.accounts.models import User
from motcua.clock import VN_TZ
from motcua.clock.services import province_calendar
from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import received, with_result
from motcua.indicators.aggregates import figures_catch_up_all
from motcua.indicators.report import indicator_report
from motcua.indicators.views import _today
from motcua.testing.cast import Cast

pytestmark = pytest.mark.django_db

URL = "/bang-dieu-khien/bao-cao-thang.pdf"
A4 = (595.3, 841.9)  # points: 210 × 297 mm
OCTOBER = dt.date(2026, 10, 1), dt.date(2026, 10, 31)


def at(month: int, day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=VN_TZ)


def returned_next_day(cast: Cast, month: int, day: int) -> None:
    """A permit dossier received on a Monday at 09:00 and returned with its result on Tuesday."""
    done = received(cast, at=at(month, day, 9))
    for action, actor, hour in (("forward", cast.desk, 10), ("forward", cast.officer, 11)):
        dossier_act(code=done.code, action=action, actor=actor, at=at(month, day, hour))
    dossier_act(code=done.code, action="approve", actor=cast.leader, at=at(month, day, 14))
    with_result(cast, done)
    dossier_act(code=done.code, action="finish", actor=cast.leader, at=at(month, day + 1, 10))
    dossier_act(code=done.code, action="return", actor=cast.desk, at=at(month, day + 1, 11))


@pytest.fixture
def autumn(cast: Cast) -> Cast:
    """September: one dossier returned on time, one left open (late by the 30th): 1/2 on time.
    October: one returned on time, one withdrawn, one left open (late by the 31st): 2/3."""
    returned_next_day(cast, 9, 7)
    received(cast, at=at(9, 7, 9))
    returned_next_day(cast, 10, 5)
    withdrawn = received(cast, at=at(10, 5, 9))
    dossier_act(
        code=withdrawn.code, action="withdraw", actor=cast.desk, note="Đổi ý", at=at(10, 6, 9)
    )
    received(cast, at=at(10, 5, 9))
    figures_catch_up_all()  # what the worker does within seconds
    return cast


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def fetch(client: Client, query: str = "") -> tuple[PdfReader, str]:
    response = client.get(URL + query)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return reader, text


# --- what it says --------------------------------------------------------------------------------


def test_the_report_prints_the_months_figures(autumn: Cast) -> None:
    reader, text = fetch(client_for(autumn.province_leader), "?thang=2026-10")

    expected = indicator_report(first=OCTOBER[0], last=OCTOBER[1], group_by="agency")
    assert expected["indicators"]["on_time_rate"] == {
        "numerator": 2,
        "denominator": 3,
        "value": 2 / 3,
    }
    assert expected["indicators"]["sync_rate"]["denominator"] == 3  # received
    assert "BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 10/2026" in text
    assert "UBND TỈNH SƠN HÀ" in text and "Toàn tỉnh – Tỉnh Sơn Hà" in text
    assert "Kỳ báo cáo: từ ngày 01/10/2026 đến ngày 31/10/2026" in text
    assert "Hồ sơ tiếp nhận 3" in text
    assert "Tỷ lệ hồ sơ giải quyết đúng hạn 66,7% 2/3" in text
    for name in ("Công khai, minh bạch", "Tiến độ giải quyết", "Dịch vụ trực tuyến"):
        assert name in text
    assert "Số hóa hồ sơ" in text and "Mức độ hài lòng" in text
    for size in (page.mediabox for page in reader.pages):
        assert abs(float(size.width) - A4[0]) < 1 and abs(float(size.height) - A4[1]) < 1
    pages = len(reader.pages)
    assert f"Trang 1/{pages}" in text and "Lập lúc" in text


def test_each_indicator_shows_its_value_and_fraction(autumn: Cast) -> None:
    _, text = fetch(client_for(autumn.province_leader), "?thang=2026-10")
    expected = indicator_report(first=OCTOBER[0], last=OCTOBER[1])

    scorecard = text.split("II. Bộ chỉ số phục vụ")[1].split("III. So sánh")[0]
    for rate in expected["indicators"].values():
        value = rate["value"]
        shown = "không áp dụng" if value is None else f"{value * 100:.1f}%".replace(".", ",")
        assert f"{shown} {rate['numerator']}/{rate['denominator']}" in scorecard, rate


def test_the_change_from_the_previous_month_is_in_percentage_points(autumn: Cast) -> None:
    _, text = fetch(client_for(autumn.province_leader), "?thang=2026-10")

    comparison = text.split("III. So sánh với tháng trước (09/2026)")[1].split("IV.")[0]
    # On time: 2/3 in October, 1/2 in September: +16,7 percentage points.
    assert "Tỷ lệ hồ sơ giải quyết đúng hạn 66,7% 50,0% +16,7 điểm %" in comparison
    assert "Hồ sơ tiếp nhận 3 2 +1" in comparison


def test_the_ranking_and_the_twelve_months(autumn: Cast) -> None:
    _, text = fetch(client_for(autumn.admin), "?thang=2026-10")

    ranking = text.split("V. Xếp hạng cơ quan theo tỷ lệ đúng hạn")[1]
    assert "1 Sở Xây dựng 3 66,7% (2/3)" in ranking
    volume = text.split("IV. Số hồ sơ tiếp nhận 12 tháng đến tháng 10/2026")[1].split("V.")[0]
    assert "11/2025" in volume and "10/2026" in volume and "12/2025" in volume
    assert "Hồ sơ tiếp nhận 0 0 0 0 0 0 0 0 0 0 2 3" in volume


def test_an_empty_month_is_not_applicable_not_zero(autumn: Cast) -> None:
    _, text = fetch(client_for(autumn.province_leader), "?thang=2026-06")

    assert "Tỷ lệ hồ sơ giải quyết đúng hạn không áp dụng 0/0" in text
    assert "Thời gian giải quyết trung bình không áp dụng" in text
    assert "Chưa có hồ sơ trong kỳ." in text


def test_in_english(autumn: Cast) -> None:
    client = client_for(autumn.province_leader)
    _, text = fetch(client, "?thang=2026-10&lang=en")

    assert "REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURES, MONTH 10/2026" in text
    assert "SOCIALIST REPUBLIC OF VIETNAM" in text
    assert "Reporting period: from 01/10/2026 to 31/10/2026" in text
    assert "Dossiers handled on time 66.7% 2/3" in text
    assert "Dossiers handled on time 66.7% 50.0% +16.7 pp" in text
    assert "Page 1/" in text and "Generated at" in text
    assert "Tháng" not in text and "Kỳ báo cáo" not in text and "điểm" not in text
    assert "ngày" not in text
    _, empty = fetch(client, "?thang=2026-06&lang=en")
    assert "Dossiers handled on time not applicable 0/0" in empty
    assert "không áp dụng" not in empty


def test_the_default_is_the_previous_full_month(autumn: Cast) -> None:
    response = client_for(autumn.province_leader).get(URL)
    today = _today()
    previous = (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    assert response.status_code == 200
    assert f'filename="bao-cao-thang-{previous}.pdf"' in response["Content-Disposition"]


# --- who gets which report ---------------------------------------------------------------------


def test_a_citizen_is_refused_like_on_the_dashboard(autumn: Cast) -> None:
    response = client_for(autumn.citizen).get(URL)
    assert response.status_code == 403
    assert "Hồ sơ của tôi" in response.content.decode()


def test_anonymous_is_sent_to_log_in(autumn: Cast) -> None:
    response = Client().get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/dang-nhap?next=")


def test_a_desk_officer_gets_their_own_agency_whatever_they_ask(autumn: Cast) -> None:
    other = autumn.other_department.code
    response = client_for(autumn.desk).get(f"{URL}?thang=2026-10&co-quan={other}")
    assert response.status_code == 200
    assert autumn.centre.code in response["Content-Disposition"]
    _, text = fetch(client_for(autumn.desk), f"?thang=2026-10&co-quan={other}")

    assert "TRUNG TÂM PVHCC TỈNH" in text and "Sở Tư pháp" not in text
    assert "Hồ sơ tiếp nhận 3" in text  # received by the centre, decided by the department
    assert "Xếp hạng cơ quan" not in text  # no ranking in an agency's report


def test_a_leader_may_choose_an_agency(autumn: Cast) -> None:
    other = autumn.other_department.code
    _, text = fetch(client_for(autumn.province_leader), f"?thang=2026-10&co-quan={other}")
    assert "SỞ TƯ PHÁP" in text and "Hồ sơ tiếp nhận 0" in text


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize("month", ["2026-13", "abc", "2026-1", "2026-00", "0000-05", "2026-10x"])
def test_a_bad_month_is_a_400_naming_it(cast: Cast, month: str) -> None:
    response = client_for(cast.province_leader).get(URL, {"thang": month})
    assert response.status_code == 400
    page = response.content.decode()
    assert "thang" in page and "YYYY-MM" in page


def test_a_month_not_begun_is_refused(cast: Cast) -> None:
    response = client_for(cast.province_leader).get(URL, {"thang": "2999-01"})
    assert response.status_code == 400 and "chưa bắt đầu" in response.content.decode()


def test_an_unknown_agency_is_named(cast: Cast) -> None:
    response = client_for(cast.province_leader).get(
        URL, {"thang": "2026-10", "co-quan": "000.99.99.H99"}
    )
    assert response.status_code == 400 and "000.99.99.H99" in response.content.decode()


# --- bounded queries ----------------------------------------------------------------------------


def test_a_fixed_number_of_queries(autumn: Cast, django_assert_num_queries: Any) -> None:
    client = client_for(autumn.admin)
    province_calendar()  # cached per process: not part of the report's cost
    with django_assert_num_queries(REPORT_QUERIES):
        fetch(client, "?thang=2026-10")
    for day in (12, 19):
        returned_next_day(autumn, 10, day)
    figures_catch_up_all()
    with django_assert_num_queries(REPORT_QUERIES):
        fetch(client, "?thang=2026-10")


# session + user; the month's report by agency: procedure levels, weights, procedures with online
# dossiers, open dossiers (one query on PostgreSQL, two elsewhere), the stored figures, new
# accounts, the agencies' names; the 12 months' by month: procedure levels, weights, procedures
# with online dossiers, open dossiers of the whole period (1 or 2), the stored figures per day,
# new accounts, and the open dossiers of the months (2); the agencies for the heading (1).
OPEN_PART = 1 if connection.vendor == "postgresql" else 2
REPORT_QUERIES = 2 + (6 + OPEN_PART) + (7 + OPEN_PART) + 1
