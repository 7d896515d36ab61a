from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from motcua.clock import VN_TZ, Limit, LimitUnit, due_at
from motcua.clock.services import due_json, iso_vn, province_calendar


class Command(BaseCommand):
    help = "Tính ngày hẹn trả và lý do. Ví dụ: motcua due --from 2026-02-12T10:00 --days 5"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--from", dest="start", required=True, help="ISO 8601; no offset = +07:00"
        )
        amount = parser.add_mutually_exclusive_group(required=True)
        amount.add_argument("--days", help="working days (ngày làm việc)")
        amount.add_argument("--calendar-days", help="calendar days (ngày)")
        amount.add_argument("--hours", help="working hours (giờ làm việc)")
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            start = dt.datetime.fromisoformat(opts["start"])
        except ValueError:
            raise CommandError(
                f"--from “{opts['start']}” không phải thời điểm ISO 8601 (ví dụ 2026-02-12T10:00)."
            ) from None
        if start.tzinfo is None:
            start = start.replace(tzinfo=VN_TZ)
        for key, unit in (
            ("days", LimitUnit.WORKING_DAYS),
            ("calendar_days", LimitUnit.DAYS),
            ("hours", LimitUnit.WORKING_HOURS),
        ):
            if opts[key] is not None:
                try:
                    amount = Decimal(opts[key])
                except InvalidOperation:
                    raise CommandError(f"Số lượng “{opts[key]}” không phải là số.") from None
                if amount < 0 or not amount.is_finite():
                    raise CommandError("Số lượng phải là số không âm.")
                try:
                    limit = Limit(amount, unit)
                except ValueError as exc:
                    raise CommandError(f"Thời hạn không hợp lệ: {exc}") from None
        try:
            due = due_at(start, limit, calendar=province_calendar())
        except ValueError as exc:
            raise CommandError(f"Thời hạn không hợp lệ: {exc}") from None
        if opts["json"]:
            self.stdout.write(json.dumps(due_json(due), ensure_ascii=False, indent=2))
            return
        self.stdout.write(iso_vn(due.at) or "")
        for reason in due.reasons:
            self.stdout.write(f"  - {reason.label}")
