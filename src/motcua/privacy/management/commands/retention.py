from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from motcua.backup.report import refusals, size
from motcua.clock.services import iso_vn
from motcua.privacy.retention import retention_apply
from motcua.privacy.selectors import anonymisable_dossiers, expired_documents


class Command(BaseCommand):
    help = (
        "Thời hạn lưu trữ (MOTCUA_RETENTION_YEARS). apply: xóa tệp giấy tờ đã hết hạn (giữ "
        "dòng dữ liệu cho thống kê), ẩn danh người nộp trên hồ sơ hết hạn; --dry-run: chỉ liệt "
        "kê. Worker chạy việc này mỗi ngày."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="verb", required=True)
        apply = sub.add_parser("apply", help="xóa những gì đã hết thời hạn lưu trữ")
        apply.add_argument("--dry-run", action="store_true", help="chỉ liệt kê, không thay đổi")

    def handle(self, *args: Any, **opts: Any) -> None:
        years = settings.MOTCUA_RETENTION_YEARS
        self.stdout.write(
            "Thời hạn lưu trữ (năm, 0 = vĩnh viễn): "
            + ", ".join(f"{kind}={value}" for kind, value in years.items())
        )
        with refusals():
            if opts["dry_run"]:
                self._list(years)
            else:
                self._apply(years)

    def _list(self, years: dict[str, int]) -> None:
        now = timezone.now()
        documents = (
            expired_documents(now=now, years=years)
            .order_by("dossier__ended_at", "pk")
            .values_list("pk", "kind", "size", "dossier__code", "dossier__ended_at")
        )
        count = total = 0
        for pk, kind, bytes_, code, ended_at in documents.iterator(chunk_size=2000):
            self.stdout.write(f"  xóa tệp: tài liệu {pk} ({kind}, {size(bytes_)}) của hồ sơ "
                              f"{code}, kết thúc {iso_vn(ended_at)}")  # fmt: skip
            count, total = count + 1, total + bytes_
        dossiers = anonymisable_dossiers(now=now, years=years, files_gone=False)
        codes = dossiers.order_by("ended_at", "pk").values_list("code", flat=True)
        anonymised = 0
        for code in codes.iterator(chunk_size=2000):
            self.stdout.write(f"  ẩn danh người nộp: hồ sơ {code}")
            anonymised += 1
        self.stdout.write(
            f"Chạy thử, không thay đổi gì: {count} tài liệu ({size(total)}) sẽ bị xóa tệp, "
            f"{anonymised} hồ sơ sẽ được ẩn danh."
        )

    def _apply(self, years: dict[str, int]) -> None:
        outcome = retention_apply(years=years)
        lines = [
            f"Đã xóa tệp của {outcome.purged} tài liệu ({size(outcome.purged_bytes)}): "
            f"{outcome.files_deleted} tệp đã xóa, {outcome.files_shared} tệp giữ lại vì giấy tờ "
            "khác còn dùng.",
            f"Đã ẩn danh người nộp trên {outcome.anonymised} hồ sơ.",
        ]
        if outcome.files_failed:
            lines.append(f"Không xóa được {outcome.files_failed} tệp (xem nhật ký).")
        self.stdout.write("\n".join(lines))
