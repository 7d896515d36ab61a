"""Reads: whose data an export holds, and what the retention periods have made due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet

from motcua.accounts.models import User
from motcua.dossiers.models import Document, Dossier
from motcua.privacy.periods import add_years, kept_forever, longest_finite


@dataclass(frozen=True)
class DataSubject:
    """The person an export is about: their account (its own dossiers) and/or the identity
    number their dossiers were filed under (walk-in and postal dossiers have no account).

    A citizen downloading online is only their account: the identity number on a dossier, or on
    an account, is what someone typed, so it proves nothing. The province, having checked the
    person's identity papers with a written request, also exports by identity number."""

    account: User | None = None
    id_number: str = ""


def subject_dossiers(subject: DataSubject) -> QuerySet[Dossier]:
    match = Q()
    if subject.account is not None:
        match |= Q(owner=subject.account)
    if subject.id_number:
        match |= Q(applicant_id_number=subject.id_number)
    if not match:
        return Dossier.objects.none()
    return (
        Dossier.objects.filter(match)
        .select_related("version__procedure", "helped_at", "received_by_agency", "competent_agency")
        .order_by("created_at", "pk")
    )


def expired_documents(*, now: dt.datetime, years: Mapping[str, int]) -> QuerySet[Document]:
    """Documents whose file is past its kind's period, counted from the end of their dossier."""
    match = Q()
    for kind, period in sorted(years.items()):
        if period > 0:
            match |= Q(kind=kind, dossier__ended_at__lte=add_years(now, -period))
    if not match:
        return Document.objects.none()
    return Document.objects.filter(match, purged_at__isnull=True)


def anonymisable_dossiers(
    *, now: dt.datetime, years: Mapping[str, int], files_gone: bool = True
) -> QuerySet[Dossier]:
    """Dossiers ended longer ago than the longest period that ends, holding no document of a
    kind kept forever (a permanent result names its holder), and, with `files_gone`, whose
    files are all deleted already: their applicant's personal fields may go."""
    longest = longest_finite(years)
    if not longest:
        return Dossier.objects.none()
    query = Dossier.objects.filter(
        ended_at__lte=add_years(now, -longest), anonymised_at__isnull=True
    )
    forever = kept_forever(years)
    if forever:
        query = query.exclude(
            Exists(Document.objects.filter(dossier=OuterRef("pk"), kind__in=forever))
        )
    if files_gone:
        query = query.exclude(
            Exists(Document.objects.filter(dossier=OuterRef("pk"), purged_at__isnull=True))
        )
    return query
