from django.contrib import admin

from motcua.catalog.models import Field, Procedure, ProcedureVersion


@admin.register(Field)
class FieldAdmin(admin.ModelAdmin):
    list_display = ("code", "name")
    search_fields = ("code", "name")


@admin.register(Procedure)
class ProcedureAdmin(admin.ModelAdmin):
    list_display = ("code", "current")
    search_fields = ("code", "current__name")
    raw_id_fields = ("current",)


@admin.register(ProcedureVersion)
class ProcedureVersionAdmin(admin.ModelAdmin):
    list_display = ("procedure", "number", "name", "online_level", "valid_from", "valid_to")
    list_filter = ("online_level",)
    search_fields = ("procedure__code", "search_text")
    raw_id_fields = ("procedure", "field")
    readonly_fields = ("search_text", "digest")
