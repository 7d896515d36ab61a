from __future__ import annotations

import json
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from motcua.errors import DomainError
from motcua.indicators.aggregates import figures_rebuild
from motcua.indicators.report import GROUPINGS, indicator_report, report_request

LABELS = {
    "sync_rate": "Tỷ lệ đồng bộ hồ sơ lên Cổng DVCQG",
    "on_time_rate": "Tỷ lệ hồ sơ giải quyết đúng hạn",
    "overdue_rate": "Tỷ lệ hồ sơ quá hạn",
    "procedures_online": "Tỷ lệ thủ tục cung cấp trực tuyến",
    "online_services_used": "Tỷ lệ dịch vụ trực tuyến có phát sinh hồ sơ",
    "online_dossier_rate": "Tỷ lệ hồ sơ trực tuyến",
    "online_payment_rate": "Tỷ lệ thanh toán trực tuyến",
    "e_result_rate": "Tỷ lệ cấp kết quả điện tử",
    "digitisation_rate": "Tỷ lệ số hóa hồ sơ",
    "reuse_rate": "Tỷ lệ tái sử dụng kết quả số hóa",
    "identity_rate": "Tỷ lệ xác thực định danh VNeID",
    "satisfaction": "Mức độ hài lòng",
}
GROUPS = {
    "transparency": "1. Công khai, minh bạch",
    "progress": "2. Tiến độ giải quyết",
    "online": "3. Dịch vụ trực tuyến",
    "digitisation": "4. Số hóa hồ sơ",
    "satisfaction": "5. Mức độ hài lòng",
}
NOT_APPLICABLE = "không áp dụng"


def percent(value: float | None) -> str:
    return NOT_APPLICABLE if value is None else f"{value * 100:.1f}%"


def table(block: dict[str, Any]) -> list[str]:
    lines = []
    for name, rate in block["indicators"].items():
        count = f"{rate['numerator']}/{rate['denominator']}"
        lines.append(f"  {LABELS[name]:<42} {percent(rate['value']):>14}  {count}")
    days = block["average_processing_working_days"]
    shown = NOT_APPLICABLE if days is None else f"{days} ngày làm việc"
    lines.append(f"  {'Thời gian giải quyết trung bình':<42} {shown:>14}")
    for group, score in block["groups"].items():
        points = NOT_APPLICABLE if score["points"] is None else f"{score['points']:g}"
        lines.append(f"  {GROUPS[group]:<42} {points:>14}  / {score['max_points']}")
    total = block["total"]
    lines.append(f"  {'Tổng điểm':<42} {total['points']:>14g}  / {total['max_points']}")
    return lines


class Command(BaseCommand):
    help = "Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766) cho một kỳ."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--from", dest="first", help="YYYY-MM-DD")
        parser.add_argument("--to", dest="last", help="YYYY-MM-DD")
        parser.add_argument("--agency", default="", help="mã cơ quan")
        parser.add_argument("--group-by", default="", choices=["", *GROUPINGS])
        parser.add_argument("--format", default="table", choices=["table", "json"])
        parser.add_argument(
            "--rebuild",
            action="store_true",
            help="tính lại toàn bộ số liệu lưu sẵn từ hồ sơ (các thao tác chờ trong lúc tính)",
        )

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["rebuild"]:
            began = time.perf_counter()
            count = figures_rebuild()
            seconds = time.perf_counter() - began
            self.stdout.write(f"Đã tính lại số liệu của {count} hồ sơ trong {seconds:.1f} s.")
            if not opts["first"] and not opts["last"]:
                return
        try:
            request = report_request(
                first=opts["first"],
                last=opts["last"],
                agency=opts["agency"],
                group_by=opts["group_by"],
            )
        except DomainError as exc:
            raise CommandError(f"--{exc.field}: {exc.message}") from exc
        report = indicator_report(**request)
        if opts["format"] == "json":
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
            return
        scope = report["agency"] or "toàn tỉnh"
        lines = [f"Chỉ số phục vụ {report['from']} – {report['to']} ({scope})", *table(report)]
        names = report.get("names", {})
        for key in GROUPINGS:
            for name, block in report.get(f"by_{key}", {}).items():
                title = f"{name} {names[name]}" if name in names else name
                lines += ["", title, *table(block)]
        self.stdout.write("\n".join(lines))
