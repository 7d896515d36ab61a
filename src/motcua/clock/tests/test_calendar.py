"""The calendar: working days, the reasons for days off, overrides, and working hours."""

from datetime import date, datetime, time

import pytest

from motcua.clock.calendar import VN_TZ, Calendar, DayOff, WorkingHours

CALENDAR = Calendar()


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (date(2026, 3, 7), "Thứ Bảy"),
        (date(2026, 3, 8), "Chủ Nhật"),
        (date(2026, 1, 1), "Tết Dương lịch"),
        (date(2026, 2, 17), "Tết Nguyên Đán"),
        (date(2026, 4, 26), "Ngày Giỗ Tổ Hùng Vương"),  # a Sunday: the holiday's name wins
        (date(2026, 4, 27), "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)"),
        (date(2026, 8, 31), "Ngày nghỉ (thay cho ngày 22/08/2026)"),
        (date(2026, 9, 2), "Quốc khánh"),
    ],
)
def test_day_off_says_why(day: date, reason: str) -> None:
    assert CALENDAR.day_off(day) == DayOff(day, reason)
    assert not CALENDAR.is_working_day(day)


@pytest.mark.parametrize("day", [date(2026, 3, 9), date(2026, 2, 13), date(2026, 8, 22)])
def test_working_days_have_no_day_off(day: date) -> None:
    assert CALENDAR.day_off(day) is None
    assert CALENDAR.is_working_day(day)


@pytest.mark.parametrize(
    ("day", "english"),
    [
        (date(2026, 3, 7), "Saturday"),
        (date(2026, 3, 8), "Sunday"),
        (date(2026, 2, 17), "Lunar New Year"),
        (date(2026, 9, 2), "National Day"),
    ],
)
def test_day_off_reason_in_english(day: date, english: str) -> None:
    off = CALENDAR.day_off(day)
    assert off is not None
    assert off.reason_en == english


def test_an_override_reason_has_no_translation() -> None:
    assert DayOff(date(2027, 3, 1), "Nghỉ bão Yagi").reason_en == "Nghỉ bão Yagi"


@pytest.mark.parametrize(
    ("day", "following"),
    [
        (date(2026, 3, 6), date(2026, 3, 9)),  # Friday → Monday
        (date(2026, 3, 9), date(2026, 3, 10)),
        (date(2026, 2, 13), date(2026, 2, 23)),  # over Tết
        (date(2026, 8, 21), date(2026, 8, 22)),  # swapped working Saturday
        (date(2026, 8, 28), date(2026, 9, 3)),
        (date(2026, 12, 31), date(2027, 1, 4)),  # across a year: 1/1/2027 is a Friday
    ],
)
def test_next_working_day_is_strictly_after(day: date, following: date) -> None:
    assert CALENDAR.next_working_day(day) == following


def test_working_days_after_lists_the_skipped_days() -> None:
    end, skipped = CALENDAR.working_days_after(date(2026, 4, 24), 3)
    assert end == date(2026, 5, 4)
    assert [off.day for off in skipped] == [
        date(2026, 4, 25),
        date(2026, 4, 26),
        date(2026, 4, 27),
        date(2026, 4, 30),
        date(2026, 5, 1),
        date(2026, 5, 2),
        date(2026, 5, 3),
    ]


def test_working_days_after_zero_is_the_day_itself() -> None:
    assert CALENDAR.working_days_after(date(2026, 3, 8), 0) == (date(2026, 3, 8), [])


def test_working_days_after_rejects_negative_counts() -> None:
    with pytest.raises(ValueError, match="n must be >= 0"):
        CALENDAR.working_days_after(date(2026, 3, 8), -1)


def test_count_working_days_includes_both_ends() -> None:
    assert CALENDAR.count_working_days(date(2026, 3, 2), date(2026, 3, 8)) == 5
    assert CALENDAR.count_working_days(date(2026, 3, 8), date(2026, 3, 2)) == 0
    assert (
        CALENDAR.count_working_days(date(2026, 1, 1), date(2026, 12, 31)) == 365 - 104 - 13 + 1
    )  # 13 weekday holidays, one swapped Saturday


def test_days_off_between_excludes_both_ends() -> None:
    offs = CALENDAR.days_off_between(date(2026, 3, 7), date(2026, 3, 14))
    assert [off.day for off in offs] == [date(2026, 3, 8)]


def test_an_override_day_off_on_a_monday_shifts_due_days() -> None:
    storm = Calendar(overrides={date(2026, 3, 9): (False, "Nghỉ phòng chống bão")})
    assert storm.day_off(date(2026, 3, 9)) == DayOff(date(2026, 3, 9), "Nghỉ phòng chống bão")
    assert storm.next_working_day(date(2026, 3, 6)) == date(2026, 3, 10)
    assert CALENDAR.next_working_day(date(2026, 3, 6)) == date(2026, 3, 9)


def test_an_override_working_saturday_counts() -> None:
    swapped = Calendar(overrides={date(2027, 5, 8): (True, "Làm bù cho ngày 3/5/2027")})
    assert swapped.is_working_day(date(2027, 5, 8))
    assert swapped.next_working_day(date(2027, 5, 7)) == date(2027, 5, 8)
    assert not CALENDAR.is_working_day(date(2027, 5, 8))


def test_an_override_wins_over_a_statutory_holiday() -> None:
    calendar = Calendar(overrides={date(2026, 9, 2): (True, "Trực lễ")})
    assert calendar.is_working_day(date(2026, 9, 2))


def test_an_override_without_a_reason_gets_a_label() -> None:
    calendar = Calendar(overrides={date(2026, 3, 10): (False, "")})
    assert calendar.day_off(date(2026, 3, 10)) == DayOff(
        date(2026, 3, 10), "Ngày nghỉ theo thông báo"
    )


def test_a_different_weekend() -> None:
    six_day_week = Calendar(weekend=frozenset({6}))
    assert six_day_week.is_working_day(date(2026, 3, 7))
    assert six_day_week.day_off(date(2026, 3, 8)) == DayOff(date(2026, 3, 8), "Chủ Nhật")


@pytest.mark.parametrize("weekend", [frozenset({7}), frozenset(range(7))])
def test_a_weekend_must_be_weekdays_and_leave_work(weekend: frozenset[int]) -> None:
    with pytest.raises(ValueError, match="weekend"):
        Calendar(weekend=weekend)


def test_overrides_must_be_dates_with_a_pair() -> None:
    with pytest.raises(TypeError, match="expected a date"):
        Calendar(overrides={datetime(2026, 3, 9, tzinfo=VN_TZ): (False, "x")})
    with pytest.raises(ValueError, match="is_working_day, reason"):
        Calendar(overrides={date(2026, 3, 9): (0, "x")})  # type: ignore[dict-item]


def test_a_datetime_is_not_a_date() -> None:
    with pytest.raises(TypeError, match="expected a date"):
        CALENDAR.is_working_day(datetime(2026, 3, 9, 10, tzinfo=VN_TZ))


def test_default_working_hours() -> None:
    hours = WorkingHours()
    assert hours.seconds_per_day == 7 * 3600 + 1800
    assert hours.day_start == time(7, 30)
    assert hours.day_end == time(17, 0)
    assert hours.same_day_cutoff == time(15, 0)


def test_custom_working_hours() -> None:
    hours = WorkingHours(periods=((time(8), time(12)), (time(13), time(17))))
    assert hours.seconds_per_day == 8 * 3600
    assert hours.day_end == time(17)


@pytest.mark.parametrize(
    ("periods", "message"),
    [
        ((), "at least one period"),
        (((time(11), time(8)),), "start before it ends"),
        (((time(8), time(8)),), "start before it ends"),
        (((time(8), time(12)), (time(11), time(17))), "not overlap"),
        (((time(13), time(17)), (time(8), time(12))), "in order"),
        (((time(8, tzinfo=VN_TZ), time(12, tzinfo=VN_TZ)),), "wall-clock"),
        (((time(8, 0, 0, 5), time(12)),), "whole seconds"),
    ],
)
def test_working_hours_must_be_ordered_and_disjoint(
    periods: tuple[tuple[time, time], ...], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        WorkingHours(periods=periods)


def test_touching_periods_are_allowed() -> None:
    hours = WorkingHours(periods=((time(8), time(12)), (time(12), time(16))))
    assert hours.seconds_per_day == 8 * 3600
