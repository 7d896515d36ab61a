from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from motcua.backup.archive import backup_create
from motcua.backup.report import refusals, table_lines, totals


class Command(BaseCommand):
    help = (
        "Sao lưu cơ sở dữ liệu và các tệp tải lên vào thư mục DIR (mới hoặc trống), "
        "kèm manifest.json (số dòng từng bảng, SHA-256 từng tệp)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "dir", metavar="DIR", type=Path, help="thư mục sao lưu (mới hoặc trống)"
        )

    def handle(self, *args: Any, **opts: Any) -> None:
        target: Path = opts["dir"]
        began = time.perf_counter()
        with refusals():
            manifest = backup_create(target=target)
        seconds = time.perf_counter() - began
        written = (target / manifest.database_file).stat().st_size
        lines = [
            f"Đã sao lưu {manifest.vendor} vào {target} trong {seconds:.1f} s:",
            *table_lines(manifest, "dòng"),
            totals(manifest, written),
        ]
        self.stdout.write("\n".join(lines))
