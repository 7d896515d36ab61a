"""Which days are working days in Vietnam, and the working hours of a day.

Pure: imports no Django. The statutory holidays, days off in lieu and swapped working Saturdays come
from the `holidays` package; an override table (announcements the package lacks) wins over both.
Answers are computed a whole year at a time and kept, because seeding asks for hundreds of
thousands of due dates.
"""

from __future__ import annotations

import functools
import threading
import zoneinfo
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from types import MappingProxyType

from holidays import HolidayBase, country_holidays

VN_TZ = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
# The years input may name (a request's start, a report's period). Wider than any dossier's life;
# narrow enough that a date stays a date in every time zone and a year's calendar is worth caching.
SUPPORTED_YEARS = range(1900, 2200)

_WEEKDAY_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ANNOUNCED_DAY_OFF = "Ngày nghỉ theo thông báo"
_NO_OVERRIDES: Mapping[date, tuple[bool, str]] = MappingProxyType({})


@dataclass(frozen=True)
class DayOff:
    """A day that is not a working day, and why (a Vietnamese label)."""

    day: date
    reason: str

    @property
    def reason_en(self) -> str:
        """The reason in English; an override's own text is returned as written."""
        if self.reason in _WEEKDAY_VI:
            return _WEEKDAY_EN[_WEEKDAY_VI.index(self.reason)]
        if self.reason == _ANNOUNCED_DAY_OFF:
            return "Announced day off"
        if _statutory_names("vi").get(self.day) == self.reason:
            return str(_statutory_names("en_US").get(self.day))
        return self.reason


@functools.cache
def _statutory_names(language: str) -> HolidayBase:
    return country_holidays("VN", language=language)


@dataclass(frozen=True)
class _Year:
    """One year's answers: working days and days off as sorted ordinals, for bisecting."""

    working: list[int]
    off_ordinals: list[int]
    offs: list[DayOff]


class Calendar:
    """Working days: Monday–Friday, minus statutory holidays, plus swapped working Saturdays.

    `overrides` maps a date to `(is_working_day, reason)` and wins over everything else.
    `weekend` holds weekday numbers (Monday = 0).
    """

    def __init__(
        self,
        *,
        overrides: Mapping[date, tuple[bool, str]] = _NO_OVERRIDES,
        weekend: frozenset[int] = frozenset({5, 6}),
    ) -> None:
        if not weekend <= frozenset(range(7)) or len(weekend) == 7:
            raise ValueError(f"weekend must be weekday numbers 0–6, not all seven: {weekend!r}")
        for day, value in overrides.items():
            _require_date(day)
            if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], bool)):
                raise ValueError(f"override for {day} must be (is_working_day, reason): {value!r}")
        self._overrides = dict(overrides)
        self._weekend = frozenset(weekend)
        self._statutory = country_holidays("VN", language="vi")
        self._day_off: dict[date, DayOff | None] = {}
        self._years: dict[int, _Year] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Calendar(overrides={len(self._overrides)}, weekend={sorted(self._weekend)})"

    def is_working_day(self, d: date) -> bool:
        return self.day_off(d) is None

    def day_off(self, d: date) -> DayOff | None:
        """Why `d` is not a working day, or None when it is one."""
        try:
            return self._day_off[d]
        except KeyError:
            _require_date(d)
            self._year(d.year)
            return self._day_off[d]

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after `d`."""
        return self.nth_working_day_after(d, 1)

    def nth_working_day_after(self, d: date, n: int) -> date:
        """The n-th working day strictly after `d` (`d` itself when n is 0)."""
        _require_date(d)
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        if n == 0:
            return d
        year = d.year
        working = self._year(year).working
        i = bisect_right(working, d.toordinal())
        while n > len(working) - i:
            n -= len(working) - i
            year += 1
            working = self._year(year).working
            i = 0
        return date.fromordinal(working[i + n - 1])

    def working_days_after(self, d: date, n: int) -> tuple[date, list[DayOff]]:
        """The n-th working day strictly after `d`, and the days off skipped on the way there."""
        end = self.nth_working_day_after(d, n)
        return end, self.days_off_between(d, end)

    def days_off_between(self, after: date, before: date) -> list[DayOff]:
        """The days off strictly between two dates, in order."""
        _require_date(after)
        _require_date(before)
        if before <= after:
            return []
        lo, hi = after.toordinal(), before.toordinal()
        skipped: list[DayOff] = []
        for year in range(after.year, before.year + 1):
            data = self._year(year)
            first = bisect_right(data.off_ordinals, lo)
            last = bisect_left(data.off_ordinals, hi)
            skipped.extend(data.offs[first:last])
        return skipped

    def count_working_days(self, first: date, last: date) -> int:
        """How many working days lie in `first`…`last`, both included (0 when last < first)."""
        _require_date(first)
        _require_date(last)
        if last < first:
            return 0
        lo, hi = first.toordinal(), last.toordinal()
        total = 0
        for year in range(first.year, last.year + 1):
            working = self._year(year).working
            total += bisect_right(working, hi) - bisect_left(working, lo)
        return total

    def _year(self, year: int) -> _Year:
        data = self._years.get(year)
        if data is None:
            with self._lock:
                data = self._years.get(year)
                if data is None:
                    data = self._build_year(year)
                    self._years[year] = data
        return data

    def _build_year(self, year: int) -> _Year:
        # A swapped Saturday can be announced with the previous or next year's holidays.
        for neighbour in (year - 1, year, year + 1):
            if date.min.year <= neighbour <= date.max.year:
                self._statutory.get(date(neighbour, 1, 1))
        working: list[int] = []
        offs: list[DayOff] = []
        day = date(year, 1, 1)
        while day.year == year:
            off = self._compute_day_off(day)
            self._day_off[day] = off
            if off is None:
                working.append(day.toordinal())
            else:
                offs.append(off)
            day += timedelta(days=1)
        return _Year(working, [off.day.toordinal() for off in offs], offs)

    def _compute_day_off(self, day: date) -> DayOff | None:
        if day in self._overrides:
            is_working, reason = self._overrides[day]
            return None if is_working else DayOff(day, reason or _ANNOUNCED_DAY_OFF)
        name = self._statutory.get(day)
        if name:
            return DayOff(day, str(name))
        weekday = day.weekday()
        if weekday in self._weekend and day not in self._statutory.weekend_workdays:
            return DayOff(day, _WEEKDAY_VI[weekday])
        return None


@dataclass(frozen=True)
class WorkingHours:
    """An agency's working periods in a working day, and the cut-off for same-day procedures."""

    periods: tuple[tuple[time, time], ...] = (
        (time(7, 30), time(11, 30)),
        (time(13, 30), time(17, 0)),
    )
    same_day_cutoff: time = time(15, 0)

    def __post_init__(self) -> None:
        if not self.periods:
            raise ValueError("working hours need at least one period")
        previous_end: time | None = None
        for start, end in self.periods:
            if start.tzinfo is not None or end.tzinfo is not None:
                raise ValueError(f"working periods are wall-clock times, not aware: {start}–{end}")
            if start.microsecond or end.microsecond:
                raise ValueError(f"working periods are whole seconds: {start}–{end}")
            if not start < end:
                raise ValueError(f"a working period must start before it ends: {start}–{end}")
            if previous_end is not None and start < previous_end:
                raise ValueError(
                    f"working periods must be in order and not overlap: {start} < {previous_end}"
                )
            previous_end = end
        if self.same_day_cutoff.tzinfo is not None:
            raise ValueError("the same-day cut-off is a wall-clock time, not aware")

    @property
    def seconds_per_day(self) -> int:
        """Working seconds in one working day (27 000 = 7.5 h for the default hours)."""
        return sum(_seconds(end) - _seconds(start) for start, end in self.periods)

    @property
    def day_start(self) -> time:
        return self.periods[0][0]

    @property
    def day_end(self) -> time:
        """When the last working period ends: the instant a due date falls at."""
        return self.periods[-1][1]


def _seconds(t: time) -> int:
    return (t.hour * 60 + t.minute) * 60 + t.second


def _require_date(d: object) -> None:
    if isinstance(d, datetime) or not isinstance(d, date):
        raise TypeError(f"expected a date, got {type(d).__name__}: {d!r}")
