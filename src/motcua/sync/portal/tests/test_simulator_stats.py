"""What /_sim/stats counts, and that one connection carries many calls (HTTP/1.1 keep-alive)."""

from __future__ import annotations

from motcua.sync.portal.sim.testing import SimClient, sample_record, sample_step
from motcua.sync.portal.simulator import PortalSimulator, SimServer


def test_stats_count_calls_errors_dossiers_and_steps():
    with SimServer(PortalSimulator()) as server:
        client = SimClient(server.url)
        client.post("/auth", {"username": "motcua", "password": "?"})
        client.login()
        client.create(sample_record("A"))
        client.create(sample_record("A"))
        client.steps(sample_step("A", "20260105090000"), sample_step("A", "20260105090000"))
        client.call("TraCuuHoSo")
        assert client.get("/_sim/stats") == {
            "dossiers": 1,
            "steps": 1,
            "duplicate_steps": 1,
            "out_of_order_steps": 0,
            "calls": {"auth": 2, "DongBoHoSoMC": 2, "CapNhatTienDoHoSoMC": 1, "TraCuuHoSo": 1},
            "errors": {"401": 1, "2": 1, "-1": 1},
            "faults_injected": 0,
            "inbound_waiting": 0,
            "faults": {
                "latency_ms": 0,
                "error_rate": 0.0,
                "timeout_rate": 0.0,
                "drop_rate": 0.0,
                "hang_seconds": 30.0,
            },
        }
        client.close()


def test_one_connection_carries_many_calls():
    with SimServer(PortalSimulator()) as server:
        client = SimClient(server.url)
        client.login()
        sock = client._conn.sock
        for n in range(5):
            client.create(sample_record(f"A{n}"))
        assert client._conn.sock is sock
        client.close()


def test_unknown_paths_and_methods_are_404_and_405():
    with SimServer(PortalSimulator()) as server:
        client = SimClient(server.url)
        assert client.request("GET", "/nowhere")[0] == 404
        assert client.request("GET", "/integration")[0] == 405
        assert client.request("POST", "/_sim/stats", {})[0] == 405
        client.close()
