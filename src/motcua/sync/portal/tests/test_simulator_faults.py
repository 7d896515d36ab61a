"""Fault injection: 503s, hang-ups, delays and timeouts, from a seeded coin; control is exempt."""

from __future__ import annotations

import http.client
import time

import pytest

from motcua.sync.portal.sim.testing import SimClient, sample_record
from motcua.sync.portal.simulator import PortalSimulator, SimServer

LOGIN = {"username": "motcua", "password": "motcua"}


@pytest.fixture
def server():
    with SimServer(PortalSimulator(seed=11)) as server:
        yield server


@pytest.fixture
def client(server):
    client = SimClient(server.url)
    client.login()
    yield client
    client.close()


def test_error_rate_one_answers_503_and_does_nothing(client):
    client.post("/_sim/faults", {"error_rate": 1})
    status, answer = client.request("POST", "/integration", {"session": client.session})
    assert (status, answer["error_code"]) == (503, "503")
    assert client.request("POST", "/auth", LOGIN)[0] == 503
    stats = client.get("/_sim/stats")  # the control endpoints are never faulty
    assert stats["faults_injected"] == 2
    assert stats["calls"] == {"auth": 1}


def test_drop_rate_one_hangs_up_without_an_answer(client):
    client.post("/_sim/faults", {"drop_rate": 1})
    with pytest.raises((ConnectionError, http.client.HTTPException)):
        client.create(sample_record("A"))
    client.post("/_sim/faults", {"drop_rate": 0})
    assert client.call("TraCuuHoSo", mahoso="A")["result"] is None


def test_latency_delays_every_protocol_request(client):
    client.post("/_sim/faults", {"latency_ms": 150})
    started = time.perf_counter()
    client.call("TraCuuHoSo", mahoso="A")
    assert time.perf_counter() - started >= 0.15


def test_a_timeout_does_the_work_but_answers_too_late(server, client):
    client.post("/_sim/faults", {"timeout_rate": 1, "hang_seconds": 2})
    impatient = SimClient(server.url, timeout=0.3)
    impatient.session = client.session
    with pytest.raises(TimeoutError):
        impatient.create(sample_record("A"))
    assert client.get("/_sim/dossiers/A")["record"]["MaHoSo"] == "A"


def test_faults_can_be_set_when_the_simulator_is_built():
    with SimServer(PortalSimulator(error_rate=1.0)) as server:
        client = SimClient(server.url)
        assert client.request("POST", "/auth", LOGIN)[0] == 503
        assert client.get("/_sim/stats")["faults"]["error_rate"] == 1.0
        client.close()


def test_the_same_seed_gives_the_same_faults():
    def statuses() -> list[int]:
        with SimServer(PortalSimulator(seed=5, error_rate=0.5)) as server:
            client = SimClient(server.url)
            seen = [client.request("POST", "/auth", LOGIN)[0] for _ in range(20)]
            client.close()
            return seen

    first = statuses()
    assert first == statuses()
    assert set(first) == {200, 503}


@pytest.mark.parametrize(
    ("payload", "field"),
    [({"error_rate": 1.5}, "error_rate"), ({"latency_ms": -1}, "latency_ms"), ({"x": 1}, "x")],
)
def test_a_bad_fault_setting_is_a_400_naming_it(client, payload, field):
    status, answer = client.request("POST", "/_sim/faults", payload)
    assert status == 400
    assert answer["message"].startswith(f"{field}: ")


def test_reset_forgets_everything_and_restores_the_faults(client):
    client.create(sample_record("A"))
    client.post("/_sim/faults", {"error_rate": 1})
    client.post("/_sim/reset")
    stats = client.get("/_sim/stats")
    assert (stats["dossiers"], stats["calls"], stats["faults"]["error_rate"]) == (0, {}, 0)
    assert client.call("TraCuuHoSo", mahoso="A")["error_code"] == "99"  # sessions too
