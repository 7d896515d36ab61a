"""When a dossier is due, and why: the rules of the clock (domain README §3).

Pure: imports no Django. Every instant in and out is timezone-aware; the arithmetic happens in
Vietnam's wall-clock time (VN_TZ, no daylight saving), in whole microseconds so that adding and
measuring working time are exact inverses.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from motcua.clock.calendar import VN_TZ, Calendar, DayOff, WorkingHours

_US = 1_000_000  # microseconds in a second
_STANDARD_HOURS = WorkingHours()
_EXTENSION_VI = "Gia hạn theo văn bản xin lỗi và hẹn lại ngày trả kết quả"
_AFTER_CUTOFF_ON_DAY_OFF_VI = "Tiếp nhận vào ngày nghỉ"


class LimitUnit(StrEnum):
    WORKING_DAYS = "working_days"
    DAYS = "days"
    WORKING_HOURS = "working_hours"


@dataclass(frozen=True)
class Limit:
    """A procedure's time limit. 0 working days is a same-day procedure."""

    amount: Decimal
    unit: LimitUnit

    def __post_init__(self) -> None:
        raw: object = self.amount
        if isinstance(raw, bool) or not isinstance(raw, Decimal | int):
            raise TypeError(f"limit amount must be a Decimal or an int, got {raw!r}")
        amount = Decimal(raw)
        if not amount.is_finite() or amount < 0:
            raise ValueError(f"limit amount must be a finite number >= 0, got {amount}")
        unit = LimitUnit(self.unit)
        if unit is LimitUnit.DAYS and amount != amount.to_integral_value():
            raise ValueError(f"a limit in calendar days must be whole, got {amount}")
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "unit", unit)


@dataclass(frozen=True)
class Reason:
    """One step in explaining a due instant. `label` is Vietnamese; `label_en` is English.

    Kinds: day_off, receipt_day, after_cutoff, after_hours, pause, extension, deadline_on_day_off.
    """

    kind: str
    start: date | datetime
    end: date | datetime
    label: str

    @property
    def label_en(self) -> str:
        return reason_label_en(self)


@dataclass(frozen=True)
class Due:
    """The due instant (aware, in VN_TZ) and the reasons that led to it, in order."""

    at: datetime
    reasons: tuple[Reason, ...]


def due_at(
    start: datetime,
    limit: Limit,
    *,
    calendar: Calendar,
    hours: WorkingHours = _STANDARD_HOURS,
    pauses: Sequence[tuple[datetime, datetime]] = (),
    extended_to: datetime | None = None,
    extension_reason: str = "",
) -> Due:
    """When a dossier received at `start` with `limit` is due, after pauses and any extension."""
    _require_aware(start, "start")
    day = start.astimezone(VN_TZ).date()
    clock = _Clock(calendar, _shape(hours))
    amount, unit = limit.amount, limit.unit
    if unit is LimitUnit.WORKING_HOURS:
        at, reasons = clock.after_working_time(start, _whole_seconds(amount * 3600))
    elif unit is LimitUnit.DAYS and amount > 0:
        at, reasons = clock.after_calendar_days(day, int(amount))
    elif amount == 0:  # working days or calendar days: a same-day procedure
        at, reasons = clock.same_day(start)
    elif amount == amount.to_integral_value():
        at, reasons = clock.after_working_days(day, int(amount))
    else:
        whole = int(amount)  # amount > 0, so int() is the floor
        fraction = _whole_seconds((amount - whole) * hours.seconds_per_day)
        at, reasons = clock.after_fractional_working_days(start, whole, fraction)
    for paused, resumed in pauses:
        at = _add_pause(at, paused, resumed, clock, reasons)
    if extended_to is not None:
        at = _extend(at, extended_to, extension_reason, reasons)
    return Due(at, tuple(reasons))


def working_seconds_between(
    a: datetime, b: datetime, *, calendar: Calendar, hours: WorkingHours = _STANDARD_HOURS
) -> int:
    """Whole seconds of working time (in periods, on working days) from `a` to `b`; 0 if b <= a."""
    _require_aware(a, "a")
    _require_aware(b, "b")
    return _Clock(calendar, _shape(hours)).worked_between(a, b) // _US


def add_working_seconds(
    at: datetime, seconds: int, *, calendar: Calendar, hours: WorkingHours = _STANDARD_HOURS
) -> tuple[datetime, list[Reason]]:
    """The instant `seconds` of working time after `at`, and the days off skipped on the way.

    Outside working time the count starts at the next working period. Using up a period exactly
    ends at that period's end (11:30, 17:00), not at the next one's start. 0 seconds returns `at`.
    """
    _require_aware(at, "at")
    if seconds < 0:
        raise ValueError(f"cannot add negative working time: {seconds} s")
    if seconds == 0:
        return at.astimezone(VN_TZ), []
    clock = _Clock(calendar, _shape(hours))
    day, pos = _local(at)
    end_day, end_pos = clock.advance(day, pos, seconds * _US)
    return _instant(end_day, end_pos), clock.days_off_reasons(day, end_day)


def step_outcome(finished: datetime, budget_end: datetime) -> str:
    """Early (finished on an earlier date than the budget's end), on_time or late."""
    _require_aware(finished, "finished")
    _require_aware(budget_end, "budget_end")
    finished, budget_end = finished.astimezone(VN_TZ), budget_end.astimezone(VN_TZ)
    if finished.date() < budget_end.date():
        return "early"
    return "on_time" if finished <= budget_end else "late"


def reason_label_en(reason: Reason) -> str:
    """The English label of a reason built by this module; other labels are returned as written."""
    start, end = reason.start, reason.end
    if reason.kind == "day_off":
        return DayOff(_as_date(start), reason.label).reason_en
    if reason.kind == "receipt_day":
        return f"The day of receipt ({_iso(start)}) is not counted"
    if reason.kind == "after_cutoff":
        cutoff = re.search(r"sau (\d{1,2}:\d{2})", reason.label)
        if reason.label.startswith(_AFTER_CUTOFF_ON_DAY_OFF_VI):
            why = "Received on a day off"
        else:
            why = f"Received after {cutoff.group(1) if cutoff else 'the same-day cut-off'}"
        return f"{why}: due the next working day ({_iso(end)})"
    if reason.kind == "after_hours":
        return f"Received outside working hours: the clock starts at {_iso(end)}"
    if reason.kind == "pause":
        return f"Clock paused from {_iso(start)} to {_iso(end)}"
    if reason.kind == "extension":
        note = reason.label.removeprefix(_EXTENSION_VI).removeprefix(": ")
        text = "Extended by an apology and new-appointment letter"
        return f"{text} to {_iso(end)}" + (f": {note}" if note != reason.label else "")
    if reason.kind == "deadline_on_day_off":
        return f"The deadline {_iso(start)} fell on a day off: moved to {_iso(end)}"
    return reason.label


# --- the arithmetic -------------------------------------------------------------------------

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class _Shape:
    """Working hours as microseconds since midnight."""

    periods: tuple[tuple[int, int], ...]
    per_day: int
    day_start: int
    day_end: int
    cutoff: int


@functools.lru_cache(maxsize=64)
def _shape(hours: WorkingHours) -> _Shape:
    periods = tuple((_micro(start), _micro(end)) for start, end in hours.periods)
    return _Shape(
        periods=periods,
        per_day=sum(end - start for start, end in periods),
        day_start=periods[0][0],
        day_end=periods[-1][1],
        cutoff=_micro(hours.same_day_cutoff),
    )


@dataclass(frozen=True)
class _Clock:
    """One calendar and one day's shape; a position is (date, microseconds since midnight)."""

    calendar: Calendar
    shape: _Shape

    def after_working_days(self, day: date, n: int) -> tuple[datetime, list[Reason]]:
        due_day, skipped = self.calendar.working_days_after(day, n)
        reasons = [_reason_receipt_day(day)]
        reasons.extend(_reason_day_off(off) for off in skipped)
        return _instant(due_day, self.shape.day_end), reasons

    def after_calendar_days(self, day: date, n: int) -> tuple[datetime, list[Reason]]:
        nominal = day + timedelta(days=n)
        reasons = [_reason_receipt_day(day)]
        due_day = nominal
        if not self.calendar.is_working_day(nominal):
            due_day = self.calendar.next_working_day(nominal)
            reasons.append(_reason_deadline_on_day_off(nominal, due_day))
            reasons.extend(self.days_off_reasons(nominal, due_day))
        return _instant(due_day, self.shape.day_end), reasons

    def same_day(self, start: datetime) -> tuple[datetime, list[Reason]]:
        day, pos = _local(start)
        on_working_day = self.calendar.is_working_day(day)
        if on_working_day and pos <= self.shape.cutoff:
            return _instant(day, self.shape.day_end), []
        due_day, skipped = self.calendar.working_days_after(day, 1)
        cutoff = _instant(day, self.shape.cutoff)
        reasons = [_reason_after_cutoff(start, due_day, cutoff, on_working_day)]
        reasons.extend(_reason_day_off(off) for off in skipped)
        return _instant(due_day, self.shape.day_end), reasons

    def after_fractional_working_days(
        self, start: datetime, whole: int, fraction: int
    ) -> tuple[datetime, list[Reason]]:
        """`whole` working days by rule 1 (0: the same-day rule), then `fraction` > 0 seconds more.

        Received after the cut-off or on a day off, the same-day due is already the end of the
        next working day, which is where 1 working day ends: a fraction below 1 day stops there.
        """
        if whole >= 1:
            base, reasons = self.after_working_days(start.astimezone(VN_TZ).date(), whole)
        else:
            base, reasons = self.same_day(start)
            if reasons:  # rolled to the next working day: the same instant as 1 working day
                return base, reasons
        day, pos = _local(base)
        end_day, end_pos = self.advance(day, pos, fraction * _US)
        reasons.extend(self.days_off_reasons(day, end_day))
        return _instant(end_day, end_pos), reasons

    def after_working_time(self, start: datetime, seconds: int) -> tuple[datetime, list[Reason]]:
        day, pos = _local(start)
        begin_day, begin_pos = self.clamp(day, pos)
        reasons: list[Reason] = []
        if (begin_day, begin_pos) != (day, pos):
            reasons.append(_reason_after_hours(start, _instant(begin_day, begin_pos)))
        end_day, end_pos = begin_day, begin_pos
        if seconds > 0:
            end_day, end_pos = self.advance(begin_day, begin_pos, seconds * _US)
        reasons.extend(self.days_off_reasons(day, end_day))
        return _instant(end_day, end_pos), reasons

    def clamp(self, day: date, pos: int) -> tuple[date, int]:
        """The position itself when in working time (period ends included), else the next start."""
        if self.calendar.is_working_day(day):
            for start, end in self.shape.periods:
                if pos <= end:
                    return day, max(pos, start)
        return self.calendar.next_working_day(day), self.shape.day_start

    def advance(self, day: date, pos: int, amount: int) -> tuple[date, int]:
        """The position `amount` > 0 microseconds of working time later."""
        if self.calendar.is_working_day(day):
            for start, end in self.shape.periods:
                room = end - max(pos, start)
                if room <= 0:
                    continue
                if amount <= room:
                    return day, max(pos, start) + amount
                amount -= room
        # Whole days, then the rest on the day after them; a rest of 0 ends at a day's end.
        whole_days, rest = divmod(amount, self.shape.per_day)
        if rest == 0:
            whole_days, rest = whole_days - 1, self.shape.per_day
        day = self.calendar.nth_working_day_after(day, whole_days + 1)
        for start, end in self.shape.periods:
            if rest <= end - start:
                return day, start + rest
            rest -= end - start
        raise AssertionError("unreachable: rest never exceeds a working day")

    def worked_between(self, a: datetime, b: datetime) -> int:
        """Microseconds of working time from `a` to `b` (0 when b <= a)."""
        if b <= a:
            return 0
        (day_a, pos_a), (day_b, pos_b) = _local(a), _local(b)
        if day_a == day_b:
            return self.worked_on(day_a, pos_a, pos_b)
        inner_days = self.calendar.count_working_days(day_a + _ONE_DAY, day_b - _ONE_DAY)
        return (
            self.worked_on(day_a, pos_a, self.shape.day_end)
            + inner_days * self.shape.per_day
            + self.worked_on(day_b, 0, pos_b)
        )

    def worked_on(self, day: date, pos_from: int, pos_to: int) -> int:
        if not self.calendar.is_working_day(day):
            return 0
        periods = self.shape.periods
        return sum(max(0, min(end, pos_to) - max(start, pos_from)) for start, end in periods)

    def days_off_reasons(self, first: date, before: date) -> list[Reason]:
        """day_off reasons for the days off in `first`…`before` (`before` excluded)."""
        offs = self.calendar.days_off_between(first - _ONE_DAY, before) if first < before else []
        return [_reason_day_off(off) for off in offs]


def _add_pause(
    at: datetime, paused: datetime, resumed: datetime, clock: _Clock, reasons: list[Reason]
) -> datetime:
    _require_aware(paused, "paused_at")
    _require_aware(resumed, "resumed_at")
    if resumed < paused:
        raise ValueError(f"a pause must end after it starts: {paused} – {resumed}")
    paused, resumed = paused.astimezone(VN_TZ), resumed.astimezone(VN_TZ)
    reasons.append(_reason_pause(paused, resumed))
    whole_seconds = clock.worked_between(paused, resumed) // _US
    if whole_seconds == 0:
        return at
    day, pos = _local(at)
    end_day, end_pos = clock.advance(day, pos, whole_seconds * _US)
    reasons.extend(clock.days_off_reasons(day, end_day))
    return _instant(end_day, end_pos)


def _extend(at: datetime, extended_to: datetime, note: str, reasons: list[Reason]) -> datetime:
    _require_aware(extended_to, "extended_to")
    new_at = extended_to.astimezone(VN_TZ)
    if new_at <= at:
        raise ValueError(f"an extension must move the due instant later: {new_at} <= {at}")
    label = f"{_EXTENSION_VI}: {note}" if note else _EXTENSION_VI
    reasons.append(Reason("extension", at, new_at, label))
    return new_at


# --- reasons ----------------------------------------------------------------------------------


def _reason_day_off(off: DayOff) -> Reason:
    return Reason("day_off", off.day, off.day, off.reason)


def _reason_receipt_day(day: date) -> Reason:
    return Reason("receipt_day", day, day, f"Không tính ngày tiếp nhận hồ sơ ({day:%d/%m/%Y})")


def _reason_after_cutoff(
    start: datetime, due_day: date, cutoff: datetime, on_working_day: bool
) -> Reason:
    why = f"Tiếp nhận sau {cutoff:%H:%M}" if on_working_day else _AFTER_CUTOFF_ON_DAY_OFF_VI
    label = f"{why}, hẹn trả vào ngày làm việc tiếp theo ({due_day:%d/%m/%Y})"
    return Reason("after_cutoff", start.astimezone(VN_TZ), due_day, label)


def _reason_after_hours(start: datetime, begin: datetime) -> Reason:
    label = f"Tiếp nhận ngoài giờ làm việc, bắt đầu tính thời gian từ {begin:%H:%M ngày %d/%m/%Y}"
    return Reason("after_hours", start.astimezone(VN_TZ), begin, label)


def _reason_pause(paused: datetime, resumed: datetime) -> Reason:
    label = (
        f"Tạm dừng tính thời gian từ {paused:%H:%M ngày %d/%m/%Y} đến {resumed:%H:%M ngày %d/%m/%Y}"
    )
    return Reason("pause", paused, resumed, label)


def _reason_deadline_on_day_off(nominal: date, due_day: date) -> Reason:
    label = (
        f"Hạn {nominal:%d/%m/%Y} rơi vào ngày nghỉ,"
        f" chuyển sang ngày làm việc tiếp theo ({due_day:%d/%m/%Y})"
    )
    return Reason("deadline_on_day_off", nominal, due_day, label)


# --- small helpers ----------------------------------------------------------------------------


def _require_aware(value: datetime, name: str) -> None:
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {value.isoformat()}")


def _local(value: datetime) -> tuple[date, int]:
    local = value.astimezone(VN_TZ)
    return local.date(), _micro(local.time())


def _instant(day: date, pos: int) -> datetime:
    return datetime.combine(day, time.min, tzinfo=VN_TZ) + timedelta(microseconds=pos)


def _micro(t: time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * _US + t.microsecond


def _whole_seconds(amount: Decimal) -> int:
    """Working seconds, rounded up so that a limit is never shortened."""
    return int(amount.to_integral_value(rounding=ROUND_CEILING))


def _as_date(value: date | datetime) -> date:
    return value.astimezone(VN_TZ).date() if isinstance(value, datetime) else value


def _iso(value: date | datetime) -> str:
    if isinstance(value, datetime):
        return value.astimezone(VN_TZ).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()
