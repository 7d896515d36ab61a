from django.contrib import admin

from motcua.dossiers.models import Document, Dossier, Event


class ReadOnly(admin.ModelAdmin):
    """Dossiers change only through actions; the admin shows them, never edits them."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Dossier)
class DossierAdmin(ReadOnly):
    list_display = ("code", "applicant_name", "status", "channel", "received_at", "due_at")
    list_filter = ("status", "channel")
    search_fields = ("code", "applicant_name")
    list_select_related = True
    show_full_result_count = False


@admin.register(Event)
class EventAdmin(ReadOnly):
    list_display = ("dossier", "seq", "action", "at", "actor_name")
    list_filter = ("action",)
    raw_id_fields = ("dossier",)
    show_full_result_count = False


@admin.register(Document)
class DocumentAdmin(ReadOnly):
    list_display = ("dossier", "kind", "name", "size", "created_at")
