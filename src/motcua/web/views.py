from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from motcua.accounts.models import Role, User
from motcua.web.forms import CitizenSignupForm

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
