"""Looking dossiers up by code is limited per client address, so codes cannot be enumerated.

The count lives in the database: every web process (gunicorn runs several) shares it."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from motcua.portal.tests.helpers import PHONE_LAST4, received, without_csrf
from motcua.testing.cast import Cast

UNKNOWN = "000.00.20.H99-990101-99999"
LIMITED = "Bạn tra cứu quá nhiều lần trong thời gian ngắn."


@pytest.fixture(autouse=True)
def three_lookups(settings: Any) -> None:
    settings.MOTCUA_TRACK_LOOKUPS = 3
    settings.MOTCUA_TRACK_WINDOW_SECONDS = 600


def look_up(client: Client, code: str, factor: str = "") -> Any:
    if factor:
        return client.post("/tra-cuu", {"ma": code, "xac-thuc": factor})
    return client.get("/tra-cuu", {"ma": code})


def test_over_the_limit_known_and_unknown_codes_get_the_same_429(cast: Cast) -> None:
    dossier = received(cast)
    client = Client()
    assert look_up(client, dossier.code).status_code == 200
    assert look_up(client, UNKNOWN).status_code == 200
    assert look_up(client, dossier.code, PHONE_LAST4).status_code == 200
    assert client.get("/tra-cuu").status_code == 200  # the empty form is not a lookup

    known, unknown = look_up(client, dossier.code), look_up(client, UNKNOWN)
    with_factor = look_up(client, dossier.code, PHONE_LAST4)

    assert known.status_code == unknown.status_code == with_factor.status_code == 429
    one = without_csrf(known.content.decode()).replace(dossier.code, "CODE")
    two = without_csrf(unknown.content.decode()).replace(UNKNOWN, "CODE")
    assert one == two  # (the code appears only in the page's own link to switch the language)
    assert LIMITED in one and "Hãy thử lại sau" in one and "Nguyễn Thị Hoa" not in one
    assert LIMITED in with_factor.content.decode()
    assert "Nguyễn Thị Hoa" not in with_factor.content.decode()
    for answer in (known, unknown, with_factor):
        assert 0 < int(answer["Retry-After"]) <= 600


def test_the_limit_is_per_client_address(cast: Cast) -> None:
    busy, other = Client(REMOTE_ADDR="203.0.113.7"), Client(REMOTE_ADDR="198.51.100.9")
    for _ in range(3):
        look_up(busy, UNKNOWN)

    assert look_up(busy, UNKNOWN).status_code == 429
    assert look_up(other, UNKNOWN).status_code == 200


def test_zero_turns_the_limit_off(cast: Cast, settings) -> None:
    settings.MOTCUA_TRACK_LOOKUPS = 0
    client = Client()

    assert {look_up(client, UNKNOWN).status_code for _ in range(6)} == {200}


def test_behind_a_proxy_the_address_it_saw_counts_not_what_the_client_claims(
    cast: Cast, settings
) -> None:
    settings.MOTCUA_TRUSTED_PROXIES = 1  # nginx appends its peer to X-Forwarded-For
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    for spoofed in ("1.1.1.1", "2.2.2.2", "3.3.3.3"):
        Client(**proxy).get(
            "/tra-cuu", {"ma": UNKNOWN}, headers={"X-Forwarded-For": f"{spoofed}, 203.0.113.7"}
        )

    again = Client(**proxy).get(
        "/tra-cuu", {"ma": UNKNOWN}, headers={"X-Forwarded-For": "4.4.4.4, 203.0.113.7"}
    )
    other = Client(**proxy).get(
        "/tra-cuu", {"ma": UNKNOWN}, headers={"X-Forwarded-For": "198.51.100.9"}
    )
    assert again.status_code == 429 and other.status_code == 200


def database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.mark.django_db(transaction=True)
def test_another_process_counts_in_the_same_window() -> None:
    """Three lookups made by another process (another gunicorn worker) use up this client's."""
    script = (
        "import django, datetime as dt; django.setup()\n"
        "from motcua.portal.selectors import lookup_wait\n"
        "for _ in range(3): lookup_wait('203.0.113.7', now=dt.datetime.now(dt.UTC))\n"
    )
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DJANGO_SETTINGS_MODULE": "motcua.settings",
    }
    subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=120)

    assert look_up(Client(REMOTE_ADDR="203.0.113.7"), UNKNOWN).status_code == 429
    assert look_up(Client(REMOTE_ADDR="198.51.100.9"), UNKNOWN).status_code == 200
