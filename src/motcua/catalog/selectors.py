"""Reads of the catalogue."""

from __future__ import annotations

from django.db.models import F, QuerySet

from motcua.catalog.models import ProcedureVersion
from motcua.catalog.text import fold


def procedures_search(
    q: str = "", *, field: str = "", online_level: str = ""
) -> QuerySet[ProcedureVersion]:
    """Current versions whose name or code contains every word of `q`, accents ignored."""
    query = ProcedureVersion.objects.filter(procedure__current=F("pk")).select_related(
        "procedure", "field"
    )
    for word in fold(q).split():
        query = query.filter(search_text__contains=word)
    if field:
        query = query.filter(field__code=field)
    if online_level:
        query = query.filter(online_level=online_level)
    return query.order_by("name")
