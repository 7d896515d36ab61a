"""The database refuses to change or delete an audit entry, sealed or not, whoever asks through
the application; only the sealer's one-time filling of the chain columns goes through."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import DatabaseError, IntegrityError, connection, transaction

from motcua.audit.models import AuditEntry, AuditHead
from motcua.audit.services import audit_record
from motcua.audit.tests.helpers import seal, sealed

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")


def refused(fn) -> str:
    with pytest.raises(IntegrityError) as caught, transaction.atomic():
        fn()
    assert "append-only" in str(caught.value)
    return str(caught.value)


@pytest.mark.django_db
def test_editing_an_entry_is_refused_sealed_or_not():
    (done,) = sealed(1)
    original = done.subject
    waiting = audit_record(actor=None, kind="view", subject="A")
    for entry in (done, waiting):
        entry.subject = "B"
        refused(lambda e=entry: e.save())
        refused(lambda e=entry: AuditEntry.objects.filter(pk=e.pk).update(detail={}))
    assert set(AuditEntry.objects.values_list("subject", flat=True)) == {"A", original}


@pytest.mark.django_db
def test_deleting_an_entry_is_refused_sealed_or_not():
    (done,) = sealed(1)
    waiting = audit_record(actor=None, kind="view", subject="A")
    refused(lambda: done.delete())
    refused(lambda: waiting.delete())
    refused(lambda: AuditEntry.objects.all().delete())
    assert AuditEntry.objects.count() == 2


@pytest.mark.django_db
def test_a_sealed_entry_cannot_be_sealed_again_nor_unsealed():
    (done,) = sealed(1)
    refused(lambda: AuditEntry.objects.filter(pk=done.pk).update(hash="0" * 64))
    refused(lambda: AuditEntry.objects.filter(pk=done.pk).update(seq=None, hash=None))
    waiting = audit_record(actor=None, kind="view", subject="A")
    # Sealing must leave every other column as it was.
    refused(
        lambda: AuditEntry.objects.filter(pk=waiting.pk).update(
            seq=2, prev_hash="0" * 64, hash="1" * 64, subject="B"
        )
    )
    assert seal() == "Đã niêm phong 1 mục.\n"


@pytest.mark.django_db
def test_the_triggers_cover_every_column():
    from motcua.audit import guards

    columns = {f.column for f in AuditEntry._meta.concrete_fields}
    assert columns == set(guards.FROZEN) | set(guards.CHAIN)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        else:
            cursor.execute(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_auditentry'::regclass"
                " AND NOT tgisinternal"
            )
        names = {row[0] for row in cursor.fetchall()}
    assert {n for n in names if n.startswith("audit_")} == {
        "sqlite": {"audit_entry_no_update", "audit_entry_no_delete"},
        "postgresql": {"audit_entry_append_only", "audit_entry_no_truncate"},
    }[connection.vendor]


@on_postgresql
@pytest.mark.django_db
def test_truncate_is_refused_on_postgresql():
    sealed(1)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("TRUNCATE audit_auditentry")
    assert AuditEntry.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_flush_still_empties_the_database_and_keeps_the_triggers():
    """`flush` (and the test runner between transactional tests) lifts them for its own
    transaction only."""
    sealed(2)
    call_command("flush", interactive=False, verbosity=0)
    assert AuditEntry.objects.count() == 0 and AuditHead.objects.count() == 0
    (entry,) = sealed(1)
    refused(lambda: entry.delete())


@pytest.mark.django_db
def test_the_admin_lists_entries_and_offers_no_change(admin_client):
    entry = next(e for e in sealed(1) if e.kind == "view")  # (the sign-in is there too)
    listing = admin_client.get("/admin/audit/auditentry/")
    assert listing.status_code == 200 and entry.subject in listing.content.decode()
    assert admin_client.get(f"/admin/audit/auditentry/{entry.pk}/change/").status_code == 200
    assert admin_client.get("/admin/audit/auditentry/add/").status_code == 403
    assert admin_client.get(f"/admin/audit/auditentry/{entry.pk}/delete/").status_code == 403
