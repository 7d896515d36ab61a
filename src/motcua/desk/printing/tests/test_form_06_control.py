"""Form 06: the process control slip, one row per step with its hand-over and its outcome."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from motcua.clock import VN_TZ
from motcua.desk.printing.handovers import handovers
from motcua.desk.printing.story import load_story
from motcua.desk.printing.tests.helpers import A5, MONDAY, assert_size, fetch_pdf, form_url, text
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import received, with_result
from motcua.testing.cast import PERMIT


def vn(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, 0, tzinfo=VN_TZ)


def returned_dossier(cast) -> Dossier:
    """Received on time, assessed early, approved late, returned on time."""
    dossier = received(cast, at=vn(2, 9))
    code = dossier.code
    dossier_act(code=code, action="forward", actor=cast.desk, at=vn(2, 10))
    dossier_act(code=code, action="forward", actor=cast.officer, at=vn(3, 10))
    dossier_act(code=code, action="approve", actor=cast.leader, at=vn(3, 11))
    with_result(cast, dossier)
    dossier_act(code=code, action="finish", actor=cast.leader, at=vn(10, 10))
    return dossier_act(code=code, action="return", actor=cast.desk, at=vn(10, 11))


def test_each_step_has_its_giver_receiver_budget_and_outcome(cast):
    dossier = Dossier.objects.select_related(
        "version", "received_by_agency", "competent_agency"
    ).get(code=returned_dossier(cast).code)
    story = load_story(dossier)

    rows = handovers(story, story.plan(), timezone.now())

    assert [r.step for r in rows] == [
        "Tiếp nhận hồ sơ",
        "Thẩm định hồ sơ",
        "Phê duyệt",
        "Trả kết quả",
    ]
    assert [r.outcome for r in rows] == ["Đúng hạn", "Trước hạn", "Quá hạn", "Đúng hạn"]
    assert [r.late for r in rows] == [False, False, True, False]
    assert [(r.giver, r.giver_agency) for r in rows] == [
        ("Lê Văn Cường", "Chủ hồ sơ"),
        ("Desk", "Trung tâm PVHCC tỉnh"),
        ("Officer", "Sở Xây dựng"),
        ("Leader", "Sở Xây dựng"),
    ]
    assert [(r.receiver, r.receiver_agency) for r in rows] == [
        ("Desk", "Trung tâm PVHCC tỉnh"),
        ("Officer", "Sở Xây dựng"),
        ("Leader", "Sở Xây dựng"),
        ("Desk", "Trung tâm PVHCC tỉnh"),
    ]
    assert rows[1].received_at == "10:00 02/03/2026"
    assert rows[1].ended_at == "10:00 03/03/2026"
    assert rows[2].budget_end.endswith("04/03/2026")


def test_an_open_step_is_in_progress_and_has_no_end(cast):
    dossier = received(cast, at=timezone.now())
    dossier = Dossier.objects.select_related(
        "version", "received_by_agency", "competent_agency"
    ).get(code=dossier.code)
    story = load_story(dossier)

    (row,) = handovers(story, story.plan(), dossier.received_at)

    assert row.outcome == "Đang xử lý" and row.ended_at == ""


def test_the_slip_prints_the_table(cast, client):
    dossier = returned_dossier(cast)
    client.force_login(cast.officer)

    reader = fetch_pdf(client, form_url(dossier.code, 6))

    assert_size(reader, A5)
    content = text(reader)
    for expected in (
        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
        dossier.code,
        "Lê Văn Cường",
        "Cơ quan giải quyết: Sở Xây dựng",
        "Thẩm định hồ sơ",
        "Phê duyệt",
        "Giao: Officer (Sở Xây dựng)",
        "Trạng thái hồ sơ: Đã trả kết quả",
    ):
        assert expected in content, expected
    table = content.split("Trạng thái hồ sơ:")[0]
    outcomes = [word for word in ("Trước hạn", "Quá hạn") if word in table]
    assert outcomes == ["Trước hạn", "Quá hạn"]
    assert table.index("Trước hạn") < table.index("Quá hạn")


def test_no_slip_before_the_dossier_is_received(cast, client):
    dossier = dossier_create(
        actor=cast.citizen, procedure_code=PERMIT, channel=2, applicant=Applicant(name="An")
    )
    client.force_login(cast.citizen)

    response = client.get(form_url(dossier.code, 6))

    assert response.status_code == 404
    assert "chưa được tiếp nhận" in response.content.decode()


def test_the_slip_of_a_dossier_received_on_monday_is_dated_that_day(cast, client):
    dossier = received(cast, at=MONDAY)
    client.force_login(cast.desk)

    content = text(fetch_pdf(client, form_url(dossier.code, 6)))

    assert "Sơn Hà, ngày 02 tháng 03 năm 2026" in content
    assert "Đang xử lý" in content
