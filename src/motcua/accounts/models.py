from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    CITIZEN = "citizen", _("Công dân, tổ chức")
    DESK = "desk", _("Cán bộ một cửa")
    OFFICER = "officer", _("Chuyên viên xử lý")
    LEADER = "leader", _("Lãnh đạo")
    ADMIN = "admin", _("Quản trị tỉnh")
    AUDITOR = "auditor", _("Thanh tra, giám sát")
    SYSTEM = "system", _("Hệ thống")


class User(AbstractUser):
    """Officers and applicants. An officer belongs to one agency; the role says what they may do."""

    full_name = models.CharField("họ và tên", max_length=200, blank=True)
    role = models.CharField("vai trò", max_length=16, choices=Role.choices, default=Role.CITIZEN)
    agency = models.ForeignKey(
        "units.Agency", on_delete=models.PROTECT, null=True, blank=True, related_name="staff"
    )
    title = models.CharField("chức danh", max_length=100, blank=True)
    department = models.CharField("phòng ban", max_length=200, blank=True)
    phone = models.CharField("số điện thoại", max_length=20, blank=True)
    id_number = models.CharField("số định danh", max_length=20, blank=True)

    class Meta:
        verbose_name = "người dùng"
        verbose_name_plural = "người dùng"

    def display_name(self) -> str:
        return self.full_name or self.get_full_name() or self.username


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for machine clients. Only the SHA-256 of the token is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="tokens")
    name = models.CharField(max_length=100, blank=True)
    digest = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    # A token narrows its user's rights (accounts/scopes.py): empty agencies = all the user may
    # reach; actions null = all the user may do, a list = only those (reading needs none).
    scope_agencies = models.JSONField(
        "chỉ các cơ quan (mã)", default=list, blank=True, help_text="Để trống: mọi cơ quan."
    )
    scope_actions = models.JSONField(
        "chỉ các thao tác", null=True, blank=True, help_text="Để trống: mọi thao tác."
    )

    class Meta:
        verbose_name = "mã truy cập API"
        verbose_name_plural = "mã truy cập API"

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user_id})"

    @classmethod
    def issue(
        cls,
        user: User,
        name: str = "",
        *,
        agencies: list[str] | None = None,
        actions: list[str] | None = None,
    ) -> tuple[ApiToken, str]:
        raw = "mc_" + secrets.token_urlsafe(32)
        token = cls.objects.create(
            user=user,
            name=name,
            digest=hash_token(raw),
            prefix=raw[:8],
            scope_agencies=agencies or [],
            scope_actions=actions,
        )
        return token, raw
