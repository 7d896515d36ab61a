"""Every action through the dossier page: a plain form post, a redirect, a message, a new state."""

from __future__ import annotations

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile

from motcua.clock import VN_TZ
from motcua.desk.tests.pages import act, client_for
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_create
from motcua.dossiers.tests.helpers import approved, at_officer, received
from motcua.testing.cast import PERMIT
from motcua.testing.files import PDF


def page(client, dossier) -> str:
    return client.get(f"/can-bo/ho-so/{dossier.code}").content.decode()


def status(dossier) -> int:
    dossier.refresh_from_db()
    return dossier.status


def online(cast) -> Dossier:
    return dossier_create(
        actor=cast.citizen, procedure_code=PERMIT, channel=2, applicant=Applicant(name="Mai")
    )


def test_a_dossier_from_reception_to_return_through_the_pages(cast):
    desk, officer, leader = (client_for(u) for u in (cast.desk, cast.officer, cast.leader))
    dossier = online(cast)

    # The desk receives it: the first allowed action is the primary button.
    html = page(desk, dossier)
    assert f'action="/can-bo/ho-so/{dossier.code}/thao-tac/receive"' in html
    assert '<button type="submit">Tiếp nhận hồ sơ</button>' in html
    response = act(desk, dossier, "receive")
    assert response.redirect_chain == [(f"/can-bo/ho-so/{dossier.code}", 302)]
    assert "Đã thực hiện “Tiếp nhận hồ sơ”." in response.content.decode()
    assert status(dossier) == 2
    assert "mau-1.pdf" in response.content.decode()

    act(desk, dossier, "forward")
    assert status(dossier) == 4 and dossier.step_index == 1

    # The officer asks for a supplement (the note is the form's content).
    response = act(officer, dossier, "request_supplement", note="Thiếu bản vẽ mặt bằng")
    assert status(dossier) == 5
    assert "mau-2.pdf" in response.content.decode()
    act(desk, dossier, "supplement", note="Đã nhận bản vẽ")
    assert status(dossier) == 4

    act(officer, dossier, "forward", note="Đủ điều kiện")
    dossier.refresh_from_db()
    assert dossier.step_index == 2

    html = page(leader, dossier)
    assert '<button type="submit">Phê duyệt</button>' in html
    act(leader, dossier, "approve")
    dossier.refresh_from_db()
    assert dossier.approved

    # Finishing waits for the result: the result upload form is what comes next.
    html = page(leader, dossier)
    assert 'name="kind" value="result"' in html
    assert "/thao-tac/finish" not in html
    response = leader.post(
        f"/can-bo/ho-so/{dossier.code}/tai-lieu",
        {
            "kind": "result",
            "name": "Giấy phép xây dựng",
            "file": SimpleUploadedFile("gp.pdf", PDF, content_type="application/pdf"),
        },
        follow=True,
    )
    assert "Đã tải lên “Giấy phép xây dựng”." in response.content.decode()
    html = response.content.decode()
    assert '<button type="submit">Hoàn thành xử lý</button>' in html

    act(leader, dossier, "finish")
    assert status(dossier) == 9
    act(desk, dossier, "return")
    assert status(dossier) == 10
    html = page(desk, dossier)
    for label in ("Tiếp nhận hồ sơ", "Yêu cầu bổ sung hồ sơ", "Phê duyệt", "Trả kết quả"):
        assert label in html
    assert "Thiếu bản vẽ mặt bằng" in html  # the history shows the notes
    assert "Leader" in html and "Phó Giám đốc" in html  # actor name and title


def test_refuse_at_reception_with_a_reason(cast):
    dossier = online(cast)
    response = act(client_for(cast.desk), dossier, "refuse", note="Sai thẩm quyền")
    assert status(dossier) == 3
    assert "mau-3.pdf" in response.content.decode()


def test_extend_with_a_new_date(cast):
    dossier = at_officer(cast)
    new_due = (dossier.due_at + dt.timedelta(days=7)).astimezone(VN_TZ)
    response = act(
        client_for(cast.leader),
        dossier,
        "extend",
        note="Cần xác minh thực địa",
        new_due_at=new_due.strftime("%Y-%m-%dT%H:%M"),
    )
    dossier.refresh_from_db()
    assert dossier.extension_count == 1
    assert dossier.due_at == new_due.replace(second=0, microsecond=0)
    html = response.content.decode()
    assert "mau-4.pdf" in html
    assert "Cần xác minh thực địa" in html


def test_stop_processing(cast):
    dossier = at_officer(cast)
    response = act(client_for(cast.leader), dossier, "stop", note="Theo đề nghị của cơ quan thuế")
    assert status(dossier) == 8
    assert "mau-5.pdf" in response.content.decode()


def test_inter_agency_forward(cast):
    dossier = at_officer(cast)
    html = page(client_for(cast.officer), dossier)
    assert '<option value="000.00.02.H99">' in html
    act(client_for(cast.officer), dossier, "forward", agency="000.00.02.H99")
    dossier.refresh_from_db()
    assert dossier.holder_agency == cast.other_department


def test_pay_online(cast):
    dossier = at_officer(cast)
    act(client_for(cast.officer), dossier, "request_payment")
    assert status(dossier) == 6
    act(client_for(cast.desk), dossier, "pay", online="1")
    dossier.refresh_from_db()
    assert dossier.status == 4 and dossier.paid_online


def test_withdraw_at_the_applicants_request(cast):
    dossier = received(cast)
    act(client_for(cast.desk), dossier, "withdraw", note="Công dân xin rút")
    assert status(dossier) == 7


def test_htmx_posts_get_the_same_redirect(cast):
    dossier = approved(cast)
    dossier.refresh_from_db()
    response = client_for(cast.leader).post(
        f"/can-bo/ho-so/{dossier.code}/thao-tac/extend",
        {"note": "x", "new_due_at": "2099-01-01T17:00", "expected_version": dossier.event_count},
        headers={"HX-Request": "true", "HX-Boosted": "true"},
    )
    assert response.status_code == 302
