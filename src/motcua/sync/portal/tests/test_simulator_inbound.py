"""Dossiers filed on the national portal wait in LayHoSoMoi until XacNhanHoSoMoi acknowledges."""

from __future__ import annotations

import pytest

from motcua.sync.portal.sim.testing import SimClient, sample_record
from motcua.sync.portal.simulator import PortalSimulator, SimServer


@pytest.fixture
def client():
    with SimServer(PortalSimulator()) as server:
        client = SimClient(server.url)
        client.login()
        yield client
        client.close()


def filed(code: str) -> dict:
    return {
        "MaHoSo": code,
        "MaTTHC": "1.004227",
        "ChuHoSo": "Lê Thị Cúc",
        "SoGiayToChuHoSo": "001190000001",
        "SoDienThoai": "0912345678",
        "Email": "cuc@example.vn",
        "TrichYeuHoSo": "Đăng ký khai sinh",
        "NgayNopHoSo": "20260105200000",
        "MaCoQuan": "000.00.21.H99",
    }


def test_filed_dossiers_wait_until_acknowledged(client):
    for code in ("G-1", "G-2", "G-3"):
        assert client.post("/_sim/inbound", filed(code))["error_code"] == "0"
    first = client.call("LayHoSoMoi", limit=2)
    assert first["error_code"] == "0"
    assert [r["MaHoSo"] for r in first["data"]] == ["G-1", "G-2"]
    assert first["data"][0]["MaCoQuan"] == "000.00.21.H99"
    assert first["data"][0]["KenhThucHien"] == 2
    assert first["data"][0]["TrangThaiHoSo"] == 1
    assert client.call("XacNhanHoSoMoi", mahoso=["G-1", "G-2"])["result"] == {"acknowledged": 2}
    assert [r["MaHoSo"] for r in client.call("LayHoSoMoi", limit=10)["data"]] == ["G-3"]
    assert client.call("XacNhanHoSoMoi", mahoso=["G-1"])["error_code"] == "0"  # twice is fine
    assert client.get("/_sim/stats")["inbound_waiting"] == 1


def test_a_filed_dossier_exists_on_the_portal_and_is_updated_from_there(client):
    client.post("/_sim/inbound", filed("G-1"))
    assert client.call("TraCuuHoSo", mahoso="G-1")["result"]["ChuHoSo"] == "Lê Thị Cúc"
    assert client.create(sample_record("G-1"))["error_code"] == "2"
    assert client.update(sample_record("G-1", TrangThaiHoSo=2))["error_code"] == "0"


def test_acknowledging_a_code_never_queued_is_refused(client):
    client.create(sample_record("A"))
    answer = client.call("XacNhanHoSoMoi", mahoso=["A"])
    assert answer["error_code"] == "-1"
    assert answer["message"].startswith("mahoso: ")


def test_an_invalid_filing_is_a_400_naming_the_field(client):
    status, answer = client.request("POST", "/_sim/inbound", dict(filed("G-1"), MaCoQuan=""))
    assert (status, answer["message"][:10]) == (400, "MaCoQuan: ")
    status, answer = client.request("POST", "/_sim/inbound", dict(filed("G-1"), NgayNopHoSo="x"))
    assert (status, answer["errors"][0]["field"]) == (400, "NgayNopHoSo")
    client.post("/_sim/inbound", filed("G-1"))
    assert client.request("POST", "/_sim/inbound", filed("G-1"))[0] == 409


def test_the_queue_needs_a_session_and_a_sane_limit(client):
    assert client.call("LayHoSoMoi", limit=0)["message"].startswith("limit: ")
    client.session = "stale"
    assert client.call("LayHoSoMoi")["error_code"] == "99"
