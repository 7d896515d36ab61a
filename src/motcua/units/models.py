"""Administrative units and agencies over time. History is never rewritten: rows end."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Q


class UnitLevel(models.TextChoices):
    PROVINCE = "province", "Tỉnh, thành phố"
    DISTRICT = "district", "Quận, huyện"
    COMMUNE = "commune", "Xã, phường, đặc khu"


class ValidityQuerySet(models.QuerySet):
    def valid_on(self, day: dt.date) -> ValidityQuerySet:
        return self.filter(Q(valid_from__lte=day), Q(valid_to__isnull=True) | Q(valid_to__gte=day))


class AdministrativeUnit(models.Model):
    code = models.CharField("mã", max_length=10, unique=True)
    name = models.CharField("tên", max_length=200)
    level = models.CharField("cấp", max_length=10, choices=UnitLevel.choices)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    valid_from = models.DateField("hiệu lực từ")
    valid_to = models.DateField("hiệu lực đến", null=True, blank=True)
    successors = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="predecessors"
    )

    objects = ValidityQuerySet.as_manager()

    class Meta:
        verbose_name = "đơn vị hành chính"
        verbose_name_plural = "đơn vị hành chính"

    def __str__(self) -> str:
        return self.name


class AgencyKind(models.TextChoices):
    PROVINCE_COMMITTEE = "province_committee", "UBND tỉnh"
    DEPARTMENT = "department", "Sở, ban, ngành"
    SERVICE_CENTRE = "service_centre", "Trung tâm Phục vụ hành chính công tỉnh"
    COMMUNE_COMMITTEE = "commune_committee", "UBND cấp xã"
    COMMUNE_CENTRE = "commune_centre", "Trung tâm Phục vụ hành chính công cấp xã"
    OTHER = "other", "Khác"


class Agency(models.Model):
    """An agency. Its electronic identifier code (QCVN 102) is an attribute, not the key."""

    code = models.CharField("mã định danh", max_length=13, db_index=True)
    name = models.CharField("tên", max_length=300)
    kind = models.CharField("loại", max_length=20, choices=AgencyKind.choices)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    unit = models.ForeignKey(AdministrativeUnit, on_delete=models.PROTECT, related_name="agencies")
    valid_from = models.DateField("hiệu lực từ")
    valid_to = models.DateField("hiệu lực đến", null=True, blank=True)
    # Working periods, e.g. [["07:30","11:30"],["13:30","17:00"]]; empty = the default hours.
    working_hours = models.JSONField("giờ làm việc", default=list, blank=True)

    objects = ValidityQuerySet.as_manager()

    class Meta:
        verbose_name = "cơ quan"
        verbose_name_plural = "cơ quan"
        constraints = [
            models.UniqueConstraint(fields=["code", "valid_from"], name="agency_code_from_unique")
        ]

    def __str__(self) -> str:
        return self.name
