"""The audit log: who did or saw what, when, from where; append-only and chained by hash.

The actor is kept as a plain id and a username snapshot, not a foreign key: deleting or
anonymising a user later never rewrites (and so never breaks) the log. The chain columns are
empty until the sealer fills them (audit/seal.py); the database refuses every other change
(audit/guards.py).
"""

from __future__ import annotations

from django.db import models


class AuditKind(models.TextChoices):
    ACTION = "action", "Thao tác trên hồ sơ"
    VIEW = "view", "Xem dữ liệu cá nhân"
    EXPORT = "export", "Xuất dữ liệu"
    LOGIN = "login", "Đăng nhập"
    LOGIN_FAILED = "login_failed", "Đăng nhập không thành công"


class AuditEntry(models.Model):
    id = models.BigAutoField(primary_key=True)
    at = models.DateTimeField("thời điểm")
    actor_id = models.BigIntegerField("mã người dùng", null=True, blank=True)
    actor_username = models.CharField("tên đăng nhập", max_length=150, blank=True)
    actor_role = models.CharField("vai trò", max_length=16, blank=True)
    kind = models.CharField("loại", max_length=16, choices=AuditKind.choices)
    subject = models.CharField("hồ sơ", max_length=100, blank=True)
    detail = models.JSONField("chi tiết", default=dict)
    seq = models.BigIntegerField("số thứ tự trong chuỗi", null=True, blank=True, unique=True)
    # NULL, not "", until sealed: the triggers allow filling them from NULL once.
    prev_hash = models.CharField("mã băm mục trước", max_length=64, null=True, blank=True)  # noqa: DJ001
    hash = models.CharField("mã băm", max_length=64, null=True, blank=True)  # noqa: DJ001

    class Meta:
        verbose_name = "mục nhật ký kiểm toán"
        verbose_name_plural = "nhật ký kiểm toán"
        indexes = [
            # The sealer's queue: small, since entries leave it within seconds.
            models.Index(
                fields=["id"], condition=models.Q(seq__isnull=True), name="audit_unsealed"
            ),
            models.Index(fields=["subject", "at"], name="audit_subject_at"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.actor_username} {self.kind} {self.subject}"


class AuditHead(models.Model):
    """One row: the last sealed entry's seq and hash, moved forward by the sealer."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64)
    sealed_at = models.DateTimeField()

    class Meta:
        verbose_name = "đầu chuỗi nhật ký"
        verbose_name_plural = "đầu chuỗi nhật ký"

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"
