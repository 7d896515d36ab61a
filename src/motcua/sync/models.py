"""Deliveries: one event for one outside consumer. The database is the queue."""

from __future__ import annotations

from django.db import models


class DeliveryState(models.TextChoices):
    PENDING = "pending", "Chờ gửi"
    DELIVERED = "delivered", "Đã gửi"
    DEAD = "dead", "Lỗi, ngừng gửi lại"


class Delivery(models.Model):
    event = models.ForeignKey("dossiers.Event", on_delete=models.PROTECT, related_name="deliveries")
    dossier = models.ForeignKey(
        "dossiers.Dossier", on_delete=models.PROTECT, related_name="deliveries"
    )
    consumer = models.CharField("nơi nhận", max_length=32)
    state = models.CharField(
        max_length=10, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    delivered_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField()

    class Meta:
        verbose_name = "lượt gửi"
        verbose_name_plural = "lượt gửi"
        constraints = [
            models.UniqueConstraint(fields=["event", "consumer"], name="delivery_event_consumer")
        ]
        indexes = [
            models.Index(fields=["consumer", "state", "next_attempt_at"], name="delivery_due"),
        ]

    def __str__(self) -> str:
        return f"{self.consumer}:{self.event_id} {self.state}"
