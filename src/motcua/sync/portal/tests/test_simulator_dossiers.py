"""DongBoHoSoMC and TraCuuHoSo on the simulated portal: create, update, all or nothing, checks."""

from __future__ import annotations

import http.client
import json

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


def test_a_created_dossier_can_be_looked_up_and_inspected(client):
    record = sample_record("H99-260105-0001")
    assert client.create(record) == {
        "error_code": "0",
        "message": "Thành công",
        "result": {"created": 1},
    }
    assert client.call("TraCuuHoSo", mahoso="H99-260105-0001")["result"] == record
    assert client.call("TraCuuHoSo", mahoso="H99-nowhere") == {
        "error_code": "0",
        "message": "Thành công",
        "result": None,
    }
    inspected = client.get("/_sim/dossiers/H99-260105-0001")
    assert inspected == {"record": record, "steps": [], "history": [2]}
    assert client.request("GET", "/_sim/dossiers/H99-nowhere")[0] == 404


def test_an_update_keeps_the_latest_record(client):
    client.create(sample_record("A", TrangThaiHoSo=2))
    answer = client.update(sample_record("A", TrangThaiHoSo=4, DonViXuLy="Phòng Tư pháp"))
    assert answer["error_code"] == "0"
    inspected = client.get("/_sim/dossiers/A")
    assert inspected["record"]["DonViXuLy"] == "Phòng Tư pháp"
    assert inspected["history"] == [2, 4]


def test_a_create_of_an_existing_code_stores_nothing_of_the_call(client):
    client.create(sample_record("A"))
    answer = client.create(sample_record("B"), sample_record("A", TrangThaiHoSo=4))
    assert answer == {"error_code": "2", "message": "Hồ sơ A đã tồn tại", "existing": ["A"]}
    assert client.call("TraCuuHoSo", mahoso="B")["result"] is None
    assert client.get("/_sim/dossiers/A")["record"]["TrangThaiHoSo"] == 2
    assert client.get("/_sim/stats")["dossiers"] == 1


def test_the_already_exists_fault_answers_the_next_create_once(client):
    client.post("/_sim/faults", {"already_exists": True})
    assert client.create(sample_record("A"))["existing"] == ["A"]
    assert client.call("TraCuuHoSo", mahoso="A")["result"] is None
    assert client.create(sample_record("A"))["error_code"] == "0"
    assert client.get("/_sim/stats")["faults_injected"] == 1


def test_an_update_of_an_unknown_code_is_refused(client):
    answer = client.update(sample_record("A"))
    assert answer["error_code"] == "-1"
    assert answer["message"].startswith("MaHoSo: hồ sơ A chưa tồn tại")


def test_a_status_may_jump_along_the_lifecycle(client):
    client.create(sample_record("A", TrangThaiHoSo=2))
    assert client.update(sample_record("A", TrangThaiHoSo=10))["error_code"] == "0"
    assert client.update(sample_record("A", TrangThaiHoSo=10))["error_code"] == "0"


def test_snapshots_of_one_dossier_in_one_batch_are_judged_in_order(client):
    client.create(sample_record("A", TrangThaiHoSo=2))
    ok = client.update(sample_record("A", TrangThaiHoSo=9), sample_record("A", TrangThaiHoSo=10))
    assert ok["error_code"] == "0"
    assert client.get("/_sim/dossiers/A")["history"] == [2, 9, 10]


def test_an_illegal_status_change_names_the_code_and_stores_nothing(client):
    client.create(sample_record("A", TrangThaiHoSo=10), sample_record("B", TrangThaiHoSo=2))
    answer = client.update(sample_record("B", TrangThaiHoSo=4), sample_record("A", TrangThaiHoSo=2))
    assert answer["error_code"] == "-1"
    assert answer["message"].startswith("TrangThaiHoSo: hồ sơ A không thể chuyển")
    assert [(e["index"], e["field"]) for e in answer["errors"]] == [(1, "TrangThaiHoSo")]
    assert client.get("/_sim/dossiers/B")["history"] == [2]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"MaHoSo": None}, "MaHoSo"),
        ({"MaHoSo": ""}, "MaHoSo"),
        ({"NgayNopHoSo": "2026-02-30 08:00:00"}, "NgayNopHoSo"),
        ({"NgayNopHoSo": "20260230080000"}, "NgayNopHoSo"),
        ({"NgayHenTra": "2026010508000"}, "NgayHenTra"),
        ({"TrichYeuHoSo": "x" * 1001}, "TrichYeuHoSo"),
        ({"KenhThucHien": 4}, "KenhThucHien"),
        ({"LoaiDoiTuong": "5"}, "LoaiDoiTuong"),
        ({"TrangThaiHoSo": 11}, "TrangThaiHoSo"),
        ({"HoSoCoThanhPhanSoHoa": 2}, "HoSoCoThanhPhanSoHoa"),
        ({"DuocThanhToanTrucTuyen": 0}, "DuocThanhToanTrucTuyen"),
        ({"TenTTHC": None}, "TenTTHC"),
        (
            {"DanhSachHoSoBoSung": [{"NgayBoSung": "20261301000000"}]},
            "DanhSachHoSoBoSung[0].NgayBoSung",
        ),
    ],
)
def test_each_invalid_field_is_named_and_the_batch_is_refused(client, change, field):
    answer = client.create(sample_record("OK"), sample_record("BAD", **change))
    assert answer["error_code"] == "-1"
    assert answer["message"].startswith(f"{field}: ")
    assert [(e["index"], e["field"]) for e in answer["errors"]] == [(1, field)]
    assert client.get("/_sim/stats")["dossiers"] == 0


def test_the_limits_themselves_are_accepted(client):
    record = sample_record("A", TrichYeuHoSo="x" * 1000, KenhThucHien="3", LoaiDoiTuong=4)
    assert client.create(record)["error_code"] == "0"


def test_every_error_of_the_batch_is_listed(client):
    answer = client.create(sample_record("A", KenhThucHien=0), sample_record("B", ChuHoSo=""))
    assert [(e["index"], e["field"]) for e in answer["errors"]] == [
        (0, "KenhThucHien"),
        (1, "ChuHoSo"),
    ]


def test_a_code_repeated_in_a_create_batch_is_refused(client):
    answer = client.create(sample_record("A"), sample_record("A"))
    assert answer["message"].startswith("MaHoSo: mã A lặp lại")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"isUpdating": "Maybe", "data": [sample_record("A")]}, "isUpdating"),
        ({"isUpdating": "False", "data": []}, "data"),
        ({"isUpdating": "False", "data": ["A"]}, "data"),
    ],
)
def test_a_malformed_call_names_what_is_wrong(client, fields, field):
    answer = client.call("DongBoHoSoMC", **fields)
    assert answer["error_code"] == "-1"
    assert answer["message"].startswith(f"{field}: ")


def test_an_unknown_service_is_refused(client):
    answer = client.call("LayThuTucBiMat")
    assert answer["error_code"] == "-1"
    assert answer["message"].startswith("service: ")


def test_a_body_that_is_not_json_is_a_400(client):
    conn = http.client.HTTPConnection(client.host, client.port, timeout=5)
    conn.request("POST", "/integration", body=b"{not json", headers={"Content-Length": "9"})
    response = conn.getresponse()
    assert response.status == 400
    assert json.loads(response.read())["message"].startswith("body: ")
    conn.close()
    assert client.get("/_sim/stats")["errors"] == {"-1": 1}
