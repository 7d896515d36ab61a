"""Plain records for the service-index formulas, read from the database in a fixed number of
queries, and the report the API and the `indicators` command both print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet

from motcua.catalog.models import Procedure, ProcedureVersion, _spec_of
from motcua.dossiers.models import Document, DocumentKind, Dossier
from motcua.indicators import formulas as f
from motcua.sync.models import PortalDossier
from motcua.units.models import Agency

_FIELDS = (
    "received_at",
    "due_at",
    "ended_at",
    "finished_at",
    "status",
    "channel",
    "supplement_count",
    "pauses",
    "paused_since",
    "fee_total",
    "paid_online",
    "digitised",
    "reused",
    "identity_verified",
    "rating",
    "version_id",
    "version__digest",
    "version__procedure__code",
    "competent_agency__code",
    "has_result_file",
    "synced",
)


_DIMENSIONS = {
    "competent_agency_id": "competent_agency_id",
    "receiving_agency_id": "received_by_agency_id",
    "procedure_id": "version__procedure_id",
    "field_id": "version__field_id",
    "unit_id": "competent_agency__unit_id",
}


def _annotated(query: QuerySet[Dossier]) -> QuerySet[Dossier]:
    """`synced` means the national portal has the dossier (a PortalDossier row), as the daily
    reconciliation counts it; `has_result_file` means a result Document exists."""
    return query.annotate(
        has_result_file=Exists(
            Document.objects.filter(dossier=OuterRef("pk"), kind=DocumentKind.RESULT)
        ),
        synced=Exists(PortalDossier.objects.filter(dossier=OuterRef("pk"))),
    ).order_by("pk")


def dossier_facts(
    *, start: dt.datetime, end: dt.datetime, agency: Agency | None = None
) -> list[f.DossierFacts]:
    """Dossiers received in [start, end) or ended in [start, end), of `agency` (competent or
    receiving) if given. Two queries: the dossiers, then their procedure versions' results.
    (The recomputation the stored figures are checked against; pages read those figures.)"""
    in_period = Q(received_at__gte=start, received_at__lt=end) | Q(
        ended_at__gte=start, ended_at__lt=end
    )
    query = Dossier.objects.filter(in_period)
    if agency is not None:
        query = query.filter(Q(competent_agency=agency) | Q(received_by_agency=agency))
    rows = list(_annotated(query).values(*_FIELDS))
    with_results = _versions_with_results({(r["version_id"], r["version__digest"]) for r in rows})
    return [_facts(row, row["version_id"] in with_results) for row in rows]


def dossier_facts_of(
    ids: Sequence[int],
) -> Iterator[tuple[int, f.DossierFacts, dict[str, int]]]:
    """(pk, facts, dimensions) of the dossiers `ids`, in two queries."""
    columns = [*_FIELDS, "pk", *_DIMENSIONS.values()]
    rows = list(_annotated(Dossier.objects.filter(pk__in=ids)).values(*columns))
    with_results = _versions_with_results({(r["version_id"], r["version__digest"]) for r in rows})
    for row in rows:
        dims = {name: row[column] or 0 for name, column in _DIMENSIONS.items()}
        dims["channel"] = row["channel"]
        yield row["pk"], _facts(row, row["version_id"] in with_results), dims


# Procedure versions are immutable: whether one returns a result document never changes. Keyed
# by (id, content digest) so that a reused id (a test database rolled back) is never confused.
_RETURNS_RESULT: dict[tuple[int, str], bool] = {}


def _versions_with_results(versions: set[tuple[int, str]]) -> set[int]:
    """The ids among `versions` (id, digest) whose procedure returns a result document (at most
    one query: none when every version was seen before in this process)."""
    unknown = versions - _RETURNS_RESULT.keys()
    if unknown:
        found = ProcedureVersion.objects.filter(pk__in={pk for pk, _ in unknown}).values_list(
            "pk", "digest", "data"
        )
        for pk, digest, data in found:
            _RETURNS_RESULT[pk, digest] = bool(_spec_of(pk, digest, data).results)
    return {pk for pk, digest in versions if _RETURNS_RESULT.get((pk, digest))}


def _facts(row: dict[str, Any], result_required: bool) -> f.DossierFacts:
    pauses: list[tuple[dt.datetime, dt.datetime | None]] = [
        (dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)) for a, b in row["pauses"]
    ]
    if row["paused_since"] is not None:
        pauses.append((row["paused_since"], None))
    return f.DossierFacts(
        received_at=row["received_at"],
        due_at=row["due_at"],
        ended_at=row["ended_at"],
        finished_at=row["finished_at"],
        status=row["status"],
        channel=row["channel"],
        supplement_count=row["supplement_count"],
        pauses=tuple(pauses),
        fee_total=row["fee_total"],
        paid_online=row["paid_online"],
        digitised=row["digitised"],
        reused=row["reused"],
        identity_verified=row["identity_verified"],
        has_result_file=row["has_result_file"],
        result_required=result_required,
        synced=row["synced"],
        rating=row["rating"],
        procedure_code=row["version__procedure__code"],
        agency_code=row["competent_agency__code"],
    )


def procedure_offer() -> dict[int, str]:
    """Every procedure's id → the online level of its current version (one query)."""
    return dict(
        Procedure.objects.filter(current__isnull=False).values_list("pk", "current__online_level")
    )
