"""Officer pages: the inbox, walk-in reception, the dossier page, its actions and documents.

Thin views: parse, authorise, call one service, render. Every page works as plain forms
(POST → redirect → GET with a message); htmx only makes the dossier page's forms swap in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import wraps
from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.accounts.models import Role, User
from motcua.audit.services import audit_view
from motcua.catalog.models import ProcedureVersion
from motcua.catalog.selectors import procedures_search
from motcua.desk.forms import (
    ActionForm,
    ProcedurePickForm,
    ReceptionForm,
    UploadForm,
    read_upload,
)
from motcua.desk.selectors import (
    DossierPage,
    access_document,
    dossier_page,
    inbox_for,
    reception_agencies,
)
from motcua.dossiers.documents import EXTENSIONS, MAX_BYTES, document_add
from motcua.dossiers.labels import action_label, error_message
from motcua.dossiers.lifecycle import Action
from motcua.dossiers.models import Dossier
from motcua.dossiers.selectors import access_dossier
from motcua.dossiers.services import (
    NOTE_REQUIRED,
    current_version,
    dossier_act,
    dossier_create,
    may_act,
)
from motcua.errors import DomainError, NotFound

View = Callable[..., HttpResponse]
STAFF = frozenset({Role.DESK, Role.OFFICER, Role.LEADER})
READERS = STAFF | {Role.ADMIN, Role.AUDITOR}
ACTIONS = frozenset(a.value for a in Action)
INLINE_TYPES = frozenset({"application/pdf", "image/jpeg", "image/png"})
READ_ONLY = gettext_lazy("Tài khoản của bạn chỉ được xem hồ sơ, không được thao tác.")


def _user(request: HttpRequest) -> User:
    return cast(User, request.user)


def _message(error: DomainError) -> str:
    return error_message(error)


def _error_page(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    context = {"page_title": title, "message": message, "status": status}
    return render(request, "desk/error.html", context, status=status)


def officer_page(
    roles: Collection[str], refusal: str | Promise = READ_ONLY
) -> Callable[[View], View]:
    """Login required; `roles` only (others get a 403 that says why); NotFound becomes a 404."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            user = _user(request)
            if user.role not in roles:
                return _forbidden(request, user, refusal)
            try:
                return view(request, *args, **kwargs)
            except NotFound as error:
                return _error_page(request, 404, _("Không tìm thấy"), _message(error))

        return wrapped

    return decorate


def _forbidden(request: HttpRequest, user: User, refusal: str | Promise) -> HttpResponse:
    if user.role == Role.CITIZEN:
        message = _("Trang này dành cho cán bộ, công chức. Hồ sơ của bạn ở trang “Hồ sơ của tôi”.")
    else:
        message = str(refusal)
    return _error_page(request, 403, _("Không có quyền truy cập"), message)


def _access(user: User, code: str) -> Dossier:
    """The dossier `code` if `user` may see it; a 404 for anything else, a malformed code too."""
    return access_dossier(user, code)


def _page_number(request: HttpRequest) -> int:
    raw = request.GET.get("trang", "1")
    return int(raw) if raw.isdigit() and len(raw) < 7 else 1


# --- inbox ------------------------------------------------------------------------------------


@officer_page(READERS)
def inbox(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    box = inbox_for(user, timezone.now(), page=_page_number(request))
    context = {"inbox": box, "agency": user.agency, "page_title": _("Hồ sơ cần xử lý")}
    return render(request, "desk/inbox.html", context)


# --- the dossier page -------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionChoice:
    """One allowed action as the page offers it: its own small form."""

    action: str
    label: str
    primary: bool
    note_label: str
    note_required: bool
    wants_agency: bool
    wants_due: bool
    wants_online: bool


def _choices(page: DossierPage) -> list[ActionChoice]:
    choices = []
    for i, action in enumerate(page.actions):
        required = _(NOTE_REQUIRED[action]) if action in NOTE_REQUIRED else None
        choices.append(
            ActionChoice(
                action=action.value,
                label=action_label(action),
                primary=i == 0 and not page.result_needed,
                note_label=(required[:1].upper() + required[1:]) if required else _("Ghi chú"),
                note_required=required is not None,
                wants_agency=action is Action.FORWARD,
                wants_due=action is Action.EXTEND,
                wants_online=action is Action.PAY,
            )
        )
    return choices


@officer_page(READERS)
def dossier(request: HttpRequest, code: str) -> HttpResponse:
    user = _user(request)
    page = dossier_page(_access(user, code), user, now=timezone.now())
    audit_view(request, subject=page.dossier.code, what="desk_dossier")
    context = {
        "p": page,
        "d": page.dossier,
        "choices": _choices(page),
        "just_received": request.GET.get("vua-tiep-nhan") == "1",
        "upload_form": UploadForm(),
        "page_title": _("Hồ sơ %(code)s") % {"code": code},
    }
    return render(request, "desk/dossier.html", context)


def _form_errors(form: Any) -> str:
    parts = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        text = " ".join(str(e) for e in errors)
        parts.append(f"{label}: {text}" if label else text)
    return " ".join(parts)


@officer_page(STAFF)
def act(request: HttpRequest, code: str, action: str) -> HttpResponse:
    back = reverse("desk:dossier", args=[code])
    if request.method != "POST":
        return redirect(back)
    user = _user(request)
    _access(user, code)  # a dossier the user may not see is a 404, before anything else
    if action not in ACTIONS:
        raise NotFound("unknown_action", _("Thao tác “%(a)s” không tồn tại.") % {"a": action})
    form = ActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return redirect(back)
    try:
        dossier_act(
            code=code,
            action=action,
            actor=user,
            note=form.cleaned_data["note"].strip(),
            params=form.params(),
            expected_version=form.cleaned_data["expected_version"],
        )
    except NotFound:
        raise
    except DomainError as error:
        messages.error(request, _message(error))
        return redirect(back)
    done = action_label(action)
    messages.success(request, _("Đã thực hiện “%(action)s”.") % {"action": done})
    return redirect(back)


@officer_page(STAFF)
def upload(request: HttpRequest, code: str) -> HttpResponse:
    back = reverse("desk:dossier", args=[code])
    if request.method != "POST":
        return redirect(back)
    user = _user(request)
    found = _access(user, code)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return redirect(back)
    data = form.cleaned_data
    try:
        _check_holder(user, found)
        document = document_add(
            dossier=found,
            actor=user,
            kind=data["kind"],
            name=data["name"].strip() or data["file"].name or "",
            content=read_upload(data["file"]),
            component_code=data["component_code"].strip(),
            digitised=data["digitised"],
        )
    except DomainError as error:
        messages.error(request, _message(error))
        return redirect(back)
    messages.success(request, _("Đã tải lên “%(name)s”.") % {"name": document.name})
    return redirect(back)


def _check_holder(user: User, found: Dossier) -> None:
    if not may_act(user, found):
        raise DomainError(
            "not_holder",
            _("Hồ sơ không do cơ quan của bạn đang xử lý."),
            message_en="Your agency does not hold this dossier.",
        )


# --- documents --------------------------------------------------------------------------------

_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def document(request: HttpRequest, pk: int) -> HttpResponseBase:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    try:
        found = access_document(_user(request), pk)
    except NotFound as error:
        return _error_page(request, 404, _("Không tìm thấy"), _message(error))
    if found.purged_at is not None:  # past its retention period (privacy.retention)
        message = _("Tệp “%(name)s” đã được xóa ngày %(date)s vì hết thời hạn lưu trữ.") % {
            "name": found.name,
            "date": timezone.localtime(found.purged_at).strftime("%d/%m/%Y"),
        }
        return _error_page(request, 410, _("Tài liệu đã hết thời hạn lưu trữ"), message)
    stored = found.file
    if not stored or not stored.storage.exists(stored.name):
        message = _("Tài liệu “%(name)s” không có tệp đính kèm để tải về.") % {"name": found.name}
        return _error_page(request, 404, _("Không có tệp"), message)
    audit_view(request, subject=found.dossier.code, what="document", document=found.pk)
    extension = EXTENSIONS.get(found.content_type) or stored.name.rsplit(".", 1)[-1]
    filename = f"{_UNSAFE_NAME.sub(' ', found.name).strip() or 'tai-lieu'}.{extension}"
    response = FileResponse(
        stored.open("rb"),
        as_attachment=found.content_type not in INLINE_TYPES,
        filename=filename,
        content_type=found.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-cache"
    return response


# --- walk-in reception ------------------------------------------------------------------------


@officer_page({Role.DESK}, gettext_lazy("Chỉ cán bộ một cửa được tiếp nhận hồ sơ."))
def reception(request: HttpRequest) -> HttpResponse:
    code = request.GET.get("thu-tuc", "").strip()
    if not code:
        return _pick(request)
    try:
        version = current_version(code)
    except NotFound as error:
        return _pick(request, error=_message(error), status=404)
    user = _user(request)
    agencies, default = reception_agencies(version.spec, user.agency)
    posted = request.method == "POST"
    form = ReceptionForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        spec=version.spec,
        agencies=agencies,
        default_agency=default,
    )
    if posted and form.is_valid():
        try:
            created = _receive(form, user, code, agencies)
        except DomainError as error:
            _attach(form, error)
        else:
            messages.success(request, _("Đã tiếp nhận hồ sơ %(code)s.") % {"code": created.code})
            return redirect(reverse("desk:dossier", args=[created.code]) + "?vua-tiep-nhan=1")
    context = {
        "form": form,
        "version": version,
        "max_mb": MAX_BYTES // (1024 * 1024),
        "page_title": _("Tiếp nhận hồ sơ"),
    }
    return render(request, "desk/reception.html", context, status=400 if form.errors else 200)


def _pick(request: HttpRequest, *, error: str = "", status: int = 200) -> HttpResponse:
    form = ProcedurePickForm(request.GET)
    q = form.cleaned_data["q"].strip() if form.is_valid() else ""
    results: list[ProcedureVersion] = list(procedures_search(q)[:20]) if q else []
    context = {
        "form": form,
        "q": q,
        "results": results,
        "error": error,
        "code": request.GET.get("thu-tuc", ""),
        "page_title": _("Tiếp nhận hồ sơ"),
    }
    return render(request, "desk/reception_pick.html", context, status=status)


def _receive(form: ReceptionForm, user: User, code: str, agencies: list[Any]) -> Dossier:
    """The dossier and its scanned components in one transaction: all of it or nothing."""
    data = form.cleaned_data
    competent = next(a for a in agencies if a.code == data["competent_agency"])
    with transaction.atomic():
        created = dossier_create(
            actor=user,
            procedure_code=code,
            channel=data["channel"],
            applicant=form.applicant(),
            summary=data["summary"].strip(),
            competent=competent,
            identity_verified=data["identity_verified"],
        )
        for index, scan in form.scans():
            component = form.components[index]
            try:
                document_add(
                    dossier=created,
                    actor=user,
                    kind="component",
                    name=component.name,
                    content=read_upload(scan),
                    component_code=component.code,
                    digitised=True,
                )
            except DomainError as error:
                if error.field == "file":
                    error.field = form.file_field(index)
                raise
    return created


def _attach(form: ReceptionForm, error: DomainError) -> None:
    field = error.field if error.field in form.fields else None
    form.add_error(field, _message(error))
