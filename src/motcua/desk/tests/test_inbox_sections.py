"""Each role's inbox shows its agency's dossiers in the right sections, the most urgent first."""

from __future__ import annotations

import datetime as dt

from motcua.clock import VN_TZ
from motcua.desk.selectors import inbox_desk, inbox_leader, inbox_officer, inbox_overview
from motcua.desk.tests.pages import client_for
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import approved, at_officer, received, with_result
from motcua.testing.cast import PERMIT

# Received on Monday 2 March 2026 at 09:00: five working days later it is due on Monday 9 March
# at 17:00 (no holiday in between).
MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=VN_TZ)


def codes(inbox, key: str) -> list[str]:
    return [r.code for s in inbox.sections if s.key == key for r in s.rows]


def counts(inbox) -> dict[str, int]:
    return {s.key: s.count for s in inbox.sections}


def test_officer_sections_follow_the_working_day_calendar(cast):
    dossier = at_officer(cast, at=MONDAY)
    assert dossier.due_at == dt.datetime(2026, 3, 9, 17, 0, tzinfo=VN_TZ)
    expected = {
        dt.datetime(2026, 3, 3, 10, 0, tzinfo=VN_TZ): "con-han",  # 4 working days left
        dt.datetime(2026, 3, 6, 10, 0, tzinfo=VN_TZ): "sap-den-han",  # Friday: due Monday
        dt.datetime(2026, 3, 9, 10, 0, tzinfo=VN_TZ): "hom-nay",
        dt.datetime(2026, 3, 10, 8, 0, tzinfo=VN_TZ): "qua-han",
    }
    for now, key in expected.items():
        inbox = inbox_officer(cast.department, now)
        assert codes(inbox, key) == [dossier.code], (now, counts(inbox))
        assert inbox.total == 1


def test_soon_skips_the_weekend(cast):
    dossier = at_officer(cast, at=MONDAY)
    # Thursday 5 March: the 2nd working day after is Monday 9 March, so due Monday is "soon".
    inbox = inbox_officer(cast.department, dt.datetime(2026, 3, 5, 10, 0, tzinfo=VN_TZ))
    assert codes(inbox, "sap-den-han") == [dossier.code]
    # Wednesday 4 March: the 2nd working day after is Friday; Monday is not soon yet.
    inbox = inbox_officer(cast.department, dt.datetime(2026, 3, 4, 10, 0, tzinfo=VN_TZ))
    assert codes(inbox, "con-han") == [dossier.code]


def test_officer_inbox_is_for_officer_steps_of_the_agency_only(cast):
    at_desk = received(cast)
    at_step = at_officer(cast)
    paused = at_officer(cast)
    dossier_act(code=paused.code, action="request_supplement", actor=cast.officer, note="Thiếu")
    at_leader = at_officer(cast)
    dossier_act(code=at_leader.code, action="forward", actor=cast.officer)

    inbox = inbox_officer(cast.department, dt.datetime.now(dt.UTC))
    shown = [r.code for s in inbox.sections for r in s.rows]
    assert at_step.code in shown
    assert codes(inbox, "tam-dung") == [paused.code]
    assert at_desk.code not in shown and at_leader.code not in shown
    assert inbox_officer(cast.other_department, dt.datetime.now(dt.UTC)).total == 0
    row = next(r for s in inbox.sections for r in s.rows if r.code == at_step.code)
    assert row.step_name == "Thẩm định hồ sơ"
    assert row.procedure_code == PERMIT
    assert row.applicant == "Lê Văn Cường"


def test_overdue_comes_first(cast):
    now = dt.datetime.now(dt.UTC)
    fresh = at_officer(cast)
    late = at_officer(cast, at=now - dt.timedelta(days=30))
    inbox = inbox_officer(cast.department, now)
    assert inbox.shown[0].key == "qua-han"
    assert codes(inbox, "qua-han") == [late.code]
    assert fresh.code not in codes(inbox, "qua-han")
    assert inbox.shown[0].rows[0].badge == "late"


def test_leader_sees_what_awaits_approval_then_what_is_approved(cast):
    waiting = at_officer(cast)
    dossier_act(code=waiting.code, action="forward", actor=cast.officer)
    done = approved(cast)
    at_officer(cast)  # still with the officer: not the leader's
    inbox = inbox_leader(cast.department, dt.datetime.now(dt.UTC))
    assert codes(inbox, "cho-phe-duyet") == [waiting.code]
    assert codes(inbox, "da-phe-duyet") == [done.code]
    assert inbox.total == 2


def test_desk_sees_its_queue_its_desk_steps_and_results_to_return(cast):
    online = dossier_create(
        actor=cast.citizen, procedure_code=PERMIT, channel=2, applicant=Applicant(name="Mai")
    )
    walk_in = received(cast)
    waiting = received(cast)
    dossier_act(code=waiting.code, action="request_supplement", actor=cast.desk, note="Thiếu")
    forwarded = at_officer(cast)
    finished = with_result(cast, approved(cast))
    dossier_act(code=finished.code, action="finish", actor=cast.leader)

    inbox = inbox_desk(cast.centre, dt.datetime.now(dt.UTC))
    assert codes(inbox, "cho-tiep-nhan") == [online.code]
    assert codes(inbox, "chuyen-xu-ly") == [walk_in.code]
    assert codes(inbox, "tra-ket-qua") == [finished.code]
    assert codes(inbox, "cho-bo-sung") == [waiting.code]
    assert forwarded.code not in [r.code for s in inbox.sections for r in s.rows]
    assert inbox_desk(cast.commune_centre, dt.datetime.now(dt.UTC)).total == 0


def test_overview_lists_the_province(cast):
    a, b = received(cast), at_officer(cast)
    inbox = inbox_overview(dt.datetime.now(dt.UTC))
    shown = {r.code: r for s in inbox.sections for r in s.rows}
    assert {a.code, b.code} <= shown.keys()
    assert shown[b.code].holder == "Sở Xây dựng"


def test_pages_of_fifty(cast, monkeypatch):
    monkeypatch.setattr("motcua.desk.selectors.inbox.PAGE_SIZE", 2)
    now = dt.datetime.now(dt.UTC)
    made = [at_officer(cast, at=now - dt.timedelta(days=30 - i)) for i in range(5)]
    first = inbox_officer(cast.department, now)
    assert (first.page, first.pages, first.total) == (1, 3, 5)
    assert [r.code for s in first.shown for r in s.rows] == [d.code for d in made[:2]]
    last = inbox_officer(cast.department, now, page=99)
    assert last.page == 3
    assert [r.code for s in last.shown for r in s.rows] == [made[4].code]


def test_the_inbox_page_for_each_role(cast):
    now = dt.datetime.now(dt.UTC)
    late = at_officer(cast, at=now - dt.timedelta(days=30))
    page = client_for(cast.officer).get("/can-bo/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Quá hạn" in html and late.code in html
    assert f'href="/can-bo/ho-so/{late.code}"' in html
    assert 'class="badge late"' in html

    desk = client_for(cast.desk).get("/can-bo/").content.decode()
    assert 'href="/can-bo/tiep-nhan"' in desk
    assert late.code not in desk

    leader = client_for(cast.leader).get("/can-bo/").content.decode()
    assert "Chờ phê duyệt" in leader and late.code not in leader

    admin = client_for(cast.admin).get("/can-bo/").content.decode()
    assert late.code in admin and "Chỉ xem" in admin
