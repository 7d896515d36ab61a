"""`manifest.json`: what a backup holds, read back strictly (a malformed one is refused whole).

Pure: imports no Django.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import PurePosixPath
from typing import Any

FORMAT_VERSION = 1
# The database file of a backup, by Django vendor.
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class MediaFile:
    path: str  # relative to MEDIA_ROOT, "/"-separated
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    vendor: str
    created_at: str  # UTC, ISO 8601
    migrations: dict[str, str]  # app label → latest applied migration
    tables: dict[str, int]  # table → rows
    media: list[MediaFile]
    format_version: int = FORMAT_VERSION

    @property
    def database_file(self) -> str:
        return DATABASE_FILES[self.vendor]

    @property
    def rows(self) -> int:
        return sum(self.tables.values())

    @property
    def media_bytes(self) -> int:
        return sum(f.size for f in self.media)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"


def manifest_parse(text: str) -> Manifest:
    """The manifest in `text`; ValueError naming the first thing wrong."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"không phải JSON ({exc.msg}, dòng {exc.lineno})") from exc
    if not isinstance(data, dict):
        raise ValueError("không phải một đối tượng JSON")
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise ValueError(f"format_version {version!r} không được hỗ trợ (cần {FORMAT_VERSION})")
    return Manifest(
        vendor=_text(data, "vendor"),
        created_at=_text(data, "created_at"),
        migrations={k: _string(v, f"migrations.{k}") for k, v in _object(data, "migrations")},
        tables={k: _count(v, f"tables.{k}") for k, v in _object(data, "tables")},
        media=[_media_file(item, i) for i, item in enumerate(_list(data, "media"))],
    )


def _text(data: dict[str, Any], key: str) -> str:
    value = _string(data.get(key), key)
    if not value:
        raise ValueError(f"thiếu {key}")
    return value


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{where} phải là chuỗi")
    return value


def _count(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{where} phải là số nguyên không âm")
    return value


def _object(data: dict[str, Any], key: str) -> list[tuple[str, Any]]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ValueError(f"{key} phải là một đối tượng")
    return list(value.items())


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list):
        raise ValueError(f"{key} phải là một danh sách")
    return value


def _media_file(item: Any, index: int) -> MediaFile:
    where = f"media[{index}]"
    if not isinstance(item, dict):
        raise ValueError(f"{where} phải là một đối tượng")
    path = _string(item.get("path"), f"{where}.path")
    parts = PurePosixPath(path).parts
    # A manifest names where files are written: nothing may land outside MEDIA_ROOT.
    if not parts or PurePosixPath(path).is_absolute() or ".." in parts:
        raise ValueError(f"{where}.path “{path}” phải là đường dẫn tương đối trong media/")
    sha256 = _string(item.get("sha256"), f"{where}.sha256")
    if not SHA256.fullmatch(sha256):
        raise ValueError(f"{where}.sha256 phải là 64 chữ số hex")
    return MediaFile(path=path, size=_count(item.get("size"), f"{where}.size"), sha256=sha256)
