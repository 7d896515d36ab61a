from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "motcua.web"
    verbose_name = "Giao diện chung"
