"""Actions through the services reach the simulated portal through the worker: the dossier as it
stands, every step once and in order; refusals fail only their dossier; outages are retried."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from motcua.dossiers.models import Document, Event
from motcua.dossiers.tests.helpers import PDF
from motcua.sync import worker
from motcua.sync.models import Delivery, DeliveryState, PortalDossier
from motcua.sync.portal import delivery
from motcua.sync.portal.sim.testing import sample_record


def steps_at_portal(portal, code: str) -> list[tuple[int, str]]:
    stored = portal.dossier(code)
    assert stored is not None, f"{code} is not at the portal"
    return [(int(s["TrangThai"]), s["NoiDungXuLy"].split(":")[0]) for s in stored["steps"]]


def steps_in_motcua(dossier) -> list[tuple[int, str]]:
    return [
        (e.to_status, Event(action=e.action).get_action_display())
        for e in Event.objects.filter(dossier=dossier).order_by("seq")
    ]


def assert_in_sync(portal, dossier) -> None:
    dossier.refresh_from_db()
    stored = portal.dossier(dossier.code)
    assert stored is not None, f"{dossier.code} is not at the portal"
    assert int(stored["record"]["TrangThaiHoSo"]) == dossier.status
    assert steps_at_portal(portal, dossier.code) == steps_in_motcua(dossier)


def test_a_dossier_story_arrives_whole_and_in_order(story, portal):
    dossier = story.approved()
    Document.objects.create(dossier=dossier, kind="result", name="Giấy phép", size=len(PDF))
    story.act(dossier, "finish")
    assert worker.run_once() == 5
    assert_in_sync(portal, dossier)
    story.act(dossier, "return")
    worker.run_once()
    assert_in_sync(portal, dossier)
    stats = portal.stats()
    assert stats["dossiers"] == 1 and stats["steps"] == 6
    assert stats["out_of_order_steps"] == 0 and stats["duplicate_steps"] == 0
    assert stats["calls"]["DongBoHoSoMC"] == 2  # one create, then one update
    assert PortalDossier.objects.get(dossier=dossier).code == dossier.code
    assert not Delivery.objects.exclude(state=DeliveryState.DELIVERED).exists()


def test_one_batch_is_three_calls_whatever_its_size(story, portal):
    first = [story.received() for _ in range(3)]
    worker.run_once()
    for d in first:
        story.act(d, "forward")
    fresh = [story.received() for _ in range(4)]
    before = portal.stats()["calls"]
    assert worker.run_once() == 7
    calls = portal.stats()["calls"]
    assert calls["DongBoHoSoMC"] - before["DongBoHoSoMC"] == 2  # the creates, the updates
    assert calls["CapNhatTienDoHoSoMC"] - before["CapNhatTienDoHoSoMC"] == 1
    for d in first + fresh:
        assert_in_sync(portal, d)


def test_queries_per_batch_do_not_grow_with_the_batch(story, portal):
    def queries_for(count: int) -> int:
        for _ in range(count):
            story.act(story.received(), "forward")
        with CaptureQueriesContext(connection) as ctx:
            assert worker.run_once() == 2 * count
        return len(ctx)

    queries_for(1)  # caches per process: the procedure version's terms, the calendar
    assert queries_for(2) == queries_for(12)


def test_resending_a_batch_is_harmless(story, portal):
    dossier = story.received()
    story.act(dossier, "forward")
    worker.run_once()
    Delivery.objects.filter(dossier=dossier).update(state=DeliveryState.PENDING)  # as after a crash
    PortalDossier.objects.all().delete()  # the commit that recorded the create was lost too
    worker.run_once()
    assert_in_sync(portal, dossier)
    stats = portal.stats()
    assert stats["steps"] == 2 and stats["duplicate_steps"] == 2
    assert stats["errors"] == {"2": 1}  # the create met the stored dossier: sent as an update


def test_already_exists_goes_again_as_an_update(story, portal):
    dossier = story.received()
    portal.client().sync_dossiers([sample_record(dossier.code)], updating=False)
    worker.run_once()
    assert_in_sync(portal, dossier)
    assert PortalDossier.objects.filter(dossier=dossier).exists()


def test_a_dossier_the_portal_lost_goes_again_as_a_create(story, portal):
    dossier = story.received()
    worker.run_once()
    portal.sim.reset()
    story.act(dossier, "forward")
    worker.run_once()
    assert not Delivery.objects.exclude(state=DeliveryState.DELIVERED).exists()
    assert int(portal.dossier(dossier.code)["record"]["TrangThaiHoSo"]) == 4


def test_a_false_already_exists_heals(story, portal):
    dossier = story.received()
    portal.faults(already_exists=True)  # the next create answers "2" for every code
    portal.drain()
    assert_in_sync(portal, dossier)


@pytest.fixture
def refuse(monkeypatch):
    """Make the portal refuse the snapshot of the dossiers in the set (a code it cannot take)."""
    codes: set[str] = set()
    real = delivery.dossier_payload

    def payload(record, s):
        out = real(record, s)
        if record.code in codes:
            out["KenhThucHien"] = 9
        return out

    monkeypatch.setattr(delivery, "dossier_payload", payload)
    return codes


def test_a_refused_dossier_fails_alone(story, portal, refuse):
    good, bad, also_good = story.received(), story.received(), story.received()
    for d in (good, bad, also_good):
        story.act(d, "forward")
    refuse.add(bad.code)
    assert worker.run_once() == 6
    assert_in_sync(portal, good)
    assert_in_sync(portal, also_good)
    assert portal.dossier(bad.code) is None
    failed = Delivery.objects.filter(dossier=bad)
    assert {(d.state, d.attempts) for d in failed} == {(DeliveryState.PENDING, 1)}
    assert all("KenhThucHien" in d.last_error for d in failed)
    refuse.clear()  # corrected: the retry goes through
    portal.drain()
    assert_in_sync(portal, bad)


def test_a_refused_step_fails_it_and_the_later_steps_of_its_dossier(story, portal, monkeypatch):
    bad, good = story.received(), story.received()
    worker.run_once()
    for action, actor in (("forward", story.cast.desk), ("request_supplement", story.cast.officer)):
        for d in (bad, good):
            story.act(d, action, actor, note="Thiếu bản vẽ")
    real = delivery.step_payload

    def step(record, event, s):
        out = real(record, event, s)
        if record.code == bad.code and event.seq == 2:
            out["ThoiDiemXuLy"] = "yesterday"
        return out

    monkeypatch.setattr(delivery, "step_payload", step)
    assert worker.run_once() == 4
    states = dict(Delivery.objects.filter(dossier=bad).values_list("event__seq", "state"))
    assert states == {1: "delivered", 2: "pending", 3: "pending"}
    assert "ThoiDiemXuLy" in Delivery.objects.get(dossier=bad, event__seq=3).last_error
    assert_in_sync(portal, good)
    monkeypatch.setattr(delivery, "step_payload", real)
    portal.drain()
    assert_in_sync(portal, bad)
    assert portal.stats()["out_of_order_steps"] == 0


def test_a_failing_portal_fails_the_whole_batch_and_it_is_retried(story, portal):
    dossiers = [story.received() for _ in range(3)]
    portal.faults(error_rate=1.0)
    assert worker.run_once() == 3
    assert {d.attempts for d in Delivery.objects.all()} == {1}
    assert portal.pending() == 3
    assert worker.run_once() == 0  # backing off
    portal.faults(error_rate=0.0)
    portal.drain()
    for d in dossiers:
        assert_in_sync(portal, d)


def test_random_faults_lose_nothing_and_keep_order(story, portal, settings):
    settings.MOTCUA_DELIVERY_MAX_ATTEMPTS = 100
    portal.faults(error_rate=0.2, drop_rate=0.1, timeout_rate=0.1, hang_seconds=1.2, seed=7)
    dossiers = [story.received() for _ in range(6)]
    cast = story.cast
    for action, actor in (
        ("forward", cast.desk),
        ("forward", cast.officer),
        ("approve", cast.leader),
    ):
        portal.drain(rounds=2)
        for d in dossiers:
            story.act(d, action, actor)
    portal.faults(error_rate=0.0, drop_rate=0.0, timeout_rate=0.0)
    portal.drain()
    assert portal.pending() == 0
    stats = portal.stats()
    assert stats["faults_injected"] > 0
    assert stats["steps"] == Event.objects.count()
    assert stats["out_of_order_steps"] == 0
    for d in dossiers:
        assert_in_sync(portal, d)


def test_without_a_portal_url_nothing_is_registered(settings):
    settings.MOTCUA_PORTAL_URL = ""
    worker.unregister("portal")
    assert delivery.portal_connect() is False
    assert "portal" not in worker.HANDLERS


def test_two_officers_forwarding_within_one_second_are_two_steps(cast, portal):
    import datetime as dt

    from motcua.clock import VN_TZ
    from motcua.dossiers.services import dossier_act
    from motcua.dossiers.tests.helpers import received

    at = dt.datetime(2026, 3, 2, 9, 0, 0, tzinfo=VN_TZ)
    dossier = received(cast, at=at)
    dossier_act(code=dossier.code, action="forward", actor=cast.desk, at=at.replace(second=1))
    dossier_act(
        code=dossier.code,
        action="forward",
        actor=cast.officer,
        at=at.replace(second=1, microsecond=5),
    )
    while worker.run_once():
        pass
    assert_in_sync(portal, dossier)
    assert portal.stats()["steps"] == 3
