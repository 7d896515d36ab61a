"""Citizen pages. Every page works without JavaScript."""

from django.urls import path

from motcua.portal import views, views_privacy

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("thu-tuc", views.search, name="search"),
    path("thu-tuc/<str:code>", views.procedure, name="procedure"),
    path("thu-tuc/<str:code>/nop-ho-so", views.submit, name="submit"),
    path("tra-cuu", views.track, name="track"),
    path("ca-nhan/ho-so", views.mine, name="mine"),
    path("ca-nhan/du-lieu", views_privacy.personal_data, name="personal_data"),
    path("ho-so/<str:code>/bien-nhan", views.receipt, name="receipt"),
    path("ho-so/<str:code>/bo-sung", views.supplement, name="supplement"),
    path("ho-so/<str:code>/rut", views.withdraw, name="withdraw"),
    path("ho-so/<str:code>/danh-gia", views.rate, name="rate"),
]
