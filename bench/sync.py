"""Benchmark: the national-portal sync on PostgreSQL. Not part of `make test`.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/sync.py

On the server of DATABASE_URL it (re)creates the database `motcua_bench`, loads the demo province
and a backlog of at least --steps pending portal deliveries through the demo bulk path (the
seeder's rows equal the services'), starts the simulator as its own process (`motcua portal-sim`)
and --workers `motcua worker` processes, and measures:

1. backlog: how long the workers take to deliver it all (steps/s over the delivery window, and
   the wall time from starting the workers), and each step's wait in the queue (p50/p99);
2. live: dossiers received through the services at --live-rate a second for --live-seconds while
   the workers run: the lag from the event's instant to its delivery (p50/p99).

Then it checks the simulator got every step once and in order, prints a markdown table and
writes it to bench/results/<date>-sync.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
MOTCUA = [sys.executable, "-m", "motcua.cli"]
BENCH_DB = "motcua_bench"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=100_000, help="backlog size (at least)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch", type=int, default=200, help="MOTCUA_PORTAL_BATCH")
    parser.add_argument("--live-rate", type=float, default=50.0, help="dossiers a second")
    parser.add_argument("--live-seconds", type=float, default=20.0)
    parser.add_argument("--latency-ms", type=int, default=0, help="simulator latency")
    parser.add_argument("--timeout", type=float, default=600.0, help="give up after (s)")
    parser.add_argument("--no-write", action="store_true", help="do not write bench/results")
    return parser.parse_args()


def bench_url() -> str:
    base = os.environ.get("DATABASE_URL", "")
    parts = urlsplit(base)
    if parts.scheme not in ("postgres", "postgresql", "pgsql"):
        sys.exit("DATABASE_URL must name a PostgreSQL server (postgres://user@host:port/db)")
    return urlunsplit(parts._replace(path="/" + BENCH_DB))


def recreate_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {BENCH_DB}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=5) as answer:
        return json.load(answer)


def start_simulator(port: int, latency_ms: int, log: Path) -> subprocess.Popen:
    command = [*MOTCUA, "portal-sim", "--port", str(port)]
    command += ["--latency-ms", str(latency_ms)]
    proc = subprocess.Popen(command, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    for _ in range(100):
        try:
            get_json(f"http://127.0.0.1:{port}/_sim/stats")
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    sys.exit(f"the simulator did not start; see {log}")


def start_workers(count: int, env: dict[str, str], logs: Path) -> list[subprocess.Popen]:
    return [
        subprocess.Popen(
            [*MOTCUA, "worker"],
            env=env,
            stdout=(logs / f"worker-{n}.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
        for n in range(count)
    ]


def stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


def load_backlog(steps: int) -> tuple[int, int, float]:
    """The demo province and at least `steps` pending deliveries: (dossiers, deliveries, s)."""
    from django.utils import timezone

    from motcua.demo.province import build_province
    from motcua.demo.seeding import seed_dossiers, seed_reference
    from motcua.sync.models import Delivery

    began = time.perf_counter()
    refs = seed_reference(build_province(1), citizens=1000)
    dossiers, seed, per_dossier = 0, 1, 7.0  # the demo stories: about 7 events each
    while (loaded := Delivery.objects.count()) < steps:
        count = max(100, int((steps - loaded) / per_dossier) + 1)
        dossiers += seed_dossiers(refs, count=count, seed=seed, now=timezone.now())
        per_dossier = max(Delivery.objects.count() / dossiers, 1.0)
        seed += 1
    return dossiers, Delivery.objects.count(), time.perf_counter() - began


def pending() -> int:
    from motcua.sync.models import Delivery

    return Delivery.objects.filter(consumer="portal", state="pending").count()


def wait_drained(deadline: float) -> None:
    while pending():
        if time.monotonic() > deadline:
            sys.exit(f"timed out with {pending()} deliveries pending")
        time.sleep(0.25)


def percentiles(sql_from: str, expr: str, params: list[Any]) -> tuple[float, float, int]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY e), "
            "percentile_cont(0.99) WITHIN GROUP (ORDER BY e), count(*) "
            f"FROM (SELECT extract(epoch FROM {expr}) AS e {sql_from}) lags",
            params,
        )
        p50, p99, n = cursor.fetchone()
    return float(p50 or 0), float(p99 or 0), int(n)


def window(after_id: int) -> tuple[float, int]:
    """Seconds from the first to the last delivery of rows after `after_id`, and their count."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT extract(epoch FROM max(delivered_at) - min(delivered_at)), count(*) "
            "FROM sync_delivery WHERE id > %s AND state = 'delivered'",
            [after_id],
        )
        seconds, n = cursor.fetchone()
    return float(seconds or 0), int(n)


def live_writer(rate: float, seconds: float) -> int:
    """Walk-in dossiers received at a desk through the service, `rate` a second."""
    from motcua.accounts.models import Role, User
    from motcua.dossiers.models import Dossier
    from motcua.dossiers.services import Applicant, dossier_create

    model = (
        Dossier.objects.filter(channel=1, received_by_agency__staff__role=Role.DESK)
        .select_related("version__procedure", "competent_agency", "received_by_agency")
        .order_by("pk")
        .first()
    )
    assert model is not None
    desk = User.objects.filter(role=Role.DESK, agency=model.received_by_agency).first()
    assert desk is not None
    written, began = 0, time.monotonic()
    while (elapsed := time.monotonic() - began) < seconds:
        if written < elapsed * rate:
            dossier_create(
                actor=desk,
                procedure_code=model.version.procedure.code,
                channel=1,
                applicant=Applicant(name=f"Nguyễn Văn Đo {written}", phone="0900000000"),
                competent=model.competent_agency,
                received_by=model.received_by_agency,
            )
            written += 1
        else:
            time.sleep(0.002)
    return written


def main() -> None:
    args = parse_args()
    url = bench_url()
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motcua.settings")
    os.environ["LOG_LEVEL"] = "WARNING"
    recreate_database(url)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from motcua.sync.models import Delivery

    call_command("migrate", verbosity=0)
    dossiers, steps, load_s = load_backlog(args.steps)
    print(f"loaded {dossiers} dossiers, {steps} pending steps in {load_s:.0f} s", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # fresh statistics, as a running system has

    logs = ROOT / "var" / "bench"
    logs.mkdir(parents=True, exist_ok=True)
    port = free_port()
    sim = start_simulator(port, args.latency_ms, logs / "sim.log")
    env = {
        **os.environ,
        "MOTCUA_PORTAL_URL": f"http://127.0.0.1:{port}",
        "MOTCUA_PORTAL_USERNAME": "motcua",
        "MOTCUA_PORTAL_PASSWORD": "motcua",
        "MOTCUA_PORTAL_BATCH": str(args.batch),
        "MOTCUA_PORTAL_INBOUND": "0",
    }
    deadline = time.monotonic() + args.timeout
    workers: list[subprocess.Popen] = []
    try:
        started = time.monotonic()
        start_at = dt.datetime.now(dt.UTC)
        workers = start_workers(args.workers, env, logs)
        wait_drained(deadline)
        wall = time.monotonic() - started
        busy, delivered = window(0)
        wait50, wait99, _ = percentiles(
            "FROM sync_delivery WHERE state = 'delivered'", "delivered_at - %s", [start_at]
        )
        print(f"backlog: {delivered} steps in {wall:.1f} s", flush=True)

        last_id = Delivery.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        written = live_writer(args.live_rate, args.live_seconds)
        wait_drained(deadline)
        lag50, lag99, live_n = percentiles(
            "FROM sync_delivery WHERE id > %s AND state = 'delivered'",
            "delivered_at - created_at",
            [last_id],
        )
        live_window, _ = window(last_id)
        stats = get_json(f"http://127.0.0.1:{port}/_sim/stats")
    finally:
        stop(workers)
        stop([sim])

    total = Delivery.objects.filter(state="delivered").count()
    checks = {
        "every step at the portal once": stats["steps"] == total,
        "out-of-order steps": stats["out_of_order_steps"],
        "duplicate steps": stats["duplicate_steps"],
        "dead deliveries": Delivery.objects.filter(state="dead").count(),
    }
    live_rate = live_n / live_window if live_window else 0
    rows = [
        ("backlog drain", delivered, wall, delivered / busy if busy else 0, wait50, wait99),
        ("live writes", live_n, live_window, live_rate, lag50, lag99),
    ]
    report = render(args, rows, checks, load_s, dossiers, written)
    print(report)
    if not args.no_write:
        out = ROOT / "bench" / "results" / f"{dt.date.today().isoformat()}-sync.md"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(report + "\n", encoding="utf-8")
        print(f"written to {out.relative_to(ROOT)}")
    if stats["steps"] != total or stats["out_of_order_steps"]:
        sys.exit("the portal did not get every step exactly once and in order")


def render(
    args: argparse.Namespace,
    rows: list[tuple[str, int, float, float, float, float]],
    checks: dict[str, Any],
    load_s: float,
    dossiers: int,
    written: int,
) -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg = cursor.fetchone()[0]
    lines = [
        f"# National portal sync benchmark, {dt.date.today().isoformat()}",
        "",
        f"`DATABASE_URL=postgres://…/postgres .venv/bin/python bench/sync.py --steps {args.steps}"
        f" --workers {args.workers} --batch {args.batch} --live-rate {args.live_rate:g}"
        f" --live-seconds {args.live_seconds:g} --latency-ms {args.latency_ms}`",
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, PostgreSQL {pg};"
        f" {args.workers} `motcua worker` processes, MOTCUA_PORTAL_BATCH={args.batch}, the"
        f" simulator (`motcua portal-sim`, latency {args.latency_ms} ms) on loopback, all on the"
        " same machine. Backlog: the demo province's dossiers through the seeder's bulk path"
        f" ({dossiers} dossiers, loaded in {load_s:.0f} s). Live: {written} dossiers received"
        f" through `dossier_create` at {args.live_rate:g}/s for {args.live_seconds:g} s.",
        "",
        "| phase | steps | time (s) | steps/s | wait or lag p50 (s) | p99 (s) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, steps, seconds, rate, p50, p99 in rows:
        lines.append(
            f"| {name} | {steps:,} | {seconds:.1f} | {rate:,.0f} | {p50:.2f} | {p99:.2f} |"
        )
    lines += [
        "",
        "Backlog: time is the wall time from starting the workers until nothing is pending"
        " (their start-up included); steps/s is over the window from the first to the last"
        " delivery; wait is each step's time in the queue from the start. Live: lag is from the"
        " event's instant to its delivery (the workers poll every second when idle).",
        "",
        "Checks: " + ", ".join(f"{k}: {v}" for k, v in checks.items()) + ".",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
