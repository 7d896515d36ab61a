"""`make bench`: the production setup on loopback, measured scenario by scenario. Not a test.

    .venv/bin/python bench/run.py [--dossiers 20000] [--seconds 15] [--scenarios …]

On the PostgreSQL server of DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
it recreates the database `motcua_bench`, migrates, seeds the demo province with --dossiers
dossiers (`motcua seed`: scenario "seed"), starts the web server (gunicorn, see --server),
`motcua worker` and `motcua portal-sim` as their own processes on 127.0.0.1, then runs each
scenario for --seconds with the load generator (bench/harness/load.py, its own process) and
pgbench, sampling every process's CPU time and memory. Each scenario's table goes to stdout and
to bench/results/<date>-<scenario>.md. The national-portal sync (bench/sync.py) and the
scorecard (bench/indicators.py, when present) run last, as they are.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from harness.bench import DB, ROOT, Bench, database_urls, sql
from harness.limit import physical_limit
from harness.procs import stop
from harness.scenarios import intake, lifecycle, search, servers, tracking
from harness.summary import external, summary
from harness.system import prepare_database, prepare_fixtures, start_system

SCENARIOS = ["seed", "intake", "tracking", "search", "lifecycle", "pgbench", "scorecard", "sync"]
OPTIONAL = ["servers"]  # run on request: --scenarios servers


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dossiers", type=int, default=20_000, help="seeded history")
    parser.add_argument("--seconds", type=float, default=15.0, help="measured per scenario")
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--server", choices=["gunicorn", "granian"], default="gunicorn")
    parser.add_argument("--worker-class", choices=["sync", "gthread"], default="gthread")
    parser.add_argument("--web-workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4, help="per web worker")
    parser.add_argument("--port", type=int, default=18000)
    parser.add_argument("--sim-port", type=int, default=19000)
    parser.add_argument(
        "--no-prepare",
        action="store_true",
        help="DB_PREPARE=0: statements sent as text and planned on every request (the default"
        " before 2026-11-21), to measure what prepared statements save",
    )
    parser.add_argument("--tag", default="", help="added to the result file names")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--keep-db", action="store_true", help="reuse a seeded motcua_bench")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    admin_url, url = database_urls()
    logs = ROOT / "var" / "bench"
    logs.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "0",
        "MOTCUA_HTTPS": "0",  # plain HTTP on loopback: no https:// redirect, no Secure cookies
        "MOTCUA_TRACK_LOOKUPS": "0",  # one client address drives the tracking page: no limit
        "MOTCUA_OFFICER_TOTP": "0",  # indicators.py's dashboard is opened with force_login
        "SECRET_KEY": "motcua-bench-not-a-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "MOTCUA_VAR_DIR": str(logs / "var"),
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "motcua.settings",
    }
    if args.no_prepare:
        env["DB_PREPARE"] = "0"
    bench = Bench(args=args, admin_url=admin_url, url=url, logs=logs, env=env)
    wanted = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    unknown = set(wanted) - set(SCENARIOS) - set(OPTIONAL)
    if unknown:
        sys.exit(f"unknown scenarios: {', '.join(sorted(unknown))} (known: {', '.join(SCENARIOS)})")
    began = time.monotonic()
    if "seed" not in wanted:
        args.keep_db = True
    prepare_database(bench)
    # Start from an empty delivery queue: the backlog's drain is the sync scenario's business.
    sql(
        url,
        "UPDATE sync_delivery SET state = 'delivered', delivered_at = now()"
        " WHERE state = 'pending'",
    )
    sql(url, "VACUUM ANALYZE")
    os.environ.update(env)
    import django

    django.setup()
    prepare_fixtures(bench)
    http = [
        s
        for s in ("servers", "intake", "tracking", "search", "lifecycle", "pgbench")
        if s in wanted
    ]
    if http:
        start_system(bench)
        try:
            for name in http:
                {
                    "servers": servers,
                    "intake": intake,
                    "tracking": tracking,
                    "search": search,
                    "lifecycle": lifecycle,
                    "pgbench": physical_limit,
                }[name](bench)
        finally:
            stop(list(bench.services.values()))
            bench.services.clear()
    if "scorecard" in wanted:
        # On this run's province (not its default 700,000-dossier database: that one takes longer
        # to seed than the whole of `make bench`; BENCH_ARGS="--dossiers 700000" for it).
        external(
            bench,
            "scorecard",
            ROOT / "bench" / "indicators.py",
            ["--database", DB, "--repeat", "5", "--catch-up", "2000", "--no-write"],
            timeout=600,
        )
    if "sync" in wanted:  # last: it recreates the database motcua_bench
        # Its own results file (<date>-sync.md) is its author's: this run's copy is portal-sync.
        external(
            bench,
            "portal-sync",
            ROOT / "bench" / "sync.py",
            ["--no-write", "--live-seconds", "10"],
            timeout=600,
        )
    summary(bench, time.monotonic() - began)


if __name__ == "__main__":
    main()
