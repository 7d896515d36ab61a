from django.apps import AppConfig


class DeskConfig(AppConfig):
    name = "motcua.desk"
    verbose_name = "Một cửa điện tử (cán bộ)"
