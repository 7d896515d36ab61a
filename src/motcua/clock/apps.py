from django.apps import AppConfig


class ClockConfig(AppConfig):
    name = "motcua.clock"
    verbose_name = "Lịch làm việc"
