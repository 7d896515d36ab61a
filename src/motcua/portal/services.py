"""The citizen's writes that span several dossier services, each all-or-nothing.

A dossier and its files are one transaction: a refused file leaves no dossier, no event, no
delivery and no stored file behind (a reused paper's file is the source's: never removed).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import transaction

from motcua.accounts.models import User
from motcua.dossiers.documents import document_add
from motcua.dossiers.lifecycle import Action
from motcua.dossiers.models import Channel, Document, DocumentKind, Dossier
from motcua.dossiers.reuse import document_reuse
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.errors import DomainError
from motcua.units.models import Agency


@dataclass(frozen=True)
class Upload:
    field: str  # the form field it came from, to show a refusal next to it
    name: str
    content: bytes
    component_code: str = ""


@dataclass(frozen=True)
class Reuse:
    """A component filled with one of the citizen's digitised papers instead of a file."""

    field: str
    source_id: int
    component_code: str


def online_submit(
    *,
    citizen: User,
    procedure_code: str,
    applicant: Applicant,
    competent: Agency | None,
    summary: str,
    uploads: Sequence[Upload],
    reuses: Sequence[Reuse] = (),
) -> Dossier:
    """Submit a dossier online (status 1) with, for each component, a file or a digitised paper
    the citizen already holds; or nothing at all."""
    with _all_or_nothing() as stored, transaction.atomic():
        dossier = dossier_create(
            actor=citizen,
            procedure_code=procedure_code,
            channel=Channel.ONLINE,
            applicant=applicant,
            summary=summary,
            competent=competent,
        )
        _add(stored, dossier, citizen, DocumentKind.COMPONENT, uploads)
        for reuse in reuses:
            with _at_field(reuse.field):
                document_reuse(
                    dossier=dossier,
                    actor=citizen,
                    source_id=reuse.source_id,
                    component_code=reuse.component_code,
                )
    return dossier


def supplement_submit(*, citizen: User, code: str, note: str, uploads: Sequence[Upload]) -> Dossier:
    """The applicant's supplement: the files, then the action that restarts the clock."""
    with _all_or_nothing() as stored, transaction.atomic():
        dossier = dossier_act(code=code, action=Action.SUPPLEMENT, actor=citizen, note=note)
        _add(stored, dossier, citizen, DocumentKind.SUPPLEMENT, uploads)
    return dossier


def _add(
    stored: list[Document], dossier: Dossier, actor: User, kind: str, uploads: Sequence[Upload]
) -> None:
    for upload in uploads:
        with _at_field(upload.field):
            document = document_add(
                dossier=dossier,
                actor=actor,
                kind=kind,
                name=upload.name,
                content=upload.content,
                component_code=upload.component_code,
                digitised=False,
            )
        stored.append(document)


@contextmanager
def _at_field(field: str) -> Iterator[None]:
    """A refusal about one file or paper, shown next to the form field it came from."""
    try:
        yield
    except DomainError as error:
        raise DomainError(
            error.code,
            error.message,
            message_en=error.message_en,
            field=field,
            status=error.status,
            details=error.details,
        ) from error


@contextmanager
def _all_or_nothing() -> Iterator[list[Document]]:
    """The files stored so far are removed from storage if the transaction is rolled back."""
    stored: list[Document] = []
    try:
        yield stored
    except BaseException:
        for document in stored:
            document.file.delete(save=False)
        raise
