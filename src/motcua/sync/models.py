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


class PortalDossier(models.Model):
    """A dossier the national portal has, and its code there (MaHoSo).

    A row is written when the portal first accepts the dossier (motcua's own code) or when a
    dossier filed on the national portal is taken in (the national code, unique: a record is
    never imported twice). Without a row, the next delivery sends the dossier as a create."""

    dossier = models.OneToOneField(
        "dossiers.Dossier", on_delete=models.PROTECT, primary_key=True, related_name="portal"
    )
    code = models.CharField("mã hồ sơ trên Cổng DVCQG", max_length=40, unique=True)
    inbound = models.BooleanField("nộp trên Cổng DVCQG", default=False)
    created_at = models.DateTimeField()

    class Meta:
        verbose_name = "hồ sơ trên Cổng DVCQG"
        verbose_name_plural = "hồ sơ trên Cổng DVCQG"

    def __str__(self) -> str:
        return self.code


class SyncDaily(models.Model):
    """The day's reconciliation for one competent agency: the service index's sync rate
    (dossiers at the portal ÷ dossiers received, Decision 766 group 1), written by `reconcile`."""

    agency = models.ForeignKey("units.Agency", on_delete=models.PROTECT, related_name="+")
    day = models.DateField("ngày")
    received = models.PositiveIntegerField("hồ sơ tiếp nhận")
    synced = models.PositiveIntegerField("đã có trên Cổng")
    matching = models.PositiveIntegerField("khớp trạng thái", default=0)
    requeued = models.PositiveIntegerField("gửi lại", default=0)
    checked_at = models.DateTimeField("đối soát lúc")

    class Meta:
        verbose_name = "tỷ lệ đồng bộ theo ngày"
        verbose_name_plural = "tỷ lệ đồng bộ theo ngày"
        constraints = [
            models.UniqueConstraint(fields=["agency", "day"], name="sync_daily_agency_day")
        ]

    def __str__(self) -> str:
        return f"{self.agency_id} {self.day}: {self.synced}/{self.received}"

    @property
    def rate(self) -> float | None:
        """Synced ÷ received; None (not applicable) when nothing was received."""
        return self.synced / self.received if self.received else None
