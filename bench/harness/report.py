"""Markdown tables from the load generator's answers and the processes' usage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from harness.procs import Usage

MB = 1024 * 1024


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile of an ascending list (0 for an empty one)."""
    if not sorted_values:
        return 0.0
    rank = max(1, round(q / 100 * len(sorted_values) + 0.5 - 1e-9))
    return sorted_values[min(rank, len(sorted_values)) - 1]


@dataclass
class OpStats:
    name: str
    count: int
    rate: float
    p50: float
    p95: float
    p99: float
    errors: int


def op_stats(result: dict[str, Any]) -> list[OpStats]:
    seconds = result["seconds"]
    names = list(dict.fromkeys([*result["latencies_ms"], *result["errors"]]))
    out = []
    for name in names:
        values = sorted(result["latencies_ms"].get(name, []))
        out.append(
            OpStats(
                name=name,
                count=len(values),
                rate=len(values) / seconds,
                p50=percentile(values, 50),
                p95=percentile(values, 95),
                p99=percentile(values, 99),
                errors=int(result["errors"].get(name, 0)),
            )
        )
    return out


def total_stats(result: dict[str, Any], name: str = "all requests") -> OpStats:
    values = sorted(v for vs in result["latencies_ms"].values() for v in vs)
    return OpStats(
        name=name,
        count=len(values),
        rate=len(values) / result["seconds"],
        p50=percentile(values, 50),
        p95=percentile(values, 95),
        p99=percentile(values, 99),
        errors=sum(int(n) for n in result["errors"].values()),
    )


def ops_table(rows: list[OpStats]) -> list[str]:
    lines = [
        "| operation | answered | per second | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r.name} | {r.count:,} | {r.rate:,.1f} | {r.p50:.1f} | {r.p95:.1f} |"
            f" {r.p99:.1f} | {r.errors} |"
        )
    return lines


def usage_table(usage: dict[str, Usage], seconds: float, machine_busy: float) -> list[str]:
    lines = [
        "| process | processes | CPU s | cores busy | peak RSS MB (largest process) |",
        "|---|---:|---:|---:|---:|",
    ]
    ours = 0.0
    for u in usage.values():
        if not u.processes:
            continue
        ours += u.cpu
        lines.append(
            f"| {u.name} | {u.processes} | {u.cpu:.1f} | {u.cpu / seconds:.2f} |"
            f" {u.peak_rss / MB:.0f} |"
        )
    other = max(0.0, machine_busy - ours)
    lines.append(f"| everything else on the machine | | {other:.1f} | {other / seconds:.2f} | |")
    return lines


def verdict(checks: list[tuple[str, bool]]) -> str:
    return "; ".join(f"{text}: **{'met' if ok else 'not met'}**" for text, ok in checks)
