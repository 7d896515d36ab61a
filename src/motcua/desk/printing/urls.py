"""Printed forms 01–07 (Circular 03/2025) as PDF, and the desk log as Excel."""

from django.urls import path

from motcua.desk.printing import views

urlpatterns = [
    path("ho-so/<str:code>/mau-<int:number>.pdf", views.form_pdf, name="form"),
    path("can-bo/so-theo-doi.pdf", views.log_pdf, name="log_pdf"),
    path("can-bo/so-theo-doi.xlsx", views.log_xlsx, name="log_xlsx"),
]
