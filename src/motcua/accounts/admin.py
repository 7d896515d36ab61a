from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from motcua.accounts.models import ApiToken, User
from motcua.accounts.scopes import clean_scope_actions
from motcua.errors import DomainError
from motcua.units.models import Agency


@admin.register(User)
class MotcuaUserAdmin(UserAdmin):
    list_display = ("username", "full_name", "role", "agency", "is_active")
    list_filter = ("role", "is_active")
    search_fields = ("username", "full_name")
    raw_id_fields = ("agency",)
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        ("motcua", {"fields": ("full_name", "role", "agency", "title", "department", "phone")}),
    )


class ApiTokenForm(forms.ModelForm):
    """The scope as the admin types it: agency codes and action names, checked."""

    class Meta:
        model = ApiToken
        fields = ("user", "name", "scope_agencies", "scope_actions", "revoked_at")

    def clean_scope_agencies(self) -> list[str]:
        codes = self.cleaned_data.get("scope_agencies") or []
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise forms.ValidationError('Nhập danh sách mã cơ quan, ví dụ ["000.00.01.H99"].')
        known = set(Agency.objects.filter(code__in=codes).values_list("code", flat=True))
        if missing := sorted(set(codes) - known):
            raise forms.ValidationError(f"Không có cơ quan mã: {', '.join(missing)}")
        return sorted(set(codes))

    def clean_scope_actions(self) -> list[str] | None:
        names = self.cleaned_data.get("scope_actions")
        if names is None:
            return None
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise forms.ValidationError('Nhập danh sách thao tác, ví dụ ["receive", "upload"].')
        try:
            return clean_scope_actions(names)
        except DomainError as error:
            raise forms.ValidationError(error.message) from None


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    form = ApiTokenForm
    list_display = ("user", "name", "prefix", "scope_agencies", "scope_actions", "last_used_at")
    readonly_fields = ("digest", "prefix", "created_at", "last_used_at")
    raw_id_fields = ("user",)
