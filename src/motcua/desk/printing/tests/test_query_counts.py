"""Each printed form costs a fixed, small number of queries, however long the dossier's story.

Counted on the warm path (the procedure's spec and the calendar are cached per process), for the
whole request: the session and the user (2), the dossier, its events, their agencies; form 01 also
reads the component documents. The log reads the user's agency and the period's dossiers once.
Each also writes its audit-log entry (1).
"""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext

from motcua.desk.printing.tests.helpers import MONDAY, at_officer, form_url
from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import received

EXPECTED = {1: 7, 2: 6, 3: 6, 4: 6, 5: 6, 6: 6}
EXPECTED_LOG = 5
A_SECOND = 1.0


def count(client, url: str) -> int:
    client.get(url)  # warm the per-process caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return len([q for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"].upper()])


def long_story(cast) -> str:
    """A dossier with many events and every notice: the counts must not grow with them."""
    code = at_officer(cast, MONDAY).code
    at = MONDAY
    for n in range(5):
        at += dt.timedelta(hours=1)
        note = f"Thiếu giấy tờ số {n}."
        dossier_act(code=code, action="request_supplement", actor=cast.officer, note=note, at=at)
        dossier_act(code=code, action="supplement", actor=cast.desk, at=at)
    new_due = MONDAY + dt.timedelta(days=30)
    dossier_act(
        code=code,
        action="extend",
        actor=cast.leader,
        note="Cần xác minh thêm.",
        params={"new_due_at": new_due},
        at=at,
    )
    dossier_act(code=code, action="stop", actor=cast.leader, note="Dừng theo đề nghị.", at=at)
    return code


def test_each_form_has_a_pinned_query_count(cast, client):
    code = long_story(cast)
    refused = received(cast, at=MONDAY).code
    dossier_act(code=refused, action="refuse", actor=cast.desk, note="Sai thẩm quyền.")
    client.force_login(cast.desk)

    counts = {n: count(client, form_url(refused if n == 3 else code, n)) for n in EXPECTED}

    assert counts == EXPECTED


def test_the_log_has_a_pinned_query_count_whatever_its_length(cast, client):
    for day in range(2, 12):
        received(cast, at=MONDAY.replace(day=day))
    client.force_login(cast.desk)

    pdf = count(client, "/can-bo/so-theo-doi.pdf?tu=2026-03-01&den=2026-03-31")
    xlsx = count(client, "/can-bo/so-theo-doi.xlsx?tu=2026-03-01&den=2026-03-31")

    assert (pdf, xlsx) == (EXPECTED_LOG, EXPECTED_LOG)
