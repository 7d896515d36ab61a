"""Checking the chain: walk it by seq (streamed), recompute every hash, find gaps, check the head.

The first fault is named: an entry edited (its hash no longer matches its fields, or it no longer
points to the entry before it), an entry missing (a gap in seq), the head not matching the last
entry or behind entries sealed after it, or an anchored head hash (`expect_head`) not in the chain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import Max
from django.utils import timezone

from motcua.audit.chain import FIELDS, GENESIS, entry_hash
from motcua.audit.models import AuditEntry, AuditHead

CHUNK = 5000
UNSEALED_GRACE = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class Fault:
    code: str  # edited | missing | head_mismatch | head_behind | head_missing | anchor_missing
    message: str
    seq: int | None = None
    entry_id: int | None = None


@dataclass(frozen=True)
class Verdict:
    entries: int
    head_seq: int
    head_hash: str
    fault: Fault | None
    stale_unsealed: int  # unsealed entries older than UNSEALED_GRACE: is the sealer running?
    anchor_seq: int | None = None  # where `expect_head` was found

    @property
    def ok(self) -> bool:
        return self.fault is None


def _sealed(head_seq: int) -> Iterator[tuple[Any, ...]]:
    rows = AuditEntry.objects.filter(seq__isnull=False, seq__lte=head_seq).order_by("seq")
    return rows.values_list(*FIELDS, "prev_hash", "hash").iterator(chunk_size=CHUNK)


def _walk(head_seq: int, expect_head: str) -> tuple[int, str, int | None, Fault | None]:
    """(entries checked, last hash, seq where `expect_head` was seen, first fault)."""
    expected, prev, prev_id, anchor = 1, GENESIS, None, None
    for row in _sealed(head_seq):
        entry_id, seq, prev_hash, digest = row[0], row[-3], row[-2], row[-1]
        if seq != expected:
            after = f"sau mục id {prev_id}" if prev_id else "ở đầu chuỗi"
            return expected - 1, prev, anchor, _missing(expected, seq - 1, after)
        if prev_hash != prev or entry_hash(prev, row[:-2]) != digest:
            message = f"Mục số {seq} (id {entry_id}) đã bị sửa: mã băm không khớp nội dung."
            return expected - 1, prev, anchor, Fault("edited", message, seq, entry_id)
        if digest == expect_head:
            anchor = seq
        expected, prev, prev_id = expected + 1, digest, entry_id
    if expected - 1 != head_seq:
        after = f"sau mục id {prev_id}" if prev_id else "ở đầu chuỗi"
        return expected - 1, prev, anchor, _missing(expected, head_seq, after)
    return head_seq, prev, anchor, None


def _missing(first: int, last: int, after: str) -> Fault:
    which = f"số {first}" if first == last else f"số {first}–{last}"
    message = f"Thiếu mục {which} ({after}): mục đã bị xóa."
    return Fault("missing", message, first)


def _head_fault(head: AuditHead | None, last_hash: str) -> Fault | None:
    if head is None:
        if AuditEntry.objects.filter(seq__isnull=False).exists():
            return Fault("head_missing", "Mất đầu chuỗi (bảng audit_audithead trống).")
        return None
    if head.hash != last_hash:
        message = (
            f"Đầu chuỗi không khớp: đầu chuỗi ghi mục số {head.seq} mã băm {head.hash}, "
            f"mục số {head.seq} có mã băm {last_hash}."
        )
        return Fault("head_mismatch", message, head.seq)
    # Read the highest seq before the head again: a seal committed meanwhile moves both.
    top = AuditEntry.objects.aggregate(top=Max("seq"))["top"] or 0
    again = AuditHead.objects.filter(pk=1).values_list("seq", flat=True).first() or 0
    if top > again:
        message = f"Có mục số {top} sau đầu chuỗi (mục số {again}): đầu chuỗi đã bị sửa."
        return Fault("head_behind", message, top)
    return None


def audit_verify(*, expect_head: str = "") -> Verdict:
    head = AuditHead.objects.filter(pk=1).first()
    head_seq = head.seq if head else 0
    entries, last_hash, anchor, fault = _walk(head_seq, expect_head)
    fault = fault or _head_fault(head, last_hash)
    if fault is None and expect_head and anchor is None:
        message = (
            f"Mã băm đã neo {expect_head} không có trong chuỗi: "
            "các mục đến mốc đó đã bị sửa hoặc xóa."
        )
        fault = Fault("anchor_missing", message)
    stale = AuditEntry.objects.filter(
        seq__isnull=True, at__lt=timezone.now() - UNSEALED_GRACE
    ).count()
    return Verdict(
        entries=entries,
        head_seq=head_seq,
        head_hash=head.hash if head else GENESIS,
        fault=fault,
        stale_unsealed=stale,
        anchor_seq=anchor,
    )
