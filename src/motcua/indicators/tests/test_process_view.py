"""The process view: where the open dossiers wait now, and how long each step took in a period.

Step times are checked against hand counts on the default working hours (07:30–11:30,
13:30–17:00: 7.5 hours a working day) in the first week of March 2025 (no holiday).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from motcua.accounts.models import User
from motcua.clock import VN_TZ, working_seconds_between
from motcua.clock.services import province_calendar
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import at_officer, received, with_result
from motcua.indicators import selectors
from motcua.indicators.selectors import dossiers_waiting, step_times
from motcua.testing.cast import Cast

pytestmark = pytest.mark.django_db
MARCH = "?tu=2025-03-01&den=2025-03-31"
HOUR = 3600
DAY = 27_000  # 7.5 working hours


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 3, day, hour, minute, tzinfo=VN_TZ)


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def html(response: Any) -> str:
    assert response.status_code == 200, response.content.decode()[:500]
    text: str = response.content.decode()
    return text


def walk(cast: Cast, times: list[dt.datetime]) -> Dossier:
    """A permit through its four steps: received, forwarded by the desk, by the officer,
    approved and finished by the leader, returned by the desk, at the given instants."""
    receive, desk, officer, finish, back = times
    code = received(cast, at=receive).code
    dossier_act(code=code, action="forward", actor=cast.desk, at=desk)
    dossier_act(code=code, action="forward", actor=cast.officer, at=officer)
    dossier = dossier_act(code=code, action="approve", actor=cast.leader, at=finish)
    with_result(cast, dossier)
    dossier_act(code=code, action="finish", actor=cast.leader, at=finish)
    return dossier_act(code=code, action="return", actor=cast.desk, at=back)


@pytest.fixture
def march(cast: Cast) -> Cast:
    """Two permits returned in the first week of March 2025, one in April (out of the period)."""
    # steps: 1 h; Mon 10:00 → Wed 09:00 = 14 h; Wed 09:00 → Thu 10:00 = 8.5 h (its 1 day budget
    # ended Thu 09:00); Thu 10:00 → Fri 08:00 = 5.5 h (its half day ended Thu 15:45)
    walk(cast, [at(3, 9), at(3, 10), at(5, 9), at(6, 10), at(7, 8)])
    # steps: 1 h; Tue 09:00 → 16:00 = 5 h; Tue 16:00 → Wed 08:00 = 1.5 h; Wed 08:00 → 09:00 = 1 h
    walk(cast, [at(4, 8), at(4, 9), at(4, 16), at(5, 8), at(5, 9)])
    april = [dt.datetime(2025, 4, 1, 8, tzinfo=VN_TZ) + dt.timedelta(hours=h) for h in range(5)]
    walk(cast, april)
    return cast


def days(seconds: float) -> float:
    return round(seconds / DAY, 1)


# --- how long each step took --------------------------------------------------------------------


def test_each_step_its_count_mean_longest_and_overruns(march: Cast) -> None:
    found = step_times(
        None, dt.date(2025, 3, 1), dt.date(2025, 3, 31), timezone.now(), user=march.admin
    )

    assert (found.dossiers, found.capped) == (2, False)
    table = {
        s.step: (s.count, s.mean_working_days, s.max_working_days, s.overran) for s in found.steps
    }
    assert table == {
        "Tiếp nhận hồ sơ": (2, days(HOUR), days(HOUR), 0),
        "Thẩm định hồ sơ": (2, days((14 + 5) * HOUR / 2), days(14 * HOUR), 0),
        "Phê duyệt": (2, days((8.5 + 1.5) * HOUR / 2), days(8.5 * HOUR), 1),
        "Trả kết quả": (2, days((5.5 + 1) * HOUR / 2), days(5.5 * HOUR), 1),
    }
    assert found.steps[0].step == "Thẩm định hồ sơ"  # the slowest first


def test_the_page_shows_the_step_table(march: Cast) -> None:
    page = html(client_for(march.leader).get(f"/bang-dieu-khien/quy-trinh{MARCH}"))
    table = page.split('id="bang-theo-buoc"')[1].split("</table>")[0]
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th>((?:<td[^>]*>[^<]*</td>)+)</tr>', table)
    cells = {name: re.findall(r">([^<]*)</td>", tds) for name, tds in rows}
    assert cells["Thẩm định hồ sơ"] == ["2", "1,3", "1,9", "0"]
    assert cells["Phê duyệt"] == ["2", "0,7", "1,1", "1"]
    assert "(2 hồ sơ)" in page
    assert "chỉ tính" not in page  # under the cap


def test_only_the_most_recently_ended_are_timed_beyond_the_cap(
    march: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selectors, "ENDED_CAP", 1)
    found = step_times(
        None, dt.date(2025, 3, 1), dt.date(2025, 3, 31), timezone.now(), user=march.admin
    )
    assert (found.dossiers, found.capped, found.cap) == (1, True, 1)
    # the one returned last (Friday): its approval overran
    assert {s.step: s.overran for s in found.steps}["Phê duyệt"] == 1
    page = html(client_for(march.admin).get(f"/bang-dieu-khien/quy-trinh{MARCH}"))
    assert "Kỳ này có hơn 1 hồ sơ kết thúc: chỉ tính 1 hồ sơ kết thúc gần nhất." in page


def test_step_times_of_one_agency_and_of_what_one_may_see(march: Cast) -> None:
    first, last, now = dt.date(2025, 3, 1), dt.date(2025, 3, 31), timezone.now()
    assert step_times(march.department, first, last, now, user=march.admin).dossiers == 2
    assert step_times(march.centre, first, last, now, user=march.admin).dossiers == 2  # received
    assert step_times(march.other_department, first, last, now, user=march.admin).dossiers == 0
    assert step_times(None, first, last, now, user=march.other_officer).dossiers == 0
    assert step_times(None, first, last, now, user=march.commune_leader).steps == []


# --- where the open dossiers wait ---------------------------------------------------------------


def test_open_dossiers_by_holder_and_step(cast: Cast) -> None:
    now = timezone.now()
    old = received(cast, at=now - dt.timedelta(days=30))  # overdue at the desk
    fresh = received(cast)
    paused = received(cast)
    dossier_act(code=paused.code, action="request_supplement", actor=cast.desk, note="Thiếu")
    at_officer(cast)
    with_result(cast, at_officer(cast))  # two at the officer's step

    found = {(w.holder, w.step): w for w in dossiers_waiting(None, now, user=cast.admin)}

    desk = found[(cast.centre.name, "Tiếp nhận hồ sơ")]
    assert (desk.count, desk.overdue, desk.paused) == (3, 1, 1)
    assert desk.oldest_since == old.step_started_at
    calendar = province_calendar()
    waits = [
        working_seconds_between(d.step_started_at, now, calendar=calendar)
        for d in (old, fresh, paused)
        if d.step_started_at
    ]
    assert desk.mean_working_days == days(round(sum(waits) / 3))
    officer = found[(cast.department.name, "Thẩm định hồ sơ")]
    assert (officer.count, officer.overdue, officer.paused) == (2, 0, 0)
    assert list(found) == [  # the longest single wait first
        (cast.centre.name, "Tiếp nhận hồ sơ"),
        (cast.department.name, "Thẩm định hồ sơ"),
    ]


def test_the_page_shows_where_they_wait(cast: Cast) -> None:
    received(cast, at=timezone.now() - dt.timedelta(days=30))
    at_officer(cast)
    page = html(client_for(cast.officer).get("/bang-dieu-khien/quy-trinh"))
    table = page.split('id="bang-dang-cho"')[1].split("</table>")[0]
    assert table.index(cast.centre.name) < table.index(cast.department.name)
    assert "Chưa có hồ sơ kết thúc trong kỳ." in page
    assert 'name="co-quan"' not in page  # an officer sees their own agency


def test_the_dashboard_links_to_the_process_view(cast: Cast) -> None:
    page = html(client_for(cast.admin).get(f"/bang-dieu-khien{MARCH}"))
    assert f'href="/bang-dieu-khien/quy-trinh{MARCH.replace("&", "&amp;")}"' in page


# --- refusals and costs -------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/bang-dieu-khien/quy-trinh", "/bang-dieu-khien/quy-trinh.xlsx"])
def test_the_process_view_is_for_officers_only(cast: Cast, path: str) -> None:
    response = client_for(None).get(path)
    assert response.status_code == 302 and response["Location"].startswith("/dang-nhap?next=")
    assert client_for(cast.citizen).get(path).status_code == 403


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("?tu=2025-13-01&den=2025-03-31", "from"),
        ("?tu=2025-04-01&den=2025-03-31", "from"),
        ("?co-quan=000.99.99.H99", "000.99.99.H99"),
    ],
)
@pytest.mark.parametrize("path", ["/bang-dieu-khien/quy-trinh", "/bang-dieu-khien/quy-trinh.xlsx"])
def test_bad_input_is_a_400(cast: Cast, path: str, query: str, shown: str) -> None:
    response = client_for(cast.admin).get(path + query)
    assert response.status_code == 400 and shown in response.content.decode()


def queries(fn: Any) -> int:
    with CaptureQueriesContext(connection) as ctx:
        fn()
    return len([q for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"].upper()])


def test_the_process_view_costs_the_same_whatever_the_number_of_dossiers(march: Cast) -> None:
    client = client_for(march.admin)
    province_calendar()
    url = f"/bang-dieu-khien/quy-trinh{MARCH}"
    html(client.get(url))
    assert queries(lambda: html(client.get(url))) == PROCESS_PAGE
    walk(march, [at(10, 8), at(10, 9), at(11, 9), at(12, 9), at(13, 9)])
    at_officer(march)
    received(march)
    assert queries(lambda: html(client.get(url))) == PROCESS_PAGE
    with_agency = f"{url}&co-quan={march.department.code}"
    assert queries(lambda: html(client.get(with_agency))) == PROCESS_PAGE + 1


def test_the_selectors_are_pinned(march: Cast) -> None:
    now = timezone.now()
    province_calendar()
    first, last = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    assert queries(lambda: dossiers_waiting(None, now, user=march.leader)) == 1
    assert queries(lambda: step_times(None, first, last, now, user=march.leader)) == 2
    received(march)
    walk(march, [at(17, 8), at(17, 9), at(18, 9), at(19, 9), at(20, 9)])
    assert queries(lambda: dossiers_waiting(None, now, user=march.leader)) == 1
    assert queries(lambda: step_times(None, first, last, now, user=march.leader)) == 2


def test_the_process_export_costs_the_same_whatever_the_number_of_dossiers(march: Cast) -> None:
    client = client_for(march.admin)
    province_calendar()
    url = f"/bang-dieu-khien/quy-trinh.xlsx{MARCH}"
    client.get(url)
    assert queries(lambda: client.get(url)) == PROCESS_PAGE - 1  # no agency choice to offer
    walk(march, [at(24, 8), at(24, 9), at(25, 9), at(26, 9), at(27, 9)])
    received(march)
    assert queries(lambda: client.get(url)) == PROCESS_PAGE - 1


def test_the_process_view_is_in_english_too(march: Cast) -> None:
    page = html(client_for(march.admin).get(f"/bang-dieu-khien/quy-trinh{MARCH}&lang=en"))
    for label in (
        "Dossier processing flow",
        "Where dossiers wait",
        "Time per step",
        "Steps overrun",
    ):
        assert label in page, label
    assert "Hồ sơ đang chờ ở đâu" not in page


# session, user, the agencies' names (the agency choice), where they wait (1), step times (2)
PROCESS_PAGE = 6
