"""The hash chain, pure: how an audit entry is serialised and hashed. Imports no Django.

An entry's hash is SHA-256 over the previous entry's hash and a canonical JSON array of the
entry's own fields (its id and seq included), so editing any field, moving an entry or deleting
one breaks every hash after it; the last hash (the head) can be anchored outside the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from typing import Any

GENESIS = "0" * 64  # the "previous hash" of entry 1

# The hashed fields, in this order: a sealed entry's row read as (*FIELDS, prev_hash, hash).
FIELDS = (
    "id",
    "at",
    "actor_id",
    "actor_username",
    "actor_role",
    "kind",
    "subject",
    "detail",
    "seq",
)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    return value


def canonical(values: Sequence[Any]) -> bytes:
    """The entry's FIELDS values as one line of JSON: sorted keys, no spaces, UTF-8."""
    plain = [_plain(v) for v in values]
    return json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def entry_hash(prev_hash: str, values: Sequence[Any]) -> str:
    """Hex SHA-256 of `prev_hash`, a newline and the canonical entry."""
    return hashlib.sha256(prev_hash.encode() + b"\n" + canonical(values)).hexdigest()
