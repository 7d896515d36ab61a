"""`motcua portal_sim` (and its alias `portal-sim`) serves the simulator as its own process."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def poll_stats(url: str, process: subprocess.Popen, seconds: float = 30) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            with urllib.request.urlopen(f"{url}/_sim/stats", timeout=1) as response:
                return json.loads(response.read())
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"no simulator at {url}")


@pytest.mark.parametrize("name", ["portal_sim", "portal-sim"])
def test_the_command_serves_until_terminated(name):
    port = free_port()
    command = [sys.executable, "-m", "motcua.cli", name, "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--error-rate", "0.25", "--seed", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        stats = poll_stats(f"http://127.0.0.1:{port}", process)
        assert stats["dossiers"] == 0
        assert stats["faults"]["error_rate"] == 0.25
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}" in out
