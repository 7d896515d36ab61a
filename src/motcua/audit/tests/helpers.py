"""Shortcuts for the audit tests: the entries, `motcua audit verify`, tampering with the table."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from io import StringIO
from typing import Any

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from motcua.audit import guards
from motcua.audit.models import AuditEntry


def entries(**filters: Any) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(kind, actor, subject, detail without the client address) in id order."""
    rows = AuditEntry.objects.filter(**filters).order_by("pk")
    return [
        (e.kind, e.actor_username, e.subject, {k: v for k, v in e.detail.items() if k != "client"})
        for e in rows
    ]


def seal() -> str:
    out = StringIO()
    call_command("audit", "seal", stdout=out)
    return out.getvalue()


def verify(*args: str) -> tuple[bool, str]:
    """(intact?, what the command said)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("audit", "verify", *args, stdout=out, stderr=err)
    except CommandError as error:
        return False, out.getvalue() + str(error)
    return True, out.getvalue() + err.getvalue()


@contextmanager
def tampering() -> Iterator[Any]:
    """A cursor with the append-only triggers off, as a database superuser could."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditentry DISABLE TRIGGER USER")
        else:
            guards.run(connection, install=False)
        try:
            yield cursor
        finally:
            if connection.vendor == "postgresql":
                cursor.execute("ALTER TABLE audit_auditentry ENABLE TRIGGER USER")
            else:
                guards.run(connection, install=True)


def sealed(count: int) -> list[AuditEntry]:
    """`count` entries of every kind of field, sealed; in seq order."""
    from motcua.audit.services import audit_record

    for i in range(count):
        audit_record(
            actor=None,
            kind="view",
            subject=f"H10-260302-{i:05d}",
            detail={"what": "desk_dossier", "n": i, "tên": "Đỗ Minh Châu"},
        )
    seal()
    return list(AuditEntry.objects.order_by("seq"))
