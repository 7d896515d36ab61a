from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path

from motcua.api.main import api


def home(request: HttpRequest) -> HttpResponse:
    # The citizen portal arrives with its own issue; until then the API docs are the front door.
    return redirect("/api/v1/docs")


urlpatterns = [
    path("", home),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
]
