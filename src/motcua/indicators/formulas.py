"""The service index of Decision 766/QĐ-TTg over plain records. Pure: imports no Django.

Every indicator is a `Rate` (numerator ÷ denominator); a zero denominator is "not applicable"
(`value is None`), never 0% or 100%. The dossiers a formula sees are those `records.dossier_facts`
selects: received in [start, end) or ended in [start, end). Which of them each formula counts is
said in its docstring, in the words of domain README §6.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

# National status codes (domain README §2) the formulas look at.
FINISHED, RETURNED = 9, 10
ONLINE = 2  # channel: trực tuyến
DISLIKE = 1  # rating: không hài lòng
MAX_SUPPLEMENTS = 1  # Decision 766: more than one supplement request counts as late
WORKING_DAY_SECONDS = 8 * 3600  # one working day = 8 working hours (README §3)


@dataclass(frozen=True)
class DossierFacts:
    """One dossier as the formulas need it. Instants are timezone-aware."""

    received_at: datetime | None
    due_at: datetime | None  # the appointment, already extended by every pause
    ended_at: datetime | None  # first of finished / returned / stopped / refused / withdrawn
    status: int
    channel: int
    supplement_count: int = 0
    # Pauses (supplement, payment) as (start, end); end None while the pause is still running.
    pauses: tuple[tuple[datetime, datetime | None], ...] = ()
    fee_total: int = 0
    paid_online: bool = False
    digitised: bool = False
    reused: bool = False
    identity_verified: bool = False
    has_result_file: bool = False
    result_required: bool = False  # the procedure returns a result document
    synced: bool = False  # the national portal has the dossier (a PortalDossier row)
    rating: int | None = None
    procedure_code: str = ""
    agency_code: str = ""  # the competent agency
    finished_at: datetime | None = None  # processed (status 9); for the processing time


@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        """numerator ÷ denominator; None (not applicable) when the denominator is zero."""
        return self.numerator / self.denominator if self.denominator else None

    def as_dict(self) -> dict[str, int | float | None]:
        return {"numerator": self.numerator, "denominator": self.denominator, "value": self.value}


def _rate(items: Iterable[DossierFacts], counted: Callable[[DossierFacts], bool]) -> Rate:
    items = list(items)
    return Rate(sum(1 for d in items if counted(d)), len(items))


def _in(at: datetime | None, start: datetime, end: datetime) -> bool:
    return at is not None and start <= at < end


def received_in(
    dossiers: Iterable[DossierFacts], start: datetime, end: datetime
) -> list[DossierFacts]:
    return [d for d in dossiers if _in(d.received_at, start, end)]


def _counted_for_progress(
    dossiers: Iterable[DossierFacts], start: datetime, end: datetime
) -> list[DossierFacts]:
    """Dossiers received in the period or processed (ended) in it, with an appointment."""
    return [
        d
        for d in dossiers
        if d.due_at is not None and (_in(d.received_at, start, end) or _in(d.ended_at, start, end))
    ]


def end_instant(d: DossierFacts, period_end: datetime) -> datetime:
    """The end instant for the on-time rule: the dossier's end if it ended before the period's
    end; else the period's end, or, if the clock was paused then, the instant that pause began
    (its length is not yet in `due_at`, as `transitions.is_late` judges an open paused dossier)."""
    if d.ended_at is not None and d.ended_at < period_end:
        return d.ended_at
    for paused, resumed in d.pauses:
        if paused < period_end and (resumed is None or resumed >= period_end):
            return paused
    return period_end


def is_late(d: DossierFacts, period_end: datetime) -> bool:
    """Late iff more than one supplement request, or the end instant passes the appointment."""
    assert d.due_at is not None
    return d.supplement_count > MAX_SUPPLEMENTS or end_instant(d, period_end) > d.due_at


def on_time_rate(
    dossiers: Iterable[DossierFacts], *, period_start: datetime, period_end: datetime
) -> Rate:
    """Group 2. Dossiers finished (or still open) on time ÷ dossiers received or processed in the
    period. On time iff end instant ≤ appointment (see `end_instant`); supplement waiting is not
    counted because the pauses already extend `due_at`; > 1 supplement request = late."""
    counted = _counted_for_progress(dossiers, period_start, period_end)
    return _rate(counted, lambda d: not is_late(d, period_end))


def overdue_rate(
    dossiers: Iterable[DossierFacts], *, period_start: datetime, period_end: datetime
) -> Rate:
    """Late dossiers ÷ dossiers received or processed in the period (the complement of on time)."""
    counted = _counted_for_progress(dossiers, period_start, period_end)
    return _rate(counted, lambda d: is_late(d, period_end))


def satisfaction(
    dossiers: Iterable[DossierFacts], *, period_start: datetime, period_end: datetime
) -> Rate:
    """Group 5. 100% − (overdue rate + rate of dossiers rated 1 "không hài lòng"), both over the
    dossiers received or processed in the period; never below 0. (Complaints are not recorded
    by motcua yet, so a "dislike" is the only dissatisfaction counted.)"""
    counted = _counted_for_progress(dossiers, period_start, period_end)
    late = sum(1 for d in counted if is_late(d, period_end))
    disliked = sum(1 for d in counted if d.rating == DISLIKE)
    return Rate(max(0, len(counted) - late - disliked), len(counted))


def sync_rate(
    dossiers: Iterable[DossierFacts], *, period_start: datetime, period_end: datetime
) -> Rate:
    """Group 1. Dossiers synced to the portal with receipt in the period ÷ dossiers received in
    the period."""
    return _rate(received_in(dossiers, period_start, period_end), lambda d: d.synced)


def e_result_ok(d: DossierFacts) -> bool:
    """An e-result where one is required: a processed dossier whose procedure returns a result
    document has a result file; dossiers not yet processed, or without results, pass."""
    processed = d.status in (FINISHED, RETURNED)
    return not (processed and d.result_required) or d.has_result_file


def online_dossier_rate(
    dossiers: Iterable[DossierFacts], *, period_start: datetime, period_end: datetime
) -> Rate:
    """Group 3. Channel 2 (online) dossiers, with an e-result where a result is required, ÷ all
    dossiers received in the period (full points at ≥ 50%)."""
    received = received_in(dossiers, period_start, period_end)
    return _rate(received, lambda d: d.channel == ONLINE and e_result_ok(d))


def online_payment_rate(
    dossiers: Iterable[DossierFacts], *, period_start: datetime, period_end: datetime
) -> Rate:
    """Group 3. Dossiers paid online ÷ dossiers received in the period with non-zero fees."""
    with_fees = [d for d in received_in(dossiers, period_start, period_end) if d.fee_total > 0]
    return _rate(with_fees, lambda d: d.paid_online)


def e_result_rate(
    dossiers: Iterable[DossierFacts], *, period_start: datetime, period_end: datetime
) -> Rate:
    """Group 4. Dossiers with a result file ÷ dossiers processed (status 9 or 10) that ended in
    the period and whose procedure returns a result document."""
    due = [
        d
        for d in dossiers
        if d.result_required
        and d.status in (FINISHED, RETURNED)
        and _in(d.ended_at, period_start, period_end)
    ]
    return _rate(due, lambda d: d.has_result_file)


def digitisation_rate(
    dossiers: Iterable[DossierFacts], *, period_start: datetime, period_end: datetime
) -> Rate:
    """Group 4. Dossiers with digitised components (and an e-result where required) ÷ all
    dossiers received in the period (full points at ≥ 80%)."""
    received = received_in(dossiers, period_start, period_end)
    return _rate(received, lambda d: d.digitised and e_result_ok(d))


def reuse_rate(
    dossiers: Iterable[DossierFacts], *, period_start: datetime, period_end: datetime
) -> Rate:
    """Group 4. Dossiers reusing ≥ 1 digitised component ÷ all dossiers received in the period
    (full points at ≥ 80%)."""
    return _rate(received_in(dossiers, period_start, period_end), lambda d: d.reused)


def identity_rate(
    dossiers: Iterable[DossierFacts], *, period_start: datetime, period_end: datetime
) -> Rate:
    """Group 4, use of population data. Dossiers whose account is verified with VNeID ÷ all
    dossiers received in the period."""
    return _rate(received_in(dossiers, period_start, period_end), lambda d: d.identity_verified)


def processed_at(d: DossierFacts) -> datetime | None:
    """When the dossier was processed: status 9 reached, else (returned without it) the return."""
    return d.finished_at or (d.ended_at if d.status == RETURNED else None)


def average_processing_days(
    dossiers: Iterable[DossierFacts],
    *,
    period_start: datetime,
    period_end: datetime,
    working_seconds: Callable[[datetime, datetime], int] | None = None,
) -> float | None:
    """Group 2. Mean time from receipt to processed (status 9, else the return) over dossiers
    processed in the period; None if there are none. In working days (8 working hours) when
    `working_seconds(a, b)` is given (the province's calendar), else in calendar days."""
    spans: list[float] = []
    for d in dossiers:
        done = processed_at(d)
        if d.received_at is None or not _in(done, period_start, period_end):
            continue
        assert done is not None
        if working_seconds is not None:
            spans.append(working_seconds(d.received_at, done) / WORKING_DAY_SECONDS)
        else:
            spans.append((done - d.received_at).total_seconds() / 86400)
    return round(sum(spans) / len(spans), 2) if spans else None


@dataclass(frozen=True)
class OnlineOffer:
    full: int
    partial: int
    none: int
    rate: Rate  # procedures offered online (full or partial) ÷ all


def procedures_online(levels: Iterable[str]) -> OnlineOffer:
    """Group 3. Procedures offered online (full "toàn trình" or partial "một phần") ÷ all
    procedures (full points at ≥ 80%). `levels` holds one OnlineLevel value per procedure."""
    levels = list(levels)
    full, partial = levels.count("full"), levels.count("partial")
    none = len(levels) - full - partial
    return OnlineOffer(full, partial, none, Rate(full + partial, len(levels)))


def online_services_used(used: Iterable[object], offered: Iterable[object]) -> Rate:
    """Group 3. Procedures offered online (full or partial) with at least one online dossier
    received in the period ÷ procedures offered online."""
    offered = set(offered)
    return Rate(len(offered & set(used)), len(offered))


# --- Group scores ---------------------------------------------------------------------------

GROUP_POINTS: Mapping[str, int] = {
    "transparency": 18,
    "progress": 20,
    "online": 22,
    "digitisation": 22,
    "satisfaction": 18,
}
# The rate at which an indicator earns its full share (README §6); below it, rate ÷ threshold.
THRESHOLDS: Mapping[str, float] = {
    "procedures_online": 0.8,
    "online_dossier_rate": 0.5,
    "digitisation_rate": 0.8,
    "reuse_rate": 0.8,
    "satisfaction": 0.9,
}
# Decision 766 publishes points per group, not per indicator: these equal weights are a default,
# to be replaced by the province's own (pass `weights=`). An indicator absent here is unscored.
DEFAULT_WEIGHTS: Mapping[str, Mapping[str, float]] = {
    "transparency": {"sync_rate": 1},
    "progress": {"on_time_rate": 1},
    "online": {
        "procedures_online": 1,
        "online_services_used": 1,
        "online_dossier_rate": 1,
        "online_payment_rate": 1,
    },
    "digitisation": {
        "e_result_rate": 1,
        "digitisation_rate": 1,
        "reuse_rate": 1,
        "identity_rate": 1,
    },
    "satisfaction": {"satisfaction": 1},
}


def indicator_score(rate: float, threshold: float = 1.0) -> float:
    """Share of an indicator's points: 1 at or above the threshold, else rate ÷ threshold."""
    return min(1.0, rate / threshold)


@dataclass(frozen=True)
class GroupScore:
    group: str
    points: float | None  # None: no indicator of the group is applicable
    max_points: int


def group_scores(
    rates: Mapping[str, Rate],
    weights: Mapping[str, Mapping[str, float]] = DEFAULT_WEIGHTS,
    thresholds: Mapping[str, float] = THRESHOLDS,
) -> list[GroupScore]:
    """The five groups out of 18 / 20 / 22 / 22 / 18. Each group's points = max × the weighted mean
    of its indicators' scores (rate × max ÷ threshold, capped at max). A not-applicable indicator
    is left out and the group's remaining weights renormalised; a group with none is None."""
    scores = []
    for group, max_points in GROUP_POINTS.items():
        applicable: Sequence[tuple[float, float]] = [
            (w, indicator_score(value, thresholds.get(name, 1.0)))
            for name, w in weights.get(group, {}).items()
            if name in rates and (value := rates[name].value) is not None and w > 0
        ]
        total_weight = sum(w for w, _ in applicable)
        points = (
            round(max_points * sum(w * s for w, s in applicable) / total_weight, 2)
            if total_weight
            else None
        )
        scores.append(GroupScore(group, points, max_points))
    return scores


RATE_FORMULAS: Mapping[str, Callable[..., Rate]] = {
    "sync_rate": sync_rate,
    "on_time_rate": on_time_rate,
    "overdue_rate": overdue_rate,
    "online_dossier_rate": online_dossier_rate,
    "online_payment_rate": online_payment_rate,
    "e_result_rate": e_result_rate,
    "digitisation_rate": digitisation_rate,
    "reuse_rate": reuse_rate,
    "identity_rate": identity_rate,
    "satisfaction": satisfaction,
}


def all_rates(
    dossiers: Sequence[DossierFacts],
    *,
    period_start: datetime,
    period_end: datetime,
    levels: Iterable[str] = (),
) -> dict[str, Rate]:
    """Every dossier rate of `RATE_FORMULAS`, plus procedures offered online over `levels`."""
    rates = {
        name: formula(dossiers, period_start=period_start, period_end=period_end)
        for name, formula in RATE_FORMULAS.items()
    }
    rates["procedures_online"] = procedures_online(levels).rate
    return rates
