"""The inboxes per role: one annotated query over the dossiers per page.

The section a row belongs to is a CASE in SQL, so a page costs the same few queries whatever the
size of the database. Which step a dossier is at, and that step's role, come from its pinned
version's spec (cached per version).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby

from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Value, When
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from motcua.accounts.models import Role, User
from motcua.catalog.models import ProcedureVersion
from motcua.clock import VN_TZ, Calendar
from motcua.clock.services import province_calendar
from motcua.dossiers.labels import status_label
from motcua.dossiers.lifecycle import ENDING, PAUSED, Status
from motcua.dossiers.models import Dossier
from motcua.units.models import Agency

PAGE_SIZE = 50
SOON_WORKING_DAYS = 2
ACTIVE = [int(Status.RECEIVED), int(Status.PROCESSING)]
WAITING = [int(s) for s in PAUSED]
OPEN = [int(s) for s in Status if s not in ENDING]
PAUSED_TITLE = _("Đang tạm dừng (chờ bổ sung, nghĩa vụ tài chính)")

# --- urgency ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounds:
    """The instants that split "overdue / due today / due soon / the rest" at `now`."""

    now: dt.datetime
    end_of_today: dt.datetime  # the start of tomorrow in Vietnam
    end_of_soon: dt.datetime  # the start of the day after the 2nd working day after today


def urgency_bounds(now: dt.datetime, calendar: Calendar | None = None) -> Bounds:
    calendar = calendar or province_calendar()
    today = now.astimezone(VN_TZ).date()
    soon = calendar.nth_working_day_after(today, SOON_WORKING_DAYS)

    def start_of(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(0), tzinfo=VN_TZ)

    return Bounds(now, start_of(today + dt.timedelta(days=1)), start_of(soon + dt.timedelta(1)))


def due_badge(
    status: int, due_at: dt.datetime | None, ended_at: dt.datetime | None, bounds: Bounds
) -> str:
    """late / today / soon / paused, or "" when nothing is pressing."""
    if status in WAITING:
        return "paused"
    if due_at is None:
        return ""
    if status in ENDING:
        return "late" if ended_at is not None and ended_at > due_at else ""
    if due_at < bounds.now:
        return "late"
    if due_at < bounds.end_of_today:
        return "today"
    return "soon" if due_at < bounds.end_of_soon else ""


# --- inboxes ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class InboxRow:
    code: str
    applicant: str
    procedure_code: str
    procedure_name: str
    status: int
    status_label: str
    due_at: dt.datetime | None
    badge: str
    step_name: str
    holder: str


@dataclass(frozen=True)
class Section:
    key: str
    title: str | Promise
    count: int
    first_page: int  # the page on which the section starts
    rows: tuple[InboxRow, ...] = ()  # the section's rows on the current page


@dataclass(frozen=True)
class Inbox:
    kind: str  # desk / officer / leader / overview
    sections: tuple[Section, ...]
    page: int
    pages: int
    total: int

    @property
    def is_overview(self) -> bool:
        return self.kind == "overview"

    @property
    def shown(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.rows)


@dataclass(frozen=True)
class _Part:
    key: str
    title: str | Promise
    when: Q


def inbox_desk(agency: Agency, now: dt.datetime, *, page: int = 1) -> Inbox:
    """A one-stop desk: online dossiers to receive, received ones to forward, results to
    return, and those waiting for the applicant."""
    mine = Q(holder_agency_id=agency.pk)
    base = Dossier.objects.filter(
        Q(status__in=[*OPEN, int(Status.FINISHED)]), mine | Q(received_by_agency_id=agency.pk)
    )
    versions = _versions_of(base)
    parts = [
        _Part("cho-tiep-nhan", _("Hồ sơ trực tuyến chờ tiếp nhận"), mine & Q(status=1)),
        _Part(
            "chuyen-xu-ly",
            _("Đã tiếp nhận, chờ chuyển xử lý"),
            mine & Q(status__in=ACTIVE) & _at_role(versions, "desk"),
        ),
        _Part("tra-ket-qua", _("Đã xử lý xong, chờ trả kết quả"), mine & Q(status=9)),
        _Part("cho-bo-sung", _("Chờ bổ sung hồ sơ, thực hiện nghĩa vụ tài chính"), _waiting()),
    ]
    return _inbox("desk", base, parts, versions, now, page)


def inbox_officer(agency: Agency, now: dt.datetime, *, page: int = 1) -> Inbox:
    """A processing officer's agency: dossiers at officer steps, the most urgent first."""
    base = Dossier.objects.filter(holder_agency_id=agency.pk, status__in=OPEN)
    versions = _versions_of(base)
    at_step = _at_role(versions, "officer")
    bounds = urgency_bounds(now)
    parts = [_Part(p.key, p.title, p.when & at_step) for p in _urgency_parts(bounds, waiting=True)]
    return _inbox("officer", base, parts, versions, now, page, bounds=bounds)


def inbox_leader(agency: Agency, now: dt.datetime, *, page: int = 1) -> Inbox:
    """A leader's agency: dossiers awaiting approval, then approved but not finished."""
    base = Dossier.objects.filter(holder_agency_id=agency.pk, status__in=OPEN)
    versions = _versions_of(base)
    at_step = _at_role(versions, "leader")
    parts = [
        _Part(
            "cho-phe-duyet",
            _("Chờ phê duyệt"),
            at_step & Q(status__in=ACTIVE, approved=False),
        ),
        _Part(
            "da-phe-duyet",
            _("Đã phê duyệt, chưa hoàn thành xử lý"),
            at_step & Q(status__in=ACTIVE, approved=True),
        ),
        _Part("tam-dung", PAUSED_TITLE, at_step & _waiting()),
    ]
    return _inbox("leader", base, parts, versions, now, page)


def inbox_overview(now: dt.datetime, *, page: int = 1) -> Inbox:
    """The province's open dossiers for administrators and auditors (read-only)."""
    base = Dossier.objects.filter(status__in=[*OPEN, int(Status.FINISHED)])
    bounds = urgency_bounds(now)
    parts = [
        *_urgency_parts(bounds, waiting=True),
        _Part("cho-tiep-nhan", _("Hồ sơ trực tuyến chờ tiếp nhận"), Q(status=1)),
        _Part("cho-tra", _("Đã xử lý xong, chờ trả kết quả"), Q(status=9)),
    ]
    return _inbox("overview", base, parts, {}, now, page, bounds=bounds)


def inbox_for(user: User, now: dt.datetime, *, page: int = 1) -> Inbox | None:
    """The inbox for `user`'s role and agency; None for an officer attached to no agency."""
    if user.role in (Role.ADMIN, Role.AUDITOR):
        return inbox_overview(now, page=page)
    if user.agency is None:
        return None
    if user.role == Role.DESK:
        return inbox_desk(user.agency, now, page=page)
    if user.role == Role.LEADER:
        return inbox_leader(user.agency, now, page=page)
    return inbox_officer(user.agency, now, page=page)


def _waiting() -> Q:
    return Q(status__in=WAITING)


def _urgency_parts(bounds: Bounds, *, waiting: bool) -> list[_Part]:
    active = Q(status__in=ACTIVE)
    parts = [
        _Part("qua-han", _("Quá hạn"), active & Q(due_at__lt=bounds.now)),
        _Part(
            "hom-nay",
            _("Đến hạn hôm nay"),
            active & Q(due_at__gte=bounds.now, due_at__lt=bounds.end_of_today),
        ),
        _Part(
            "sap-den-han",
            _("Sắp đến hạn (trong 2 ngày làm việc)"),
            active & Q(due_at__gte=bounds.end_of_today, due_at__lt=bounds.end_of_soon),
        ),
        _Part(
            "con-han",
            _("Còn hạn"),
            active & (Q(due_at__gte=bounds.end_of_soon) | Q(due_at__isnull=True)),
        ),
    ]
    if waiting:
        parts.append(_Part("tam-dung", PAUSED_TITLE, _waiting()))
    return parts


def _versions_of(query: QuerySet[Dossier]) -> dict[int, ProcedureVersion]:
    """The procedure versions the dossiers of `query` are pinned to: one query."""
    versions = ProcedureVersion.objects.filter(pk__in=query.values("version_id"))
    return {v.pk: v for v in versions.select_related("procedure")}


def _at_role(versions: dict[int, ProcedureVersion], role: str) -> Q:
    """Dossiers at a step of `role`: versions grouped by the indices of their `role` steps."""
    groups: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for version in versions.values():
        indices = tuple(i for i, step in enumerate(version.spec.steps) if step.role == role)
        if indices:
            groups[indices].append(version.pk)
    where = Q(pk__in=[])  # nothing
    for indices, ids in groups.items():
        where |= Q(version_id__in=ids, step_index__in=indices)
    return where


def _inbox(
    kind: str,
    base: QuerySet[Dossier],
    parts: Sequence[_Part],
    versions: dict[int, ProcedureVersion],
    now: dt.datetime,
    page: int,
    *,
    bounds: Bounds | None = None,
) -> Inbox:
    bounds = bounds or urgency_bounds(now)
    rank = Case(
        *[When(p.when, then=Value(i)) for i, p in enumerate(parts)],
        default=Value(len(parts)),
        output_field=IntegerField(),
    )
    wanted = Q(pk__in=[])
    for p in parts:
        wanted |= p.when
    query = base.filter(wanted).annotate(section=rank)
    counts = {
        row["section"]: row["n"]
        for row in query.order_by().values("section").annotate(n=Count("pk"))
    }
    total = sum(counts.values())
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, page), pages)
    start = (page - 1) * PAGE_SIZE
    ordered = query.select_related("holder_agency").order_by(
        "section",
        F("due_at").asc(nulls_last=True),
        F("submitted_at").asc(nulls_last=True),
        "pk",
    )
    dossiers = list(ordered[start : start + PAGE_SIZE])
    versions = _with_versions(versions, dossiers)
    by_section = {
        key: tuple(_row(d, versions[d.version_id], bounds) for d in group)
        for key, group in groupby(dossiers, key=lambda d: d.section)
    }
    sections, before = [], 0
    for i, part in enumerate(parts):
        count = counts.get(i, 0)
        first = before // PAGE_SIZE + 1
        sections.append(Section(part.key, part.title, count, first, by_section.get(i, ())))
        before += count
    return Inbox(kind, tuple(sections), page, pages, total)


def _with_versions(
    known: dict[int, ProcedureVersion], dossiers: Iterable[Dossier]
) -> dict[int, ProcedureVersion]:
    missing = {d.version_id for d in dossiers} - known.keys()
    if not missing:
        return known
    more = ProcedureVersion.objects.filter(pk__in=missing).select_related("procedure")
    return {**known, **{v.pk: v for v in more}}


def _row(dossier: Dossier, version: ProcedureVersion, bounds: Bounds) -> InboxRow:
    status = Status(dossier.status)
    steps = version.spec.steps
    index = dossier.step_index
    step = steps[index].name if index is not None and 0 <= index < len(steps) else ""
    return InboxRow(
        code=dossier.code,
        applicant=dossier.applicant_name,
        procedure_code=version.procedure.code,
        procedure_name=version.name,
        status=int(status),
        status_label=status_label(status),
        due_at=dossier.due_at,
        badge=due_badge(dossier.status, dossier.due_at, dossier.ended_at, bounds),
        step_name=step,
        holder=dossier.holder_agency.name if dossier.holder_agency else "",
    )
