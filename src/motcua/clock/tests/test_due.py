"""Due instants, one rule at a time (domain README §3), with the reasons they give."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest

from motcua.clock.calendar import VN_TZ, Calendar, WorkingHours
from motcua.clock.due import (
    Due,
    Limit,
    LimitUnit,
    Reason,
    add_working_seconds,
    due_at,
    reason_label_en,
    step_outcome,
    working_seconds_between,
)

CALENDAR = Calendar()
HOURS = WorkingHours()


def vn(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=VN_TZ)


def vn_s(year: int, month: int, day: int, hour: int, minute: int, second: int) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=VN_TZ)


def limit(amount: str | int, unit: LimitUnit = LimitUnit.WORKING_DAYS) -> Limit:
    return Limit(Decimal(amount), unit)


def due(start: datetime, amount: str | int, unit: LimitUnit = LimitUnit.WORKING_DAYS) -> Due:
    return due_at(start, limit(amount, unit), calendar=CALENDAR)


def kinds(result: Due) -> list[str]:
    return [reason.kind for reason in result.reasons]


# --- rule 1: whole working days, the day of receipt not counted -------------------------------


@pytest.mark.parametrize(
    ("received", "amount", "expected"),
    [
        (vn(2026, 3, 9, 10), 1, vn(2026, 3, 10, 17)),  # Monday → Tuesday
        (vn(2026, 3, 9, 6), 1, vn(2026, 3, 10, 17)),  # before opening: still Monday's receipt
        (vn(2026, 3, 9, 22), 1, vn(2026, 3, 10, 17)),  # after closing: still Monday's receipt
        (vn(2026, 3, 13, 10), 1, vn(2026, 3, 16, 17)),  # Friday → Monday
        (vn(2026, 3, 14, 20), 1, vn(2026, 3, 16, 17)),  # Saturday evening online → Monday
        (vn(2026, 3, 9, 10), 10, vn(2026, 3, 23, 17)),
        (vn(2026, 3, 9, 10), 60, vn(2026, 6, 4, 17)),  # over 27/4 (in lieu), 30/4, 1/5
    ],
)
def test_whole_working_days(received: datetime, amount: int, expected: datetime) -> None:
    assert due(received, amount).at == expected


def test_whole_working_days_reasons() -> None:
    result = due(vn(2026, 3, 13, 10), 1)
    assert result.reasons == (
        Reason(
            "receipt_day",
            date(2026, 3, 13),
            date(2026, 3, 13),
            "Không tính ngày tiếp nhận hồ sơ (13/03/2026)",
        ),
        Reason("day_off", date(2026, 3, 14), date(2026, 3, 14), "Thứ Bảy"),
        Reason("day_off", date(2026, 3, 15), date(2026, 3, 15), "Chủ Nhật"),
    )


def test_a_receipt_from_another_timezone_is_counted_on_its_vietnam_date() -> None:
    # 18:00 UTC on Friday is 01:00 on Saturday in Hà Nội.
    received = datetime(2026, 3, 13, 18, tzinfo=UTC)
    result = due(received, 1)
    assert result.at == vn(2026, 3, 16, 17)
    assert result.at.tzinfo is VN_TZ
    assert result.reasons[0] == Reason(
        "receipt_day",
        date(2026, 3, 14),
        date(2026, 3, 14),
        "Không tính ngày tiếp nhận hồ sơ (14/03/2026)",
    )


# --- rule 2: fractional working days: the whole days by rule 1, then the fraction as working time


@pytest.mark.parametrize(
    ("received", "amount", "expected"),
    [
        # 1.5: Tuesday 17:00 (rule 1), then 3 h 45 min of Wednesday (07:30 → 11:15).
        (vn(2026, 3, 2, 10), "1.5", vn(2026, 3, 4, 11, 15)),
        (vn(2026, 3, 9, 10), "1.5", vn(2026, 3, 11, 11, 15)),
        (vn(2026, 3, 9, 22), "1.5", vn(2026, 3, 11, 11, 15)),  # after closing: still Monday's
        (vn(2026, 3, 9, 7, 30), "1.0", vn(2026, 3, 10, 17)),  # Decimal 1.0 is whole: rule 1
        (vn(2026, 3, 9, 10), "2.75", vn_s(2026, 3, 12, 15, 7, 30)),  # 5 h 37 min 30 s
        (vn(2026, 3, 12, 10), "1.5", vn(2026, 3, 16, 11, 15)),  # Friday 17:00, then Monday
        (vn(2026, 3, 14, 9), "1.5", vn(2026, 3, 17, 11, 15)),  # on Saturday: Monday 17:00 first
        # Below 1 day: the same-day due (today 17:00), then the fraction.
        (vn(2026, 3, 9, 7, 30), "0.5", vn(2026, 3, 10, 11, 15)),
        (vn(2026, 3, 9, 10), "0.5", vn(2026, 3, 10, 11, 15)),
        (vn(2026, 3, 9, 15, 0), "0.5", vn(2026, 3, 10, 11, 15)),  # exactly the cut-off
        (vn(2026, 3, 9, 10), "0.25", vn_s(2026, 3, 10, 9, 22, 30)),  # 1 h 52 min 30 s
        (vn(2026, 3, 13, 10), "0.5", vn(2026, 3, 16, 11, 15)),  # Friday 17:00, then Monday
        # After the cut-off or on a day off the same-day due is already 1 working day's: kept.
        (vn(2026, 3, 9, 15, 1), "0.5", vn(2026, 3, 10, 17)),
        (vn(2026, 3, 14, 20), "0.5", vn(2026, 3, 16, 17)),
    ],
)
def test_fractional_working_days(received: datetime, amount: str, expected: datetime) -> None:
    assert due(received, amount).at == expected


def test_more_working_days_never_end_earlier_on_a_monday() -> None:
    received = vn(2026, 3, 9, 10)
    amounts = ["0", "0.5", "1", "1.5", "2", "2.5", "3"]
    assert [due(received, amount).at for amount in amounts] == [
        vn(2026, 3, 9, 17),
        vn(2026, 3, 10, 11, 15),
        vn(2026, 3, 10, 17),
        vn(2026, 3, 11, 11, 15),
        vn(2026, 3, 11, 17),
        vn(2026, 3, 12, 11, 15),
        vn(2026, 3, 12, 17),
    ]


def test_fractional_working_days_reasons() -> None:
    # Thursday + 1 day = Friday 17:00; the fraction runs over the weekend into Monday.
    result = due(vn(2026, 3, 12, 10), "1.5")
    assert result.reasons == (
        Reason(
            "receipt_day",
            date(2026, 3, 12),
            date(2026, 3, 12),
            "Không tính ngày tiếp nhận hồ sơ (12/03/2026)",
        ),
        Reason("day_off", date(2026, 3, 14), date(2026, 3, 14), "Thứ Bảy"),
        Reason("day_off", date(2026, 3, 15), date(2026, 3, 15), "Chủ Nhật"),
    )


def test_fractional_working_days_from_a_saturday_name_each_day_off_once() -> None:
    # Rule 1 skips Sunday to reach Monday 17:00; the fraction then ends on Tuesday.
    result = due(vn(2026, 3, 14, 9), "1.5")
    assert result.at == vn(2026, 3, 17, 11, 15)
    assert kinds(result) == ["receipt_day", "day_off"]


def test_less_than_a_day_over_tet_names_every_day_off() -> None:
    # Friday 13/02/2026 17:00, then 3 h 45 min on Monday 23/02 after nine days off.
    result = due(vn(2026, 2, 13, 10), "0.5")
    assert result.at == vn(2026, 2, 23, 11, 15)
    assert kinds(result) == ["day_off"] * 9


def test_less_than_a_day_received_after_the_cutoff_is_due_with_the_same_day_reasons() -> None:
    result = due(vn(2026, 3, 14, 20), "0.5")
    assert result.at == vn(2026, 3, 16, 17)
    assert result == due(vn(2026, 3, 14, 20), 0)
    assert kinds(result) == ["after_cutoff", "day_off"]


def test_a_fraction_of_a_second_is_rounded_up() -> None:
    # 0.0001 day = 2.7 s → 3 s after Monday 17:00, the same-day due.
    assert due(vn(2026, 3, 9, 8), "0.0001").at == vn_s(2026, 3, 10, 7, 30, 3)


def test_a_fraction_rounded_up_to_a_whole_day_ends_where_the_next_whole_day_does() -> None:
    # 0.99999999 day rounds up to 27 000 s: Tuesday 17:00, as for 1 working day.
    assert due(vn(2026, 3, 9, 10), "0.99999999").at == due(vn(2026, 3, 9, 10), 1).at
    assert due(vn(2026, 3, 9, 10), "1.99999999").at == due(vn(2026, 3, 9, 10), 2).at


# --- rule 3: same-day procedures and the 15:00 cut-off ----------------------------------------


@pytest.mark.parametrize(
    ("received", "expected", "reason_kinds"),
    [
        (vn(2026, 3, 9, 6), vn(2026, 3, 9, 17), []),
        (vn(2026, 3, 9, 10), vn(2026, 3, 9, 17), []),
        (vn(2026, 3, 9, 15, 0), vn(2026, 3, 9, 17), []),  # exactly the cut-off: on time
        (vn(2026, 3, 9, 15, 1), vn(2026, 3, 10, 17), ["after_cutoff"]),
        (vn(2026, 3, 13, 16), vn(2026, 3, 16, 17), ["after_cutoff", "day_off", "day_off"]),
        (vn(2026, 3, 14, 9), vn(2026, 3, 16, 17), ["after_cutoff", "day_off"]),  # on Saturday
        (vn(2026, 2, 13, 16), vn(2026, 2, 23, 17), ["after_cutoff"] + ["day_off"] * 9),
    ],
)
def test_same_day(received: datetime, expected: datetime, reason_kinds: list[str]) -> None:
    result = due(received, 0)
    assert result.at == expected
    assert kinds(result) == reason_kinds


def test_same_day_cutoff_reason_labels() -> None:
    late = due(vn(2026, 3, 9, 15, 1), 0).reasons[0]
    assert late == Reason(
        "after_cutoff",
        vn(2026, 3, 9, 15, 1),
        date(2026, 3, 10),
        "Tiếp nhận sau 15:00, hẹn trả vào ngày làm việc tiếp theo (10/03/2026)",
    )
    assert late.label_en == "Received after 15:00: due the next working day (2026-03-10)"
    saturday = due(vn(2026, 3, 14, 9), 0).reasons[0]
    assert saturday.label.startswith("Tiếp nhận vào ngày nghỉ")
    assert saturday.label_en == "Received on a day off: due the next working day (2026-03-16)"


def test_same_day_uses_the_agency_cutoff() -> None:
    hours = WorkingHours(same_day_cutoff=time(16, 0))
    result = due_at(vn(2026, 3, 9, 15, 30), limit(0), calendar=CALENDAR, hours=hours)
    assert result.at == vn(2026, 3, 9, 17)


# --- rule 4: working hours -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "hours", "expected"),
    [
        (vn(2026, 3, 9, 8), 2, vn(2026, 3, 9, 10)),
        (vn(2026, 3, 9, 7, 30), 4, vn(2026, 3, 9, 11, 30)),  # a whole period ends at its end
        (vn(2026, 3, 9, 10), 2, vn(2026, 3, 9, 14)),  # over lunch
        (vn(2026, 3, 9, 16), 1, vn(2026, 3, 9, 17)),  # the rest of the day ends at 17:00
        (vn(2026, 3, 9, 16), 2, vn(2026, 3, 10, 8, 30)),
        (vn(2026, 3, 13, 16), 2, vn(2026, 3, 16, 8, 30)),  # over the weekend
        (vn(2026, 3, 9, 7, 30), 8, vn(2026, 3, 10, 8)),  # 7.5 h a day
        (vn(2026, 3, 14, 20), 4, vn(2026, 3, 16, 11, 30)),  # Saturday 20:00 online
        (vn(2026, 3, 9, 17), 1, vn(2026, 3, 10, 8, 30)),
        (vn(2026, 3, 9, 11, 30), 0, vn(2026, 3, 9, 11, 30)),  # a period end is working time
        (vn(2026, 3, 9, 12), 0, vn(2026, 3, 9, 13, 30)),  # 0 hours: the clock's next start
    ],
)
def test_working_hours(received: datetime, hours: int, expected: datetime) -> None:
    assert due(received, hours, LimitUnit.WORKING_HOURS).at == expected


def test_working_hours_received_after_hours_reasons() -> None:
    result = due(vn(2026, 3, 14, 20), 4, LimitUnit.WORKING_HOURS)
    assert kinds(result) == ["after_hours", "day_off", "day_off"]
    assert [r.start for r in result.reasons[1:]] == [date(2026, 3, 14), date(2026, 3, 15)]
    assert result.reasons[0].label_en == (
        "Received outside working hours: the clock starts at 2026-03-16 07:30"
    )


def test_working_hours_inside_a_period_have_no_reasons() -> None:
    assert due(vn(2026, 3, 9, 8), 2, LimitUnit.WORKING_HOURS).reasons == ()


# --- rule 5: calendar days ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "days", "expected", "reason_kinds"),
    [
        (vn(2026, 3, 9, 10), 1, vn(2026, 3, 10, 17), ["receipt_day"]),
        (vn(2026, 3, 9, 10), 7, vn(2026, 3, 16, 17), ["receipt_day"]),  # weekends count
        (
            vn(2026, 3, 9, 10),
            5,
            vn(2026, 3, 16, 17),
            ["receipt_day", "deadline_on_day_off", "day_off", "day_off"],
        ),
        (
            vn(2026, 8, 25, 16),
            6,
            vn(2026, 9, 3, 17),
            ["receipt_day", "deadline_on_day_off", "day_off", "day_off", "day_off"],
        ),
        (vn(2026, 3, 9, 16), 0, vn(2026, 3, 10, 17), ["after_cutoff"]),  # 0 days: same day
    ],
)
def test_calendar_days(
    received: datetime, days: int, expected: datetime, reason_kinds: list[str]
) -> None:
    result = due(received, days, LimitUnit.DAYS)
    assert result.at == expected
    assert kinds(result) == reason_kinds


def test_calendar_days_moved_off_a_day_off_says_so() -> None:
    reason = due(vn(2026, 3, 9, 10), 5, LimitUnit.DAYS).reasons[1]
    assert reason == Reason(
        "deadline_on_day_off",
        date(2026, 3, 14),
        date(2026, 3, 16),
        "Hạn 14/03/2026 rơi vào ngày nghỉ, chuyển sang ngày làm việc tiếp theo (16/03/2026)",
    )
    assert reason.label_en == "The deadline 2026-03-14 fell on a day off: moved to 2026-03-16"


# --- rule 6: pauses ----------------------------------------------------------------------------


def test_a_pause_adds_its_working_time() -> None:
    # Base due Tuesday 10/3 17:00; paused Wednesday 11/3 10:00–14:00 = 1 h 30 + 30 min.
    result = due_at(
        vn(2026, 3, 9, 10),
        limit(1),
        calendar=CALENDAR,
        pauses=[(vn(2026, 3, 11, 10), vn(2026, 3, 11, 14))],
    )
    assert result.at == vn(2026, 3, 11, 9, 30)
    assert result.reasons[-1] == Reason(
        "pause",
        vn(2026, 3, 11, 10),
        vn(2026, 3, 11, 14),
        "Tạm dừng tính thời gian từ 10:00 ngày 11/03/2026 đến 14:00 ngày 11/03/2026",
    )


def test_a_pause_across_a_weekend_counts_only_working_time() -> None:
    # Friday 16:00 → Monday 09:30 is 1 h + 2 h = 3 working hours; the base due is Friday 17:00.
    result = due_at(
        vn(2026, 3, 12, 10),
        limit(1),
        calendar=CALENDAR,
        pauses=[(vn(2026, 3, 13, 16), vn(2026, 3, 16, 9, 30))],
    )
    assert result.at == vn(2026, 3, 16, 10, 30)
    assert kinds(result) == ["receipt_day", "pause", "day_off", "day_off"]


def test_adding_to_a_friday_due_continues_on_monday_morning() -> None:
    # Two working hours of pause, added to Friday 17:00, end Monday 09:30.
    result = due_at(
        vn(2026, 3, 12, 10),
        limit(1),
        calendar=CALENDAR,
        pauses=[(vn(2026, 3, 12, 13, 30), vn(2026, 3, 12, 15, 30))],
    )
    assert result.at == vn(2026, 3, 16, 9, 30)


def test_pauses_add_up_in_order() -> None:
    result = due_at(
        vn(2026, 3, 9, 10),
        limit(1),
        calendar=CALENDAR,
        pauses=[
            (vn(2026, 3, 9, 14), vn(2026, 3, 9, 15)),
            (vn(2026, 3, 14, 8), vn(2026, 3, 15, 20)),  # a weekend: no working time
            (vn(2026, 3, 10, 8), vn(2026, 3, 10, 9)),
        ],
    )
    assert result.at == vn(2026, 3, 11, 9, 30)
    assert kinds(result).count("pause") == 3


def test_a_pause_without_working_time_adds_nothing_but_is_listed() -> None:
    pauses = [
        (vn(2026, 3, 14, 8), vn(2026, 3, 15, 20)),  # a weekend
        (vn(2026, 3, 9, 12), vn(2026, 3, 9, 13)),  # lunch
        (vn(2026, 3, 9, 10), vn(2026, 3, 9, 10)),  # resumed at once
    ]
    result = due_at(vn(2026, 3, 9, 10), limit(1), calendar=CALENDAR, pauses=pauses)
    assert result.at == vn(2026, 3, 10, 17)
    assert [(r.kind, r.start, r.end) for r in result.reasons[1:]] == [
        ("pause", start, end) for start, end in pauses
    ]


def test_a_pause_must_not_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="pause must end after it starts"):
        due_at(
            vn(2026, 3, 9, 10),
            limit(1),
            calendar=CALENDAR,
            pauses=[(vn(2026, 3, 10, 10), vn(2026, 3, 10, 9))],
        )


# --- rule 7: extension -------------------------------------------------------------------------


def test_an_extension_replaces_the_due_instant() -> None:
    result = due_at(
        vn(2026, 3, 9, 10),
        limit(1),
        calendar=CALENDAR,
        extended_to=datetime(2026, 3, 20, 3, tzinfo=UTC),
        extension_reason="Chờ ý kiến thẩm định liên ngành",
    )
    assert result.at == vn(2026, 3, 20, 10)
    assert result.at.tzinfo is VN_TZ
    extension = result.reasons[-1]
    assert extension == Reason(
        "extension",
        vn(2026, 3, 10, 17),
        vn(2026, 3, 20, 10),
        "Gia hạn theo văn bản xin lỗi và hẹn lại ngày trả kết quả: Chờ ý kiến thẩm định liên ngành",
    )
    assert extension.label_en == (
        "Extended by an apology and new-appointment letter to 2026-03-20 10:00:"
        " Chờ ý kiến thẩm định liên ngành"
    )


def test_an_extension_comes_after_pauses() -> None:
    result = due_at(
        vn(2026, 3, 9, 10),
        limit(1),
        calendar=CALENDAR,
        pauses=[(vn(2026, 3, 10, 8), vn(2026, 3, 10, 9))],
        extended_to=vn(2026, 3, 12, 17),
    )
    assert kinds(result)[-2:] == ["pause", "extension"]
    assert result.reasons[-1].start == vn(2026, 3, 11, 8, 30)
    assert result.reasons[-1].label == "Gia hạn theo văn bản xin lỗi và hẹn lại ngày trả kết quả"


@pytest.mark.parametrize("extended_to", [vn(2026, 3, 10, 17), vn(2026, 3, 10, 9)])
def test_an_extension_must_move_the_due_later(extended_to: datetime) -> None:
    with pytest.raises(ValueError, match="extension must move the due instant later"):
        due_at(vn(2026, 3, 9, 10), limit(1), calendar=CALENDAR, extended_to=extended_to)


# --- rule 8 and the working-time arithmetic ---------------------------------------------------


@pytest.mark.parametrize(
    ("at", "seconds", "expected"),
    [
        (vn(2026, 3, 9, 10), 0, vn(2026, 3, 9, 10)),
        (vn(2026, 3, 9, 12), 0, vn(2026, 3, 9, 12)),  # 0 s: unchanged even outside hours
        (vn(2026, 3, 9, 10), 5400, vn(2026, 3, 9, 11, 30)),  # exactly the rest of a period
        (vn(2026, 3, 9, 10), 5401, vn_s(2026, 3, 9, 13, 30, 1)),
        (vn(2026, 3, 9, 12), 1, vn_s(2026, 3, 9, 13, 30, 1)),
        (vn(2026, 3, 9, 7, 30), 27000, vn(2026, 3, 9, 17)),  # one whole day ends at 17:00
        (vn(2026, 3, 9, 7, 30), 27001, vn_s(2026, 3, 10, 7, 30, 1)),
        (vn(2026, 3, 9, 17), 27000, vn(2026, 3, 10, 17)),
        (vn(2026, 3, 13, 17), 7200, vn(2026, 3, 16, 9, 30)),
        (vn(2026, 2, 13, 16), 3600 + 27000 * 5, vn(2026, 2, 27, 17)),
    ],
)
def test_add_working_seconds(at: datetime, seconds: int, expected: datetime) -> None:
    end, _ = add_working_seconds(at, seconds, calendar=CALENDAR, hours=HOURS)
    assert end == expected


def test_add_working_seconds_reports_the_days_skipped() -> None:
    _, reasons = add_working_seconds(vn(2026, 3, 13, 17), 7200, calendar=CALENDAR, hours=HOURS)
    assert [(r.kind, r.start) for r in reasons] == [
        ("day_off", date(2026, 3, 14)),
        ("day_off", date(2026, 3, 15)),
    ]


def test_add_working_seconds_rejects_negative_time() -> None:
    with pytest.raises(ValueError, match="negative"):
        add_working_seconds(vn(2026, 3, 9, 10), -1, calendar=CALENDAR, hours=HOURS)


@pytest.mark.parametrize(
    ("a", "b", "seconds"),
    [
        (vn(2026, 3, 9, 10), vn(2026, 3, 9, 11), 3600),
        (vn(2026, 3, 9, 11), vn(2026, 3, 9, 14), 3600),  # lunch does not count
        (vn(2026, 3, 9, 0), vn(2026, 3, 10, 0), 27000),
        (vn(2026, 3, 13, 16), vn(2026, 3, 16, 9, 30), 3 * 3600),
        (vn(2026, 3, 14, 8), vn(2026, 3, 15, 20), 0),
        (vn(2026, 2, 13, 7), vn(2026, 2, 24, 7), 27000 * 2),  # Friday and Monday only
        (vn(2026, 3, 9, 11), vn(2026, 3, 9, 10), 0),
        (vn(2026, 3, 9, 10), vn(2026, 3, 9, 10), 0),
    ],
)
def test_working_seconds_between(a: datetime, b: datetime, seconds: int) -> None:
    assert working_seconds_between(a, b, calendar=CALENDAR, hours=HOURS) == seconds


def test_working_seconds_between_uses_the_agency_hours() -> None:
    hours = WorkingHours(periods=((time(8), time(12)), (time(13), time(17))))
    a, b = vn(2026, 3, 9, 0), vn(2026, 3, 10, 0)
    assert working_seconds_between(a, b, calendar=CALENDAR, hours=hours) == 8 * 3600


# --- step outcomes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("finished", "outcome"),
    [
        (vn(2026, 3, 9, 16), "early"),
        (vn(2026, 3, 10, 8), "on_time"),
        (vn(2026, 3, 10, 17), "on_time"),
        (vn(2026, 3, 10, 17, 1), "late"),
        (vn(2026, 3, 11, 8), "late"),
        (datetime(2026, 3, 9, 20, tzinfo=UTC), "on_time"),  # 03:00 on 10/3 in Hà Nội
    ],
)
def test_step_outcome(finished: datetime, outcome: str) -> None:
    assert step_outcome(finished, vn(2026, 3, 10, 17)) == outcome


# --- input checks and labels -------------------------------------------------------------------


def test_naive_datetimes_are_refused() -> None:
    naive = datetime(2026, 3, 9, 10)
    aware = vn(2026, 3, 9, 10)
    with pytest.raises(ValueError, match="timezone-aware"):
        due_at(naive, limit(1), calendar=CALENDAR)
    with pytest.raises(ValueError, match="timezone-aware"):
        due_at(aware, limit(1), calendar=CALENDAR, pauses=[(naive, aware)])
    with pytest.raises(ValueError, match="timezone-aware"):
        due_at(aware, limit(1), calendar=CALENDAR, extended_to=naive + timedelta(days=9))
    with pytest.raises(ValueError, match="timezone-aware"):
        working_seconds_between(naive, aware, calendar=CALENDAR, hours=HOURS)
    with pytest.raises(ValueError, match="timezone-aware"):
        add_working_seconds(naive, 1, calendar=CALENDAR, hours=HOURS)
    with pytest.raises(ValueError, match="timezone-aware"):
        step_outcome(naive, aware)


@pytest.mark.parametrize(
    ("amount", "unit", "error"),
    [
        (Decimal(-1), LimitUnit.WORKING_DAYS, ValueError),
        (Decimal("NaN"), LimitUnit.WORKING_DAYS, ValueError),
        (Decimal("Infinity"), LimitUnit.WORKING_HOURS, ValueError),
        (Decimal("1.5"), LimitUnit.DAYS, ValueError),
        (1.5, LimitUnit.WORKING_DAYS, TypeError),
        (True, LimitUnit.WORKING_DAYS, TypeError),
        (Decimal(1), "weeks", ValueError),
    ],
)
def test_a_limit_must_make_sense(amount: object, unit: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        Limit(amount, unit)  # type: ignore[arg-type]


def test_a_limit_accepts_ints_and_unit_strings() -> None:
    assert Limit(7, "working_days") == Limit(Decimal(7), LimitUnit.WORKING_DAYS)  # type: ignore[arg-type]


def test_english_labels() -> None:
    result = due(vn(2026, 2, 12, 10), 5)
    assert [r.label_en for r in result.reasons[:4]] == [
        "The day of receipt (2026-02-12) is not counted",
        "Saturday",
        "Sunday",
        "Lunar New Year's Eve",
    ]
    pause = Reason("pause", vn(2026, 3, 9, 10), vn(2026, 3, 9, 14), "…")
    assert reason_label_en(pause) == "Clock paused from 2026-03-09 10:00 to 2026-03-09 14:00"
    assert reason_label_en(Reason("custom", date(2026, 3, 9), date(2026, 3, 9), "Khác")) == "Khác"


def test_due_instants_are_in_vietnam_time() -> None:
    for unit in LimitUnit:
        result = due(datetime(2026, 3, 9, 3, tzinfo=UTC), 1, unit)
        assert result.at.tzinfo is VN_TZ
