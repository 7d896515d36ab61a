"""The system under test: the seeded database and the processes on loopback."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from typing import Any

from harness import fixtures
from harness.bench import BIN, DB, MOTCUA, ROOT, Bench, motcua, sql, write
from harness.procs import Sampler, Service, backends, postgres_shared, start, tree, wait_http
from harness.report import usage_table


def prepare_database(bench: Bench) -> None:
    if bench.args.keep_db and sql(
        bench.admin_url, f"SELECT 1 FROM pg_database WHERE datname = '{DB}'"
    ):
        print(f"reusing the database {DB}", flush=True)
        motcua(bench, "migrate", "--no-input", "-v", "0")
        return
    sql(bench.admin_url, f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")
    sql(bench.admin_url, f"CREATE DATABASE {DB}")
    motcua(bench, "migrate", "--no-input", "-v", "0")
    seed(bench)


SEED_LINE = re.compile(r"(\d+) hồ sơ trong ([\d.]+) s \((\d+) hồ sơ/giây\)")


def seed(bench: Bench) -> None:
    """Scenario 7: `motcua seed` as an operator runs it, with what it costs."""
    print(f"seeding {bench.args.dossiers:,} dossiers …", flush=True)
    sampler = Sampler(
        {
            "motcua seed": lambda: [],
            "PostgreSQL backends of the seed": backends(DB, bench.admin_url, "motcua-seed"),
        }
    )
    proc = subprocess.Popen(
        [*MOTCUA, "seed", "--dossiers", str(bench.args.dossiers)],
        env=bench.env | {"PGAPPNAME": "motcua-seed"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    sampler.groups["motcua seed"] = lambda: tree(proc.pid)
    began = time.monotonic()
    sampler.start()
    output, _ = proc.communicate()
    usage = sampler.stop()
    wall = time.monotonic() - began
    if proc.returncode != 0:
        sys.exit(f"motcua seed failed:\n{output}")
    match = SEED_LINE.search(output)
    dossiers, seconds, rate = (
        (int(match.group(1)), float(match.group(2)), int(match.group(3))) if match else (0, 0, 0)
    )
    events = sql(bench.url, "SELECT count(*) FROM dossiers_event")[0][0]
    lines = [
        "| dossiers | events | `motcua seed` says | dossiers/s | events/s | wall s (process) |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {dossiers:,} | {events:,} | {seconds:.1f} s | {rate:,} | {events / seconds:,.0f} |"
        f" {wall:.1f} |",
        "",
        *usage_table(usage, sampler.seconds, sampler.machine_busy()),
        "",
        "The time `motcua seed` prints includes the reference data (219 agencies, 561 officers,"
        " 1,000 citizens, the 2,025-procedure catalogue: about 7 s of it); dossiers go through"
        " the bulk path (the services' pure transitions, rows in bulk INSERTs).",
    ]
    bench.data["seed"] = {"dossiers": dossiers, "seconds": seconds, "rate": rate}
    write(bench, "seed", "Seeding speed (`motcua seed`)", lines)


def server_argv(bench: Bench) -> list[str]:
    a = bench.args
    if a.server == "granian":
        return [
            str(BIN / "granian"),
            "--interface",
            "wsgi",
            "motcua.wsgi:application",
            "--host",
            "127.0.0.1",
            "--port",
            str(a.port),
            "--workers",
            str(a.web_workers),
            "--blocking-threads",
            str(a.threads),
            "--no-ws",
            "--http",
            "1",
            "--log-level",
            "warning",
        ]
    argv = [
        str(BIN / "gunicorn"),
        "motcua.wsgi:application",
        "--bind",
        f"127.0.0.1:{a.port}",
        "--workers",
        str(a.web_workers),
        "--worker-class",
        a.worker_class,
        "--keep-alive",
        "75",
        "--backlog",
        "2048",
        "--worker-tmp-dir",
        "/dev/shm",
        "--log-level",
        "warning",
    ]
    if a.worker_class == "gthread":
        argv += ["--threads", str(a.threads)]
    return argv


def start_web(bench: Bench) -> Service:
    web = start("web", server_argv(bench), bench.env | {"PGAPPNAME": "motcua-web"}, bench.logs)
    bench.services["web"] = web
    wait_http(web, f"{bench.base}/api/v1/procedures?limit=1")
    return web


def start_system(bench: Bench) -> None:
    a = bench.args
    sim = start(
        "portal-sim", [*MOTCUA, "portal-sim", "--port", str(a.sim_port)], bench.env, bench.logs
    )
    bench.services["sim"] = sim
    wait_http(sim, f"http://127.0.0.1:{a.sim_port}/_sim/stats")
    portal = {
        "MOTCUA_PORTAL_URL": f"http://127.0.0.1:{a.sim_port}",
        "MOTCUA_PORTAL_USERNAME": "motcua",
        "MOTCUA_PORTAL_PASSWORD": "motcua",
    }
    bench.services["worker"] = start(
        "worker",
        [*MOTCUA, "worker"],
        bench.env | portal | {"PGAPPNAME": "motcua-worker"},
        bench.logs,
    )
    start_web(bench)


def groups(bench: Bench, extra: dict[str, Any]) -> dict[str, Any]:
    web, worker, sim = (bench.services.get(k) for k in ("web", "worker", "sim"))
    out: dict[str, Any] = {}
    if web:
        out[f"web server ({bench.args.server})"] = lambda: tree(web.proc.pid)
        out["PostgreSQL backends of the web server"] = backends(DB, bench.admin_url, "motcua-web")
    if worker:
        out["motcua worker"] = lambda: tree(worker.proc.pid)
        out["PostgreSQL backends of the worker"] = backends(DB, bench.admin_url, "motcua-worker")
    if sim:
        out["portal simulator"] = lambda: tree(sim.proc.pid)
    out["PostgreSQL shared (WAL writer, checkpointer …)"] = postgres_shared()
    return out | extra


def load(bench: Bench, scenario: str, spec: dict[str, Any]) -> tuple[dict[str, Any], Sampler]:
    """Run the load generator for `scenario`; sample the processes over its measured window."""
    a = bench.args
    spec = {
        "base": bench.base,
        "scenario": scenario,
        "clients": a.clients,
        "duration": a.seconds,
        "warmup": a.warmup,
        **spec,
    }
    spec_path = bench.logs / f"load-{scenario}.json"
    out_path = bench.logs / f"load-{scenario}.result.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "bench" / "harness" / "load.py"),
            str(spec_path),
            str(out_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    sampler = Sampler(groups(bench, {"load generator": lambda: [proc.pid]}))
    assert proc.stdout is not None
    wal = 0
    for line in proc.stdout:
        if line.startswith("MEASURE START"):
            sampler.start()
            wal = -wal_position(bench)
        elif line.startswith("MEASURE END"):
            sampler.stop()
            wal += wal_position(bench)
    if proc.wait() != 0:
        raise RuntimeError(f"the load generator failed for {scenario}")
    result = json.loads(out_path.read_text(encoding="utf-8"))
    result["wal_bytes"] = wal  # the whole cluster's write-ahead log over the measured window
    return result, sampler


def wal_position(bench: Bench) -> int:
    return int(sql(bench.admin_url, "SELECT pg_current_wal_lsn() - '0/0'::pg_lsn")[0][0])


def prepare_fixtures(bench: Bench) -> None:
    from django.db import connection
    from django.utils import timezone

    from motcua.catalog.selectors import current_versions
    from motcua.clock import VN_TZ
    from motcua.dossiers.models import Dossier

    lanes = fixtures.lanes(bench.args.clients)
    bench.data["lanes"] = lanes
    today = timezone.now().astimezone(VN_TZ)
    bench.data["prefixes"] = [f"{lane['reception']}-{today:%y%m%d}" for lane in lanes]
    bench.data["codes"] = fixtures.tracking_codes(5000)
    bench.data["admin"] = fixtures.admin_token()
    bench.data["queries"] = fixtures.search_queries(300)
    bench.data["dossier_count"] = Dossier.objects.count()
    bench.data["procedure_count"] = current_versions().count()
    connection.close()
