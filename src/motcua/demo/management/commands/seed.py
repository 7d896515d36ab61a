from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.utils import timezone

from motcua.demo.seeding import DEMO_PASSWORD, seed_all
from motcua.indicators.aggregates import figures_rebuild
from motcua.units.models import Agency


class Command(BaseCommand):
    help = "Tạo tỉnh mẫu (sau sáp nhập 2025): cơ quan, cán bộ, ≥ 2.000 thủ tục và hồ sơ một năm."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dossiers", type=int, default=20_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--if-empty", action="store_true", help="do nothing if a province is already loaded"
        )

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["dossiers"] < 0:
            raise CommandError("--dossiers phải là số không âm.")
        if Agency.objects.exists():
            if opts["if_empty"]:
                self.stdout.write("Đã có dữ liệu tỉnh mẫu; bỏ qua (seed --if-empty).")
                return
            raise CommandError(
                "Cơ sở dữ liệu đã có dữ liệu. Dùng cơ sở dữ liệu trống (hoặc --if-empty)."
            )
        began = time.perf_counter()
        refs, written = seed_all(dossiers=opts["dossiers"], seed=opts["seed"], now=timezone.now())
        seconds = time.perf_counter() - began
        rate = written / seconds if seconds else 0.0
        self.stdout.write(
            f"Tỉnh mẫu: {len(refs.agencies)} cơ quan, {len(refs.versions)} thủ tục, "
            f"{written} hồ sơ trong {seconds:.1f} s ({rate:.0f} hồ sơ/giây). "
            f"Mật khẩu mọi tài khoản mẫu: {DEMO_PASSWORD} (xem: motcua users)."
        )
        if connection.vendor == "postgresql":  # fresh statistics after the bulk load
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        began = time.perf_counter()
        counted = figures_rebuild()
        self.stdout.write(
            f"Số liệu chỉ số phục vụ: {counted} hồ sơ trong {time.perf_counter() - began:.1f} s."
        )
