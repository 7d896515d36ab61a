from django.contrib import admin

from motcua.units.models import AdministrativeUnit, Agency


@admin.register(AdministrativeUnit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "level", "valid_from", "valid_to")
    list_filter = ("level",)
    search_fields = ("code", "name")
    raw_id_fields = ("parent", "successors")


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "kind", "valid_from", "valid_to")
    list_filter = ("kind",)
    search_fields = ("code", "name")
    raw_id_fields = ("parent", "unit")
