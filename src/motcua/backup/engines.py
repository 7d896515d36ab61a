"""The database half of a backup: pg_dump/pg_restore, SQLite's online backup, row counts.

Each dump returns the row counts and latest migrations read in the dump's own snapshot.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterable, Mapping
from contextlib import closing
from pathlib import Path
from typing import Any

import psycopg
from django.apps import apps
from psycopg.conninfo import make_conninfo

from motcua.errors import DomainError

# Given to pg_dump and pg_restore through the environment, like PGPASSWORD: nothing secret in argv.
PG_ENV = {
    "password": "PGPASSWORD",
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
}
PG_FLAGS = {"dbname": "--dbname", "host": "--host", "port": "--port", "user": "--username"}


def table_counts(cursor: Any, tables: Iterable[str]) -> dict[str, int]:
    """Rows per table through any DB-API cursor (Django's, sqlite3's or psycopg's)."""
    counts = {}
    for table in tables:
        cursor.execute('SELECT count(*) FROM "{}"'.format(table.replace('"', '""')))
        counts[table] = int(cursor.fetchone()[0])
    return counts


# PostgreSQL


def pg_connect(
    database: Mapping[str, Any], *, name: str | None = None, autocommit: bool = False
) -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(make_conninfo(**_libpq(database, name)), autocommit=autocommit)
    except psycopg.Error as exc:
        raise DomainError(
            "database_unreachable",
            f"Không kết nối được PostgreSQL: {exc}",
            message_en=f"Cannot connect to PostgreSQL: {exc}",
        ) from exc


def pg_dump(
    *, dump: Path, database: Mapping[str, Any], tables: list[str]
) -> tuple[dict[str, int], dict[str, str]]:
    """Dump the database in one exported snapshot and count its rows in that same snapshot."""
    with pg_connect(database) as conn:
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        with conn.cursor() as cursor:
            cursor.execute("SELECT pg_export_snapshot()")
            row = cursor.fetchone()
            assert row is not None
            facts = _database_facts(cursor, tables)
            options = ["--format=custom", "--no-owner", "--no-acl", f"--snapshot={row[0]}"]
            _pg_run("pg_dump", [*options, f"--file={dump}"], database)
    return facts


def pg_restore(
    *, dump: Path, database: Mapping[str, Any], clean: bool, name: str | None = None
) -> None:
    """pg_restore `dump` into the settings' database, or into `name` on the same server."""
    options = ["--no-owner", "--no-acl", "--single-transaction"]
    if clean:
        options = ["--clean", "--if-exists", *options]
    _pg_run("pg_restore", [*options, str(dump)], database, name=name)


def _pg_run(
    program: str, options: list[str], database: Mapping[str, Any], *, name: str | None = None
) -> None:
    params = _libpq(database, name)
    arguments = [f"{flag}={params[key]}" for key, flag in PG_FLAGS.items() if key in params]
    env = os.environ | {var: params[key] for key, var in PG_ENV.items() if key in params}
    try:
        done = subprocess.run(
            [program, "--no-password", *options, *arguments],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError as exc:
        raise DomainError(
            "backup_tool_missing",
            f"Không tìm thấy {program}: cài postgresql-client cùng phiên bản với máy chủ.",
            message_en=f"{program} not found: install the server's version of postgresql-client.",
        ) from exc
    if done.returncode != 0:
        detail = " ".join(done.stderr.strip().splitlines()[-3:])
        raise DomainError(
            "backup_tool_failed",
            f"{program} thất bại (mã {done.returncode}): {detail}",
            message_en=f"{program} failed (exit {done.returncode}): {detail}",
        )


# SQLite


def sqlite_dump(
    *, dump: Path, database: Mapping[str, Any], tables: list[str]
) -> tuple[dict[str, int], dict[str, str]]:
    name = Path(database["NAME"])
    if not name.is_file():
        raise DomainError(
            "database_missing",
            f"Không có tệp cơ sở dữ liệu {name}.",
            message_en=f"No database file {name}.",
        )
    # Its own connection: Django's may be inside a transaction. Counted in the copy itself.
    with closing(sqlite3.connect(name, timeout=20)) as live, closing(sqlite3.connect(dump)) as copy:
        live.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        return _database_facts(copy.cursor(), tables)


def sqlite_restore(*, dump: Path, name: str | Path) -> None:
    """Replace the database file `name` with the backup's pages (its connections closed)."""
    uri = dump.resolve().as_uri() + "?mode=ro"
    with (
        closing(sqlite3.connect(uri, uri=True)) as copy,
        closing(sqlite3.connect(name, timeout=20)) as current,
    ):
        copy.backup(current)


# Shared


def _libpq(database: Mapping[str, Any], name: str | None) -> dict[str, str]:
    """libpq keywords for the settings' database, or for database `name` on the same server."""
    options = database.get("OPTIONS", {})
    params = {
        "dbname": name or database["NAME"],
        "user": database.get("USER"),
        "password": database.get("PASSWORD"),
        "host": database.get("HOST"),
        "port": database.get("PORT"),
    } | {key: options.get(key) for key in PG_ENV if key != "password"}
    return {key: str(value) for key, value in params.items() if value}


def _database_facts(cursor: Any, tables: list[str]) -> tuple[dict[str, int], dict[str, str]]:
    """Rows per table and motcua's latest applied migration per app."""
    counts = table_counts(cursor, tables)
    labels = {c.label for c in apps.get_app_configs() if c.name.startswith("motcua.")}
    cursor.execute("SELECT app, name FROM django_migrations")
    latest: dict[str, str] = {}
    for app, name in cursor.fetchall():
        if app in labels and name > latest.get(app, ""):
            latest[app] = name
    return counts, dict(sorted(latest.items()))
