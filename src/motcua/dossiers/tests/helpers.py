"""Shortcuts for dossier tests: put a dossier in a given state through the real services."""

from __future__ import annotations

from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.testing.cast import PERMIT, Cast

PDF = (  # the smallest real PDF: one blank A4 page (uploads are parsed, not only sniffed)
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>> endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000053 00000 n \n"
    b"0000000103 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n167\n%%EOF\n"
)


def received(cast: Cast, **kwargs) -> Dossier:
    """A walk-in dossier for the province permit, received at the provincial centre."""
    return dossier_create(
        actor=cast.desk,
        procedure_code=PERMIT,
        channel=1,
        applicant=Applicant(name="Lê Văn Cường", phone="0987654321"),
        **kwargs,
    )


def at_officer(cast: Cast, **kwargs) -> Dossier:
    dossier = received(cast, **kwargs)
    return dossier_act(code=dossier.code, action="forward", actor=cast.desk)


def approved(cast: Cast) -> Dossier:
    dossier = at_officer(cast)
    dossier_act(code=dossier.code, action="forward", actor=cast.officer)
    return dossier_act(code=dossier.code, action="approve", actor=cast.leader)


def with_result(cast: Cast, dossier: Dossier) -> Dossier:
    document_add(dossier=dossier, actor=cast.leader, kind="result", name="Giấy phép", content=PDF)
    return dossier
