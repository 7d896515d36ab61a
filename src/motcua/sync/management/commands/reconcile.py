from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from motcua.clock import VN_TZ
from motcua.sync.portal.client import PortalError, portal_client, portal_configured
from motcua.sync.portal.reconcile import reconcile_day, report_table


def _day(raw: str) -> dt.date:
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise CommandError(f"--date phải có dạng YYYY-MM-DD (got {raw!r}).") from None


class Command(BaseCommand):
    help = (
        "Đối soát với Cổng DVCQG các hồ sơ tiếp nhận trong một ngày: gửi lại hồ sơ lệch, "
        "ghi tỷ lệ đồng bộ theo cơ quan."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", help="YYYY-MM-DD, Vietnam time (default: yesterday)")
        parser.add_argument("--concurrency", type=int, default=8, help="look-ups at a time")

    def handle(self, *args: Any, **opts: Any) -> None:
        if not portal_configured():
            raise CommandError("MOTCUA_PORTAL_URL chưa được đặt (the portal is not configured).")
        today = timezone.now().astimezone(VN_TZ).date()
        day = _day(opts["date"]) if opts["date"] else today - dt.timedelta(days=1)
        if opts["concurrency"] < 1:
            raise CommandError("--concurrency phải ≥ 1.")
        try:
            report = reconcile_day(portal_client(), day, concurrency=opts["concurrency"])
        except PortalError as exc:
            raise CommandError(f"Cổng DVCQG không trả lời được: {exc}") from exc
        self.stdout.write(report_table(report))
