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

# The database failing outside a view (a middleware reading the session) is a 503, not a 500.
handler500 = "motcua.web.unavailable.server_error"
# Under /api/ a 400 or 404 Django answers itself keeps the API's JSON shape (api/fallbacks.py).
handler400 = "motcua.api.fallbacks.bad_request"
handler404 = "motcua.api.fallbacks.not_found"
