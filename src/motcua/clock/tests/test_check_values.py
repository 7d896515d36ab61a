"""Check values from the law and from the announced calendars (domain README §3)."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from motcua.clock.calendar import VN_TZ, Calendar
from motcua.clock.due import Limit, LimitUnit, due_at

CALENDAR = Calendar()


def vn(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=VN_TZ)


@pytest.mark.parametrize(
    ("received", "working_days", "due"),
    [
        # Historical check values: the day of receipt is not counted.
        (vn(2018, 1, 1, 10), 7, vn(2018, 1, 10, 17)),
        (vn(2018, 2, 9, 10), 7, vn(2018, 2, 27, 17)),  # across Tết Mậu Tuất (14–20/2/2018)
        (vn(2018, 4, 24, 10), 21, vn(2018, 5, 28, 17)),  # across Giỗ Tổ, 30/4 and 1/5
        # Tết Bính Ngọ: 14–15/2/2026 weekend, 16–20/2 holidays, 21–22/2 weekend. Friday 13/2 is
        # still a working day, so the fifth working day after Thursday 12/2 is Thursday 26/2.
        (vn(2026, 2, 12, 10), 5, vn(2026, 2, 26, 17)),
        (vn(2026, 2, 13, 10), 4, vn(2026, 2, 26, 17)),
        # Swapped working Saturday 22/8/2026 counts; 31/8 (in lieu), 1/9 and 2/9 do not.
        (vn(2026, 8, 21, 10), 1, vn(2026, 8, 22, 17)),
        (vn(2026, 8, 27, 10), 2, vn(2026, 9, 3, 17)),
        (vn(2026, 8, 20, 10), 5, vn(2026, 8, 26, 17)),  # Thu 20/8 → Fri, Sat 22, Mon, Tue, Wed
    ],
)
def test_working_days_check_values(received: datetime, working_days: int, due: datetime) -> None:
    result = due_at(
        received, Limit(Decimal(working_days), LimitUnit.WORKING_DAYS), calendar=CALENDAR
    )
    assert result.at == due


@pytest.mark.parametrize(
    "day",
    [date(2024, 5, 4), date(2025, 4, 26), date(2026, 8, 22)],
)
def test_swapped_saturdays_are_working_days(day: date) -> None:
    assert day.weekday() == 5
    assert CALENDAR.is_working_day(day)


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 2, 16),
        date(2026, 2, 17),
        date(2026, 2, 18),
        date(2026, 2, 19),
        date(2026, 2, 20),
        date(2026, 8, 31),
        date(2026, 9, 1),
        date(2026, 9, 2),
        date(2018, 2, 14),
        date(2018, 9, 3),
    ],
)
def test_announced_days_off(day: date) -> None:
    assert not CALENDAR.is_working_day(day)


def test_the_tet_2026_reasons_name_each_skipped_day_once() -> None:
    result = due_at(
        vn(2026, 2, 12, 10), Limit(Decimal(5), LimitUnit.WORKING_DAYS), calendar=CALENDAR
    )
    skipped = [r.start for r in result.reasons if r.kind == "day_off"]
    assert skipped == [date(2026, 2, d) for d in range(14, 23)]
    assert result.reasons[0].kind == "receipt_day"
    labels = {r.start: r.label for r in result.reasons}
    assert labels[date(2026, 2, 17)] == "Tết Nguyên Đán"
    assert labels[date(2026, 2, 14)] == "Thứ Bảy"
    assert labels[date(2026, 2, 15)] == "Chủ Nhật"
