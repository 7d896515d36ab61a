"""The daily check against the portal: does it have every dossier received that day, as it stands?

For the dossiers received on a day (Vietnam time), ask TraCuuHoSo for each (a few at a time),
compare existence and status with motcua, re-queue the ones that differ, and store per competent
agency the day's figures (`SyncDaily`: the service index's sync rate = at the portal ÷ received).

Re-queueing puts every "portal" delivery of the dossier back to pending (the unique delivery per
event and consumer rules out fresh rows): the next round resends the dossier's latest snapshot and
all its steps in order, and the portal drops the steps it already has. A dossier the portal lost
is forgotten in `PortalDossier` (unless it came from the portal: its national code stays), so it
goes as a create. A dossier with deliveries still pending is in flight, not re-queued.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone

from motcua.clock import VN_TZ
from motcua.dossiers.models import Dossier
from motcua.sync.models import Delivery, DeliveryState, PortalDossier, SyncDaily
from motcua.sync.portal.client import PortalClient
from motcua.sync.portal.delivery import CONSUMER
from motcua.units.models import Agency


@dataclass
class AgencyLine:
    agency: Agency
    received: int = 0
    at_portal: int = 0
    matching: int = 0
    requeued: int = 0

    @property
    def rate(self) -> float | None:
        return self.at_portal / self.received if self.received else None


@dataclass
class Difference:
    code: str
    status: int
    portal_status: int | None  # None: the portal does not have it
    requeued: bool


@dataclass
class ReconcileReport:
    day: dt.date
    lines: list[AgencyLine] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)

    def total(self) -> AgencyLine:
        total = AgencyLine(Agency(code="", name="Tổng (total)"))
        for line in self.lines:
            total.received += line.received
            total.at_portal += line.at_portal
            total.matching += line.matching
            total.requeued += line.requeued
        return total


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time(0), VN_TZ)
    return start, start + dt.timedelta(days=1)


def portal_status(record: dict[str, Any] | None) -> int | None:
    if record is None:
        return None
    try:
        return int(str(record.get("TrangThaiHoSo", "")).strip())
    except ValueError:
        return 0


def reconcile_day(
    client: PortalClient, day: dt.date, *, concurrency: int = 8, now: dt.datetime | None = None
) -> ReconcileReport:
    """Check the day's dossiers at the portal, re-queue the differences, store `SyncDaily`.
    A portal error stops the run (raised) before anything is written: no guess from an outage."""
    now = now or timezone.now()
    start, end = day_bounds(day)
    dossiers = list(
        Dossier.objects.filter(received_at__gte=start, received_at__lt=end)
        .select_related("competent_agency")
        .only("code", "status", "competent_agency")
        .order_by("pk")
    )
    ids = [d.pk for d in dossiers]
    rows = PortalDossier.objects.filter(dossier_id__in=ids).values_list(
        "dossier_id", "code", "inbound"
    )
    portal = {pk: code for pk, code, _ in rows}
    inbound = {pk for pk, _, came_in in rows if came_in}
    in_flight = set(
        Delivery.objects.filter(
            consumer=CONSUMER, state=DeliveryState.PENDING, dossier_id__in=ids
        ).values_list("dossier_id", flat=True)
    )
    codes = [portal.get(d.pk, d.code) for d in dossiers]
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        found = list(pool.map(client.lookup, codes))

    report = ReconcileReport(day)
    lines: dict[int, AgencyLine] = {}
    to_requeue: list[int] = []
    lost: list[int] = []
    for dossier, code, record in zip(dossiers, codes, found, strict=True):
        line = lines.setdefault(dossier.competent_agency_id, AgencyLine(dossier.competent_agency))
        line.received += 1
        theirs = portal_status(record)
        line.at_portal += theirs is not None
        if theirs == dossier.status:
            line.matching += 1
            continue
        requeue = dossier.pk not in in_flight
        if requeue:
            line.requeued += 1
            to_requeue.append(dossier.pk)
            if theirs is None and dossier.pk not in inbound:
                lost.append(dossier.pk)
        report.differences.append(Difference(code, dossier.status, theirs, requeue))
    report.lines = sorted(lines.values(), key=lambda line: line.agency.code)
    with transaction.atomic():
        PortalDossier.objects.filter(dossier_id__in=lost).delete()
        requeue_dossiers(to_requeue, now=now, note=f"reconcile {day.isoformat()}")
        _store(report, checked_at=now)
    return report


def requeue_dossiers(dossier_ids: Iterable[int], *, now: dt.datetime, note: str) -> int:
    """Put every portal delivery of these dossiers back to pending, due now; return how many."""
    ids = list(dossier_ids)
    if not ids:
        return 0
    return (
        Delivery.objects.filter(consumer=CONSUMER, dossier_id__in=ids)
        .exclude(state=DeliveryState.PENDING)
        .update(
            state=DeliveryState.PENDING,
            attempts=0,
            next_attempt_at=now,
            delivered_at=None,
            last_error=note,
        )
    )


def _store(report: ReconcileReport, *, checked_at: dt.datetime) -> None:
    SyncDaily.objects.bulk_create(
        [
            SyncDaily(
                agency=line.agency,
                day=report.day,
                received=line.received,
                synced=line.at_portal,
                matching=line.matching,
                requeued=line.requeued,
                checked_at=checked_at,
            )
            for line in report.lines
        ],
        update_conflicts=True,
        unique_fields=["agency", "day"],
        update_fields=["received", "synced", "matching", "requeued", "checked_at"],
    )


def report_table(report: ReconcileReport) -> str:
    """The report as a markdown table, one row per competent agency and a total."""

    def pct(rate: float | None) -> str:
        return "—" if rate is None else f"{rate * 100:.1f}"

    rows = [
        f"Đối soát Cổng DVCQG ngày {report.day:%d/%m/%Y} (reconciliation, {report.day})",
        "",
        "| cơ quan (agency) | tiếp nhận (received) | trên Cổng (at the portal) "
        "| khớp (matching) | gửi lại (re-queued) | tỷ lệ đồng bộ % (sync rate) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for line in [*report.lines, report.total()]:
        name = f"{line.agency.code} {line.agency.name}".strip()
        rows.append(
            f"| {name} | {line.received} | {line.at_portal} | {line.matching} "
            f"| {line.requeued} | {pct(line.rate)} |"
        )
    for diff in report.differences:
        theirs = "không có (missing)" if diff.portal_status is None else str(diff.portal_status)
        action = "gửi lại (re-queued)" if diff.requeued else "đang gửi (in flight)"
        rows.append(f"- {diff.code}: motcua {diff.status}, Cổng {theirs} → {action}")
    return "\n".join(rows)
