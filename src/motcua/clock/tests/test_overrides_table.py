"""The admin-editable override table changes due dates at once in this process."""

from __future__ import annotations

import datetime as dt

from motcua.clock import VN_TZ, Limit, LimitUnit, due_at
from motcua.clock.models import CalendarOverride
from motcua.clock.services import province_calendar


def test_a_late_announced_day_off_moves_the_due_date(db):
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=VN_TZ)  # Monday
    limit = Limit(1, LimitUnit.WORKING_DAYS)
    assert due_at(start, limit, calendar=province_calendar()).at.day == 3
    CalendarOverride.objects.create(day=dt.date(2026, 3, 3), reason="Nghỉ theo thông báo của tỉnh")
    due = due_at(start, limit, calendar=province_calendar())
    assert due.at.day == 4
    assert any("thông báo của tỉnh" in r.label for r in due.reasons)
    CalendarOverride.objects.all().delete()
    assert due_at(start, limit, calendar=province_calendar()).at.day == 3
