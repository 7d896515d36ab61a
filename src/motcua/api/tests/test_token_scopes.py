"""An API token narrows its user's rights: to some agencies, to some actions; never wider."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from motcua.accounts.models import ApiToken
from motcua.conftest import ApiClient
from motcua.dossiers.models import Dossier, Event
from motcua.dossiers.tests.helpers import at_officer, received
from motcua.testing.cast import PERMIT, Cast
from motcua.testing.files import PDF

WALK_IN = {"procedure": PERMIT, "channel": 1, "applicant": {"name": "Lê Thị Hoa"}}


def client_with(user: Any, **scope: Any) -> ApiClient:
    client = ApiClient(None)
    _, raw = ApiToken.issue(user, "test", **scope)
    client.headers["Authorization"] = f"Bearer {raw}"
    return client


def test_a_token_limited_to_receiving_may_receive_but_not_forward(cast: Cast) -> None:
    api = client_with(cast.desk, actions=["receive"])
    created = api.post("/dossiers", WALK_IN)
    assert created.status_code == 201
    code = created.json()["code"]
    assert api.get(f"/dossiers/{code}").status_code == 200  # reading needs no action
    refused = api.post(f"/dossiers/{code}/actions/forward")
    assert refused.status_code == 403 and refused.json()["code"] == "token_scope_action"
    assert Event.objects.filter(dossier__code=code).count() == 1
    assert "forward" not in api.get(f"/dossiers/{code}").json()["allowed_actions"]
    # the same user with an unlimited token may forward
    assert client_with(cast.desk).post(f"/dossiers/{code}/actions/forward").status_code == 200


def test_a_read_only_token_acts_on_nothing(cast: Cast) -> None:
    dossier = at_officer(cast)
    api = client_with(cast.officer, actions=[])
    assert api.get(f"/dossiers/{dossier.code}").status_code == 200
    answer = api.post(f"/dossiers/{dossier.code}/actions/forward")
    assert answer.status_code == 403 and answer.json()["code"] == "token_scope_action"
    upload = api.upload(f"/dossiers/{dossier.code}/documents", file=_pdf(), kind="component")
    assert upload.status_code == 403
    assert dossier.documents.count() == 0
    created = api.post("/dossiers", WALK_IN)
    assert created.status_code == 403


def test_a_token_limited_to_an_agency_sees_no_other_agencys_dossier(cast: Cast) -> None:
    ours = received(cast)  # received at the centre, decided by the department
    api = client_with(cast.admin, agencies=[cast.other_department.code])
    answer = api.get(f"/dossiers/{ours.code}")
    missing = api.get("/dossiers/000.00.20.H99-260101-99999")
    assert answer.status_code == missing.status_code == 404
    assert answer.json() == {**missing.json(), "message": answer.json()["message"]}
    assert api.get("/dossiers").json()["count"] == 0
    # the same administrator through a token for the department sees it
    department = client_with(cast.admin, agencies=[cast.department.code])
    assert department.get(f"/dossiers/{ours.code}").status_code == 200
    assert [d["code"] for d in department.get("/dossiers").json()["items"]] == [ours.code]


def test_an_agency_limited_token_may_not_receive_for_another_agency(cast: Cast) -> None:
    api = client_with(cast.desk, agencies=[cast.other_department.code])
    answer = api.post("/dossiers", WALK_IN)
    assert answer.status_code == 403 and answer.json()["code"] == "token_scope_agency"
    assert not Dossier.objects.exists()


def test_a_scope_never_widens_the_users_rights(cast: Cast) -> None:
    dossier = received(cast)
    api = client_with(cast.other_officer, agencies=[cast.department.code])
    assert api.get(f"/dossiers/{dossier.code}").status_code == 404


def test_an_agency_limited_token_reads_that_agencys_indicators_only(cast: Cast) -> None:
    api = client_with(cast.admin, agencies=[cast.department.code])
    period = {"from": "2026-10-01", "to": "2026-10-31"}
    own = api.get("/indicators", **period)
    assert own.status_code == 200 and own.json()["agency"] == cast.department.code
    other = api.get("/indicators", agency=cast.other_department.code, **period)
    assert other.status_code == 403 and other.json()["code"] == "token_scope_agency"


def test_the_command_issues_a_limited_token_and_refuses_unknown_names(
    cast: Cast, capsys: Any
) -> None:
    call_command("token", user="desk", agency=[cast.centre.code], action=["receive", "upload"])
    token = ApiToken.objects.get()
    assert token.scope_agencies == [cast.centre.code]
    assert token.scope_actions == ["receive", "upload"]
    with pytest.raises(CommandError, match="teleport"):
        call_command("token", user="desk", action=["teleport"])
    with pytest.raises(CommandError, match=r"000\.99\.99\.H99"):
        call_command("token", user="desk", agency=["000.99.99.H99"])
    call_command("token", user="desk", action=["read"])
    assert ApiToken.objects.latest("pk").scope_actions == []


def _pdf() -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("giay.pdf", PDF, content_type="application/pdf")


def test_a_token_without_upload_may_not_reuse_a_paper(cast: Cast) -> None:
    dossier = received(cast)
    api = client_with(cast.desk, actions=["receive"])
    listed = api.get(f"/dossiers/{dossier.code}/documents/reusable")
    assert listed.status_code == 403 and listed.json()["code"] == "token_scope_action"
    reused = api.post(
        f"/dossiers/{dossier.code}/documents/reuse", {"source": 1, "component_code": "X"}
    )
    assert reused.status_code == 403 and reused.json()["code"] == "token_scope_action"
    assert dossier.documents.count() == 0
