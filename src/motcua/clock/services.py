"""The province's calendar: the pure Calendar plus the override table, cached per process."""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Any

from django.db.models.signals import post_delete, post_save

from motcua.clock.calendar import VN_TZ, Calendar, WorkingHours
from motcua.clock.due import Due, Reason
from motcua.clock.models import CalendarOverride

# Other processes (web workers, the worker) learn of an override change within this many seconds;
# the process that saved it at once (signals below).
CALENDAR_TTL_SECONDS = 60.0

_lock = threading.Lock()
_cached: tuple[float, Calendar] | None = None


def province_calendar() -> Calendar:
    """The calendar with the overrides as they are now (cached per process for a minute)."""
    global _cached
    with _lock:
        now = time.monotonic()
        if _cached is None or now - _cached[0] > CALENDAR_TTL_SECONDS:
            overrides = {
                o.day: (o.is_working_day, o.reason) for o in CalendarOverride.objects.all()
            }
            _cached = (now, Calendar(overrides=overrides))
        return _cached[1]


def forget_calendar(**_: object) -> None:
    global _cached
    with _lock:
        _cached = None


def connect_signals() -> None:
    post_save.connect(forget_calendar, sender=CalendarOverride)
    post_delete.connect(forget_calendar, sender=CalendarOverride)


def agency_hours(periods: list[list[str]] | None) -> WorkingHours:
    """An agency's working periods (stored as [["07:30","11:30"], …]); the default when empty."""
    if not periods:
        return WorkingHours()
    parsed = tuple(
        (dt.time.fromisoformat(start), dt.time.fromisoformat(end)) for start, end in periods
    )
    return WorkingHours(periods=parsed)


def iso_vn(value: dt.datetime | dt.date | None) -> str | None:
    """Instants are stored in UTC and shown in Asia/Ho_Chi_Minh (ISO 8601, +07:00)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone(VN_TZ).isoformat()
    return value.isoformat()


def reason_json(reason: Reason) -> dict[str, Any]:
    return {
        "kind": reason.kind,
        "start": iso_vn(reason.start),
        "end": iso_vn(reason.end),
        "label": reason.label,
    }


def due_json(due: Due) -> dict[str, Any]:
    return {"due_at": iso_vn(due.at), "reasons": [reason_json(r) for r in due.reasons]}
