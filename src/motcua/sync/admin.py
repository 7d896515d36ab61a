from django.contrib import admin

from motcua.sync.models import Delivery, PortalDossier, SyncDaily


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ("consumer", "event", "state", "attempts", "next_attempt_at", "last_error")
    list_filter = ("consumer", "state")
    raw_id_fields = ("event", "dossier")
    show_full_result_count = False


@admin.register(PortalDossier)
class PortalDossierAdmin(admin.ModelAdmin):
    list_display = ("code", "dossier", "inbound", "created_at")
    list_filter = ("inbound",)
    search_fields = ("code",)
    raw_id_fields = ("dossier",)


@admin.register(SyncDaily)
class SyncDailyAdmin(admin.ModelAdmin):
    list_display = ("day", "agency", "received", "synced", "checked_at")
    list_filter = ("day",)
    raw_id_fields = ("agency",)
