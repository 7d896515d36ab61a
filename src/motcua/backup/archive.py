"""Backups of the database and the uploaded files, and their restore into an empty database.

A backup is a directory: the database (`pg_dump --format=custom` on PostgreSQL; on SQLite a copy
made with SQLite's online backup API, which is consistent under WAL where a file copy is not),
`media/` (every file under MEDIA_ROOT, same relative paths) and `manifest.json`, written last: a
directory without one is not a backup. Row counts are taken inside the dump's own snapshot, so a
backup of a running system still matches its manifest on restore.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, connections

from motcua.backup.engines import (
    pg_connect,
    pg_dump,
    pg_restore,
    sqlite_dump,
    sqlite_restore,
    table_counts,
)
from motcua.backup.manifest import DATABASE_FILES, Manifest, MediaFile, manifest_parse
from motcua.dossiers.models import Dossier
from motcua.errors import DomainError

__all__ = [
    "Manifest",
    "MediaFile",
    "backup_create",
    "backup_restore",
    "manifest_read",
    "motcua_tables",
    "pg_connect",
    "pg_restore",
    "sqlite_restore",
    "table_counts",
]

MANIFEST = "manifest.json"
MEDIA = "media"
CHUNK = 1024 * 1024


def backup_create(*, target: Path) -> Manifest:
    vendor = _vendor_supported(connection.vendor)
    media_root = Path(settings.MEDIA_ROOT).resolve()
    created = _target_prepare(target, media_root)
    try:
        dumper = pg_dump if vendor == "postgresql" else sqlite_dump
        tables, migrations = dumper(
            dump=target / DATABASE_FILES[vendor],
            database=settings.DATABASES["default"],
            tables=motcua_tables(),
        )
        # After the database: a document's file is on disk before its row commits, so every
        # document in the dump has its file in the copy.
        media = _media_copy_out(media_root, target / MEDIA)
        manifest = Manifest(
            vendor=vendor,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            migrations=migrations,
            tables=tables,
            media=media,
        )
        (target / MANIFEST).write_text(manifest.to_json(), encoding="utf-8")
    except BaseException:
        _target_clear(target, remove=created)
        raise
    return manifest


def backup_restore(*, source: Path, force: bool = False) -> Manifest:
    """Restore `source` into the current database and MEDIA_ROOT. Checks everything first."""
    manifest = manifest_read(source)
    vendor = _vendor_supported(connection.vendor)
    if manifest.vendor != vendor:
        raise DomainError(
            "backup_vendor_mismatch",
            f"Bản sao lưu là của {manifest.vendor}, cơ sở dữ liệu hiện tại là {vendor}: "
            "không khôi phục chéo được.",
            message_en=f"The backup is of {manifest.vendor}; the current database is {vendor}.",
        )
    dump = source / manifest.database_file
    if not dump.is_file():
        raise _not_a_backup(source, f"thiếu tệp {manifest.database_file}")
    _media_verify(source / MEDIA, manifest.media)
    existing = set(connection.introspection.table_names())
    if not force:
        _refuse_if_holds_data(existing)
    database = settings.DATABASES["default"]
    connections.close_all()
    if vendor == "postgresql":
        # --clean also when only the schema is there (`motcua migrate` on an empty database):
        # without it pg_restore stops at the first "already exists".
        pg_restore(dump=dump, database=database, clean=force or bool(existing))
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # pg_restore brings no planner statistics
    else:
        sqlite_restore(dump=dump, name=database["NAME"])
    _media_copy_in(source / MEDIA, Path(settings.MEDIA_ROOT), manifest.media)
    _counts_check(manifest.tables)
    return manifest


def manifest_read(source: Path) -> Manifest:
    if not source.is_dir():
        raise DomainError(
            "backup_not_found",
            f"Không có thư mục sao lưu {source}.",
            message_en=f"No backup directory {source}.",
        )
    path = source / MANIFEST
    if not path.is_file():
        raise _not_a_backup(source, f"không có {MANIFEST}")
    try:
        return manifest_parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DomainError(
            "backup_manifest_invalid",
            f"Không đọc được {path}: {exc}.",
            message_en=f"Cannot read {path}: {exc}.",
        ) from exc


def motcua_tables() -> list[str]:
    """motcua's tables (with their many-to-many tables) and the user model's."""
    models = [
        m
        for m in apps.get_models(include_auto_created=True)
        if m._meta.app_config.name.startswith("motcua.")
    ]
    models.append(get_user_model())
    return sorted({m._meta.db_table for m in models if m._meta.managed and not m._meta.proxy})


def _vendor_supported(vendor: str) -> str:
    if vendor not in DATABASE_FILES:
        raise DomainError(
            "backup_vendor_unsupported",
            f"Chỉ sao lưu được PostgreSQL hoặc SQLite, không phải {vendor}.",
            message_en=f"Only PostgreSQL or SQLite can be backed up, not {vendor}.",
        )
    return vendor


def _target_prepare(target: Path, media_root: Path) -> bool:
    """Create `target` (True) or accept it empty (False); refuse anything else."""
    resolved = target.resolve()
    if resolved == media_root or media_root in resolved.parents:
        raise DomainError(
            "backup_target_in_media",
            f"Thư mục sao lưu {target} nằm trong MEDIA_ROOT ({media_root}): chọn nơi khác.",
            message_en=f"The backup directory {target} is inside MEDIA_ROOT.",
        )
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise DomainError(
            "backup_target_not_empty",
            f"{target} đã tồn tại và không phải thư mục trống: chọn thư mục mới.",
            message_en=f"{target} exists and is not an empty directory.",
        )
    created = not target.exists()
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DomainError(
            "backup_target_unwritable",
            f"Không tạo được thư mục {target}: {exc.strerror}.",
            message_en=f"Cannot create {target}: {exc.strerror}.",
        ) from exc
    return created


def _target_clear(target: Path, *, remove: bool) -> None:
    """Undo a failed backup, so a half-written directory is never taken for a backup."""
    if remove:
        shutil.rmtree(target, ignore_errors=True)
        return
    for child in target.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def _not_a_backup(source: Path, why: str) -> DomainError:
    return DomainError(
        "backup_invalid",
        f"{source} không phải bản sao lưu motcua ({why}).",
        message_en=f"{source} is not a motcua backup ({why}).",
    )


def _refuse_if_holds_data(existing: set[str]) -> None:
    for model in (Dossier, get_user_model()):
        table = model._meta.db_table
        if table in existing and model._default_manager.exists():
            raise DomainError(
                "restore_database_not_empty",
                f"Cơ sở dữ liệu hiện tại đã có dữ liệu (bảng {table}). Khôi phục sẽ xóa dữ liệu "
                "đó: dùng --force nếu chắc chắn, hoặc trỏ DATABASE_URL vào cơ sở dữ liệu trống.",
                message_en=f"The current database holds data ({table}); use --force to replace.",
            )


def _media_copy_out(media_root: Path, folder: Path) -> list[MediaFile]:
    files = []
    for directory, _, names in os.walk(media_root):
        for filename in names:
            path = Path(directory, filename)
            if not path.is_file():
                continue
            relative = path.relative_to(media_root).as_posix()
            copy = folder / relative
            copy.parent.mkdir(parents=True, exist_ok=True)
            size, sha256 = _copy_hashed(path, copy)
            files.append(MediaFile(path=relative, size=size, sha256=sha256))
    return sorted(files, key=lambda f: f.path)


def _copy_hashed(source: Path, target: Path) -> tuple[int, str]:
    """Size and SHA-256 of `source`, hashed as it is copied: the manifest describes the copy."""
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as reader, target.open("xb") as writer:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            writer.write(chunk)
    return size, digest.hexdigest()


def _digest(path: Path) -> tuple[int, str]:
    with path.open("rb") as reader:
        return path.stat().st_size, hashlib.file_digest(reader, "sha256").hexdigest()


def _media_verify(folder: Path, files: list[MediaFile]) -> None:
    for file in files:
        path = folder / file.path
        if not path.is_file():
            raise DomainError(
                "backup_media_missing",
                f"Bản sao lưu thiếu tệp {MEDIA}/{file.path}: không khôi phục gì.",
                message_en=f"The backup lacks {MEDIA}/{file.path}; nothing restored.",
            )
        if _digest(path) != (file.size, file.sha256):
            raise DomainError(
                "backup_media_tampered",
                f"Tệp {MEDIA}/{file.path} không khớp SHA-256 ghi trong {MANIFEST} (bị sửa hoặc "
                "hỏng): không khôi phục gì.",
                message_en=f"{MEDIA}/{file.path} does not match its SHA-256; nothing restored.",
            )


def _media_copy_in(folder: Path, media_root: Path, files: list[MediaFile]) -> None:
    for file in files:
        path = media_root / file.path
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / file.path, path)


def _counts_check(expected: dict[str, int]) -> None:
    present = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        found = table_counts(cursor, [t for t in expected if t in present])
    wrong = [
        f"{table}: sao lưu {rows}, sau khôi phục {found.get(table, 'không có bảng')}"
        for table, rows in expected.items()
        if found.get(table) != rows
    ]
    if wrong:
        raise DomainError(
            "restore_count_mismatch",
            "Số dòng sau khôi phục khác bản sao lưu: " + "; ".join(wrong) + ".",
            message_en="Row counts after the restore differ from the backup: " + "; ".join(wrong),
        )
