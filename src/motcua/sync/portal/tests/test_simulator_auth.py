"""The simulated portal's sessions: login, wrong credentials, expiry by time and by control."""

from __future__ import annotations

import pytest

from motcua.sync.portal.sim.testing import SimClient
from motcua.sync.portal.simulator import PortalSimulator, SimServer


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def client(clock):
    sim = PortalSimulator(username="tinh", password="bi-mat", session_ttl=60, clock=clock)
    with SimServer(sim) as server:
        client = SimClient(server.url)
        yield client
        client.close()


def test_login_returns_a_session(client):
    answer = client.post("/auth", {"username": "tinh", "password": "bi-mat"}, dstcode="H99")
    assert answer["error_code"] == 0
    assert len(answer["session"]) >= 16


def test_wrong_password_is_401_in_an_http_200(client):
    status, answer = client.request("POST", "/auth", {"username": "tinh", "password": "sai"})
    assert status == 200
    assert answer == {"error_code": "401", "message": "Sai tài khoản hoặc mật khẩu"}
    assert client.get("/_sim/stats")["errors"] == {"401": 1}


def test_dstcode_is_checked_when_the_simulator_has_one():
    with SimServer(PortalSimulator(dstcode="H99")) as server:
        client = SimClient(server.url)
        body = {"username": "motcua", "password": "motcua"}
        assert client.post("/auth", body, dstcode="H01")["error_code"] == "401"
        assert client.post("/auth", body, dstcode="H99")["error_code"] == 0
        client.close()


def test_a_call_without_a_valid_session_is_99(client):
    client.session = "made-up"
    answer = client.call("TraCuuHoSo", mahoso="X")
    assert answer == {"error_code": "99", "message": "Phiên làm việc đã hết hạn"}


def test_a_session_expires_after_its_ttl(client, clock):
    client.login("tinh", "bi-mat")
    clock.now += 59
    assert client.call("TraCuuHoSo", mahoso="X")["error_code"] == "0"
    clock.now += 2
    assert client.call("TraCuuHoSo", mahoso="X")["error_code"] == "99"
    client.login("tinh", "bi-mat")
    assert client.call("TraCuuHoSo", mahoso="X")["error_code"] == "0"


def test_the_control_endpoint_expires_every_session_now(client):
    client.login("tinh", "bi-mat")
    other = client.session
    client.login("tinh", "bi-mat")
    client.post("/_sim/faults", {"expire_sessions": True})
    for session in (other, client.session):
        client.session = session
        assert client.call("TraCuuHoSo", mahoso="X")["error_code"] == "99"
    assert client.get("/_sim/stats")["errors"] == {"99": 2}
