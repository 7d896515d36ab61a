"""Uploaded components and result files: checked by content, stored with their SHA-256."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from motcua.accounts.models import User
from motcua.audit.services import audit_action
from motcua.dossiers.models import Document, DocumentKind, Dossier
from motcua.dossiers.uploads import checked_content_type
from motcua.dossiers.uploads import sniff as sniff  # the forms' early check reads it from here
from motcua.errors import DomainError

MAX_BYTES = settings.MOTCUA_MAX_UPLOAD_MB * 1024 * 1024
EXTENSIONS = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}


@transaction.atomic
def document_add(
    *,
    dossier: Dossier,
    actor: User,
    kind: str,
    name: str,
    content: bytes,
    component_code: str = "",
    digitised: bool = False,
) -> Document:
    if kind not in DocumentKind.values:
        raise DomainError(
            "document_kind_invalid",
            f"Loại tài liệu “{kind}” không hợp lệ: dùng {', '.join(DocumentKind.values)}.",
            message_en=f"Unknown document kind '{kind}'.",
            field="kind",
        )
    if not content:
        raise DomainError("file_empty", "Tệp rỗng.", message_en="The file is empty.", field="file")
    if len(content) > MAX_BYTES:
        raise DomainError(
            "file_too_large",
            f"Tệp quá lớn ({len(content) // 1024} KB); tối đa {MAX_BYTES // (1024 * 1024)} MB.",
            message_en=f"The file is too large; the limit is {MAX_BYTES // (1024 * 1024)} MB.",
            field="file",
            status=413,
        )
    content_type = checked_content_type(content)
    digest = hashlib.sha256(content).hexdigest()
    document = Document(
        dossier=dossier,
        kind=kind,
        component_code=component_code,
        name=(name or component_code or "tài liệu")[:500],
        sha256=digest,
        size=len(content),
        content_type=content_type,
        digitised=digitised,
        uploaded_by=actor,
    )
    stored = f"{secrets.token_hex(16)}.{EXTENSIONS[content_type]}"
    document.file.save(stored, ContentFile(content), save=False)
    document.save()
    audit_action(actor, subject=dossier.code, action="document_add", document=document.pk)
    if kind == DocumentKind.COMPONENT and digitised and not dossier.digitised:
        Dossier.objects.filter(pk=dossier.pk).update(digitised=True, figures_stale=True)
        dossier.digitised = True
    elif kind == DocumentKind.RESULT:  # the e-result rate counts result files
        Dossier.objects.filter(pk=dossier.pk).update(figures_stale=True)
    return document
