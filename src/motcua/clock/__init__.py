"""The working-day clock. `calendar` and `due` are pure; `models` holds the override table."""

from motcua.clock.calendar import SUPPORTED_YEARS, VN_TZ, Calendar, DayOff, WorkingHours
from motcua.clock.due import (
    Due,
    Limit,
    LimitUnit,
    Reason,
    add_working_seconds,
    due_at,
    step_outcome,
    working_seconds_between,
)

__all__ = [
    "SUPPORTED_YEARS",
    "VN_TZ",
    "Calendar",
    "DayOff",
    "Due",
    "Limit",
    "LimitUnit",
    "Reason",
    "WorkingHours",
    "add_working_seconds",
    "due_at",
    "step_outcome",
    "working_seconds_between",
]
