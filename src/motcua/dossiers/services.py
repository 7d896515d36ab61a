"""Every change to a dossier: one function, one transaction, one event, its deliveries.

Shape of each action (see DESIGN): lock the row → ask the lifecycle table → change only what
changes → append the event → write one delivery per outside consumer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from motcua.accounts.models import Role, User
from motcua.accounts.scopes import (
    UPLOAD,
    check_scope_action,
    check_scope_agencies,
    scope_allows_action,
    scope_allows_agencies,
)
from motcua.audit.services import audit_action
from motcua.catalog.models import Procedure, ProcedureVersion
from motcua.dossiers.codes import new_dossier_code
from motcua.dossiers.lifecycle import Action, Position, Status, allowed_actions
from motcua.dossiers.models import Channel, Document, DocumentKind, Dossier, Event
from motcua.dossiers.plans import build_plan, channel_term
from motcua.dossiers.state import state_of, store_state
from motcua.dossiers.transitions import Change, Plan, State, apply
from motcua.errors import Conflict, DomainError, Forbidden, NotFound
from motcua.sync.models import Delivery
from motcua.units.models import Agency

# Actions whose note is the reason the law requires on the printed form.
# Marked for translation: the officer pages label the note field with it (the refusal below
# quotes it in Vietnamese, as written).
NOTE_REQUIRED = {
    Action.REFUSE: gettext_noop("lý do từ chối"),
    Action.REQUEST_SUPPLEMENT: gettext_noop("nội dung cần bổ sung"),
    Action.STOP: gettext_noop("lý do dừng xử lý"),
    Action.EXTEND: gettext_noop("lý do gia hạn"),
    Action.WITHDRAW: gettext_noop("lý do rút hồ sơ"),
}


@dataclass(frozen=True)
class Applicant:
    name: str
    kind: int = 1
    id_number: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""


def actor_role(user: User) -> str:
    return Role.SYSTEM if user.role == Role.SYSTEM else str(user.role)


def current_version(procedure_code: str) -> ProcedureVersion:
    procedure = (
        Procedure.objects.select_related("current", "current__field")
        .filter(code=procedure_code)
        .first()
        if plausible_code(procedure_code)
        else None
    )
    if procedure is None or procedure.current is None:
        raise NotFound(
            "procedure_not_found",
            f"Không tìm thấy thủ tục mã “{procedure_code}”.",
            message_en=f"No procedure with code '{procedure_code}'.",
            field="procedure",
        )
    version = procedure.current
    version.procedure = procedure  # the same row: no query when the answer names it
    return version


def _resolve_agencies(
    version: ProcedureVersion,
    *,
    actor: User,
    channel: int,
    competent: Agency | None,
    received_by: Agency | None,
) -> tuple[Agency, Agency]:
    if competent is None:
        codes = [a.code for a in version.spec.agencies]
        competent = Agency.objects.filter(code__in=codes, valid_to__isnull=True).first()
    if competent is None:
        raise DomainError(
            "competent_agency_required",
            "Cần chọn cơ quan có thẩm quyền giải quyết (mã cơ quan) cho thủ tục này.",
            message_en="Choose the competent agency (agency code) for this procedure.",
            field="competent_agency",
        )
    if received_by is None and channel != Channel.ONLINE and actor.agency_id:
        received_by = actor.agency
    if received_by is None:
        received_by = default_reception(competent)
    return competent, received_by


def default_reception(competent: Agency) -> Agency:
    """Where a dossier for `competent` is received: its commune centre, else the province centre."""
    kinds = ("commune_centre",) if competent.kind == "commune_committee" else ("service_centre",)
    query = Agency.objects.filter(kind__in=kinds, valid_to__isnull=True)
    if competent.kind == "commune_committee":
        query = query.filter(parent=competent)
    return query.order_by("pk").first() or competent


def _actor_fields(actor: User) -> dict[str, Any]:
    return {
        "actor": actor,
        "actor_name": actor.display_name()[:200],
        "actor_title": actor.title,
        "actor_department": actor.department,
        "agency_id": actor.agency_id,
    }


def event_row(
    dossier: Dossier, change: Change, plan: Plan, *, actor: User, note: str, seq: int
) -> Event:
    """The (unsaved) event for `change`; the services and the bulk seeder both build it here."""
    after = change.after
    step_name = plan.steps[after.step_index].name if after.step_index is not None else ""
    return Event(
        dossier=dossier,
        seq=seq,
        action=change.action.value,
        at=change.at,
        from_status=int(change.before.status) if change.before.status else None,
        to_status=int(after.status) if after.status else 0,
        step_index=after.step_index,
        step_name=step_name,
        step_started_at=after.step_started_at,
        step_due_at=after.step_due_at,
        note=note,
        data=_jsonable(change.data),
        **_actor_fields(actor),
    )


def delivery_rows(event: Event) -> list[Delivery]:
    """One delivery per outside consumer of `event`."""
    return [
        Delivery(
            event=event,
            dossier_id=event.dossier_id,
            consumer=consumer,
            next_attempt_at=event.at,
            created_at=event.at,
        )
        for consumer in settings.MOTCUA_DELIVERY_CONSUMERS
    ]


def record(
    dossier: Dossier, change: Change, plan: Plan, *, actor: User, note: str, seq: int
) -> Event:
    """Append the event for `change` and its deliveries (inside the caller's transaction)."""
    event = event_row(dossier, change, plan, actor=actor, note=note, seq=seq)
    event.save(force_insert=True)
    Delivery.objects.bulk_create(delivery_rows(event))
    audit_action(actor, subject=dossier.code, action=event.action, event=seq)
    return event


def _jsonable(data: Mapping[str, Any]) -> dict[str, Any]:
    return {
        k: v.astimezone(dt.UTC).isoformat() if isinstance(v, dt.datetime) else v
        for k, v in data.items()
    }


def dossier_row(
    *,
    code: str,
    version: ProcedureVersion,
    channel: int,
    actor: User,
    applicant: Applicant,
    summary: str,
    competent: Agency,
    received_by: Agency,
    helped_at: Agency | None,
    identity_verified: bool,
    change: Change,
) -> Dossier:
    """The (unsaved) new dossier after its first action; shared with the bulk seeder."""
    fees = sum(fee.amount for fee in channel_term(version.spec, channel).fees)
    dossier = Dossier(
        code=code,
        version=version,
        channel=channel,
        owner=actor if actor.role == Role.CITIZEN else None,
        applicant_name=applicant.name,
        applicant_kind=applicant.kind,
        applicant_id_number=applicant.id_number,
        applicant_phone=applicant.phone,
        applicant_email=applicant.email,
        applicant_address=applicant.address,
        summary=(summary or version.name)[:1000],
        helped_at=helped_at,
        received_by_agency=received_by,
        competent_agency=competent,
        fee_total=fees,
        identity_verified=identity_verified,
        event_count=1,
    )
    store_state(dossier, change.after)
    return dossier


@transaction.atomic
def dossier_create(
    *,
    actor: User,
    procedure_code: str,
    channel: int,
    applicant: Applicant,
    summary: str = "",
    competent: Agency | None = None,
    received_by: Agency | None = None,
    helped_at: Agency | None = None,
    identity_verified: bool = False,
    at: dt.datetime | None = None,
) -> Dossier:
    """A new dossier: submitted online (status 1), or received at a desk or by post (status 2)."""
    at = at or timezone.now()
    version = current_version(procedure_code)
    channel_term(version.spec, channel)
    competent, received_by = _resolve_agencies(
        version, actor=actor, channel=channel, competent=competent, received_by=received_by
    )
    action = Action.SUBMIT if channel == Channel.ONLINE else Action.RECEIVE
    check_scope_action(actor, action)
    check_scope_agencies(actor, (received_by.pk, competent.pk))
    plan = build_plan(version, channel, received_by=received_by, competent=competent)
    change = apply(State(), action, role=actor_role(actor), at=at, plan=plan)
    dossier = dossier_row(
        code=new_dossier_code(received_by.code, at),
        version=version,
        channel=channel,
        actor=actor,
        applicant=applicant,
        summary=summary,
        competent=competent,
        received_by=received_by,
        helped_at=helped_at,
        identity_verified=identity_verified,
        change=change,
    )
    dossier.save(force_insert=True)
    record(dossier, change, plan, actor=actor, note="", seq=1)
    return dossier


def _check_params(action: str, note: str, params: Mapping[str, Any], state: State) -> dict:
    try:
        act = Action(action)
    except ValueError:
        return dict(params)  # the lifecycle table names the unknown action
    label = NOTE_REQUIRED.get(act)
    if label and not note.strip():
        raise DomainError(
            "note_required",
            f"Cần nhập {label}.",
            message_en="A note (the reason) is required for this action.",
            field="note",
        )
    out = dict(params)
    if act is Action.EXTEND:
        new_due = params.get("new_due_at")
        if not isinstance(new_due, dt.datetime) or new_due.tzinfo is None:
            raise DomainError(
                "new_due_required",
                "Cần nhập ngày hẹn trả mới (có múi giờ).",
                message_en="new_due_at (with a time zone) is required.",
                field="new_due_at",
            )
        if state.due_at is not None and new_due <= state.due_at:
            raise DomainError(
                "new_due_not_later",
                "Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại.",
                message_en="The new due instant must be after the current one.",
                field="new_due_at",
            )
        out["reason"] = note
    if act is Action.RATE:
        rating = params.get("rating")
        if not isinstance(rating, int) or not 1 <= rating <= 3:
            raise DomainError(
                "rating_invalid",
                "Đánh giá phải là 1 (không hài lòng), 2 (hài lòng) hoặc 3 (rất hài lòng).",
                message_en="rating must be 1 (dissatisfied), 2 (satisfied) or 3 (very satisfied).",
                field="rating",
            )
    if act is Action.FORWARD and params.get("agency"):
        agency = Agency.objects.filter(code=params["agency"], valid_to__isnull=True).first()
        if agency is None:
            raise DomainError(
                "agency_not_found",
                f"Không tìm thấy cơ quan mã “{params['agency']}”.",
                message_en=f"No agency with code '{params['agency']}'.",
                field="agency",
            )
        out["agency_id"] = agency.pk
    return out


# A code as typed in a URL or a request: printable, no longer than the column. Anything else is
# "no such dossier" before any query (PostgreSQL rejects a NUL byte with an error, not a miss).
_PLAUSIBLE_CODE = re.compile(r"[^\x00-\x1f\x7f]{1,40}")


def plausible_code(code: str) -> bool:
    return bool(_PLAUSIBLE_CODE.fullmatch(code))


def dossier_not_found(code: str) -> NotFound:
    shown = code if plausible_code(code) else "?"
    return NotFound(
        "dossier_not_found",
        f"Không tìm thấy hồ sơ “{shown}”.",
        message_en=f"No dossier '{shown}'.",
    )


# What the receiving desk does for the applicant, whichever agency holds the dossier now.
ON_BEHALF = frozenset({Action.SUPPLEMENT, Action.PAY, Action.WITHDRAW})


def may_act(user: User, dossier: Dossier, action: str | None = None) -> bool:
    """Whether `user` is in a position to do `action` on `dossier` (the table then judges it).

    Officers act where their agency holds the dossier; the receiving desk also acts for the
    applicant (supplement, payment, withdrawal). Without `action`: may they act at all
    (attach a document, see the action forms). An API token may narrow both."""
    if not scope_allows_action(user, action or UPLOAD):
        return False
    if user.role == Role.CITIZEN:
        return dossier.owner_id == user.pk
    if user.role == Role.SYSTEM:
        return True
    if user.role not in (Role.DESK, Role.OFFICER, Role.LEADER) or user.agency_id is None:
        return False
    if user.agency_id == dossier.holder_agency_id:
        return True
    at_reception = user.role == Role.DESK and user.agency_id == dossier.received_by_agency_id
    return at_reception and (action is None or action in ON_BEHALF)


def actions_for(user: User, dossier: Dossier, position: Position) -> list[Action]:
    """The actions `user` may do on `dossier` now: the lifecycle table's, where they stand."""
    return [
        action
        for action in allowed_actions(position, actor_role(user))
        if may_act(user, dossier, action)
    ]


@transaction.atomic
def dossier_act(
    *,
    code: str,
    action: str,
    actor: User,
    note: str = "",
    params: Mapping[str, Any] | None = None,
    at: dt.datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Perform `action` on the dossier `code` as `actor`; refuse clearly if not allowed now.

    `expected_version` (the dossier's event count the actor saw) turns a stale double action,
    two officers acting at once on what they both saw, into a refusal instead of two moves."""
    at = at or timezone.now()
    if not plausible_code(code):
        raise dossier_not_found(code)
    dossier = (
        Dossier.objects.select_for_update(of=("self",))
        .select_related("version__procedure", "competent_agency", "received_by_agency")
        .filter(code=code)
        .first()
    )
    if dossier is None or not (may_see(actor, dossier)):
        raise dossier_not_found(code)
    if expected_version is not None and expected_version != dossier.event_count:
        raise Conflict(
            "stale_version",
            "Hồ sơ vừa được người khác xử lý; hãy tải lại để xem trạng thái mới.",
            message_en="Someone else acted on this dossier meanwhile; reload to see its state.",
            field="expected_version",
            details={"version": dossier.event_count, "status": dossier.status},
        )
    check_scope_action(actor, action)
    if not may_act(actor, dossier, action):
        raise Forbidden(
            "not_holder",
            "Hồ sơ không do cơ quan của bạn đang xử lý.",
            message_en="Your agency does not hold this dossier.",
        )
    plan = build_plan(
        dossier.version,
        dossier.channel,
        received_by=dossier.received_by_agency,
        competent=dossier.competent_agency,
    )
    has_result = action == Action.FINISH and (
        Document.objects.filter(dossier=dossier, kind=DocumentKind.RESULT).exists()
    )
    state = state_of(dossier, has_result=has_result)
    checked = _check_params(action, note, params or {}, state)
    change = apply(state, action, role=actor_role(actor), at=at, plan=plan, params=checked)
    changed = store_state(dossier, change.after)
    seq = dossier.event_count + 1
    dossier.event_count = seq
    dossier.figures_stale = True
    dossier.save(update_fields=[*changed, "event_count", "figures_stale", "updated_at"])
    record(dossier, change, plan, actor=actor, note=note, seq=seq)
    return dossier


def dossier_agency_ids(dossier: Dossier) -> tuple[int | None, ...]:
    """The agencies a dossier concerns: where it was received, who decides, who holds it now,
    where the applicant was helped to submit."""
    return (
        dossier.holder_agency_id,
        dossier.received_by_agency_id,
        dossier.competent_agency_id,
        dossier.helped_at_id,
    )


def may_see(user: User, dossier: Dossier) -> bool:
    """Citizens their own dossiers; officers (desk, specialist, leader) those their agency
    concerns; administrators, auditors and the system all — within an API token's agencies."""
    if not scope_allows_agencies(user, dossier_agency_ids(dossier)):
        return False
    if user.role in (Role.ADMIN, Role.AUDITOR, Role.SYSTEM):
        return True
    if user.role == Role.CITIZEN:
        return dossier.owner_id == user.pk
    return user.agency_id is not None and user.agency_id in dossier_agency_ids(dossier)


__all__ = [
    "Applicant",
    "Status",
    "actions_for",
    "dossier_act",
    "dossier_create",
    "may_act",
    "may_see",
]
