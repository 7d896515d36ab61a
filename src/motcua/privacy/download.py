"""The ZIP as an HTTP download, shared by the citizen's page and the API."""

from __future__ import annotations

from django.http import FileResponse
from django.utils import timezone

from motcua.accounts.models import User
from motcua.privacy.export import personal_data_file
from motcua.privacy.selectors import DataSubject


def zip_response(subject: DataSubject, user: User) -> FileResponse:
    """An attachment streamed from its temporary file (deleted once sent)."""
    archive = personal_data_file(subject=subject, actor=user)
    day = timezone.localdate().strftime("%Y%m%d")
    response = FileResponse(
        archive,
        as_attachment=True,
        filename=f"du-lieu-ca-nhan-{user.username}-{day}.zip",
        content_type="application/zip",
    )
    response["Cache-Control"] = "private, no-store"
    return response
