"""The monthly report as PDF: GET /bang-dieu-khien/bao-cao-thang.pdf?thang=YYYY-MM&co-quan=CODE.

Thin: the dashboard's access rules (desk officers and specialists get their own agency whatever
they ask), the month, two reports (the month; the 12 months ending with it, by month, which hold
the previous month too), the agencies, then `monthly.monthly_context` and WeasyPrint, offline, in
the reader's language. Queries: a fixed number, whatever the number of dossiers.
"""

from __future__ import annotations

from typing import cast

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from motcua.accounts.models import User
from motcua.desk.printing.render import PDF, file_response
from motcua.desk.printing.text import place_name
from motcua.desk.views import officer_page
from motcua.dossiers.labels import error_message
from motcua.errors import DomainError, Forbidden
from motcua.indicators.access import READERS, reads_province
from motcua.indicators.monthly import (
    Issuer,
    month_days,
    monthly_context,
    previous_month,
    report_month,
    trend_start,
)
from motcua.indicators.report import indicator_report, report_request
from motcua.indicators.views import REFUSAL, _today
from motcua.units.models import Agency, AgencyKind

TEMPLATE = "indicators/monthly_report.html"
# code, name, kind, parent's name, unit's name
Row = tuple[str, str, str, str | None, str]


@require_safe
@officer_page(READERS, REFUSAL)
def monthly_pdf(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    today = _today()
    try:
        month = report_month(request.GET.get("thang"), today=today)
        first, last = month_days(month, today=today)
        agency = report_request(
            first=first.isoformat(),
            last=last.isoformat(),
            agency=_agency_code(request, user),
            group_by=None,
        )["agency"]
    except DomainError as error:
        return _refused(request, error)
    report = indicator_report(
        first=first, last=last, agency=agency, group_by=None if agency else "agency"
    )
    # Each of the 12 months' blocks is that month's report: the previous month's is among them.
    trend = indicator_report(first=trend_start(month), last=last, agency=agency, group_by="month")
    rows = _directory()
    context = monthly_context(
        month=month,
        last=last,
        report=report,
        previous=trend["by_month"][f"{previous_month(month):%Y-%m}"],
        trend=trend,
        issuer=_issuer(agency, rows),
        scope=agency.name if agency else _("Toàn tỉnh"),
        names={row[0]: row[1] for row in rows},
        generated_at=timezone.now(),
    )
    pdf = HTML(string=render_to_string(TEMPLATE, context), url_fetcher=_offline()).write_pdf()
    assert pdf is not None  # bytes when given no target
    scope = f"-{agency.code}" if agency else ""
    filename = f"bao-cao-thang-{month:%Y-%m}{scope}.pdf"
    return file_response(pdf, content_type=PDF, filename=filename, inline=True)


def _agency_code(request: HttpRequest, user: User) -> str:
    """The agency asked for (co-quan); desk officers and specialists always get their own."""
    if reads_province(user):
        return request.GET.get("co-quan", "").strip()
    if user.agency is None:
        raise Forbidden(
            "agency_required",
            "Tài khoản chưa gắn với cơ quan nào nên không lập được báo cáo.",
            message_en="Your account belongs to no agency, so there is no report to make.",
        )
    return user.agency.code


def _refused(request: HttpRequest, error: DomainError) -> HttpResponse:
    context = {
        "page_title": _("Không lập được báo cáo tháng"),
        "message": error_message(error),
        "status": error.status,
    }
    return render(request, "desk/error.html", context, status=error.status)


def _directory() -> list[Row]:
    """Every current agency, with what the heading needs (one query)."""
    return list(
        Agency.objects.filter(valid_to__isnull=True)
        .order_by("code")
        .values_list("code", "name", "kind", "parent__name", "unit__name")
    )


def _issuer(agency: Agency | None, rows: list[Row]) -> Issuer:
    """The agency for its own report; the province's people's committee for the province's."""
    committee = next((r for r in rows if r[2] == AgencyKind.PROVINCE_COMMITTEE), None)
    province = committee[4] if committee else ""
    row = next((r for r in rows if r[0] == agency.code), None) if agency else committee
    if row is None:
        return Issuer(parent="", name=_("Toàn tỉnh"), place=place_name(province), province=province)
    _code, name, _kind, parent, unit = row
    return Issuer(parent=parent or "", name=name, place=place_name(unit), province=province)


def _offline() -> URLFetcher:
    # As for the printed forms (desk/printing/render.py): only data: URLs, anything else fails.
    return URLFetcher(allowed_protocols=("data",), fail_on_errors=True)
