"""The service index as pages: the leadership dashboard with its drill-downs (the overdue and
due-soon dossiers, the process view), an Excel export of every table, and the public transparency
page. Thin views: parse, authorise, call `indicator_report` or a selector, render.

Queries are bounded: each report is three (dossiers, their versions, procedure levels) whatever
the number of dossiers or agencies, plus one for the agencies' names; each list or table of
`indicators.selectors` is one or two.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass
from typing import Any, cast
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from motcua.accounts.models import Role, User
from motcua.audit.models import AuditKind
from motcua.audit.services import audit_view
from motcua.clock import VN_TZ
from motcua.desk.views import officer_page
from motcua.dossiers.labels import error_message
from motcua.errors import DomainError
from motcua.indicators import charts
from motcua.indicators.access import READERS, reads_province
from motcua.indicators.formulas import DEFAULT_WEIGHTS
from motcua.indicators.report import indicator_report, report_request
from motcua.indicators.selectors import (
    PAGE_SIZE,
    URGENT,
    StepTimes,
    UrgentList,
    Waiting,
    agency_by_code,
    dossiers_waiting,
    step_times,
    urgent_all,
    urgent_list,
    urgent_summary,
)
from motcua.units.models import Agency
from motcua.web.sheets import append_text_row

EVERY_DOSSIER = frozenset({Role.ADMIN, Role.AUDITOR})  # the others see their agency's (may_see)
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
    "online_services_used": gettext_lazy("Tỷ lệ dịch vụ trực tuyến có phát sinh hồ sơ"),
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


SHORT_LABELS = {  # the trend rates as table headings
    "on_time_rate": gettext_lazy("Đúng hạn"),
    "online_dossier_rate": gettext_lazy("Trực tuyến"),
    "digitisation_rate": gettext_lazy("Số hóa"),
    "sync_rate": gettext_lazy("Đồng bộ"),
}
URGENT_TITLES = {
    "qua-han": gettext_lazy("Hồ sơ quá hạn"),
    "sap-den-han": gettext_lazy("Hồ sơ sắp đến hạn (trong 2 ngày làm việc)"),
}
URGENT_DAYS = {
    "qua-han": gettext_lazy("Quá hạn (ngày làm việc)"),
    "sap-den-han": gettext_lazy("Còn lại (ngày làm việc)"),
}
URGENT_SHEETS = {"qua-han": "Quá hạn", "sap-den-han": "Sắp đến hạn"}
# The Excel sheet of each `by_*` block a report may hold (the dashboard's 12 months: "Theo tháng").
BREAKDOWN_SHEETS = {
    "agency": "Cơ quan",
    "month": "Tháng trong kỳ",
    "quarter": "Theo quý",
    "year": "Theo năm",
    "commune": "Theo đơn vị hành chính",
    "field": "Theo lĩnh vực",
    "procedure": "Theo thủ tục",
    "officer": "Theo cán bộ tiếp nhận",
}
CHRONOLOGICAL = frozenset({"month", "quarter", "year"})
# The dashboard's "Phân tích theo" choice: a `group_by` of the report, by its label.
BREAKDOWN_CHOICES = {
    "agency": gettext_lazy("Cơ quan giải quyết"),
    "commune": gettext_lazy("Đơn vị hành chính"),
    "field": pgettext_lazy("breakdown", "Lĩnh vực"),
    "procedure": pgettext_lazy("breakdown", "Thủ tục"),
    "officer": gettext_lazy("Cán bộ tiếp nhận"),
}
PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,5}")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PERCENT = "0.0%"
DATE_FORMAT = "dd/mm/yyyy hh:mm"
DAYS_FORMAT = "0.0"


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


def breakdown_rows(
    blocks: Mapping[str, Any], names: Mapping[str, str], *, ranked: bool = True
) -> list[dict[str, Any]]:
    """One row per block of a `by_*` breakdown; `ranked`: best on-time rate first (not
    applicable last), else in the report's order."""
    rows = [
        {
            "code": code,
            "name": names.get(code, code),
            "received": block["indicators"][RECEIVED]["denominator"],
            **{key: _line(key, block["indicators"][key]) for key in TRENDS},
        }
        for code, block in blocks.items()
    ]
    if ranked:
        rows.sort(key=lambda r: (r["on_time_rate"].value is None, -(r["on_time_rate"].value or 0)))
    return rows


BREAKDOWN_SHOWN = 100  # rows on the page; the Excel file has them all


def _shown_breakdown(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The page shows the BREAKDOWN_SHOWN rows with most dossiers (2,000 procedures would make a
    page of almost a megabyte), still ranked by on-time rate; the Excel file has every row."""
    total = len(rows)
    if total > BREAKDOWN_SHOWN:
        kept = {id(r) for r in sorted(rows, key=lambda r: -r["received"])[:BREAKDOWN_SHOWN]}
        rows = [r for r in rows if id(r) in kept]
    return {"ranking": rows, "ranking_total": total}


def agency_rows(report: Mapping[str, Any], names: Mapping[str, str]) -> list[dict[str, Any]]:
    """One row per competent agency, best on-time rate first (not applicable last)."""
    return breakdown_rows(report.get("by_agency", {}), names)


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


# --- the request ---------------------------------------------------------------------------------


def _user(request: HttpRequest) -> User:
    return cast(User, request.user)


def _request(request: HttpRequest, user: User, *, by: str = "agency") -> dict[str, Any]:
    """`indicator_report`'s arguments from ?tu=&den=&co-quan= (this month so far by default),
    grouped `by`; desk officers and specialists always get their own agency."""
    today = _today()
    agency = request.GET.get("co-quan", "").strip()
    if not reads_province(user):
        agency = user.agency.code if user.agency else ""
    return report_request(
        first=request.GET.get("tu") or today.replace(day=1).isoformat(),
        last=request.GET.get("den") or today.isoformat(),
        agency=agency,
        group_by=by,
    )


def _breakdown(request: HttpRequest) -> str:
    """?theo=: the dashboard's breakdown (by agency unless asked), or a refusal naming it."""
    by = request.GET.get("theo") or "agency"
    if by not in BREAKDOWN_CHOICES:
        raise DomainError(
            "breakdown_invalid",
            f"Trường “theo” phải là một trong: {', '.join(BREAKDOWN_CHOICES)}.",
            message_en=f"'theo' must be one of: {', '.join(BREAKDOWN_CHOICES)}.",
            field="theo",
        )
    return by


def _agency(request: HttpRequest, user: User) -> Agency | None:
    """?co-quan= for province-wide readers (none: the whole province); desk officers and
    specialists always get their own agency, as on the dashboard."""
    if not reads_province(user):
        return user.agency
    code = request.GET.get("co-quan", "").strip()
    return agency_by_code(code) if code else None


def _page(raw: str | None) -> int:
    if not raw:
        return 1
    if not PAGE_NUMBER.fullmatch(raw):
        raise DomainError(
            "page_invalid",
            f"Trường “trang” phải là một số trang từ 1 (nhận được “{raw[:20]}”).",
            message_en=f"'trang' must be a page number from 1 (got '{raw[:20]}').",
            field="trang",
        )
    return int(raw)


def _urgent_request(request: HttpRequest, user: User) -> tuple[str, Agency | None, int]:
    """?loai=qua-han|sap-den-han&co-quan=&trang=, or a refusal naming the field at fault."""
    kind = request.GET.get("loai", "")
    if kind not in URGENT:
        raise DomainError(
            "kind_invalid",
            f"Trường “loai” phải là “qua-han” hoặc “sap-den-han” (nhận được “{kind[:20]}”).",
            message_en=f"'loai' must be 'qua-han' or 'sap-den-han' (got '{kind[:20]}').",
            field="loai",
        )
    return kind, _agency(request, user), _page(request.GET.get("trang"))


def _refused(request: HttpRequest, error: DomainError) -> HttpResponse:
    title = _("Khoảng thời gian không hợp lệ") if error.field in ("from", "to") else None
    context = {
        "page_title": title or _("Yêu cầu không hợp lệ"),
        "message": error_message(error),
        "status": 400,
    }
    return render(request, "desk/error.html", context, status=400)


def _partial(user: User, agency: Agency | None) -> bool:
    """Whether a list of dossiers may leave out some the user may not see."""
    return user.role not in EVERY_DOSSIER and (agency is None or agency.pk != user.agency_id)


def _url(name: str, **params: Any) -> str:
    """The URL of the page `name` with the query `params`, the empty ones left out."""
    query = urlencode({k.replace("_", "-"): v for k, v in params.items() if v})
    return reverse(name) + (f"?{query}" if query else "")


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


def _period_context(
    request: HttpRequest, user: User, args: Mapping[str, Any], names: Mapping[str, str]
) -> dict[str, Any]:
    """What the period form (`_period_form.html`) shows."""
    agency: Agency | None = args["agency"]
    code = agency.code if agency else ""
    province_wide = reads_province(user)
    return {
        "first": args["first"],
        "last": args["last"],
        "agency_code": code,
        "agency_name": agency.name if agency else "",
        "province_wide": province_wide,
        "agencies": sorted(names.items(), key=lambda item: item[1]),
        "presets": _presets(_today(), code if province_wide else ""),
        "query": request.GET.urlencode(),
        "co_quan": code if province_wide else "",  # for links to the drill-downs
    }


def _trend(agency: Agency | None) -> dict[str, Any]:
    """The last 12 months, one block per month."""
    today = _today()
    return indicator_report(first=_months_back(today), last=today, agency=agency, group_by="month")


def _urgent_blocks(lists: Iterable[UrgentList], co_quan: str) -> list[dict[str, Any]]:
    return [
        {
            "list": found,
            "title": URGENT_TITLES[found.kind],
            "days_label": URGENT_DAYS[found.kind],
            "url": _url("indicators:urgent", loai=found.kind, co_quan=co_quan),
            "xlsx": _url("indicators:urgent_xlsx", loai=found.kind, co_quan=co_quan),
        }
        for found in lists
    ]


def _xlsx(content: bytes, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


# --- the pages ----------------------------------------------------------------------------------


@officer_page(READERS, REFUSAL)
def dashboard(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    try:
        by = _breakdown(request)
        args = _request(request, user, by=by)
    except DomainError as error:
        return _refused(request, error)
    report = indicator_report(**args)
    months = month_rows(_trend(args["agency"]))
    names = _agency_names()
    period = _period_context(request, user, args, names)
    urgent = urgent_summary(args["agency"], timezone.now(), user=user)
    context = {
        **period,
        "page_title": _("Bảng điều khiển chỉ số phục vụ"),
        "report": report,
        "groups": scorecard(report),
        "total": report["total"],
        "total_points": _points(report["total"]["points"]),
        "headline": [_line(key, report["indicators"][key]) for key in TRENDS],
        "received": report["indicators"][RECEIVED]["denominator"],
        "figures": report.get("figures"),
        "average_days": report["average_processing_working_days"],
        "theo": by,
        "breakdown_label": BREAKDOWN_CHOICES[by],
        "breakdown_choices": list(BREAKDOWN_CHOICES.items()),
        **_shown_breakdown(
            breakdown_rows(report.get(f"by_{by}", {}), {**names, **report.get("names", {})})
        ),
        "months": months,
        "charts": trend_charts(months),
        "urgent": _urgent_blocks(urgent, period["co_quan"]),
        "urgent_partial": _partial(user, args["agency"]),
        "xlsx": _url("indicators:dashboard_xlsx") + _query_of(period),
        "process": _url("indicators:process") + _query_of(period),
    }
    return render(request, "indicators/dashboard.html", context)


def _query_of(period: Mapping[str, Any]) -> str:
    return f"?{period['query']}" if period["query"] else ""


@officer_page(READERS, REFUSAL)
def dashboard_xlsx(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    try:
        args = _request(request, user, by=_breakdown(request))
    except DomainError as error:
        return _refused(request, error)
    report = indicator_report(**args)
    names = {**_agency_names(), **report.get("names", {})}
    content = workbook(report, names, month_rows(_trend(args["agency"])))
    return _xlsx(content, f"chi-so-{args['first'].isoformat()}-{args['last'].isoformat()}.xlsx")


@officer_page(READERS, REFUSAL)
def urgent(request: HttpRequest) -> HttpResponse:
    """One list (overdue or due soon) of the agency's dossiers, 50 a page, the most urgent first."""
    user = _user(request)
    try:
        kind, agency, page = _urgent_request(request, user)
        found = urgent_list(kind, agency, timezone.now(), user=user, page=page, size=PAGE_SIZE)
    except DomainError as error:
        return _refused(request, error)
    co_quan = agency.code if agency and reads_province(user) else ""
    block = _urgent_blocks([found], co_quan)[0]
    context = {
        **block,
        "page_title": str(block["title"]),
        "agency_name": agency.name if agency else "",
        "partial": _partial(user, agency),
        "previous": _url("indicators:urgent", loai=kind, co_quan=co_quan, trang=page - 1),
        "next": _url("indicators:urgent", loai=kind, co_quan=co_quan, trang=page + 1),
        "dashboard": _url("indicators:dashboard", co_quan=co_quan),
    }
    return render(request, "indicators/urgent.html", context)


@officer_page(READERS, REFUSAL)
def urgent_xlsx(request: HttpRequest) -> HttpResponse:
    """The whole list, every page, as one sheet."""
    user = _user(request)
    try:
        kind, agency, _page_number = _urgent_request(request, user)
    except DomainError as error:
        return _refused(request, error)
    found = urgent_all(kind, agency, timezone.now(), user=user)
    where = agency.code if agency else "toan-tinh"
    audit_view(request, subject="", what=f"urgent_{kind}_xlsx", kind=AuditKind.EXPORT, agency=where)
    return _xlsx(urgent_workbook(found), f"{kind}-{where}-{_today().isoformat()}.xlsx")


def _process_request(request: HttpRequest) -> tuple[User, dict[str, Any], StepTimes, list[Waiting]]:
    user = _user(request)
    args = _request(request, user)
    now = timezone.now()
    agency = args["agency"]
    times = step_times(agency, args["first"], args["last"], now, user=user)
    return user, args, times, dossiers_waiting(agency, now, user=user)


@officer_page(READERS, REFUSAL)
def process(request: HttpRequest) -> HttpResponse:
    """Where the agency's open dossiers wait now, and how long each step took in the period."""
    try:
        user, args, times, waiting = _process_request(request)
    except DomainError as error:
        return _refused(request, error)
    names = _agency_names() if reads_province(user) else {}
    period = _period_context(request, user, args, names)
    context = {
        **period,
        "page_title": _("Quy trình xử lý hồ sơ"),
        "waiting": waiting,
        "times": times,
        "partial": _partial(user, args["agency"]),
        "xlsx": _url("indicators:process_xlsx") + _query_of(period),
        "dashboard": _url("indicators:dashboard") + _query_of(period),
    }
    return render(request, "indicators/process.html", context)


@officer_page(READERS, REFUSAL)
def process_xlsx(request: HttpRequest) -> HttpResponse:
    try:
        _reader, args, times, waiting = _process_request(request)
    except DomainError as error:
        return _refused(request, error)
    name = f"quy-trinh-{args['first'].isoformat()}-{args['last'].isoformat()}.xlsx"
    return _xlsx(process_workbook(waiting, times), name)


# --- Excel --------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, Line):
        return value.value
    if isinstance(value, dt.datetime):  # Excel has no time zones: Vietnam's wall clock
        return value.astimezone(VN_TZ).replace(tzinfo=None)
    if isinstance(value, Promise):
        return str(value)
    return value


def _append(sheet: Worksheet, values: Sequence[Any]) -> None:
    """One row; a rate is its number (0…1) formatted as a percentage, not applicable is empty.
    Names (agencies, procedures, applicants, steps) are text cells, never formulas."""
    append_text_row(sheet, [_plain(v) for v in values])
    for cell, value in zip(sheet[sheet.max_row], values, strict=False):
        if isinstance(value, Line):
            cell.number_format = PERCENT
        elif isinstance(value, dt.datetime):
            cell.number_format = DATE_FORMAT
        elif isinstance(value, float):  # working days, to a tenth as on the pages
            cell.number_format = DAYS_FORMAT


def _table(
    book: Workbook, title: str, header: Sequence[Any], rows: Iterable[Sequence[Any]]
) -> Worksheet:
    sheet = book.create_sheet(title)
    _append(sheet, header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        _append(sheet, row)
    sheet.freeze_panes = "A2"
    return sheet


def _save(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _empty_book() -> Workbook:
    book = Workbook()
    first = book.active
    assert first is not None  # a new workbook always has one sheet
    book.remove(first)
    return book


def workbook(
    report: Mapping[str, Any],
    names: Mapping[str, str],
    months: Sequence[Mapping[str, Any]] = (),
) -> bytes:
    """The scorecard (group, indicator, value, numerator, denominator, points), one sheet per
    `by_*` breakdown of the report and the 12 months ("Theo tháng"). Rates are numbers (0…1)
    formatted as percentages; not applicable is an empty cell."""
    book = _empty_book()
    _scorecard_sheet(book, report)
    for key in [k for k in report if k.startswith("by_")]:
        _breakdown_sheet(book, key.removeprefix("by_"), report[key], names)
    if months:
        _table(
            book,
            "Theo tháng",
            [_("Tháng"), _("Hồ sơ tiếp nhận"), *[SHORT_LABELS[k] for k in TRENDS]],
            [[m["month"], m["received"], *[m[k] for k in TRENDS]] for m in months],
        )
    return _save(book)


def _scorecard_sheet(book: Workbook, report: Mapping[str, Any]) -> None:
    sheet = book.create_sheet("Chỉ số")
    _append(sheet, [_("Từ ngày"), report["from"], _("Đến ngày"), report["to"]])
    _append(sheet, [_("Nhóm"), _("Chỉ số"), _("Giá trị"), _("Tử số"), _("Mẫu số"), _("Điểm")])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for group in scorecard(report):
        points = report["groups"][group["key"]]["points"]
        _append(sheet, [group["label"], "", None, None, None, points])
        for line in group["lines"]:
            _append(sheet, ["", line.label, line, line.numerator, line.denominator])
    _append(sheet, [_("Tổng điểm"), "", None, None, None, report["total"]["points"]])
    sheet.freeze_panes = "A3"


def _breakdown_sheet(
    book: Workbook, by: str, blocks: Mapping[str, Any], names: Mapping[str, str]
) -> None:
    rows = breakdown_rows(blocks, names, ranked=by not in CHRONOLOGICAL)
    label = str(BREAKDOWN_CHOICES.get(by, _("Tên")))
    header = [_("Mã cơ quan"), _("Cơ quan")] if by == "agency" else [_("Mã"), label]
    _table(
        book,
        BREAKDOWN_SHEETS.get(by, by[:31]),
        [*header, _("Hồ sơ tiếp nhận"), *[SHORT_LABELS[k] for k in TRENDS]],
        [[r["code"], r["name"], r["received"], *[r[k] for k in TRENDS]] for r in rows],
    )


def urgent_workbook(found: UrgentList) -> bytes:
    book = _empty_book()
    header = [
        _("Mã hồ sơ"),
        _("Chủ hồ sơ"),
        _("Mã thủ tục"),
        _("Thủ tục"),
        _("Hạn trả kết quả"),
        URGENT_DAYS[found.kind],
        _("Bước hiện tại"),
        _("Cơ quan đang xử lý"),
        _("Cơ quan giải quyết"),
    ]
    rows = [
        [
            r.code,
            r.applicant,
            r.procedure_code,
            r.procedure_name,
            r.due_at,
            r.working_days,
            r.step_name,
            r.holder,
            r.competent,
        ]
        for r in found.rows
    ]
    _table(book, URGENT_SHEETS[found.kind], header, rows)
    return _save(book)


def process_workbook(waiting: Sequence[Waiting], times: StepTimes) -> bytes:
    """Both tables of the process view; the columns are the rows' fields, in order."""
    book = _empty_book()
    _table(book, "Đang chờ", WAITING_HEADER, [astuple(w) for w in waiting])
    _table(book, "Theo bước", STEP_HEADER, [astuple(s) for s in times.steps])
    return _save(book)


WAITING_HEADER = (
    gettext_lazy("Cơ quan đang xử lý"),
    gettext_lazy("Bước"),
    gettext_lazy("Số hồ sơ"),
    gettext_lazy("Quá hạn"),
    gettext_lazy("Tạm dừng"),
    gettext_lazy("Chờ lâu nhất từ"),
    gettext_lazy("Thời gian chờ trung bình (ngày làm việc)"),
)
STEP_HEADER = (
    gettext_lazy("Bước"),
    gettext_lazy("Số lượt"),
    gettext_lazy("Trung bình (ngày làm việc)"),
    gettext_lazy("Lâu nhất (ngày làm việc)"),
    gettext_lazy("Quá hạn bước"),
)


# --- the public page ----------------------------------------------------------------------------


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
