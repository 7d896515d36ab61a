from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "motcua.portal"
    verbose_name = "Cổng dịch vụ công (công dân)"

    def ready(self) -> None:
        # The lookup and second-factor counters (RateCount) of windows that are over go away.
        from motcua.portal.selectors import rate_counts_purge
        from motcua.sync import worker

        worker.register_periodic("rate-counts-purge", 600, rate_counts_purge)
