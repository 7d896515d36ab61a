"""Dossiers filed on the national portal, taken in: LayHoSoMoi → new dossiers → XacNhanHoSoMoi.

Each record becomes a motcua dossier through the same service as an online submission
(`dossier_create`, channel 2, status 1), acted by the system user "dvcqg", so it waits in the
online queue of the desk that receives for the competent agency. The dossier keeps motcua's own
code (the code generator stays the only source of codes); the national code MaHoSo is kept in
`PortalDossier`, unique, so a record is never imported twice, and every later delivery of the
dossier goes to the portal under the national code (as an update: the portal has it).

A record motcua cannot take (unknown procedure or agency, missing applicant) is logged and not
acknowledged: it stays at the portal for an administrator to see.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from motcua.accounts.models import Role, User
from motcua.clock import VN_TZ
from motcua.dossiers.models import ApplicantKind, Channel
from motcua.dossiers.services import Applicant, dossier_create
from motcua.errors import DomainError
from motcua.sync.models import PortalDossier
from motcua.sync.portal.client import PortalClient, PortalError, portal_client
from motcua.units.models import Agency

log = logging.getLogger("motcua.portal")

SYSTEM_USERNAME = "dvcqg"
SYSTEM_NAME = "Cổng Dịch vụ công quốc gia"


@dataclass
class InboundReport:
    imported: list[str] = field(default_factory=list)  # national codes taken in now
    already: list[str] = field(default_factory=list)  # taken in before (acknowledged again)
    refused: dict[str, str] = field(default_factory=dict)  # national code → why not


def system_user() -> User:
    """The actor of imported dossiers, created on first use."""
    user, created = User.objects.get_or_create(
        username=SYSTEM_USERNAME,
        defaults={"role": Role.SYSTEM, "full_name": SYSTEM_NAME, "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def inbound_pull(client: PortalClient, *, limit: int = 100) -> int:
    """Take in up to `limit` waiting dossiers; return how many were imported now."""
    return len(inbound_take(client, limit=limit).imported)


def inbound_take(client: PortalClient, *, limit: int = 100) -> InboundReport:
    report = InboundReport()
    records = client.fetch_inbound(limit)
    if not records:
        return report
    actor = system_user()
    for record in records:
        code = str(record.get("MaHoSo") or "").strip()
        if not code:
            log.warning("portal inbound: a record without MaHoSo, skipped: %r", record)
            continue
        try:
            if _import(record, code, actor):
                report.imported.append(code)
            else:
                report.already.append(code)
        except DomainError as exc:
            report.refused[code] = exc.message
            log.warning("portal inbound: %s not taken in: %s", code, exc.message)
    taken = [*report.imported, *report.already]
    if taken:
        client.ack_inbound(taken)
    if report.imported:
        log.info("portal inbound: %d dossiers taken in", len(report.imported))
    return report


def _import(record: Mapping[str, Any], code: str, actor: User) -> bool:
    """Create the dossier for `record`; False if it was taken in before."""
    if PortalDossier.objects.filter(code=code).exists():
        return False
    competent = _agency(record.get("MaCoQuan"))
    try:
        with transaction.atomic():
            dossier = dossier_create(
                actor=actor,
                procedure_code=str(record.get("MaTTHC") or "").strip(),
                channel=Channel.ONLINE,
                applicant=_applicant(record),
                summary=_text(record.get("TrichYeuHoSo"), 1000),
                competent=competent,
                identity_verified=str(record.get("TaiKhoanDuocXacThucVoiVNeID", "")) == "1",
                at=_submitted_at(record.get("NgayNopHoSo")),
            )
            PortalDossier.objects.create(
                dossier=dossier, code=code, inbound=True, created_at=timezone.now()
            )
    except IntegrityError:  # another worker took it in at the same moment
        if PortalDossier.objects.filter(code=code).exists():
            return False
        raise
    return True


def _agency(code: Any) -> Agency | None:
    code = str(code or "").strip()
    if not code:
        return None
    agency = Agency.objects.filter(code=code, valid_to__isnull=True).first()
    if agency is None:
        raise DomainError(
            "agency_not_found",
            f"Không tìm thấy cơ quan mã “{code}”.",
            message_en=f"No agency with code '{code}'.",
            field="MaCoQuan",
        )
    return agency


def _applicant(record: Mapping[str, Any]) -> Applicant:
    name = _text(record.get("ChuHoSo"), 300)
    if not name:
        raise DomainError(
            "applicant_required",
            "Thiếu tên chủ hồ sơ (ChuHoSo).",
            message_en="ChuHoSo (the applicant's name) is missing.",
            field="ChuHoSo",
        )
    kind = str(record.get("LoaiDoiTuong") or "1").strip()
    return Applicant(
        name=name,
        kind=int(kind) if kind in {str(k) for k in ApplicantKind.values} else 1,
        id_number=_text(record.get("SoGiayToChuHoSo"), 20),
        phone=_text(record.get("SoDienThoai"), 20),
        email=_text(record.get("Email"), 254),
        address=_text(record.get("DiaChi"), 500),
    )


def _text(value: Any, limit: int) -> str:
    return str(value or "").strip()[:limit]


def _submitted_at(value: Any) -> dt.datetime:
    """NgayNopHoSo (`yyyyMMddHHmmss`, Vietnam time), never in the future; now if unreadable."""
    now = timezone.now()
    try:
        at = dt.datetime.strptime(str(value or ""), "%Y%m%d%H%M%S").replace(tzinfo=VN_TZ)
    except ValueError:
        return now
    return min(at, now)


def inbound_pull_configured() -> int:
    """The worker's periodic task: pull from the configured portal (an outage: next turn)."""
    try:
        return inbound_pull(portal_client(), limit=min(max(settings.MOTCUA_PORTAL_BATCH, 1), 1000))
    except PortalError as exc:
        log.warning("portal inbound: not reachable now, next turn: %s", exc)
        return 0
