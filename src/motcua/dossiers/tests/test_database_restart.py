"""The database restarts in the middle of a load: requests fail cleanly and recover, and nothing
committed is lost or half-written.

A real gunicorn (as in production: DEBUG=0, gthread, persistent connections) serves a throwaway
PostgreSQL cluster, never the shared server; threads submit and act on dossiers through the JSON
API and read pages while the cluster is stopped cleanly (`-m fast`) or crashed (`-m immediate`)
and started again. During the outage every answer is a 503 saying so (JSON for the API, a page in
Vietnamese for pages) with Retry-After; a moment after the database is back everything succeeds;
every dossier answered 201 and every action answered 200 is in the database, with its events and
their deliveries. And a restart while nobody asks anything costs the next requests nothing.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from django.db import connection

from motcua.testing.cast import PERMIT
from motcua.testing.postgres import Cluster, free_port, postgres_bin, throwaway_cluster

BIN = Path(sys.executable).parent
DATABASE = "motcua"
OUTAGE_SECONDS = 2.0  # how long the database stays down
RECOVERY_SECONDS = 3.0  # load kept running after it is back
SETTLED_SECONDS = 1.0  # requests started this long after the restart must all succeed
TIMEOUT_SECONDS = 15.0  # no request may take longer (a hung request fails the test)


def _cannot_run() -> str:
    if connection.vendor != "postgresql":
        return "PostgreSQL only (DATABASE_URL=postgres://…): it restarts a database server"
    if postgres_bin() is None:
        return "needs PostgreSQL's server programs (initdb, pg_ctl: /usr/lib/postgresql/*/bin)"
    return ""


pytestmark = pytest.mark.skipif(bool(_cannot_run()), reason=_cannot_run() or "-")


@dataclass
class System:
    cluster: Cluster
    base: str
    tokens: dict[str, str]
    log: Path


@dataclass
class Answer:
    kind: str  # submit, receive, forward, page
    started: float
    elapsed: float
    status: int  # 0: no HTTP answer at all (refused, reset, timed out)
    headers: dict[str, str]
    text: str
    language: str = "vi"
    error: str = ""
    dossier: str = ""
    retried: bool = False  # an earlier try of the same step got a 503

    def json(self) -> Any:
        return json.loads(self.text)


def _env(cluster: Cluster, root: Path) -> dict[str, str]:
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "motcua.settings",
        "DATABASE_URL": cluster.url(DATABASE),
        "DEBUG": "0",
        "SECRET_KEY": "restart-test-secret-key-not-for-production",
        "ALLOWED_HOSTS": "127.0.0.1",
        "MOTCUA_HTTPS": "0",
        "DB_CONN_MAX_AGE": "60",  # persistent connections: the ones a restart breaks
        "MOTCUA_VAR_DIR": str(root / "var"),
        "LOG_LEVEL": "WARNING",
        "MOTCUA_TRACK_LOOKUPS": "0",  # the page reader looks dossiers up faster than people do
    }


# One Django start for both (each costs seconds on a busy machine): the schema, then the cast.
_SETUP = """
import json
from django.core.management import call_command
from motcua.accounts.models import ApiToken
from motcua.testing.cast import build_cast
call_command("migrate", interactive=False, verbosity=0)
cast = build_cast()
print(json.dumps({n: ApiToken.issue(getattr(cast, n))[1] for n in ("citizen", "desk")}))
"""


def _set_up_database(env: dict[str, str]) -> dict[str, str]:
    """Migrate and seed in a subprocess; the API tokens of the citizen and the desk officer."""
    done = subprocess.run(
        [str(BIN / "motcua"), "shell", "-c", _SETUP],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"setting the database up failed: {done.stderr[-3000:]}"
    tokens: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
    return tokens


GUNICORN = ["--worker-class", "gthread", "--workers", "2", "--threads", "4", "--keep-alive", "75"]


def _wait_http(proc: subprocess.Popen[bytes], url: str, log: Path, timeout: float = 40) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {log.read_text(errors='replace')[-3000:]}")
        with contextlib.suppress(httpx.TransportError):
            httpx.get(url, timeout=2)
            return
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer in {timeout:.0f} s")


@contextlib.contextmanager
def _gunicorn(env: dict[str, str], log: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """The web server as in production (README), in its own process group, stopped at the end."""
    port = free_port()
    argv = [str(BIN / "gunicorn"), "motcua.wsgi:application", "--bind", f"127.0.0.1:{port}"]
    with log.open("wb") as out:
        web = subprocess.Popen(
            [*argv, *GUNICORN, "--graceful-timeout", "5"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield web, f"http://127.0.0.1:{port}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(web.pid, signal.SIGTERM)
        try:
            web.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(web.pid, signal.SIGKILL)
            web.wait(5)


@pytest.fixture(scope="module")
def system() -> Iterator[System]:
    bin_dir = postgres_bin()
    assert bin_dir is not None
    with throwaway_cluster(bin_dir) as cluster:
        cluster.sql("postgres", f"CREATE DATABASE {DATABASE}")
        env = _env(cluster, cluster.root)
        log = cluster.root / "gunicorn.log"
        with _gunicorn(env, log) as (web, base):  # boots while the database is set up
            tokens = _set_up_database(env)
            _wait_http(web, f"{base}/api/v1/procedures?limit=1", log)
            yield System(cluster=cluster, base=base, tokens=tokens, log=log)


@dataclass
class Load:
    """Clients that keep working through the outage, retrying a refused step as a client would."""

    system: System
    tag: str  # starts every applicant's name: tells this load's dossiers apart
    clients: int = 4
    answers: list[Answer] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    codes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.threads = [
            threading.Thread(target=self._lane, args=(i,), daemon=True) for i in range(self.clients)
        ]
        self.threads.append(threading.Thread(target=self._pages, daemon=True))

    def __enter__(self) -> Load:
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(TIMEOUT_SECONDS + 5)

    def _call(
        self,
        client: httpx.Client,
        kind: str,
        method: str,
        url: str,
        step: tuple[str, bool] = ("", False),
        **kw: Any,
    ) -> Answer:
        started = time.monotonic()
        language = client.headers["Accept-Language"]
        try:
            r = client.request(method, url, **kw)
            status, headers, text, error = r.status_code, dict(r.headers), r.text, ""
        except httpx.HTTPError as exc:
            status, headers, text, error = 0, {}, "", repr(exc)
        elapsed = time.monotonic() - started
        answer = Answer(kind, started, elapsed, status, headers, text, language, error)
        answer.dossier, answer.retried = step
        with self.lock:
            self.answers.append(answer)
        return answer

    def _client(self, token: str = "", language: str = "vi") -> httpx.Client:
        headers = {"Accept-Language": language}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return httpx.Client(base_url=self.system.base, headers=headers, timeout=TIMEOUT_SECONDS)

    def _lane(self, number: int) -> None:
        """Submit a dossier as the citizen, then receive and forward it at the desk; again."""
        language = "en" if number == 0 else "vi"  # one client reads the errors in English
        tokens = self.system.tokens
        with (
            self._client(tokens["citizen"], language) as citizen,
            self._client(tokens["desk"], language) as desk,
        ):
            for i in itertools.count():
                if not self._dossier(citizen, desk, f"{self.tag} {number}-{i}"):
                    return

    def _dossier(self, citizen: httpx.Client, desk: httpx.Client, name: str) -> bool:
        body = {"procedure": PERMIT, "channel": 2, "applicant": {"name": name}}
        submitted = self._until_answered(citizen, "submit", "/api/v1/dossiers", body)
        if submitted is None or submitted.status != 201:
            return submitted is not None
        code = submitted.json()["code"]
        with self.lock:
            self.codes.append(code)
        for action in ("receive", "forward"):
            url = f"/api/v1/dossiers/{code}/actions/{action}"
            done = self._until_answered(desk, action, url, dossier=code)
            if done is None:
                return False
        return True

    def _until_answered(
        self, client: httpx.Client, kind: str, url: str, body: Any = None, dossier: str = ""
    ) -> Answer | None:
        """Post until an answer other than 503; None when the load stops first."""
        retried = False
        while not self.stop.is_set():
            answer = self._call(client, kind, "POST", url, (dossier, retried), json=body or {})
            if answer.status != 503:
                return answer
            retried = True
            time.sleep(0.2)
        return None

    def _pages(self) -> None:
        with self._client() as browser:
            while not self.stop.is_set():
                code = self.codes[-1] if self.codes else "000.00.20.H99-260101-00001"
                self._call(browser, "page", "GET", "/tra-cuu", params={"code": code})
                self._call(browser, "page", "GET", f"/thu-tuc/{PERMIT}")
                time.sleep(0.05)


def _restart_under_load(system: System, mode: str) -> tuple[Load, float, float]:
    with Load(system, tag=mode) as load:
        deadline = time.monotonic() + 20
        while sum(a.status == 201 for a in load.answers) < 3:
            assert time.monotonic() < deadline, Counter(a.status for a in load.answers)
            time.sleep(0.1)
        down = time.monotonic()
        system.cluster.stop(mode)
        time.sleep(OUTAGE_SECONDS)
        system.cluster.start()
        up = time.monotonic()
        time.sleep(RECOVERY_SECONDS)
    return load, down, up


# A retried step refused as already done: its try answered 503 had committed before the answer
# was lost (the client cannot know). _check_database finds that step in the database, once.
ALREADY_DONE = {("receive", 409, "transition_not_allowed"), ("forward", 403, "not_holder")}
EXPECTED = {"submit": {201, 503}, "receive": {200, 503}, "forward": {200, 503}, "page": {200, 503}}


def _already_done(a: Answer) -> bool:
    if not a.retried or not a.headers.get("content-type", "").startswith("application/json"):
        return False
    return (a.kind, a.status, a.json().get("code")) in ALREADY_DONE


def _check_answers(load: Load, down: float, up: float) -> None:
    answers = load.answers
    hung = [a for a in answers if a.status == 0 or a.elapsed > TIMEOUT_SECONDS]
    assert not hung, [(a.kind, a.error, round(a.elapsed, 1)) for a in hung]
    odd = [a for a in answers if a.status not in EXPECTED[a.kind] and not _already_done(a)]
    assert not odd, [(a.kind, a.status, a.text[:300]) for a in odd]
    unavailable = [a for a in answers if a.status == 503]
    assert unavailable, "the outage produced no 503 at all"
    for a in unavailable:
        assert down <= a.started + a.elapsed and a.started <= up + SETTLED_SECONDS, a
        assert int(a.headers["retry-after"]) > 0
        if a.kind == "page":
            assert a.headers["content-type"].startswith("text/html")
            assert "<h1>Hệ thống tạm thời gián đoạn</h1>" in a.text
        else:
            assert a.json()["code"] == "database_unavailable" and a.json()["field"] is None
    messages = {(a.language, a.json()["message"]) for a in unavailable if a.kind != "page"}
    assert {language for language, _ in messages} == {"vi", "en"}, messages
    for language, message in messages:
        assert ("database" if language == "en" else "cơ sở dữ liệu") in message, message
    back = [a.started - up for a in answers if a.started >= up and a.status in (200, 201)]
    assert back and min(back) < 3, "nothing succeeded within 3 s of the database being back"
    late = [a for a in answers if a.status == 503 and a.started >= up + SETTLED_SECONDS]
    assert not late, late


def _check_database(system: System, load: Load) -> dict[str, int]:
    def sql(statement: str, params: Any = None) -> list[tuple[Any, ...]]:
        return system.cluster.sql(DATABASE, statement, params)

    created = {a.json()["code"] for a in load.answers if a.kind == "submit" and a.status == 201}
    ours = {r[0] for r in sql(
        "SELECT code FROM dossiers_dossier WHERE applicant_name LIKE %s", [f"{load.tag} %"]
    )}  # fmt: skip
    assert not created - ours, f"answered 201, not in the database: {created - ours}"
    events = set(sql(
        "SELECT d.code, e.seq, e.action FROM dossiers_event e"
        " JOIN dossiers_dossier d ON d.id = e.dossier_id"
    ))  # fmt: skip
    acted = [
        (a.json()["code"], a.json()["version"], a.kind)
        for a in load.answers
        if a.kind in ("receive", "forward") and a.status == 200
    ]
    assert not [a for a in acted if a not in events], "answered 200, not in the database"
    done_before = {(a.dossier, a.kind) for a in load.answers if _already_done(a)}
    assert done_before <= {(code, action) for code, _, action in events}, done_before
    # Nothing half-written or written twice: every dossier has its events 1…event_count, each
    # step at most once (a retried step never applies twice), each event its delivery row.
    assert not sql(
        "SELECT d.code FROM dossiers_dossier d LEFT JOIN dossiers_event e ON e.dossier_id = d.id"
        " GROUP BY d.id HAVING count(e.id) <> d.event_count OR count(e.id) = 0"
        " OR min(e.seq) <> 1 OR max(e.seq) <> d.event_count"
    )
    assert not sql(
        "SELECT dossier_id, action FROM dossiers_event GROUP BY dossier_id, action"
        " HAVING count(*) > 1"
    )
    assert not sql(
        "SELECT e.id FROM dossiers_event e LEFT JOIN sync_delivery s"
        " ON s.event_id = e.id AND s.consumer = 'portal' WHERE s.id IS NULL"
    )
    return {
        "dossiers answered 201": len(created),
        "dossiers created though answered 503": len(ours - created),
        "actions answered 200": len(acted),
        "steps done though answered 503": len(done_before),
        "dossiers checked": sql("SELECT count(*) FROM dossiers_dossier")[0][0],
    }


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_database_restart_under_load_fails_cleanly_and_loses_nothing(system, mode):
    load, down, up = _restart_under_load(system, mode)
    counts = Counter(f"{a.kind} {a.status}" for a in load.answers)
    print(f"\n{mode}: {len(load.answers)} requests: {dict(sorted(counts.items()))}")
    _check_answers(load, down, up)
    print(f"{mode}: in the database: {_check_database(system, load)}")


def _burst(system: System, requests: int = 32, clients: int = 8) -> Counter[int]:
    """Parallel reads that need the database, on new connections: they reach every thread of
    every gunicorn worker, so every kept database connection is used."""
    headers = {"Authorization": f"Bearer {system.tokens['desk']}"}

    def read(_: int) -> int:
        with httpx.Client(base_url=system.base, headers=headers, timeout=TIMEOUT_SECONDS) as c:
            return c.get("/api/v1/dossiers", params={"limit": 1}).status_code

    with ThreadPoolExecutor(clients) as pool:
        return Counter(pool.map(read, range(requests)))


def test_a_quiet_restart_fails_no_request(system):
    """`pg_ctl restart` while nobody asks anything: every kept connection is now broken, and
    the next requests must not pay for it (each is checked before use, replaced if dead)."""
    assert _burst(system) == Counter({200: 32})
    system.cluster.stop("fast")
    system.cluster.start()
    assert _burst(system) == Counter({200: 32})
