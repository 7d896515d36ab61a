"""Appending never waits on the chain: concurrent writers, sealers running meanwhile, an entry
committed after a later one was sealed; the chain stays whole (real threads, real connections)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from django.db import connection, transaction

from motcua.audit.models import AuditEntry
from motcua.audit.seal import audit_seal
from motcua.audit.services import audit_record
from motcua.audit.tests.helpers import tampering, verify
from motcua.dossiers.tests.helpers import received
from motcua.testing.cast import build_cast
from motcua.testing.threads import in_threads

pytestmark = pytest.mark.django_db(transaction=True)
on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")


@on_postgresql
def test_concurrent_writers_and_sealers_make_one_whole_chain():
    cast = build_cast()
    writers, each = 6, 15

    def work(i: int) -> int:
        if i >= writers:  # two sealers, sealing while the writers write
            return sum(audit_seal(batch=7) for _ in range(40))
        for n in range(each):
            with transaction.atomic():
                audit_record(actor=cast.desk, kind="view", subject=f"T{i}", detail={"n": n})
                if n % 5 == 0:
                    received(cast)  # a real action too: its own entry in its transaction
        return 0

    results = in_threads(writers + 2, work)
    assert not [r for r in results if isinstance(r, Exception)], results
    audit_seal()
    total = AuditEntry.objects.count()
    assert total == writers * each + writers * 3
    seqs = sorted(AuditEntry.objects.values_list("seq", flat=True))
    assert seqs == list(range(1, total + 1))
    intact, said = verify()
    assert intact, said
    assert f"toàn vẹn: {total} mục" in said


@on_postgresql
def test_an_entry_committed_after_a_later_one_was_sealed_goes_after_it():
    inserted, release = threading.Event(), threading.Event()
    box: dict[str, int] = {}

    def slow_writer() -> None:
        try:
            with transaction.atomic():
                box["late"] = audit_record(actor=None, kind="view", subject="LATE").pk
                inserted.set()
                release.wait(30)
        finally:
            connection.close()

    thread = threading.Thread(target=slow_writer)
    thread.start()
    assert inserted.wait(30)
    quick = audit_record(actor=None, kind="view", subject="QUICK")
    assert audit_seal() == 1  # the late entry is not visible yet
    release.set()
    thread.join(30)
    assert audit_seal() == 1
    late = AuditEntry.objects.get(pk=box["late"])
    quick.refresh_from_db()
    assert late.pk < quick.pk and (quick.seq, late.seq) == (1, 2)
    assert verify()[0]


def test_the_command_exits_0_when_intact_and_1_naming_the_entry():
    for n in range(3):
        audit_record(actor=None, kind="view", subject=f"S{n}")
    audit_seal()
    env = dict(os.environ, DATABASE_URL=_database_url())
    command = [sys.executable, "-m", "motcua.cli", "audit", "verify"]
    ok = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert "Nhật ký kiểm toán toàn vẹn: 3 mục" in ok.stdout

    second = AuditEntry.objects.get(seq=2)
    with tampering() as cursor:
        cursor.execute("UPDATE audit_auditentry SET subject = 'X' WHERE id = %s", [second.pk])
    bad = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1
    assert f"Mục số 2 (id {second.pk}) đã bị sửa" in bad.stderr


def _database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
