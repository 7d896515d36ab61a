"""Plain records for the service-index formulas, read from the database in a fixed number of
queries, and the report the API and the `indicators` command both print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.db.models import Exists, OuterRef, Q

from motcua.catalog.models import Procedure, ProcedureVersion, _spec_of
from motcua.clock import VN_TZ
from motcua.clock.due import working_seconds_between
from motcua.clock.services import province_calendar
from motcua.dossiers.models import Document, DocumentKind, Dossier
from motcua.errors import DomainError
from motcua.indicators import formulas as f
from motcua.sync.models import PortalDossier
from motcua.units.models import Agency

_FIELDS = (
    "received_at",
    "due_at",
    "ended_at",
    "finished_at",
    "status",
    "channel",
    "supplement_count",
    "pauses",
    "paused_since",
    "fee_total",
    "paid_online",
    "digitised",
    "reused",
    "identity_verified",
    "rating",
    "version_id",
    "version__procedure__code",
    "competent_agency__code",
    "has_result_file",
    "synced",
)


def dossier_facts(
    *, start: dt.datetime, end: dt.datetime, agency: Agency | None = None
) -> list[f.DossierFacts]:
    """Dossiers received in [start, end) or ended in [start, end), of `agency` (competent or
    receiving) if given. Two queries: the dossiers, then their procedure versions' results.

    `synced` means the national portal has the dossier (a PortalDossier row), as the daily
    reconciliation counts it; `has_result_file` means a result Document exists."""
    in_period = Q(received_at__gte=start, received_at__lt=end) | Q(
        ended_at__gte=start, ended_at__lt=end
    )
    query = Dossier.objects.filter(in_period)
    if agency is not None:
        query = query.filter(Q(competent_agency=agency) | Q(received_by_agency=agency))
    rows = list(
        query.annotate(
            has_result_file=Exists(
                Document.objects.filter(dossier=OuterRef("pk"), kind=DocumentKind.RESULT)
            ),
            synced=Exists(PortalDossier.objects.filter(dossier=OuterRef("pk"))),
        )
        .order_by("pk")
        .values(*_FIELDS)
    )
    with_results = _versions_with_results({row["version_id"] for row in rows})
    return [_facts(row, row["version_id"] in with_results) for row in rows]


def _versions_with_results(ids: set[int]) -> set[int]:
    """The versions among `ids` whose procedure returns a result document (one query)."""
    if not ids:
        return set()
    versions = ProcedureVersion.objects.filter(pk__in=ids).values_list("pk", "digest", "data")
    return {pk for pk, digest, data in versions if _spec_of(pk, digest, data).results}


def _facts(row: dict[str, Any], result_required: bool) -> f.DossierFacts:
    pauses: list[tuple[dt.datetime, dt.datetime | None]] = [
        (dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)) for a, b in row["pauses"]
    ]
    if row["paused_since"] is not None:
        pauses.append((row["paused_since"], None))
    return f.DossierFacts(
        received_at=row["received_at"],
        due_at=row["due_at"],
        ended_at=row["ended_at"],
        finished_at=row["finished_at"],
        status=row["status"],
        channel=row["channel"],
        supplement_count=row["supplement_count"],
        pauses=tuple(pauses),
        fee_total=row["fee_total"],
        paid_online=row["paid_online"],
        digitised=row["digitised"],
        reused=row["reused"],
        identity_verified=row["identity_verified"],
        has_result_file=row["has_result_file"],
        result_required=result_required,
        synced=row["synced"],
        rating=row["rating"],
        procedure_code=row["version__procedure__code"],
        agency_code=row["competent_agency__code"],
    )


def procedure_levels() -> list[str]:
    """The online level of every procedure's current version, province-wide (one query)."""
    return list(
        Procedure.objects.filter(current__isnull=False).values_list(
            "current__online_level", flat=True
        )
    )


# --- The report -----------------------------------------------------------------------------


def period_bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[first 00:00, the day after last 00:00) in Vietnam time: both days included."""
    start = dt.datetime.combine(first, dt.time(), tzinfo=VN_TZ)
    return start, dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=VN_TZ)


def _block(
    facts: Sequence[f.DossierFacts], start: dt.datetime, end: dt.datetime, levels: list[str]
) -> dict[str, Any]:
    rates = f.all_rates(facts, period_start=start, period_end=end, levels=levels)
    calendar = province_calendar()
    scores = f.group_scores(rates)
    applicable = [s for s in scores if s.points is not None]
    return {
        "indicators": {name: rate.as_dict() for name, rate in rates.items()},
        "average_processing_working_days": f.average_processing_days(
            facts,
            period_start=start,
            period_end=end,
            working_seconds=lambda a, b: working_seconds_between(a, b, calendar=calendar),
        ),
        "groups": {s.group: {"points": s.points, "max_points": s.max_points} for s in scores},
        "total": {
            "points": round(sum(s.points or 0 for s in applicable), 2),
            "max_points": sum(s.max_points for s in applicable),
        },
    }


def _months(start: dt.datetime, end: dt.datetime) -> list[tuple[dt.datetime, dt.datetime]]:
    spans, at = [], start
    while at < end:
        first = at.replace(day=1)
        following = first.replace(year=first.year + first.month // 12, month=first.month % 12 + 1)
        spans.append((at, min(end, following)))
        at = following
    return spans


def indicator_report(
    *, first: dt.date, last: dt.date, agency: Agency | None = None, group_by: str | None = None
) -> dict[str, Any]:
    """Every indicator and group score for the days [first, last] (Vietnam time), for `agency`
    (competent or receiving) or the whole province; `group_by` "agency" (the competent agency)
    or "month" adds one block per agency or per calendar month."""
    start, end = period_bounds(first, last)
    facts = dossier_facts(start=start, end=end, agency=agency)
    levels = procedure_levels()
    report: dict[str, Any] = {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "agency": agency.code if agency else None,
        **_block(facts, start, end, levels),
    }
    if group_by == "agency":
        codes = sorted({d.agency_code for d in facts})
        report["by_agency"] = {
            code: _block([d for d in facts if d.agency_code == code], start, end, levels)
            for code in codes
        }
    elif group_by == "month":
        report["by_month"] = {
            a.strftime("%Y-%m"): _block(facts, a, b, levels) for a, b in _months(start, end)
        }
    return report


GROUPINGS = ("agency", "month")


def _invalid(code: str, field: str, vi: str, en: str) -> DomainError:
    return DomainError(code, vi, message_en=en, field=field)


def _date(raw: str | None, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(raw or "")
    except ValueError:
        raise _invalid(
            "date_invalid",
            field,
            f"Trường “{field}” phải là ngày dạng YYYY-MM-DD (nhận được “{raw or ''}”).",
            f"'{field}' must be a date YYYY-MM-DD (got '{raw or ''}').",
        ) from None


def report_request(
    *, first: str | None, last: str | None, agency: str | None, group_by: str | None
) -> dict[str, Any]:
    """The keyword arguments of `indicator_report` from raw input, or a DomainError naming the
    field at fault (the API and the command share this)."""
    start, end = _date(first, "from"), _date(last, "to")
    if start > end:
        raise _invalid(
            "period_invalid",
            "from",
            "Ngày bắt đầu (from) phải không sau ngày kết thúc (to).",
            "'from' must not be after 'to'.",
        )
    if group_by and group_by not in GROUPINGS:
        raise _invalid(
            "group_by_invalid",
            "group_by",
            f"group_by phải là một trong: {', '.join(GROUPINGS)}.",
            f"group_by must be one of: {', '.join(GROUPINGS)}.",
        )
    found = None
    if agency:
        found = Agency.objects.filter(code=agency, valid_to__isnull=True).first()
        if found is None:
            raise _invalid(
                "agency_not_found",
                "agency",
                f"Không tìm thấy cơ quan mã “{agency}”.",
                f"No agency with code '{agency}'.",
            )
    return {"first": start, "last": end, "agency": found, "group_by": group_by or None}
