"""`motcua reconcile`: the day's dossiers checked at the portal, the differences sent again, the
sync rate per agency stored and printed."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from motcua.sync import worker
from motcua.sync.models import Delivery, DeliveryState, PortalDossier, SyncDaily
from motcua.sync.portal.reconcile import reconcile_day


def reconcile(day) -> str:
    out = io.StringIO()
    call_command("reconcile", "--date", day.isoformat(), stdout=out)
    return out.getvalue()


def test_a_dossier_the_portal_lost_is_found_and_sent_again(story, portal):
    kept, lost = story.received(), story.received()
    story.act(lost, "forward")
    worker.run_once()
    portal.sim.reset()  # the portal forgets both …
    portal.client().sync_dossiers(  # … and gets `kept` back from elsewhere
        [{**portal_record(kept)}], updating=False
    )
    printed = reconcile(story.clock.day)
    assert "000.00.01.H99 Sở Xây dựng | 2 | 1 | 1 | 1 | 50.0 |" in printed
    assert f"{lost.code}: motcua 4, Cổng không có (missing) → gửi lại (re-queued)" in printed
    daily = SyncDaily.objects.get(agency=story.cast.department, day=story.clock.day)
    assert (daily.received, daily.synced, daily.matching, daily.requeued) == (2, 1, 1, 1)
    assert daily.rate == 0.5
    assert portal.pending() == 2  # both of `lost`'s deliveries, in order
    assert not PortalDossier.objects.filter(dossier=lost).exists()

    assert worker.run_once() == 2
    stored = portal.dossier(lost.code)
    assert [int(s["TrangThai"]) for s in stored["steps"]] == [2, 4]
    assert portal.stats()["out_of_order_steps"] == 0
    printed = reconcile(story.clock.day)
    assert "| 2 | 2 | 2 | 0 | 100.0 |" in printed
    daily.refresh_from_db()
    assert (daily.synced, daily.requeued) == (2, 0)


def portal_record(dossier) -> dict:
    from motcua.sync.portal.mapping import dossier_payload
    from motcua.sync.portal.snapshot import dossier_record, portal_settings

    return dossier_payload(dossier_record(dossier), portal_settings())


def test_a_status_behind_at_the_portal_is_sent_again(story, portal):
    dossier = story.received()
    worker.run_once()
    story.act(dossier, "forward")
    Delivery.objects.filter(state=DeliveryState.PENDING).update(state=DeliveryState.DEAD)
    report = reconcile_day(portal.client(), story.clock.day)
    [diff] = report.differences
    assert (diff.status, diff.portal_status, diff.requeued) == (4, 2, True)
    worker.run_once()
    assert int(portal.dossier(dossier.code)["record"]["TrangThaiHoSo"]) == 4
    assert portal.stats()["duplicate_steps"] == 1  # the receipt again, dropped by the portal


def test_a_dossier_still_in_flight_is_not_requeued(story, portal):
    story.received()
    report = reconcile_day(portal.client(), story.clock.day)
    [diff] = report.differences
    assert diff.portal_status is None and not diff.requeued
    assert report.total().requeued == 0
    assert Delivery.objects.get().attempts == 0


def test_other_days_and_an_empty_day(story, portal):
    story.received()
    worker.run_once()
    printed = reconcile(story.clock.day.replace(year=2020))
    assert "| Tổng (total) | 0 | 0 | 0 | 0 | — |" in printed
    assert not SyncDaily.objects.exists()


def test_an_outage_stops_the_run_before_anything_is_written(story, portal):
    story.received()
    worker.run_once()
    portal.faults(error_rate=1.0)
    with pytest.raises(CommandError, match="không trả lời"):
        reconcile(story.clock.day)
    assert not SyncDaily.objects.exists()


def test_the_command_needs_a_portal_and_a_date(settings, db):
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        settings.MOTCUA_PORTAL_URL = "http://127.0.0.1:9"
        call_command("reconcile", "--date", "05/01/2026")
    settings.MOTCUA_PORTAL_URL = ""
    with pytest.raises(CommandError, match="MOTCUA_PORTAL_URL"):
        call_command("reconcile", "--date", "2026-01-05")
