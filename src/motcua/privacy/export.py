"""Everything held about a person, as one ZIP (Decree 13/2023/NĐ-CP: the data subject's right to
obtain their personal data).

The ZIP holds DOC-TOI.txt (what is inside, in Vietnamese), du-lieu-ca-nhan.json (the account,
every dossier with its events, rating, payments and documents' metadata and SHA-256) and the
document files under tai-lieu/<dossier code>/. Events name the agency and the officer's role,
not the officer: the officer's name is the officer's personal data, not the applicant's.
The ZIP is written to a temporary file (files are copied in chunks), never held in memory.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from motcua.accounts.models import ApiToken, Role, User
from motcua.audit.models import AuditKind
from motcua.audit.services import audit_record
from motcua.clock.services import iso_vn
from motcua.dossiers.lifecycle import Action, Status
from motcua.dossiers.models import Document, Dossier, Event
from motcua.errors import DomainError
from motcua.privacy.periods import anonymised_after, kept_until
from motcua.privacy.selectors import DataSubject, subject_dossiers
from motcua.units.models import Agency

README_NAME = "DOC-TOI.txt"
DATA_NAME = "du-lieu-ca-nhan.json"
FILES_DIR = "tai-lieu"
FORMAT = "motcua-du-lieu-ca-nhan/1"
CHUNK = 1024 * 1024
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
RATINGS = {1: "Không hài lòng", 2: "Hài lòng", 3: "Rất hài lòng"}
PAYMENT_ACTIONS = (Action.REQUEST_PAYMENT, Action.PAY)


@dataclass
class ExportSummary:
    dossiers: list[str] = field(default_factory=list)  # codes
    documents: int = 0
    files: int = 0
    file_bytes: int = 0


def personal_data_file(*, subject: DataSubject, actor: User | None) -> IO[bytes]:
    """The ZIP in a temporary file, positioned at its start (closing it deletes it), for a
    download. Refuses (413) beyond MOTCUA_PERSONAL_DATA_MAX_MB of files."""
    limit = settings.MOTCUA_PERSONAL_DATA_MAX_MB * 1024 * 1024
    held = sum(
        Document.objects.filter(dossier__in=subject_dossiers(subject), purged_at__isnull=True)
        .exclude(file="")
        .values_list("size", flat=True)
    )
    if held > limit:
        raise DomainError(
            "personal_data_too_large",
            f"Dữ liệu của bạn có {held // (1024 * 1024)} MB tệp, quá giới hạn tải trực tuyến "
            f"{settings.MOTCUA_PERSONAL_DATA_MAX_MB} MB. Hãy gửi yêu cầu cung cấp dữ liệu cá nhân "
            "bằng văn bản tới Trung tâm Phục vụ hành chính công để nhận bản đầy đủ.",
            message_en=f"Your files take {held // (1024 * 1024)} MB, over the online limit of "
            f"{settings.MOTCUA_PERSONAL_DATA_MAX_MB} MB; ask the service centre in writing.",
            status=413,
        )
    out = tempfile.TemporaryFile(prefix="motcua-du-lieu-")  # noqa: SIM115 (the caller closes)
    try:
        personal_data_export(subject=subject, out=out, actor=actor)
    except BaseException:
        out.close()
        raise
    out.seek(0)
    return out


def personal_data_export(
    *, subject: DataSubject, out: IO[bytes], actor: User | None, now: dt.datetime | None = None
) -> ExportSummary:
    """Write the ZIP of everything held about `subject` to `out`; record the export (by
    `actor`: the citizen themself, or None for the province answering a written request)."""
    now = (now or timezone.now()).replace(microsecond=0)
    dossiers = list(subject_dossiers(subject))
    documents = _documents_of(dossiers)
    summary = ExportSummary(dossiers=[d.code for d in dossiers])
    with translation.override("vi"):
        data = {
            "format": FORMAT,
            "created_at": iso_vn(now),
            "requested_by": "chủ tài khoản" if actor is not None else "yêu cầu bằng văn bản",
            "account": _account(subject.account),
            "id_number": subject.id_number or None,
            "dossiers": [
                _dossier(d, events, documents.get(d.pk, []))
                for d, events in zip(dossiers, _events_of(dossiers), strict=True)
            ],
        }
        readme = render_to_string(
            "privacy/doc-toi.txt",
            {
                "data": data,
                "online": actor is not None,
                "years": settings.MOTCUA_RETENTION_YEARS,
            },
        )
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(README_NAME, readme)
        archive.writestr(DATA_NAME, json.dumps(data, ensure_ascii=False, indent=2))
        for dossier in dossiers:
            for document in documents.get(dossier.pk, []):
                summary.documents += 1
                if _copy_file(archive, dossier, document):
                    summary.files += 1
                    summary.file_bytes += document.size
    _record(actor, summary)
    return summary


def _record(actor: User | None, summary: ExportSummary) -> None:
    """One audit entry per exported dossier (the log is searched by dossier), or one if none."""
    detail = {"what": "personal_data", "dossiers": len(summary.dossiers)}
    for code in summary.dossiers or [""]:
        audit_record(actor=actor, kind=AuditKind.EXPORT, subject=code, detail=detail)


def _documents_of(dossiers: list[Dossier]) -> dict[int, list[Document]]:
    found: dict[int, list[Document]] = defaultdict(list)
    query = Document.objects.filter(dossier__in=[d.pk for d in dossiers]).order_by("pk")
    for document in query:
        found[document.dossier_id].append(document)
    return found


def _events_of(dossiers: list[Dossier]) -> Iterable[list[dict[str, Any]]]:
    rows = (
        Event.objects.filter(dossier__in=[d.pk for d in dossiers])
        .order_by("dossier_id", "seq")
        .values(
            "dossier_id", "seq", "at", "action", "from_status", "to_status", "step_name",
            "note", "data", "actor__role", "agency__code", "agency__name",
        )
    )  # fmt: skip
    by_dossier: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_dossier[row["dossier_id"]].append(dict(row))
    return (by_dossier.get(d.pk, []) for d in dossiers)


def _account(user: User | None) -> dict[str, Any] | None:
    if user is None:
        return None
    tokens = ApiToken.objects.filter(user=user).order_by("pk")
    return {
        "username": user.username,
        "full_name": user.full_name or user.get_full_name(),
        "email": user.email,
        "phone": user.phone,
        "id_number": user.id_number,
        "role": str(Role(user.role).label),
        "date_joined": iso_vn(user.date_joined),
        "last_login": iso_vn(user.last_login),
        "api_tokens": [
            {
                "prefix": t.prefix,
                "name": t.name,
                "created_at": iso_vn(t.created_at),
                "last_used_at": iso_vn(t.last_used_at),
                "revoked_at": iso_vn(t.revoked_at),
            }
            for t in tokens
        ],
    }


def _agency(agency: Agency | None) -> dict[str, str] | None:
    return None if agency is None else {"code": agency.code, "name": agency.name}


def _dossier(
    dossier: Dossier, events: list[dict[str, Any]], documents: list[Document]
) -> dict[str, Any]:
    years = settings.MOTCUA_RETENTION_YEARS
    until = anonymised_after(dossier.ended_at, {d.kind for d in documents}, years)
    return {
        "code": dossier.code,
        "procedure": {
            "code": dossier.version.procedure.code,
            "name": dossier.version.name,
            "version": dossier.version.number,
        },
        "channel": str(dossier.get_channel_display()),
        "applicant": {
            "kind": str(dossier.get_applicant_kind_display()),
            "name": dossier.applicant_name,
            "id_number": dossier.applicant_id_number,
            "phone": dossier.applicant_phone,
            "email": dossier.applicant_email,
            "address": dossier.applicant_address,
            "identity_verified": dossier.identity_verified,
        },
        "summary": dossier.summary,
        "agencies": {
            "helped_at": _agency(dossier.helped_at),
            "received_by": _agency(dossier.received_by_agency),
            "competent": _agency(dossier.competent_agency),
        },
        "status": {"code": dossier.status, "label": Status(dossier.status).label},
        "submitted_at": iso_vn(dossier.submitted_at),
        "received_at": iso_vn(dossier.received_at),
        "due_at": iso_vn(dossier.due_at),
        "finished_at": iso_vn(dossier.finished_at),
        "returned_at": iso_vn(dossier.returned_at),
        "ended_at": iso_vn(dossier.ended_at),
        "anonymised_at": iso_vn(dossier.anonymised_at),
        "personal_fields_kept_until": iso_vn(until),
        "rating": _rating(dossier, events),
        "payments": _payments(dossier, events),
        "events": [_event(e) for e in events],
        "documents": [_document(dossier, d) for d in documents],
    }


def _rating(dossier: Dossier, events: list[dict[str, Any]]) -> dict[str, Any] | None:
    if dossier.rating is None:
        return None
    rated = [e["at"] for e in events if e["action"] == Action.RATE]
    return {
        "value": dossier.rating,
        "label": RATINGS.get(dossier.rating, str(dossier.rating)),
        "at": iso_vn(rated[-1]) if rated else None,
    }


def _payments(dossier: Dossier, events: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "fee_total": dossier.fee_total,
        "paid_online": dossier.paid_online,
        "events": [
            {
                "at": iso_vn(e["at"]),
                "action": e["action"],
                "label": _action_label(e["action"]),
                "online": bool(e["data"].get("online")),
                "note": e["note"],
            }
            for e in events
            if e["action"] in PAYMENT_ACTIONS
        ],
    }


def _action_label(action: str) -> str:
    try:
        return Action(action).label
    except ValueError:
        return action


def _event(row: dict[str, Any]) -> dict[str, Any]:
    role = row["actor__role"]
    return {
        "seq": row["seq"],
        "at": iso_vn(row["at"]),
        "action": row["action"],
        "label": _action_label(row["action"]),
        "from_status": row["from_status"],
        "to_status": row["to_status"],
        "step": row["step_name"],
        "agency": (
            {"code": row["agency__code"], "name": row["agency__name"]}
            if row["agency__code"]
            else None
        ),
        "by_role": str(Role(role).label) if role in Role.values else None,
        "note": row["note"],
    }


def file_path(dossier: Dossier, document: Document) -> str:
    """Where `document`'s file sits in the ZIP: tai-lieu/<dossier code>/<id>-<name>.<ext>."""
    name = _UNSAFE.sub(" ", document.name).strip()[:80] or "tai-lieu"
    extension = document.file.name.rsplit(".", 1)[-1] if "." in document.file.name else "bin"
    code = _UNSAFE.sub("-", dossier.code)
    return f"{FILES_DIR}/{code}/{document.pk}-{name}.{extension}"


def _document(dossier: Dossier, document: Document) -> dict[str, Any]:
    years = settings.MOTCUA_RETENTION_YEARS
    return {
        "id": document.pk,
        "kind": document.kind,
        "kind_label": str(document.get_kind_display()),
        "component_code": document.component_code,
        "name": document.name,
        "content_type": document.content_type,
        "size": document.size,
        "sha256": document.sha256,
        "digitised": document.digitised,
        "reused_from": document.reused_from_id,
        "created_at": iso_vn(document.created_at),
        "kept_until": iso_vn(kept_until(dossier.ended_at, document.kind, years)),
        "purged_at": iso_vn(document.purged_at),
        "file": file_path(dossier, document) if _stored(document) else None,
    }


def _stored(document: Document) -> bool:
    stored = document.file
    return bool(stored) and document.purged_at is None and stored.storage.exists(stored.name)


def _copy_file(archive: zipfile.ZipFile, dossier: Dossier, document: Document) -> bool:
    if not _stored(document):
        return False
    # PDF and images are compressed already: stored as they are, copied in chunks.
    info = zipfile.ZipInfo(file_path(dossier, document), date_time=_zip_time(document.created_at))
    info.compress_type = zipfile.ZIP_STORED
    with document.file.open("rb") as source, archive.open(info, "w") as target:
        shutil.copyfileobj(source, target, CHUNK)
    return True


def _zip_time(instant: dt.datetime) -> tuple[int, int, int, int, int, int]:
    local = timezone.localtime(instant)
    return (max(local.year, 1980), local.month, local.day, local.hour, local.minute, local.second)
