from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from motcua.accounts.models import Role, User


class CitizenSignupForm(UserCreationForm):
    full_name = forms.CharField(label=_("Họ và tên"), max_length=200)
    phone = forms.RegexField(
        label=_("Số điện thoại"),
        regex=r"^0\d{9}$",
        error_messages={"invalid": _("Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.")},
    )
    id_number = forms.RegexField(
        label=_("Số định danh cá nhân (CCCD)"),
        regex=r"^\d{12}$",
        error_messages={"invalid": _("Số định danh gồm 12 chữ số.")},
    )

    class Meta:
        model = User
        fields = ("username", "full_name", "phone", "id_number")

    def save(self, commit: bool = True) -> Any:
        user = super().save(commit=False)
        user.role = Role.CITIZEN
        if commit:
            user.save()
        return user
