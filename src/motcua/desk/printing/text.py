"""How the printed forms write dates, instants, time limits and outcomes: Vietnamese, in VN time.

Instants are stored in UTC; a form always shows them on Vietnam's wall clock, whatever the
server's or the reader's time zone.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from motcua.clock import VN_TZ, Limit, LimitUnit, Reason

UNIT_LABELS = {
    LimitUnit.WORKING_DAYS: "ngày làm việc",
    LimitUnit.DAYS: "ngày",
    LimitUnit.WORKING_HOURS: "giờ làm việc",
}
OUTCOME_LABELS = {"early": "Trước hạn", "on_time": "Đúng hạn", "late": "Quá hạn"}
OPEN_OUTCOME = "Đang xử lý"
# Unit names carry their level ("Tỉnh Sơn Hà"); the place line of a form names the place alone.
_LEVEL_PREFIXES = ("Thành phố ", "Tỉnh ", "Đặc khu ", "Phường ", "Thị trấn ", "Xã ")


def local(value: dt.datetime) -> dt.datetime:
    return value.astimezone(VN_TZ)


def date_text(value: dt.datetime | dt.date | None) -> str:
    """dd/mm/yyyy; an empty string when there is no such date yet."""
    if value is None:
        return ""
    day = local(value).date() if isinstance(value, dt.datetime) else value
    return f"{day:%d/%m/%Y}"


def instant_text(value: dt.datetime | None) -> str:
    """'09 giờ 30 phút, ngày 02/03/2026', the way the circular's forms write an instant."""
    if value is None:
        return ""
    at = local(value)
    return f"{at:%H} giờ {at:%M} phút, ngày {at:%d/%m/%Y}"


def short_instant(value: dt.datetime | None) -> str:
    """'09:30 02/03/2026', for table cells."""
    return f"{local(value):%H:%M %d/%m/%Y}" if value is not None else ""


def long_date(value: dt.datetime | dt.date) -> str:
    """'ngày 02 tháng 03 năm 2026', as in the place-and-date line."""
    day = local(value).date() if isinstance(value, dt.datetime) else value
    return f"ngày {day:%d} tháng {day:%m} năm {day:%Y}"


def amount_text(amount: Decimal) -> str:
    """5 → '5', 0.5 → '0,5' (Vietnamese decimal comma)."""
    text = format(amount.normalize(), "f")
    return text.replace(".", ",")


def limit_text(limit: Limit) -> str:
    return f"{amount_text(limit.amount)} {UNIT_LABELS[limit.unit]}"


def outcome_text(outcome: str | None) -> str:
    return OUTCOME_LABELS.get(outcome or "", OPEN_OUTCOME)


def place_name(unit_name: str) -> str:
    for prefix in _LEVEL_PREFIXES:
        if unit_name.startswith(prefix):
            return unit_name[len(prefix) :]
    return unit_name


def reason_line(reason: Reason) -> str:
    """One line of "why this appointment": a day off's label names the day but not its date."""
    if reason.kind == "day_off":
        return f"Ngày nghỉ {date_text(reason.start)} ({reason.label})"
    return reason.label
