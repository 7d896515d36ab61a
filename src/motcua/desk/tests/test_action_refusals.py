"""Refusals are messages on the dossier page (or a 404 for a dossier one may not see)."""

from __future__ import annotations

from motcua.desk.tests.pages import act, client_for
from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import at_officer, received


def errors(response) -> list[str]:
    return [str(m) for m in response.context["messages"] if m.level_tag == "error"]


def test_an_action_not_allowed_now_is_a_message(cast):
    dossier = at_officer(cast)
    response = act(client_for(cast.officer), dossier, "approve")
    assert response.status_code == 200
    (message,) = errors(response)
    assert "Không thể thực hiện “Phê duyệt”" in message
    assert "Không thể thực hiện “Phê duyệt”" in response.content.decode()
    dossier.refresh_from_db()
    assert not dossier.approved


def test_a_role_that_may_not_is_a_message(cast):
    dossier = received(cast)
    response = act(client_for(cast.desk), dossier, "stop", note="x")
    assert "Vai trò của bạn không được thực hiện “Dừng xử lý”" in errors(response)[0]


def test_another_agencys_officer_gets_a_404(cast):
    dossier = at_officer(cast)
    client = client_for(cast.other_officer)
    response = client.post(f"/can-bo/ho-so/{dossier.code}/thao-tac/forward", {})
    assert response.status_code == 404
    assert client.get(f"/can-bo/ho-so/{dossier.code}").status_code == 404
    dossier.refresh_from_db()
    assert dossier.step_index == 1


def test_a_missing_reason_names_it(cast):
    dossier = at_officer(cast)
    response = act(client_for(cast.officer), dossier, "request_supplement", note="   ")
    assert errors(response) == ["Cần nhập nội dung cần bổ sung."]
    dossier.refresh_from_db()
    assert dossier.status == 4
    response = act(client_for(cast.leader), dossier, "extend", note="Chậm")
    assert errors(response) == ["Cần nhập ngày hẹn trả mới (có múi giờ)."]


def test_two_officers_at_once_the_second_is_told_it_is_stale(cast):
    dossier = at_officer(cast)
    dossier.refresh_from_db()
    seen = dossier.event_count
    dossier_act(code=dossier.code, action="forward", actor=cast.leader)  # someone else first
    response = act(client_for(cast.officer), dossier, "forward", expected_version=seen)
    assert errors(response) == [
        "Hồ sơ vừa được người khác xử lý; hãy tải lại để xem trạng thái mới."
    ]
    dossier.refresh_from_db()
    assert dossier.step_index == 2


def test_a_visible_dossier_held_elsewhere_is_a_message(cast):
    dossier = received(cast)  # at the desk: the department sees it (competent) but does not hold it
    response = act(client_for(cast.officer), dossier, "forward")
    assert errors(response) == ["Hồ sơ không do cơ quan của bạn đang xử lý."]


def test_read_only_roles_may_not_post(cast):
    dossier = at_officer(cast)
    response = client_for(cast.admin).post(f"/can-bo/ho-so/{dossier.code}/thao-tac/forward", {})
    assert response.status_code == 403
    assert "chỉ được xem" in response.content.decode()


def test_an_unknown_action_is_a_404(cast):
    dossier = at_officer(cast)
    response = client_for(cast.officer).post(f"/can-bo/ho-so/{dossier.code}/thao-tac/fly", {})
    assert response.status_code == 404


def test_get_on_an_action_url_goes_back_to_the_page(cast):
    dossier = at_officer(cast)
    response = client_for(cast.officer).get(f"/can-bo/ho-so/{dossier.code}/thao-tac/forward")
    assert response.status_code == 302
    assert response["Location"] == f"/can-bo/ho-so/{dossier.code}"
