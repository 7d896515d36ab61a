"""The run's shared state and its output: the database, the result files."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from harness.procs import Service

ROOT = Path(__file__).resolve().parent.parent.parent
BIN = Path(sys.executable).parent
MOTCUA = [str(BIN / "motcua")]
# Growth runs keep one database per size: MOTCUA_BENCH_DB=motcua_bench_700k … --keep-db.
DB = os.environ.get("MOTCUA_BENCH_DB", "motcua_bench")


@dataclass
class Bench:
    args: argparse.Namespace
    admin_url: str
    url: str
    logs: Path
    env: dict[str, str]
    services: dict[str, Service] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    summary: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.args.port}"

    def server_label(self) -> str:
        a = self.args
        if a.server == "granian":
            return f"granian (WSGI), {a.web_workers} workers × {a.threads} blocking threads"
        if a.worker_class == "sync":
            return f"gunicorn, {a.web_workers} sync workers"
        return f"gunicorn, {a.web_workers} gthread workers × {a.threads} threads"


def database_urls() -> tuple[str, str]:
    base = os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/postgres"
    parts = urlsplit(base)
    if parts.scheme not in ("postgres", "postgresql", "pgsql"):
        sys.exit("DATABASE_URL must name a PostgreSQL server (postgres://user@host:port/db)")
    admin = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    return admin, urlunsplit(parts._replace(path="/" + DB))


def sql(admin_or_url: str, statement: str) -> Any:
    import psycopg

    url = admin_or_url.replace("postgres://", "postgresql://", 1)
    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(statement)
        return cursor.fetchall() if cursor.description else None


def motcua(bench: Bench, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*MOTCUA, *args], env=bench.env, capture_output=True, text=True, check=True
    )


def machine_line(bench: Bench) -> str:
    version = sql(bench.admin_url, "SHOW server_version")[0][0]
    a = bench.args
    return (
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, PostgreSQL"
        f" {version}, all on one machine over loopback. Web server: {bench.server_label()}"
        f" (DEBUG=0{', DB_PREPARE=0' if a.no_prepare else ''});"
        f" one `motcua worker` delivering to `motcua portal-sim`; load generator:"
        f" bench/harness/load.py (aiohttp, keep-alive, {a.clients} closed-loop clients),"
        f" {a.warmup:g} s warm-up then {a.seconds:g} s measured. Data: the demo province with"
        f" {bench.data.get('dossier_count', a.dossiers):,} dossiers."
    )


def write(bench: Bench, scenario: str, title: str, lines: list[str]) -> None:
    today = dt.date.today().isoformat()
    tag = f"-{bench.args.tag}" if bench.args.tag else ""
    text = "\n".join(
        [f"# {title}, {today}", "", f"`{command_line()}`", "", machine_line(bench), "", *lines]
    )
    print("\n" + text + "\n", flush=True)
    if not bench.args.no_write:
        out = ROOT / "bench" / "results" / f"{today}-{scenario}{tag}.md"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")
        print(f"written to {out.relative_to(ROOT)}", flush=True)


def _today() -> str:
    return dt.date.today().isoformat()


def command_line() -> str:
    return "make bench  # " + " ".join(["bench/run.py", *sys.argv[1:]])


def _slug(name: str) -> str:
    return re.sub(r"\W+", "-", name).strip("-")
