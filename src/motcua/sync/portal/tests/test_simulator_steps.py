"""CapNhatTienDoHoSoMC on the simulated portal: steps are stored once, in order, checked."""

from __future__ import annotations

import pytest

from motcua.sync.portal.sim.testing import SimClient, sample_record, sample_step
from motcua.sync.portal.simulator import PortalSimulator, SimServer


@pytest.fixture
def client():
    with SimServer(PortalSimulator()) as server:
        client = SimClient(server.url)
        client.login()
        client.create(sample_record("A"), sample_record("B"))
        yield client
        client.close()


def stats(client):
    return client.get("/_sim/stats")


def test_steps_are_stored_per_dossier(client):
    answer = client.steps(
        sample_step("A", "20260105090000", 4),
        sample_step("B", "20260105090000", 4),
        sample_step("A", "20260106090000", 9),
    )
    assert answer == {
        "error_code": "0",
        "message": "Thành công",
        "result": {"stored": 2 + 1, "duplicates": 0},
    }
    steps = client.get("/_sim/dossiers/A")["steps"]
    assert [s["ThoiDiemXuLy"] for s in steps] == ["20260105090000", "20260106090000"]
    assert stats(client)["steps"] == 3


def test_a_step_sent_again_is_acknowledged_and_counted_not_stored(client):
    step = sample_step("A", "20260105090000", 4)
    client.steps(step)
    answer = client.steps(step, dict(step, ChucDanh="Trưởng phòng"))  # same identity
    assert answer["error_code"] == "0"
    assert answer["result"] == {"stored": 0, "duplicates": 2}
    assert len(client.get("/_sim/dossiers/A")["steps"]) == 1
    assert (stats(client)["steps"], stats(client)["duplicate_steps"]) == (1, 2)


def test_steps_differing_in_content_are_distinct(client):
    client.steps(sample_step("A", "20260105090000", 4, NoiDungXuLy="Thẩm định"))
    client.steps(sample_step("A", "20260105090000", 4, NoiDungXuLy="Trình ký"))
    assert (stats(client)["steps"], stats(client)["duplicate_steps"]) == (2, 0)


def test_an_earlier_step_after_a_later_one_is_stored_but_counted(client):
    client.steps(sample_step("A", "20260106090000", 9))
    client.steps(sample_step("B", "20260101090000", 4))  # other dossiers keep their own order
    assert stats(client)["out_of_order_steps"] == 0
    client.steps(sample_step("A", "20260105090000", 4))
    assert stats(client)["out_of_order_steps"] == 1
    assert len(client.get("/_sim/dossiers/A")["steps"]) == 2


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"MaHoSo": ""}, "MaHoSo"),
        ({"NguoiXuLy": "x" * 51}, "NguoiXuLy"),
        ({"ThoiDiemXuLy": "20260231090000"}, "ThoiDiemXuLy"),
        ({"ThoiDiemXuLy": None}, "ThoiDiemXuLy"),
        ({"TrangThai": 0}, "TrangThai"),
        ({"NoiDungXuLy": None}, "NoiDungXuLy"),
        ({"NgayKetThucTheoQuyDinh": "2026-01-10"}, "NgayKetThucTheoQuyDinh"),
    ],
)
def test_each_invalid_step_field_is_named_and_nothing_is_stored(client, change, field):
    answer = client.steps(
        sample_step("A", "20260105090000"), sample_step("A", "20260105100000", **change)
    )
    assert answer["error_code"] == "-1"
    assert answer["message"].startswith(f"{field}: ")
    assert answer["errors"][0]["index"] == 1
    assert stats(client)["steps"] == 0


def test_a_step_of_an_unknown_dossier_is_refused(client):
    answer = client.steps(sample_step("A", "20260105090000"), sample_step("Z", "20260105090000"))
    assert answer["message"].startswith("MaHoSo: hồ sơ Z chưa tồn tại")
    assert stats(client)["steps"] == 0
