"""Tracking: progress for anyone with the code, personal details only after a second factor."""

from __future__ import annotations

import datetime as dt

from motcua.dossiers.services import dossier_act
from motcua.portal.tests.helpers import (
    ID_NUMBER,
    PHONE,
    PHONE_LAST4,
    online,
    received,
    returned,
    waiting_for_supplement,
    without_csrf,
)

NOT_FOUND = "Không tìm thấy hoặc thông tin xác thực không đúng."


def test_an_empty_code_shows_just_the_form(cast, client):
    html = client.get("/tra-cuu").content.decode()
    assert 'name="ma"' in html and 'name="xac-thuc"' in html and 'method="post"' in html
    assert NOT_FOUND not in html and "Quá trình giải quyết" not in html


def test_the_code_alone_shows_progress_but_no_personal_details(cast, client):
    dossier = received(cast)
    response = client.get("/tra-cuu", {"ma": dossier.code})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Được tiếp nhận" in html and "Cấp giấy phép xây dựng nhà ở riêng lẻ" in html
    assert "Tiếp nhận hồ sơ" in html and "Nộp hồ sơ trực tuyến" in html
    assert "Hẹn trả kết quả" in html and "Vì sao là ngày hẹn này" in html
    assert "Không tính ngày tiếp nhận hồ sơ" in html
    for secret in ("Nguyễn Thị Hoa", PHONE, ID_NUMBER, "Xã Tân Phú"):
        assert secret not in html
    assert cast.desk.display_name() not in html  # no officer names


def test_the_right_factor_shows_personal_details(cast, client):
    dossier = received(cast)
    for answer in (PHONE_LAST4, ID_NUMBER[-4:]):
        html = client.post("/tra-cuu", {"ma": dossier.code, "xac-thuc": answer}).content.decode()
        assert "Nguyễn Thị Hoa" in html and PHONE in html and ID_NUMBER in html, answer
        assert "Xã Tân Phú" in html


def test_a_factor_in_the_url_is_ignored(cast, client):
    dossier = received(cast)
    html = client.get("/tra-cuu", {"ma": dossier.code, "xac-thuc": "5678"}).content.decode()
    assert "Nguyễn Thị Hoa" not in html


def test_an_unknown_code_and_a_wrong_factor_get_the_same_answer(cast, client):
    dossier = received(cast)
    unknown = "000.00.20.H99-990101-99999"
    assert len(unknown) == len(dossier.code)
    wrong = client.post("/tra-cuu", {"ma": dossier.code, "xac-thuc": "0000"})
    missing = client.post("/tra-cuu", {"ma": unknown, "xac-thuc": "0000"})
    missing_no_factor = client.get("/tra-cuu", {"ma": unknown})
    assert wrong.status_code == missing.status_code == missing_no_factor.status_code == 200
    one = without_csrf(wrong.content.decode()).replace(dossier.code, "CODE")
    two = without_csrf(missing.content.decode()).replace(unknown, "CODE")
    assert one == two
    assert NOT_FOUND in one and "Được tiếp nhận" not in one and "Nguyễn Thị Hoa" not in one
    assert NOT_FOUND in missing_no_factor.content.decode()


def test_a_malformed_factor_is_named(cast, client):
    dossier = received(cast)
    response = client.post("/tra-cuu", {"ma": dossier.code, "xac-thuc": "12a"})
    assert response.status_code == 400
    assert "Nhập đúng 4 chữ số." in response.content.decode()


def test_too_many_wrong_answers_are_stopped_for_known_and_unknown_codes(cast, client):
    dossier = received(cast)
    for _ in range(10):
        client.post("/tra-cuu", {"ma": dossier.code, "xac-thuc": "0000"})
    blocked = client.post("/tra-cuu", {"ma": dossier.code, "xac-thuc": PHONE_LAST4})
    assert blocked.status_code == 429 and "Nguyễn Thị Hoa" not in blocked.content.decode()
    other = client.post("/tra-cuu", {"ma": "NO-SUCH-CODE", "xac-thuc": "0000"})
    assert other.status_code == 429  # the same client, whatever the code


def test_a_supplement_request_shows_what_to_bring_but_not_other_notes(cast, client):
    dossier = waiting_for_supplement(cast, note="Thiếu bản vẽ mặt bằng tầng 1")
    html = client.get("/tra-cuu", {"ma": dossier.code}).content.decode()
    assert "Yêu cầu bổ sung giấy tờ" in html and "Thiếu bản vẽ mặt bằng tầng 1" in html
    dossier_act(code=dossier.code, action="supplement", actor=cast.desk)
    html = client.get("/tra-cuu", {"ma": dossier.code}).content.decode()
    assert "Thiếu bản vẽ mặt bằng tầng 1" not in html  # the request is over
    assert "Tạm dừng tính thời gian" in html  # the pause explains the new due date


def test_officers_notes_and_names_stay_private(cast, client):
    dossier = returned(cast)
    html = client.post("/tra-cuu", {"ma": dossier.code, "xac-thuc": PHONE_LAST4}).content.decode()
    assert "Đã trả kết quả" in html and "Phê duyệt" in html
    assert "Hồ sơ hợp lệ" not in html  # the officer's note on forwarding
    for officer in (cast.desk, cast.officer, cast.leader):
        assert officer.display_name() not in html


def test_overdue_dossiers_carry_a_badge(cast, client):
    dossier = online(cast)
    long_ago = dt.datetime(2025, 9, 1, 9, 0, tzinfo=dt.UTC)
    dossier_act(code=dossier.code, action="receive", actor=cast.desk, at=long_ago)
    html = client.get("/tra-cuu", {"ma": dossier.code}).content.decode()
    assert "Quá hạn" in html


def test_the_result_ready_says_where_to_collect_it(cast, client):
    dossier = received(cast)
    dossier_act(code=dossier.code, action="request_payment", actor=cast.desk, note="Nộp lệ phí")
    html = client.get("/tra-cuu", {"ma": dossier.code}).content.decode()
    assert "nghĩa vụ tài chính" in html and "75.000 đồng" in html


def test_the_owner_logged_in_sees_the_details_and_actions(cast, client):
    dossier = waiting_for_supplement(cast)
    client.force_login(cast.citizen)
    html = client.get("/tra-cuu", {"ma": dossier.code}).content.decode()
    assert "Nguyễn Thị Hoa" in html
    assert f'href="/ho-so/{dossier.code}/bo-sung"' in html
    assert f'href="/ho-so/{dossier.code}/rut"' in html
    client.force_login(cast.other_citizen)
    html = client.get("/tra-cuu", {"ma": dossier.code}).content.decode()
    assert "Nguyễn Thị Hoa" not in html and "/bo-sung" not in html
