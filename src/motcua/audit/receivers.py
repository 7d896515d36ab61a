"""Sign-ins, successful or not, go to the audit log."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from motcua.accounts.models import User
from motcua.audit.models import AuditKind
from motcua.audit.services import audit_record


@receiver(user_logged_in, dispatch_uid="audit-login")
def on_login(sender: Any, user: User, **kwargs: Any) -> None:
    audit_record(actor=user, kind=AuditKind.LOGIN)


@receiver(user_login_failed, dispatch_uid="audit-login-failed")
def on_login_failed(sender: Any, credentials: dict[str, Any], **kwargs: Any) -> None:
    username = str(credentials.get("username", ""))[:150]
    audit_record(actor=None, kind=AuditKind.LOGIN_FAILED, detail={"username": username})
