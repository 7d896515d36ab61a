from django.contrib import admin

from motcua.sync.models import Delivery


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ("consumer", "event", "state", "attempts", "next_attempt_at", "last_error")
    list_filter = ("consumer", "state")
    raw_id_fields = ("event", "dossier")
    show_full_result_count = False
