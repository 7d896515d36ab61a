"""The dashboard's overdue and due-soon dossiers: the section, the full list, who sees what, the
refusals, and the queries each costs."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from motcua.accounts.models import Role, User
from motcua.clock.services import province_calendar
from motcua.desk.selectors import urgency_bounds
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import approved, received, with_result
from motcua.indicators.selectors import (
    PAGE_SIZE,
    SHOWN,
    dossiers_due_soon,
    dossiers_overdue,
    urgent_list,
    urgent_summary,
)
from motcua.testing.cast import BIRTH, Cast

pytestmark = pytest.mark.django_db


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def html(response: Any) -> str:
    assert response.status_code == 200, response.content.decode()[:500]
    text: str = response.content.decode()
    return text


def overdue(cast: Cast) -> Dossier:
    """Received a month ago at the provincial centre, for the department: long past due."""
    dossier = received(cast, at=timezone.now() - dt.timedelta(days=30))
    assert dossier.due_at is not None and dossier.due_at < timezone.now()
    return dossier


def due_soon(cast: Cast, *, hours: int = 1) -> Dossier:
    """Received today, its appointment moved to `hours` from now (as an extension would)."""
    dossier = received(cast)
    Dossier.objects.filter(pk=dossier.pk).update(due_at=timezone.now() + dt.timedelta(hours=hours))
    return Dossier.objects.get(pk=dossier.pk)


def commune_overdue(cast: Cast) -> Dossier:
    """A birth registration of the commune, a month old: the department's staff may not see it."""
    return dossier_create(
        actor=cast.commune_desk,
        procedure_code=BIRTH,
        channel=1,
        applicant=Applicant(name="Phạm Thị Lan", phone="0911222333"),
        competent=cast.commune_committee,
        at=timezone.now() - dt.timedelta(days=30),
    )


def codes(page: str, kind: str) -> list[str]:
    if f'id="bang-{kind}"' not in page:
        return []
    table = page.split(f'id="bang-{kind}"')[1].split("</table>")[0]
    return re.findall(r'<tr data-code="([^"]+)">', table)


def count_of(page: str, kind: str) -> int:
    found = re.search(rf'id="h-{kind}">[^<]*<span class="[^"]*" data-count="(\d+)"', page)
    assert found, kind
    return int(found.group(1))


# --- what the lists hold ------------------------------------------------------------------------


def test_overdue_means_open_not_paused_and_past_due(cast: Cast) -> None:
    late = overdue(cast)
    paused = overdue(cast)
    dossier_act(code=paused.code, action="request_supplement", actor=cast.desk, note="Thiếu")
    ended = overdue(cast)
    dossier_act(code=ended.code, action="refuse", actor=cast.desk, note="Không đủ điều kiện")
    soon, fresh = due_soon(cast), received(cast)
    now = timezone.now()

    found = list(dossiers_overdue(cast.department, now, user=cast.admin))
    assert found == [late]
    assert list(dossiers_due_soon(cast.department, now, user=cast.admin)) == [soon]
    assert fresh.due_at is not None and fresh.due_at >= urgency_bounds(now).end_of_soon


def test_due_soon_is_due_today_or_within_two_working_days_the_soonest_first(cast: Cast) -> None:
    later, sooner = due_soon(cast, hours=20), due_soon(cast, hours=2)
    beyond = due_soon(cast, hours=24 * 20)  # even Tết leaves 3 working days in 20 days
    bounds = urgency_bounds(timezone.now(), province_calendar())
    assert beyond.due_at is not None and beyond.due_at >= bounds.end_of_soon

    found = list(dossiers_due_soon(None, timezone.now(), user=cast.admin))
    assert found == [sooner, later]


def test_the_agency_is_the_competent_or_receiving_one(cast: Cast) -> None:
    mine = overdue(cast)  # received by the centre, for the department
    commune = commune_overdue(cast)
    now = timezone.now()

    def of(agency: Any) -> set[str]:
        return {d.code for d in dossiers_overdue(agency, now, user=cast.admin)}

    assert of(cast.department) == {mine.code}  # competent
    assert of(cast.centre) == {mine.code}  # received it
    assert of(cast.other_department) == set()
    assert of(cast.commune_committee) == {commune.code}
    assert of(None) == {mine.code, commune.code}


def test_only_what_the_user_may_see(cast: Cast) -> None:
    mine, commune = overdue(cast), commune_overdue(cast)
    now = timezone.now()
    assert {d.code for d in dossiers_overdue(None, now, user=cast.leader)} == {mine.code}
    assert {d.code for d in dossiers_overdue(None, now, user=cast.other_officer)} == set()
    assert {d.code for d in dossiers_overdue(None, now, user=cast.commune_desk)} == {commune.code}


def test_rows_say_how_late_and_where_the_dossier_is(cast: Cast) -> None:
    late = overdue(cast)
    soon = due_soon(cast, hours=1)
    now = timezone.now()
    lists = {u.kind: u for u in urgent_summary(None, now, user=cast.admin)}

    (row,) = lists["qua-han"].rows
    assert (row.code, row.badge, row.holder) == (late.code, "late", cast.centre.name)
    assert row.step_name == "Tiếp nhận hồ sơ" and row.competent == cast.department.name
    assert row.working_days > 5  # a month late, in working days
    (row,) = lists["sap-den-han"].rows
    assert row.code == soon.code and row.badge in ("today", "soon")
    assert 0 <= row.working_days <= 0.2  # an hour left at most


# --- the dashboard section ----------------------------------------------------------------------


def test_the_dashboard_shows_the_count_and_the_most_urgent_ten(cast: Cast) -> None:
    dossiers = [overdue(cast) for _ in range(SHOWN + 2)]
    soon = due_soon(cast)
    page = html(client_for(cast.leader).get("/bang-dieu-khien"))

    assert count_of(page, "qua-han") == SHOWN + 2 and count_of(page, "sap-den-han") == 1
    most_overdue = sorted(dossiers, key=lambda d: (d.due_at, d.pk))[:SHOWN]
    assert codes(page, "qua-han") == [d.code for d in most_overdue]
    assert codes(page, "sap-den-han") == [soon.code]
    assert f'href="/can-bo/ho-so/{dossiers[0].code}"' in page
    assert 'href="/bang-dieu-khien/ho-so?loai=qua-han"' in page
    assert "Chỉ gồm hồ sơ bạn được xem." not in page  # a department's leader: their agency


def test_a_province_leader_lists_only_the_dossiers_they_may_see(cast: Cast) -> None:
    overdue(cast)
    commune_overdue(cast)
    page = html(client_for(cast.province_leader).get("/bang-dieu-khien"))
    # both are other agencies' dossiers: the figures are the province's, the lists are not
    assert count_of(page, "qua-han") == 0 and codes(page, "qua-han") == []
    assert "Chỉ gồm hồ sơ bạn được xem." in page


def test_the_dashboard_section_follows_the_chosen_agency(cast: Cast) -> None:
    overdue(cast)
    commune_overdue(cast)
    client = client_for(cast.admin)
    page = html(client.get(f"/bang-dieu-khien?co-quan={cast.commune_committee.code}"))
    assert count_of(page, "qua-han") == 1
    assert f"/bang-dieu-khien/ho-so?loai=qua-han&amp;co-quan={cast.commune_committee.code}" in page
    assert "Chỉ gồm hồ sơ bạn được xem." not in page  # an administrator sees every dossier
    page = html(client.get("/bang-dieu-khien"))
    assert count_of(page, "qua-han") == 2


def test_a_desk_officer_sees_the_lists_of_their_agency(cast: Cast) -> None:
    mine = overdue(cast)
    commune_overdue(cast)
    page = html(
        client_for(cast.desk).get(f"/bang-dieu-khien?co-quan={cast.commune_committee.code}")
    )
    assert codes(page, "qua-han") == [mine.code]
    assert "Chỉ gồm hồ sơ bạn được xem." not in page
    assert "Không có hồ sơ nào." in page  # nothing due soon


# --- the full list ------------------------------------------------------------------------------


def test_the_full_list_has_pages_of_fifty(cast: Cast) -> None:
    dossiers = [overdue(cast) for _ in range(PAGE_SIZE + 1)]
    client = client_for(cast.admin)
    ordered = [d.code for d in sorted(dossiers, key=lambda d: (d.due_at, d.pk))]

    first = html(client.get("/bang-dieu-khien/ho-so?loai=qua-han"))
    assert codes(first, "qua-han") == ordered[:PAGE_SIZE]
    assert "Trang 1/2 · 51 hồ sơ" in first and 'rel="next"' in first
    assert 'href="/bang-dieu-khien/ho-so?loai=qua-han&amp;trang=2"' in first
    second = html(client.get("/bang-dieu-khien/ho-so?loai=qua-han&trang=2"))
    assert codes(second, "qua-han") == ordered[PAGE_SIZE:]
    assert 'rel="prev"' in second and 'rel="next"' not in second


def test_the_full_list_of_one_agency_and_of_what_one_may_see(cast: Cast) -> None:
    mine, commune = overdue(cast), commune_overdue(cast)
    url = f"/bang-dieu-khien/ho-so?loai=qua-han&co-quan={cast.commune_committee.code}"
    assert codes(html(client_for(cast.admin).get(url)), "qua-han") == [commune.code]
    assert codes(html(client_for(cast.province_leader).get(url)), "qua-han") == []
    page = html(client_for(cast.province_leader).get("/bang-dieu-khien/ho-so?loai=qua-han"))
    assert codes(page, "qua-han") == [] and "Chỉ gồm hồ sơ bạn được xem." in page
    # officers (a department's leader too) get their own agency, whatever they ask for
    assert codes(html(client_for(cast.desk).get(url)), "qua-han") == [mine.code]
    assert codes(html(client_for(cast.leader).get(url)), "qua-han") == [mine.code]


def test_the_due_soon_list(cast: Cast) -> None:
    soon = due_soon(cast)
    page = html(client_for(cast.officer).get("/bang-dieu-khien/ho-so?loai=sap-den-han"))
    assert "Hồ sơ sắp đến hạn (trong 2 ngày làm việc)" in page
    assert codes(page, "sap-den-han") == [soon.code]
    assert "Còn lại (ngày làm việc)" in page


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("", "loai"),
        ("loai=tre-han", "loai"),
        ("loai=qua-han&trang=0", "trang"),
        ("loai=qua-han&trang=-1", "trang"),
        ("loai=qua-han&trang=abc", "trang"),
        ("loai=qua-han&trang=%C2%B2", "trang"),  # a superscript two: a digit, but not a number
        ("loai=qua-han&trang=99999999999999999999", "trang"),
        ("loai=qua-han&trang=2", "trang"),  # past the last page
        ("loai=qua-han&co-quan=000.99.99.H99", "co-quan"),
    ],
)
@pytest.mark.parametrize("path", ["/bang-dieu-khien/ho-so", "/bang-dieu-khien/ho-so.xlsx"])
def test_bad_input_is_a_400_naming_the_field(cast: Cast, path: str, query: str, field: str) -> None:
    overdue(cast)
    response = client_for(cast.admin).get(f"{path}?{query}")
    if path.endswith(".xlsx") and field == "trang":
        # the export is the whole list: a page number is checked, never used
        assert response.status_code == (200 if query.endswith("trang=2") else 400)
        return
    assert response.status_code == 400
    body = response.content.decode()
    assert "Yêu cầu không hợp lệ" in body and f"“{field}”" in body


@pytest.mark.parametrize(
    "path", ["/bang-dieu-khien/ho-so?loai=qua-han", "/bang-dieu-khien/ho-so.xlsx?loai=qua-han"]
)
def test_the_list_is_for_officers_only(cast: Cast, path: str) -> None:
    response = client_for(None).get(path)
    assert response.status_code == 302 and response["Location"].startswith("/dang-nhap?next=")
    assert client_for(cast.citizen).get(path).status_code == 403


def test_the_list_is_in_english_too(cast: Cast) -> None:
    overdue(cast)
    page = html(client_for(cast.admin).get("/bang-dieu-khien/ho-so?loai=qua-han&lang=en"))
    assert "Overdue dossiers" in page and "Overdue by (working days)" in page
    response = client_for(cast.admin).get("/bang-dieu-khien/ho-so?loai=x&lang=en")
    assert response.status_code == 400 and "loai&#x27; must be" in response.content.decode()


# --- bounded queries ----------------------------------------------------------------------------


def queries(fn: Any) -> int:
    with CaptureQueriesContext(connection) as ctx:
        fn()
    return len([q for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"].upper()])


def test_each_list_is_one_query_whatever_its_length(cast: Cast) -> None:
    now = timezone.now()
    province_calendar()  # cached per process

    def costs() -> dict[str, int]:
        return {
            "qua-han": queries(
                lambda: urgent_list("qua-han", None, now, user=cast.admin, size=PAGE_SIZE)
            ),
            "sap-den-han": queries(
                lambda: urgent_list("sap-den-han", None, now, user=cast.leader, size=PAGE_SIZE)
            ),
            "summary": queries(lambda: urgent_summary(cast.department, now, user=cast.leader)),
        }

    assert costs() == SELECTORS
    for _ in range(3):
        overdue(cast)
        due_soon(cast)
        with_result(cast, approved(cast))
    assert costs() == SELECTORS


def test_a_page_of_the_list_costs_the_same_whatever_its_length(cast: Cast) -> None:
    for _ in range(PAGE_SIZE + 1):
        overdue(cast)
    client = client_for(cast.admin)
    province_calendar()
    full = "/bang-dieu-khien/ho-so?loai=qua-han"
    html(client.get(full))  # warm
    assert queries(lambda: html(client.get(full))) == LIST_PAGE  # 50 rows
    assert queries(lambda: html(client.get(full + "&trang=2"))) == LIST_PAGE  # 1 row
    url = f"{full}&co-quan={cast.department.code}"
    assert queries(lambda: html(client.get(url))) == LIST_PAGE + 1  # the agency by its code
    desk = client_for(cast.desk)
    html(desk.get(full))
    assert queries(lambda: html(desk.get(full))) == LIST_PAGE + 1  # the desk officer's agency


def test_the_list_export_costs_the_same_whatever_its_length(cast: Cast) -> None:
    client = client_for(cast.admin)
    province_calendar()
    url = "/bang-dieu-khien/ho-so.xlsx?loai=qua-han"
    client.get(url)
    export = LIST_PAGE + 1  # the export names applicants: its audit-log entry
    assert queries(lambda: client.get(url)) == export
    for _ in range(3):
        overdue(cast)
    assert queries(lambda: client.get(url)) == export


# one query per list: the rows with their total beside each (COUNT(*) OVER ()) and step name
SELECTORS = {"qua-han": 1, "sap-den-han": 1, "summary": 2}
# session, user, the page of rows
LIST_PAGE = 3


def test_a_user_with_no_role_for_it_is_refused(cast: Cast) -> None:
    nobody = User.objects.create_user(username="system.x", password="pw", role=Role.SYSTEM)
    assert client_for(nobody).get("/bang-dieu-khien/ho-so?loai=qua-han").status_code == 403
