from __future__ import annotations

import os
import threading
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from waitress import serve  # type: ignore[import-untyped,unused-ignore]

from motcua.sync.worker import run_forever
from motcua.wsgi import application


class Command(BaseCommand):
    help = "Chạy web và worker trong một tiến trình (chế độ nhúng, `make demo`)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args: Any, **opts: Any) -> None:
        sim = self._portal_simulator() if settings.MOTCUA_PORTAL_SIM else None
        stop = threading.Event()
        worker = threading.Thread(target=run_forever, args=(stop,), name="worker", daemon=True)
        worker.start()
        url = f"http://{opts['host']}:{opts['port']}"
        self.stdout.write(f"motcua: {url}  (API docs: {url}/api/v1/docs, admin: {url}/admin/)")
        try:
            serve(application, host=opts["host"], port=opts["port"], threads=opts["threads"])
        finally:
            stop.set()
            if sim is not None:
                sim.stop()

    def _portal_simulator(self) -> Any:
        """The national portal simulator in a thread of this process, on loopback (so it ends
        with the process), and the portal settings pointed at it."""
        from motcua.sync.portal.delivery import portal_connect
        from motcua.sync.portal.simulator import PortalSimulator, SimServer

        settings.MOTCUA_PORTAL_USERNAME = settings.MOTCUA_PORTAL_USERNAME or "motcua"
        settings.MOTCUA_PORTAL_PASSWORD = settings.MOTCUA_PORTAL_PASSWORD or "motcua"
        sim = PortalSimulator(
            username=settings.MOTCUA_PORTAL_USERNAME,
            password=settings.MOTCUA_PORTAL_PASSWORD,
            dstcode=settings.MOTCUA_PORTAL_DSTCODE,
        )
        try:
            server = SimServer(sim, "127.0.0.1", settings.MOTCUA_PORTAL_SIM_PORT)
        except OSError:  # the port is taken: any free one will do
            server = SimServer(sim, "127.0.0.1", 0)
        server.start()
        settings.MOTCUA_PORTAL_URL = server.url
        portal_connect()
        self.stdout.write(f"Cổng DVCQG giả lập: {server.url}  (stats: {server.url}/_sim/stats)")
        return server
