from django.apps import AppConfig
from django.conf import settings


class AuditConfig(AppConfig):
    name = "motcua.audit"
    verbose_name = "Nhật ký kiểm toán"

    def ready(self) -> None:
        # Appending is a plain INSERT in the action's own transaction; the worker chains the new
        # entries by hash every few seconds (one sealer at a time, under a lock).
        from motcua.audit import receivers  # noqa: F401  (sign-in entries)
        from motcua.audit.seal import audit_seal
        from motcua.sync import worker

        worker.register_periodic("audit-seal", settings.MOTCUA_AUDIT_SEAL_SECONDS, audit_seal)
