from django.apps import AppConfig


class ClockConfig(AppConfig):
    name = "motcua.clock"
    verbose_name = "Lịch làm việc"

    def ready(self) -> None:
        from motcua.clock.services import connect_signals

        connect_signals()
