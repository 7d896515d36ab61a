"""The stored daily figures equal a recomputation: kept up action by action, rebuilt from
scratch, and read back as the same report the formulas give over the dossiers themselves."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from motcua.demo.province import build_province
from motcua.demo.seeding import plan_intakes, play_with_services, seed_all, seed_reference
from motcua.demo.tests.test_seed import NOW, varied_intakes
from motcua.dossiers.models import Dossier
from motcua.indicators import aggregates
from motcua.indicators.aggregates import figures_catch_up, figures_rebuild, stored_rows
from motcua.indicators.figures import per_agency
from motcua.indicators.models import DailyDetail, DailyFigures, IndicatorWeight
from motcua.indicators.report import indicator_report, recomputed_report
from motcua.sync.models import PortalDossier
from motcua.units.models import Agency

pytestmark = pytest.mark.django_db


def assert_same_report(stored: dict[str, Any], recomputed: dict[str, Any]) -> None:
    """Every indicator (numerator and denominator), group score and total equal; the average
    processing time equal to the hundredth (a sum of spans divided once vs a mean of spans)."""
    assert stored["indicators"] == recomputed["indicators"]
    assert stored["groups"] == recomputed["groups"]
    assert stored["total"] == recomputed["total"]
    a, b = stored["average_processing_working_days"], recomputed["average_processing_working_days"]
    assert (a is None) == (b is None)
    if a is not None:
        assert a == pytest.approx(b, abs=0.011)


def both(**kwargs: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    return indicator_report(**kwargs), recomputed_report(**kwargs)


def test_upkeep_action_by_action_equals_a_rebuild(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stories played through the real services, the worker's catch-up run at random moments
    between their actions: the rows then equal those a rebuild computes from scratch."""
    refs = seed_reference(build_province(1), citizens=20)
    intakes = varied_intakes(refs, 12) + list(plan_intakes(refs, count=40, seed=11, now=NOW))
    chance = random.Random(4)
    real_act: Callable[..., Dossier] = play_with_services.__globals__["dossier_act"]

    def act_then_maybe_catch_up(**kwargs: Any) -> Dossier:
        dossier = real_act(**kwargs)
        if chance.random() < 0.4:
            figures_catch_up(batch=7)
        return dossier

    monkeypatch.setitem(play_with_services.__globals__, "dossier_act", act_then_maybe_catch_up)
    played = [d for d in (play_with_services(i, refs, now=NOW) for i in intakes) if d]
    assert len(played) > 30
    # The national portal takes some dossiers in (as its handler records it).
    for dossier in played[::3]:
        PortalDossier.objects.create(dossier=dossier, code=dossier.code, created_at=NOW)
    Dossier.objects.filter(pk__in=[d.pk for d in played[::3]]).update(figures_stale=True)
    while figures_catch_up(batch=9):
        pass

    kept = {model: stored_rows(model) for model in (DailyDetail, DailyFigures)}
    assert kept[DailyDetail] and not Dossier.objects.filter(figures_stale=True).exists()
    assert kept[DailyFigures] == per_agency(kept[DailyDetail])
    assert len(kept[DailyFigures]) < len(kept[DailyDetail])
    figures_rebuild()
    assert {model: stored_rows(model) for model in (DailyDetail, DailyFigures)} == kept

    first, last = NOW.date() - dt.timedelta(days=400), NOW.date()
    stored, recomputed = both(first=first, last=last, now=NOW)
    assert_same_report(stored, recomputed)
    synced = PortalDossier.objects.filter(dossier__received_at__date__gte=first).count()
    assert stored["indicators"]["sync_rate"]["numerator"] == synced > 10


@pytest.fixture
def seeded_year() -> None:
    seed_all(dossiers=500, seed=3, now=NOW)
    figures_rebuild()


def months_before(count: int) -> list[tuple[dt.date, dt.date]]:
    spans, year, month = [], NOW.year, NOW.month
    for _ in range(count):
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        spans.append((first, min(NOW.date(), following - dt.timedelta(days=1))))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return spans


def test_report_equals_the_formulas_for_any_period(seeded_year: None) -> None:
    periods = [
        *months_before(13),
        (dt.date(2026, 7, 1), dt.date(2026, 9, 30)),  # a quarter
        (NOW.date() - dt.timedelta(days=365), NOW.date()),  # a year
        (dt.date(2026, 3, 10), dt.date(2026, 3, 10)),  # a day
        (dt.date(2030, 1, 1), dt.date(2030, 1, 31)),  # nothing yet: not applicable
    ]
    for first, last in periods:
        stored, recomputed = both(first=first, last=last, now=NOW)
        assert_same_report(stored, recomputed)
    empty = indicator_report(first=dt.date(2030, 1, 1), last=dt.date(2030, 1, 31), now=NOW)
    assert empty["indicators"]["on_time_rate"]["value"] is None


def test_report_equals_the_formulas_for_agencies_and_groups(seeded_year: None) -> None:
    first, last = NOW.date() - dt.timedelta(days=365), NOW.date()
    busiest = (
        Dossier.objects.values_list("competent_agency", flat=True)
        .order_by("competent_agency")
        .distinct()
    )
    agencies = list(Agency.objects.filter(pk__in=list(busiest)[:3]))
    centre = Agency.objects.filter(kind="service_centre").first()
    for agency in [*agencies, centre]:
        stored, recomputed = both(first=first, last=last, agency=agency, now=NOW)
        assert_same_report(stored, recomputed)
    for group_by in ("agency", "month"):
        stored, recomputed = both(first=first, last=last, group_by=group_by, now=NOW)
        assert set(stored[f"by_{group_by}"]) >= set(recomputed[f"by_{group_by}"])
        for key, block in recomputed[f"by_{group_by}"].items():
            assert_same_report(stored[f"by_{group_by}"][key], block)


def test_groups_add_up_to_the_whole(seeded_year: None) -> None:
    first, last = NOW.date() - dt.timedelta(days=365), NOW.date()
    whole = indicator_report(first=first, last=last, now=NOW)
    for group_by in ("commune", "field", "procedure", "officer", "quarter", "year"):
        report = indicator_report(first=first, last=last, group_by=group_by, now=NOW)
        blocks = report[f"by_{group_by}"]
        names = ["sync_rate", "online_payment_rate", "e_result_rate"]
        if group_by not in ("quarter", "year"):  # in time, open dossiers count in each span
            names.append("on_time_rate")
        for name in names:
            for part in ("numerator", "denominator"):
                got = sum(b["indicators"][name][part] for b in blocks.values())
                assert got == whole["indicators"][name][part], (group_by, name, part)
        if group_by not in ("quarter", "year"):
            assert set(report["names"]) == set(blocks)
    received = whole["figures"]["received"]
    assert received == whole["indicators"]["sync_rate"]["denominator"] > 0
    assert whole["figures"]["processed"] >= whole["figures"]["processed_online"] > 0
    assert sum(whole["figures"]["procedures_by_level"].values()) >= 2000


def test_weights_are_data(seeded_year: None) -> None:
    first, last = NOW.date() - dt.timedelta(days=365), NOW.date()
    before = indicator_report(first=first, last=last, now=NOW)["groups"]["digitisation"]
    IndicatorWeight.objects.create(group="digitisation", indicator="reuse_rate", weight=0)
    IndicatorWeight.objects.create(group="digitisation", indicator="identity_rate", weight=0)
    after = indicator_report(first=first, last=last, now=NOW)
    rates = after["indicators"]
    by_hand = (
        22
        * (
            min(1, rates["e_result_rate"]["value"])
            + min(1, rates["digitisation_rate"]["value"] / 0.8)
        )
        / 2
    )
    assert after["groups"]["digitisation"]["points"] == round(by_hand, 2) != before["points"]


def test_the_report_reads_a_fixed_number_of_queries(
    seeded_year: None, django_assert_num_queries: Any
) -> None:
    first, last = dt.date(2026, 1, 1), dt.date(2026, 11, 20)
    # The open part of one period: one query on PostgreSQL (it judges paused dossiers from their
    # JSON), two elsewhere (never-paused ones counted, then the paused ones read).
    part = 1 if connection.vendor == "postgresql" else 2
    # procedure levels, weights, procedures with online dossiers, the open part, sums, accounts
    with django_assert_num_queries(5 + part):
        indicator_report(first=first, last=last, agency=None, now=NOW)
    with django_assert_num_queries(4 + 2 * part):  # an agency: two scopes; no accounts
        indicator_report(first=first, last=last, agency=Agency.objects.first(), now=NOW)
    with django_assert_num_queries(6 + part):  # + the agencies' names
        indicator_report(first=first, last=last, group_by="agency", now=NOW)
    with django_assert_num_queries(7 + part):  # sums per day, + the months' open parts (2)
        indicator_report(first=first, last=last, group_by="month", now=NOW)


def test_catch_up_skips_nothing_and_clears_the_flag(seeded_year: None) -> None:
    dossier = Dossier.objects.filter(status=10).first()
    assert dossier is not None
    Dossier.objects.filter(pk=dossier.pk).update(figures_stale=True, rating=1)
    before = indicator_report(first=dt.date(2025, 1, 1), last=NOW.date(), now=NOW)
    assert aggregates.figures_catch_up_all() == 1
    after = indicator_report(first=dt.date(2025, 1, 1), last=NOW.date(), now=NOW)
    sat_before, sat_after = (
        before["indicators"]["satisfaction"],
        after["indicators"]["satisfaction"],
    )
    assert sat_after["numerator"] == sat_before["numerator"] - 1
    assert not Dossier.objects.filter(figures_stale=True).exists()
    assert timezone.now() > NOW


def test_online_services_used_counts_procedures_offered_online(seeded_year: None) -> None:
    first, last = NOW.date() - dt.timedelta(days=365), NOW.date()
    report = indicator_report(first=first, last=last, now=NOW)
    used = report["indicators"]["online_services_used"]
    levels = report["figures"]["procedures_by_level"]
    assert used["denominator"] == levels["full"] + levels["partial"]
    online_codes = set(
        Dossier.objects.filter(channel=2, received_at__date__gte=first).values_list(
            "version__procedure__code", flat=True
        )
    )
    assert 0 < used["numerator"] <= len(online_codes)
    agency = Agency.objects.filter(pk__in=Dossier.objects.values("competent_agency")).first()
    one = indicator_report(first=first, last=last, agency=agency, now=NOW)
    assert one["indicators"]["online_services_used"]["value"] is None  # province-wide only
