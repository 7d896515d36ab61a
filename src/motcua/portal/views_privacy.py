"""The citizen's personal data: what the system holds about them, downloaded as one ZIP."""

from __future__ import annotations

from typing import cast

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from motcua.accounts.models import User
from motcua.dossiers.labels import error_message
from motcua.dossiers.models import Document, DocumentKind
from motcua.errors import DomainError
from motcua.portal.views import citizen_required
from motcua.privacy.download import zip_response
from motcua.privacy.selectors import DataSubject, subject_dossiers


@citizen_required
@require_http_methods(["GET", "HEAD", "POST"])
def personal_data(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    subject = DataSubject(account=user)
    error = ""
    if request.method == "POST":  # a form, not a link: a prefetch must not make an export
        try:
            # A streamed file; citizen_required only names HttpResponse, the usual case.
            return cast(HttpResponse, zip_response(subject, user))
        except DomainError as refusal:
            error = error_message(refusal)
    dossiers = subject_dossiers(subject)
    documents = Document.objects.filter(dossier__in=dossiers)
    context = {
        "dossier_count": dossiers.count(),
        "document_count": documents.count(),
        "periods": [
            (DocumentKind(kind).label, years)
            for kind, years in settings.MOTCUA_RETENTION_YEARS.items()
        ],
        "error": error,
        "page_title": _("Dữ liệu cá nhân của tôi"),
    }
    return render(request, "portal/personal_data.html", context, status=413 if error else 200)
