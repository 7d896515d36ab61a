"""The clock's laws, checked on generated receipts (2018–2030), limits and pauses."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_FLOOR, Decimal
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from motcua.clock.calendar import VN_TZ, Calendar, WorkingHours
from motcua.clock.due import (
    Limit,
    LimitUnit,
    add_working_seconds,
    due_at,
    working_seconds_between,
)

CALENDAR = Calendar()
HOURS = WorkingHours()
LAWS = settings(max_examples=200, deadline=None)

# Instants either anywhere, or on the edges where off-by-one mistakes live.
EDGES = [time(7, 30), time(11, 30), time(13, 30), time(15), time(17)]
edge_times = st.sampled_from(EDGES).flatmap(
    lambda t: st.sampled_from(
        [
            t,
            (datetime.combine(date(2000, 1, 1), t) - timedelta(microseconds=1)).time(),
            (datetime.combine(date(2000, 1, 1), t) + timedelta(seconds=1)).time(),
        ]
    )
)
days = st.dates(min_value=date(2018, 1, 1), max_value=date(2030, 12, 31))
instants = st.one_of(
    st.datetimes(
        min_value=datetime(2018, 1, 1),
        max_value=datetime(2030, 12, 31, 23, 59, 59),
        timezones=st.sampled_from([VN_TZ, UTC, ZoneInfo("Europe/Paris")]),
        allow_imaginary=False,
    ),
    st.builds(lambda d, t: datetime.combine(d, t, tzinfo=VN_TZ), days, edge_times),
)
whole_amounts = st.integers(min_value=0, max_value=60).map(Decimal)
fractional_amounts = st.decimals(min_value=0, max_value=60, places=2).filter(
    lambda a: a != a.to_integral_value()
)


@st.composite
def limits(draw: st.DrawFn) -> Limit:
    unit = draw(st.sampled_from(LimitUnit))
    if unit is LimitUnit.DAYS:
        return Limit(draw(whole_amounts), unit)
    return Limit(draw(st.one_of(whole_amounts, fractional_amounts)), unit)


pause_spans = st.lists(
    st.tuples(instants, st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=40))).map(
        lambda p: (p[0], p[0] + p[1])
    ),
    max_size=3,
)


def in_working_time(at: datetime) -> bool:
    local = at.astimezone(VN_TZ)
    if not CALENDAR.is_working_day(local.date()):
        return False
    return any(start <= local.time() <= end for start, end in HOURS.periods)


@LAWS
@given(instants, limits())
def test_a_dossier_is_never_due_before_it_is_received(start: datetime, limit: Limit) -> None:
    assert due_at(start, limit, calendar=CALENDAR).at >= start


@LAWS
@given(instants, limits(), pause_spans)
def test_a_due_instant_is_in_working_time(
    start: datetime, limit: Limit, pauses: list[tuple[datetime, datetime]]
) -> None:
    result = due_at(start, limit, calendar=CALENDAR, pauses=pauses)
    assert result.at.tzinfo is VN_TZ
    assert in_working_time(result.at)


@LAWS
@given(instants, instants, limits())
def test_a_later_receipt_is_never_due_earlier(a: datetime, b: datetime, limit: Limit) -> None:
    first, second = sorted([a, b])
    assert due_at(first, limit, calendar=CALENDAR).at <= due_at(second, limit, calendar=CALENDAR).at


@LAWS
@given(instants, st.sampled_from(LimitUnit), st.data())
def test_a_longer_limit_is_never_due_earlier(
    start: datetime, unit: LimitUnit, data: st.DataObject
) -> None:
    amounts = (
        whole_amounts if unit is LimitUnit.DAYS else st.one_of(whole_amounts, fractional_amounts)
    )
    small, large = sorted([data.draw(amounts), data.draw(amounts)])
    shorter = due_at(start, Limit(small, unit), calendar=CALENDAR)
    longer = due_at(start, Limit(large, unit), calendar=CALENDAR)
    assert shorter.at <= longer.at


HALF_DAY_STEPS = [Decimal(step) / 2 for step in range(121)]  # 0, 0.5, 1, …, 60


@settings(max_examples=100, deadline=None)
@given(instants)
def test_working_days_in_half_day_steps_never_go_back(start: datetime) -> None:
    dues = [
        due_at(start, Limit(amount, LimitUnit.WORKING_DAYS), calendar=CALENDAR).at
        for amount in HALF_DAY_STEPS
    ]
    assert dues == sorted(dues)


@LAWS
@given(instants, fractional_amounts)
def test_a_fractional_limit_ends_between_its_whole_neighbours(
    start: datetime, amount: Decimal
) -> None:
    def due(a: Decimal) -> datetime:
        return due_at(start, Limit(a, LimitUnit.WORKING_DAYS), calendar=CALENDAR).at

    whole = amount.to_integral_value(rounding=ROUND_FLOOR)
    assert due(whole) <= due(amount) <= due(whole + 1)


@LAWS
@given(instants, st.integers(min_value=0, max_value=60 * 27000))
def test_adding_working_time_then_measuring_it_gives_it_back(start: datetime, seconds: int) -> None:
    end, _ = add_working_seconds(start, seconds, calendar=CALENDAR, hours=HOURS)
    assert working_seconds_between(start, end, calendar=CALENDAR, hours=HOURS) == seconds
    if seconds > 0:
        assert in_working_time(end)


@LAWS
@given(
    instants,
    st.integers(min_value=1, max_value=30 * 27000),
    st.integers(min_value=1, max_value=30 * 27000),
)
def test_working_time_adds_up(start: datetime, a: int, b: int) -> None:
    middle, _ = add_working_seconds(start, a, calendar=CALENDAR, hours=HOURS)
    twice, _ = add_working_seconds(middle, b, calendar=CALENDAR, hours=HOURS)
    once, _ = add_working_seconds(start, a + b, calendar=CALENDAR, hours=HOURS)
    assert twice == once


@LAWS
@given(instants, limits(), pause_spans)
def test_pauses_never_make_a_dossier_due_earlier(
    start: datetime, limit: Limit, pauses: list[tuple[datetime, datetime]]
) -> None:
    unpaused = due_at(start, limit, calendar=CALENDAR)
    paused = due_at(start, limit, calendar=CALENDAR, pauses=pauses)
    assert paused.at >= unpaused.at
    assert [r.kind for r in paused.reasons].count("pause") == len(pauses)


@LAWS
@given(days, st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=60))
def test_working_days_compose(day: date, a: int, b: int) -> None:
    middle, skipped_a = CALENDAR.working_days_after(day, a)
    end, skipped_b = CALENDAR.working_days_after(middle, b)
    assert CALENDAR.working_days_after(day, a + b) == (end, skipped_a + skipped_b)


@LAWS
@given(days)
def test_the_next_working_day_skips_only_days_off(day: date) -> None:
    following = CALENDAR.next_working_day(day)
    assert following > day
    assert CALENDAR.is_working_day(following)
    between = [day + timedelta(days=i) for i in range(1, (following - day).days)]
    assert not any(CALENDAR.is_working_day(d) for d in between)


@LAWS
@given(instants, limits())
def test_every_skipped_day_is_named_once(start: datetime, limit: Limit) -> None:
    result = due_at(start, limit, calendar=CALENDAR)
    days_off = [r.start for r in result.reasons if r.kind == "day_off"]
    assert len(days_off) == len(set(days_off))
    assert all(not CALENDAR.is_working_day(d) for d in days_off)
