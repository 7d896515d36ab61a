from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from motcua.catalog.laythutuc import CatalogFormatError
from motcua.catalog.services import catalog_export, catalog_import_text


class Command(BaseCommand):
    help = "Nhập / xuất danh mục thủ tục theo định dạng LayThuTuc của Cổng DVCQG."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="verb", required=True)
        imp = sub.add_parser("import", help="import FILE (a JSON array or one object)")
        imp.add_argument("file")
        exp = sub.add_parser("export", help="export current versions as JSON")
        exp.add_argument("--output", "-o", default="-", help="file path, or - for stdout")
        exp.add_argument("--code", action="append", default=[], help="only these codes")

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["verb"] == "import":
            path = Path(opts["file"])
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"Không đọc được tệp {path}: {exc}") from None
            try:
                report = catalog_import_text(text)
            except CatalogFormatError as exc:
                raise CommandError(
                    f"Tệp {path} không hợp lệ, không nhập thủ tục nào:\n{exc}"
                ) from None
            self.stdout.write(
                f"Đã nhập: {report.created} mới, {report.updated} phiên bản mới, "
                f"{report.unchanged} không đổi."
            )
            return
        data = json.dumps(catalog_export(opts["code"] or None), ensure_ascii=False, indent=2)
        if opts["output"] == "-":
            self.stdout.write(data)
        else:
            Path(opts["output"]).write_text(data + "\n", encoding="utf-8")
            self.stdout.write(f"Đã xuất vào {opts['output']}.")
