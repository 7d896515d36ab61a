"""Every dossier action and every officer look at personal data leaves one audit entry; a
citizen reading their own dossier does not; a refused or failed action leaves none."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from motcua.audit.models import AuditEntry
from motcua.audit.tests.helpers import entries
from motcua.conftest import ApiClient
from motcua.desk.printing.tests.helpers import form_url
from motcua.desk.tests.pages import client_for
from motcua.dossiers.documents import document_add
from motcua.dossiers.reuse import document_reuse
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import at_officer, received
from motcua.errors import DomainError
from motcua.testing.cast import PERMIT
from motcua.testing.files import PDF

pytestmark = pytest.mark.django_db


def test_each_action_and_document_is_recorded_with_its_actor_and_dossier(cast):
    dossier = at_officer(cast)
    document = document_add(
        dossier=dossier, actor=cast.officer, kind="result", name="Giấy phép", content=PDF
    )
    code = dossier.code
    assert entries() == [
        ("action", "desk", code, {"action": "receive", "event": 1}),
        ("action", "desk", code, {"action": "forward", "event": 2}),
        ("action", "officer", code, {"action": "document_add", "document": document.pk}),
    ]
    last = AuditEntry.objects.order_by("pk").last()
    assert last is not None
    assert (last.actor_id, last.actor_role) == (cast.officer.pk, "officer")
    assert (last.seq, last.prev_hash, last.hash) == (None, None, None)  # sealed later


def test_a_citizens_online_submission_and_reuse_are_recorded(cast):
    applicant = Applicant(name="Nguyễn Thị Hoa", id_number="001090004321")
    first = dossier_create(
        actor=cast.citizen, procedure_code=PERMIT, channel=2, applicant=applicant
    )
    scan = document_add(
        dossier=first,
        actor=cast.citizen,
        kind="component",
        name="Tờ khai",
        content=PDF,
        component_code="GT-KS-01",
        digitised=True,
    )
    second = dossier_create(
        actor=cast.citizen, procedure_code=PERMIT, channel=2, applicant=applicant
    )
    copy = document_reuse(
        dossier=second, actor=cast.citizen, source_id=scan.pk, component_code="GT-KS-02"
    )
    assert entries(subject=second.code) == [
        ("action", "citizen", second.code, {"action": "submit", "event": 1}),
        ("action", "citizen", second.code, {"action": "document_reuse", "document": copy.pk}),
    ]


def test_a_refused_action_leaves_no_entry(cast):
    dossier = received(cast)
    before = AuditEntry.objects.count()
    with pytest.raises(DomainError):
        dossier_act(code=dossier.code, action="approve", actor=cast.desk)
    with pytest.raises(DomainError):
        dossier_act(code=dossier.code, action="forward", actor=cast.other_officer)
    assert AuditEntry.objects.count() == before


def test_a_reception_that_fails_half_way_leaves_no_entry(cast, monkeypatch):
    """The dossier and its first scan were recorded, then the second scan failed: the entries
    go with the rollback, as the dossier does."""
    calls = []

    def second_fails(**kwargs):
        calls.append(kwargs)
        if len(calls) == 2:
            raise DomainError("file_type_invalid", "Tệp hỏng.", field="file")
        return document_add(**kwargs)

    monkeypatch.setattr("motcua.desk.views.document_add", second_fails)
    response = client_for(cast.desk).post(
        f"/can-bo/tiep-nhan?thu-tuc={PERMIT}",
        {
            "channel": "1",
            "applicant_name": "Trần Thị Hoa",
            "applicant_kind": "1",
            "competent_agency": "000.00.01.H99",
            "file_0": SimpleUploadedFile("a.pdf", PDF, content_type="application/pdf"),
            "file_1": SimpleUploadedFile("b.pdf", PDF, content_type="application/pdf"),
        },
    )
    assert response.status_code == 400 and len(calls) == 2
    assert not AuditEntry.objects.filter(kind="action").exists()


def test_officer_pages_and_files_are_recorded_with_the_client_address(cast):
    dossier = at_officer(cast)
    document = document_add(
        dossier=dossier, actor=cast.officer, kind="result", name="Giấy phép", content=PDF
    )
    officer = client_for(cast.officer)
    start = AuditEntry.objects.order_by("pk").last()
    assert start is not None
    assert officer.get(f"/can-bo/ho-so/{dossier.code}").status_code == 200
    assert officer.get(f"/tai-lieu/{document.pk}").status_code == 200
    assert officer.get(form_url(dossier.code, 1)).status_code == 200

    seen = AuditEntry.objects.filter(pk__gt=start.pk).order_by("pk")
    assert [(e.kind, e.actor_username, e.subject, e.detail) for e in seen] == [
        ("view", "officer", dossier.code, {"what": "desk_dossier", "client": "127.0.0.1"}),
        (
            "view",
            "officer",
            dossier.code,
            {"what": "document", "document": document.pk, "client": "127.0.0.1"},
        ),
        ("view", "officer", dossier.code, {"what": "form_01", "client": "127.0.0.1"}),
    ]


def test_the_api_reads_of_a_dossier_are_recorded_for_an_officer(cast):
    dossier = at_officer(cast)
    start = AuditEntry.objects.count()
    api = ApiClient(cast.officer)
    for path in ("", "/events", "/portal"):
        assert api.get(f"/dossiers/{dossier.code}{path}").status_code == 200
    assert api.get("/dossiers", limit=10).status_code == 200

    seen = entries()[start:]
    assert [(kind, who, subject, detail.get("what")) for kind, who, subject, detail in seen] == [
        ("view", "officer", dossier.code, "api_dossier"),
        ("view", "officer", dossier.code, "api_events"),
        ("view", "officer", dossier.code, "api_portal_payload"),
        ("view", "officer", "", "api_dossier_list"),
    ]
    assert seen[-1][3] == {"what": "api_dossier_list", "offset": 0, "limit": 10}


def test_a_citizen_reading_their_own_dossier_is_not_recorded(cast):
    dossier = dossier_create(
        actor=cast.citizen,
        procedure_code=PERMIT,
        channel=2,
        applicant=Applicant(name="Nguyễn Thị Hoa"),
    )
    start = AuditEntry.objects.count()
    api = ApiClient(cast.citizen)
    assert api.get(f"/dossiers/{dossier.code}").status_code == 200
    assert api.get(f"/dossiers/{dossier.code}/events").status_code == 200
    assert AuditEntry.objects.count() == start


def test_a_refused_look_is_not_recorded(cast):
    dossier = received(cast)
    start = AuditEntry.objects.count()
    assert ApiClient(cast.other_officer).get(f"/dossiers/{dossier.code}").status_code == 404
    assert client_for(cast.other_officer).get(f"/can-bo/ho-so/{dossier.code}").status_code == 404
    assert AuditEntry.objects.exclude(kind="login").count() == start


def test_the_desk_log_and_the_overdue_export_are_recorded_as_exports(cast):
    received(cast)
    start = AuditEntry.objects.order_by("pk").last().pk
    desk = client_for(cast.desk)
    assert desk.get("/can-bo/so-theo-doi.xlsx?tu=2026-03-01&den=2026-03-31").status_code == 200
    admin = client_for(cast.admin)
    assert admin.get("/bang-dieu-khien/ho-so.xlsx?loai=qua-han").status_code == 200

    assert entries(pk__gt=start, kind="export") == [
        (
            "export",
            "desk",
            "",
            {
                "what": "desk_log_xlsx",
                "agency": cast.centre.code,
                "period": ["2026-03-01", "2026-03-31"],
            },
        ),
        ("export", "admin", "", {"what": "urgent_qua-han_xlsx", "agency": "toan-tinh"}),
    ]


def test_sign_ins_are_recorded_and_failures_name_the_username_tried(cast, client):
    assert client.post("/dang-nhap", {"username": "desk", "password": "sai"}).status_code == 200
    client.force_login(cast.desk)
    assert entries(kind__startswith="login") == [
        ("login_failed", "", "", {"username": "desk"}),
        ("login", "desk", "", {}),
    ]
