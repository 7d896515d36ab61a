from django.apps import AppConfig

DAY_SECONDS = 24 * 3600


class PrivacyConfig(AppConfig):
    name = "motcua.privacy"
    verbose_name = "Dữ liệu cá nhân"

    def ready(self) -> None:
        # Once a day each worker deletes the files past their retention period (safe to overlap:
        # the rows are claimed with SKIP LOCKED, and a second run finds nothing left to do).
        from motcua.privacy.retention import retention_apply_now
        from motcua.sync import worker

        worker.register_periodic("personal-data-retention", DAY_SECONDS, retention_apply_now)
