from __future__ import annotations

import signal
import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from motcua.sync.worker import run_forever, run_once


class Command(BaseCommand):
    help = "Gửi các sự kiện đang chờ tới các nơi nhận (Cổng DVCQG, …), thử lại khi lỗi."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="one round, then exit")

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["once"]:
            self.stdout.write(f"{run_once()} deliveries attempted")
            return
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        run_forever(stop)
