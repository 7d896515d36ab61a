"""Dossiers with whole stories at given instants, through the real services, and ZIP reading."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from typing import Any

from django.core.files.storage import default_storage

from motcua.accounts.models import User
from motcua.clock import VN_TZ
from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Document, Dossier
from motcua.dossiers.reuse import document_reuse
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.testing.cast import PERMIT, Cast
from motcua.testing.files import PDF, PNG

ID_NUMBER = "001090004321"
COMPONENT = "GT-KS-01"


def vn(year: int, month: int, day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=VN_TZ)


def applicant(id_number: str = ID_NUMBER) -> Applicant:
    return Applicant(
        name="Nguyễn Thị Hoa",
        id_number=id_number,
        phone="0912 345 678",
        email="hoa@example.vn",
        address="Thôn 2, xã Tân Phú",
    )


def submitted(cast: Cast, *, at: dt.datetime, owner: User | None = None) -> Dossier:
    """Filed online at `at` with a digitised component (a PDF)."""
    owner = owner or cast.citizen
    dossier = dossier_create(
        actor=owner, procedure_code=PERMIT, channel=2, applicant=applicant(), at=at
    )
    document_add(
        dossier=dossier,
        actor=owner,
        kind="component",
        name="Tờ khai",
        content=PDF,
        component_code=COMPONENT,
        digitised=True,
    )
    return dossier


def returned(cast: Cast, *, at: dt.datetime, owner: User | None = None) -> Dossier:
    """Filed online at `at`; a payment, a supplement (a PNG), a result (a PDF); returned and
    rated within the day: it ends at `at` + 8 minutes."""
    owner = owner or cast.citizen
    code = submitted(cast, at=at, owner=owner).code

    def act(minute: int, action: str, actor: User, **kwargs: Any) -> Dossier:
        return dossier_act(
            code=code, action=action, actor=actor, at=at + dt.timedelta(minutes=minute), **kwargs
        )

    act(1, "receive", cast.desk)
    act(2, "forward", cast.desk)
    act(3, "request_payment", cast.officer, note="Nộp lệ phí 75.000 đồng")
    act(4, "pay", owner, params={"online": True})
    dossier = act(5, "forward", cast.officer, note="Hồ sơ hợp lệ")
    document_add(dossier=dossier, actor=owner, kind="supplement", name="Ảnh nhà", content=PNG)
    dossier = act(6, "approve", cast.leader)
    document_add(dossier=dossier, actor=cast.leader, kind="result", name="Giấy phép", content=PDF)
    act(7, "finish", cast.leader)
    act(8, "return", cast.desk)
    return act(9, "rate", owner, params={"rating": 3})


def withdrawn(cast: Cast, *, at: dt.datetime, owner: User | None = None) -> Dossier:
    """Filed online at `at` with a component, withdrawn a minute later: no result."""
    owner = owner or cast.citizen
    dossier = submitted(cast, at=at, owner=owner)
    return dossier_act(
        code=dossier.code,
        action="withdraw",
        actor=owner,
        note="Không còn nhu cầu",
        at=at + dt.timedelta(minutes=1),
    )


def walk_in(cast: Cast, *, at: dt.datetime, id_number: str = ID_NUMBER) -> Dossier:
    """Received at the desk for an applicant without an account (no owner)."""
    return dossier_create(
        actor=cast.desk, procedure_code=PERMIT, channel=1, applicant=applicant(id_number), at=at
    )


def reuse_component(cast: Cast, *, into: Dossier, source: Document) -> Document:
    return document_reuse(
        dossier=into, actor=cast.citizen, source_id=source.pk, component_code=COMPONENT
    )


def stored(document: Document) -> bool:
    document.refresh_from_db()
    return bool(document.file.name) and default_storage.exists(document.file.name)


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def read_zip(content: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    """(the JSON, every member by name)."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    return json.loads(members["du-lieu-ca-nhan.json"]), members


def streamed(response: Any) -> bytes:
    return b"".join(response.streaming_content)
