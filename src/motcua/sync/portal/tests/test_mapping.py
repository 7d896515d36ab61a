"""The portal mapping on hand-built records: exact payloads, formats, limits. No database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from motcua.clock import VN_TZ
from motcua.sync.portal.mapping import (
    CONTENT_MAX,
    HANDLER_MAX,
    SUMMARY_MAX,
    DocumentRecord,
    DossierRecord,
    EventRecord,
    FeeRecord,
    PortalSettings,
    dossier_payload,
    portal_instant,
    step_key,
    step_payload,
)

PORTAL = PortalSettings(
    madonvi="000.00.00.H99",
    noi_nop_ho_so="1",
    loai_dinh_danh="1",
    ma_csdl=("CSDLQGDC",),
    result_base_url="https://dichvucong.sonha.gov.vn",
)
CODE = "000.00.20.H99-260302-00001"


def vn(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=VN_TZ)


def event(seq: int, action: str, at: dt.datetime, to_status: int, **kwargs: Any) -> EventRecord:
    values: dict[str, Any] = {
        "seq": seq,
        "action": action,
        "at": at,
        "from_status": None,
        "to_status": to_status,
        "actor_name": "Nguyễn Thị Lan",
        "actor_title": "Chuyên viên",
        "actor_department": "Phòng Một cửa",
        "note": "",
        "step_name": "",
        "step_started_at": None,
        "step_due_at": None,
        "data": {},
        "due_at": None,
    }
    values.update(kwargs)
    return EventRecord(**values)


RECEIVED = vn(2026, 3, 2, 9, 0)
DUE = vn(2026, 3, 9, 17, 0)
SUBMIT = event(1, "submit", vn(2026, 3, 1, 20, 15), 1, actor_name="Lê Văn Cường", actor_title="")
RECEIVE = event(
    2,
    "receive",
    RECEIVED,
    2,
    from_status=1,
    step_name="Tiếp nhận hồ sơ",
    step_started_at=RECEIVED,
    step_due_at=vn(2026, 3, 2, 13, 45),
    due_at=DUE,
)


def online_dossier(**changes: Any) -> DossierRecord:
    """Filed online on Sunday evening, received at the provincial centre on Monday morning."""
    record = DossierRecord(
        code=CODE,
        procedure_code="1.009999",
        procedure_name="Cấp giấy phép xây dựng nhà ở riêng lẻ",
        field_code="XAYDUNG",
        field_name="Xây dựng",
        channel=2,
        applicant_name="Lê Văn Cường",
        applicant_kind=1,
        applicant_id_number="001090012345",
        applicant_phone="0987654321",
        applicant_email="cuong@example.vn",
        applicant_address="Xã Tân Phú",
        summary="Xin cấp phép xây dựng nhà ở",
        submitted_at=SUBMIT.at,
        received_at=RECEIVED,
        due_at=DUE,
        status=2,
        finished_at=None,
        returned_at=None,
        ended_at=None,
        competent_agency_code="000.00.01.H99",
        competent_agency_name="Sở Xây dựng",
        received_by_agency_code="000.00.20.H99",
        received_by_agency_name="Trung tâm PVHCC tỉnh",
        digitised=True,
        reused=False,
        identity_verified=True,
        paid_online=False,
        fees=(FeeRecord("LP-XD", "Lệ phí cấp giấy phép", 75000),),
        documents=(
            DocumentRecord(
                12, "component", "Đơn đề nghị", "DON", "/tai-lieu/12", True, False, False
            ),
        ),
        events=(SUBMIT, RECEIVE),
    )
    return dataclasses.replace(record, **changes)


def nones(value: Any, path: str = "") -> list[str]:
    """Every path in a payload that holds None."""
    if value is None:
        return [path]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in nones(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in nones(v, f"{path}[{i}]")]
    return []


def test_portal_instants_are_local_time_in_fourteen_digits() -> None:
    assert portal_instant(dt.datetime(2026, 2, 12, 3, 0, tzinfo=dt.UTC)) == "20260212100000"
    assert portal_instant(dt.datetime(2025, 12, 31, 17, 0, 5, tzinfo=dt.UTC)) == "20260101000005"
    assert portal_instant(dt.datetime(2026, 2, 12, 3, 0)) == "20260212100000"  # naive is UTC
    assert portal_instant(None) == ""


def test_a_received_online_dossier() -> None:
    assert dossier_payload(online_dossier(), PORTAL) == {
        "MaHoSo": CODE,
        "MaTTHC": "1.009999",
        "TenTTHC": "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        "MaLinhVuc": "XAYDUNG",
        "TenLinhVuc": "Xây dựng",
        "KenhThucHien": 2,
        "ChuHoSo": "Lê Văn Cường",
        "SoGiayToChuHoSo": "001090012345",
        "LoaiDoiTuong": 1,
        "MaDoiTuong": "",
        "ThongTinKhac": "",
        "Email": "cuong@example.vn",
        "Fax": "",
        "SoDienThoai": "0987654321",
        "TrichYeuHoSo": "Xin cấp phép xây dựng nhà ở",
        "NgayNopHoSo": "20260301201500",
        "NgayTiepNhan": "20260302090000",
        "NgayHenTra": "20260309170000",
        "TrangThaiHoSo": 2,
        "NgayTra": "",
        "ThongTinTra": "",
        "HinhThuc": 0,
        "NgayKetThucXuLy": "",
        "DonViXuLy": "Sở Xây dựng",
        "GhiChu": "",
        "NgayTuChoi": "",
        "HoSoCoThanhPhanSoHoa": 1,
        "TaiKhoanDuocXacThucVoiVNeID": 1,
        "NoiNopHoSo": "1",
        "DinhDanhCHS": [{"LoaiDinhDanh": "1", "SoDinhDanh": "001090012345"}],
        "DSKetNoiCSDL": [{"MaCSDL": "CSDLQGDC"}],
        "TaiLieuNop": [
            {
                "TepDinhKemId": "12",
                "TenTepDinhKem": "Đơn đề nghị",
                "IsDeleted": False,
                "MaThanhPhanHoSo": "DON",
                "DuongDanTaiTepTin": "https://dichvucong.sonha.gov.vn/tai-lieu/12",
                "DuocSoHoa": 1,
                "DuocTaiSuDung": 0,
                "DuocLayTuKhoDMQG": 0,
                "MaKetQuaThayThe": "",
            }
        ],
        "DanhSachLePhi": [
            {
                "TenPhiLePhi": "Lệ phí cấp giấy phép",
                "MaPhiLePhi": "LP-XD",
                "HinhThucThu": 1,
                "Gia": 75000,
                "LoaiPhiLePhi": 1,
            }
        ],
        "DanhSachTepDinhKemKhac": [],
        "DanhSachHoSoBoSung": [],
        "DanhSachGiayToKetQua": [],
    }


def test_each_event_is_one_step() -> None:
    d = online_dossier()
    assert step_payload(d, RECEIVE, PORTAL) == {
        "MaHoSo": CODE,
        "NguoiXuLy": "Nguyễn Thị Lan",
        "ChucDanh": "Chuyên viên",
        "ThoiDiemXuLy": "20260302090000",
        "PhongBanXuLy": "Phòng Một cửa",
        "NoiDungXuLy": "Tiếp nhận hồ sơ",
        "TrangThai": 2,
        "NgayBatDau": "20260302090000",
        "NgayKetThucTheoQuyDinh": "20260302134500",
    }
    # Submitted online: no step yet, so the step starts at the event and ends at the due instant.
    step = step_payload(d, SUBMIT, PORTAL)
    assert step["NoiDungXuLy"] == "Nộp hồ sơ trực tuyến"
    assert (step["NgayBatDau"], step["NgayKetThucTheoQuyDinh"]) == (
        "20260301201500",
        "20260309170000",
    )
    assert step["TrangThai"] == 1 and step["ChucDanh"] == ""


def test_a_note_follows_the_action_label_and_the_same_step_has_the_same_key() -> None:
    d = online_dossier()
    stop = event(3, "stop", vn(2026, 3, 4, 10, 0), 8, note="  Người nộp không bổ sung  ")
    payload = step_payload(d, stop, PORTAL)
    assert payload["NoiDungXuLy"] == "Dừng xử lý: Người nộp không bổ sung"
    again = step_payload(dataclasses.replace(d, due_at=vn(2026, 3, 20, 17, 0)), stop, PORTAL)
    key = (CODE, "20260304100000", "8", "Dừng xử lý: Người nộp không bổ sung", payload["NguoiXuLy"])
    assert step_key(payload) == step_key(again) == key  # the dossier's due moved: same step
    assert step_key({**payload, "TrangThai": "8"}) == key  # as the portal may echo it back
    other = step_payload(d, dataclasses.replace(stop, note="khác"), PORTAL)
    assert step_key(other) != key


def test_two_supplement_rounds() -> None:
    ask_1 = event(
        3, "request_supplement", vn(2026, 3, 3, 8, 30), 5, note="Thiếu bản vẽ", due_at=DUE
    )
    got_1 = event(
        4, "supplement", vn(2026, 3, 4, 8, 30), 2, actor_name="Trần B", due_at=vn(2026, 3, 10, 17)
    )
    ask_2 = event(
        5,
        "request_supplement",
        vn(2026, 3, 5, 9),
        5,
        note="Thiếu sổ đỏ",
        due_at=vn(2026, 3, 10, 17),
    )
    d = online_dossier(status=5, events=(SUBMIT, RECEIVE, ask_1, got_1, ask_2))
    assert dossier_payload(d, PORTAL)["DanhSachHoSoBoSung"] == [
        {
            "HoSoBoSungId": f"{CODE}-3",
            "NguoiYeuCauBoSung": "Nguyễn Thị Lan",
            "NoiDungBoSung": "Thiếu bản vẽ",
            "NgayBoSung": "20260303083000",
            "NguoiTiepNhanBoSung": "Trần B",
            "ThongTinTiepNhan": "Tiếp nhận hồ sơ bổ sung",
            "NgayTiepNhanBoSung": "20260304083000",
            "TrangThaiBoSung": 1,
            "NgayHenTraTruoc": "20260309170000",
            "NgayHenTraMoi": "20260310170000",
        },
        {
            "HoSoBoSungId": f"{CODE}-5",
            "NguoiYeuCauBoSung": "Nguyễn Thị Lan",
            "NoiDungBoSung": "Thiếu sổ đỏ",
            "NgayBoSung": "20260305090000",
            "NguoiTiepNhanBoSung": "",
            "ThongTinTiepNhan": "",
            "NgayTiepNhanBoSung": "",
            "TrangThaiBoSung": 0,
            "NgayHenTraTruoc": "20260310170000",
            "NgayHenTraMoi": "",
        },
    ]


def test_a_refused_dossier_says_when_and_why() -> None:
    refuse = event(2, "refuse", vn(2026, 3, 2, 9, 30), 3, note="Không thuộc thẩm quyền")
    d = online_dossier(
        status=3, received_at=None, due_at=None, ended_at=refuse.at, events=(SUBMIT, refuse)
    )
    payload = dossier_payload(d, PORTAL)
    assert payload["TrangThaiHoSo"] == 3
    assert payload["NgayTuChoi"] == "20260302093000"
    assert payload["GhiChu"] == "Không thuộc thẩm quyền"
    assert (payload["NgayNopHoSo"], payload["NgayTiepNhan"], payload["NgayHenTra"]) == (
        "20260301201500",
        "",
        "",
    )
    assert step_payload(d, refuse, PORTAL)["NoiDungXuLy"] == (
        "Từ chối tiếp nhận: Không thuộc thẩm quyền"
    )


def test_a_returned_dossier_lists_its_result() -> None:
    result = DocumentRecord(
        40, "result", "Giấy phép xây dựng", "GPXD", "/tai-lieu/40", True, False, False
    )
    d = online_dossier(
        channel=1,
        submitted_at=None,
        status=10,
        finished_at=vn(2026, 3, 6, 16, 0),
        returned_at=vn(2026, 3, 9, 8, 0),
        ended_at=vn(2026, 3, 6, 16, 0),
        documents=(*online_dossier().documents, result),
    )
    payload = dossier_payload(d, PORTAL)
    assert payload["NgayNopHoSo"] == payload["NgayTiepNhan"] == "20260302090000"
    assert (payload["NgayKetThucXuLy"], payload["NgayTra"]) == ("20260306160000", "20260309080000")
    assert payload["HinhThuc"] == 0
    assert payload["ThongTinTra"] == "Trả kết quả trực tiếp tại Trung tâm PVHCC tỉnh"
    assert payload["DanhSachGiayToKetQua"] == [
        {
            "TenGiayTo": "Giấy phép xây dựng",
            "MaThanhPhanHoSo": "",
            "GiayToId": "40",
            "DuongDanTepTinKetQua": "https://dichvucong.sonha.gov.vn/tai-lieu/40",
            "MaGiayToKetQua": "GPXD",
        }
    ]
    assert [doc["TepDinhKemId"] for doc in payload["TaiLieuNop"]] == ["12"]
    by_post = dossier_payload(dataclasses.replace(d, channel=3), PORTAL)
    assert (by_post["HinhThuc"], by_post["ThongTinTra"]) == (1, "Trả kết quả qua dịch vụ bưu chính")


def test_paid_online_on_the_province_gateway() -> None:
    payload = dossier_payload(online_dossier(paid_online=True), PORTAL)
    assert payload["DuocThanhToanTrucTuyen"] == "2"
    assert payload["DanhSachLePhi"][0]["HinhThucThu"] == 2
    assert "DuocThanhToanTrucTuyen" not in dossier_payload(online_dossier(), PORTAL)


def test_without_an_id_number_there_is_no_identity_list() -> None:
    payload = dossier_payload(online_dossier(applicant_id_number=""), PORTAL)
    assert "DinhDanhCHS" not in payload
    assert payload["SoGiayToChuHoSo"] == ""
    assert dossier_payload(online_dossier(), PortalSettings())["DSKetNoiCSDL"] == []


def test_the_summary_is_cut_at_1000_characters_without_splitting_one() -> None:
    long = "Đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ tại xã Tân Phú. " * 40
    summary = dossier_payload(online_dossier(summary=long), PORTAL)["TrichYeuHoSo"]
    assert len(summary) == SUMMARY_MAX and long.startswith(summary)
    assert len(summary.encode()) > SUMMARY_MAX  # multi-byte letters: characters are counted
    # Decomposed text (letter + combining marks): the cut backs off to a whole letter.
    decomposed = unicodedata.normalize("NFD", "ệ" * 600)
    cut = dossier_payload(online_dossier(summary=decomposed), PORTAL)["TrichYeuHoSo"]
    assert cut == "ệ" * 600  # normalised to NFC first, so it fits
    # One letter with more marks than fit: nothing whole fits, so the limit wins over the letter.
    marks = "e" + "\u0302\u0323" * 600
    assert len(dossier_payload(online_dossier(summary=marks), PORTAL)["TrichYeuHoSo"]) == 1000


def test_the_handler_is_cut_at_50_characters() -> None:
    name = "Nguyễn Thị Phương Thảo Hoàng Ngọc Bích Trâm Đặng Quỳnh Như"
    assert len(name) > HANDLER_MAX
    step = step_payload(online_dossier(), dataclasses.replace(RECEIVE, actor_name=name), PORTAL)
    assert step["NguoiXuLy"] == name[:HANDLER_MAX]
    nameless = step_payload(online_dossier(), dataclasses.replace(RECEIVE, actor_name=" "), PORTAL)
    assert nameless["NguoiXuLy"] == "Hệ thống"
    long_note = dataclasses.replace(RECEIVE, note="ư" * 5000)
    assert len(step_payload(online_dossier(), long_note, PORTAL)["NoiDungXuLy"]) == CONTENT_MAX


def test_no_value_is_ever_none() -> None:
    bare = online_dossier(
        submitted_at=None,
        received_at=None,
        due_at=None,
        status=1,
        events=(dataclasses.replace(SUBMIT, actor_title=""),),
        documents=(),
        fees=(),
    )
    for record in (online_dossier(), bare):
        assert nones(dossier_payload(record, PORTAL)) == []
        assert [p for e in record.events for p in nones(step_payload(record, e, PORTAL))] == []
    assert dossier_payload(bare, PORTAL)["NgayNopHoSo"] == ""


def test_mapping_imports_no_django() -> None:
    src = str(Path(__file__).resolve().parents[4])
    code = (
        "import sys, motcua.sync.portal.mapping; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    env = {**os.environ, "PYTHONPATH": src}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


# --- any record ---------------------------------------------------------------------------------

texts = st.text(max_size=1500)
moments = st.datetimes(
    min_value=dt.datetime(2000, 1, 1),
    max_value=dt.datetime(2100, 1, 1),
    timezones=st.sampled_from([dt.UTC, VN_TZ]),
)
instants = st.one_of(st.none(), moments)
actions = st.sampled_from(
    ["submit", "receive", "request_supplement", "supplement", "refuse", "return", "made_up"]
)
events = st.builds(
    EventRecord,
    seq=st.integers(1, 10_000),
    action=actions,
    at=moments,
    from_status=st.one_of(st.none(), st.integers(1, 10)),
    to_status=st.integers(1, 10),
    actor_name=texts,
    actor_title=texts,
    actor_department=texts,
    note=texts,
    step_name=texts,
    step_started_at=instants,
    step_due_at=instants,
    data=st.just({}),
    due_at=instants,
)
fees = st.builds(FeeRecord, code=texts, name=texts, amount=st.integers(0, 10**9))
documents = st.builds(
    DocumentRecord,
    id=st.integers(1, 10**9),
    kind=st.sampled_from(["component", "result", "supplement"]),
    name=texts,
    component_code=texts,
    path=st.sampled_from(["/tai-lieu/1", ""]),
    digitised=st.booleans(),
    reused=st.booleans(),
    from_national_store=st.booleans(),
)
records = st.builds(
    DossierRecord,
    code=texts,
    procedure_code=texts,
    procedure_name=texts,
    field_code=texts,
    field_name=texts,
    channel=st.integers(1, 3),
    applicant_name=texts,
    applicant_kind=st.integers(1, 4),
    applicant_id_number=texts,
    applicant_phone=texts,
    applicant_email=texts,
    applicant_address=texts,
    summary=texts,
    submitted_at=instants,
    received_at=instants,
    due_at=instants,
    status=st.integers(1, 10),
    finished_at=instants,
    returned_at=instants,
    ended_at=instants,
    competent_agency_code=texts,
    competent_agency_name=texts,
    received_by_agency_code=texts,
    received_by_agency_name=texts,
    digitised=st.booleans(),
    reused=st.booleans(),
    identity_verified=st.booleans(),
    paid_online=st.booleans(),
    fees=st.lists(fees, max_size=3).map(tuple),
    documents=st.lists(documents, max_size=4).map(tuple),
    events=st.lists(events, max_size=6).map(tuple),
)
portals = st.builds(
    PortalSettings,
    madonvi=texts,
    noi_nop_ho_so=texts,
    loai_dinh_danh=texts,
    ma_csdl=st.lists(texts, max_size=3).map(tuple),
    result_base_url=texts,
)


@settings(max_examples=150, deadline=None)
@given(records, portals)
def test_any_record_gives_json_with_the_limits_kept(record: DossierRecord, portal: PortalSettings):
    payload = dossier_payload(record, portal)
    steps = [step_payload(record, e, portal) for e in record.events]
    json.dumps({"DongBoHoSoMC": [payload], "CapNhatTienDoHoSoMC": steps}, ensure_ascii=False)
    assert nones(payload) == [] and nones(steps) == []
    assert len(payload["TrichYeuHoSo"]) <= SUMMARY_MAX
    assert len(payload["DanhSachHoSoBoSung"]) == sum(
        e.action == "request_supplement" for e in record.events
    )
    for step in steps:
        assert 0 < len(step["NguoiXuLy"]) <= HANDLER_MAX
        assert 0 < len(step["NoiDungXuLy"]) <= CONTENT_MAX
        assert all(len(step[f]) in (0, 14) for f in ("ThoiDiemXuLy", "NgayBatDau"))
        assert len(step_key(step)) == 5
