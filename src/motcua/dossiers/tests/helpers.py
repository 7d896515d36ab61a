"""Shortcuts for dossier tests: put a dossier in a given state through the real services."""

from __future__ import annotations

from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.testing.cast import PERMIT, Cast
from motcua.testing.files import PDF


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
