"""Whoever edits or deletes entries behind the triggers' back (a superuser can turn them off),
`motcua audit verify` exits 1 naming the first entry at fault."""

from __future__ import annotations

import pytest

from motcua.audit.models import AuditEntry
from motcua.audit.tests.helpers import sealed, tampering, verify

pytestmark = pytest.mark.django_db


@pytest.fixture
def chain() -> list[AuditEntry]:
    entries = sealed(6)
    assert verify()[0]
    return entries


def broken(expected: str) -> None:
    intact, said = verify()
    assert not intact, said
    assert "Nhật ký kiểm toán KHÔNG toàn vẹn" in said
    assert expected in said, said


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("actor_username", "someone.else"),
        ("subject", "H10-260302-99999"),
        ("kind", "action"),
        ("detail", '{"what": "nothing"}'),
        ("actor_id", "42"),
    ],
)
def test_an_edited_field_is_named(chain, column, value):
    third = chain[2]
    with tampering() as cursor:
        cursor.execute(
            f"UPDATE audit_auditentry SET {column} = %s WHERE id = %s", [value, third.pk]
        )
    broken(f"Mục số 3 (id {third.pk}) đã bị sửa")


def test_an_edited_time_is_named(chain):
    fifth = chain[4]
    with tampering() as cursor:
        cursor.execute(
            "UPDATE audit_auditentry SET at = (SELECT at FROM audit_auditentry WHERE seq = 1) "
            "WHERE id = %s",
            [fifth.pk],
        )
    broken(f"Mục số 5 (id {fifth.pk}) đã bị sửa")


def test_an_entry_rehashed_alone_breaks_the_next_one(chain):
    """Editing an entry and recomputing its own hash still breaks the link from the next."""
    from motcua.audit.chain import entry_hash

    third = chain[2]
    values = [third.id, third.at, third.actor_id, "x", "", "view", third.subject, third.detail, 3]
    with tampering() as cursor:
        cursor.execute(
            "UPDATE audit_auditentry SET actor_username = 'x', hash = %s WHERE id = %s",
            [entry_hash(third.prev_hash or "", values), third.pk],
        )
    broken(f"Mục số 4 (id {chain[3].pk}) đã bị sửa")


def test_a_deleted_middle_entry_is_named(chain):
    with tampering() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [chain[3].pk])
    broken(f"Thiếu mục số 4 (sau mục id {chain[2].pk}): mục đã bị xóa.")


def test_a_deleted_first_entry_is_named(chain):
    with tampering() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [chain[0].pk])
    broken("Thiếu mục số 1 (ở đầu chuỗi): mục đã bị xóa.")


def test_a_deleted_last_entry_is_named(chain):
    with tampering() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [chain[5].pk])
    broken(f"Thiếu mục số 6 (sau mục id {chain[4].pk}): mục đã bị xóa.")


def test_swapped_hashes_are_named(chain):
    second, fourth = chain[1], chain[3]
    with tampering() as cursor:
        cursor.execute(
            "UPDATE audit_auditentry SET hash = %s WHERE id = %s", [fourth.hash, second.pk]
        )
        cursor.execute(
            "UPDATE audit_auditentry SET hash = %s WHERE id = %s", [second.hash, fourth.pk]
        )
    broken(f"Mục số 2 (id {second.pk}) đã bị sửa")


def test_a_renumbered_entry_is_named(chain):
    with tampering() as cursor:
        cursor.execute("UPDATE audit_auditentry SET seq = 60 WHERE id = %s", [chain[5].pk])
    broken("Thiếu mục số 6")


def test_an_edited_head_hash_is_named(chain):
    with tampering() as cursor:
        cursor.execute("UPDATE audit_audithead SET hash = %s", ["ab" * 32])
    broken(f"Đầu chuỗi không khớp: đầu chuỗi ghi mục số 6 mã băm {'ab' * 32}")


def test_a_head_moved_back_over_deleted_entries_is_named(chain):
    """The head moved back onto the fourth entry: the entries sealed after it show it."""
    with tampering() as cursor:
        cursor.execute("UPDATE audit_audithead SET seq = 4, hash = %s", [chain[3].hash])
    broken("Có mục số 6 sau đầu chuỗi (mục số 4): đầu chuỗi đã bị sửa.")


def test_a_truncated_tail_with_a_rewritten_head_is_caught_by_the_anchor(chain):
    """Deleting the newest entries and moving the head back is consistent inside the database;
    the head hash printed earlier (and kept outside) is what shows it."""
    anchored = chain[5].hash
    with tampering() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE seq > 4")
        cursor.execute("UPDATE audit_audithead SET seq = 4, hash = %s", [chain[3].hash])
    assert verify()[0]  # nothing inside the database shows it
    intact, said = verify("--expect-head", anchored)
    assert not intact and f"Mã băm đã neo {anchored} không có trong chuỗi" in said


def test_a_deleted_head_is_named(chain):
    with tampering() as cursor:
        cursor.execute("DELETE FROM audit_audithead")
    broken("Mất đầu chuỗi")
