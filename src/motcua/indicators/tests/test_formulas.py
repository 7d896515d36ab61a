"""Every formula on a hand-computed month of eight dossiers (August 2025, Vietnam time)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from motcua.clock import VN_TZ
from motcua.indicators import formulas as f

START = dt.datetime(2025, 8, 1, tzinfo=VN_TZ)
END = dt.datetime(2025, 9, 1, tzinfo=VN_TZ)
PERIOD = {"period_start": START, "period_end": END}


def at(month: int, day: int) -> dt.datetime:
    return dt.datetime(2025, month, day, 9, tzinfo=VN_TZ)


def facts(**kw) -> f.DossierFacts:
    base = {"received_at": None, "due_at": None, "ended_at": None, "status": 2, "channel": 1}
    return f.DossierFacts(**{**base, **kw})


# A: returned on time; fee paid online; digitised; e-result; synced; "rất hài lòng".
A = facts(
    received_at=at(8, 4), due_at=at(8, 10), ended_at=at(8, 8), finished_at=at(8, 8), status=10,
    fee_total=75000, paid_online=True, digitised=True, result_required=True,
    has_result_file=True, synced=True, rating=3,
)  # fmt: skip
# B: online, paused once (the pause already extends due_at), processed on time, no result file.
B = facts(
    received_at=at(8, 5), due_at=at(8, 12), ended_at=at(8, 11), finished_at=at(8, 11), status=9,
    channel=2, supplement_count=1, pauses=((at(8, 6), at(8, 7)),), digitised=True,
    result_required=True,
)  # fmt: skip
# C: two supplement requests: late although it ended before the appointment; "không hài lòng".
C = facts(
    received_at=at(8, 6), due_at=at(8, 30), ended_at=at(8, 10), finished_at=at(8, 10), status=10,
    channel=2, supplement_count=2, result_required=True, has_result_file=True, synced=True,
    digitised=True, reused=True, identity_verified=True, rating=1,
)  # fmt: skip
# D: withdrawn before the appointment: on time; a fee not paid online.
D = facts(received_at=at(8, 7), due_at=at(8, 14), ended_at=at(8, 9), status=7, fee_total=75000)
# E: refused at reception, by post.
E = facts(received_at=at(8, 8), due_at=at(8, 15), ended_at=at(8, 8), status=3, channel=3)
# F: open at the period's end (finished 3 September): ends at the period's end, after its due.
F = facts(
    received_at=at(8, 25), due_at=at(8, 29), ended_at=at(9, 3), finished_at=at(9, 3), status=9,
    fee_total=75000, result_required=True, has_result_file=True,
)  # fmt: skip
# G: received in July, returned late in August: counted for progress, not as received.
G = facts(
    received_at=at(7, 20), due_at=at(7, 25), ended_at=at(8, 2), finished_at=at(8, 2), status=10,
    result_required=True, has_result_file=True,
)  # fmt: skip
# H: online, paused since 27 August and still paused: judged at the pause's start, on time.
H = facts(
    received_at=at(8, 20), due_at=at(8, 28), status=5, channel=2, pauses=((at(8, 27), None),),
    identity_verified=True,
)  # fmt: skip
MONTH = [A, B, C, D, E, F, G, H]


@pytest.mark.parametrize(
    ("formula", "numerator", "denominator"),
    [
        (f.on_time_rate, 5, 8),  # late: C (2 supplements), F (open past due), G
        (f.overdue_rate, 3, 8),
        (f.satisfaction, 4, 8),  # 8 − 3 late − 1 dislike
        (f.sync_rate, 2, 7),  # A, C of the 7 received in August
        (f.online_dossier_rate, 2, 7),  # C, H; B is processed without its required e-result
        (f.online_payment_rate, 1, 3),  # A of A, D, F (B, C, E, H have no fee)
        (f.e_result_rate, 3, 4),  # A, C, G of A, B, C, G (F ended in September)
        (f.digitisation_rate, 2, 7),  # A, C; B is digitised but lacks its e-result
        (f.reuse_rate, 1, 7),
        (f.identity_rate, 2, 7),
    ],
)
def test_month(formula, numerator: int, denominator: int) -> None:
    assert formula(MONTH, **PERIOD) == f.Rate(numerator, denominator)


def test_no_dossiers_is_not_applicable_everywhere() -> None:
    rates = f.all_rates([], **PERIOD)
    assert all(rate == f.Rate(0, 0) and rate.value is None for rate in rates.values())
    assert all(score.points is None for score in f.group_scores(rates))
    assert f.average_processing_days([], **PERIOD) is None


def test_rate_value() -> None:
    assert f.Rate(1, 4).value == 0.25
    assert f.Rate(0, 3).value == 0.0
    assert f.Rate(0, 0).value is None
    assert f.Rate(3, 4).as_dict() == {"numerator": 3, "denominator": 4, "value": 0.75}


def test_end_instant() -> None:
    assert f.end_instant(A, END) == A.ended_at
    assert f.end_instant(F, END) == END  # finished after the period
    assert f.end_instant(H, END) == at(8, 27)  # paused at the period's end
    assert f.end_instant(B, END) == B.ended_at  # a closed pause changes nothing


def test_paused_dossier_judged_at_the_period_end_once_resumed() -> None:
    resumed = dataclasses.replace(H, pauses=((at(8, 27), at(8, 28)),))
    assert f.on_time_rate([resumed], **PERIOD) == f.Rate(0, 1)  # open on 1 September, due 28 August


def test_one_supplement_is_not_late_two_are() -> None:
    one = dataclasses.replace(C, supplement_count=1)
    assert f.on_time_rate([one], **PERIOD) == f.Rate(1, 1)
    assert f.on_time_rate([C], **PERIOD) == f.Rate(0, 1)


def test_end_exactly_at_the_appointment_is_on_time() -> None:
    exact = dataclasses.replace(D, ended_at=D.due_at)
    assert f.on_time_rate([exact], **PERIOD) == f.Rate(1, 1)


def test_satisfaction_never_below_zero() -> None:
    late_and_disliked = dataclasses.replace(C, rating=1)
    assert f.satisfaction([late_and_disliked], **PERIOD) == f.Rate(0, 1)


def test_average_processing_days_calendar_and_working() -> None:
    # A 4, B 6, C 4, G 13 calendar days (F is processed in September, D/E/H are not processed).
    assert f.average_processing_days(MONTH, **PERIOD) == 6.75
    eight_hours = f.average_processing_days(
        [A], **PERIOD, working_seconds=lambda a, b: 2 * f.WORKING_DAY_SECONDS
    )
    assert eight_hours == 2.0


def test_procedures_online() -> None:
    offer = f.procedures_online(["full", "partial", "none", "none"])
    assert (offer.full, offer.partial, offer.none, offer.rate) == (1, 1, 2, f.Rate(2, 4))
    assert f.procedures_online([]).rate.value is None


@pytest.mark.parametrize(
    ("rate", "threshold", "score"),
    [(0.8, 0.8, 1.0), (0.4, 0.8, 0.5), (0.95, 0.8, 1.0), (0.25, 0.5, 0.5), (0.5, 0.5, 1.0)],
)
def test_indicator_score_thresholds(rate: float, threshold: float, score: float) -> None:
    assert f.indicator_score(rate, threshold) == score


def _points(rates: dict[str, f.Rate], **kw) -> dict[str, float | None]:
    return {s.group: s.points for s in f.group_scores(rates, **kw)}


def test_group_scores_at_below_and_above_thresholds() -> None:
    rates = {
        "sync_rate": f.Rate(9, 10),  # no threshold: 0.9 × 18
        "on_time_rate": f.Rate(1, 1),
        "procedures_online": f.Rate(8, 10),  # exactly 80%: full
        "online_dossier_rate": f.Rate(1, 4),  # 25% of 50%: half
        "online_payment_rate": f.Rate(0, 0),  # not applicable: left out, weights renormalised
        "digitisation_rate": f.Rate(9, 10),  # above 80%: full
        "reuse_rate": f.Rate(2, 5),  # 40% of 80%: half
        "satisfaction": f.Rate(9, 10),  # exactly 90%: full
    }
    assert _points(rates) == {
        "transparency": 16.2,
        "progress": 20.0,
        "online": 16.5,  # 22 × (1 + 0.5) / 2
        "digitisation": 16.5,  # 22 × (1 + 0.5) / 2; e-result and identity not given
        "satisfaction": 18.0,
    }
    below = {"satisfaction": f.Rate(45, 100)}
    assert _points(below)["satisfaction"] == 9.0  # 45% × 18 ÷ 90%


def test_group_weights_are_data() -> None:
    rates = {"procedures_online": f.Rate(8, 10), "online_dossier_rate": f.Rate(1, 4)}
    weights = {"online": {"procedures_online": 3, "online_dossier_rate": 1}}
    points = _points(rates, weights=weights)
    assert points["online"] == 19.25  # 22 × (3 × 1 + 1 × 0.5) / 4
    assert points["progress"] is None  # no weight, no indicator: not applicable
