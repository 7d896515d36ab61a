"""Bad input and actions not allowed now get a clear answer with the field, never a 500."""

from __future__ import annotations

from motcua.dossiers.models import Dossier, Event
from motcua.dossiers.tests.helpers import received
from motcua.testing.cast import PERMIT


def test_an_action_not_allowed_now_is_409_and_names_the_allowed_ones(cast, api_as):
    dossier = received(cast)
    answer = api_as(cast.desk).post(f"/dossiers/{dossier.code}/actions/return")
    assert answer.status_code == 409
    body = answer.json()
    assert body["code"] == "transition_not_allowed"
    assert "forward" in body["allowed_actions"]
    assert "Trả kết quả" in body["message"]
    assert Event.objects.filter(dossier=dossier).count() == 1


def test_an_unknown_action_is_404(cast, api_as):
    dossier = received(cast)
    answer = api_as(cast.desk).post(f"/dossiers/{dossier.code}/actions/teleport")
    assert answer.status_code == 404
    assert answer.json()["code"] == "unknown_action"


def test_a_role_that_may_not_act_is_403(cast, api_as):
    dossier = received(cast)
    answer = api_as(cast.citizen).post(
        "/dossiers", {"procedure": PERMIT, "channel": 1, "applicant": {"name": "A"}}
    )
    assert answer.status_code == 403
    assert answer.json()["code"] == "role_not_allowed"
    # Approving is a leader's act; the desk holds the dossier but may not approve.
    answer = api_as(cast.desk).post(f"/dossiers/{dossier.code}/actions/approve")
    assert answer.status_code in (403, 409)


def test_an_officer_of_another_agency_sees_no_such_dossier(cast, api_as):
    dossier = received(cast)
    other = api_as(cast.other_officer)
    assert other.get(f"/dossiers/{dossier.code}").status_code == 404
    answer = other.post(f"/dossiers/{dossier.code}/actions/forward")
    assert answer.status_code == 404
    missing = api_as(cast.other_officer).get("/dossiers/NO-SUCH").json()
    assert answer.json().keys() == missing.keys()
    assert answer.json()["code"] == missing["code"] == "dossier_not_found"


def test_another_citizen_sees_no_such_dossier(cast, api_as):
    created = (
        api_as(cast.citizen)
        .post("/dossiers", {"procedure": PERMIT, "channel": 2, "applicant": {"name": "Phạm Thu"}})
        .json()
    )
    assert api_as(cast.other_citizen).get(f"/dossiers/{created['code']}").status_code == 404
    assert api_as(cast.citizen).get(f"/dossiers/{created['code']}").status_code == 200


def test_no_token_is_401_and_a_bad_token_too(cast, api_as):
    assert api_as(None).get("/dossiers").status_code == 401
    client = api_as(None)
    client.headers["Authorization"] = "Bearer mc_not-a-token"
    assert client.get("/dossiers").status_code == 401


def test_wrong_types_and_missing_fields_are_422_with_the_field(cast, api_as):
    desk = api_as(cast.desk)
    answer = desk.post("/dossiers", {"procedure": PERMIT, "channel": "bốn", "applicant": {}})
    assert answer.status_code == 422
    assert answer.json()["field"] in {"channel", "applicant.name"}
    answer = desk.post("/dossiers", {"procedure": PERMIT, "channel": 9, "applicant": {"name": "A"}})
    assert answer.status_code == 422 and answer.json()["field"] == "channel"
    answer = desk.post("/dossiers", {"channel": 1, "applicant": {"name": "A"}})
    assert answer.status_code == 422 and answer.json()["field"] == "procedure"
    answer = desk.post(
        "/dossiers",
        {"procedure": PERMIT, "channel": 1, "applicant": {"name": "A", "email": "not-an-email"}},
    )
    assert answer.status_code == 422 and answer.json()["field"] == "applicant.email"
    answer = desk.client.post(
        "/api/v1/dossiers", "{not json", content_type="application/json", headers=desk.headers
    )
    assert answer.status_code in (400, 422)
    assert Dossier.objects.count() == 0


def test_an_unknown_procedure_or_agency_is_named(cast, api_as):
    desk = api_as(cast.desk)
    answer = desk.post(
        "/dossiers", {"procedure": "9.999999", "channel": 1, "applicant": {"name": "A"}}
    )
    assert answer.status_code == 404 and answer.json()["field"] == "procedure"
    answer = desk.post(
        "/dossiers",
        {"procedure": PERMIT, "channel": 1, "applicant": {"name": "A"}, "competent_agency": "x"},
    )
    assert answer.status_code == 400 and answer.json()["field"] == "competent_agency"


def test_reasons_are_required_where_the_forms_print_them(cast, api_as):
    dossier = received(cast)
    answer = api_as(cast.desk).post(f"/dossiers/{dossier.code}/actions/request_supplement")
    assert answer.status_code == 400
    assert answer.json()["field"] == "note"


def test_an_extension_must_move_the_date_later_and_only_once(cast, api_as):
    dossier = received(cast)
    leader = api_as(cast.leader)
    api_as(cast.desk).post(f"/dossiers/{dossier.code}/actions/forward")
    early = leader.post(
        f"/dossiers/{dossier.code}/actions/extend",
        {"note": "Cần xác minh thực địa", "new_due_at": "2020-01-01T10:00:00+07:00"},
    )
    assert early.status_code == 400 and early.json()["field"] == "new_due_at"
    later = leader.post(
        f"/dossiers/{dossier.code}/actions/extend",
        {"note": "Cần xác minh thực địa", "new_due_at": "2099-01-01T10:00:00+07:00"},
    )
    assert later.status_code == 200, later.content
    assert later.json()["due_at"].startswith("2099-01-01")
    assert any(r["kind"] == "extension" for r in later.json()["due_reasons"])
    again = leader.post(
        f"/dossiers/{dossier.code}/actions/extend",
        {"note": "Lần nữa", "new_due_at": "2099-02-01T10:00:00+07:00"},
    )
    assert again.status_code == 409


def test_uploads_are_checked_by_content_and_size(cast, api_as):
    from django.core.files.uploadedfile import SimpleUploadedFile

    dossier = received(cast)
    desk = api_as(cast.desk)
    fake = desk.upload(
        f"/dossiers/{dossier.code}/documents",
        file=SimpleUploadedFile("to-khai.pdf", b"MZ\x90\x00 this is an exe"),
    )
    assert fake.status_code == 415 and fake.json()["field"] == "file"
    big = desk.upload(
        f"/dossiers/{dossier.code}/documents",
        file=SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024)),
    )
    assert big.status_code == 413
    assert dossier.documents.count() == 0


def test_messages_are_vietnamese_first_and_english_on_request(cast, api_as):
    dossier = received(cast)
    desk = api_as(cast.desk)
    vi = desk.post(f"/dossiers/{dossier.code}/actions/return").json()["message"]
    desk.headers["Accept-Language"] = "en"
    en = desk.post(f"/dossiers/{dossier.code}/actions/return").json()["message"]
    assert "Không thể" in vi and "not allowed" in en
    assert "Invalid input" in desk.post("/dossiers", {"channel": 1}).json()["message"]


def test_a_nul_character_anywhere_is_refused_clearly(cast, api_as, client):
    desk = api_as(cast.desk)
    answer = desk.post(
        "/dossiers", {"procedure": "1.009999", "channel": 1, "applicant": {"name": "A\x00B"}}
    )
    assert answer.status_code == 422 and answer.json()["field"] == "applicant.name"
    assert desk.get("/dossiers/abc\x00def").status_code == 404
    assert desk.get("/dossiers", agency="x\x00").status_code == 400
    assert client.get("/thu-tuc", {"q": "khai\x00sinh"}).status_code == 400
    client.force_login(cast.desk)
    assert client.get("/can-bo/ho-so/abc%00def").status_code == 404
    assert Dossier.objects.count() == 0
