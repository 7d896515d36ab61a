from __future__ import annotations

import os
import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from waitress import serve  # type: ignore[import-untyped]

from motcua.sync.worker import run_forever
from motcua.wsgi import application


class Command(BaseCommand):
    help = "Chạy web và worker trong một tiến trình (chế độ nhúng, `make demo`)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args: Any, **opts: Any) -> None:
        stop = threading.Event()
        worker = threading.Thread(target=run_forever, args=(stop,), name="worker", daemon=True)
        worker.start()
        url = f"http://{opts['host']}:{opts['port']}"
        self.stdout.write(f"motcua: {url}  (API docs: {url}/api/v1/docs, admin: {url}/admin/)")
        try:
            serve(application, host=opts["host"], port=opts["port"], threads=opts["threads"])
        finally:
            stop.set()
