"""The worker delivers every event once, in order per dossier, and retries with back-off."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import received
from motcua.sync import worker
from motcua.sync.models import Delivery, DeliveryState


@pytest.fixture
def inbox():
    seen: list[tuple[str, int]] = []
    failing: set[int] = set()

    def handler(batch: list[Delivery]) -> dict[int, str | None]:
        # The handler contract: in order per dossier, and nothing after a dossier's failure.
        out: dict[int, str | None] = {}
        stuck: set[int] = set()
        for d in batch:
            if d.event_id in failing or d.dossier_id in stuck:
                out[d.pk] = "503 portal unavailable"
                stuck.add(d.dossier_id)
            else:
                seen.append((d.event.dossier.code, d.event.seq))
                out[d.pk] = None
        return out

    worker.register("portal", handler)
    yield seen, failing
    worker.unregister("portal")


def test_every_action_writes_one_delivery_per_consumer(cast):
    dossier = received(cast)
    dossier_act(code=dossier.code, action="forward", actor=cast.desk)
    assert Delivery.objects.filter(dossier=dossier, consumer="portal").count() == 2


def test_pending_deliveries_are_delivered_once_in_order(cast, inbox):
    seen, _ = inbox
    first, second = received(cast), received(cast)
    dossier_act(code=first.code, action="forward", actor=cast.desk)
    assert worker.run_once() == 3
    assert worker.run_once() == 0
    assert seen == [(first.code, 1), (second.code, 1), (first.code, 2)]
    assert not Delivery.objects.exclude(state=DeliveryState.DELIVERED).exists()


def test_a_failure_is_retried_later_and_holds_back_the_same_dossier(cast, inbox):
    seen, failing = inbox
    dossier = received(cast)
    dossier_act(code=dossier.code, action="forward", actor=cast.desk)
    first = Delivery.objects.filter(dossier=dossier).order_by("pk").first()
    failing.add(first.event_id)
    worker.run_once()
    first.refresh_from_db()
    assert first.state == DeliveryState.PENDING and first.attempts == 1
    assert first.last_error == "503 portal unavailable"
    assert first.next_attempt_at > timezone.now()
    assert seen == []  # the second event waits behind the first: order per dossier
    failing.clear()
    later = timezone.now() + dt.timedelta(hours=2)
    worker.run_once(now=later)
    worker.run_once(now=later)
    assert seen == [(dossier.code, 1), (dossier.code, 2)]


def test_after_the_maximum_attempts_a_delivery_is_dead(cast, inbox, settings):
    _, failing = inbox
    settings.MOTCUA_DELIVERY_MAX_ATTEMPTS = 2
    dossier = received(cast)
    delivery = Delivery.objects.get(dossier=dossier)
    failing.add(delivery.event_id)
    far = timezone.now() + dt.timedelta(days=1)
    worker.run_once(now=far)
    worker.run_once(now=far)
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.DEAD and delivery.attempts == 2


def test_a_consumer_without_a_handler_keeps_its_deliveries_pending(cast):
    received(cast)
    assert worker.run_once() == 0
    assert Delivery.objects.filter(state=DeliveryState.PENDING).count() == 1


def test_backoff_grows_and_is_capped():
    import random

    rng = random.Random(1)
    waits = [worker.backoff(n, rng=rng).total_seconds() for n in range(1, 15)]
    assert 2.5 <= waits[0] < 7.5
    assert waits[5] > waits[0]
    assert max(waits) < 3600 * 1.5


@pytest.mark.django_db(transaction=True)
def test_two_workers_claim_disjoint_rows_and_never_overtake_within_a_dossier():
    """The claim as two concurrent workers see it (on PostgreSQL the locks are real)."""
    from django.db import connection, transaction

    from motcua.testing.cast import build_cast

    cast = build_cast()
    first, second = received(cast), received(cast)
    dossier_act(code=first.code, action="forward", actor=cast.desk)
    now = timezone.now()
    with transaction.atomic():
        taken = worker.claim("portal", now=now, size=2)  # first#1, second#1
        assert [(d.dossier_id, d.event.seq) for d in taken] == [(first.pk, 1), (second.pk, 1)]
        if connection.vendor == "postgresql":
            import threading

            other: list = []

            def second_worker() -> None:
                with transaction.atomic():
                    other.extend(worker.claim("portal", now=now, size=10))
                connection.close()

            thread = threading.Thread(target=second_worker)
            thread.start()
            thread.join(30)
            # first#2 is free, but first#1 is being delivered by the other worker: it waits.
            assert other == []
