from __future__ import annotations

import datetime as dt
import math
from typing import Any, cast

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.views import LoginView, redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_totp.models import TOTPDevice

from motcua.accounts import otp
from motcua.accounts.models import Role, User
from motcua.errors import DomainError
from motcua.web.forms import CitizenSignupForm, SecondFactorForm

DEMO_ROLES = (Role.DESK, Role.OFFICER, Role.LEADER, Role.CITIZEN, Role.ADMIN)


class SignInView(LoginView):
    template_name = "web/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["site_name"] = settings.MOTCUA_SITE_NAME  # LoginView puts the host name there
        if settings.MOTCUA_DEMO:
            # Demo mode only: a handful of accounts to try each role with.
            wanted = list(settings.MOTCUA_DEMO_USERS)
            users = {u.username: u for u in User.objects.filter(username__in=wanted)}
            context["demo_users"] = [users[name] for name in wanted if name in users]
            context["demo_password"] = settings.MOTCUA_DEMO_PASSWORD
        return context

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        if otp.second_factor_pending(self.request.user):  # the password was only half of it
            return redirect(_with_next("web:otp_verify", self.get_success_url()))
        return response

    def get_default_redirect_url(self) -> str:
        user = self.request.user
        if getattr(user, "role", Role.CITIZEN) == Role.CITIZEN:
            return reverse("portal:mine")
        return reverse("desk:inbox")


def signup(request: HttpRequest) -> HttpResponse:
    form = CitizenSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        target = request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(target, {request.get_host()}):
            return redirect(target)
        return redirect("portal:mine")
    return render(request, "web/signup.html", {"form": form, "page_title": _("Đăng ký tài khoản")})


# --- the officers' second factor -------------------------------------------------------------


def _with_next(name: str, target: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': target})}" if target else reverse(name)


def _next(request: HttpRequest) -> str:
    """Where to go once verified: `next` if it stays on this site, else the officer's inbox."""
    target = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("desk:inbox")


def _message(error: DomainError) -> str:
    return error.message_en if (get_language() or "vi").startswith("en") else error.message


def _code_page(
    request: HttpRequest, device: TOTPDevice, template: str, context: dict[str, Any]
) -> HttpResponse:
    """The form for one code: right, and on to `next`; wrong or throttled, said on the form."""
    form = SecondFactorForm(request.POST if request.method == "POST" else None)
    status = 400 if form.is_bound else 200
    if form.is_valid():
        token = form.cleaned_data["token"]
        try:
            otp.totp_verify(request=request, device_id=device.pk, token=token)
        except DomainError as error:
            form.add_error("token", _message(error))
            status = error.status
        else:
            return redirect(_next(request))
    context.update(form=form, next=_next(request))
    return render(request, template, context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def otp_verify(request: HttpRequest) -> HttpResponse:
    """The code page: the officer's password was right; a code from the app completes it."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not otp.second_factor_pending(request.user):
        return redirect(_next(request))
    device = otp.confirmed_device(cast(User, request.user))
    if device is None:
        return redirect(_with_next("web:otp_enrol", _next(request)))
    context = {"page_title": _("Mã xác thực")}
    return _code_page(request, device, "web/otp_verify.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def otp_enrol(request: HttpRequest) -> HttpResponse:
    """First sign-in: add this site to an authenticator app by QR code (or type the secret in),
    then confirm with one code from the app."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not otp.second_factor_pending(request.user):
        return redirect(_next(request))
    user = cast(User, request.user)
    if otp.confirmed_device(user) is not None:
        return redirect(_with_next("web:otp_verify", _next(request)))
    device = otp.enrolment_device(user)
    qr, qr_size = otp.qr_image(device)
    context = {
        "qr": qr,
        "qr_size": qr_size,
        "secret": otp.manual_secret(device),
        "page_title": _("Thiết lập xác thực hai bước"),
    }
    return _code_page(request, device, "web/otp_enrol.html", context)


# --- too many tries --------------------------------------------------------------------------


def too_many_requests(
    request: HttpRequest, *, title: str, message: str, wait_seconds: int
) -> HttpResponse:
    """429 with Retry-After, saying when to try again."""
    retry_at = timezone.localtime(timezone.now() + dt.timedelta(seconds=wait_seconds))
    context = {
        "page_title": title,
        "message": message,
        "retry_at": retry_at,
        "minutes": max(1, math.ceil(wait_seconds / 60)),
    }
    response = render(request, "web/too_many.html", context, status=429)
    response["Retry-After"] = str(wait_seconds)
    return response


def locked_out(
    request: HttpRequest, response: HttpResponse | None = None, credentials: Any = None
) -> HttpResponse:
    """django-axes' lock-out answer: too many wrong passwords for this username from here. The
    wait restarts with every try meanwhile, so it ends a full lock period from now."""
    wait = round(settings.AXES_COOLOFF_TIME.total_seconds())
    message = _(
        "Đã nhập sai mật khẩu %(count)d lần liên tiếp cho tài khoản này từ máy của bạn, "
        "nên tài khoản tạm bị khóa đăng nhập từ máy này."
    ) % {"count": settings.AXES_FAILURE_LIMIT}
    return too_many_requests(
        request, title=_("Tạm khóa đăng nhập"), message=message, wait_seconds=wait
    )
