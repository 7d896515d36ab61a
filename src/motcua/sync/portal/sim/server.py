"""HTTP around `PortalSimulator`: stdlib only, HTTP/1.1 keep-alive, one thread per connection."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

from motcua.sync.portal.sim.faults import ControlError, FaultDraw, control_error
from motcua.sync.portal.sim.state import PortalSimulator

MAX_BODY = 32 * 1024 * 1024
PROTOCOL_PATHS = ("/auth", "/integration")
DOSSIER_PREFIX = "/_sim/dossiers/"
NOT_JSON = object()
POLL_SECONDS = 0.02  # how soon `stop()` is noticed


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], sim: PortalSimulator) -> None:
        self.sim = sim
        self.stopping = threading.Event()
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        with self._open_lock:
            self._open.add(sock)
        return sock, address

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Hang up on idle keep-alive clients so their threads end with the server."""
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "PortalSimulator/1"
    disable_nagle_algorithm = True
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        pass  # a quiet simulator: the stats endpoint tells what happened

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        path = urlsplit(self.path).path
        try:
            body = self._read_json()
        except ControlError as error:
            self.close_connection = True
            self._send(error.status, error.payload)
            return
        fault = FaultDraw(0.0, None, 0.0)
        if method == "POST" and path in PROTOCOL_PATHS:
            fault = self.server.sim.draw_fault()
            if fault.latency:
                self.server.stopping.wait(fault.latency)
            if fault.kind == "drop":
                self.close_connection = True
                return
            if fault.kind == "error":
                self._send(503, {"error_code": "503", "message": "Service Unavailable (injected)"})
                return
        try:
            status, answer = self._route(method, path, body)
        except ControlError as error:
            status, answer = error.status, error.payload
        except Exception as error:  # a bug here must not look like a dropped connection
            status, answer = 500, {"error_code": "500", "message": f"simulator error: {error!r}"}
        if fault.kind == "timeout":
            self.server.stopping.wait(fault.hang)
        self._send(status, answer)

    def _route(self, method: str, path: str, body: Any) -> tuple[int, dict[str, Any]]:
        sim = self.server.sim
        if path == "/_sim/stats" or path.startswith(DOSSIER_PREFIX):
            if method != "GET":
                return 405, {"message": f"{method} is not allowed on {path}"}
            if path == "/_sim/stats":
                return 200, sim.stats()
            found = sim.dossier(unquote(path.removeprefix(DOSSIER_PREFIX)))
            return (200, found) if found else (404, {"message": "no such dossier"})

        def reset(_: Any) -> dict[str, Any]:
            sim.reset()
            return {"message": "reset"}

        posts: dict[str, Callable[[Any], dict[str, Any]]] = {
            "/auth": lambda b: sim.authenticate(b, self.headers.get("dstcode", "")),
            "/integration": sim.integrate,
            "/_sim/faults": sim.set_faults,
            "/_sim/reset": reset,
            "/_sim/inbound": sim.inbound_add,
        }
        if path not in posts:
            return 404, {"message": f"not found: {path}"}
        if method != "POST":
            return 405, {"message": f"{method} is not allowed on {path}"}
        if body is NOT_JSON:
            if path == "/integration":  # counted like any other bad call
                return 400, sim.integrate(None)
            raise control_error(400, "body: not JSON")
        return 200, posts[path](body)

    def _read_json(self) -> Any:
        if self.headers.get("Transfer-Encoding"):
            raise control_error(411, "Content-Length is required (no chunked bodies)")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise control_error(400, "Content-Length: not a number") from None
        if not 0 <= length <= MAX_BODY:
            raise control_error(413, f"body: at most {MAX_BODY} bytes")
        raw = self.rfile.read(length) if length else b""
        if not raw:
            return None
        try:
            return json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError):
            return NOT_JSON

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)


class SimServer:
    """The simulator on a port: `start()` serves in a daemon thread, `stop()` ends it."""

    def __init__(self, sim: PortalSimulator, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sim = sim
        self._httpd = _HTTPServer((host, port), sim)
        self.host = host if host not in ("", "0.0.0.0") else "127.0.0.1"
        self.port: int = self._httpd.server_address[1]
        self.url = f"http://{self.host}:{self.port}"
        self._thread: threading.Thread | None = None
        self._served = False

    def start(self) -> None:
        self._served = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            args=(POLL_SECONDS,),
            name=f"portal-sim:{self.port}",
            daemon=True,
        )
        self._thread.start()

    def serve_forever(self) -> None:
        """Serve in this thread until `stop()` (from another thread) or Ctrl-C."""
        self._served = True
        try:
            self._httpd.serve_forever(POLL_SECONDS)
        except KeyboardInterrupt:
            pass
        finally:
            self._close()

    def stop(self) -> None:
        self._httpd.stopping.set()
        if self._served:  # shutdown() waits forever on a server that never served
            self._httpd.shutdown()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._close()

    def _close(self) -> None:
        self._httpd.stopping.set()
        self._httpd.close_connections()
        self._httpd.server_close()

    def __enter__(self) -> SimServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve(
    host: str, port: int, *, announce: Callable[[str], None] | None = None, **options: Any
) -> None:
    """Run a simulator until interrupted. `options` go to `PortalSimulator` (faults, seed, …)."""
    server = SimServer(PortalSimulator(**options), host, port)
    if announce is not None:
        announce(server.url)
    server.serve_forever()
