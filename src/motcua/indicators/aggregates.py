"""Keeping and reading the stored daily figures (see `figures` for what they hold).

Writes: every change the service index counts sets `Dossier.figures_stale` in the same
transaction (an action, a scanned component, a result file, the portal accepting the dossier).
`figures_catch_up`, run by the worker every few seconds, locks a batch of stale dossiers
(SKIP LOCKED: several workers share the work, a dossier being acted on is left for the next
round), adds the difference between each one's new contribution and the one stored for it, and
clears the flag. `figures_rebuild` recomputes everything from the dossiers.

Reads: `figure_sums` sums the rows of a period in one query (optionally grouped), and
`open_counts` judges the dossiers received in the period that were still open at its end.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import logging
import operator
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import reduce
from typing import Any

from django.db import connection, transaction
from django.db.models import (
    BooleanField,
    Count,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import ExtractMonth, ExtractYear

from motcua.clock import VN_TZ
from motcua.clock.due import working_seconds_between
from motcua.clock.services import province_calendar
from motcua.dossiers.models import Dossier, Event
from motcua.indicators import figures as fig
from motcua.indicators import formulas as f
from motcua.indicators.models import DailyDetail, DailyFigures, DossierFigures, Figures
from motcua.indicators.records import dossier_facts_of
from motcua.units.models import Agency

log = logging.getLogger("motcua.indicators")

# Small batches: an officer acting on a dossier being folded in waits for the batch (SKIP LOCKED
# keeps the worker from ever waiting for the officer).
CATCH_UP_BATCH = 200


def _day_of(at: dt.datetime) -> dt.date:
    return at.astimezone(VN_TZ).date()


def _receivers(ids: Sequence[int]) -> dict[int, int]:
    """The officer who received each dossier (the actor of its `receive` event), one query."""
    rows = Event.objects.filter(dossier_id__in=ids, action="receive").values_list(
        "dossier_id", "actor_id"
    )
    return {dossier: actor or 0 for dossier, actor in rows}


def contributions(ids: Sequence[int]) -> dict[int, fig.Rows]:
    """Each dossier's contribution now (three queries whatever the number of dossiers)."""
    calendar = province_calendar()

    def working_seconds(a: dt.datetime, b: dt.datetime) -> int:
        return working_seconds_between(a, b, calendar=calendar)

    receivers = _receivers(ids)
    found: dict[int, fig.Rows] = {}
    for pk, facts, columns in dossier_facts_of(ids):
        dims = fig.Dims(**columns, receiver_id=receivers.get(pk, 0))
        found[pk] = fig.contribution(facts, dims, day_of=_day_of, working_seconds=working_seconds)
    return found


def _as_json(rows: fig.Rows) -> list[list[Any]]:
    return [[*key, *counts] for key, counts in sorted(rows.items())]


def _from_json(stored: Iterable[Sequence[Any]]) -> fig.Rows:
    width = len(fig.DIMENSIONS) + 1
    return {tuple(row[:width]): tuple(row[width:]) for row in stored}


TABLES: tuple[tuple[type[Figures], tuple[str, ...]], ...] = (
    (DailyDetail, fig.DIMENSIONS),
    (DailyFigures, fig.AGENCY_DIMENSIONS),
)


def _add_rows(detail: fig.Rows) -> None:
    """Add `detail` to the stored rows of both tables: one upsert per row, in key order (no
    deadlocks between workers). The same SQL runs on PostgreSQL and SQLite."""
    if not detail:
        return
    for model, dims in TABLES:
        rows = detail if model is DailyDetail else fig.per_agency(detail)
        table = model._meta.db_table
        columns = ("day", *dims, *fig.COUNTERS)
        sums = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in fig.COUNTERS)
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))}) "
            f"ON CONFLICT ({', '.join(('day', *dims))}) DO UPDATE SET {sums}"
        )
        values: list[tuple[Any, ...]] = [
            (dt.date.fromisoformat(key[0]), *key[1:], *counts)
            for key, counts in sorted(rows.items())
        ]
        with connection.cursor() as cursor:
            cursor.executemany(sql, values)


def _store_contributions(
    ids: Sequence[int], found: Mapping[int, fig.Rows], *, insert: bool
) -> None:
    """Remember each dossier's contribution (executemany: the rebuild writes one per dossier)."""
    table = DossierFigures._meta.db_table
    sql = f"INSERT INTO {table} (dossier_id, rows) VALUES (%s, %s)"
    if not insert:
        sql += " ON CONFLICT (dossier_id) DO UPDATE SET rows = excluded.rows"
    values = [(pk, json.dumps(_as_json(found.get(pk, {})))) for pk in ids]
    with connection.cursor() as cursor:
        cursor.executemany(sql, values)


def figures_catch_up(*, batch: int = CATCH_UP_BATCH) -> int:
    """Fold one batch of stale dossiers into the daily figures; return how many."""
    with transaction.atomic():
        ids = list(
            Dossier.objects.select_for_update(skip_locked=True)
            .filter(figures_stale=True)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch]
        )
        if not ids:
            return 0
        new = contributions(ids)
        stored = dict(DossierFigures.objects.filter(dossier_id__in=ids).values_list("pk", "rows"))
        _add_rows(
            fig.total(fig.difference(new.get(pk, {}), _from_json(stored.get(pk, []))) for pk in ids)
        )
        _store_contributions(ids, new, insert=False)
        Dossier.objects.filter(pk__in=ids).update(figures_stale=False)
    return len(ids)


def figures_catch_up_all(*, limit_seconds: float = 5.0) -> int:
    """Catch up batch after batch for at most about `limit_seconds` (the worker's periodic task:
    it must leave time for the deliveries)."""
    done, started = 0, time.monotonic()
    while time.monotonic() - started < limit_seconds:
        count = figures_catch_up()
        done += count
        if count < CATCH_UP_BATCH:
            break
    return done


def figures_rebuild(*, chunk: int = 5000) -> int:
    """Recompute every stored figure from the dossiers, in one transaction; return the number of
    dossiers. Actions wait meanwhile (PostgreSQL: the dossier table is locked against writes)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"LOCK TABLE {Dossier._meta.db_table} IN SHARE MODE")
        for model, _ in TABLES:
            model._default_manager.all().delete()
        DossierFigures.objects.all().delete()
        totals: fig.Rows = {}
        ids = list(Dossier.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), chunk):
            part = ids[start : start + chunk]
            found = contributions(part)
            _store_contributions(part, found, insert=True)
            for rows in found.values():
                fig.accumulate(totals, rows)
        _add_rows(totals)  # into empty tables: plain inserts
        Dossier.objects.filter(figures_stale=True).update(figures_stale=False)
    return len(ids)


def stored_rows(model: type[Figures] = DailyDetail) -> fig.Rows:
    """Every stored row of one table (for the equality test)."""
    dims = dict(TABLES)[model]
    out: fig.Rows = {}
    for row in model._default_manager.values_list("day", *dims, *fig.COUNTERS):
        counts = tuple(row[1 + len(dims) :])
        if any(counts):
            out[(row[0].isoformat(), *row[1 : 1 + len(dims)])] = counts
    return out


# --- Reading ----------------------------------------------------------------------------------


def _agency_filter(agency: Agency | None, competent: str, receiving: str) -> Q:
    if agency is None:
        return Q()
    return Q(**{competent: agency.pk}) | Q(**{receiving: agency.pk})


def figure_sums(
    *, first: dt.date, last: dt.date, agency: Agency | None, by: str | None = None
) -> list[dict[str, Any]]:
    """The summed counters of the days [first, last], of `agency` (competent or receiving) if
    given; one row, or one per value of the column `by` (a dimension or "day"). One query, on
    the agency table unless `by` is a dimension only the detailed one has."""
    model: type[Figures] = (
        DailyFigures if by in (None, "day", *fig.AGENCY_DIMENSIONS) else DailyDetail
    )
    query = model._default_manager.filter(day__gte=first, day__lte=last).filter(
        _agency_filter(agency, "competent_agency_id", "receiving_agency_id")
    )
    sums = {name: Sum(name) for name in fig.COUNTERS}
    if by is None:
        return [query.aggregate(**sums)]
    return list(query.values(by).annotate(**sums).order_by(by))


def procedures_used_online(*, first: dt.date, last: dt.date, monthly: bool) -> dict[str, set[int]]:
    """Province-wide: the procedures with at least one online dossier received in the days
    [first, last], per month ("YYYY-MM") if `monthly`, else under the key "" (one query)."""
    query = DailyDetail.objects.filter(day__gte=first, day__lte=last, received_online__gt=0)
    used: dict[str, set[int]] = {}
    if not monthly:
        used[""] = set(query.values_list("procedure_id", flat=True).distinct())
        return used
    rows = (
        query.annotate(year=ExtractYear("day"), month=ExtractMonth("day"))
        .values_list("year", "month", "procedure_id")
        .distinct()
    )
    for year, month, procedure in rows:
        used.setdefault(f"{year}-{month:02d}", set()).add(procedure)
    return used


# The dossier columns of each dimension, for the open part of grouped reports.
OPEN_DIMENSIONS = {
    "competent_agency_id": "competent_agency_id",
    "procedure_id": "version__procedure_id",
    "field_id": "version__field_id",
    "unit_id": "competent_agency__unit_id",
}


Period = tuple[dt.datetime, dt.datetime]


def _open_in(start: dt.datetime, end: dt.datetime, now: dt.datetime) -> Q:
    """Received in [start, end) and still open at `end` (for a period not over yet: open now)."""
    still_open = Q(ended_at__isnull=True)
    if end <= now:
        still_open |= Q(ended_at__gte=end)
    return Q(received_at__gte=start, received_at__lt=end) & still_open


def open_counts(
    *, periods: Sequence[Period], now: dt.datetime, agency: Agency | None, by: str | None
) -> dict[tuple[int, Any], fig.OpenCounts]:
    """(period index, group value) → the on-time verdict, at each period's end, of the dossiers
    received in one of the disjoint `periods` [start, end) with an appointment and still open at
    that end. The group value is the dossier's column for the dimension `by`, its receiving
    officer, or None. Two queries (four for an agency): dossiers never paused are counted by the
    database (late iff more than one supplement or due before the end); the paused ones, whose
    end instant may be the start of a pause, are judged here with the formula."""
    if not periods:
        return {}
    # An agency's dossiers as two disjoint scopes (competent; received there for another), each
    # its own query: the database then reads the agency's own index ranges.
    scopes = [Q()]
    if agency is not None:
        competent = Q(competent_agency_id=agency.pk)
        scopes = [competent, Q(received_by_agency_id=agency.pk) & ~competent]
    counts: dict[tuple[int, Any], list[int]] = {}
    for scope in scopes:
        _count_open(_open_query(scope, periods, now, by), periods, now, counts)
    return {
        (index, None if by is None else group or 0): fig.OpenCounts(*values)
        for (index, group), values in counts.items()
        if any(values)
    }


def _open_query(
    scope: Q, periods: Sequence[Period], now: dt.datetime, by: str | None
) -> QuerySet[Dossier]:
    wanted = reduce(operator.or_, [_open_in(a, b, now) for a, b in periods])
    query = Dossier.objects.filter(scope, wanted, due_at__isnull=False).order_by()
    if by == "receiver_id":
        receiver = Event.objects.filter(dossier=OuterRef("pk"), action="receive")
        return query.annotate(group=Subquery(receiver.values("actor_id")[:1]))
    if by in OPEN_DIMENSIONS:
        return query.annotate(group=F(OPEN_DIMENSIONS[by]))
    return query.annotate(group=Value(0))


def _count_open(
    query: QuerySet[Dossier],
    periods: Sequence[Period],
    now: dt.datetime,
    counts: dict[tuple[int, Any], list[int]],
) -> None:
    """Add the never-paused dossiers counted by the database and the paused ones judged here.
    On PostgreSQL, for one period, the database judges the paused ones too (it reads the pauses'
    JSON; for many periods at once that costs more than judging the few paused ones here)."""
    judged_here = connection.vendor != "postgresql" or len(periods) > 1
    never_paused = Q(pauses=[], paused_since__isnull=True)
    counted = query.filter(never_paused) if judged_here else query
    for row in _counted_by_database(counted, periods, now, pauses=not judged_here):
        for index in range(len(periods)):
            found = counts.setdefault((index, row["group"]), [0, 0, 0])
            for place, name in enumerate(("counted", "late", "disliked")):
                found[place] += row[f"{name}_{index}"] or 0
    if not judged_here:
        return
    for index, group, facts in _paused(query.exclude(never_paused), periods):
        end = min(periods[index][1], now)
        found = counts.setdefault((index, group), [0, 0, 0])
        found[0] += 1
        found[1] += f.is_late(facts, end)
        found[2] += facts.rating == f.DISLIKE


# PostgreSQL: the end instant of `formulas.end_instant` for a dossier open at %s: the start of
# the pause running then (a past one from the JSON, or the current one), else that instant.
_END_INSTANT = """COALESCE(
    (SELECT (p->>0)::timestamptz FROM jsonb_array_elements(dossiers_dossier.pauses) p
      WHERE (p->>0)::timestamptz < %s AND (p->>1)::timestamptz >= %s LIMIT 1),
    CASE WHEN dossiers_dossier.paused_since < %s THEN dossiers_dossier.paused_since END,
    %s) > dossiers_dossier.due_at"""


def _counted_by_database(
    query: QuerySet[Dossier], periods: Sequence[Period], now: dt.datetime, *, pauses: bool
) -> list[dict[str, Any]]:
    """Counted, late and disliked per group and period; `pauses`: judge paused dossiers too
    (PostgreSQL), else the query holds only dossiers never paused."""
    sums: dict[str, Any] = {}
    for index, (start, end) in enumerate(periods):
        inside = _open_in(start, end, now)
        at = min(end, now)
        late: Any = Q(supplement_count__gt=f.MAX_SUPPLEMENTS)
        if pauses:
            late |= RawSQL(_END_INSTANT, (at, at, at, at), output_field=BooleanField())
        else:
            late |= Q(due_at__lt=at)
        sums[f"counted_{index}"] = Count("pk", filter=inside)
        sums[f"late_{index}"] = Count("pk", filter=inside & late)
        sums[f"disliked_{index}"] = Count("pk", filter=inside & Q(rating=f.DISLIKE))
    grouped = query.values("group")  # type: ignore[misc]  # "group" is an annotation
    return list(grouped.annotate(**sums).order_by())


def _paused(
    query: QuerySet[Dossier], periods: Sequence[Period]
) -> Iterator[tuple[int, Any, f.DossierFacts]]:
    """(period index, group value, facts) of the paused ones, judged one by one. Only what the
    verdict needs is read: these dossiers were still open at the end (no `ended_at`), and the
    receipt instant only to find the period when there are several."""
    columns = ["group", "due_at", "supplement_count", "pauses", "paused_since", "rating"]
    if len(periods) == 1:
        for group, *rest in query.values_list(*columns):
            yield 0, group, _open(rest)
        return
    starts = [start for start, _ in periods]
    order = sorted(range(len(periods)), key=lambda i: starts[i])
    ordered = [starts[i] for i in order]
    for received, group, *rest in query.values_list("received_at", *columns):
        yield order[bisect.bisect_right(ordered, received) - 1], group, _open(rest)


def _open(row: Sequence[Any]) -> f.DossierFacts:
    due_at, supplements, pauses, paused_since, rating = row
    spans: list[tuple[dt.datetime, dt.datetime | None]] = [
        (dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)) for a, b in pauses
    ]
    if paused_since is not None:
        spans.append((paused_since, None))
    return f.DossierFacts(
        received_at=None,
        due_at=due_at,
        ended_at=None,  # open at the period's end
        status=0,
        channel=0,
        supplement_count=supplements,
        pauses=tuple(spans),
        rating=rating,
    )
