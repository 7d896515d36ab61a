"""The service index as pages: the dashboard and its drill-downs, their Excel exports, the public
page."""

from django.urls import path

from motcua.indicators import views, views_report

app_name = "indicators"
urlpatterns = [
    path("bang-dieu-khien", views.dashboard, name="dashboard"),
    path("bang-dieu-khien.xlsx", views.dashboard_xlsx, name="dashboard_xlsx"),
    path("bang-dieu-khien/bao-cao-thang.pdf", views_report.monthly_pdf, name="monthly_pdf"),
    path("bang-dieu-khien/ho-so", views.urgent, name="urgent"),
    path("bang-dieu-khien/ho-so.xlsx", views.urgent_xlsx, name="urgent_xlsx"),
    path("bang-dieu-khien/quy-trinh", views.process, name="process"),
    path("bang-dieu-khien/quy-trinh.xlsx", views.process_xlsx, name="process_xlsx"),
    path("minh-bach", views.transparency, name="transparency"),
]
