"""Catalogue import and export in the national portal's LayThuTuc shape, versioned."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from motcua.catalog.laythutuc import CatalogFormatError, FieldError, export, parse_text
from motcua.catalog.limits import storage_problems
from motcua.catalog.models import Field, Procedure, ProcedureVersion
from motcua.catalog.search import haystack
from motcua.catalog.spec import ProcedureSpec


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    unchanged: int


def _digest(data: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _version_row(spec: ProcedureSpec, data: dict[str, Any], field: Field, at: dt.datetime):
    return ProcedureVersion(
        number=1,
        valid_from=at,
        name=spec.name,
        field=field,
        online_level=spec.online_level.value,
        levels=[level.value for level in spec.levels],
        search_text=haystack(f"{spec.code} {spec.name} {spec.field_name}"),
        digest=_digest(data),
        data=data,
    )


@transaction.atomic
def catalog_import(
    specs: Iterable[ProcedureSpec], *, at: dt.datetime | None = None
) -> ImportReport:
    """Store each procedure; a changed one gets a new version, the old one ends at `at`.

    All or nothing: the caller parsed and validated the whole file first, and a text motcua could
    not store (a control character, a name longer than its column: `limits`) refuses it all."""
    at = at or timezone.now()
    specs = list(specs)
    exported = export(specs)
    problems = storage_problems(exported)
    if problems:
        raise CatalogFormatError([FieldError(path, message) for path, message in problems])
    fields = {f.code: f for f in Field.objects.all()}
    new_fields = {s.field_code: Field(code=s.field_code, name=s.field_name) for s in specs}
    Field.objects.bulk_create([f for code, f in new_fields.items() if code not in fields])
    fields = {f.code: f for f in Field.objects.all()}
    existing = {
        p.code: p
        for p in Procedure.objects.filter(code__in=[s.code for s in specs]).select_related(
            "current"
        )
    }
    created = updated = unchanged = 0
    versions: list[tuple[Procedure, ProcedureVersion]] = []
    closing: list[ProcedureVersion] = []
    new_procedures: list[Procedure] = []
    for spec, data in zip(specs, exported, strict=True):
        version = _version_row(spec, data, fields[spec.field_code], at)
        procedure = existing.get(spec.code)
        if procedure is None:
            procedure = Procedure(code=spec.code)
            new_procedures.append(procedure)
            created += 1
        elif procedure.current is not None and procedure.current.digest == version.digest:
            unchanged += 1
            continue
        else:
            if procedure.current is not None:
                version.number = procedure.current.number + 1
                procedure.current.valid_to = at
                closing.append(procedure.current)
            updated += 1
        versions.append((procedure, version))
    Procedure.objects.bulk_create(new_procedures)
    ProcedureVersion.objects.bulk_update(closing, ["valid_to"])
    for procedure, version in versions:
        version.procedure = procedure
    ProcedureVersion.objects.bulk_create([v for _, v in versions])
    for procedure, version in versions:
        procedure.current = version
    Procedure.objects.bulk_update([p for p, _ in versions], ["current"])
    return ImportReport(created=created, updated=updated, unchanged=unchanged)


def catalog_import_text(text: str, *, at: dt.datetime | None = None) -> ImportReport:
    return catalog_import(parse_text(text), at=at)


def catalog_export(codes: Iterable[str] | None = None) -> list[dict[str, Any]]:
    query = ProcedureVersion.objects.filter(procedure__current=F("pk"))
    if codes:
        query = query.filter(procedure__code__in=list(codes))
    return [v.data for v in query.order_by("procedure__code")]


__all__ = ["ImportReport", "catalog_export", "catalog_import", "catalog_import_text"]
