"""The inbox and the dossier page cost a fixed number of queries, whatever the number of rows.

Counted on the warm path: the procedure specs and the calendar are cached per process.
Savepoints are not counted.
"""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext

from motcua.desk.selectors import inbox_desk, inbox_leader, inbox_officer, inbox_overview
from motcua.desk.tests.pages import client_for
from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import at_officer, received, with_result

# versions of the agency's dossiers, the section counts, the page of rows
SELECTORS = {"desk": 3, "officer": 3, "leader": 3, "overview": 3}
# session, user, the user's agency + the selector's 3
INBOX_PAGE = 6
# session, user, the dossier, its documents, its events (+ the agencies for a transfer), the
# audit entry of the look (the desk sees a dossier held by the officer: it may no longer forward
# it, so no agency list)
DOSSIER_PAGE = {"desk": 6, "officer": 7, "admin": 6}


def count(fn) -> int:
    with CaptureQueriesContext(connection) as ctx:
        fn()
    return len([q for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"].upper()])


def selector_counts(cast) -> dict[str, int]:
    now = dt.datetime.now(dt.UTC)
    return {
        "desk": count(lambda: inbox_desk(cast.centre, now)),
        "officer": count(lambda: inbox_officer(cast.department, now)),
        "leader": count(lambda: inbox_leader(cast.department, now)),
        "overview": count(lambda: inbox_overview(now)),
    }


def add_one_of_each(cast) -> None:
    received(cast)
    at_officer(cast, at=dt.datetime.now(dt.UTC) - dt.timedelta(days=20))
    at_leader = at_officer(cast)
    dossier_act(code=at_leader.code, action="forward", actor=cast.officer)


def test_inbox_selectors_are_pinned(cast):
    add_one_of_each(cast)
    selector_counts(cast)  # warm the caches
    assert selector_counts(cast) == SELECTORS
    for _ in range(4):
        add_one_of_each(cast)
    assert selector_counts(cast) == SELECTORS


def test_inbox_page_does_not_grow_with_rows(cast):
    add_one_of_each(cast)
    pages = {u: client_for(u) for u in (cast.desk, cast.officer, cast.leader)}
    for client in pages.values():
        client.get("/can-bo/")  # warm
    before = {u.username: count(lambda c=c: c.get("/can-bo/")) for u, c in pages.items()}
    for _ in range(4):
        add_one_of_each(cast)
    after = {u.username: count(lambda c=c: c.get("/can-bo/")) for u, c in pages.items()}
    assert before == after == {"desk": INBOX_PAGE, "officer": INBOX_PAGE, "leader": INBOX_PAGE}


def test_dossier_page_does_not_grow_with_history(cast):
    dossier = at_officer(cast)
    url = f"/can-bo/ho-so/{dossier.code}"
    clients = {"desk": client_for(cast.desk), "officer": client_for(cast.officer)}
    clients["admin"] = client_for(cast.admin)
    for client in clients.values():
        client.get(url)  # warm
    before = {name: count(lambda c=c: c.get(url)) for name, c in clients.items()}
    for _ in range(3):
        dossier_act(code=dossier.code, action="request_payment", actor=cast.officer)
        dossier_act(code=dossier.code, action="pay", actor=cast.desk)
    with_result(cast, dossier)
    with_result(cast, dossier)
    after = {name: count(lambda c=c: c.get(url)) for name, c in clients.items()}
    assert before == after == DOSSIER_PAGE
