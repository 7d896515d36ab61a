from django.apps import AppConfig


class SyncConfig(AppConfig):
    name = "motcua.sync"
    verbose_name = "Đồng bộ"

    def ready(self) -> None:
        # With MOTCUA_PORTAL_URL set, the worker delivers to the national portal and pulls the
        # dossiers filed there; without it the "portal" deliveries wait (nothing is lost).
        from motcua.sync.portal.delivery import portal_connect

        portal_connect()
