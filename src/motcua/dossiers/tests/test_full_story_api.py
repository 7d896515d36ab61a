"""A dossier from online submission to the returned result, through the HTTP API only."""

from __future__ import annotations

import datetime as dt

from motcua.dossiers.models import Dossier
from motcua.testing.cast import PERMIT
from motcua.testing.files import PDF


def test_online_dossier_goes_from_submission_to_rated_result(cast, api_as):
    citizen, desk = api_as(cast.citizen), api_as(cast.desk)
    officer, leader = api_as(cast.officer), api_as(cast.leader)

    created = citizen.post(
        "/dossiers",
        {
            "procedure": PERMIT,
            "channel": 2,
            "applicant": {
                "name": "Nguyễn Văn An",
                "id_number": "099123456789",
                "phone": "0912345678",
            },
            "summary": "Xin phép xây nhà 3 tầng",
        },
    )
    assert created.status_code == 201, created.content
    body = created.json()
    code = body["code"]
    assert body["status"] == 1 and body["status_label"] == "Mới đăng ký"
    assert code.startswith("000.00.20.H99-")  # received at the province centre
    assert body["agencies"]["competent"] == "000.00.01.H99"
    assert body["flags"]["fee_total"] == 75000

    received = desk.post(f"/dossiers/{code}/actions/receive")
    assert received.status_code == 200, received.content
    assert received.json()["status"] == 2
    assert received.json()["due_at"] is not None
    assert any(r["kind"] == "receipt_day" for r in received.json()["due_reasons"])

    assert desk.post(f"/dossiers/{code}/actions/forward").json()["step"]["role"] == "officer"
    step = officer.post(f"/dossiers/{code}/actions/forward").json()["step"]
    assert step["role"] == "leader"
    assert leader.post(f"/dossiers/{code}/actions/approve").status_code == 200

    refused = leader.post(f"/dossiers/{code}/actions/finish")
    assert refused.status_code == 409
    assert refused.json()["code"] == "transition_not_allowed"

    upload = leader.upload(
        f"/dossiers/{code}/documents",
        kind="result",
        name="Giấy phép xây dựng",
        file=_file("giay-phep.pdf", PDF),
    )
    assert upload.status_code == 201, upload.content
    finished = leader.post(f"/dossiers/{code}/actions/finish")
    assert finished.status_code == 200, finished.content
    assert finished.json()["status"] == 9

    returned = desk.post(f"/dossiers/{code}/actions/return")
    assert returned.json()["status"] == 10
    rated = citizen.post(f"/dossiers/{code}/actions/rate", {"rating": 3})
    assert rated.status_code == 200, rated.content
    assert rated.json()["rating"] == 3

    events = citizen.get(f"/dossiers/{code}/events").json()
    assert [e["action"] for e in events["events"]] == [
        "submit",
        "receive",
        "forward",
        "forward",
        "approve",
        "finish",
        "return",
        "rate",
    ]
    assert [e["to_status"] for e in events["events"]] == [1, 2, 4, 4, 4, 9, 10, 10]
    assert events["events"][2]["actor"] == cast.desk.display_name()
    assert {s["outcome"] for s in events["steps"] if s["ended_at"]} <= {"early", "on_time", "late"}
    assert Dossier.objects.get(code=code).event_count == 8


def test_a_dossier_received_before_tet_is_due_after_it(cast, api_as):
    from unittest import mock

    from django.utils import timezone

    received_at = dt.datetime(2026, 2, 12, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    with mock.patch.object(timezone, "now", return_value=received_at):
        body = (
            api_as(cast.desk)
            .post(
                "/dossiers",
                {"procedure": PERMIT, "channel": 1, "applicant": {"name": "Trần Thị Bình"}},
            )
            .json()
        )
    assert body["status"] == 2
    assert body["due_at"] == "2026-02-26T17:00:00+07:00"
    labels = " ".join(r["label"] for r in body["due_reasons"])
    assert "Tết" in labels or "Nguyên đán" in labels


def _file(name: str, content: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content)
