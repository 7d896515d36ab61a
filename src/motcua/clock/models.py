from __future__ import annotations

from django.db import models


class CalendarOverride(models.Model):
    """A late announcement the `holidays` package lacks: a day off, or a (swapped) working day."""

    day = models.DateField("ngày", unique=True)
    is_working_day = models.BooleanField("là ngày làm việc", default=False)
    reason = models.CharField("lý do", max_length=200)

    class Meta:
        verbose_name = "ngày điều chỉnh lịch"
        verbose_name_plural = "ngày điều chỉnh lịch"
        ordering = ["day"]

    def __str__(self) -> str:
        kind = "làm việc" if self.is_working_day else "nghỉ"
        return f"{self.day:%d/%m/%Y} ({kind}): {self.reason}"
