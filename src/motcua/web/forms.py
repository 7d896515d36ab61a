from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from motcua.accounts.models import Role, User
from motcua.web.validators import no_control_characters


class CitizenSignupForm(UserCreationForm):
    full_name = forms.CharField(
        label=_("Họ và tên"), max_length=200, validators=[no_control_characters]
    )
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


class SecondFactorForm(forms.Form):
    """The 6-digit code an authenticator app shows (spaces, as some apps group it, are fine)."""

    token = forms.CharField(
        label=_("Mã xác thực (6 chữ số)"),
        max_length=12,
        error_messages={"required": _("Nhập mã 6 chữ số trên ứng dụng xác thực.")},
    )

    def clean_token(self) -> str:
        token = "".join(self.cleaned_data["token"].split())
        if not (len(token) == 6 and token.isascii() and token.isdigit()):
            raise forms.ValidationError(_("Mã xác thực gồm đúng 6 chữ số."))
        return token
