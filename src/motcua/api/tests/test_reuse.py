"""POST /dossiers/{code}/documents/reuse: a digitised paper the applicant holds, reused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Document, Dossier
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import PDF
from motcua.testing.cast import PERMIT, Cast

SCAN = PDF + b"% the applicant's identity card, scanned\n"


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = str(tmp_path / "media")


def submitted(cast: Cast, owner=None) -> Dossier:
    return dossier_create(
        actor=owner or cast.citizen,
        procedure_code=PERMIT,
        channel=2,
        applicant=Applicant(name="Nguyễn Thị Hoa"),
    )


def scan(cast: Cast, dossier: Dossier, *, digitised: bool = True) -> Document:
    return document_add(
        dossier=dossier,
        actor=cast.desk,
        kind="component",
        name="Căn cước",
        content=SCAN,
        component_code="GT-KS-01",
        digitised=digitised,
    )


def body(source: int, component: str = "GT-KS-02") -> dict[str, Any]:
    return {"source": source, "component_code": component}


def test_the_applicant_lists_reuses_and_gets_the_same_file(cast, api_as, client):
    source = scan(cast, submitted(cast))
    dossier = submitted(cast)
    api = api_as(cast.citizen)

    listed = api.get(f"/dossiers/{dossier.code}/documents/reusable").json()["items"]
    assert [(i["id"], i["dossier_code"]) for i in listed] == [(source.pk, source.dossier.code)]
    assert listed[0]["issued_at"].endswith("+07:00")

    answer = api.post(f"/dossiers/{dossier.code}/documents/reuse", body(source.pk))
    assert answer.status_code == 201, answer.json()
    made = answer.json()
    assert made["reused_from"] == source.pk and made["digitised"] is True
    assert made["component_code"] == "GT-KS-02" and made["sha256"] == source.sha256
    assert api.get(f"/dossiers/{dossier.code}").json()["flags"]["reused"] is True
    client.force_login(cast.citizen)
    served = client.get(f"/tai-lieu/{made['id']}")
    assert served.status_code == 200 and b"".join(served.streaming_content) == SCAN


def test_another_citizens_paper_is_a_404_like_no_paper_at_all(cast, api_as):
    theirs = scan(cast, submitted(cast, owner=cast.other_citizen))
    dossier = submitted(cast)
    api = api_as(cast.citizen)
    answer = api.post(f"/dossiers/{dossier.code}/documents/reuse", body(theirs.pk))
    missing = api.post(f"/dossiers/{dossier.code}/documents/reuse", body(999_999))
    assert answer.status_code == missing.status_code == 404
    assert answer.json() == missing.json()
    assert answer.json()["code"] == "document_not_found" and answer.json()["field"] == "source"
    listed = api.get(f"/dossiers/{dossier.code}/documents/reusable").json()["items"]
    assert listed == []


@pytest.mark.parametrize(
    ("case", "status", "code", "field"),
    [
        ("not digitised", 400, "source_not_digitised", "source"),
        ("wrong component", 400, "component_unknown", "component_code"),
        ("no source", 422, "invalid_input", "source"),
        ("received", 409, "components_closed", "status"),
    ],
)
def test_refusals_name_the_field(cast, api_as, case, status, code, field):
    source = scan(cast, submitted(cast), digitised=case != "not digitised")
    dossier = submitted(cast)
    payload = body(source.pk, "GT-XX-99" if case == "wrong component" else "GT-KS-02")
    if case == "no source":
        del payload["source"]
    if case == "received":
        dossier_act(code=dossier.code, action="receive", actor=cast.desk)
    answer = api_as(cast.citizen).post(f"/dossiers/{dossier.code}/documents/reuse", payload)
    assert answer.status_code == status
    assert (answer.json()["code"], answer.json()["field"]) == (code, field)
    assert not Dossier.objects.get(pk=dossier.pk).reused


def test_english_refusals(cast, api_as):
    source = scan(cast, submitted(cast), digitised=False)
    dossier = submitted(cast)
    api = api_as(cast.citizen)
    api.headers["Accept-Language"] = "en"
    answer = api.post(f"/dossiers/{dossier.code}/documents/reuse", body(source.pk))
    assert "not digitised" in answer.json()["message"]


def test_who_may_not_reuse(cast, api_as):
    source = scan(cast, submitted(cast))
    dossier = submitted(cast)
    path = f"/dossiers/{dossier.code}/documents/reuse"
    assert api_as(cast.other_citizen).post(path, body(source.pk)).status_code == 404
    assert api_as(cast.other_officer).post(path, body(source.pk)).status_code == 404
    dossier_act(code=dossier.code, action="receive", actor=cast.desk)
    dossier_act(code=dossier.code, action="forward", actor=cast.desk)
    officer = api_as(cast.officer)
    assert officer.post(path, body(source.pk)).json()["code"] == "reuse_not_allowed"
    listing = officer.get(f"/dossiers/{dossier.code}/documents/reusable")
    assert listing.status_code == 403
    assert api_as(None).post(path, body(source.pk)).status_code == 401
