"""The dossier page (everything it shows, in a fixed number of queries), documents, reception."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from motcua.accounts.models import User
from motcua.catalog.spec import Level, ProcedureSpec
from motcua.clock import Due
from motcua.desk.selectors.inbox import due_badge, urgency_bounds
from motcua.dossiers.labels import action_label, reason_line, status_label
from motcua.dossiers.lifecycle import ENDING, Action, Status, allowed_actions
from motcua.dossiers.models import Document, DocumentKind, Dossier, Event
from motcua.dossiers.plans import build_plan
from motcua.dossiers.services import actions_for, actor_role, may_act, may_see
from motcua.dossiers.state import state_of
from motcua.dossiers.transitions import Plan, explain_due, is_late, step_timings
from motcua.errors import NotFound
from motcua.units.models import Agency

# The order a staff member is offered the allowed actions in: what moves the dossier forward
# first (the primary button), then what pauses it, then what ends it early.
PROGRESS_ORDER = (
    Action.RECEIVE,
    Action.SUPPLEMENT,
    Action.PAY,
    Action.APPROVE,
    Action.FORWARD,
    Action.FINISH,
    Action.RETURN,
    Action.REQUEST_SUPPLEMENT,
    Action.REQUEST_PAYMENT,
    Action.EXTEND,
    Action.REFUSE,
    Action.WITHDRAW,
    Action.STOP,
)


FORMS = {
    1: _("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
    2: _("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
    3: _("Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
    4: _("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"),
    5: _("Thông báo dừng giải quyết hồ sơ"),
    6: _("Phiếu kiểm soát quá trình giải quyết hồ sơ"),
}


@dataclass(frozen=True)
class HistoryRow:
    seq: int
    at: dt.datetime
    action: str
    action_label: str
    actor: str
    actor_title: str
    actor_department: str
    status_label: str
    step_name: str
    note: str


@dataclass(frozen=True)
class ShownReason:
    kind: str
    start: dt.date | dt.datetime
    label: str


@dataclass(frozen=True)
class StepRow:
    index: int
    name: str
    role: str
    started_at: dt.datetime
    budget_end: dt.datetime | None
    ended_at: dt.datetime | None
    outcome: str | None


@dataclass(frozen=True)
class DossierPage:
    dossier: Dossier
    plan: Plan
    status: Status
    step_name: str
    step_role: str
    next_step: str  # where a forward takes the dossier, and who holds it there
    next_holder: str
    due: Due | None
    overdue: bool
    badge: str
    documents: tuple[Document, ...]
    history: tuple[HistoryRow, ...]
    steps: tuple[StepRow, ...]
    forms: tuple[tuple[int, str | Promise], ...]
    actions: tuple[Action, ...]  # allowed for this user now, the primary first
    result_needed: bool  # finishing waits only for a result document
    may_upload: bool
    components: tuple[tuple[str, str], ...]  # (code, name) of the procedure's components
    transfer_agencies: tuple[Agency, ...]

    @property
    def ended(self) -> bool:
        return self.status in ENDING

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def reasons(self) -> tuple[ShownReason, ...]:
        """Why the dossier is due when it is, in the page's language."""
        if self.due is None:
            return ()
        return tuple(ShownReason(r.kind, r.start, reason_line(r)) for r in self.due.reasons)

    @property
    def limit_amount(self) -> str:
        """The time limit's number as people write it: 5, 0.5, 10."""
        text = f"{self.plan.limit.amount:f}"
        return text.rstrip("0").rstrip(".") if "." in text else text


def dossier_page(dossier: Dossier, user: User, *, now: dt.datetime) -> DossierPage:
    """Everything the dossier page shows: a fixed number of queries (documents, events, and the
    agencies for an inter-agency forward when that is allowed)."""
    plan = build_plan(
        dossier.version,
        dossier.channel,
        received_by=dossier.received_by_agency,
        competent=dossier.competent_agency,
    )
    documents = tuple(Document.objects.filter(dossier=dossier).order_by("created_at", "pk"))
    events = list(Event.objects.filter(dossier=dossier).order_by("seq"))
    has_result = any(d.kind == DocumentKind.RESULT for d in documents)
    state = state_of(dossier, has_result=has_result)
    position = state.position(plan)
    acting = may_act(user, dossier)
    role = actor_role(user)
    actions = _in_progress_order(actions_for(user, dossier, position)) if acting else ()
    result_needed = (
        acting
        and Action.FINISH not in actions
        and Action.FINISH in allowed_actions(dataclasses.replace(position, has_result=True), role)
    )
    index = dossier.step_index
    step = plan.steps[index] if index is not None and 0 <= index < len(plan.steps) else None
    following = plan.steps[index + 1] if index is not None and index + 1 < len(plan.steps) else None
    bounds = urgency_bounds(now, plan.calendar)
    transfer: tuple[Agency, ...] = ()
    if Action.FORWARD in actions:
        transfer = tuple(
            Agency.objects.filter(valid_to__isnull=True)
            .exclude(pk=dossier.holder_agency_id)
            .only("pk", "code", "name")
            .order_by("name")
        )
    return DossierPage(
        dossier=dossier,
        plan=plan,
        status=Status(dossier.status),
        step_name=step.name if step else "",
        step_role=step.role if step else "",
        next_step=following.name if following else "",
        next_holder=_agency_name(dossier, following.agency_id) if following else "",
        due=explain_due(state, plan),
        overdue=is_late(state, now),
        badge=due_badge(dossier.status, dossier.due_at, dossier.ended_at, bounds),
        documents=documents,
        history=tuple(_history(events)),
        steps=tuple(_steps(events, plan, now)),
        forms=tuple((n, FORMS[n]) for n in forms_that_apply(dossier, events)),
        actions=actions,
        result_needed=result_needed,
        may_upload=acting,
        components=tuple((c.code, c.name) for c in dossier.version.spec.components),
        transfer_agencies=transfer,
    )


def _agency_name(dossier: Dossier, agency_id: int | None) -> str:
    for agency in (dossier.received_by_agency, dossier.competent_agency, dossier.holder_agency):
        if agency is not None and agency.pk == agency_id:
            return agency.name
    return ""


def forms_that_apply(dossier: Dossier, events: Sequence[Event]) -> list[int]:
    """Forms 01–06 that can be printed for `dossier` now."""
    done = {e.action for e in events}
    wanted = {
        1: dossier.received_at is not None,
        2: Action.REQUEST_SUPPLEMENT in done,
        3: Action.REFUSE in done,
        4: Action.EXTEND in done,
        5: Action.STOP in done,
        6: True,
    }
    return [n for n, ok in wanted.items() if ok]


def _in_progress_order(actions: Iterable[Action]) -> tuple[Action, ...]:
    allowed = set(actions)
    return tuple(a for a in PROGRESS_ORDER if a in allowed)


def _history(events: Iterable[Event]) -> Iterable[HistoryRow]:
    for e in events:
        yield HistoryRow(
            seq=e.seq,
            at=e.at,
            action=e.action,
            action_label=action_label(e.action),
            actor=e.actor_name,
            actor_title=e.actor_title,
            actor_department=e.actor_department,
            status_label=status_label(e.to_status) if e.to_status else "",
            step_name=e.step_name,
            note=e.note,
        )


def _steps(events: Sequence[Event], plan: Plan, now: dt.datetime) -> Iterable[StepRow]:
    timings = step_timings(
        [(e.step_index, e.step_started_at, e.step_due_at, e.at) for e in events], now
    )
    for t in timings:
        step = plan.steps[t.step_index] if 0 <= t.step_index < len(plan.steps) else None
        yield StepRow(
            index=t.step_index,
            name=step.name if step else "",
            role=step.role if step else "",
            started_at=t.started_at,
            budget_end=t.budget_end,
            ended_at=t.ended_at,
            outcome=t.outcome,
        )


# --- documents --------------------------------------------------------------------------------


def access_document(user: User, pk: int) -> Document:
    """The document `pk` if `user` may see its dossier; otherwise the same 404 as for none."""
    document = Document.objects.select_related("dossier").filter(pk=pk).first()
    if document is None or not may_see(user, document.dossier):
        raise NotFound(
            "document_not_found",
            "Không tìm thấy tài liệu.",
            message_en="No such document.",
        )
    return document


# --- reception --------------------------------------------------------------------------------


def is_commune_level(spec: ProcedureSpec) -> bool:
    return bool(spec.levels) and all(level == Level.COMMUNE for level in spec.levels)


def reception_agencies(spec: ProcedureSpec, desk_agency: Agency | None) -> tuple[list[Agency], str]:
    """The agencies a desk may name as competent for `spec`, and the default one's code.

    Commune-level procedures are decided by a commune committee: by default the desk's own (the
    parent of a commune centre). Others by the procedure's agencies as the catalogue names them.
    """
    current = Agency.objects.filter(valid_to__isnull=True)
    if is_commune_level(spec):
        choices = list(current.filter(kind="commune_committee").order_by("name"))
        default = ""
        if desk_agency is not None and desk_agency.kind == "commune_centre":
            parent = desk_agency.parent_id
            default = next((a.code for a in choices if a.pk == parent), "")
        return choices, default
    codes = [a.code for a in spec.agencies]
    choices = list(current.filter(code__in=codes).order_by("name"))
    if not choices:
        deciding = current.exclude(kind__in=["service_centre", "commune_centre"])
        choices = list(deciding.order_by("name"))
    default = next((a.code for a in choices if a.code in codes), "")
    return choices, default
