"""Every citizen page costs a fixed number of queries, however many dossiers there are.

Counted on the warm path: the catalogue spec, the calendar, the search vocabulary and the home
page facts are cached per process. Logged-in pages include the session and the user (2).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from motcua.dossiers.services import dossier_act
from motcua.portal.tests.helpers import (
    PHONE_LAST4,
    online,
    pdf,
    received,
    returned,
    waiting_for_supplement,
)
from motcua.testing.cast import BIRTH, PERMIT, Cast

EXPECTED_READS = {
    "home (cold cache)": 6,
    "home": 0,
    "search": 3,
    "search (filtered)": 3,
    "procedure": 1,
    # + one upsert of the client's lookup count (the per-client limit); with an answer, the
    # wrong-answer throttle reads its counts first, and a wrong one adds to them
    "track (code only)": 3,
    "track (with factor)": 5,
    "track (wrong factor)": 4,
    "mine": 4,
    "receipt": 3,
    "submit form (commune)": 6,  # with the citizen's digitised papers to reuse (one query)
    "submit form (province)": 5,
    "supplement form": 4,
    "withdraw form": 3,
    "rate form": 3,
}
# Writes: authorise, then the services' own pinned counts (dossiers/tests/test_query_counts.py),
# an audit-log entry with each action and each uploaded file among them.
EXPECTED_WRITES = {
    "submit": 16,
    "supplement": 10,
    "withdraw": 8,
    "rate": 8,
}


def count(fn: Callable[[], Any]) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = fn()
    assert response.status_code in (200, 302), response.content.decode()[:2000]
    return len([q for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"].upper()])


def reads(cast: Cast, client: Client) -> dict[str, int]:
    from django.core.cache import cache

    waiting = waiting_for_supplement(cast)
    done = returned(cast)
    active = received(cast)
    anonymous = Client()
    anonymous.get(f"/thu-tuc/{PERMIT}")  # warm the calendar and the catalogue spec
    anonymous.get("/thu-tuc", {"q": "khai sinh"})  # warm the vocabulary
    client.force_login(cast.citizen)
    cache.delete("portal:home:v1")
    counts = {"home (cold cache)": count(lambda: anonymous.get("/"))}
    pages = {
        "home": lambda: anonymous.get("/"),
        "search": lambda: anonymous.get("/thu-tuc", {"q": "dang ky khai sinj"}),
        "search (filtered)": lambda: anonymous.get(
            "/thu-tuc", {"q": "giay phep", "linh-vuc": "XAYDUNG", "cap": "province"}
        ),
        "procedure": lambda: anonymous.get(f"/thu-tuc/{BIRTH}"),
        "track (code only)": lambda: anonymous.get("/tra-cuu", {"ma": done.code}),
        "track (with factor)": lambda: anonymous.post(
            "/tra-cuu", {"ma": done.code, "xac-thuc": PHONE_LAST4}
        ),
        "track (wrong factor)": lambda: anonymous.post(
            "/tra-cuu", {"ma": active.code, "xac-thuc": "0000"}
        ),
        "mine": lambda: client.get("/ca-nhan/ho-so"),
        "receipt": lambda: client.get(f"/ho-so/{done.code}/bien-nhan"),
        "submit form (commune)": lambda: client.get(f"/thu-tuc/{BIRTH}/nop-ho-so"),
        "submit form (province)": lambda: client.get(f"/thu-tuc/{PERMIT}/nop-ho-so"),
        "supplement form": lambda: client.get(f"/ho-so/{waiting.code}/bo-sung"),
        "withdraw form": lambda: client.get(f"/ho-so/{active.code}/rut"),
        "rate form": lambda: client.get(f"/ho-so/{done.code}/danh-gia"),
    }
    counts.update({name: count(page) for name, page in pages.items()})
    return counts


def test_reads_are_pinned_and_do_not_grow_with_the_data(cast, client):
    small = reads(cast, client)
    assert small == EXPECTED_READS
    for _ in range(12):  # more dossiers, events, documents and supplement requests
        dossier = waiting_for_supplement(cast)
        dossier_act(code=dossier.code, action="supplement", actor=cast.citizen)
        online(cast, owner=cast.other_citizen)
    assert reads(cast, client) == small


def test_writes_are_pinned(cast, client):
    client.force_login(cast.citizen)
    client.get(f"/thu-tuc/{PERMIT}")  # warm
    waiting = waiting_for_supplement(cast)
    active = received(cast)
    done = returned(cast)
    submit = {
        "name": "Trần Thị Bình",
        "kind": "1",
        "phone": "0912345678",
        "thanh_phan_1": pdf(),
        "thanh_phan_2": pdf(),
        "declaration": "on",
    }
    counts = {
        "submit": count(lambda: client.post(f"/thu-tuc/{PERMIT}/nop-ho-so", submit)),
        "supplement": count(
            lambda: client.post(f"/ho-so/{waiting.code}/bo-sung", {"attachments": [pdf()]})
        ),
        "withdraw": count(lambda: client.post(f"/ho-so/{active.code}/rut", {"reason": "Nhầm"})),
        "rate": count(lambda: client.post(f"/ho-so/{done.code}/danh-gia", {"rating": "2"})),
    }
    assert counts == EXPECTED_WRITES
