"""Printed forms 01–07 (Circular 03/2025, Appendix I) as PDF, and the desk log as Excel.

Views stay thin: who is asking, may they see it, build the form's context, render. Every refusal
(not signed in aside) is a small page that says why, with the domain error's status.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from motcua.accounts.models import Role, User
from motcua.audit.models import AuditKind
from motcua.audit.services import audit_view
from motcua.clock import VN_TZ
from motcua.desk.printing.forms import FORMS, FormSpec
from motcua.desk.printing.log import (
    Period,
    desk_log,
    log_workbook,
    parse_period,
    printable_log,
)
from motcua.desk.printing.render import (
    FORM_LANGUAGE,
    PDF,
    XLSX,
    file_response,
    render_page,
    render_pdf,
)
from motcua.desk.printing.story import Links, header, load_story
from motcua.dossiers.selectors import access_dossier
from motcua.errors import DomainError, Forbidden, NotFound
from motcua.units.models import Agency

LOG_ROLES = frozenset({Role.DESK, Role.OFFICER, Role.LEADER, Role.ADMIN, Role.AUDITOR})
ANY_AGENCY = frozenset({Role.ADMIN, Role.AUDITOR})  # read every agency's log


def _signed_in(request: HttpRequest) -> User | None:
    user = request.user
    return user if isinstance(user, User) and user.is_authenticated else None


def _refused(request: HttpRequest, error: DomainError) -> HttpResponse:
    english = (get_language() or "vi").startswith("en")
    message = error.message_en if english else error.message
    context = {"message": message, "page_title": message}
    return render_page(request, "printing/unavailable.html", context, status=error.status)


def _form_spec(number: int) -> FormSpec:
    spec = FORMS.get(number)
    if spec is not None:
        return spec
    if number == 7:
        raise NotFound(
            "form_is_the_log",
            "Mẫu 07 là sổ theo dõi hồ sơ của bộ phận một cửa, in theo kỳ chứ không theo hồ sơ.",
            message_en="Form 07 is the desk's log, printed per period, not per dossier.",
        )
    raise NotFound(
        "form_not_found",
        f"Không có mẫu số {number}; các mẫu in theo hồ sơ là 01 đến 06.",
        message_en=f"There is no form {number}; the per-dossier forms are 01 to 06.",
    )


def _links(request: HttpRequest, code: str) -> Links:
    tracking = f"{reverse('portal:track')}?{urlencode({'ma': code})}"
    return Links(
        tracking=request.build_absolute_uri(tracking),
        supplement=request.build_absolute_uri(reverse("portal:supplement", args=[code])),
    )


@require_safe
def form_pdf(request: HttpRequest, code: str, number: int) -> HttpResponse:
    user = _signed_in(request)
    if user is None:
        return redirect_to_login(request.get_full_path())
    try:
        spec = _form_spec(number)
        story = load_story(access_dossier(user, code))
        with translation.override(FORM_LANGUAGE):  # labels in the context are the form's, too
            context = spec.build(story, _links(request, code), timezone.now())
    except DomainError as error:
        return _refused(request, error)
    audit_view(request, subject=story.dossier.code, what=f"form_{number:02d}")
    pdf = render_pdf(
        spec.template,
        {**context, "title": spec.title, "heading": spec.heading, "form_number": number},
    )
    filename = f"mau-{number:02d}-{code}.pdf"
    return file_response(pdf, content_type=PDF, filename=filename, inline=True)


def _log_agency(user: User, wanted: str) -> Agency:
    """The agency whose log `user` asks for: their own; another one (co-quan) for admins only."""
    if user.role not in LOG_ROLES:
        raise Forbidden(
            "log_forbidden",
            "Sổ theo dõi hồ sơ chỉ dành cho cán bộ, công chức, quản trị và thanh tra.",
            message_en="The desk log is for officers, administrators and auditors.",
        )
    agencies = Agency.objects.select_related("parent", "unit")
    own = agencies.filter(pk=user.agency_id).first() if user.agency_id else None
    if not wanted or (own is not None and wanted == own.code):
        if own is None:
            raise DomainError(
                "agency_required",
                "Cần chọn cơ quan (tham số co-quan) để in sổ theo dõi.",
                message_en="Choose the agency (co-quan) whose log to print.",
                field="co-quan",
            )
        return own
    return _other_agency(user, wanted)


def _other_agency(user: User, wanted: str) -> Agency:
    if user.role not in ANY_AGENCY:
        raise Forbidden(
            "log_other_agency",
            "Chỉ quản trị tỉnh và thanh tra được xem sổ theo dõi hồ sơ của cơ quan khác.",
            message_en="Only administrators and auditors may see another agency's log.",
            field="co-quan",
        )
    agencies = Agency.objects.select_related("parent", "unit")
    agency = agencies.filter(code=wanted, valid_to__isnull=True).first()
    if agency is None:
        raise NotFound(
            "agency_not_found",
            f"Không tìm thấy cơ quan mã “{wanted}”.",
            message_en=f"No agency with code '{wanted}'.",
            field="co-quan",
        )
    return agency


def _log_scope(request: HttpRequest, user: User) -> tuple[Agency, Period]:
    query = request.GET
    agency = _log_agency(user, query.get("co-quan", "").strip())
    today = timezone.now().astimezone(VN_TZ).date()
    return agency, parse_period(query.get("tu"), query.get("den"), today=today)


def _audit_log(request: HttpRequest, agency: Agency, period: Period, what: str) -> None:
    """The log names every applicant of the period: an export for the audit log."""
    audit_view(
        request,
        subject="",
        what=what,
        kind=AuditKind.EXPORT,
        agency=agency.code,
        period=[period.first.isoformat(), period.last.isoformat()],
    )


def _log_filename(agency: Agency, period: Period, extension: str) -> str:
    return f"so-theo-doi-{agency.code}-{period.first}-{period.last}.{extension}"


@require_safe
def log_pdf(request: HttpRequest) -> HttpResponse:
    user = _signed_in(request)
    if user is None:
        return redirect_to_login(request.get_full_path())
    now = timezone.now()
    try:
        agency, period = _log_scope(request, user)
        rows = printable_log(agency, period, now=now)
    except DomainError as error:
        return _refused(request, error)
    context = {
        "title": "Sổ theo dõi hồ sơ",
        "form_number": 7,
        "header": header(agency, number="", at=now),
        "period": period.text(),
        "rows": rows,
        "late": sum(1 for row in rows if row.note),
        "returned": sum(1 for row in rows if row.returned_at),
    }
    _audit_log(request, agency, period, "desk_log_pdf")
    pdf = render_pdf("printing/mau-07.html", context)
    filename = _log_filename(agency, period, "pdf")
    return file_response(pdf, content_type=PDF, filename=filename, inline=True)


@require_safe
def log_xlsx(request: HttpRequest) -> HttpResponse:
    user = _signed_in(request)
    if user is None:
        return redirect_to_login(request.get_full_path())
    try:
        agency, period = _log_scope(request, user)
    except DomainError as error:
        return _refused(request, error)
    rows = desk_log(agency, period, now=timezone.now())
    _audit_log(request, agency, period, "desk_log_xlsx")
    content = log_workbook(rows, agency=agency, period=period)
    filename = _log_filename(agency, period, "xlsx")
    return file_response(content, content_type=XLSX, filename=filename, inline=False)
