"""Reads of dossiers: what a user may see, and the facts a page or the API shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from django.db.models import Case, F, Q, QuerySet, When
from django.db.models.functions import Coalesce

from motcua.accounts.models import Role, User
from motcua.accounts.scopes import scope_of
from motcua.clock.services import iso_vn, reason_json
from motcua.dossiers.lifecycle import ENDING, PAUSED, Status
from motcua.dossiers.models import DocumentKind, Dossier, Event
from motcua.dossiers.plans import build_plan
from motcua.dossiers.reuse import REUSABLE, applicant_documents
from motcua.dossiers.services import (
    actions_for,
    dossier_not_found,
    may_see,
    plausible_code,
)
from motcua.dossiers.state import state_of
from motcua.dossiers.transitions import explain_due, is_late, step_timings

OPEN = [int(s) for s in Status if s not in ENDING]


def _concerning(agencies: Collection[int]) -> Q:
    return (
        Q(holder_agency_id__in=agencies)
        | Q(received_by_agency_id__in=agencies)
        | Q(competent_agency_id__in=agencies)
        | Q(helped_at_id__in=agencies)
    )


def dossiers_visible(user: User) -> QuerySet[Dossier]:
    """The dossiers `user` may see (as `may_see` judges one): a list's starting point."""
    query = Dossier.objects.all()
    scope = scope_of(user)
    if scope is not None and scope.agency_ids is not None:
        query = query.filter(_concerning(scope.agency_ids))
    if user.role in (Role.ADMIN, Role.AUDITOR, Role.SYSTEM):
        return query
    if user.role == Role.CITIZEN:
        return query.filter(owner=user)
    if user.agency_id is None:
        return query.none()
    return query.filter(_concerning([user.agency_id]))


def dossiers_filtered(
    user: User,
    *,
    now: dt.datetime,
    status: int | None = None,
    agency: str = "",
    overdue: bool | None = None,
) -> QuerySet[Dossier]:
    query = dossiers_visible(user).select_related("version", "competent_agency")
    if status is not None:
        query = query.filter(status=status)
    if agency:
        query = query.filter(
            Q(competent_agency__code=agency)
            | Q(holder_agency__code=agency)
            | Q(received_by_agency__code=agency)
        )
    if overdue is not None:
        late = (
            Q(supplement_count__gt=1)
            | Q(ended_at__isnull=False, ended_at__gt=F("due_at"))
            | Q(ended_at__isnull=True, paused_since__isnull=False, paused_since__gt=F("due_at"))
            | Q(ended_at__isnull=True, paused_since__isnull=True, due_at__lt=now)
        )
        query = query.filter(due_at__isnull=False).filter(late if overdue else ~late)
    return query.order_by("due_at", "pk")


def access_dossier(user: User, code: str) -> Dossier:
    """The dossier `code` if `user` may see it; otherwise the same 404 as for no such dossier."""
    if not plausible_code(code):
        raise dossier_not_found(code)
    dossier = (
        Dossier.objects.select_related(
            "version",
            "version__procedure",
            "competent_agency",
            "received_by_agency",
            "holder_agency",
            "helped_at",
        )
        .filter(code=code)
        .first()
    )
    if dossier is None or not may_see(user, dossier):
        raise dossier_not_found(code)
    return dossier


def acted_dossier(dossier: Dossier) -> Dossier:
    """The dossier a service just changed, ready for `dossier_facts` without reading it again:
    the holder and the place it was helped at are usually the receiving or competent agency,
    which the service already holds."""
    known = {a.pk: a for a in (dossier.received_by_agency, dossier.competent_agency)}
    for relation, agency_id in (
        (Dossier.holder_agency, dossier.holder_agency_id),
        (Dossier.helped_at, dossier.helped_at_id),
    ):
        if agency_id in known and not relation.is_cached(dossier):
            relation.field.set_cached_value(dossier, known[agency_id])
    return dossier


def dossier_facts(dossier: Dossier, user: User, *, now: dt.datetime) -> dict[str, Any]:
    """Everything the API and pages show about one dossier, including why it is due when it is."""
    plan = build_plan(
        dossier.version,
        dossier.channel,
        received_by=dossier.received_by_agency,
        competent=dossier.competent_agency,
    )
    state = state_of(dossier, has_result=True)
    due = explain_due(state, plan)
    status = Status(dossier.status)
    actions = [a.value for a in actions_for(user, dossier, state.position(plan))]
    return {
        "code": dossier.code,
        "version": dossier.event_count,
        "procedure": {
            "code": dossier.version.procedure.code,
            "name": dossier.version.name,
            "version": dossier.version.number,
        },
        "channel": dossier.channel,
        "status": int(status),
        "status_label": status.label,
        "applicant": {
            "name": dossier.applicant_name,
            "kind": dossier.applicant_kind,
            "id_number": dossier.applicant_id_number,
            "phone": dossier.applicant_phone,
            "email": dossier.applicant_email,
            "address": dossier.applicant_address,
        },
        "summary": dossier.summary,
        "agencies": {
            "helped_at": dossier.helped_at.code if dossier.helped_at else None,
            "received_by": dossier.received_by_agency.code,
            "competent": dossier.competent_agency.code,
            "holder": dossier.holder_agency.code if dossier.holder_agency else None,
        },
        "step": (
            {
                "index": dossier.step_index,
                "name": plan.steps[dossier.step_index].name,
                "role": plan.steps[dossier.step_index].role,
                "started_at": iso_vn(dossier.step_started_at),
                "due_at": iso_vn(dossier.step_due_at),
            }
            if dossier.step_index is not None
            else None
        ),
        "submitted_at": iso_vn(dossier.submitted_at),
        "received_at": iso_vn(dossier.received_at),
        "due_at": iso_vn(dossier.due_at),
        "due_reasons": [reason_json(r) for r in (due.reasons if due else ())],
        "ended_at": iso_vn(dossier.ended_at),
        "finished_at": iso_vn(dossier.finished_at),
        "returned_at": iso_vn(dossier.returned_at),
        "paused": status in PAUSED,
        "supplement_count": dossier.supplement_count,
        "overdue": is_late(state, now),
        "flags": {
            "digitised": dossier.digitised,
            "reused": dossier.reused,
            "identity_verified": dossier.identity_verified,
            "paid_online": dossier.paid_online,
            "fee_total": dossier.fee_total,
        },
        "rating": dossier.rating,
        "allowed_actions": actions,
    }


def dossier_events(dossier: Dossier, *, now: dt.datetime) -> dict[str, Any]:
    events = list(Event.objects.filter(dossier=dossier).order_by("seq"))
    timings = step_timings(
        [(e.step_index, e.step_started_at, e.step_due_at, e.at) for e in events], now
    )
    return {
        "events": [
            {
                "seq": e.seq,
                "action": e.action,
                "at": iso_vn(e.at),
                "from_status": e.from_status,
                "to_status": e.to_status,
                "step_index": e.step_index,
                "step_name": e.step_name,
                "step_started_at": iso_vn(e.step_started_at),
                "step_due_at": iso_vn(e.step_due_at),
                "actor": e.actor_name,
                "actor_title": e.actor_title,
                "actor_department": e.actor_department,
                "note": e.note,
                "data": e.data,
            }
            for e in events
        ],
        "steps": [
            {
                "step_index": t.step_index,
                "started_at": iso_vn(t.started_at),
                "budget_end": iso_vn(t.budget_end),
                "ended_at": iso_vn(t.ended_at),
                "outcome": t.outcome,
            }
            for t in timings
        ],
    }


# --- papers the applicant may reuse (Decision 766, group 4) ------------------------------------

REUSABLE_LIMIT = 50
# When a paper was issued: a result when its dossier finished, else when its dossier was received.
ISSUED_AT = Case(
    When(kind=DocumentKind.RESULT, then=F("dossier__finished_at")),
    default=Coalesce("dossier__received_at", "dossier__submitted_at", "created_at"),
)


@dataclass(frozen=True)
class ReusableDocument:
    id: int
    name: str
    kind: str
    dossier_code: str
    procedure_name: str
    issued_at: dt.datetime  # see ISSUED_AT
    content_type: str
    size: int


def reusable_documents(
    *,
    owner_id: int | None,
    id_number: str = "",
    excluding: int | None = None,
    limit: int | None = REUSABLE_LIMIT,
) -> list[ReusableDocument]:
    """The applicant's digitised papers, last issued first, in one query: digitised components and
    issued results of the dossiers owned by `owner_id` or filed under `id_number` (see
    `reuse.applicant_keys` for whose keys a user may use), other than the dossier `excluding`."""
    query = applicant_documents(owner_id=owner_id, id_number=id_number).filter(REUSABLE)
    if excluding is not None:
        query = query.exclude(dossier_id=excluding)
    rows = (
        query.annotate(issued_at=ISSUED_AT)
        .order_by("-issued_at", "-pk")
        .values(
            "pk",
            "name",
            "kind",
            "content_type",
            "size",
            "issued_at",
            "dossier__code",
            "dossier__version__name",
        )
    )
    return [
        ReusableDocument(
            id=row["pk"],
            name=row["name"],
            kind=row["kind"],
            dossier_code=row["dossier__code"],
            procedure_name=row["dossier__version__name"],
            issued_at=row["issued_at"],
            content_type=row["content_type"],
            size=row["size"],
        )
        for row in (rows[:limit] if limit is not None else rows)
    ]
