"""One online dossier from the citizen's search to the rating, every step clicked in a browser.

The desk works without JavaScript (plain forms, redirects); the officer and the leader with it,
so their forms go through htmx. Both paths must reach the same states.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from motcua.dossiers.models import Dossier, Event
from motcua.testing.cast import PERMIT
from motcua.web.tests.browser_steps import (
    act,
    fresh_province,
    is_htmx,
    open_from_inbox,
    pdf_file,
    status_badge,
)

pytestmark = pytest.mark.django_db(transaction=True)
PERMIT_NAME = "Cấp giấy phép xây dựng nhà ở riêng lẻ"
SUPPLEMENT_NOTE = "Thiếu bản vẽ mặt bằng tầng 2"


def test_online_dossier_from_search_to_rating(visitors, settings, tmp_path):
    cast = fresh_province(settings, tmp_path)
    citizen = visitors.open(cast.citizen.username)
    code = submit_online(citizen, tmp_path)

    desk = visitors.open(cast.desk.username, javascript=False)
    open_from_inbox(desk, code)
    expect(status_badge(desk)).to_have_text("Mới đăng ký")
    assert not is_htmx(act(desk, "receive", "Tiếp nhận hồ sơ"))
    expect(status_badge(desk)).to_have_text("Được tiếp nhận")
    act(desk, "request_supplement", "Yêu cầu bổ sung hồ sơ", note=SUPPLEMENT_NOTE)
    expect(status_badge(desk)).to_have_text("Yêu cầu bổ sung giấy tờ")

    supplement_online(citizen, code, tmp_path)

    desk.reload()
    expect(status_badge(desk)).to_have_text("Được tiếp nhận")
    expect(desk.locator("#docs-h + ul")).to_contain_text("Bổ sung: ban-ve-tang-2.pdf")
    act(desk, "forward", "Chuyển xử lý")
    expect(status_badge(desk)).to_have_text("Đang xử lý")
    expect(desk.locator(".status-line")).to_contain_text("Thẩm định hồ sơ")

    officer = visitors.open(cast.officer.username)
    open_from_inbox(officer, code)
    assert is_htmx(act(officer, "forward", "Chuyển xử lý", note="Đủ điều kiện cấp phép"))
    expect(officer.locator(".status-line")).to_contain_text("Phê duyệt")
    expect(officer.locator("form[action$='/thao-tac/approve']")).to_have_count(0)

    leader = visitors.open(cast.leader.username)
    open_from_inbox(leader, code)
    assert is_htmx(act(leader, "approve", "Phê duyệt"))
    expect(leader.locator("form[action$='/thao-tac/finish']")).to_have_count(0)
    leader.fill("#result-name", "Giấy phép xây dựng số 12/GPXD")
    leader.set_input_files("#result-file", pdf_file(tmp_path, "giay-phep.pdf"))
    leader.get_by_role("button", name="Tải lên văn bản kết quả").click()
    expect(leader.locator(".messages")).to_contain_text(
        "Đã tải lên “Giấy phép xây dựng số 12/GPXD”."
    )
    assert is_htmx(act(leader, "finish", "Hoàn thành xử lý"))
    expect(status_badge(leader)).to_have_text("Đã xử lý xong")

    desk.reload()
    expect(status_badge(desk)).to_have_text("Đã xử lý xong")
    act(desk, "return", "Trả kết quả")
    expect(status_badge(desk)).to_have_text("Đã trả kết quả")

    rate_the_service(citizen, code)

    dossier = Dossier.objects.get(code=code)
    assert dossier.rating == 3 and dossier.owner == cast.citizen
    events = Event.objects.filter(dossier=dossier).order_by("seq")
    assert [(e.action, e.to_status, e.actor.username) for e in events] == [
        ("submit", 1, "citizen"),
        ("receive", 2, "desk"),
        ("request_supplement", 5, "desk"),
        ("supplement", 2, "citizen"),
        ("forward", 4, "desk"),
        ("forward", 4, "officer"),
        ("approve", 4, "leader"),
        ("finish", 9, "leader"),
        ("return", 10, "desk"),
        ("rate", 10, "citizen"),
    ]
    assert events[2].note == SUPPLEMENT_NOTE


def submit_online(page, tmp_path) -> str:
    """Search from the home page, open the procedure, submit it with one PDF per component."""
    page.goto("/")
    page.fill("#home-q", "giấy phép xây dựng")
    page.get_by_role("button", name="Tìm").click()
    page.get_by_role("link", name=PERMIT_NAME).click()
    expect(page.locator("h1")).to_have_text(PERMIT_NAME)
    expect(page.locator("dl.facts")).to_contain_text(PERMIT)
    page.get_by_role("link", name="Nộp hồ sơ trực tuyến").first.click()
    expect(page.locator("h1")).to_have_text("Nộp hồ sơ trực tuyến")

    page.fill("#id_name", "Nguyễn Văn An")
    page.fill("#id_id_number", "099123456789")
    page.fill("#id_phone", "0912345678")
    page.fill("#id_summary", "Xin phép xây nhà 3 tầng")
    uploads = page.locator("form input[type=file]")
    assert uploads.count() == 2  # the procedure's two components
    for index in range(uploads.count()):
        uploads.nth(index).set_input_files(pdf_file(tmp_path, f"thanh-phan-{index + 1}.pdf"))
    page.check("#id_declaration")
    page.get_by_role("button", name="Nộp hồ sơ").click()

    expect(page.locator("h1")).to_have_text("Biên nhận hồ sơ")
    code = page.locator(".code-big").inner_text().strip()
    assert code.startswith("000.00.20.H99-"), code  # received at the province centre
    expect(page.locator(".messages")).to_contain_text(f"Đã nộp hồ sơ {code}.")
    expect(page.locator(".badge")).to_have_text("Mới đăng ký")
    expect(page.locator("dl.facts")).to_contain_text(PERMIT_NAME)
    return code


def supplement_online(page, code: str, tmp_path) -> None:
    """The citizen reads the request on the tracking page and on "my dossiers", then answers."""
    page.goto(f"/tra-cuu?ma={code}")
    expect(page.locator("#h-dossier")).to_contain_text(code)
    expect(page.locator("#h-dossier + .card .badge").first).to_have_text("Yêu cầu bổ sung giấy tờ")
    expect(page.locator("section.next blockquote")).to_have_text(SUPPLEMENT_NOTE)

    page.goto("/ca-nhan/ho-so")
    row = page.locator("main li", has_text=code)
    expect(row.locator(".badge").first).to_have_text("Yêu cầu bổ sung giấy tờ")
    row.get_by_role("link", name="Bổ sung hồ sơ").click()

    expect(page.locator("h1")).to_have_text("Bổ sung hồ sơ")
    expect(page.locator("blockquote")).to_have_text(SUPPLEMENT_NOTE)
    page.set_input_files("#id_attachments", pdf_file(tmp_path, "ban-ve-tang-2.pdf"))
    page.get_by_role("button", name="Gửi hồ sơ bổ sung").click()
    expect(page.locator(".messages")).to_contain_text("Đã gửi hồ sơ bổ sung")
    expect(page.locator("#h-dossier + .card .badge").first).to_have_text("Được tiếp nhận")


def rate_the_service(page, code: str) -> None:
    page.goto("/ca-nhan/ho-so")
    row = page.locator("main li", has_text=code)
    expect(row.locator(".badge").first).to_have_text("Đã trả kết quả")
    page.goto(f"/tra-cuu?ma={code}")
    expect(page.locator("#h-dossier + .card .badge").first).to_have_text("Đã trả kết quả")
    page.get_by_role("link", name="Đánh giá mức độ hài lòng").click()
    page.get_by_label("Rất hài lòng").check()
    page.get_by_role("button", name="Gửi đánh giá").click()
    expect(page.locator(".messages")).to_contain_text("Cảm ơn bạn đã đánh giá.")
    expect(page.get_by_role("link", name="Đánh giá mức độ hài lòng")).to_have_count(0)
