"""Benchmark: the service index on a province-year of dossiers, on PostgreSQL. Not part of
`make test`.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/indicators.py \
        --dossiers 700000

On the server of DATABASE_URL it uses the database `motcua_scale` (created and seeded with
`motcua seed --dossiers N` when it does not exist or holds no province; the seeding speed is
reported), folds every stale dossier into the stored figures, then times, each --repeat times
after one cold run: the province scorecard for the last 365 days, the same with the agency ranking
and with the 12-month trend, the dashboard page itself (in-process HTTP as a leader), and the
scorecard of the busiest agencies for one month. Also the worker's catch-up rate (dossiers folded
in a second) and the full rebuild. Prints a markdown table and writes
bench/results/<date>-indicators.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
MOTCUA = [sys.executable, "-m", "motcua.cli"]
SCALE_DB = "motcua_scale"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--dossiers", type=int, default=700_000, help="when seeding")
    parser.add_argument("--database", default=SCALE_DB, help="database name on that server")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--agencies", type=int, default=10, help="agency-month: how many")
    parser.add_argument("--catch-up", type=int, default=20_000, help="dossiers made stale")
    parser.add_argument("--rebuild", action="store_true", help="also time a full rebuild")
    parser.add_argument("--no-write", action="store_true", help="do not write bench/results")
    return parser.parse_args()


def scale_url(name: str) -> str:
    parts = urlsplit(os.environ.get("DATABASE_URL", ""))
    if parts.scheme not in ("postgres", "postgresql", "pgsql"):
        sys.exit("DATABASE_URL must name a PostgreSQL server (postgres://user@host:port/db)")
    return urlunsplit(parts._replace(path="/" + name))


def run(*args: str, env: dict[str, str]) -> str:
    done = subprocess.run([*MOTCUA, *args], env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"motcua {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def prepare(url: str, name: str, dossiers: int) -> str:
    """Create, migrate and seed the database if it holds no province; the seed's own line."""
    import psycopg

    admin = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    env = {**os.environ, "DATABASE_URL": url}
    run("migrate", "--no-input", "-v", "0", env=env)
    began = time.perf_counter()
    out = run("seed", "--if-empty", "--dossiers", str(dossiers), env=env)
    if "bỏ qua" in out:
        return "(already seeded)"
    return f"{out.strip()} — whole command {time.perf_counter() - began:.0f} s"


def timed(fn: Callable[[], Any], repeat: int) -> dict[str, float]:
    began = time.perf_counter()
    fn()
    cold = time.perf_counter() - began
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - began)
    runs.sort()
    return {
        "cold": cold * 1000,
        "p50": statistics.median(runs) * 1000,
        "p95": runs[max(0, round(0.95 * len(runs)) - 1)] * 1000,
        "max": runs[-1] * 1000,
    }


def main() -> None:
    args = parse_args()
    url = scale_url(args.database)
    seeded = prepare(url, args.database, args.dossiers)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motcua.settings")
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count
    from django.test import Client

    from motcua.accounts.models import Role, User
    from motcua.dossiers.models import Dossier
    from motcua.indicators.aggregates import figures_catch_up_all, figures_rebuild
    from motcua.indicators.models import DailyFigures
    from motcua.indicators.report import indicator_report
    from motcua.units.models import Agency

    with connection.cursor() as cursor:  # statistics first: a bulk-loaded database may have none
        cursor.execute("ANALYZE")
    total = Dossier.objects.count()
    stale = Dossier.objects.filter(figures_stale=True).count()
    lines: list[str] = []
    began = time.perf_counter()
    if stale:  # a database seeded before the figures existed
        figures_rebuild()
        lines.append(f"Stale dossiers at start: {stale:,}, rebuilt.")
    rebuild_s = time.perf_counter() - began if stale else None
    if args.rebuild and rebuild_s is None:
        began = time.perf_counter()
        figures_rebuild()
        rebuild_s = time.perf_counter() - began
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")

    last = dt.date.today()
    year = (last - dt.timedelta(days=364), last)
    month = (last.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    month_end = last.replace(day=1) - dt.timedelta(days=1)
    busiest = list(
        Dossier.objects.filter(received_at__date__gte=month, received_at__date__lte=month_end)
        .values("competent_agency")
        .annotate(n=Count("pk"))
        .order_by("-n")[: args.agencies]
    )
    agencies = list(Agency.objects.filter(pk__in=[row["competent_agency"] for row in busiest]))
    leader = User.objects.filter(role=Role.ADMIN).first()
    client = Client(HTTP_HOST="127.0.0.1")
    if leader is not None:
        client.force_login(leader)
    query = f"?tu={year[0].isoformat()}&den={year[1].isoformat()}"

    def dashboard() -> None:
        response = client.get("/bang-dieu-khien" + query)
        assert response.status_code == 200, response.status_code

    scenarios: list[tuple[str, Callable[[], Any]]] = [
        ("province, 365 days: scorecard", lambda: indicator_report(first=year[0], last=year[1])),
        (
            "province, 365 days: + ranking of agencies",
            lambda: indicator_report(first=year[0], last=year[1], group_by="agency"),
        ),
        (
            "province, 12 months: + monthly trend",
            lambda: indicator_report(first=year[0], last=year[1], group_by="month"),
        ),
        ("dashboard page (HTTP in-process, admin)", dashboard),
    ]
    for agency in agencies:
        scenarios.append(
            (
                f"agency {agency.code}, {month:%Y-%m}: scorecard",
                lambda a=agency: indicator_report(first=month, last=month_end, agency=a),
            )
        )
    results = [(name, timed(fn, args.repeat)) for name, fn in scenarios]

    ids = list(Dossier.objects.order_by("-pk").values_list("pk", flat=True)[: args.catch_up])
    Dossier.objects.filter(pk__in=ids).update(figures_stale=True)
    began, folded = time.perf_counter(), 0
    while Dossier.objects.filter(figures_stale=True).exists():
        folded += figures_catch_up_all(limit_seconds=60)
    catch_up_s = time.perf_counter() - began

    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        pg_version = re.sub(r" on .*", "", cursor.fetchone()[0])
        cursor.execute(
            f"SELECT pg_size_pretty(pg_total_relation_size('{DailyFigures._meta.db_table}'))"
        )
        figures_size = cursor.fetchone()[0]
    rows = DailyFigures.objects.count()

    command = (
        "DATABASE_URL=postgres://…/postgres .venv/bin/python bench/indicators.py "
        f"--dossiers {args.dossiers} --repeat {args.repeat} --agencies {args.agencies} "
        f"--catch-up {args.catch_up}{' --rebuild' if args.rebuild else ''}"
    )
    out = [
        f"# Service-index benchmark, {dt.date.today().isoformat()}",
        "",
        f"`{command}`",
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, {pg_version}. "
        f"Database: {total:,} dossiers; {rows:,} stored daily rows ({figures_size}).",
        "",
        f"Seeding: {seeded}",
        *(["", line] for line in lines),
        "",
        "| scenario | cold (ms) | p50 (ms) | p95 (ms) | max (ms) |",
        "|---|---:|---:|---:|---:|",
        *(
            f"| {name} | {t['cold']:.1f} | {t['p50']:.1f} | {t['p95']:.1f} | {t['max']:.1f} |"
            for name, t in results
        ),
        "",
        f"Worker catch-up: {folded:,} stale dossiers folded in {catch_up_s:.1f} s "
        f"({folded / catch_up_s:,.0f} dossiers/s, batches of 200, one process).",
    ]
    if rebuild_s is not None:
        out.append(
            f"Full rebuild: {total:,} dossiers in {rebuild_s:.1f} s ({total / rebuild_s:,.0f}/s)."
        )
    out += [
        "",
        "Targets (issue 5): province-year scorecard < 1 s, agency-month < 50 ms.",
        "Timings are `indicator_report` calls in one process (p50/p95 over the repeats after one "
        "cold call), the dashboard row a whole page through Django's test client.",
    ]
    text = "\n".join(str(x) if not isinstance(x, list) else "\n".join(x) for x in out) + "\n"
    print(text)
    if not args.no_write:
        path = ROOT / "bench" / "results" / f"{dt.date.today().isoformat()}-indicators.md"
        path.write_text(text)
        print(f"written: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
