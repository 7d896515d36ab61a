"""The HTTP scenarios: intake, tracking, search, the full lifecycle, the servers compared."""

from __future__ import annotations

import os
import urllib.request
from typing import Any

from harness.bench import Bench, write
from harness.procs import Sampler, stop
from harness.report import OpStats, op_stats, ops_table, total_stats, usage_table, verdict
from harness.system import load, start_web


def scenario_lines(
    bench: Bench, result: dict[str, Any], sampler: Sampler, rows: list[OpStats], key: str
) -> list[str]:
    usage = sampler.last
    lines = [*ops_table(rows), "", *usage_table(usage, sampler.seconds, sampler.machine_busy())]
    line, total_ms, other = cost_line(bench, usage, sampler, total_stats(result).count)
    lines += ["", line]
    web = usage.get(f"web server ({bench.args.server})")
    worker = usage.get("motcua worker")
    bench.data.setdefault("costs", {})[key] = (
        total_ms,
        other,
        max((rss for _, _, rss in web.per_process), default=0) if web else 0,
        worker.peak_rss if worker else 0,
    )
    if web:
        sizes = ", ".join(f"{rss / 2**20:.0f}" for _, _, rss in sorted(web.per_process))
        lines += ["", f"Peak RSS of each web server process (MB): {sizes}."]
    if result["error_samples"]:
        lines += ["", "Errors (first ones):", "", *(f"- `{e}`" for e in result["error_samples"])]
    return lines


def cost_line(
    bench: Bench, usage: dict[str, Any], sampler: Sampler, answered: int
) -> tuple[str, float, float]:
    """CPU per answered request, the figure that other work on a shared machine changes least,
    and what it would mean on the machine's cores with nothing else running. Also the total (ms)
    and the other work's share of the machine (cores)."""
    if not answered:
        return "No request was answered.", 0.0, 0.0
    parts = {
        "web server": [f"web server ({bench.args.server})"],
        "its PostgreSQL backends": ["PostgreSQL backends of the web server"],
        "worker, its backends and the simulator": [
            "motcua worker",
            "PostgreSQL backends of the worker",
            "portal simulator",
        ],
        "PostgreSQL's own processes": ["PostgreSQL shared (WAL writer, checkpointer …)"],
    }
    ms = {
        label: 1000 * sum(usage[n].cpu for n in names if n in usage) / answered
        for label, names in parts.items()
    }
    total = sum(ms.values())
    ours = sum(u.cpu for u in usage.values())
    other = max(0.0, sampler.machine_busy() - ours) / sampler.seconds
    cores = os.cpu_count() or 1
    return (
        "CPU per answered request: "
        + ", ".join(f"{label} {value:.1f} ms" for label, value in ms.items())
        + f"; in all **{total:.1f} ms**, so the {cores} cores would answer at most"
        f" ≈ {cores * 1000 / total:,.0f}/s with nothing else running (the load generator"
        f" aside). Other work on the machine took {other:.2f} cores during this window.",
        total,
        other,
    )


def intake(bench: Bench) -> None:
    result, sampler = load(bench, "intake", {"lanes": bench.data["lanes"]})
    wal = result["wal_bytes"]
    rows = op_stats(result)
    total = total_stats(result, "**actions (submit + receive)**")
    ok = [
        (f"≥ 300 actions/s ({total.rate:,.0f})", total.rate >= 300),
        (f"p95 < 100 ms ({total.p95:.0f} ms)", total.p95 < 100),
        (f"zero errors ({total.errors})", total.errors == 0),
    ]
    bench.data["intake"] = total
    lines = [
        f"{bench.args.clients} clients, each: an online submit (`POST /api/v1/dossiers` as a"
        " citizen), then the desk's receive (`POST …/actions/receive`), over"
        f" {len(bench.data['lanes'])} lanes drawn from the seeded online dossiers.",
        "",
        *scenario_lines(bench, result, sampler, [*rows, total], "intake"),
        "",
        f"Write-ahead log: {wal / max(1, total.count) / 1024:.1f} KB per action (the whole"
        " cluster's WAL over the measured window ÷ actions answered: what a replica and the WAL"
        " archive receive; other databases' writes would count too).",
        "",
        "Targets: " + verdict(ok) + ".",
    ]
    write(bench, "intake", "Intake: online submit + desk receive", lines)


LIGHT_CLIENTS = 2


def light_load(bench: Bench, scenario: str, spec: dict[str, Any]) -> OpStats:
    """The same requests from LIGHT_CLIENTS clients: the latency one person sees when the server
    is not saturated (with 16 closed-loop clients p95 is mostly queueing: 16 ÷ throughput)."""
    result, _ = load(bench, scenario, {**spec, "clients": LIGHT_CLIENTS})
    rows = op_stats(result)
    return rows[0] if rows else total_stats(result)


def light_lines(stats: OpStats) -> list[str]:
    return [
        f"At light load ({LIGHT_CLIENTS} clients): {stats.rate:,.0f}/s, p50"
        f" {stats.p50:.1f} ms, p95 {stats.p95:.1f} ms, p99 {stats.p99:.1f} ms,"
        f" {stats.errors} errors.",
    ]


def tracking(bench: Bench) -> None:
    codes = bench.data["codes"]
    with urllib.request.urlopen(f"{bench.base}/tra-cuu?ma={codes[0]}", timeout=10) as answer:
        if 'id="h-dossier"' not in answer.read().decode():
            raise RuntimeError("the tracking page does not show the dossier it was asked for")
    page, page_sampler = load(bench, "tracking", {"codes": codes})
    api, api_sampler = load(bench, "tracking_api", {"codes": codes, "token": bench.data["admin"]})
    light = light_load(bench, "tracking", {"codes": codes})
    rows = op_stats(page)
    bench.data["tracking"] = rows[0] if rows else None
    bench.data["tracking_light"] = light
    bench.data["tracking_api"] = (op_stats(api) or [None])[0]
    first = rows[0] if rows else total_stats(page)
    ok = [
        (f"≥ 1,000 lookups/s ({first.rate:,.0f})", first.rate >= 1000),
        (f"p95 < 20 ms ({first.p95:.1f} ms; {light.p95:.1f} ms at light load)", light.p95 < 20),
    ]
    lines = [
        f"{bench.args.clients} clients, a random code each time among {len(codes):,} of the"
        f" {bench.data['dossier_count']:,} dossiers in the database.",
        "",
        "### The public tracking page (`GET /tra-cuu?ma=…`, anonymous, HTML)",
        "",
        *scenario_lines(bench, page, page_sampler, rows, "tracking"),
        "",
        *light_lines(light),
        "",
        "Targets: " + verdict(ok) + ".",
        "",
        "### The API (`GET /api/v1/dossiers/{code}` with a bearer token)",
        "",
        *scenario_lines(bench, api, api_sampler, op_stats(api), "tracking_api"),
    ]
    write(bench, "tracking", "Tracking lookups by code", lines)


def search(bench: Bench) -> None:
    queries = bench.data["queries"]
    result, sampler = load(bench, "search", {"queries": queries})
    light = light_load(bench, "search", {"queries": queries})
    rows = op_stats(result)
    first = rows[0] if rows else total_stats(result)
    bench.data["search"] = first
    bench.data["search_light"] = light
    ok = [(f"p95 < 20 ms at light load ({light.p95:.1f} ms)", light.p95 < 20)]
    sample = ", ".join(f"“{q}”" for q in queries[:6])
    lines = [
        f"{bench.args.clients} clients, `GET /api/v1/procedures?q=…` over the"
        f" {bench.data['procedure_count']:,} current procedures, with {len(queries)} queries typed"
        f" without accents (1–4 words of procedure names: {sample} …).",
        "",
        *scenario_lines(bench, result, sampler, rows, "search"),
        "",
        *light_lines(light),
        "",
        "Targets: " + verdict(ok) + ".",
    ]
    write(bench, "search", "Catalogue search (accent-insensitive)", lines)


def lifecycle(bench: Bench) -> None:
    result, sampler = load(bench, "lifecycle", {"lanes": bench.data["lanes"]})
    rows = op_stats(result)
    total = total_stats(result, "**all requests**")
    per_s = result["completed"] / result["seconds"]
    bench.data["lifecycle"] = (per_s, total)
    lines = [
        f"{bench.args.clients} clients, each taking one dossier at a time through: online submit"
        " (citizen) → receive (desk) → forward (desk) → forward (officer) → approve (leader) →"
        " upload the result PDF (leader) → finish (leader) → return (desk): 8 requests.",
        "",
        f"**{result['completed']:,} dossiers from submission to result in"
        f" {result['seconds']:.0f} s: {per_s:,.1f} dossiers/s**"
        f" ({per_s * 3600 * 8:,.0f} in an 8-hour working day); write-ahead log"
        f" {result['wal_bytes'] / max(1, result['completed']) / 1024:.0f} KB per dossier.",
        "",
        *scenario_lines(bench, result, sampler, [*rows, total], "lifecycle"),
    ]
    write(bench, "lifecycle", "Full lifecycle: submission to result", lines)


SERVER_CHOICES = [
    ("gunicorn", "sync", 2, 1),
    ("gunicorn", "sync", 4, 1),
    ("gunicorn", "gthread", 2, 4),
    ("gunicorn", "gthread", 4, 2),
    ("gunicorn", "gthread", 3, 4),
    ("granian", "", 2, 1),
    ("granian", "", 2, 4),
]


def servers(bench: Bench) -> None:
    """The same intake and tracking load against each candidate web server and worker count."""
    a = bench.args
    chosen = (a.server, a.worker_class, a.web_workers, a.threads)
    lines = [
        "| web server | intake actions/s | p95 ms | errors | CPU ms per action | tracking pages/s |"
        " p95 ms | errors | CPU ms per page | web peak RSS MB (largest) | everything else, cores |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for server, worker_class, workers, threads in SERVER_CHOICES:
        a.server, a.worker_class, a.web_workers, a.threads = server, worker_class, workers, threads
        stop([bench.services.pop("web")])
        start_web(bench)
        intake_result, intake_sampler = load(bench, "intake", {"lanes": bench.data["lanes"]})
        track_result, track_sampler = load(bench, "tracking", {"codes": bench.data["codes"]})
        i, t = total_stats(intake_result), total_stats(track_result)
        name = f"web server ({server})"
        rss = max(intake_sampler.last[name].peak_rss, track_sampler.last[name].peak_rss)
        ms = [
            1000
            * sum(sp.last[n].cpu for n in (name, "PostgreSQL backends of the web server"))
            / max(1, stats.count)
            for sp, stats in ((intake_sampler, i), (track_sampler, t))
        ]
        other = (
            sum(
                max(0.0, sp.machine_busy() - sum(u.cpu for u in sp.last.values())) / sp.seconds
                for sp in (intake_sampler, track_sampler)
            )
            / 2
        )
        lines.append(
            f"| {bench.server_label()} | {i.rate:,.0f} | {i.p95:.0f} | {i.errors} | {ms[0]:.1f} |"
            f" {t.rate:,.0f} | {t.p95:.1f} | {t.errors} | {ms[1]:.1f} | {rss / 2**20:.0f} |"
            f" {other:.2f} |"
        )
        print(lines[-1], flush=True)
    a.server, a.worker_class, a.web_workers, a.threads = chosen
    stop([bench.services.pop("web")])
    start_web(bench)
    lines += [
        "",
        f"Each row: {a.warmup:g} s warm-up and {a.seconds:g} s of intake, then the same of public"
        f" tracking pages, {a.clients} clients. CPU per action or page: the web server's"
        ' processes and their PostgreSQL backends. "Everything else" is the machine\'s CPU not'
        " used by this benchmark's processes (other work on a shared machine makes the rows"
        " noisy: compare rows with a similar figure there).",
    ]
    write(bench, "servers", "Choosing the web server and its worker count", lines)
