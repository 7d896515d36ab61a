"""Returning applicants reuse a paper already digitised, in the bulk path as with the services."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from motcua.demo.bulk import IdAllocator
from motcua.demo.province import build_province
from motcua.demo.seeding import (
    Intake,
    insert_played,
    plan_intakes,
    play,
    play_with_services,
    seed_all,
    seed_reference,
)
from motcua.dossiers.models import CodeSequence, Document, Dossier

NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = str(tmp_path / "media")  # the services store their result files


def one_applicants_year(refs, count: int) -> list[Intake]:
    """One online applicant's dossiers in the order they filed them, each wishing to reuse."""
    intakes = list(plan_intakes(refs, count=2000, seed=5, now=NOW))
    owner = next(i.owner for i in intakes if i.owner is not None)
    theirs = sorted((i for i in intakes if i.owner == owner), key=lambda i: i.start)[:count]
    return [
        dataclasses.replace(i, reuse_component=i.version.spec.components[-1].code) for i in theirs
    ]


def reuses(dossier: Dossier) -> list[tuple[str, bool, bool]]:
    return sorted(
        (d.component_code, d.digitised, d.reused_from_id is not None)
        for d in Document.objects.filter(dossier=dossier, kind="component")
    )


@pytest.mark.django_db
def test_the_bulk_path_reuses_as_the_services_do():
    refs = seed_reference(build_province(1), citizens=20)
    intakes = one_applicants_year(refs, 8)

    by_services = [play_with_services(i, refs, now=NOW) for i in intakes]
    played = [play(refs, i, now=NOW) for i in intakes]
    counters = {c.prefix: c.value for c in CodeSequence.objects.all()}
    insert_played([p for p in played if p], counters, IdAllocator())
    made = [d for d in by_services if d]
    bulk = Dossier.objects.exclude(pk__in=[d.pk for d in made]).order_by("pk")

    flags = []
    for service_made, bulk_made in zip(made, bulk, strict=True):
        service_made.refresh_from_db()
        assert (bulk_made.reused, bulk_made.digitised) == (
            service_made.reused,
            service_made.digitised,
        )
        assert reuses(bulk_made) == reuses(service_made)
        flags.append(bulk_made.reused)
    assert flags[0] is False  # nothing held yet at their first dossier
    assert any(flags)


@pytest.mark.django_db
def test_the_demo_reuses_issued_results_of_the_applicants_earlier_dossiers():
    seed_all(dossiers=600, seed=3, now=timezone.now())
    copies = Document.objects.filter(reused_from__isnull=False).select_related(
        "dossier", "reused_from__dossier"
    )
    assert copies.exists()
    for copy in copies:
        source = copy.reused_from
        assert source.kind == "result" and source.dossier.owner_id == copy.dossier.owner_id
        assert source.dossier.finished_at < copy.dossier.submitted_at
        assert copy.dossier.reused and copy.dossier.digitised and copy.digitised
    reused = Dossier.objects.filter(reused=True)
    assert reused.count() == copies.values("dossier").distinct().count()
    share = reused.count() / Dossier.objects.count()
    assert 0.03 < share < 0.3, share
