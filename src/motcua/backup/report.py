"""What `motcua backup` and `motcua restore` print, and how their refusals become CLI errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.core.management.base import CommandError
from django.db import DatabaseError

from motcua.backup.manifest import Manifest
from motcua.errors import DomainError


@contextmanager
def refusals() -> Iterator[None]:
    """A clear message and a non-zero exit, never a traceback, for anything the user can fix."""
    try:
        yield
    except DomainError as exc:
        raise CommandError(exc.message) from exc
    except OSError as exc:
        raise CommandError(f"Lỗi đọc/ghi tệp: {exc}") from exc
    except DatabaseError as exc:
        raise CommandError(f"Lỗi cơ sở dữ liệu: {exc}") from exc


def size(count: int) -> str:
    amount = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{amount:.0f} {unit}" if unit == "B" else f"{amount:.1f} {unit}"
        amount /= 1024
    raise AssertionError  # unreachable: the loop returns at GB


def table_lines(manifest: Manifest, column: str) -> list[str]:
    """One line per table that has rows (the empty ones are only counted)."""
    width = max((len(t) for t in manifest.tables), default=10)
    lines = [f"  {'bảng':<{width}} {column:>14}"]
    lines += [f"  {t:<{width}} {n:>14}" for t, n in manifest.tables.items() if n]
    return lines


def totals(manifest: Manifest, database_bytes: int) -> str:
    return (
        f"  {len(manifest.tables)} bảng, {manifest.rows} dòng "
        f"({manifest.database_file}, {size(database_bytes)}); "
        f"{len(manifest.media)} tệp tải lên, {size(manifest.media_bytes)}"
    )
