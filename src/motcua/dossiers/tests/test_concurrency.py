"""Concurrent intake and two officers acting at once (real threads, real connections)."""

from __future__ import annotations

from typing import Any

import pytest

from motcua.dossiers.models import Dossier, Event
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import received
from motcua.errors import DomainError
from motcua.testing.cast import PERMIT, build_cast
from motcua.testing.threads import in_threads

pytestmark = pytest.mark.django_db(transaction=True)


def test_parallel_intake_gets_unique_consecutive_codes():
    cast = build_cast()
    count = 12

    def intake(i: int) -> str:
        return dossier_create(
            actor=cast.desk,
            procedure_code=PERMIT,
            channel=1,
            applicant=Applicant(name=f"Người nộp {i}"),
        ).code

    codes = in_threads(count, intake)
    assert all(isinstance(c, str) for c in codes), codes
    assert len(set(codes)) == count
    assert sorted(int(c.rsplit("-", 1)[1]) for c in codes) == list(range(1, count + 1))
    assert Dossier.objects.count() == count


def test_two_officers_acting_on_what_they_both_saw_one_wins():
    cast = build_cast()
    dossier = received(cast)
    seen = dossier.event_count

    def forward(_: int) -> Any:
        return dossier_act(
            code=dossier.code, action="forward", actor=cast.desk, expected_version=seen
        )

    outcomes = in_threads(2, forward)
    errors = [o for o in outcomes if isinstance(o, DomainError)]
    assert len(errors) == 1, outcomes
    assert errors[0].code == "stale_version"
    dossier.refresh_from_db()
    assert dossier.step_index == 1
    assert Event.objects.filter(dossier=dossier).count() == 2


def test_two_leaders_approving_at_once_approve_once():
    cast = build_cast()
    dossier = received(cast)
    dossier_act(code=dossier.code, action="forward", actor=cast.desk)
    dossier_act(code=dossier.code, action="forward", actor=cast.officer)

    outcomes = in_threads(
        2, lambda _: dossier_act(code=dossier.code, action="approve", actor=cast.leader)
    )
    errors = [o for o in outcomes if isinstance(o, DomainError)]
    assert len(errors) == 1 and errors[0].code == "transition_not_allowed", outcomes
    assert Event.objects.filter(dossier=dossier, action="approve").count() == 1
