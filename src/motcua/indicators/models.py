"""Stored figures for the service index, and the weights of its indicators.

`DailyDetail` rows are the sums of every dossier's contribution (`figures.contribution`) per day
and dimensions, `DailyFigures` the same summed per agency; `DossierFigures` keeps the
contribution last added for each dossier, so that a change adds only its difference.
Dimensions are plain integers (0 = none), not foreign keys: the figures outlive the dossiers and
agencies they count, and a unique key cannot hold NULLs.
"""

from __future__ import annotations

from django.db import models

from motcua.indicators.figures import AGENCY_DIMENSIONS, COUNTERS, DIMENSIONS
from motcua.indicators.formulas import DEFAULT_WEIGHTS, GROUP_POINTS


class Figures(models.Model):
    """A day's counters (see `figures.COUNTERS`) for one combination of dimensions."""

    day = models.DateField("ngày")
    channel = models.PositiveSmallIntegerField("kênh")
    competent_agency_id = models.IntegerField("cơ quan giải quyết")
    receiving_agency_id = models.IntegerField("nơi tiếp nhận")
    unit_id = models.IntegerField("đơn vị hành chính")
    received = models.BigIntegerField(default=0)
    received_online = models.BigIntegerField(default=0)
    online_ok = models.BigIntegerField(default=0)
    with_fee = models.BigIntegerField(default=0)
    paid_online = models.BigIntegerField(default=0)
    digitised_ok = models.BigIntegerField(default=0)
    reused = models.BigIntegerField(default=0)
    identity = models.BigIntegerField(default=0)
    synced = models.BigIntegerField(default=0)
    ended_counted = models.BigIntegerField(default=0)
    ended_late = models.BigIntegerField(default=0)
    ended_disliked = models.BigIntegerField(default=0)
    result_due = models.BigIntegerField(default=0)
    result_given = models.BigIntegerField(default=0)
    processed = models.BigIntegerField(default=0)
    processed_online = models.BigIntegerField(default=0)
    processing_seconds = models.BigIntegerField(default=0)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.day} {self.competent_agency_id}: {self.received}"


class DailyFigures(Figures):
    """Per day, channel, competent agency, receiving agency and unit: what the scorecard, the
    ranking and the trends read (a few rows per agency and day)."""

    class Meta:
        verbose_name = "số liệu ngày theo cơ quan"
        verbose_name_plural = "số liệu ngày theo cơ quan"
        constraints = [
            models.UniqueConstraint(fields=["day", *AGENCY_DIMENSIONS], name="daily_figures_key")
        ]
        indexes = [
            models.Index(fields=["competent_agency_id", "day"], name="daily_figures_competent"),
            models.Index(fields=["receiving_agency_id", "day"], name="daily_figures_receiving"),
        ]


class DailyDetail(Figures):
    """The same per procedure, field and receiving officer too: for breakdowns by them."""

    procedure_id = models.IntegerField("thủ tục")
    field_id = models.IntegerField("lĩnh vực")
    receiver_id = models.IntegerField("cán bộ tiếp nhận")

    class Meta:
        verbose_name = "số liệu ngày chi tiết"
        verbose_name_plural = "số liệu ngày chi tiết"
        constraints = [
            models.UniqueConstraint(fields=["day", *DIMENSIONS], name="daily_detail_key")
        ]
        indexes = [
            models.Index(fields=["competent_agency_id", "day"], name="daily_detail_competent"),
            models.Index(fields=["receiving_agency_id", "day"], name="daily_detail_receiving"),
        ]


assert {f.name for f in DailyFigures._meta.fields} >= {"day", *AGENCY_DIMENSIONS, *COUNTERS}
assert {f.name for f in DailyDetail._meta.fields} >= {"day", *DIMENSIONS, *COUNTERS}


class DossierFigures(models.Model):
    """The contribution last added to `DailyFigures` for one dossier: [[key…, counts…], …]."""

    dossier = models.OneToOneField(
        "dossiers.Dossier", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    rows = models.JSONField(default=list)

    class Meta:
        verbose_name = "số liệu của hồ sơ"
        verbose_name_plural = "số liệu của hồ sơ"

    def __str__(self) -> str:
        return f"{self.dossier_id}: {len(self.rows)}"


GROUP_CHOICES = [(group, group) for group in GROUP_POINTS]
INDICATOR_CHOICES = sorted(
    {(name, name) for weights in DEFAULT_WEIGHTS.values() for name in weights}
)


class IndicatorWeight(models.Model):
    """An administrator's weight for one indicator inside its group (Decision 766 publishes the
    points of each group, not of each indicator). Without rows the equal defaults apply; a weight
    of 0 leaves the indicator unscored."""

    group = models.CharField("nhóm", max_length=20, choices=GROUP_CHOICES)
    indicator = models.CharField("chỉ số", max_length=40, choices=INDICATOR_CHOICES)
    weight = models.DecimalField("trọng số", max_digits=6, decimal_places=3)

    class Meta:
        verbose_name = "trọng số chỉ số"
        verbose_name_plural = "trọng số chỉ số"
        constraints = [
            models.UniqueConstraint(fields=["group", "indicator"], name="indicator_weight_key"),
            models.CheckConstraint(
                condition=models.Q(weight__gte=0), name="indicator_weight_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.group}/{self.indicator} = {self.weight}"
