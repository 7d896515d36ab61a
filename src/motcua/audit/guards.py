"""Append-only in the database itself: triggers refuse deleting an audit entry and changing one,
except the sealer filling an unsealed entry's chain columns (seq, prev_hash, hash) once.

PostgreSQL also refuses TRUNCATE. A superuser can still disable the triggers: the hash chain is
what then shows the edit (`motcua audit verify`). pg_restore creates triggers after loading the
data, so a restore is not blocked. On SQLite a migration that alters the table remakes it and
drops its triggers: such a migration must run `install` again (test_guards checks they exist).
"""

from __future__ import annotations

from typing import Any

TABLE = "audit_auditentry"
CHAIN = ("seq", "prev_hash", "hash")
# Every other column: a seal must leave them as they were (SQLite names them one by one).
FROZEN = ("id", "at", "actor_id", "actor_username", "actor_role", "kind", "subject", "detail")
REFUSAL = "audit_auditentry is append-only"

_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.seq IS NULL AND OLD.prev_hash IS NULL AND OLD.hash IS NULL
           AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
           AND to_jsonb(NEW) - 'seq' - 'prev_hash' - 'hash'
               = to_jsonb(OLD) - 'seq' - 'prev_hash' - 'hash'
        THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION '{REFUSAL}: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END
$$
"""

PG_INSTALL = [
    _PG_FUNCTION,
    f"CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON {TABLE} "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
    f"CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON {TABLE} "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
]
PG_REMOVE = [
    f"DROP TRIGGER IF EXISTS audit_entry_no_truncate ON {TABLE}",
    f"DROP TRIGGER IF EXISTS audit_entry_append_only ON {TABLE}",
    "DROP FUNCTION IF EXISTS audit_entry_append_only()",
]

_UNCHANGED = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in FROZEN)
_SEALING = " AND ".join(
    [*(f"OLD.{c} IS NULL" for c in CHAIN), *(f"NEW.{c} IS NOT NULL" for c in CHAIN)]
)
SQLITE_INSTALL = [
    f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON {TABLE} "
    f"WHEN NOT ({_SEALING} AND {_UNCHANGED}) "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}: UPDATE refused'); END",
    f"CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON {TABLE} "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}: DELETE refused'); END",
]
SQLITE_REMOVE = [
    "DROP TRIGGER IF EXISTS audit_entry_no_update",
    "DROP TRIGGER IF EXISTS audit_entry_no_delete",
]


def statements(vendor: str, *, install: bool) -> list[str]:
    if vendor == "postgresql":
        return PG_INSTALL if install else PG_REMOVE
    if vendor == "sqlite":
        return SQLITE_INSTALL if install else SQLITE_REMOVE
    return []  # another engine: the hash chain alone


def run(connection: Any, *, install: bool) -> None:
    with connection.cursor() as cursor:
        for sql in statements(connection.vendor, install=install):
            cursor.execute(sql)
