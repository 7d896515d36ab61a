"""Sealing: chain the unsealed entries, in id order, after the head.

One sealer at a time (a PostgreSQL advisory lock; SQLite's write lock is global anyway). An entry
committed late with a smaller id than one already sealed simply goes after it: the chain's order
is the order of sealing, not of ids.
"""

from __future__ import annotations

from django.db import connection, transaction
from django.utils import timezone

from motcua.audit.chain import FIELDS, GENESIS, entry_hash
from motcua.audit.models import AuditEntry, AuditHead
from motcua.errors import DomainError

SEAL_LOCK = 0x6D6F74637561  # "motcua": the advisory lock key of the sealer
BATCH = 2000
_SEAL_SQL = 'UPDATE "audit_auditentry" SET seq = %s, prev_hash = %s, hash = %s WHERE id = %s'


def audit_seal(*, batch: int = BATCH) -> int:
    """Seal every entry committed so far; return how many. Safe to run from several workers."""
    sealed = 0
    # Checked outside a transaction: no lock at all (SQLite: no write lock) when idle.
    while AuditEntry.objects.filter(seq__isnull=True).exists():
        done = _seal_batch(batch)
        sealed += done
        if done < batch:
            break
    return sealed


def _locked_head() -> AuditHead:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SEAL_LOCK])
    head = AuditHead.objects.filter(pk=1).first()
    if head is not None:
        return head
    if AuditEntry.objects.filter(seq__isnull=False).exists():
        raise DomainError(
            "audit_head_missing",
            "Mất đầu chuỗi nhật ký kiểm toán trong khi đã có mục được niêm phong: "
            "chạy “motcua audit verify” và báo cho quản trị.",
            message_en="The audit chain's head is gone while sealed entries exist: "
            "run `motcua audit verify` and tell the administrator.",
        )
    return AuditHead(pk=1, seq=0, hash=GENESIS)


@transaction.atomic
def _seal_batch(batch: int) -> int:
    head = _locked_head()
    fields = [f for f in FIELDS if f != "seq"]
    rows = list(
        AuditEntry.objects.filter(seq__isnull=True).order_by("pk").values_list(*fields)[:batch]
    )
    seq, prev = head.seq, head.hash
    updates = []
    for row in rows:
        seq += 1
        digest = entry_hash(prev, (*row, seq))
        updates.append((seq, prev, digest, row[0]))
        prev = digest
    if not updates:
        return 0
    with connection.cursor() as cursor:
        cursor.executemany(_SEAL_SQL, updates)
    head.seq, head.hash, head.sealed_at = seq, prev, timezone.now()
    head.save()
    return len(updates)
