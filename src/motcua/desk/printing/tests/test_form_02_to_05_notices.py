"""Forms 02–05: the notices that record one event each (supplement, refusal, extension, stop)."""

from __future__ import annotations

import datetime as dt

from motcua.clock import VN_TZ
from motcua.desk.printing.tests.helpers import (
    A5,
    MONDAY,
    assert_size,
    at_officer,
    compact,
    day,
    fetch_pdf,
    form_url,
    text,
)
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import received
from motcua.testing.cast import PERMIT

LATER = MONDAY + dt.timedelta(days=1)


def test_supplement_request_shows_the_latest_request_its_officer_and_guidance(cast, client):
    dossier = at_officer(cast, MONDAY)
    dossier_act(
        code=dossier.code,
        action="request_supplement",
        actor=cast.officer,
        note="Thiếu bản vẽ mặt bằng.",
        at=LATER,
    )
    dossier_act(code=dossier.code, action="supplement", actor=cast.desk, at=LATER)
    second = LATER + dt.timedelta(hours=2)
    note = "Thiếu bản sao giấy chứng nhận quyền sử dụng đất; lý do: bản đã nộp bị mờ."
    dossier_act(
        code=dossier.code, action="request_supplement", actor=cast.officer, note=note, at=second
    )
    client.force_login(cast.desk)

    reader = fetch_pdf(client, form_url(dossier.code, 2))

    assert_size(reader, A5)
    content = text(reader)
    for expected in (
        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
        "SỞ XÂY DỰNG",  # issued by the requesting officer's agency
        dossier.code,
        "Lê Văn Cường",
        note,
        "Yêu cầu bổ sung lần thứ 2",
        "11 giờ 00 phút, ngày 03/03/2026",
        "Officer",
        "Trung tâm PVHCC tỉnh",  # where to hand the supplement in
        "Thời gian giải quyết hồ sơ tạm dừng",
    ):
        assert expected in content, expected
    assert "Thiếu bản vẽ mặt bằng." not in content  # only the latest request
    assert f"/ho-so/{dossier.code}/bo-sung" in compact(reader)


def test_refusal_shows_the_reason(cast, client):
    dossier = received(cast, at=MONDAY)
    reason = "Hồ sơ không thuộc thẩm quyền giải quyết của tỉnh; đề nghị nộp tại UBND xã."
    dossier_act(code=dossier.code, action="refuse", actor=cast.desk, note=reason, at=MONDAY)
    client.force_login(cast.desk)

    reader = fetch_pdf(client, form_url(dossier.code, 3))

    assert_size(reader, A5)
    content = text(reader)
    for expected in (
        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
        dossier.code,
        "Lê Văn Cường",
        reason,
        "Sơn Hà, ngày 02 tháng 03 năm 2026",
        "Desk",
    ):
        assert expected in content, expected


def test_extension_letter_shows_the_old_and_new_dates_and_the_reason(cast, client):
    dossier = at_officer(cast, MONDAY)
    previous = Dossier.objects.get(code=dossier.code).due_at
    new_due = dt.datetime(2026, 3, 20, 17, 0, tzinfo=VN_TZ)
    reason = "Cần lấy ý kiến Sở Tài nguyên và Môi trường về ranh giới thửa đất."
    dossier_act(
        code=dossier.code,
        action="extend",
        actor=cast.leader,
        note=reason,
        params={"new_due_at": new_due},
        at=LATER,
    )
    client.force_login(cast.leader)

    reader = fetch_pdf(client, form_url(dossier.code, 4))

    assert_size(reader, A5)
    content = text(reader)
    for expected in (
        "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN",
        "THỜI GIAN GIẢI QUYẾT",
        dossier.code,
        "Kính gửi: Lê Văn Cường",
        day(previous),
        reason,
        "17 giờ 00 phút, ngày 20/03/2026",
        "Leader",
        "Phó Giám đốc",
    ):
        assert expected in content, expected


def test_stop_notice_shows_the_cause_the_stage_and_the_decision(cast, client):
    dossier = at_officer(cast, MONDAY)
    cause = "Người nộp hồ sơ đề nghị dừng để điều chỉnh thiết kế."
    dossier_act(code=dossier.code, action="stop", actor=cast.leader, note=cause, at=LATER)
    client.force_login(cast.desk)

    reader = fetch_pdf(client, form_url(dossier.code, 5))

    assert_size(reader, A5)
    content = text(reader)
    for expected in (
        "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
        dossier.code,
        cause,
        "Thẩm định hồ sơ",  # the step it had reached
        "Đang xử lý",  # and its status then
        "dừng giải quyết hồ sơ nêu trên kể từ 09 giờ 00 phút, ngày 03/03/2026",
    ):
        assert expected in content, expected


def test_an_organisation_is_not_addressed_as_a_person(cast, client):
    dossier = dossier_create(
        actor=cast.desk,
        procedure_code=PERMIT,
        channel=1,
        applicant=Applicant(name="Công ty TNHH Xây dựng Hòa Bình", kind=2),
        at=MONDAY,
    )
    dossier_act(code=dossier.code, action="refuse", actor=cast.desk, note="Sai thẩm quyền.")
    client.force_login(cast.desk)

    content = text(fetch_pdf(client, form_url(dossier.code, 3)))

    assert "quý cơ quan, tổ chức được biết" in content
    assert "ông/bà" not in content


def test_a_form_that_does_not_apply_yet_is_a_404_that_says_why(cast, client):
    dossier = received(cast, at=MONDAY)
    client.force_login(cast.desk)
    reasons = {
        2: "Hồ sơ chưa có yêu cầu bổ sung, hoàn thiện.",
        3: "Hồ sơ không bị từ chối tiếp nhận",
        4: "Hồ sơ chưa được gia hạn thời gian giải quyết.",
        5: "Hồ sơ chưa có thông báo dừng xử lý.",
    }
    for number, reason in reasons.items():
        response = client.get(form_url(dossier.code, number))
        assert response.status_code == 404, number
        assert response["Content-Type"].startswith("text/html")
        assert reason in response.content.decode(), number


def test_the_reason_is_in_english_for_an_english_page(cast, client):
    dossier = received(cast, at=MONDAY)
    client.force_login(cast.desk)

    response = client.get(form_url(dossier.code, 5) + "?lang=en")

    assert response.status_code == 404
    assert "no notice of stopped processing" in response.content.decode()
