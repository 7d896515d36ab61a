"""Document download: the file to those who may see its dossier, a 404 to everyone else."""

from __future__ import annotations

import pytest

from motcua.desk.tests.pages import client_for
from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Document
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.testing.cast import PERMIT
from motcua.testing.files import PDF, PNG


@pytest.fixture
def document(cast) -> Document:
    """A scanned component of the citizen's own online dossier, received at the province desk."""
    dossier = dossier_create(
        actor=cast.citizen, procedure_code=PERMIT, channel=2, applicant=Applicant(name="Mai")
    )
    dossier_act(code=dossier.code, action="receive", actor=cast.desk)
    return document_add(
        dossier=dossier,
        actor=cast.citizen,
        kind="component",
        name="Tờ khai: xin phép/xây dựng",
        content=PDF,
        component_code="GT-KS-01",
    )


WHO_MAY = ["desk", "officer", "leader", "citizen", "admin"]
WHO_MAY_NOT = ["other_officer", "other_citizen", "commune_desk", "commune_officer"]


@pytest.mark.parametrize("who", WHO_MAY)
def test_those_who_may_see_the_dossier_get_the_file(cast, document, who):
    response = client_for(getattr(cast, who)).get(f"/tai-lieu/{document.pk}")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("inline;")
    assert ".pdf" in disposition and "/" not in disposition


@pytest.mark.parametrize("who", WHO_MAY_NOT)
def test_everyone_else_gets_the_same_404_as_for_no_document(cast, document, who):
    client = client_for(getattr(cast, who))
    refused = client.get(f"/tai-lieu/{document.pk}")
    missing = client.get(f"/tai-lieu/{document.pk + 1000}")
    assert refused.status_code == missing.status_code == 404
    assert refused.context["message"] == missing.context["message"] == "Không tìm thấy tài liệu."


def test_anonymous_is_sent_to_log_in(document):
    response = client_for(None).get(f"/tai-lieu/{document.pk}")
    assert response.status_code == 302
    assert response["Location"] == f"/dang-nhap?next=/tai-lieu/{document.pk}"


def test_a_row_without_a_file_is_a_clear_404(cast, document):
    bare = Document.objects.create(
        dossier=document.dossier, kind="component", name="Bản giấy (dữ liệu mẫu)"
    )
    response = client_for(cast.desk).get(f"/tai-lieu/{bare.pk}")
    assert response.status_code == 404
    assert "không có tệp đính kèm" in response.content.decode()


def test_images_are_inline_with_their_own_extension(cast, document):
    image = document_add(
        dossier=document.dossier, actor=cast.desk, kind="component", name="Ảnh", content=PNG
    )
    response = client_for(cast.desk).get(f"/tai-lieu/{image.pk}")
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"] == "inline; filename*=utf-8''%E1%BA%A2nh.png"
