"""Reads of the catalogue."""

from __future__ import annotations

import threading
from typing import Any

from django.db.models import (
    Case,
    F,
    Func,
    IntegerField,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Length

from motcua.catalog.models import ProcedureVersion
from motcua.catalog.search import Query, Vocabulary, plan

LEVEL_INDEXES = range(4)  # a version names at most the four levels (central … commune)

_lock = threading.Lock()
_vocabulary: tuple[tuple[Any, ...], Vocabulary] | None = None


def current_versions() -> QuerySet[ProcedureVersion]:
    return ProcedureVersion.objects.filter(procedure__current=F("pk"))


def procedure_vocabulary() -> Vocabulary:
    """The words of the current procedure and field names, built once per catalogue state.

    Versions are immutable and only ever added, so one cheap aggregate tells whether the
    catalogue changed since the vocabulary was built (in this process)."""
    global _vocabulary
    fingerprint = _catalogue_fingerprint()
    with _lock:
        if _vocabulary is not None and _vocabulary[0] == fingerprint:
            return _vocabulary[1]
    rows = current_versions().values_list("name", "field__name")
    names = {name for row in rows for name in row}
    vocabulary = Vocabulary.build(names)
    with _lock:
        _vocabulary = (fingerprint, vocabulary)
    return vocabulary


def _catalogue_fingerprint() -> tuple[Any, ...]:
    """How many versions there are, and the newest one (id and digest): one query that reads
    two indexes and one row, never the versions' data."""
    total = ProcedureVersion.objects.annotate(n=Func(F("pk"), function="COUNT")).values("n")
    newest = (
        ProcedureVersion.objects.order_by("-pk")
        .annotate(n=Subquery(total))
        .values_list("pk", "digest", "n")
        .first()
    )
    return tuple(newest or ())


def search_plan(q: str) -> Query:
    """The query's words, normalised and corrected against the catalogue's vocabulary."""
    return plan(q, procedure_vocabulary()) if q.strip() else Query(terms=())


def procedures_matching(
    query: Query, *, field: str = "", online_level: str = "", level: str = ""
) -> QuerySet[ProcedureVersion]:
    """Current versions with a word beginning with each term, the best matches first."""
    versions = current_versions().select_related("procedure", "field").defer("data", "search_text")
    for term in query.terms:
        versions = versions.filter(search_text__contains=" " + term)
    if field:
        versions = versions.filter(field__code=field)
    if online_level:
        versions = versions.filter(online_level=online_level)
    if level:
        any_level = Q()
        for index in LEVEL_INDEXES:
            any_level |= Q(**{f"levels__{index}": level})
        versions = versions.filter(any_level)
    if not query.terms:
        return versions.order_by("name", "pk")
    # The whole phrase first, then shorter (more specific) names: "Đăng ký khai sinh" before
    # "Đăng ký khai sinh có yếu tố nước ngoài".
    phrase = " " + " ".join(query.terms)
    rank = Case(
        When(search_text__contains=phrase, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return versions.order_by(rank, Length("name"), "name", "pk")


def procedures_search(
    q: str = "", *, field: str = "", online_level: str = "", level: str = ""
) -> QuerySet[ProcedureVersion]:
    """Current versions matching `q`: accents, i/y spelling and small typos forgiven."""
    return procedures_matching(search_plan(q), field=field, online_level=online_level, level=level)
