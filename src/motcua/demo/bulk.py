"""Fast inserts for seeding: the rows the services would build, written with executemany.

The ORM's bulk_create spends most of its time compiling SQL per value; seeding hundreds of
thousands of events needs the plain path. Ids are assigned here (the seeder is the only writer)
and the sequences are reset afterwards, so later inserts continue after the seeded rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from django.core.management.color import no_style
from django.db import connection, models

Converter = Callable[[Any], Any]


class IdAllocator:
    def __init__(self) -> None:
        self.next: dict[type[models.Model], int] = {}

    def take(self, model: type[models.Model], count: int) -> int:
        if model not in self.next:
            top = model._default_manager.aggregate(m=models.Max("pk"))["m"] or 0
            self.next[model] = top + 1
        first = self.next[model]
        self.next[model] = first + count
        return first


def _converter(field: models.Field) -> Converter:
    if isinstance(field, models.DateTimeField) and connection.vendor == "sqlite":

        def to_text(value: dt.datetime | None) -> str | None:
            if value is None:
                return None
            return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")

        return to_text
    if isinstance(field, models.FileField):
        return lambda value: value.name if value else ""
    if isinstance(field, models.JSONField | models.DecimalField):
        return lambda value: field.get_db_prep_save(value, connection)
    return lambda value: value


def insert(model: type[models.Model], rows: Sequence[models.Model], ids: IdAllocator) -> None:
    """Insert `rows` (unsaved instances) with fresh ids, setting `pk` on each."""
    if not rows:
        return
    first = ids.take(model, len(rows))
    for offset, row in enumerate(rows):
        row.pk = first + offset
    fields = [f for f in model._meta.concrete_fields]
    for field in fields:
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            now = dt.datetime.now(dt.UTC)
            for row in rows:
                if getattr(row, field.attname) is None:
                    setattr(row, field.attname, now)
    converters = [_converter(f) for f in fields]
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    values = [
        [conv(getattr(row, f.attname)) for f, conv in zip(fields, converters, strict=True)]
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, values)


def reset_sequences(*model_list: type[models.Model]) -> None:
    statements = connection.ops.sequence_reset_sql(no_style(), list(model_list))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
