"""Dossier codes: `<agency code>-<yyMMdd>-<5-digit sequence>`, unique under concurrent intake.

The generator is a setting (`MOTCUA_DOSSIER_CODE_GENERATOR`): Circular 03/2025 pins the official
format, and a province may need another. A generator takes the agency code and the local date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.conf import settings
from django.db import connection
from django.utils.module_loading import import_string

from motcua.clock import VN_TZ
from motcua.dossiers.models import CodeSequence

CodeGenerator = Callable[[str, dt.date], str]


def next_in_sequence(prefix: str) -> int:
    """Atomically bump and return the counter for `prefix` (one statement on both databases)."""
    table = connection.ops.quote_name(CodeSequence._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (prefix, value) VALUES (%s, 1) "
            f"ON CONFLICT (prefix) DO UPDATE SET value = {table}.value + 1 RETURNING value",
            [prefix],
        )
        row = cursor.fetchone()
    assert row is not None
    return int(row[0])


def agency_date_sequence(agency_code: str, day: dt.date) -> str:
    prefix = f"{agency_code}-{day:%y%m%d}"
    return f"{prefix}-{next_in_sequence(prefix):05d}"


def new_dossier_code(agency_code: str, at: dt.datetime) -> str:
    generator: CodeGenerator = import_string(settings.MOTCUA_DOSSIER_CODE_GENERATOR)
    return generator(agency_code, at.astimezone(VN_TZ).date())
