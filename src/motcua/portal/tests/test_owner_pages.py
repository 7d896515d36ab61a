"""The applicant's own pages: receipt, list, supplement, withdraw, rate; and who may not."""

from __future__ import annotations

import pytest

from motcua.dossiers.models import Document, Dossier, Event
from motcua.portal.tests.helpers import (
    exe_named_pdf,
    online,
    pdf,
    png,
    received,
    returned,
    waiting_for_supplement,
)


def status(code: str) -> int:
    return Dossier.objects.get(code=code).status


@pytest.mark.parametrize("page", ["bien-nhan", "bo-sung", "rut", "danh-gia"])
def test_another_citizens_dossier_is_a_404(cast, client, page):
    dossier = waiting_for_supplement(cast)
    client.force_login(cast.other_citizen)
    assert client.get(f"/ho-so/{dossier.code}/{page}").status_code == 404
    if page != "bien-nhan":
        assert client.post(f"/ho-so/{dossier.code}/{page}", {"reason": "x"}).status_code == 404
    assert client.get(f"/ho-so/NO-SUCH/{page}").status_code == 404
    assert status(dossier.code) == 5


@pytest.mark.parametrize("page", ["bien-nhan", "bo-sung", "rut", "danh-gia"])
def test_officers_are_told_the_pages_are_for_applicants(cast, client, page):
    dossier = waiting_for_supplement(cast)
    client.force_login(cast.desk)
    response = client.get(f"/ho-so/{dossier.code}/{page}")
    assert response.status_code == 403 and "dành cho công dân" in response.content.decode()


def test_anonymous_users_log_in_first(cast, client):
    dossier = online(cast)
    for url in (f"/ho-so/{dossier.code}/bien-nhan", "/ca-nhan/ho-so"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/dang-nhap")


def test_my_dossiers_lists_own_dossiers_with_the_actions_allowed(cast, client):
    mine_waiting = waiting_for_supplement(cast)
    mine_done = returned(cast)
    theirs = online(cast, owner=cast.other_citizen)
    client.force_login(cast.citizen)
    html = client.get("/ca-nhan/ho-so").content.decode()
    assert mine_waiting.code in html and mine_done.code in html and theirs.code not in html
    assert f"/ho-so/{mine_waiting.code}/bo-sung" in html
    assert f"/ho-so/{mine_waiting.code}/rut" in html
    assert f"/ho-so/{mine_done.code}/danh-gia" in html
    assert f"/ho-so/{mine_done.code}/rut" not in html
    assert f"/tra-cuu?ma={mine_done.code}" in html and "Hẹn trả:" in html


def test_supplement_shows_the_request_and_restarts_the_clock(cast, client):
    dossier = waiting_for_supplement(cast, note="Thiếu bản vẽ mặt bằng tầng 1")
    client.force_login(cast.citizen)
    page = client.get(f"/ho-so/{dossier.code}/bo-sung").content.decode()
    assert "Thiếu bản vẽ mặt bằng tầng 1" in page and "multiple" in page
    assert 'enctype="multipart/form-data"' in page and "tối đa 10 MB" in page
    response = client.post(
        f"/ho-so/{dossier.code}/bo-sung",
        {"attachments": [pdf("ban-ve.pdf"), png("anh.png")], "note": "Đã bổ sung bản vẽ"},
    )
    assert response.status_code == 302 and response["Location"] == f"/tra-cuu?ma={dossier.code}"
    assert status(dossier.code) == 2  # back to where it was before the request
    names = sorted(Document.objects.filter(kind="supplement").values_list("name", flat=True))
    assert names == ["Bổ sung: anh.png", "Bổ sung: ban-ve.pdf"]
    last = Event.objects.filter(dossier__code=dossier.code).order_by("-seq").first()
    assert last is not None and last.action == "supplement" and last.actor == cast.citizen
    assert "Đã gửi hồ sơ bổ sung" in client.get(response["Location"]).content.decode()


def test_a_bad_supplement_file_changes_nothing(cast, client):
    dossier = waiting_for_supplement(cast)
    client.force_login(cast.citizen)
    response = client.post(
        f"/ho-so/{dossier.code}/bo-sung", {"attachments": [pdf(), exe_named_pdf()]}
    )
    assert response.status_code == 400
    assert "chỉ nhận tệp PDF, JPEG hoặc PNG" in response.content.decode()
    assert status(dossier.code) == 5 and not Document.objects.filter(kind="supplement").exists()
    response = client.post(f"/ho-so/{dossier.code}/bo-sung", {"note": "no files"})
    assert response.status_code == 400 and status(dossier.code) == 5


def test_supplement_only_while_requested(cast, client):
    dossier = received(cast)
    client.force_login(cast.citizen)
    response = client.get(f"/ho-so/{dossier.code}/bo-sung")
    assert response.status_code == 409
    assert "Không thể thực hiện" in response.content.decode()
    assert "Được tiếp nhận" in response.content.decode()
    response = client.post(f"/ho-so/{dossier.code}/bo-sung", {"attachments": [pdf()]})
    assert response.status_code == 409 and not Document.objects.filter(kind="supplement").exists()


def test_withdraw_asks_for_confirmation_and_a_reason(cast, client):
    dossier = received(cast)
    client.force_login(cast.citizen)
    page = client.get(f"/ho-so/{dossier.code}/rut").content.decode()
    assert "Bạn có chắc muốn rút hồ sơ này?" in page and 'name="reason"' in page
    response = client.post(f"/ho-so/{dossier.code}/rut", {"reason": "  "})
    assert response.status_code == 400 and "Cần nhập lý do rút hồ sơ." in response.content.decode()
    assert status(dossier.code) == 2
    response = client.post(f"/ho-so/{dossier.code}/rut", {"reason": "Nộp nhầm thủ tục"})
    assert response.status_code == 302 and status(dossier.code) == 7
    event = Event.objects.filter(dossier__code=dossier.code, action="withdraw").get()
    assert event.note == "Nộp nhầm thủ tục"
    assert "Đã rút hồ sơ" in client.get(response["Location"]).content.decode()
    again = client.post(f"/ho-so/{dossier.code}/rut", {"reason": "again"})
    assert again.status_code == 409 and "Công dân yêu cầu rút hồ sơ" in again.content.decode()


def test_rate_once_after_the_result_is_returned(cast, client):
    early = received(cast)
    done = returned(cast)
    client.force_login(cast.citizen)
    assert client.get(f"/ho-so/{early.code}/danh-gia").status_code == 409
    page = client.get(f"/ho-so/{done.code}/danh-gia").content.decode()
    assert page.count('type="radio"') == 3 and "Rất hài lòng" in page and "<legend" in page
    response = client.post(f"/ho-so/{done.code}/danh-gia", {"rating": "9"})
    assert response.status_code == 400 and Dossier.objects.get(code=done.code).rating is None
    response = client.post(f"/ho-so/{done.code}/danh-gia", {"rating": "3"})
    assert response.status_code == 302 and Dossier.objects.get(code=done.code).rating == 3
    again = client.post(f"/ho-so/{done.code}/danh-gia", {"rating": "1"})
    assert again.status_code == 409 and Dossier.objects.get(code=done.code).rating == 3


def test_the_receipt_is_for_the_owner_with_the_pdf_link(cast, client):
    dossier = online(cast)
    client.force_login(cast.citizen)
    html = client.get(f"/ho-so/{dossier.code}/bien-nhan").content.decode()
    assert f'<p class="code-big">{dossier.code}</p>' in html
    assert "Mới đăng ký" in html and "Việc cần làm tiếp theo" in html
    assert f'href="/ho-so/{dossier.code}/mau-1.pdf"' in html
    assert "<script" not in html


def test_forms_carry_a_csrf_token(cast, client):
    dossier = waiting_for_supplement(cast)
    client.force_login(cast.citizen)
    for page in ("bo-sung", "rut"):
        html = client.get(f"/ho-so/{dossier.code}/{page}").content.decode()
        assert html.count('name="csrfmiddlewaretoken"') >= 2  # the page's form and log-out
