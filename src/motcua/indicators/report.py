"""The service-index report that the dashboard, the API and the `indicators` command print.

`indicator_report` reads the stored daily figures (`aggregates`), a handful of queries whatever
the number of dossiers; `recomputed_report` computes the same report from the dossiers with the
formulas, the reference the stored figures are tested against.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from motcua.accounts.models import Role, User
from motcua.catalog.models import Field, Procedure
from motcua.clock import SUPPORTED_YEARS, VN_TZ
from motcua.clock.due import working_seconds_between
from motcua.clock.services import province_calendar
from motcua.errors import DomainError
from motcua.indicators import aggregates
from motcua.indicators import figures as fig
from motcua.indicators import formulas as f
from motcua.indicators.models import IndicatorWeight
from motcua.indicators.records import dossier_facts, procedure_offer
from motcua.units.models import AdministrativeUnit, Agency

# group_by: a dimension (competent agency, its commune or province, field, procedure, receiving
# officer) or a calendar span.
DIMENSION_OF = {
    "agency": "competent_agency_id",
    "commune": "unit_id",
    "field": "field_id",
    "procedure": "procedure_id",
    "officer": "receiver_id",
}
SPANS = ("month", "quarter", "year")
GROUPINGS = (*DIMENSION_OF, *SPANS)
MAX_PERIOD_DAYS = 10 * 366


def period_bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[first 00:00, the day after last 00:00) in Vietnam time: both days included."""
    start = dt.datetime.combine(first, dt.time(), tzinfo=VN_TZ)
    return start, dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=VN_TZ)


ONLINE_LEVELS = ("full", "partial")


@dataclass(frozen=True)
class Catalogue:
    """The procedures' online levels: the counts, and the procedures offered online."""

    offer: f.OnlineOffer
    online: frozenset[Any]  # ids (stored path) or codes (recomputed path)

    @classmethod
    def of(cls, levels: Mapping[Any, str]) -> Catalogue:
        online = frozenset(key for key, level in levels.items() if level in ONLINE_LEVELS)
        return cls(f.procedures_online(levels.values()), online)

    def used(self, procedures: Iterable[Any] | None) -> f.Rate:
        """Online services with ≥ 1 online dossier: province-wide only (not applicable for an
        agency or a breakdown: the catalogue does not say which agency offers a procedure)."""
        return (
            f.Rate(0, 0) if procedures is None else f.online_services_used(procedures, self.online)
        )


def current_weights() -> dict[str, dict[str, float]]:
    """The defaults with the administrator's weights over them (one query)."""
    weights = {group: dict(items) for group, items in f.DEFAULT_WEIGHTS.items()}
    for group, indicator, weight in IndicatorWeight.objects.values_list(
        "group", "indicator", "weight"
    ):
        weights.setdefault(group, {})[indicator] = float(weight)
    return weights


def _scored(
    rates: dict[str, f.Rate], average: float | None, weights: Mapping[str, Mapping[str, float]]
) -> dict[str, Any]:
    scores = f.group_scores(rates, weights)
    applicable = [s for s in scores if s.points is not None]
    return {
        "indicators": {name: rate.as_dict() for name, rate in rates.items()},
        "average_processing_working_days": average,
        "groups": {s.group: {"points": s.points, "max_points": s.max_points} for s in scores},
        "total": {
            "points": round(sum(s.points or 0 for s in applicable), 2),
            "max_points": sum(s.max_points for s in applicable),
        },
    }


def _stored_block(
    sums: Mapping[str, Any],
    opened: fig.OpenCounts,
    catalogue: Catalogue,
    weights: Mapping[str, Mapping[str, float]],
    used: Iterable[int] | None = None,
) -> dict[str, Any]:
    rates = fig.rates(sums, opened, offer=catalogue.offer.rate)
    rates["online_services_used"] = catalogue.used(used)
    block = _scored(rates, fig.average_processing_days(sums), weights)
    block["figures"] = {
        "received": int(sums.get("received") or 0),
        "online_received": int(sums.get("received_online") or 0),
        "processed": int(sums.get("processed") or 0),
        "processed_online": int(sums.get("processed_online") or 0),
        "overdue": rates["overdue_rate"].numerator,
        "open_at_end": opened.counted,
    }
    return block


def _span_key(day: dt.date, span: str) -> str:
    if span == "month":
        return f"{day.year}-{day.month:02d}"
    if span == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return str(day.year)


def _spans(first: dt.date, last: dt.date, span: str) -> list[tuple[str, dt.date, dt.date]]:
    """(key, first day, last day) of each month / quarter / year meeting [first, last]."""
    months = {"month": 1, "quarter": 3, "year": 12}[span]
    found, at = [], first
    while at <= last:
        begin = dt.date(at.year, (at.month - 1) // months * months + 1, 1)
        index = begin.year * 12 + begin.month - 1 + months
        following = dt.date(index // 12, index % 12 + 1, 1)
        found.append((_span_key(at, span), at, min(last, following - dt.timedelta(days=1))))
        at = following
    return found


def _add(total: dict[str, int], sums: Mapping[str, Any]) -> None:
    for name in fig.COUNTERS:
        total[name] = total.get(name, 0) + int(sums.get(name) or 0)


def _new_accounts(start: dt.datetime, end: dt.datetime) -> int:
    return User.objects.filter(
        role=Role.CITIZEN, date_joined__gte=start, date_joined__lt=end
    ).count()


def _level_counts(catalogue: Catalogue) -> dict[str, int]:
    offer = catalogue.offer
    return {"full": offer.full, "partial": offer.partial, "none": offer.none}


def indicator_report(
    *,
    first: dt.date,
    last: dt.date,
    agency: Agency | None = None,
    group_by: str | None = None,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """Every indicator, group score and the seeds' figures for the days [first, last] (Vietnam
    time), for `agency` (competent or receiving) or the whole province; `group_by` (one of
    GROUPINGS) adds one block per value, under "by_<group_by>", with "names" for dimensions.
    A period not over yet is judged as of `now`."""
    now = now or timezone.now()
    start, end = period_bounds(first, last)
    catalogue, weights = Catalogue.of(procedure_offer()), current_weights()
    used = None
    if agency is None:
        monthly = group_by in SPANS
        used = aggregates.procedures_used_online(first=first, last=last, monthly=monthly)
    dimension = DIMENSION_OF.get(group_by or "")
    open_by = {
        group: counts
        for (_, group), counts in aggregates.open_counts(
            periods=[(start, end)], now=now, agency=agency, by=dimension
        ).items()
    }
    overall = _open_total(open_by.values())
    rows: list[dict[str, Any]] = []
    if dimension or group_by in SPANS:
        by = dimension or "day"
        rows = aggregates.figure_sums(first=first, last=last, agency=agency, by=by)
        sums: dict[str, int] = {}
        for row in rows:
            _add(sums, row)
    else:
        sums = aggregates.figure_sums(first=first, last=last, agency=agency)[0]
    report: dict[str, Any] = {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "agency": agency.code if agency else None,
        **_stored_block(sums, overall, catalogue, weights, _union(used)),
    }
    report["figures"]["new_accounts"] = None if agency else _new_accounts(start, end)
    report["figures"]["procedures_by_level"] = _level_counts(catalogue)
    if dimension:
        by_value = {row[dimension]: row for row in rows}
        names = dimension_names(dimension, set(by_value) | set(open_by))
        report[f"by_{group_by}"] = {
            names[value][0]: _stored_block(
                by_value.get(value, {}), open_by.get(value, fig.OpenCounts()), catalogue, weights
            )
            for value in sorted(set(by_value) | set(open_by), key=lambda v: names[v][0])
        }
        report["names"] = {code: label for code, label in names.values()}
    elif group_by in SPANS:
        report[f"by_{group_by}"] = _by_span(
            rows, first, last, group_by, agency, now, catalogue, weights, used
        )
    return report


def _by_span(
    days: Sequence[Mapping[str, Any]],
    first: dt.date,
    last: dt.date,
    span: str,
    agency: Agency | None,
    now: dt.datetime,
    catalogue: Catalogue,
    weights: Mapping[str, Mapping[str, float]],
    used: Mapping[str, set[int]] | None,
) -> dict[str, Any]:
    """One block per calendar span from the sums per day, the open parts in one query."""
    per_span: dict[str, dict[str, int]] = {}
    for row in days:
        _add(per_span.setdefault(_span_key(row["day"], span), {}), row)
    spans = _spans(first, last, span)
    bounds = [period_bounds(begin, finish) for _, begin, finish in spans]
    found = aggregates.open_counts(periods=bounds, now=now, agency=agency, by=None)
    blocks = {}
    for index, (key, _, _) in enumerate(spans):
        opened = found.get((index, None), fig.OpenCounts())
        in_span = (
            None if used is None else {m: p for m, p in used.items() if _in_span(m, key, span)}
        )
        blocks[key] = _stored_block(
            per_span.get(key, {}), opened, catalogue, weights, _union(in_span)
        )
    return blocks


def _open_total(parts: Iterable[fig.OpenCounts]) -> fig.OpenCounts:
    parts = list(parts)
    return fig.OpenCounts(
        sum(p.counted for p in parts), sum(p.late for p in parts), sum(p.disliked for p in parts)
    )


def _union(used: Mapping[str, set[Any]] | None) -> set[Any] | None:
    return None if used is None else set().union(*used.values())


def _in_span(month: str, key: str, span: str) -> bool:
    year, number = (int(part) for part in month.split("-"))
    return _span_key(dt.date(year, number, 1), span) == key


def dimension_names(dimension: str, values: Iterable[int]) -> dict[int, tuple[str, str]]:
    """value → (stable code, label) of a dimension's values, in one query."""
    ids = [v for v in values if v]
    rows: Iterable[tuple[int, str, str]]
    if dimension == "competent_agency_id":
        rows = Agency.objects.filter(pk__in=ids).values_list("pk", "code", "name")
    elif dimension == "unit_id":
        rows = AdministrativeUnit.objects.filter(pk__in=ids).values_list("pk", "code", "name")
    elif dimension == "field_id":
        rows = Field.objects.filter(pk__in=ids).values_list("pk", "code", "name")
    elif dimension == "procedure_id":
        rows = Procedure.objects.filter(pk__in=ids).values_list("pk", "code", "current__name")
    else:
        users = User.objects.filter(pk__in=ids).only("username", "first_name", "last_name")
        rows = [(u.pk, u.username, u.display_name()) for u in users]
    names = {pk: (code, label or code) for pk, code, label in rows}
    for value in values:
        names.setdefault(value, ("-", "—") if not value else (str(value), str(value)))
    return names


# --- The reference: the same report computed from the dossiers ------------------------------


def _recomputed_block(
    facts: Sequence[f.DossierFacts],
    start: dt.datetime,
    end: dt.datetime,
    catalogue: Catalogue,
    weights: Mapping[str, Mapping[str, float]],
    province: bool,
) -> dict[str, Any]:
    levels = [*["full"] * catalogue.offer.full, *["partial"] * catalogue.offer.partial]
    levels += ["none"] * catalogue.offer.none
    rates = f.all_rates(facts, period_start=start, period_end=end, levels=levels)
    online = {d.procedure_code for d in f.received_in(facts, start, end) if d.channel == f.ONLINE}
    rates["online_services_used"] = catalogue.used(online if province else None)
    calendar = province_calendar()
    average = f.average_processing_days(
        facts,
        period_start=start,
        period_end=end,
        working_seconds=lambda a, b: working_seconds_between(a, b, calendar=calendar),
    )
    return _scored(rates, average, weights)


def recomputed_report(
    *,
    first: dt.date,
    last: dt.date,
    agency: Agency | None = None,
    group_by: str | None = None,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """`indicator_report` (without the seeds' figures) from the dossiers themselves; group_by
    "agency" or "month" only."""
    now = now or timezone.now()
    start, end = period_bounds(first, last)
    facts = dossier_facts(start=start, end=end, agency=agency)
    codes = Procedure.objects.filter(current__isnull=False).values_list(
        "code", "current__online_level"
    )
    catalogue, weights = Catalogue.of(dict(codes)), current_weights()
    province = agency is None
    report: dict[str, Any] = {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "agency": agency.code if agency else None,
        **_recomputed_block(facts, start, min(end, now), catalogue, weights, province),
    }
    if group_by == "agency":
        report["by_agency"] = {
            code: _recomputed_block(
                [d for d in facts if d.agency_code == code],
                start,
                min(end, now),
                catalogue,
                weights,
                province=False,
            )
            for code in sorted({d.agency_code for d in facts})
        }
    elif group_by == "month":
        report["by_month"] = {}
        for key, begin, finish in _spans(first, last, "month"):
            a, b = period_bounds(begin, finish)
            report["by_month"][key] = _recomputed_block(
                facts, a, min(b, now), catalogue, weights, province
            )
    return report


# --- Input ------------------------------------------------------------------------------------


def _invalid(code: str, field: str, vi: str, en: str) -> DomainError:
    return DomainError(code, vi, message_en=en, field=field)


def _date(raw: str | None, field: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(raw or "")
    except ValueError:
        raise _invalid(
            "date_invalid",
            field,
            f"Trường “{field}” phải là ngày dạng YYYY-MM-DD (nhận được “{raw or ''}”).",
            f"'{field}' must be a date YYYY-MM-DD (got '{raw or ''}').",
        ) from None
    if day.year not in SUPPORTED_YEARS:
        first, last = SUPPORTED_YEARS[0], SUPPORTED_YEARS[-1]
        raise _invalid(
            "date_out_of_range",
            field,
            f"Trường “{field}” phải là một ngày trong các năm {first}–{last}.",
            f"'{field}' must be a date within {first}–{last}.",
        )
    return day


def report_request(
    *, first: str | None, last: str | None, agency: str | None, group_by: str | None
) -> dict[str, Any]:
    """The keyword arguments of `indicator_report` from raw input, or a DomainError naming the
    field at fault (the API, the pages and the command share this)."""
    start, end = _date(first, "from"), _date(last, "to")
    if start > end:
        raise _invalid(
            "period_invalid",
            "from",
            "Ngày bắt đầu (from) phải không sau ngày kết thúc (to).",
            "'from' must not be after 'to'.",
        )
    if (end - start).days > MAX_PERIOD_DAYS:
        raise _invalid(
            "period_too_long",
            "to",
            f"Kỳ báo cáo dài tối đa {MAX_PERIOD_DAYS // 366} năm.",
            f"A report period is at most {MAX_PERIOD_DAYS // 366} years long.",
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
