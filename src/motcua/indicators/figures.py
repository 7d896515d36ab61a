"""The stored daily figures behind the service index. Pure: imports no Django.

Every dossier contributes counts to at most three days: the day it was received (everything
counted over "dossiers received in the period"), the day it ended (the on-time verdict of a
dossier that ended, the e-result), and the day it was processed (the processing time). Summing the
rows of [first, last] gives every formula of `formulas` except one part that depends on the
period's end itself: dossiers received in the period and still open at its end, judged at that
end. `open_counts` takes those few from the dossier table (see `aggregates.open_counts`).

When a dossier changes, its contribution is recomputed and the difference with the one stored
for it is added to the rows: the rows always equal the sum of every dossier's contribution, which
`aggregates.figures_rebuild` recomputes from scratch and a test compares.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from motcua.indicators import formulas as f

RECEIVED = (
    "received",
    "received_online",  # channel 2, whatever its e-result
    "online_ok",  # channel 2 with an e-result where one is required (online dossier rate)
    "with_fee",
    "paid_online",
    "digitised_ok",
    "reused",
    "identity",
    "synced",
)
ENDED = ("ended_counted", "ended_late", "ended_disliked", "result_due", "result_given")
PROCESSED = ("processed", "processed_online", "processing_seconds")
COUNTERS: tuple[str, ...] = RECEIVED + ENDED + PROCESSED
DIMENSIONS = (
    "channel",
    "competent_agency_id",
    "receiving_agency_id",
    "procedure_id",
    "field_id",
    "unit_id",  # the competent agency's administrative unit (province or commune)
    "receiver_id",  # the officer who received the dossier; 0 while not received
)

# The coarser table: the dimensions every scorecard, ranking and trend needs. Its rows are the
# detailed rows summed over procedure, field and officer (`per_agency`), a few per agency and day.
AGENCY_DIMENSIONS = ("channel", "competent_agency_id", "receiving_agency_id", "unit_id")
_AGENCY_AT = tuple(DIMENSIONS.index(name) + 1 for name in AGENCY_DIMENSIONS)

# A row's key: the day (ISO text) and the dimensions, in DIMENSIONS (or AGENCY_DIMENSIONS)
# order. Counts are in COUNTERS order. Both are plain tuples so that they travel as JSON and as
# SQL parameters.
Key = tuple[Any, ...]
Counts = tuple[int, ...]
Rows = dict[Key, Counts]
ZERO: Counts = (0,) * len(COUNTERS)
_INDEX = {name: i for i, name in enumerate(COUNTERS)}


@dataclass(frozen=True)
class Dims:
    channel: int
    competent_agency_id: int
    receiving_agency_id: int
    procedure_id: int
    field_id: int
    unit_id: int
    receiver_id: int = 0

    def key(self, day: date) -> Key:
        return (
            day.isoformat(),
            self.channel,
            self.competent_agency_id,
            self.receiving_agency_id,
            self.procedure_id,
            self.field_id,
            self.unit_id,
            self.receiver_id,
        )


def _counts(**values: int) -> Counts:
    counts = [0] * len(COUNTERS)
    for name, value in values.items():
        counts[_INDEX[name]] = int(value)
    return tuple(counts)


def _add_into(rows: Rows, key: Key, counts: Counts) -> None:
    before = rows.get(key, ZERO)
    rows[key] = tuple(a + b for a, b in zip(before, counts, strict=True))


def contribution(
    d: f.DossierFacts,
    dims: Dims,
    *,
    day_of: Callable[[datetime], date],
    working_seconds: Callable[[datetime, datetime], int],
) -> Rows:
    """What `d` adds to the daily rows. `day_of` gives an instant's day in Vietnam time."""
    rows: Rows = {}
    if d.received_at is not None:
        online = d.channel == f.ONLINE
        with_fee = d.fee_total > 0
        e_result = f.e_result_ok(d)
        counts = _counts(
            received=1,
            received_online=online,
            online_ok=online and e_result,
            with_fee=with_fee,
            paid_online=with_fee and d.paid_online,
            digitised_ok=d.digitised and e_result,
            reused=d.reused,
            identity=d.identity_verified,
            synced=d.synced,
        )
        _add_into(rows, dims.key(day_of(d.received_at)), counts)
    if d.ended_at is not None:
        counted = d.due_at is not None
        result_due = d.result_required and d.status in (f.FINISHED, f.RETURNED)
        counts = _counts(
            ended_counted=counted,
            # An ended dossier's verdict does not depend on the period: it ended before its end.
            ended_late=counted and f.is_late(d, d.ended_at),
            ended_disliked=counted and d.rating == f.DISLIKE,
            result_due=result_due,
            result_given=result_due and d.has_result_file,
        )
        _add_into(rows, dims.key(day_of(d.ended_at)), counts)
    done = f.processed_at(d)
    if done is not None and d.received_at is not None:
        counts = _counts(
            processed=1,
            processed_online=d.channel == f.ONLINE,
            processing_seconds=working_seconds(d.received_at, done),
        )
        _add_into(rows, dims.key(day_of(done)), counts)
    return {key: counts for key, counts in rows.items() if any(counts)}


def difference(new: Rows, old: Rows) -> Rows:
    """new − old, row by row, without the rows that do not change."""
    out: Rows = dict(new)
    for key, counts in old.items():
        _add_into(out, key, tuple(-c for c in counts))
    return {key: counts for key, counts in out.items() if any(counts)}


def per_agency(rows: Rows) -> Rows:
    """The detailed rows summed into the agency table's keys."""
    out: Rows = {}
    for key, counts in rows.items():
        _add_into(out, (key[0], *(key[i] for i in _AGENCY_AT)), counts)
    return {key: counts for key, counts in out.items() if any(counts)}


def accumulate(into: Rows, part: Rows) -> None:
    """Add `part` to `into`, in place."""
    for key, counts in part.items():
        _add_into(into, key, counts)


def total(parts: Iterable[Rows]) -> Rows:
    out: Rows = {}
    for part in parts:
        accumulate(out, part)
    return out


# --- From summed rows to the formulas' rates --------------------------------------------------


@dataclass(frozen=True)
class OpenCounts:
    """Dossiers received in the period, still open at its end, judged at that end."""

    counted: int = 0
    late: int = 0
    disliked: int = 0


def open_counts(dossiers: Iterable[f.DossierFacts], *, period_end: datetime) -> OpenCounts:
    """The on-time verdict at `period_end` of dossiers still open then (with an appointment)."""
    counted = late = disliked = 0
    for d in dossiers:
        if d.due_at is None:
            continue
        counted += 1
        late += f.is_late(d, period_end)
        disliked += d.rating == f.DISLIKE
    return OpenCounts(counted, late, disliked)


def rates(sums: Mapping[str, int], opened: OpenCounts, *, offer: f.Rate) -> dict[str, f.Rate]:
    """Every rate of `formulas.all_rates`, from the summed rows of a period and its open part;
    `offer` is `formulas.procedures_online(levels).rate`."""
    s = {name: int(sums.get(name) or 0) for name in COUNTERS}
    counted = s["ended_counted"] + opened.counted
    late = s["ended_late"] + opened.late
    disliked = s["ended_disliked"] + opened.disliked
    received = s["received"]
    return {
        "sync_rate": f.Rate(s["synced"], received),
        "on_time_rate": f.Rate(counted - late, counted),
        "overdue_rate": f.Rate(late, counted),
        "online_dossier_rate": f.Rate(s["online_ok"], received),
        "online_payment_rate": f.Rate(s["paid_online"], s["with_fee"]),
        "e_result_rate": f.Rate(s["result_given"], s["result_due"]),
        "digitisation_rate": f.Rate(s["digitised_ok"], received),
        "reuse_rate": f.Rate(s["reused"], received),
        "identity_rate": f.Rate(s["identity"], received),
        "satisfaction": f.Rate(max(0, counted - late - disliked), counted),
        "procedures_online": offer,  # procedures offered online: the same for every block
    }


def average_processing_days(sums: Mapping[str, int]) -> float | None:
    """Mean working days from receipt to processed over the dossiers processed in the period."""
    processed = int(sums.get("processed") or 0)
    if not processed:
        return None
    return round(int(sums.get("processing_seconds") or 0) / processed / f.WORKING_DAY_SECONDS, 2)
