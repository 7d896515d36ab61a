"""Officer pages: inboxes, reception, the dossier page and its actions, documents, forms."""

from django.urls import include, path

from motcua.desk import views

app_name = "desk"
urlpatterns = [
    path("can-bo/", views.inbox, name="inbox"),
    path("can-bo/tiep-nhan", views.reception, name="reception"),
    path("can-bo/ho-so/<str:code>", views.dossier, name="dossier"),
    path("can-bo/ho-so/<str:code>/thao-tac/<str:action>", views.act, name="act"),
    path("can-bo/ho-so/<str:code>/tai-lieu", views.upload, name="upload"),
    path("tai-lieu/<int:pk>", views.document, name="document"),
    path("", include("motcua.desk.printing.urls")),
]
