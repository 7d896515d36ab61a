from __future__ import annotations

from django.db import models


class RateCount(models.Model):
    """How often one client (or one dossier code) did something in one fixed time window.

    Counted in the database, so that every web process shares the count (gunicorn runs several);
    a row outlives its window briefly and is then deleted (selectors.rate_hit)."""

    key = models.CharField(max_length=100, primary_key=True)  # "<what>:<window>:<sha-256 of who>"
    hits = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "lượt đếm giới hạn truy cập"
        verbose_name_plural = "lượt đếm giới hạn truy cập"

    def __str__(self) -> str:
        return f"{self.key}: {self.hits}"
