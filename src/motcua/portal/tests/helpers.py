"""Shortcuts for the citizen pages' tests: files with real headers, dossiers in given states."""

from __future__ import annotations

import re

from django.core.files.uploadedfile import SimpleUploadedFile

from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.testing.cast import BIRTH, PERMIT, Cast
from motcua.testing.files import PDF, PNG

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48
PHONE = "0912 345 678"
PHONE_LAST4 = "5678"
ID_NUMBER = "001090004321"


def pdf(name: str = "giay-to.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def png(name: str = "anh.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PNG, content_type="image/png")


def exe_named_pdf() -> SimpleUploadedFile:
    return SimpleUploadedFile("to-khai.pdf", EXE, content_type="application/pdf")


def online(cast: Cast, *, owner=None, procedure: str = PERMIT) -> Dossier:
    """A dossier the citizen submitted online (status 1)."""
    return dossier_create(
        actor=owner or cast.citizen,
        procedure_code=procedure,
        channel=2,
        applicant=Applicant(
            name="Nguyễn Thị Hoa", phone=PHONE, id_number=ID_NUMBER, address="Xã Tân Phú"
        ),
        competent=cast.commune_committee if procedure == BIRTH else None,
    )


def received(cast: Cast, **kwargs) -> Dossier:
    dossier = online(cast, **kwargs)
    return dossier_act(code=dossier.code, action="receive", actor=cast.desk)


def waiting_for_supplement(cast: Cast, note: str = "Thiếu bản vẽ mặt bằng") -> Dossier:
    dossier = received(cast)
    return dossier_act(code=dossier.code, action="request_supplement", actor=cast.desk, note=note)


def returned(cast: Cast) -> Dossier:
    dossier = received(cast)
    code = dossier.code
    dossier_act(code=code, action="forward", actor=cast.desk)
    dossier_act(code=code, action="forward", actor=cast.officer, note="Hồ sơ hợp lệ")
    dossier = dossier_act(code=code, action="approve", actor=cast.leader)
    document_add(dossier=dossier, actor=cast.leader, kind="result", name="Giấy phép", content=PDF)
    dossier_act(code=code, action="finish", actor=cast.leader)
    return dossier_act(code=code, action="return", actor=cast.desk)


def without_csrf(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
