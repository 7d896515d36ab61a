"""The other engineers' benchmarks, run as they are, and the summary against the targets."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from harness.bench import ROOT, Bench, _today, write


def external(bench: Bench, name: str, script: Path, args: list[str], timeout: float) -> None:
    """Another engineer's benchmark script, run as it is (it writes its own results file only
    when asked; here it prints, and its output goes into this run's summary)."""
    if not script.exists():
        bench.summary += [f"- {name}: `{script.relative_to(ROOT)}` is not there yet; skipped."]
        return
    print(f"running {script.relative_to(ROOT)} {' '.join(args)} …", flush=True)
    env = bench.env | {"DATABASE_URL": bench.admin_url.replace("postgresql://", "postgres://")}
    began = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, str(script), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
        )
        output, code = done.stdout + done.stderr, done.returncode
    except subprocess.TimeoutExpired as exc:
        output, code = f"timed out after {timeout:.0f} s\n{exc.stdout or ''}", -1
    wall = time.monotonic() - began
    lines = [
        f"`{script.relative_to(ROOT)} {' '.join(args)}` (exit {code}, {wall:.0f} s):",
        "",
        *[line for line in output.splitlines() if not line.startswith("written to")],
    ]
    title = {"portal-sync": "National portal sync", "scorecard": "Service-index scorecard"}
    write(bench, name, f"{title.get(name, name)} (bench/{script.name})", lines)
    bench.summary.append(f"- {title.get(name, name)}: see `{_today()}-{name}.md` (exit {code}).")


def summary(bench: Bench, wall: float) -> None:
    """One table: each scenario's figures against the issue's targets."""
    d = bench.data
    costs = d.get("costs", {})
    ratios = d.get("ratios", {})
    rows: list[tuple[str, str, str, str]] = []

    def cost(key: str) -> str:
        if key not in costs:
            return ""
        ms, other, _, _ = costs[key]
        return f"{ms:.1f} ms ({other:.2f})"

    if "seed" in d:
        rows.append(("7 seeding", "—", f"{d['seed']['rate']:,} dossiers/s", ""))
    if "intake" in d:
        i = d["intake"]
        rows.append(
            (
                "1 intake, actions/s",
                "≥ 300, p95 < 100 ms, 0 errors",
                f"{i.rate:,.0f}/s, p95 {i.p95:.0f} ms, {i.errors} errors",
                cost("intake"),
            )
        )
    if "lifecycle" in d:
        per_s, total = d["lifecycle"]
        rows.append(
            (
                "2 full lifecycle",
                "—",
                f"{per_s:,.1f} dossiers/s ({total.rate:,.0f} requests/s, p95 {total.p95:.0f} ms)",
                cost("lifecycle"),
            )
        )
    for key, label in (("tracking", "3 tracking page"), ("tracking_api", "3 tracking API")):
        if d.get(key):
            t = d[key]
            target = "≥ 1,000/s, p95 < 20 ms" if key == "tracking" else "—"
            measured = f"{t.rate:,.0f}/s, p95 {t.p95:.1f} ms"
            if key == "tracking" and d.get("tracking_light"):
                measured += f"; light load p95 {d['tracking_light'].p95:.1f} ms"
            rows.append((label, target, measured, cost(key)))
    if d.get("search"):
        q = d["search"]
        light = d.get("search_light")
        rows.append(
            (
                "4 catalogue search",
                "p95 < 20 ms",
                f"{q.rate:,.0f}/s, p95 {q.p95:.1f} ms"
                + (f"; light load p95 {light.p95:.1f} ms" if light else ""),
                cost("search"),
            )
        )
    for name, ratio in ratios.items():
        target = "≥ 40%" if name == "intake, writes" else "—"
        rows.append((f"pgbench ratio: {name}", target, f"{ratio:.0%}", ""))
    if costs:
        web = max(c[2] for c in costs.values()) / 2**20
        worker = max(c[3] for c in costs.values()) / 2**20
        rows.append(
            (
                "peak RSS",
                "≤ 200 MB each",
                f"web process {web:.0f} MB, worker {worker:.0f} MB",
                "",
            )
        )
    if not rows:
        return  # a partial run (--scenarios servers, …): its own tables say it all
    lines = [
        "| scenario | target | measured | CPU per request (other load, cores) |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {e} |" for a, b, c, e in rows),
        "",
        "CPU per request: every process of ours (web server, worker, simulator, PostgreSQL) per"
        " answered request; it is what decides the rate when the machine is ours alone. In"
        " brackets: the cores that other work on the machine used meanwhile (the machine is"
        " shared; the rates above are what was left for us).",
        "",
        *bench.summary,
        "",
        f"The whole run took {wall / 60:.1f} minutes.",
    ]
    write(bench, "summary", "Benchmark summary", lines)
