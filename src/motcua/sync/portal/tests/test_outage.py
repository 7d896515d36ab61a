"""The portal down for a while: the backlog grows and shows (sync_lag), nothing is lost, and after
recovery it drains with every step in order."""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from motcua.dossiers.models import Event
from motcua.sync import worker
from motcua.sync.models import Delivery, DeliveryState
from motcua.sync.selectors import sync_lag


def test_an_outage_builds_a_visible_backlog_that_drains_in_order(story, portal, settings):
    settings.MOTCUA_DELIVERY_MAX_ATTEMPTS = 50
    cast = story.cast
    script = [("forward", cast.desk), ("forward", cast.officer), ("approve", cast.leader)]
    portal.faults(error_rate=1.0)
    dossiers = []
    now = timezone.now()
    for hour in range(4):  # dossiers keep coming while the portal is down
        for n, d in enumerate(dossiers):  # each dossier moves one step an hour
            story.act(d, *script[hour - 1 - n // 3])
        dossiers += [story.received() for _ in range(3)]
        now += dt.timedelta(hours=1)
        worker.run_once(now=now)
    stuck = Delivery.objects.filter(state=DeliveryState.PENDING)
    assert stuck.count() == Event.objects.count() > 12
    assert all(d.attempts >= 1 and d.next_attempt_at > d.created_at for d in stuck)
    assert "503" in stuck.first().last_error
    count, age = sync_lag("portal")
    assert count == stuck.count()
    assert age > dt.timedelta(days=1)  # from the oldest pending event's instant

    portal.faults(error_rate=0.0)  # recovery
    portal.drain()
    assert sync_lag("portal") == (0, None)
    stats = portal.stats()
    assert stats["steps"] == Event.objects.count()
    assert stats["out_of_order_steps"] == 0
    for d in dossiers:
        stored = portal.dossier(d.code)
        seqs = list(Event.objects.filter(dossier=d).order_by("seq").values_list("to_status", "at"))
        assert [int(s["TrangThai"]) for s in stored["steps"]] == [status for status, _ in seqs]
        times = [s["ThoiDiemXuLy"] for s in stored["steps"]]
        assert times == sorted(times)


def test_sync_lag_is_one_query(story):
    story.received()
    with CaptureQueriesContext(connection) as ctx:
        count, age = sync_lag("portal")
    assert len(ctx) == 1
    assert count == 1 and age is not None and age > dt.timedelta(0)
    assert sync_lag("nobody") == (0, None)
