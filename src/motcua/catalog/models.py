"""The procedure catalogue. A version is an immutable snapshot; a dossier is pinned to one."""

from __future__ import annotations

from typing import Any

from django.db import models

from motcua.catalog.laythutuc import parse
from motcua.catalog.spec import OnlineLevel, ProcedureSpec


class Field(models.Model):
    code = models.CharField("mã lĩnh vực", max_length=50, unique=True)
    name = models.CharField("tên lĩnh vực", max_length=300)

    class Meta:
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Procedure(models.Model):
    code = models.CharField("mã thủ tục", max_length=40, unique=True)
    current = models.ForeignKey(
        "ProcedureVersion", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "thủ tục hành chính"
        verbose_name_plural = "thủ tục hành chính"

    def __str__(self) -> str:
        return self.code


class ProcedureVersion(models.Model):
    """One version of a procedure, stored whole in the portal's LayThuTuc shape (`data`)."""

    procedure = models.ForeignKey(Procedure, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField("phiên bản")
    valid_from = models.DateTimeField("áp dụng từ")
    valid_to = models.DateTimeField("áp dụng đến", null=True, blank=True)
    name = models.CharField("tên thủ tục", max_length=1000)
    field = models.ForeignKey(Field, on_delete=models.PROTECT, related_name="versions")
    online_level = models.CharField(
        "mức độ dịch vụ công trực tuyến",
        max_length=10,
        choices=[(x.value, x.value) for x in OnlineLevel],
    )
    levels = models.JSONField("cấp thực hiện", default=list)
    search_text = models.TextField("văn bản tìm kiếm", editable=False)
    digest = models.CharField(max_length=64, editable=False)
    data = models.JSONField("nội dung (LayThuTuc)")

    class Meta:
        verbose_name = "phiên bản thủ tục"
        verbose_name_plural = "phiên bản thủ tục"
        constraints = [
            models.UniqueConstraint(fields=["procedure", "number"], name="version_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.procedure.code} v{self.number}: {self.name}"

    @property
    def spec(self) -> ProcedureSpec:
        return _spec_of(self.pk, self.digest, self.data)


_SPECS: dict[tuple[int, str], ProcedureSpec] = {}


def _spec_of(pk: int, digest: str, data: dict[str, Any]) -> ProcedureSpec:
    # Versions are immutable, so the parsed spec is cached per (id, digest) for the process.
    key = (pk, digest)
    spec = _SPECS.get(key)
    if spec is None:
        spec = parse(data)[0]
        if len(_SPECS) > 10_000:
            _SPECS.clear()
        _SPECS[key] = spec
    return spec
