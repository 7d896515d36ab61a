from django.apps import AppConfig
from django.conf import settings


class IndicatorsConfig(AppConfig):
    name = "motcua.indicators"
    verbose_name = "Chỉ số phục vụ (Quyết định 766)"

    def ready(self) -> None:
        # The worker folds changed dossiers into the stored daily figures every few seconds.
        from motcua.indicators.aggregates import figures_catch_up_all
        from motcua.sync import worker

        worker.register_periodic(
            "indicator-figures", settings.MOTCUA_FIGURES_SECONDS, figures_catch_up_all
        )
