"""Reusing a paper already digitised (Decision 766, group 4: the reuse rate).

The applicant, or the desk receiving their dossier, names a digitised document the applicant
already holds, one of their earlier dossiers' digitised components or issued results, for a
component of the new dossier. The new document points at the same stored file (no copy) and at
its source; the dossier is flagged `reused`, which the service index counts.
"""

from __future__ import annotations

from typing import TypedDict

from django.db import transaction
from django.db.models import Q, QuerySet

from motcua.accounts.models import Role, User
from motcua.accounts.scopes import UPLOAD, check_scope_action
from motcua.audit.services import audit_action
from motcua.catalog.spec import Component
from motcua.dossiers.lifecycle import Status
from motcua.dossiers.models import Document, DocumentKind, Dossier
from motcua.dossiers.services import dossier_not_found, may_see
from motcua.errors import Conflict, DomainError, Forbidden, NotFound

# Where a dossier's components may still change, by who adds them: the applicant before the
# desk receives the dossier and when asked for a supplement; the receiving desk also while the
# dossier is at reception (received, not yet forwarded).
COMPONENTS_OPEN: dict[str, frozenset[Status]] = {
    Role.CITIZEN: frozenset({Status.SUBMITTED, Status.SUPPLEMENT}),
    Role.DESK: frozenset({Status.SUBMITTED, Status.RECEIVED, Status.SUPPLEMENT}),
}

# What counts as a digitised paper: a component scanned or signed digitally, or an issued result.
# A reuse is itself a digitised component, but lists show the original paper only once.
# A paper past its retention period (privacy.retention) has no file any more.
REUSABLE = (
    Q(kind=DocumentKind.COMPONENT, digitised=True, reused_from__isnull=True)
    | Q(kind=DocumentKind.RESULT, dossier__finished_at__isnull=False)
) & Q(purged_at__isnull=True)


class ApplicantKeys(TypedDict):
    owner_id: int | None
    id_number: str


def applicant_documents(*, owner_id: int | None, id_number: str = "") -> QuerySet[Document]:
    """Every document of the applicant's dossiers: owned by `owner_id`, or filed under their
    identity number (when there is one). Empty when neither is known."""
    match = Q()
    if owner_id is not None:
        match |= Q(dossier__owner_id=owner_id)
    if id_number:
        match |= Q(dossier__applicant_id_number=id_number)
    if not match:
        return Document.objects.none()
    return Document.objects.filter(match)


def applicant_keys(dossier: Dossier, actor: User) -> ApplicantKeys:
    """Whose papers `actor` may reuse for `dossier`.

    A citizen: only the papers of the dossiers they own (the identity number on a dossier is
    what the citizen typed, so it proves nothing). The desk, having checked the applicant's
    identity at the counter: also the papers filed under the dossier's identity number."""
    if actor.role == Role.CITIZEN:
        return {"owner_id": actor.pk if dossier.owner_id == actor.pk else None, "id_number": ""}
    return {"owner_id": dossier.owner_id, "id_number": dossier.applicant_id_number}


def check_reuser(actor: User, dossier: Dossier) -> None:
    """Only the dossier's owner or the desk that received it reuse papers for it."""
    if not may_see(actor, dossier):
        raise dossier_not_found(dossier.code)
    check_scope_action(actor, UPLOAD)  # reusing a paper attaches a document
    owner = actor.role == Role.CITIZEN and dossier.owner_id == actor.pk
    desk = actor.role == Role.DESK and actor.agency_id == dossier.received_by_agency_id
    if not (owner or desk):
        raise Forbidden(
            "reuse_not_allowed",
            "Chỉ chủ hồ sơ hoặc bộ phận một cửa tiếp nhận hồ sơ được dùng lại giấy tờ đã số hóa.",
            message_en="Only the applicant or the desk that received the dossier may reuse papers.",
        )


def _check_open(actor: User, dossier: Dossier) -> None:
    open_in = COMPONENTS_OPEN.get(actor.role, frozenset())
    if dossier.status in open_in:
        return
    status = Status(dossier.status)
    raise Conflict(
        "components_closed",
        f"Không thể thêm thành phần hồ sơ khi hồ sơ ở trạng thái “{status.label}”; "
        f"chỉ khi hồ sơ ở trạng thái: {', '.join(s.label for s in sorted(open_in))}.",
        message_en=f"Components cannot change while the dossier is '{status.label_en}'; "
        f"only while it is: {', '.join(s.label_en for s in sorted(open_in))}.",
        field="status",
        details={"status": int(status)},
    )


def _component(dossier: Dossier, code: str) -> Component:
    components = dossier.version.spec.components
    for component in components:
        if component.code == code:
            return component
    known = ", ".join(c.code for c in components) or "không có"
    raise DomainError(
        "component_unknown",
        f"Thủ tục “{dossier.version.name}” không có thành phần hồ sơ mã “{code}” "
        f"(các mã: {known}).",
        message_en=f"The procedure has no component '{code}' (components: {known}).",
        field="component_code",
    )


def _source(dossier: Dossier, actor: User, source_id: int) -> Document:
    source = (
        applicant_documents(**applicant_keys(dossier, actor))
        .exclude(dossier_id=dossier.pk)
        .select_related("dossier")
        .filter(pk=source_id, purged_at__isnull=True)
        .first()
    )
    if source is None:  # someone else's paper is "not found": its existence does not leak
        raise NotFound(
            "document_not_found",
            "Không tìm thấy giấy tờ này trong các hồ sơ trước đây của người nộp.",
            message_en="No such document among the applicant's earlier dossiers.",
            field="source",
        )
    digitised = source.kind == DocumentKind.COMPONENT and source.digitised
    issued = source.kind == DocumentKind.RESULT and source.dossier.finished_at is not None
    if not (digitised or issued):
        raise DomainError(
            "source_not_digitised",
            f"Giấy tờ “{source.name}” chưa được số hóa: chỉ dùng lại được thành phần hồ sơ "
            "đã số hóa hoặc kết quả đã cấp.",
            message_en=f"'{source.name}' is not digitised: only digitised components and "
            "issued results can be reused.",
            field="source",
        )
    return source


@transaction.atomic
def document_reuse(
    *, dossier: Dossier, actor: User, source_id: int, component_code: str
) -> Document:
    """Fill the component `component_code` of `dossier` with the applicant's digitised paper
    `source_id`: a new document on the same stored file, `reused_from` the original paper."""
    locked = (
        Dossier.objects.select_for_update(of=("self",)).select_related("version").get(pk=dossier.pk)
    )
    check_reuser(actor, locked)
    _check_open(actor, locked)
    component = _component(locked, component_code)
    source = _source(locked, actor, source_id)
    document = Document(
        dossier=locked,
        kind=DocumentKind.COMPONENT,
        component_code=component.code,
        name=component.name[:500],
        file=source.file.name,  # the same stored file, never a copy
        sha256=source.sha256,
        size=source.size,
        content_type=source.content_type,
        digitised=True,
        reused_from_id=source.reused_from_id or source.pk,  # always the original paper
        uploaded_by=actor,
    )
    document.save(force_insert=True)
    audit_action(actor, subject=locked.code, action="document_reuse", document=document.pk)
    # The service index's worker refreshes the dossier's figures from `figures_stale`.
    Dossier.objects.filter(pk=locked.pk).update(reused=True, digitised=True, figures_stale=True)
    dossier.reused = dossier.digitised = True
    return document
