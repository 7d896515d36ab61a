"""The dossier page: the clock and why, the story, the steps, the forms, only allowed actions."""

from __future__ import annotations

import datetime as dt

from motcua.clock import VN_TZ
from motcua.desk.tests.pages import client_for
from motcua.dossiers.documents import document_add
from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import PDF, at_officer, received

MONDAY = dt.datetime(2025, 3, 3, 9, 0, tzinfo=VN_TZ)  # due Monday 10 March, 17:00


def html_for(user, dossier) -> str:
    response = client_for(user).get(f"/can-bo/ho-so/{dossier.code}")
    assert response.status_code == 200
    return response.content.decode()


def action_urls(html: str) -> set[str]:
    import re

    return set(re.findall(r'/thao-tac/([a-z_]+)"', html))


def test_the_clock_and_why(cast):
    dossier = at_officer(cast, at=MONDAY)
    html = html_for(cast.officer, dossier)
    assert "17:00 10/03/2025" in html  # the due instant, in Vietnam's time
    assert "Không tính ngày tiếp nhận hồ sơ (03/03/2025)" in html
    assert "08/03/2025: Thứ Bảy" in html
    assert 'class="badge late">Quá hạn' in html
    assert "Hạn của bước hiện tại" in html
    assert "5 ngày làm việc" in html


def test_the_facts_the_history_and_the_step_timings(cast):
    dossier = at_officer(cast)
    html = html_for(cast.officer, dossier)
    assert "Đang xử lý" in html and "Thẩm định hồ sơ" in html
    assert "Lê Văn Cường" in html and "0987654321" in html
    assert "Sở Xây dựng" in html and "Trung tâm PVHCC tỉnh" in html
    # history: the action, who (name and title) and when
    assert "Tiếp nhận hồ sơ" in html and "Chuyển xử lý" in html
    assert "Desk" in html and "Chuyên viên, Phòng Một cửa" in html
    # step timings: the reception step ended early, the officer's is open
    assert "Sớm hạn" in html and "Đang xử lý" in html


def test_documents_link_to_the_download(cast):
    dossier = received(cast)
    document = document_add(
        dossier=dossier, actor=cast.desk, kind="component", name="Tờ khai", content=PDF
    )
    html = html_for(cast.desk, dossier)
    assert f'href="/tai-lieu/{document.pk}"' in html


def test_forms_01_and_06_always_after_receipt(cast):
    dossier = received(cast)
    html = html_for(cast.desk, dossier)
    assert f'href="/ho-so/{dossier.code}/mau-1.pdf"' in html
    assert f'href="/ho-so/{dossier.code}/mau-6.pdf"' in html
    for number in (2, 3, 4, 5):
        assert f"/mau-{number}.pdf" not in html


def test_only_the_actions_allowed_for_this_user_now(cast):
    dossier = received(cast)
    desk = action_urls(html_for(cast.desk, dossier))
    assert desk == {"forward", "request_supplement", "request_payment", "refuse", "withdraw"}
    # the department sees the dossier (it decides) but does not hold it yet
    assert action_urls(html_for(cast.officer, dossier)) == set()
    dossier_act(code=dossier.code, action="forward", actor=cast.desk)
    officer = action_urls(html_for(cast.officer, dossier))
    assert officer == {"forward", "request_supplement", "request_payment"}
    assert "approve" not in officer
    leader = action_urls(html_for(cast.leader, dossier))
    assert {"stop", "extend"} <= leader and "approve" not in leader


def test_the_first_action_is_the_primary_button_and_carries_the_version(cast):
    dossier = received(cast)
    dossier.refresh_from_db()
    html = html_for(cast.desk, dossier)
    first_form = html.index('/thao-tac/forward"')
    assert first_form < html.index('/thao-tac/request_supplement"')
    assert '<button type="submit">Chuyển xử lý</button>' in html
    assert f'name="expected_version" value="{dossier.event_count}"' in html
    assert "Bước tiếp theo: <strong>Thẩm định hồ sơ</strong> (Sở Xây dựng)." in html
    # required notes are marked so browsers ask for them before posting
    assert 'id="note-refuse" rows="2" maxlength="4000" required' in html


def test_the_actions_come_before_the_facts(cast):
    html = html_for(cast.desk, received(cast))
    assert html.index('id="act-h"') < html.index('id="clock-h"') < html.index('id="history-h"')


def test_the_page_works_without_javascript_and_loads_htmx_only_as_an_extra(cast):
    html = html_for(cast.desk, received(cast))
    assert 'src="/static/motcua/vendor/htmx-2.0.11.min.js" defer' in html
    assert html.count('method="post"') >= 5  # every action is a plain form
