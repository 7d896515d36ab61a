"""Portal records built from dossiers made through the real services; a pinned query count."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from motcua.clock import VN_TZ
from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import PDF, approved, received, with_result
from motcua.sync.portal.mapping import FeeRecord, PortalSettings, dossier_payload
from motcua.sync.portal.snapshot import dossier_record, dossier_records, portal_settings
from motcua.testing.cast import PERMIT

pytestmark = pytest.mark.django_db

# Dossiers (with version, procedure, field and agencies), their documents, their events.
QUERIES = 3


def vn(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=VN_TZ)


def test_a_received_dossier(cast) -> None:
    dossier = received(cast, at=vn(2026, 3, 2, 9, 0), summary="Xây nhà ở riêng lẻ")
    record = dossier_record(dossier)
    assert (record.code, record.procedure_code, record.field_code, record.field_name) == (
        dossier.code,
        PERMIT,
        "XAYDUNG",
        "Xây dựng",
    )
    assert record.procedure_name == "Cấp giấy phép xây dựng nhà ở riêng lẻ"
    assert (record.channel, record.status, record.summary) == (1, 2, "Xây nhà ở riêng lẻ")
    assert (record.applicant_name, record.applicant_phone) == ("Lê Văn Cường", "0987654321")
    assert (record.competent_agency_code, record.competent_agency_name) == (
        "000.00.01.H99",
        "Sở Xây dựng",
    )
    assert (record.received_by_agency_code, record.received_by_agency_name) == (
        "000.00.20.H99",
        "Trung tâm PVHCC tỉnh",
    )
    assert record.received_at == vn(2026, 3, 2, 9, 0) and record.submitted_at is None
    assert record.due_at == vn(2026, 3, 9, 17, 0)
    assert record.fees == (FeeRecord("LP-XD", "Lệ phí", 75000),)
    [receive] = record.events
    assert (receive.seq, receive.action, receive.from_status, receive.to_status) == (
        1,
        "receive",
        None,
        2,
    )
    assert (receive.actor_name, receive.actor_title, receive.actor_department) == (
        "Desk",
        "Chuyên viên",
        "Phòng Một cửa",
    )
    assert receive.step_name == "Tiếp nhận hồ sơ" and receive.step_started_at == receive.at
    assert receive.due_at == record.due_at


def test_supplement_rounds_carry_the_due_instant_before_and_after(cast) -> None:
    dossier = received(cast, at=vn(2026, 3, 2, 9, 0))
    code = dossier.code
    dossier_act(code=code, action="forward", actor=cast.desk, at=vn(2026, 3, 2, 10, 0))
    rounds = [
        (vn(2026, 3, 3, 8, 30), vn(2026, 3, 4, 8, 30)),  # one working day paused
        (vn(2026, 3, 5, 8, 30), vn(2026, 3, 6, 8, 30)),  # and one more
    ]
    for asked, answered in rounds:
        dossier_act(
            code=code,
            action="request_supplement",
            actor=cast.officer,
            note="Thiếu bản vẽ",
            at=asked,
        )
        dossier_act(code=code, action="supplement", actor=cast.desk, at=answered)
    dossier.refresh_from_db()
    record = dossier_record(dossier)
    assert [e.action for e in record.events] == [
        "receive",
        "forward",
        "request_supplement",
        "supplement",
        "request_supplement",
        "supplement",
    ]
    assert [e.due_at for e in record.events] == [
        vn(2026, 3, 9, 17, 0),
        vn(2026, 3, 9, 17, 0),
        vn(2026, 3, 9, 17, 0),
        vn(2026, 3, 10, 17, 0),
        vn(2026, 3, 10, 17, 0),
        vn(2026, 3, 11, 17, 0),
    ]
    assert record.events[-1].due_at == dossier.due_at == record.due_at
    supplements = dossier_payload(record, PortalSettings())["DanhSachHoSoBoSung"]
    assert [(s["NgayHenTraTruoc"], s["NgayHenTraMoi"]) for s in supplements] == [
        ("20260309170000", "20260310170000"),
        ("20260310170000", "20260311170000"),
    ]
    assert [s["TrangThaiBoSung"] for s in supplements] == [1, 1]
    assert supplements[0]["NguoiYeuCauBoSung"] == "Officer"


def test_an_extension_moves_the_due_instant_from_its_event_on(cast) -> None:
    dossier = received(cast, at=vn(2026, 3, 2, 9, 0))
    dossier_act(code=dossier.code, action="forward", actor=cast.desk, at=vn(2026, 3, 2, 10, 0))
    dossier_act(code=dossier.code, action="forward", actor=cast.officer, at=vn(2026, 3, 3, 9, 0))
    dossier_act(
        code=dossier.code,
        action="extend",
        actor=cast.leader,
        note="Cần xác minh thực địa",
        params={"new_due_at": vn(2026, 3, 16, 17, 0)},
        at=vn(2026, 3, 4, 9, 0),
    )
    record = dossier_record(Dossier.objects.get(pk=dossier.pk))
    assert [e.due_at for e in record.events] == [
        vn(2026, 3, 9, 17, 0),
        vn(2026, 3, 9, 17, 0),
        vn(2026, 3, 9, 17, 0),
        vn(2026, 3, 16, 17, 0),
    ]
    assert record.due_at == record.events[-1].due_at


def test_documents_and_the_result(cast) -> None:
    dossier = approved(cast)
    component = document_add(
        dossier=dossier,
        actor=cast.desk,
        kind="component",
        name="Đơn đề nghị",
        content=PDF,
        component_code="DON",
        digitised=True,
    )
    with_result(cast, dossier)
    dossier_act(code=dossier.code, action="finish", actor=cast.leader)
    returned = dossier_act(code=dossier.code, action="return", actor=cast.desk)
    record = dossier_record(returned)
    assert record.status == 10 and record.digitised
    assert record.finished_at is not None and record.returned_at is not None
    assert [(d.kind, d.name, d.component_code, d.digitised) for d in record.documents] == [
        ("component", "Đơn đề nghị", "DON", True),
        ("result", "Giấy phép", "", False),
    ]
    assert record.documents[0].path == f"/tai-lieu/{component.pk}"
    payload = dossier_payload(record, portal_settings())
    assert payload["DanhSachGiayToKetQua"][0]["DuongDanTepTinKetQua"] == (
        f"http://127.0.0.1:8000/tai-lieu/{record.documents[1].id}"
    )
    assert [e.to_status for e in record.events][-2:] == [9, 10]


def test_an_online_dossier_paid_online(cast) -> None:
    dossier = dossier_create(
        actor=cast.citizen,
        procedure_code=PERMIT,
        channel=2,
        applicant=Applicant(name="Đỗ Minh Châu", id_number="001090012345", email="chau@vn.vn"),
        identity_verified=True,
        at=vn(2026, 3, 1, 20, 0),
    )
    waiting = dossier_record(dossier)
    assert waiting.status == 1 and waiting.received_at is None
    assert [e.due_at for e in waiting.events] == [None]
    dossier_act(code=dossier.code, action="receive", actor=cast.desk, at=vn(2026, 3, 2, 9, 0))
    dossier_act(code=dossier.code, action="forward", actor=cast.desk, at=vn(2026, 3, 2, 10, 0))
    dossier_act(code=dossier.code, action="request_payment", actor=cast.officer)
    dossier_act(code=dossier.code, action="pay", actor=cast.desk, params={"online": True})
    record = dossier_record(dossier)
    assert record.paid_online and record.identity_verified
    assert record.submitted_at == vn(2026, 3, 1, 20, 0)
    assert record.applicant_id_number == "001090012345"
    assert [e.due_at for e in record.events][:2] == [None, vn(2026, 3, 9, 17, 0)]
    payload = dossier_payload(record, portal_settings())
    assert payload["DuocThanhToanTrucTuyen"] == "2"
    assert payload["DinhDanhCHS"] == [{"LoaiDinhDanh": "1", "SoDinhDanh": "001090012345"}]


def test_portal_settings_come_from_django_settings(settings) -> None:
    settings.MOTCUA_PORTAL_MADONVI = "000.00.00.H38"
    settings.MOTCUA_PORTAL_NOI_NOP = "2"
    settings.MOTCUA_PORTAL_LOAI_DINH_DANH = "3"
    settings.MOTCUA_PORTAL_MA_CSDL = "CSDLQGDC, CSDLDD ,"
    settings.MOTCUA_PUBLIC_URL = "https://dvc.example.vn"
    assert portal_settings() == PortalSettings(
        madonvi="000.00.00.H38",
        noi_nop_ho_so="2",
        loai_dinh_danh="3",
        ma_csdl=("CSDLQGDC", "CSDLDD"),
        result_base_url="https://dvc.example.vn",
    )


def test_a_batch_costs_the_same_queries_for_one_dossier_or_twenty(cast) -> None:
    applicant = Applicant(name="Phạm Thu Hà")
    ids = []
    for n in range(20):
        dossier = received(cast) if n % 2 else approved(cast)
        if n % 3 == 0:
            document_add(
                dossier=dossier, actor=cast.desk, kind="component", name="Đơn", content=PDF
            )
        ids.append(dossier.pk)
    online = dossier_create(
        actor=cast.citizen, procedure_code=PERMIT, channel=2, applicant=applicant
    )
    ids.append(online.pk)
    dossier_records(ids)  # warm the per-process caches (the calendar, the versions' terms)

    def count(batch: list[int]) -> int:
        with CaptureQueriesContext(connection) as ctx:
            records = dossier_records(batch)
        assert sorted(records) == sorted(batch)
        return len(ctx.captured_queries)

    assert count(ids[:1]) == count(ids) == QUERIES
    assert dossier_records([]) == {}
    assert dossier_records([max(ids) + 1000]) == {}
