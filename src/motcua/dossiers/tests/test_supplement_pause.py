"""A supplement request stops the clock; more than one supplement request makes a dossier late."""

from __future__ import annotations

import datetime as dt

from motcua.clock import VN_TZ
from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import received


def vn(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=VN_TZ)


def test_the_pause_moves_the_due_instant_by_the_working_time_paused(cast, api_as):
    dossier = received(cast, at=vn(2026, 3, 2, 9, 0))  # Monday; 5 working days → Mon 9 March 17:00
    assert dossier.due_at == vn(2026, 3, 9, 17, 0)
    dossier_act(code=dossier.code, action="forward", actor=cast.desk, at=vn(2026, 3, 2, 10, 0))
    dossier_act(
        code=dossier.code,
        action="request_supplement",
        actor=cast.officer,
        note="Thiếu bản vẽ mặt bằng",
        at=vn(2026, 3, 3, 8, 30),
    )
    # Paused from Tue 08:30 to Wed 08:30: one working day of 7.5 hours.
    dossier = dossier_act(
        code=dossier.code, action="supplement", actor=cast.desk, at=vn(2026, 3, 4, 8, 30)
    )
    assert dossier.status == 4
    assert dossier.due_at.astimezone(VN_TZ) == vn(2026, 3, 10, 17, 0)
    facts = api_as(cast.officer).get(f"/dossiers/{dossier.code}").json()
    pause = [r for r in facts["due_reasons"] if r["kind"] == "pause"]
    assert len(pause) == 1 and pause[0]["start"].startswith("2026-03-03T08:30")
    assert facts["supplement_count"] == 1


def test_a_second_supplement_request_makes_the_dossier_late(cast, api_as):
    dossier = received(cast)
    dossier_act(code=dossier.code, action="forward", actor=cast.desk)
    for _ in range(2):
        dossier_act(
            code=dossier.code, action="request_supplement", actor=cast.officer, note="Thiếu giấy tờ"
        )
        dossier_act(code=dossier.code, action="supplement", actor=cast.desk)
    officer = api_as(cast.officer)
    assert officer.get(f"/dossiers/{dossier.code}").json()["overdue"] is True
    overdue = officer.get("/dossiers", overdue="true").json()
    assert [d["code"] for d in overdue["items"]] == [dossier.code]
    assert officer.get("/dossiers", overdue="false").json()["count"] == 0


def test_a_dossier_past_its_due_instant_is_listed_as_overdue(cast, api_as):
    late = received(cast, at=vn(2025, 9, 8, 9, 0))
    on_time = received(cast)
    desk = api_as(cast.desk)
    assert [d["code"] for d in desk.get("/dossiers", overdue="true").json()["items"]] == [late.code]
    assert [d["code"] for d in desk.get("/dossiers", overdue="false").json()["items"]] == [
        on_time.code
    ]
    assert desk.get("/dossiers", status=2).json()["count"] == 2
    assert desk.get("/dossiers", status=11).status_code == 422  # the schema says 1..10


def test_financial_obligation_pauses_and_payment_online_is_flagged(cast, api_as):
    dossier = received(cast)
    dossier_act(code=dossier.code, action="forward", actor=cast.desk)
    dossier_act(code=dossier.code, action="request_payment", actor=cast.officer)
    answer = api_as(cast.desk).post(f"/dossiers/{dossier.code}/actions/pay", {"online": True})
    assert answer.status_code == 200, answer.content
    body = answer.json()
    assert body["status"] == 4 and body["flags"]["paid_online"] is True
    assert body["supplement_count"] == 0
