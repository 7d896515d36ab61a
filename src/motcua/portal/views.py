"""Citizen pages. Every page works without JavaScript: plain links and forms, POST-redirect-GET.

Each view parses, authorises, calls one selector or service, and renders.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, cast

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from motcua.accounts.models import Role, User
from motcua.catalog.selectors import procedures_matching, search_plan
from motcua.dossiers.lifecycle import Action, Status
from motcua.dossiers.models import Dossier
from motcua.dossiers.selectors import reusable_documents
from motcua.dossiers.services import Applicant, dossier_act
from motcua.errors import DomainError, NotFound
from motcua.portal import selectors
from motcua.portal.forms import (
    RateForm,
    SearchForm,
    SubmitForm,
    SupplementForm,
    TrackForm,
    WithdrawForm,
    upload_help,
)
from motcua.portal.services import Reuse, Upload, online_submit, supplement_submit
from motcua.web.middleware import client_address
from motcua.web.views import too_many_requests

PAGE_SIZE = 20
View = Callable[..., HttpResponse]


def _user(request: HttpRequest) -> User:
    return cast(User, request.user)


def _message(error: DomainError) -> str:
    return error.message_en if selectors.english() else error.message


def _show_error(form: forms.Form, error: DomainError) -> None:
    """A refusal from a service, next to the field it names (else above the form)."""
    field = error.field if error.field in form.fields else None
    form.add_error(field, _message(error))


def citizen_required(view: View) -> View:
    """Log in first; officers and others are told plainly that the page is for applicants."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if _user(request).role != Role.CITIZEN:
            context = {"page_title": _("Dành cho công dân, tổ chức")}
            return render(request, "portal/citizens_only.html", context, status=403)
        return view(request, *args, **kwargs)

    return wrapper


def _owned(request: HttpRequest, code: str) -> Dossier:
    try:
        return selectors.owned_dossier(_user(request), code)
    except NotFound:
        raise Http404(code) from None


def _not_now(request: HttpRequest, dossier: Dossier, action: Action) -> HttpResponse:
    """The page for an action the dossier's status does not allow (a clear message, 409)."""
    context = {
        "dossier": dossier,
        "action": selectors.action_label(action),
        "status": selectors.status_label(dossier.status),
        "page_title": selectors.action_label(action),
    }
    return render(request, "portal/not_now.html", context, status=409)


def _track_url(code: str) -> str:
    return f"{reverse('portal:track')}?ma={code}"


# --- public pages ----------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD"])
def home(request: HttpRequest) -> HttpResponse:
    facts = selectors.home_facts()
    context = {
        "facts": facts,
        "top_fields": facts.fields[:12],
        "more_fields": facts.fields[12:],
        "page_title": _("Trang chủ"),
    }
    return render(request, "portal/home.html", context)


@require_http_methods(["GET", "HEAD"])
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET, selectors.field_choices())
    if not form.is_valid():
        context = {"form": form, "page_title": _("Tìm thủ tục")}
        return render(request, "portal/search.html", context, status=400)
    data = form.cleaned_data
    query = search_plan(data["q"])
    versions = procedures_matching(
        query, field=data["field"], online_level=data["online"], level=data["level"]
    )
    page = Paginator(versions, PAGE_SIZE).get_page(request.GET.get("trang"))
    context = {
        "form": form,
        "query": query,
        "page": page,
        "searched": True,
        "filtered": any(data.values()),
        "online_label": selectors.online_label,
        "page_title": _("Tìm thủ tục"),
    }
    return render(request, "portal/search.html", context)


@require_http_methods(["GET", "HEAD"])
def procedure(request: HttpRequest, code: str) -> HttpResponse:
    try:
        page = selectors.procedure_page(code, now=timezone.now())
    except NotFound:
        raise Http404(code) from None
    context = {"p": page, "page_title": page.spec.name}
    return render(request, "portal/procedure.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def track(request: HttpRequest) -> HttpResponse:
    """Anyone with the code sees the progress; the personal part needs the second factor.

    An unknown code and a wrong answer get the very same page, so the answer form cannot be
    used to learn which codes exist."""
    form = TrackForm(request.POST if request.method == "POST" else request.GET)
    context: dict[str, Any] = {"form": form, "page_title": _("Tra cứu hồ sơ")}
    if not form.is_valid():
        return render(request, "portal/track.html", context, status=400)
    code, factor = form.cleaned_data["code"].strip(), form.cleaned_data["factor"]
    if request.method != "POST":
        factor = ""  # the answer travels in a POST body only, never in a URL
    if not code:
        return render(request, "portal/track.html", context)
    client, now = client_address(request), timezone.now()
    wait = selectors.lookup_wait(client, now=now)
    if wait:  # before the code is looked at: the same answer whether it exists or not
        return too_many_requests(
            request,
            title=_("Tra cứu hồ sơ"),
            message=_("Bạn tra cứu quá nhiều lần trong thời gian ngắn."),
            wait_seconds=wait,
        )
    if factor and selectors.factor_blocked(client, code, now=now):
        context["blocked"] = True
        return render(request, "portal/track.html", context, status=429)
    dossier = selectors.tracked_dossier(code)
    personal = False
    if factor:
        personal = selectors.factor_matches(dossier, factor)
        if not personal:
            selectors.factor_failed(client, code, now=now)
            dossier = None
    if dossier is None:
        context["not_found"] = True
        return render(request, "portal/track.html", context)
    user = _user(request)
    personal = personal or (user.is_authenticated and dossier.owner_id == user.pk)
    context["t"] = selectors.tracking(dossier, now=timezone.now(), personal=personal)
    context["owner"] = user.is_authenticated and dossier.owner_id == user.pk
    context["may_withdraw"] = selectors.citizen_may(dossier, Action.WITHDRAW)
    return render(request, "portal/track.html", context)


# --- the applicant's pages -------------------------------------------------------------------


@citizen_required
@require_http_methods(["GET", "HEAD", "POST"])
def submit(request: HttpRequest, code: str) -> HttpResponse:
    try:
        page = selectors.procedure_page(code, now=timezone.now())
    except NotFound:
        raise Http404(code) from None
    competence = selectors.competence(page.spec)
    context: dict[str, Any] = {"p": page, "competence": competence, "page_title": page.spec.name}
    if not page.online or not competence.known:
        return render(request, "portal/not_online.html", context, status=409)
    user = _user(request)
    form = SubmitForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        initial=SubmitForm.initial_for(user),
        components=page.spec.components,
        choose_commune=competence.choose_commune,
        reusable=reusable_documents(owner_id=user.pk),
    )
    context.update(form=form, upload_help=upload_help())
    if request.method != "POST":
        return render(request, "portal/submit.html", context)
    if form.is_valid():
        data = form.cleaned_data
        uploads = [
            Upload(bf.name, component.name, data[bf.name].read(), component.code)
            for component, bf in form.file_fields()
            if data.get(bf.name)
        ]
        reuses = [Reuse(field, source, c.code) for c, field, source in form.reuses()]
        applicant = Applicant(
            name=data["name"],
            kind=data["kind"],
            id_number=data["id_number"],
            phone=data["phone"],
            email=data["email"],
            address=data["address"],
        )
        try:
            dossier = online_submit(
                citizen=user,
                procedure_code=code,
                applicant=applicant,
                competent=data.get("competent_agency") or competence.agency,
                summary=data["summary"],
                uploads=uploads,
                reuses=reuses,
            )
        except DomainError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Đã nộp hồ sơ %(code)s.") % {"code": dossier.code})
            return redirect("portal:receipt", code=dossier.code)
    return render(request, "portal/submit.html", context, status=400)


@citizen_required
@require_http_methods(["GET", "HEAD"])
def receipt(request: HttpRequest, code: str) -> HttpResponse:
    dossier = _owned(request, code)
    context = {
        "dossier": dossier,
        "status": selectors.status_label(dossier.status),
        "track_url": _track_url(dossier.code),
        "page_title": _("Biên nhận hồ sơ %(code)s") % {"code": dossier.code},
    }
    return render(request, "portal/receipt.html", context)


@citizen_required
@require_http_methods(["GET", "HEAD"])
def mine(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.own_dossiers(_user(request)), PAGE_SIZE).get_page(
        request.GET.get("trang")
    )
    now = timezone.now()
    context = {
        "page": page,
        "rows": [selectors.own_row(d, now=now) for d in page],
        "page_title": _("Hồ sơ của tôi"),
    }
    return render(request, "portal/mine.html", context)


@citizen_required
@require_http_methods(["GET", "HEAD", "POST"])
def supplement(request: HttpRequest, code: str) -> HttpResponse:
    dossier = _owned(request, code)
    if dossier.status != Status.SUPPLEMENT:
        return _not_now(request, dossier, Action.SUPPLEMENT)
    form = SupplementForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
    )
    if request.method == "POST" and form.is_valid():
        # Stored for the officers, so in Vietnamese whatever the page's language.
        uploads = [
            Upload("attachments", f"Bổ sung: {f.name}"[:500], f.read())
            for f in form.cleaned_data["attachments"]
        ]
        try:
            supplement_submit(
                citizen=_user(request),
                code=dossier.code,
                note=form.cleaned_data["note"],
                uploads=uploads,
            )
        except DomainError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Đã gửi hồ sơ bổ sung; thời hạn giải quyết tính tiếp."))
            return redirect(_track_url(dossier.code))
    context = {
        "dossier": dossier,
        "form": form,
        "request_note": selectors.supplement_request(dossier),
        "upload_help": upload_help(),
        "page_title": _("Bổ sung hồ sơ"),
    }
    return render(request, "portal/supplement.html", context, status=_status(request, form))


@citizen_required
@require_http_methods(["GET", "HEAD", "POST"])
def withdraw(request: HttpRequest, code: str) -> HttpResponse:
    dossier = _owned(request, code)
    if not selectors.citizen_may(dossier, Action.WITHDRAW):
        return _not_now(request, dossier, Action.WITHDRAW)
    form = WithdrawForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            dossier_act(
                code=dossier.code,
                action=Action.WITHDRAW,
                actor=_user(request),
                note=form.cleaned_data["reason"],
            )
        except DomainError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Đã rút hồ sơ %(code)s.") % {"code": dossier.code})
            return redirect(_track_url(dossier.code))
    context = {
        "dossier": dossier,
        "form": form,
        "status": selectors.status_label(dossier.status),
        "page_title": _("Rút hồ sơ"),
    }
    return render(request, "portal/withdraw.html", context, status=_status(request, form))


@citizen_required
@require_http_methods(["GET", "HEAD", "POST"])
def rate(request: HttpRequest, code: str) -> HttpResponse:
    dossier = _owned(request, code)
    if not selectors.citizen_may(dossier, Action.RATE):
        return _not_now(request, dossier, Action.RATE)
    form = RateForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            dossier_act(
                code=dossier.code,
                action=Action.RATE,
                actor=_user(request),
                params={"rating": form.cleaned_data["rating"]},
            )
        except DomainError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Cảm ơn bạn đã đánh giá."))
            return redirect(_track_url(dossier.code))
    context = {"dossier": dossier, "form": form, "page_title": _("Đánh giá mức độ hài lòng")}
    return render(request, "portal/rate.html", context, status=_status(request, form))


def _status(request: HttpRequest, form: forms.Form) -> int:
    return 400 if request.method == "POST" and form.errors else 200
