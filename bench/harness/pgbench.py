"""The physical limit: pgbench replaying the SQL one motcua request sends, at the same concurrency.

The statements are not written by hand: one online submit and one desk receive (and one public
tracking page) go through Django's test client with the queries captured, so the scripts follow
the models as they change. The literals that must vary are replaced by pgbench variables: the
dossier code (unique per transaction), the new dossier's and event's ids (`\\gset` from their
`RETURNING`), and the code sequence's prefix (the client's lane, as in the HTTP load).
"""

from __future__ import annotations

import json
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.report import percentile


@dataclass
class Statement:
    sql: str
    kind: str  # "tx" (BEGIN/COMMIT), "read", "write"

    @property
    def summary(self) -> str:
        if self.kind == "tx":
            return self.sql
        words = self.sql.split()
        verb = " ".join(words[:2]) if words[0] == "INSERT" else words[0]
        table = next((w for w in words if w.startswith('"') and "_" in w), "?").split(".")[0]
        lock = " … FOR UPDATE" if "FOR UPDATE" in self.sql else ""
        return f"{verb.replace(' INTO', '')} {table.strip(chr(34))}{lock}"


def classify(sql: str) -> Statement:
    head = sql.lstrip().split(None, 1)[0].upper()
    if head in ("BEGIN", "COMMIT", "ROLLBACK") or sql.startswith("SAVEPOINT"):
        return Statement(sql, "tx")
    if head == "SELECT" and "FOR UPDATE" not in sql:
        return Statement(sql, "read")
    return Statement(sql, "write")


def capture_intake(lane: dict[str, Any]) -> tuple[list[Statement], list[Statement], str]:
    """The statements of one submit and one receive over HTTP (the second of two pairs, so that
    per-process caches are warm as in a running server), and the dossier code they used."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    body = {
        "procedure": lane["procedure"],
        "channel": 2,
        "competent_agency": lane["competent"],
        "applicant": {"name": "Nguyễn Thị Bền", "phone": "0912345678"},
    }
    for _ in range(2):
        with CaptureQueriesContext(connection) as submit:
            answer = client.post(
                "/api/v1/dossiers",
                json.dumps(body),
                content_type="application/json",
                headers={"Authorization": f"Bearer {lane['citizen']}"},
            )
        if answer.status_code != 201:
            raise RuntimeError(f"capture: submit answered {answer.status_code}: {answer.content!r}")
        code = answer.json()["code"]
        with CaptureQueriesContext(connection) as receive:
            answer = client.post(
                f"/api/v1/dossiers/{code}/actions/receive",
                "{}",
                content_type="application/json",
                headers={"Authorization": f"Bearer {lane['desk']}"},
            )
        if answer.status_code != 200:
            raise RuntimeError(f"capture: receive answered {answer.status_code}")
    return (
        [classify(q["sql"]) for q in submit.captured_queries],
        [classify(q["sql"]) for q in receive.captured_queries],
        code,
    )


def capture_tracking(code: str) -> list[Statement]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for _ in range(2):
        with CaptureQueriesContext(connection) as page:
            answer = client.get("/tra-cuu", {"ma": code})
        if answer.status_code != 200 or b'id="h-dossier"' not in answer.content:
            raise RuntimeError(f"capture: tracking answered {answer.status_code}")
    return [classify(q["sql"]) for q in page.captured_queries]


_RETURNING_ID = re.compile(r'\s+RETURNING\s+"(\w+)"\."id"\s*$')


def _replace_id(sql: str, value: int, variable: str) -> str:
    """An id as a value of its own (`(5002,`, `= 5002`), never inside a timestamp or a text."""
    return re.sub(rf"(?<=[(= ]){value}(?=[,) ]|$)", f":{variable}", sql)


def intake_script(
    submit: list[Statement],
    receive: list[Statement],
    *,
    code: str,
    dossier_id: int,
    event_ids: list[int],
    prefixes: list[str],
    reads: bool,
) -> str:
    """A pgbench script doing what one submit and one receive do: the writes in their two
    transactions (and, with `reads`, every other statement the two requests send).

    The new dossier's and events' ids come from their INSERTs' RETURNING (`\\gset`); the code is
    unique per transaction; the code sequence's prefix is the client's lane, as over HTTP."""
    prefix = code.rsplit("-", 1)[0]
    lanes = "ARRAY[" + ", ".join(f"'{p}'" for p in prefixes) + "]"
    lines = ["\\set n random(1, 2000000000)"]
    known: dict[int, str] = {}
    events = iter(enumerate(event_ids))
    for statement in [*submit, *receive]:
        if statement.kind == "read" and not reads:
            continue
        sql = statement.sql.replace(f"'{code}'", "('B' || :client_id || '-' || :n)")
        sql = sql.replace(f"'{prefix}'", f"({lanes})[:client_id % {len(prefixes)} + 1]")
        for value, variable in known.items():
            sql = _replace_id(sql, value, variable)
        match = _RETURNING_ID.search(sql)
        if match and match.group(1) == "dossiers_dossier":
            known[dossier_id] = "dossier_id"
            lines.append(sql + " \\gset dossier_")
        elif match and match.group(1) == "dossiers_event":
            n, event_id = next(events)
            known[event_id] = f"event{n}_id"
            lines.append(sql + f" \\gset event{n}_")
        else:
            lines.append(sql.rstrip(";") + ";")
    return "\n".join(lines) + "\n"


def tracking_scripts(
    page: list[Statement], *, code: str, dossier_id: int, max_id: int
) -> dict[str, str]:
    """A single-row primary-key select, and every statement of the tracking page (for a random
    dossier: one more indexed select finds its code)."""
    pick = (
        f"\\set id random(1, {max_id})\n"
        "SELECT id AS dossier_id, quote_literal(code) AS code FROM dossiers_dossier"
        " WHERE id >= :id ORDER BY id LIMIT 1 \\gset\n"
    )
    statements = [
        _replace_id(s.sql.replace(f"'{code}'", ":code"), dossier_id, "dossier_id").rstrip(";") + ";"
        for s in page
        if s.kind != "tx"
    ]
    return {
        "primary-key select": f"\\set id random(1, {max_id})\n"
        "SELECT * FROM dossiers_dossier WHERE id = :id;\n",
        "every statement of the page": pick + "\n".join(statements) + "\n",
    }


@dataclass
class PgbenchResult:
    name: str
    tps: float
    p50: float
    p95: float
    p99: float
    failed: int
    transactions: int
    output: str


def run(
    name: str,
    script: str,
    *,
    database: str,
    clients: int,
    seconds: int,
    workdir: Path,
    on_start: Any = None,
) -> tuple[PgbenchResult, Any]:
    """pgbench over `script`; per-transaction latencies from its log. `on_start()` is called once
    it runs and its value is returned (the caller's sampler)."""
    slug = re.sub(r"\W+", "-", name).strip("-")
    workdir.mkdir(parents=True, exist_ok=True)
    for old in workdir.glob(f"{slug}.log*"):
        old.unlink()
    path = workdir / f"{slug}.sql"
    path.write_text(script, encoding="utf-8")
    argv = [
        "pgbench",
        "-h",
        "127.0.0.1",
        "-U",
        "postgres",
        "-n",
        "-c",
        str(clients),
        "-j",
        "2",
        "-T",
        str(seconds),
        "-l",
        "--log-prefix",
        str(workdir / f"{slug}.log"),
        "-f",
        str(path),
        database,
    ]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    time.sleep(0.3)
    started = on_start(proc.pid) if on_start else None
    output, _ = proc.communicate(timeout=seconds + 60)
    if proc.returncode != 0:
        raise RuntimeError(f"pgbench {name} failed:\n{output[-3000:]}\nscript: {path}")
    latencies: list[float] = []
    for log in workdir.glob(f"{slug}.log*"):
        for line in log.read_text().splitlines():
            parts = line.split()
            if len(parts) >= 3 and parts[2].isdigit():
                latencies.append(int(parts[2]) / 1000)
    latencies.sort()
    tps = float(re.search(r"tps = ([\d.]+)", output).group(1))  # type: ignore[union-attr]
    failed = re.search(r"number of failed transactions: (\d+)", output)
    done = re.search(r"number of transactions actually processed: (\d+)", output)
    return (
        PgbenchResult(
            name=name,
            tps=tps,
            p50=percentile(latencies, 50),
            p95=percentile(latencies, 95),
            p99=percentile(latencies, 99),
            failed=int(failed.group(1)) if failed else 0,
            transactions=int(done.group(1)) if done else len(latencies),
            output=output,
        ),
        started,
    )


def explain(statements: list[Statement]) -> list[tuple[str, str, bool]]:
    """EXPLAIN of each distinct read and locking statement: (statement, the plan's nodes, whether
    it scans a table sequentially)."""
    from django.db import connection

    out = []
    seen = set()
    for statement in statements:
        if statement.kind == "tx" or not statement.sql.lstrip().upper().startswith("SELECT"):
            continue
        if statement.summary in seen:
            continue
        seen.add(statement.summary)
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN " + statement.sql)
            plan = [row[0] for row in cursor.fetchall()]
        nodes = [line.strip().lstrip("-> ").split("  (")[0] for line in plan if "(cost=" in line]
        growing = any(
            "Seq Scan" in n and any(f" on {t}" in n for t in _large_tables()) for n in nodes
        )
        out.append((statement.summary, " → ".join(nodes), growing))
    return out


def _large_tables(rows: int = 5000) -> list[str]:
    """The tables that grow with the dossiers and hold more than `rows` rows now (below that a
    sequential scan is the planner's right choice, as it is for reference data)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname FROM pg_class WHERE relname = ANY(%s) AND reltuples > %s",
            [list(GROWING_TABLES), rows],
        )
        return [row[0] for row in cursor.fetchall()]


# Tables that grow with the dossiers (and tokens, users); the rest is reference data.
GROWING_TABLES = (
    "dossiers_dossier",
    "dossiers_event",
    "dossiers_document",
    "sync_delivery",
    "accounts_apitoken",
    "accounts_user",
    "dossiers_codesequence",
)
