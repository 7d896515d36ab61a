"""Appending to the audit log: one INSERT, in the caller's transaction, no read.

An action's entry commits with the action or not at all (it is written inside the action's
transaction); a view's entry is written once the page or file is about to be served. Chaining
happens later (seal.py), so intake never waits on the chain's head.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from motcua.accounts.models import Role, User
from motcua.audit.models import AuditEntry, AuditKind

# The client address of the request being served (set by audit.middleware), so an action's entry
# says where it came from without the services knowing about requests.
CLIENT: ContextVar[str] = ContextVar("audit_client", default="")


def audit_record(
    *,
    actor: User | None,
    kind: str,
    subject: str = "",
    detail: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry (unsealed). `detail` is small: names and ids, never personal data."""
    client = CLIENT.get()
    entry = AuditEntry(
        at=timezone.now(),
        actor_id=actor.pk if actor is not None else None,
        actor_username=actor.username[:150] if actor is not None else "",
        actor_role=str(actor.role) if actor is not None else "",
        kind=kind,
        subject=subject[:100],
        detail={**(detail or {}), **({"client": client} if client else {})},
    )
    entry.save(force_insert=True)
    return entry


def audit_action(actor: User, *, subject: str, action: str, **detail: Any) -> AuditEntry:
    """A change to a dossier, recorded inside the service's transaction."""
    return audit_record(
        actor=actor, kind=AuditKind.ACTION, subject=subject, detail={"action": action, **detail}
    )


def audit_view(
    request_or_user: HttpRequest | User,
    *,
    subject: str,
    what: str,
    kind: str = AuditKind.VIEW,
    **detail: Any,
) -> AuditEntry | None:
    """An officer saw (or exported) personal data: the page or file `what` about `subject`.

    A citizen looking at their own dossier is not recorded (they only ever see their own);
    an export is recorded whoever asks."""
    user = request_or_user if isinstance(request_or_user, User) else request_or_user.user
    if not isinstance(user, User) or not user.is_authenticated:
        return None
    if kind == AuditKind.VIEW and user.role == Role.CITIZEN:
        return None
    return audit_record(actor=user, kind=kind, subject=subject, detail={"what": what, **detail})
