"""Back up, then restore into an empty database: the same rows and files, or a clear refusal."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from io import BytesIO, StringIO
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from psycopg import sql
from pypdf import PdfWriter

from motcua.backup import engines
from motcua.backup.archive import (
    manifest_read,
    pg_connect,
    pg_restore,
    sqlite_restore,
    table_counts,
)
from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Document, Dossier
from motcua.dossiers.tests.helpers import received
from motcua.errors import DomainError
from motcua.testing.cast import Cast, build_cast

# pg_dump and SQLite's backup read through their own connection: the rows must be committed.
committed = pytest.mark.django_db(transaction=True)
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL only (DATABASE_URL=postgres://…)"
)
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def scan(title: str) -> bytes:
    """A one-page PDF, different for each title."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": title})
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture
def province() -> Cast:
    """The cast and three dossiers with five uploaded documents between them."""
    cast = build_cast()
    for i, documents in enumerate((1, 2, 2)):
        dossier = received(cast)
        for j in range(documents):
            document_add(
                dossier=dossier,
                actor=cast.desk,
                kind="component",
                name=f"Tờ khai {i}.{j}",
                content=scan(f"Tờ khai {i}.{j}"),
                component_code="GT-KS-01",
                digitised=True,
            )
    return cast


def motcua_counts() -> dict[str, int]:
    """Rows per motcua table, counted through the ORM (independently of the service)."""
    models = [
        m
        for m in apps.get_models(include_auto_created=True)
        if m._meta.app_config.name.startswith("motcua.")
    ]
    return {m._meta.db_table: m._default_manager.count() for m in {*models, get_user_model()}}


def file_hashes(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in root.rglob("*")
        if p.is_file()
    }


def backup(tmp_path: Path) -> Path:
    target = tmp_path / "backup"
    call_command("backup", str(target), stdout=StringIO())
    return target


def restore(source: Path, *options: str) -> str:
    out = StringIO()
    call_command("restore", str(source), *options, stdout=out)
    return out.getvalue()


def refusal(source: Path, *options: str) -> str:
    with pytest.raises(CommandError) as caught:
        restore(source, *options)
    return str(caught.value)


@committed
def test_a_backup_restored_into_an_emptied_database_has_the_same_rows_and_files(
    province, media, tmp_path
):
    counts, files = motcua_counts(), file_hashes(media)
    assert Document.objects.count() == len(files) == 5

    out = StringIO()
    call_command("backup", str(tmp_path / "backup"), stdout=out)
    manifest = manifest_read(tmp_path / "backup")
    assert manifest.vendor == connection.vendor
    assert manifest.tables == counts
    assert {f.path: f.sha256 for f in manifest.media} == files
    assert files == {d.file.name: d.sha256 for d in Document.objects.all()}
    applied = MigrationRecorder(connection).applied_migrations()
    assert manifest.migrations["dossiers"] == max(n for a, n in applied if a == "dossiers")
    assert f"{len(counts)} bảng, {sum(counts.values())} dòng" in out.getvalue()

    call_command("flush", "--no-input")
    shutil.rmtree(media)
    assert not Dossier.objects.exists()

    printed = restore(tmp_path / "backup")
    assert motcua_counts() == counts
    assert file_hashes(media) == files
    assert "khớp" in printed
    assert "5 tệp tải lên" in printed


@on_postgresql
@committed
def test_pg_restore_into_a_fresh_database_gives_the_source_row_counts(province, media, tmp_path):
    counts = motcua_counts()
    manifest = manifest_read(backup(tmp_path))
    assert manifest.tables == counts
    assert file_hashes(tmp_path / "backup" / "media") == file_hashes(media)
    database = connection.settings_dict
    name = f"motcua_restore_{secrets.token_hex(4)}"
    with pg_connect(database, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        dump = tmp_path / "backup" / manifest.database_file
        pg_restore(dump=dump, database=database, clean=False, name=name)
        with pg_connect(database, name=name) as restored, restored.cursor() as cursor:
            assert table_counts(cursor, manifest.tables) == counts
    finally:
        with pg_connect(database, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@on_sqlite
@committed
def test_sqlite_restore_into_a_fresh_file_gives_the_source_row_counts(province, media, tmp_path):
    counts = motcua_counts()
    manifest = manifest_read(backup(tmp_path))
    assert file_hashes(tmp_path / "backup" / "media") == file_hashes(media)
    fresh = tmp_path / "fresh.sqlite3"
    sqlite_restore(dump=tmp_path / "backup" / manifest.database_file, name=fresh)
    with closing(sqlite3.connect(fresh)) as restored:
        assert table_counts(restored.cursor(), manifest.tables) == counts == manifest.tables


@committed
@pytest.mark.parametrize("damage", ["tampered", "missing"])
def test_a_damaged_media_file_refuses_the_whole_restore(province, media, tmp_path, damage):
    source = backup(tmp_path)
    victim = manifest_read(source).media[2].path
    if damage == "tampered":
        (source / "media" / victim).write_bytes(scan("Tờ khai đã sửa"))
    else:
        (source / "media" / victim).unlink()
    received(province)  # a dossier the backup does not hold
    counts = motcua_counts()
    shutil.rmtree(media)

    message = refusal(source, "--force")
    assert f"media/{victim}" in message
    assert "không khôi phục gì" in message
    assert motcua_counts() == counts  # the database was not replaced
    assert not media.exists()  # no file written


@committed
def test_a_database_holding_data_is_not_overwritten_without_force(province, tmp_path):
    source = backup(tmp_path)
    received(province)
    counts = motcua_counts()

    message = refusal(source)
    assert "đã có dữ liệu" in message
    assert "--force" in message
    assert motcua_counts() == counts


@committed
def test_force_replaces_a_database_holding_data(province, tmp_path):
    source = backup(tmp_path)
    before = motcua_counts()
    received(province)

    restore(source, "--force")
    assert motcua_counts() == before


@committed
def test_a_backup_of_another_database_vendor_is_refused_naming_both(province, tmp_path):
    source = backup(tmp_path)
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    (source / "manifest.json").write_text(json.dumps(manifest | {"vendor": other}))

    message = refusal(source, "--force")
    assert f"Bản sao lưu là của {other}, cơ sở dữ liệu hiện tại là {connection.vendor}" in message


@committed
def test_a_row_count_that_differs_from_the_manifest_is_an_error_naming_the_table(
    province, tmp_path
):
    source = backup(tmp_path)
    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    manifest["tables"]["dossiers_dossier"] += 1
    (source / "manifest.json").write_text(json.dumps(manifest))

    message = refusal(source, "--force")
    assert "dossiers_dossier: sao lưu 4, sau khôi phục 3" in message


MANIFESTS = {
    "not JSON": ("{", "không phải JSON"),
    "an unknown format": ('{"format_version": 9}', "format_version 9 không được hỗ trợ"),
    "a path leaving media/": (
        json.dumps(
            {
                "format_version": 1,
                "vendor": "sqlite",
                "created_at": "2025-07-01T00:00:00+00:00",
                "migrations": {},
                "tables": {},
                "media": [{"path": "../../etc/cron.d/x", "size": 1, "sha256": "0" * 64}],
            }
        ),
        "phải là đường dẫn tương đối",
    ),
}


@pytest.mark.parametrize("case", MANIFESTS)
def test_a_malformed_manifest_is_refused_before_touching_the_database(tmp_path, case):
    text, expected = MANIFESTS[case]
    (tmp_path / "manifest.json").write_text(text, encoding="utf-8")
    message = refusal(tmp_path)
    assert "Không đọc được" in message
    assert expected in message


def test_a_directory_that_is_not_a_backup_is_refused(tmp_path):
    assert "Không có thư mục sao lưu" in refusal(tmp_path / "missing")
    assert "không phải bản sao lưu motcua (không có manifest.json)" in refusal(tmp_path)


def test_a_backup_goes_only_into_a_new_or_empty_directory(tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "x").write_text("x")
    (tmp_path / "file").write_text("x")
    for target in ("old", "file"):
        with pytest.raises(CommandError, match="không phải thư mục trống"):
            call_command("backup", str(tmp_path / target))


def test_a_missing_pg_client_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DomainError) as caught:
        pg_restore(
            dump=tmp_path / "database.dump",
            database={"NAME": "motcua", "PASSWORD": "secret"},
            clean=False,
        )
    assert caught.value.code == "backup_tool_missing"
    assert "Không tìm thấy pg_restore" in caught.value.message


def test_the_password_reaches_pg_restore_through_the_environment_only(tmp_path, monkeypatch):
    seen: dict[str, Any] = {}

    def run(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen.update(argv=argv, env=kwargs["env"])
        return subprocess.CompletedProcess(argv, 0, "", "")

    monkeypatch.setattr(engines.subprocess, "run", run)
    database = {"NAME": "motcua", "USER": "mc", "PASSWORD": "secret", "HOST": "db", "PORT": 5433}
    pg_restore(dump=tmp_path / "database.dump", database=database, clean=True, name="other")
    assert seen["env"]["PGPASSWORD"] == "secret"
    assert not any("secret" in arg for arg in seen["argv"])
    assert {"--dbname=other", "--host=db", "--port=5433", "--username=mc"} <= set(seen["argv"])
    assert {"--clean", "--if-exists", "--single-transaction", "--no-owner"} <= set(seen["argv"])


@on_postgresql
@pytest.mark.django_db
def test_backup_without_pg_dump_fails_cleanly_and_leaves_no_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(CommandError, match="Không tìm thấy pg_dump"):
        call_command("backup", str(tmp_path / "backup"))
    assert not (tmp_path / "backup").exists()


def test_the_cli_refuses_without_a_traceback(tmp_path):
    env = os.environ | {"MOTCUA_VAR_DIR": str(tmp_path / "var")}
    done = subprocess.run(
        [sys.executable, "-m", "motcua.cli", "restore", str(tmp_path / "missing")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "Không có thư mục sao lưu" in done.stderr
    assert "Traceback" not in done.stderr
