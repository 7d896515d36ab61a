"""`motcua audit seal` chains the entries; `motcua audit verify` walks the chain and says it is
intact, with the head hash to anchor elsewhere."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db import connection

from motcua.audit.chain import GENESIS, entry_hash
from motcua.audit.models import AuditEntry, AuditHead
from motcua.audit.services import audit_record
from motcua.audit.tests.helpers import seal, sealed, tampering, verify
from motcua.dossiers.tests.helpers import at_officer

pytestmark = pytest.mark.django_db


def test_an_empty_log_is_intact():
    assert verify() == (
        True,
        f"Nhật ký kiểm toán toàn vẹn: 0 mục (0.0 s).\nĐầu chuỗi: mục số 0, mã băm {GENESIS}\n",
    )


def test_sealing_chains_every_entry_by_hash_in_order(cast):
    at_officer(cast)
    assert seal() == "Đã niêm phong 2 mục.\n"
    first, second = AuditEntry.objects.order_by("seq")
    assert (first.seq, first.prev_hash) == (1, GENESIS)
    assert (second.seq, second.prev_hash) == (2, first.hash)
    assert re.fullmatch(r"[0-9a-f]{64}", second.hash or "")
    head = AuditHead.objects.get()
    assert (head.seq, head.hash) == (2, second.hash)

    intact, said = verify()
    assert intact, said
    assert said.startswith("Nhật ký kiểm toán toàn vẹn: 2 mục")
    assert f"Đầu chuỗi: mục số 2, mã băm {second.hash}" in said
    assert seal() == "Đã niêm phong 0 mục.\n"


def test_the_hash_covers_every_field_and_the_previous_hash():
    (entry,) = sealed(1)
    values = [entry.id, entry.at, None, "", "", "view", entry.subject, entry.detail, 1]
    assert entry.hash == entry_hash(GENESIS, values)
    assert entry_hash("1" * 64, values) != entry.hash


def test_new_entries_continue_the_chain(cast):
    first = sealed(3)
    audit_record(actor=cast.desk, kind="view", subject="X", detail={"what": "t"})
    assert seal() == "Đã niêm phong 1 mục.\n"
    last = AuditEntry.objects.get(seq=4)
    assert last.prev_hash == first[-1].hash
    intact, said = verify()
    assert intact and "toàn vẹn: 4 mục" in said


def test_an_anchored_head_is_found_in_the_chain():
    entries = sealed(5)
    anchored = entries[2].hash
    intact, said = verify("--expect-head", anchored)
    assert intact and "Mã băm đã neo khớp mục số 3." in said
    intact, said = verify("--expect-head", "ab" * 32)
    assert not intact and "không có trong chuỗi" in said


def test_a_malformed_anchor_is_refused():
    intact, said = verify("--expect-head", "not-a-hash")
    assert not intact and "64 chữ số hex" in said


def test_unsealed_entries_older_than_a_minute_are_reported_not_sealed():
    sealed(2)
    old = audit_record(actor=None, kind="view", subject="X")
    with tampering() as cursor:
        long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
        at = connection.ops.adapt_datetimefield_value(long_ago)
        cursor.execute("UPDATE audit_auditentry SET at = %s WHERE id = %s", [at, old.pk])
    intact, said = verify()
    assert intact
    assert "Cảnh báo: 1 mục chưa được niêm phong sau hơn một phút" in said
    assert AuditEntry.objects.get(pk=old.pk).seq is None  # reported, not fixed
