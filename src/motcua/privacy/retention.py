"""Retention: files past their period are deleted, their rows kept; later the applicant's fields.

Each period (MOTCUA_RETENTION_YEARS, per document kind) counts from the instant the dossier's
processing ended; open dossiers keep everything. A purged document keeps its kind, component,
size and SHA-256, so the service index (digitised, reused, result files) reads the same after as
before. Files are deleted only once the database change has committed, and only when no other
document (a reuse of the same paper) still points at them. Once every file of a dossier is gone
and the longest period has passed, its applicant's name, identity number, phone, email, address
and summary are blanked; status, dates, agencies, channel, procedure and rating stay.

Safe to run from several workers at once: rows are claimed with SKIP LOCKED, and what one run
did, the next finds done.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Case, Value, When
from django.utils import timezone, translation

from motcua.accounts.models import Role
from motcua.audit.models import AuditKind
from motcua.audit.services import audit_record
from motcua.dossiers.models import Document, DocumentKind, Dossier
from motcua.privacy.selectors import anonymisable_dossiers, expired_documents

log = logging.getLogger("motcua.retention")

BATCH = 500
ANONYMOUS = "[đã ẩn danh]"  # the applicant's name once blanked (data, so in Vietnamese)


@dataclass
class RetentionOutcome:
    purged: int = 0  # documents whose file is gone now
    purged_bytes: int = 0
    files_deleted: int = 0
    files_shared: int = 0  # kept: a live document (a reuse of the same paper) points at it
    files_failed: int = 0  # storage refused; the file is an orphan now (logged)
    anonymised: int = 0  # dossiers whose applicant's fields were blanked

    @property
    def changed(self) -> bool:
        return bool(self.purged or self.anonymised)


def retention_apply(
    *, now: dt.datetime | None = None, years: Mapping[str, int] | None = None
) -> RetentionOutcome:
    """Purge every expired document, then anonymise every dossier that may be."""
    now = now or timezone.now()
    years = settings.MOTCUA_RETENTION_YEARS if years is None else years
    outcome = RetentionOutcome()
    while _purge_batch(now, years, outcome) == BATCH:
        pass
    while _anonymise_batch(now, years, outcome) == BATCH:
        pass
    return outcome


def retention_apply_now() -> RetentionOutcome:
    """The worker's daily run; says in the log what it did."""
    outcome = retention_apply()
    if outcome.changed:
        log.info(
            "retention: %s documents purged (%s files deleted, %s still shared), "
            "%s dossiers anonymised",
            outcome.purged,
            outcome.files_deleted,
            outcome.files_shared,
            outcome.anonymised,
        )
    return outcome


def _purge_batch(now: dt.datetime, years: Mapping[str, int], outcome: RetentionOutcome) -> int:
    with transaction.atomic():
        rows = list(
            expired_documents(now=now, years=years)
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("pk")
            .values_list("pk", "file", "size", "dossier__code")[:BATCH]
        )
        if not rows:
            return 0
        Document.objects.filter(pk__in=[pk for pk, *_ in rows]).update(purged_at=now, file="")
        for code in sorted({code for *_, code in rows}):
            audit_record(
                actor=None, kind=AuditKind.ACTION, subject=code, detail={"action": "purge_files"}
            )
        outcome.purged += len(rows)
        outcome.purged_bytes += sum(size for _, _, size, _ in rows)
        files = sorted({name for _, name, _, _ in rows if name})
        transaction.on_commit(partial(_delete_unused, files, outcome))
    return len(rows)


def _delete_unused(files: list[str], outcome: RetentionOutcome) -> None:
    """After commit: delete each file no document points at any more."""
    storage = Document._meta.get_field("file").storage
    still_used = set(
        Document.objects.filter(file__in=files).values_list("file", flat=True).distinct()
    )
    for name in files:
        if name in still_used:
            outcome.files_shared += 1
            continue
        try:
            storage.delete(name)
        except OSError:
            log.exception("retention: could not delete %s (the document is purged)", name)
            outcome.files_failed += 1
        else:
            outcome.files_deleted += 1


def _kind_names() -> Case:
    """A purged paper's title becomes its kind's (an uploaded file's name may name a person)."""
    with translation.override("vi"):
        whens = [When(kind=kind.value, then=Value(str(kind.label))) for kind in DocumentKind]
    return Case(*whens, default=Value("Tài liệu"))


def _anonymise_batch(now: dt.datetime, years: Mapping[str, int], outcome: RetentionOutcome) -> int:
    with transaction.atomic():
        rows = list(
            anonymisable_dossiers(now=now, years=years)
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("pk")
            .values_list("pk", "code")[:BATCH]
        )
        if not rows:
            return 0
        ids = [pk for pk, _ in rows]
        Dossier.objects.filter(pk__in=ids).update(
            applicant_name=ANONYMOUS,
            applicant_id_number="",
            applicant_phone="",
            applicant_email="",
            applicant_address="",
            summary="",
            owner=None,
            anonymised_at=now,
        )
        documents = Document.objects.filter(dossier_id__in=ids)
        documents.update(name=_kind_names())
        documents.filter(uploaded_by__role=Role.CITIZEN).update(uploaded_by=None)
        for _, code in rows:
            audit_record(
                actor=None, kind=AuditKind.ACTION, subject=code, detail={"action": "anonymise"}
            )
        outcome.anonymised += len(rows)
    return len(rows)
