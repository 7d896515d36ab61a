from django.contrib import admin
from django.http import HttpRequest

from motcua.indicators.models import DailyFigures, IndicatorWeight


@admin.register(IndicatorWeight)
class IndicatorWeightAdmin(admin.ModelAdmin):
    """The administrator's weights inside each group of the service index (data, not code)."""

    list_display = ("group", "indicator", "weight")
    list_filter = ("group",)
    list_editable = ("weight",)


@admin.register(DailyFigures)
class DailyFiguresAdmin(admin.ModelAdmin):
    """Read-only: the worker keeps these rows; `motcua indicators --rebuild` recomputes them."""

    list_display = ("day", "competent_agency_id", "receiving_agency_id", "channel", "received")
    list_filter = ("day", "channel")
    show_full_result_count = False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
