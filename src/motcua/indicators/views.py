"""The service index as pages: the leadership dashboard, its Excel export and the public
transparency page. Thin views: parse the period, authorise, call `indicator_report`, render.

Queries are bounded: each report is three (dossiers, their versions, procedure levels) whatever
the number of dossiers or agencies, plus one for the agencies' names.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from openpyxl.styles import Font

from motcua.accounts.models import Role, User
from motcua.clock import VN_TZ
from motcua.desk.views import officer_page
from motcua.dossiers.labels import error_message
from motcua.errors import DomainError
from motcua.indicators import charts
from motcua.indicators.formulas import DEFAULT_WEIGHTS
from motcua.indicators.records import indicator_report, report_request
from motcua.units.models import Agency

PROVINCE_WIDE = frozenset({Role.LEADER, Role.ADMIN, Role.AUDITOR})
READERS = PROVINCE_WIDE | {Role.DESK, Role.OFFICER}  # desk and officers see their own agency
REFUSAL = gettext_lazy("Chỉ cán bộ, lãnh đạo, quản trị và thanh tra được xem bảng điều khiển.")

GROUP_LABELS = {
    "transparency": gettext_lazy("Công khai, minh bạch"),
    "progress": gettext_lazy("Tiến độ giải quyết"),
    "online": gettext_lazy("Dịch vụ trực tuyến"),
    "digitisation": gettext_lazy("Số hóa hồ sơ"),
    "satisfaction": gettext_lazy("Mức độ hài lòng"),
}
INDICATOR_LABELS = {
    "sync_rate": gettext_lazy("Tỷ lệ hồ sơ đồng bộ lên Cổng DVC quốc gia"),
    "on_time_rate": gettext_lazy("Tỷ lệ hồ sơ giải quyết đúng hạn"),
    "overdue_rate": gettext_lazy("Tỷ lệ hồ sơ quá hạn"),
    "procedures_online": gettext_lazy("Tỷ lệ thủ tục cung cấp trực tuyến"),
    "online_dossier_rate": gettext_lazy("Tỷ lệ hồ sơ trực tuyến"),
    "online_payment_rate": gettext_lazy("Tỷ lệ thanh toán trực tuyến"),
    "e_result_rate": gettext_lazy("Tỷ lệ cấp kết quả điện tử"),
    "digitisation_rate": gettext_lazy("Tỷ lệ số hóa hồ sơ"),
    "reuse_rate": gettext_lazy("Tỷ lệ tái sử dụng dữ liệu số hóa"),
    "identity_rate": gettext_lazy("Tỷ lệ sử dụng dữ liệu dân cư (VNeID)"),
    "satisfaction": gettext_lazy("Mức độ hài lòng"),
}
# The overdue rate is shown beside the on-time rate although it earns no points of its own.
SHOWN = {**{g: list(w) for g, w in DEFAULT_WEIGHTS.items()}}
SHOWN["progress"] = ["on_time_rate", "overdue_rate"]
TRENDS = ("on_time_rate", "online_dossier_rate", "digitisation_rate", "sync_rate")
RECEIVED = "sync_rate"  # its denominator is the number of dossiers received in the period


def _today() -> dt.date:
    return timezone.now().astimezone(VN_TZ).date()


def _months_back(today: dt.date, count: int = 12) -> dt.date:
    """The first day of the month `count - 1` months before `today`'s."""
    index = today.year * 12 + today.month - 1 - (count - 1)
    return dt.date(index // 12, index % 12 + 1, 1)


def _quarter_start(today: dt.date) -> dt.date:
    return dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)


@dataclass(frozen=True)
class Line:
    key: str
    label: str
    value: float | None
    shown: str  # "91,3%" or "không áp dụng"
    numerator: int
    denominator: int


def _line(key: str, rate: Mapping[str, Any]) -> Line:
    value = rate["value"]
    shown = charts.percent(value) if value is not None else _("không áp dụng")
    return Line(
        key, str(INDICATOR_LABELS[key]), value, shown, rate["numerator"], rate["denominator"]
    )


def _points(points: float | None) -> str:
    return _("không áp dụng") if points is None else f"{points:g}".replace(".", ",")


def scorecard(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The five groups with their points and each indicator shown in them."""
    return [
        {
            "key": group,
            "label": str(GROUP_LABELS[group]),
            "points": _points(score["points"]),
            "max_points": score["max_points"],
            "lines": [_line(name, report["indicators"][name]) for name in SHOWN[group]],
        }
        for group, score in report["groups"].items()
    ]


def agency_rows(report: Mapping[str, Any], names: Mapping[str, str]) -> list[dict[str, Any]]:
    """One row per competent agency, best on-time rate first (not applicable last)."""
    rows = [
        {
            "code": code,
            "name": names.get(code, code),
            "received": block["indicators"][RECEIVED]["denominator"],
            **{key: _line(key, block["indicators"][key]) for key in TRENDS},
        }
        for code, block in report.get("by_agency", {}).items()
    ]
    rows.sort(key=lambda r: (r["on_time_rate"].value is None, -(r["on_time_rate"].value or 0)))
    return rows


def month_rows(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "month": month,
            "received": block["indicators"][RECEIVED]["denominator"],
            **{key: _line(key, block["indicators"][key]) for key in TRENDS},
        }
        for month, block in report.get("by_month", {}).items()
    ]


def trend_charts(months: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The monthly volume as bars, the rates as lines. `mark_safe`: charts.py escapes all text."""
    volume = [(m["month"], float(m["received"])) for m in months]
    title = _("Số hồ sơ tiếp nhận theo tháng")
    svg = charts.bar_chart(volume, title=title, ident="chart-received")
    found = [{"title": title, "svg": mark_safe(svg)}]
    for key in TRENDS:
        title = str(INDICATOR_LABELS[key])
        points = [(m["month"], m[key].value) for m in months]
        svg = charts.line_chart(points, title=title, ident=f"chart-{key}")
        found.append({"title": title, "svg": mark_safe(svg)})
    return found


# --- the period ---------------------------------------------------------------------------------


def _user(request: HttpRequest) -> User:
    return cast(User, request.user)


def _request(request: HttpRequest, user: User) -> dict[str, Any]:
    """`indicator_report`'s arguments from ?tu=&den=&co-quan= (this month so far by default);
    desk officers and specialists always get their own agency."""
    today = _today()
    agency = request.GET.get("co-quan", "").strip()
    if user.role not in PROVINCE_WIDE:
        agency = user.agency.code if user.agency else ""
    return report_request(
        first=request.GET.get("tu") or today.replace(day=1).isoformat(),
        last=request.GET.get("den") or today.isoformat(),
        agency=agency,
        group_by="agency",
    )


def _refused(request: HttpRequest, error: DomainError) -> HttpResponse:
    context = {"page_title": _("Khoảng thời gian không hợp lệ"), "message": error_message(error)}
    return render(request, "desk/error.html", {**context, "status": 400}, status=400)


def _agency_names() -> dict[str, str]:
    return dict(Agency.objects.filter(valid_to__isnull=True).values_list("code", "name"))


def _presets(today: dt.date, agency: str) -> list[dict[str, str]]:
    extra = f"&co-quan={agency}" if agency else ""
    starts = [
        (_("Tháng này"), today.replace(day=1)),
        (_("Quý này"), _quarter_start(today)),
        (_("Năm nay"), today.replace(month=1, day=1)),
        (_("12 tháng qua"), _months_back(today)),
    ]
    return [
        {"label": label, "query": f"?tu={first.isoformat()}&den={today.isoformat()}{extra}"}
        for label, first in starts
    ]


# --- the pages ----------------------------------------------------------------------------------


@officer_page(READERS, REFUSAL)
def dashboard(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    try:
        args = _request(request, user)
    except DomainError as error:
        return _refused(request, error)
    report = indicator_report(**args)
    today = _today()
    trend = indicator_report(
        first=_months_back(today), last=today, agency=args["agency"], group_by="month"
    )
    names = _agency_names()
    months = month_rows(trend)
    code = args["agency"].code if args["agency"] else ""
    context = {
        "page_title": _("Bảng điều khiển chỉ số phục vụ"),
        "report": report,
        "first": args["first"],
        "last": args["last"],
        "agency_code": code,
        "agency_name": names.get(code, ""),
        "province_wide": user.role in PROVINCE_WIDE,
        "agencies": sorted(names.items(), key=lambda item: item[1]),
        "presets": _presets(today, code if user.role in PROVINCE_WIDE else ""),
        "groups": scorecard(report),
        "total": report["total"],
        "total_points": _points(report["total"]["points"]),
        "headline": [_line(key, report["indicators"][key]) for key in TRENDS],
        "received": report["indicators"][RECEIVED]["denominator"],
        "average_days": report["average_processing_working_days"],
        "ranking": agency_rows(report, names),
        "months": months,
        "charts": trend_charts(months),
        "query": request.GET.urlencode(),
    }
    return render(request, "indicators/dashboard.html", context)


@officer_page(READERS, REFUSAL)
def dashboard_xlsx(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    try:
        args = _request(request, user)
    except DomainError as error:
        return _refused(request, error)
    report = indicator_report(**args)
    content = workbook(report, _agency_names())
    response = HttpResponse(
        content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    name = f"chi-so-{args['first'].isoformat()}-{args['last'].isoformat()}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def workbook(report: Mapping[str, Any], names: Mapping[str, str]) -> bytes:
    """Two sheets: the scorecard (group, indicator, value, numerator, denominator) and one row
    per agency. Rates are numbers (0…1) formatted as percentages; not applicable is empty."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Chỉ số"
    sheet.append([_("Từ ngày"), report["from"], _("Đến ngày"), report["to"]])
    sheet.append([_("Nhóm"), _("Chỉ số"), _("Giá trị"), _("Tử số"), _("Mẫu số"), _("Điểm")])
    for group in scorecard(report):
        sheet.append(
            [group["label"], "", None, None, None, report["groups"][group["key"]]["points"]]
        )
        for line in group["lines"]:
            sheet.append(["", line.label, line.value, line.numerator, line.denominator])
    sheet.append([_("Tổng điểm"), "", None, None, None, report["total"]["points"]])
    agencies = book.create_sheet("Cơ quan")
    agencies.append(
        [_("Mã cơ quan"), _("Cơ quan"), _("Hồ sơ tiếp nhận")]
        + [str(INDICATOR_LABELS[key]) for key in TRENDS]
    )
    for row in agency_rows(report, names):
        agencies.append(
            [row["code"], row["name"], row["received"]] + [row[key].value for key in TRENDS]
        )
    for ws in (sheet, agencies):
        for cell in ws[2 if ws is sheet else 1]:
            cell.font = Font(bold=True)
    for ws, column in (
        (sheet, "C"),
        (agencies, "D"),
        (agencies, "E"),
        (agencies, "F"),
        (agencies, "G"),
    ):
        for cell in ws[column]:
            if isinstance(cell.value, float):
                cell.number_format = "0.0%"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def transparency(request: HttpRequest) -> HttpResponse:
    """Public, no login: the province's on-time and online rates per agency and the monthly
    volumes of the last 12 months. Counts and rates only: nothing about any person."""
    today = _today()
    first = _months_back(today)
    by_agency = indicator_report(first=first, last=today, group_by="agency")
    by_month = indicator_report(first=first, last=today, group_by="month")
    months = month_rows(by_month)
    volume = [(m["month"], float(m["received"])) for m in months]
    title = _("Số hồ sơ tiếp nhận theo tháng")
    context = {
        "page_title": _("Minh bạch kết quả giải quyết thủ tục hành chính"),
        "first": first,
        "last": today,
        "province": [_line(key, by_agency["indicators"][key]) for key in TRENDS[:2]],
        "received": by_agency["indicators"][RECEIVED]["denominator"],
        "ranking": agency_rows(by_agency, _agency_names()),
        "months": months,
        "chart": mark_safe(charts.bar_chart(volume, title=title, ident="chart-received")),
        "chart_title": title,
    }
    return render(request, "indicators/transparency.html", context)
