from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from motcua.accounts.models import ApiToken, User


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


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("user", "name", "prefix", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("digest", "prefix", "created_at", "last_used_at")
    raw_id_fields = ("user",)
