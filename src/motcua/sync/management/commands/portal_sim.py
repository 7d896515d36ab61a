"""`motcua portal-sim`: the national portal simulator as its own process (demos, the worker)."""

from __future__ import annotations

import argparse
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from motcua.sync.portal.simulator import serve


def _rate(raw: str) -> float:
    value = float(raw)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be from 0 to 1, got {raw}")
    return value


class Command(BaseCommand):
    help = "Chạy bộ giả lập Cổng DVCQG (HTTP, giao thức đồng bộ) — see sync/portal/simulator.py."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=9000)
        parser.add_argument("--username", default="motcua")
        parser.add_argument("--password", default="motcua")
        parser.add_argument("--dstcode", default="", help="required `dstcode` header, if any")
        parser.add_argument("--session-ttl", type=float, default=3600.0, help="seconds")
        parser.add_argument("--latency-ms", type=int, default=0)
        parser.add_argument("--error-rate", type=_rate, default=0.0, help="share answered 503")
        parser.add_argument("--timeout-rate", type=_rate, default=0.0, help="share held back")
        parser.add_argument("--drop-rate", type=_rate, default=0.0, help="share hung up on")
        parser.add_argument("--hang-seconds", type=float, default=30.0, help="for timeouts")
        parser.add_argument("--seed", type=int, default=None, help="for the fault coin flips")

    def handle(self, *args: Any, **opts: Any) -> None:
        def announce(url: str) -> None:
            self.stdout.write(f"Cổng DVCQG giả lập: {url}  (stats: {url}/_sim/stats)")
            self.stdout.flush()

        serve(
            opts["host"],
            opts["port"],
            announce=announce,
            username=opts["username"],
            password=opts["password"],
            dstcode=opts["dstcode"],
            session_ttl=opts["session_ttl"],
            latency_ms=opts["latency_ms"],
            error_rate=opts["error_rate"],
            timeout_rate=opts["timeout_rate"],
            drop_rate=opts["drop_rate"],
            hang_seconds=opts["hang_seconds"],
            seed=opts["seed"],
        )
