"""Every action costs a fixed, small number of queries, whatever the size of the database."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import with_result
from motcua.testing.cast import PERMIT

# The queries of one action, counted on the warm path (the procedure's spec and the calendar
# are cached per process). Savepoints are not counted. See the README for the table.
# An action: lock the row, update it, insert the event, its deliveries and its audit entry.
# Creating adds the procedure, the agency look-ups and the code sequence; finishing checks for a
# result document.
EXPECTED = {
    "create_online": 8,
    "create_direct": 7,
    "receive": 5,
    "forward": 5,
    "approve": 5,
    "finish": 6,
    "return": 5,
    "rate": 5,
}


def count(fn) -> int:
    with CaptureQueriesContext(connection) as ctx:
        fn()
    return len([q for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"].upper()])


@pytest.mark.django_db
def test_each_action_has_a_pinned_query_count(cast):
    counts: dict[str, int] = {}
    applicant = Applicant(name="Đỗ Minh Châu")
    at = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    # warm the per-process caches
    dossier_create(actor=cast.desk, procedure_code=PERMIT, channel=1, applicant=applicant, at=at)

    box: dict[str, str] = {}

    def create_online() -> None:
        box["code"] = dossier_create(
            actor=cast.citizen, procedure_code=PERMIT, channel=2, applicant=applicant, at=at
        ).code

    counts["create_online"] = count(create_online)
    counts["create_direct"] = count(
        lambda: dossier_create(
            actor=cast.desk, procedure_code=PERMIT, channel=1, applicant=applicant, at=at
        )
    )
    code = box["code"]
    steps = [
        ("receive", cast.desk, {}),
        ("forward", cast.desk, {}),
        ("forward", cast.officer, {}),
        ("approve", cast.leader, {}),
    ]
    for action, actor, params in steps:
        counts[action] = count(
            lambda a=action, u=actor, p=params: dossier_act(code=code, action=a, actor=u, params=p)
        )
    from motcua.dossiers.models import Dossier

    with_result(cast, Dossier.objects.get(code=code))
    counts["finish"] = count(lambda: dossier_act(code=code, action="finish", actor=cast.leader))
    counts["return"] = count(lambda: dossier_act(code=code, action="return", actor=cast.desk))
    counts["rate"] = count(
        lambda: dossier_act(code=code, action="rate", actor=cast.citizen, params={"rating": 2})
    )
    assert counts == EXPECTED
