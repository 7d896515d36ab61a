"""GET /api/v1/dossiers/{code}/portal: what motcua would send the national portal now."""

from __future__ import annotations

from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import at_officer
from motcua.testing.cast import PERMIT


def test_the_desk_sees_the_record_and_one_step_per_event(cast, api_as) -> None:
    dossier = at_officer(cast)
    dossier_act(code=dossier.code, action="request_supplement", actor=cast.officer, note="Thiếu")
    answer = api_as(cast.desk).get(f"/dossiers/{dossier.code}/portal")
    assert answer.status_code == 200, answer.content
    body = answer.json()
    assert set(body) == {"DongBoHoSoMC", "CapNhatTienDoHoSoMC"}
    record = body["DongBoHoSoMC"]
    assert record["MaHoSo"] == dossier.code and record["MaTTHC"] == PERMIT
    events = api_as(cast.desk).get(f"/dossiers/{dossier.code}/events").json()["events"]
    assert record["TrangThaiHoSo"] == 5 == events[-1]["to_status"]
    steps = body["CapNhatTienDoHoSoMC"]
    assert [s["TrangThai"] for s in steps] == [e["to_status"] for e in events] == [2, 4, 5]
    assert [s["NoiDungXuLy"] for s in steps] == [
        "Tiếp nhận hồ sơ",
        "Chuyển xử lý",
        "Yêu cầu bổ sung hồ sơ: Thiếu",
    ]
    assert {s["MaHoSo"] for s in steps} == {dossier.code}
    assert len(record["DanhSachHoSoBoSung"]) == 1


def test_the_owner_sees_it_too(cast, api_as) -> None:
    dossier = dossier_create(
        actor=cast.citizen, procedure_code=PERMIT, channel=2, applicant=Applicant(name="Lê Hoa")
    )
    body = api_as(cast.citizen).get(f"/dossiers/{dossier.code}/portal").json()
    assert body["DongBoHoSoMC"]["TrangThaiHoSo"] == dossier.status == 1
    assert body["DongBoHoSoMC"]["KenhThucHien"] == 2
    assert [s["TrangThai"] for s in body["CapNhatTienDoHoSoMC"]] == [1]


def test_others_get_the_same_404_as_for_no_dossier(cast, api_as) -> None:
    dossier = at_officer(cast)
    for user in (cast.other_officer, cast.other_citizen):
        answer = api_as(user).get(f"/dossiers/{dossier.code}/portal")
        assert answer.status_code == 404
        assert answer.json()["code"] == "dossier_not_found"
    assert api_as(cast.desk).get("/dossiers/000.00.20.H99-000000-99999/portal").status_code == 404
    assert api_as(None).get(f"/dossiers/{dossier.code}/portal").status_code == 401
