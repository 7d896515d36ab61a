"""Reads about the delivery queue, for the dashboard and the admin."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, Min
from django.utils import timezone

from motcua.sync.models import Delivery, DeliveryState


def sync_lag(consumer: str, *, now: dt.datetime | None = None) -> tuple[int, dt.timedelta | None]:
    """(pending deliveries, age of the oldest pending one) for `consumer`, in one query.
    The age runs from the event's instant, so a portal outage shows as a growing lag."""
    row = Delivery.objects.filter(consumer=consumer, state=DeliveryState.PENDING).aggregate(
        pending=Count("pk"), oldest=Min("created_at")
    )
    oldest = row["oldest"]
    return row["pending"], None if oldest is None else (now or timezone.now()) - oldest
