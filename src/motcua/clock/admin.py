from django.contrib import admin

from motcua.clock.models import CalendarOverride


@admin.register(CalendarOverride)
class CalendarOverrideAdmin(admin.ModelAdmin):
    list_display = ("day", "is_working_day", "reason")
    list_filter = ("is_working_day",)
