"""Reads behind the dashboard's drill-downs and its process view, each a fixed number of queries.

An agency's dossiers are those it is competent for or received: the ones its indicators count
(`records.dossier_facts`), so each list explains the rates shown above it, and a one-stop centre,
which decides nothing, still follows what it received. Not the holder: who holds a dossier now is
on every row, and the officers' own inbox is already by holder. Every read is also limited to what
the user may see (`dossiers_visible`, the query form of `may_see`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import groupby
from statistics import fmean
from typing import Any

from django.db.models import Case, Count, OuterRef, Q, QuerySet, Subquery, When, Window

from motcua.accounts.models import User
from motcua.clock import VN_TZ, Calendar, WorkingHours, working_seconds_between
from motcua.clock.services import province_calendar
from motcua.desk.selectors import Bounds, due_badge, urgency_bounds
from motcua.desk.selectors.inbox import ACTIVE, OPEN, WAITING
from motcua.dossiers.labels import status_label
from motcua.dossiers.models import Dossier, Event
from motcua.dossiers.selectors import dossiers_visible
from motcua.dossiers.transitions import step_timings
from motcua.errors import DomainError
from motcua.units.models import Agency

SHOWN = 10  # rows of each list on the dashboard
PAGE_SIZE = 50
ENDED_CAP = 2000  # the most recently ended dossiers whose steps the process view times
# A working day as the clock counts it (7.5 h of the default hours), so that a step's time reads
# against its budget in the procedure; the formulas' average uses the 8-hour convention.
DAY_SECONDS = WorkingHours().seconds_per_day


def _invalid(code: str, field: str, vi: str, en: str) -> DomainError:
    return DomainError(code, vi, message_en=en, field=field)


def agency_by_code(code: str) -> Agency:
    """The current agency `code`, or a refusal naming the field `co-quan`."""
    found = Agency.objects.filter(code=code, valid_to__isnull=True).first()
    if found is None:
        raise _invalid(
            "agency_not_found",
            "co-quan",
            f"Không tìm thấy cơ quan mã “{code}” (trường “co-quan”).",
            f"No agency with code '{code}' (field 'co-quan').",
        )
    return found


def _of(agency: Agency | None, user: User) -> QuerySet[Dossier]:
    query = dossiers_visible(user)
    if agency is None:
        return query
    return query.filter(Q(competent_agency_id=agency.pk) | Q(received_by_agency_id=agency.pk))


def _days(seconds: int) -> float:
    return round(seconds / DAY_SECONDS, 1)


def _last_step_name() -> Subquery:
    # An event carries the step the dossier is at after it: the last one names the step now.
    last = Event.objects.filter(dossier_id=OuterRef("pk")).order_by("-seq")
    return Subquery(last.values("step_name")[:1])


# --- overdue and due soon ---------------------------------------------------------------------


def dossiers_overdue(agency: Agency | None, now: dt.datetime, *, user: User) -> QuerySet[Dossier]:
    """Open and not paused (received or being processed) and due before `now`: the most overdue
    first. A paused dossier's clock is stopped, so it is not overdue while it waits."""
    query = _of(agency, user).filter(status__in=ACTIVE, due_at__lt=now)
    return query.order_by("due_at", "pk")


def dossiers_due_soon(agency: Agency | None, now: dt.datetime, *, user: User) -> QuerySet[Dossier]:
    """Open, not paused, not yet overdue and due by the end of the second working day after today
    (the inbox's "due today" and "due soon" together): the soonest first."""
    bounds = urgency_bounds(now)
    query = _of(agency, user).filter(status__in=ACTIVE, due_at__gte=now)
    return query.filter(due_at__lt=bounds.end_of_soon).order_by("due_at", "pk")


URGENT: dict[str, Callable[..., QuerySet[Dossier]]] = {
    "qua-han": dossiers_overdue,
    "sap-den-han": dossiers_due_soon,
}


@dataclass(frozen=True)
class UrgentRow:
    code: str
    applicant: str
    procedure_code: str
    procedure_name: str
    competent: str
    holder: str
    step_name: str
    due_at: dt.datetime
    badge: str  # late / today / soon
    working_days: float  # overdue by (an overdue list) or left (a due-soon list)


@dataclass(frozen=True)
class UrgentList:
    kind: str  # a key of URGENT
    count: int
    rows: tuple[UrgentRow, ...]
    page: int = 1
    pages: int = 1


_ROW_FIELDS = (
    "code",
    "applicant_name",
    "status",
    "due_at",
    "ended_at",
    "version__name",
    "version__procedure__code",
    "competent_agency__name",
    "holder_agency__name",
    "step",
)


def _urgent_rows(rows: Iterable[dict[str, Any]], now: dt.datetime) -> tuple[UrgentRow, ...]:
    calendar = province_calendar()
    bounds = urgency_bounds(now, calendar)
    return tuple(_urgent_row(row, now, bounds, calendar) for row in rows)


def _urgent_row(
    row: dict[str, Any], now: dt.datetime, bounds: Bounds, calendar: Calendar
) -> UrgentRow:
    due: dt.datetime = row["due_at"]
    span = (due, now) if due < now else (now, due)
    seconds = working_seconds_between(*span, calendar=calendar)
    return UrgentRow(
        code=row["code"],
        applicant=row["applicant_name"],
        procedure_code=row["version__procedure__code"],
        procedure_name=row["version__name"],
        competent=row["competent_agency__name"],
        holder=row["holder_agency__name"] or "",
        step_name=row["step"] or status_label(row["status"]),
        due_at=due,
        badge=due_badge(row["status"], due, row["ended_at"], bounds),
        working_days=_days(seconds),
    )


def urgent_list(
    kind: str, agency: Agency | None, now: dt.datetime, *, user: User, page: int = 1, size: int
) -> UrgentList:
    """Page `page` of the list `kind` and its length, in one query (a COUNT(*) OVER () beside
    each row); a page past the end costs one more to say how many there are."""
    query = URGENT[kind](agency, now, user=user)
    start = (page - 1) * size
    found = list(
        query.annotate(step=_last_step_name(), total=Window(Count("pk"))).values(
            *_ROW_FIELDS, "total"
        )[start : start + size]
    )
    count = found[0]["total"] if found else 0
    if not found and page > 1:
        count = query.count()
        pages = max(1, -(-count // size))
        raise _invalid(
            "page_invalid",
            "trang",
            f"Trang {page} không có: danh sách có {pages} trang (trường “trang”).",
            f"There is no page {page}: the list has {pages} pages (field 'trang').",
        )
    return UrgentList(kind, count, _urgent_rows(found, now), page, max(1, -(-count // size)))


def urgent_all(kind: str, agency: Agency | None, now: dt.datetime, *, user: User) -> UrgentList:
    """The whole list `kind` (for Excel), in one query."""
    query = URGENT[kind](agency, now, user=user).annotate(step=_last_step_name())
    rows = _urgent_rows(query.values(*_ROW_FIELDS), now)
    return UrgentList(kind, len(rows), rows)


def urgent_summary(agency: Agency | None, now: dt.datetime, *, user: User) -> list[UrgentList]:
    """Both lists' lengths and their `SHOWN` most urgent rows, for the dashboard: two queries."""
    return [urgent_list(kind, agency, now, user=user, size=SHOWN) for kind in URGENT]


# --- the process: where dossiers wait, how long each step takes -------------------------------


@dataclass(frozen=True)
class Waiting:
    """Open dossiers held by one agency at one step."""

    holder: str
    step: str
    count: int
    overdue: int  # as `dossiers_overdue` counts them
    paused: int  # waiting for the applicant (supplement, financial obligation)
    oldest_since: dt.datetime
    mean_working_days: float  # at the step so far, pauses included


def dossiers_waiting(agency: Agency | None, now: dt.datetime, *, user: User) -> list[Waiting]:
    """Open dossiers grouped by holder agency and step, the longest single wait first. One query;
    the working time of each wait is counted in Python (the calendar is not in the database)."""
    overdue = Case(When(status__in=ACTIVE, due_at__lt=now, then=True), default=False)
    rows = (
        _of(agency, user)
        .filter(status__in=OPEN)
        .annotate(step=_last_step_name(), overdue=overdue)
        .values_list(
            "holder_agency__name", "step", "status", "step_started_at", "submitted_at", "overdue"
        )
    )
    groups: dict[tuple[str, str], list[tuple[int, bool, dt.datetime]]] = defaultdict(list)
    for holder, step, status, started, submitted, late in rows:
        since = started or submitted  # an online dossier waits at the desk from its submission
        if since is not None:
            groups[(holder or "", step or status_label(status))].append((status, late, since))
    found = [_waiting(key, items, now) for key, items in groups.items()]
    found.sort(key=lambda w: (w.oldest_since, -w.count, w.holder, w.step))
    return found


def _waiting(
    key: tuple[str, str], items: list[tuple[int, bool, dt.datetime]], now: dt.datetime
) -> Waiting:
    calendar = province_calendar()
    waits = [working_seconds_between(since, now, calendar=calendar) for _, _, since in items]
    return Waiting(
        holder=key[0],
        step=key[1],
        count=len(items),
        overdue=sum(bool(late) for _, late, _ in items),
        paused=sum(status in WAITING for status, _, _ in items),
        oldest_since=min(since for _, _, since in items),
        mean_working_days=_days(round(fmean(waits))),
    )


@dataclass(frozen=True)
class StepTime:
    """The steps of one name, across the dossiers that ended in the period."""

    step: str
    count: int
    mean_working_days: float
    max_working_days: float
    overran: int  # ended after the step's own due instant


@dataclass(frozen=True)
class StepTimes:
    steps: list[StepTime]
    dossiers: int  # the ended dossiers whose steps are timed
    capped: bool  # more than ENDED_CAP ended: only the most recent are timed
    cap: int


def step_times(
    agency: Agency | None,
    first: dt.date,
    last: dt.date,
    now: dt.datetime,
    *,
    user: User,
    cap: int | None = None,
) -> StepTimes:
    """Per step name: how many times it was done, the mean and longest working days it took
    (pauses included) and how many overran their step due, for the dossiers ended in the days
    [first, last] (Vietnam time), the `cap` (ENDED_CAP) most recently ended at most. Two queries."""
    cap = cap or ENDED_CAP
    start = dt.datetime.combine(first, dt.time(), tzinfo=VN_TZ)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=VN_TZ)
    in_period = _of(agency, user).filter(ended_at__gte=start, ended_at__lt=end)
    ended = in_period.order_by("-ended_at", "-pk").values("pk")
    found = ended[: cap + 1].count()
    events = (
        Event.objects.filter(dossier_id__in=ended[:cap])
        .order_by("dossier_id", "seq")
        .values_list(
            "dossier_id", "step_index", "step_name", "step_started_at", "step_due_at", "at"
        )
    )
    spans: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    for _, story in groupby(events, key=lambda e: e[0]):
        for name, seconds, overran in _steps_of(story, now):
            spans[name].append((seconds, overran))
    steps = [
        StepTime(
            step=name,
            count=len(items),
            mean_working_days=_days(round(fmean(s for s, _ in items))),
            max_working_days=_days(max(s for s, _ in items)),
            overran=sum(o for _, o in items),
        )
        for name, items in spans.items()
    ]
    steps.sort(key=lambda s: (-s.mean_working_days, s.step))
    return StepTimes(steps, min(found, cap), found > cap, cap)


def _steps_of(
    events: Iterable[tuple[int, int | None, str, Any, Any, dt.datetime]], now: dt.datetime
) -> list[tuple[str, int, bool]]:
    """(step name, working seconds, overran) of each finished step of one dossier's story."""
    calendar = province_calendar()
    story = list(events)
    names = {index: name for _, index, name, *_ in story if index is not None}
    timings = step_timings([(e[1], e[3], e[4], e[5]) for e in story], now)
    return [
        (
            names.get(t.step_index, ""),
            working_seconds_between(t.started_at, t.ended_at, calendar=calendar),
            t.outcome == "late",
        )
        for t in timings
        if t.ended_at is not None
    ]
