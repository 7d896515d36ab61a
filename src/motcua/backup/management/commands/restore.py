from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from motcua.backup.archive import backup_restore
from motcua.backup.report import refusals, table_lines, totals


class Command(BaseCommand):
    help = (
        "Khôi phục bản sao lưu DIR vào cơ sở dữ liệu hiện tại (DATABASE_URL) và MEDIA_ROOT. "
        "Dừng motcua serve và các worker trước khi khôi phục."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("dir", metavar="DIR", type=Path, help="thư mục do motcua backup tạo")
        parser.add_argument(
            "--force",
            action="store_true",
            help="ghi đè cả khi cơ sở dữ liệu hiện tại đã có dữ liệu (dữ liệu đó bị xóa)",
        )

    def handle(self, *args: Any, **opts: Any) -> None:
        source: Path = opts["dir"]
        began = time.perf_counter()
        with refusals():
            manifest = backup_restore(source=source, force=opts["force"])
            executor = MigrationExecutor(connection)
            pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        seconds = time.perf_counter() - began
        lines = [
            f"Đã khôi phục {source} (sao lưu lúc {manifest.created_at}) trong {seconds:.1f} s; "
            "số dòng từng bảng khớp với manifest.json, mọi tệp khớp SHA-256:",
            *table_lines(manifest, "dòng (khớp)"),
            totals(manifest, (source / manifest.database_file).stat().st_size),
        ]
        if pending:
            lines.append(
                f"Bản sao lưu cũ hơn mã nguồn: chạy motcua migrate ({len(pending)} migration)."
            )
        self.stdout.write("\n".join(lines))
