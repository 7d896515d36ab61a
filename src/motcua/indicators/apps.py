from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "motcua.indicators"
    verbose_name = "Chỉ số phục vụ (Quyết định 766)"
