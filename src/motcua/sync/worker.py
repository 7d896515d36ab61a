"""The delivery worker: claims pending deliveries with SELECT … FOR UPDATE SKIP LOCKED, hands
them to the consumer's handler, records the outcome. Safe to run as several processes on PostgreSQL.

A handler takes a batch of deliveries (in id order, so in order per dossier) and answers, per
delivery id, None (delivered) or an error text; after a dossier's first failure it must not send
that dossier's later deliveries of the batch (it answers them with the same error). An error
means: try again later, with exponential back-off and jitter; dead after the maximum attempts.
Consumers without a registered handler are left pending: nothing is lost while a consumer is not
configured (for example the national portal before its client is set up).

Periodic tasks (pulling dossiers filed on the national portal) run from the same loop: a task
registered with `register_periodic` runs at most every `every_seconds` in each worker process.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import close_old_connections, transaction
from django.db.models import F
from django.utils import timezone

from motcua.sync.models import Delivery, DeliveryState

log = logging.getLogger("motcua.worker")

Handler = Callable[[list[Delivery]], dict[int, str | None]]
HANDLERS: dict[str, Handler] = {}
BATCH_SIZES: dict[str, int] = {}


def register(consumer: str, handler: Handler, *, batch: int = 0) -> None:
    """`batch`: deliveries claimed per round for this consumer (default MOTCUA_WORKER_BATCH)."""
    HANDLERS[consumer] = handler
    if batch > 0:
        BATCH_SIZES[consumer] = batch
    else:
        BATCH_SIZES.pop(consumer, None)


def unregister(consumer: str) -> None:
    HANDLERS.pop(consumer, None)
    BATCH_SIZES.pop(consumer, None)


@dataclass
class Periodic:
    every_seconds: float
    fn: Callable[[], object]
    due: float = 0.0  # time.monotonic() of the next run


PERIODIC: dict[str, Periodic] = {}


def register_periodic(name: str, every_seconds: float, fn: Callable[[], object]) -> None:
    """Run `fn()` from the worker loop, first at once, then every `every_seconds`."""
    PERIODIC[name] = Periodic(every_seconds, fn)


def unregister_periodic(name: str) -> None:
    PERIODIC.pop(name, None)


def run_periodic(*, force: bool = False) -> int:
    """Run the periodic tasks that are due (all of them with `force`); return how many ran.
    A task's failure is logged and the task tried again at its next turn."""
    ran = 0
    for name, task in list(PERIODIC.items()):
        now = time.monotonic()
        if not force and now < task.due:
            continue
        task.due = now + task.every_seconds
        try:
            task.fn()
        except Exception:
            log.exception("worker: periodic task %s failed", name)
        ran += 1
    return ran


def backoff(attempts: int, *, rng: random.Random | None = None) -> dt.timedelta:
    """5 s, 10 s, 20 s … capped at one hour, each ×[0.5, 1.5) so retries do not stampede."""
    base = min(5 * 2 ** max(attempts - 1, 0), 3600)
    return dt.timedelta(seconds=base * (0.5 + (rng or random).random()))


def claim(consumer: str, *, now: dt.datetime, size: int) -> list[Delivery]:
    """Lock up to `size` due deliveries and keep those that may go now, in order per dossier.

    Rows are locked in id order with SKIP LOCKED, so concurrent workers take disjoint rows. A
    dossier's rows may go only as a run from its earliest pending row: a row behind one that is
    locked by another worker or waiting for a retry stays for a later round. Must run inside the
    caller's transaction (the locks are the claim)."""
    rows = list(
        Delivery.objects.filter(
            consumer=consumer, state=DeliveryState.PENDING, next_attempt_at__lte=now
        )
        .order_by("pk")
        .select_for_update(skip_locked=True, of=("self",))
        .select_related("event")[:size]
    )
    if not rows:
        return []
    mine = {row.pk for row in rows}
    earlier = (
        Delivery.objects.filter(
            consumer=consumer,
            state=DeliveryState.PENDING,
            dossier_id__in={row.dossier_id for row in rows},
            pk__lte=max(mine),
        )
        .order_by("pk")
        .values_list("pk", "dossier_id")
    )
    blocked: set[int] = set()
    ready: set[int] = set()
    for pk, dossier_id in earlier:
        if dossier_id in blocked:
            continue
        if pk in mine:
            ready.add(pk)
        else:
            blocked.add(dossier_id)
    return [row for row in rows if row.pk in ready]


def deliver_batch(consumer: str, *, now: dt.datetime | None = None, size: int = 0) -> int:
    """Claim and deliver one batch for `consumer`; return how many deliveries were attempted."""
    handler = HANDLERS.get(consumer)
    if handler is None:
        return 0
    size = size or BATCH_SIZES.get(consumer) or settings.MOTCUA_WORKER_BATCH
    with transaction.atomic():
        batch = claim(consumer, now=now or timezone.now(), size=size)
        if not batch:
            return 0
        try:
            with transaction.atomic():  # a database error in the handler leaves the claim usable
                outcome = handler(batch)
        except Exception as exc:  # a handler bug must not lose the batch: record and retry
            log.exception("consumer %s failed on a batch", consumer)
            outcome = {d.pk: f"{type(exc).__name__}: {exc}" for d in batch}
        record_outcome(batch, outcome)
    return len(batch)


def record_outcome(batch: list[Delivery], outcome: dict[int, str | None]) -> None:
    """Store each delivery's attempt: the delivered ones in one UPDATE (the usual case, cheap);
    the failed ones with their error and next attempt (or dead)."""
    done = timezone.now()
    delivered, failed = [], []
    for delivery in batch:
        error = outcome.get(delivery.pk, "no answer for this delivery")
        delivery.attempts += 1
        if error is None:
            delivery.state = DeliveryState.DELIVERED
            delivery.delivered_at = done
            delivery.last_error = ""
            delivered.append(delivery.pk)
            continue
        delivery.last_error = error[:2000]
        if delivery.attempts >= settings.MOTCUA_DELIVERY_MAX_ATTEMPTS:
            delivery.state = DeliveryState.DEAD
        else:
            delivery.next_attempt_at = done + backoff(delivery.attempts)
        failed.append(delivery)
    if delivered:
        Delivery.objects.filter(pk__in=delivered).update(
            state=DeliveryState.DELIVERED,
            delivered_at=done,
            last_error="",
            attempts=F("attempts") + 1,
        )
    if failed:
        Delivery.objects.bulk_update(failed, ["attempts", "state", "last_error", "next_attempt_at"])


def run_once(*, now: dt.datetime | None = None) -> int:
    return sum(deliver_batch(c, now=now) for c in settings.MOTCUA_DELIVERY_CONSUMERS)


def run_forever(stop: threading.Event, *, idle_seconds: float = 1.0) -> None:
    pending = {
        c: Delivery.objects.filter(consumer=c, state=DeliveryState.PENDING).count()
        for c in settings.MOTCUA_DELIVERY_CONSUMERS
    }
    for consumer, count in pending.items():
        status = "delivering" if consumer in HANDLERS else "no handler configured, kept pending"
        log.info("worker: consumer %s has %d pending deliveries (%s)", consumer, count, status)
    while not stop.is_set():
        # as a web request does: a connection broken by a database restart is replaced
        close_old_connections()
        run_periodic()
        try:
            worked = run_once()
        except Exception:  # the database restarting must not kill the worker
            log.exception("worker: a round failed; retrying")
            worked = 0
        if not worked:
            stop.wait(idle_seconds)
