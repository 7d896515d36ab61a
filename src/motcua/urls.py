from django.contrib import admin
from django.urls import include, path

from motcua.api.main import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("", include("motcua.web.urls")),
    path("", include("motcua.desk.urls")),
    path("", include("motcua.indicators.urls")),
    path("", include("motcua.portal.urls")),
]
