"""How many steps a second the simulator takes: `python -m motcua.sync.portal.sim.bench`.

Against `--url` (e.g. a `motcua portal-sim` process), or a simulator in this process. Each client
thread logs in on its own keep-alive connection, creates its dossiers, then sends
CapNhatTienDoHoSoMC batches. Prints one table row per (clients, batch size).
"""

from __future__ import annotations

import argparse
import datetime as dt
import threading
import time

from motcua.sync.portal.sim.server import SimServer
from motcua.sync.portal.sim.state import PortalSimulator
from motcua.sync.portal.sim.testing import SimClient, sample_record, sample_step

START = dt.datetime(2026, 1, 5, 8, 0, 0)


def _client_run(url: str, prefix: str, calls: int, batch: int) -> None:
    client = SimClient(url, timeout=30)
    client.login()
    codes = [f"{prefix}-{n:03d}" for n in range(20)]
    assert client.create(*(sample_record(c) for c in codes))["error_code"] == "0"
    second = 0
    for _ in range(calls):
        steps = []
        for n in range(batch):
            second += 1
            at = (START + dt.timedelta(seconds=second)).strftime("%Y%m%d%H%M%S")
            steps.append(sample_step(codes[n % len(codes)], at))
        answer = client.steps(*steps)
        assert answer["result"]["stored"] == batch, answer
    client.close()


def measure(url: str, clients: int, calls: int, batch: int, run: int) -> float:
    threads = [
        threading.Thread(
            target=_client_run,
            args=(url, f"B{time.time_ns() % 10**9}-{run}-{c}", calls, batch),
        )
        for c in range(clients)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return clients * calls * batch / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running simulator (default: one in this process)")
    parser.add_argument("--calls", type=int, default=50, help="calls per client")
    args = parser.parse_args()
    server = None
    url = args.url
    if url is None:
        server = SimServer(PortalSimulator())
        server.start()
        url = server.url
    print(f"{'clients':>7} {'batch':>5} {'steps/s':>9}")
    run = 0
    for clients in (1, 4):
        for batch in (100, 200, 500):
            run += 1
            rate = measure(url, clients, args.calls, batch, run)
            print(f"{clients:>7} {batch:>5} {rate:>9,.0f}")
    if server is not None:
        server.stop()


if __name__ == "__main__":
    main()
