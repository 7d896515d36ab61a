"""The service index as pages: the leadership dashboard, its Excel export, the public page."""

from django.urls import path

from motcua.indicators import views

app_name = "indicators"
urlpatterns = [
    path("bang-dieu-khien", views.dashboard, name="dashboard"),
    path("bang-dieu-khien.xlsx", views.dashboard_xlsx, name="dashboard_xlsx"),
    path("minh-bach", views.transparency, name="transparency"),
]
