"""Reusing a paper already digitised: the new document shares the file; refusals say why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Document, Dossier
from motcua.dossiers.reuse import document_reuse
from motcua.dossiers.selectors import reusable_documents
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import PDF
from motcua.errors import DomainError
from motcua.testing.cast import PERMIT, Cast

COMPONENT = "GT-KS-02"  # the permit procedure's second component
ID_NUMBER = "001090004321"


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def submitted(cast: Cast, owner=None, id_number: str = ID_NUMBER) -> Dossier:
    return dossier_create(
        actor=owner or cast.citizen,
        procedure_code=PERMIT,
        channel=2,
        applicant=Applicant(name="Nguyễn Thị Hoa", id_number=id_number),
    )


def scanned(cast: Cast, dossier: Dossier, *, digitised: bool = True) -> Document:
    """A component the desk scanned for `dossier` (digitised) or a plain upload."""
    return document_add(
        dossier=dossier,
        actor=cast.desk,
        kind="component",
        name="Tờ khai",
        content=PDF,
        component_code="GT-KS-01",
        digitised=digitised,
    )


def reuse(dossier: Dossier, actor, source: Document, component: str = COMPONENT) -> Document:
    return document_reuse(
        dossier=dossier, actor=actor, source_id=source.pk, component_code=component
    )


def refusal(dossier: Dossier, actor, source_id: int, component: str = COMPONENT) -> DomainError:
    with pytest.raises(DomainError) as caught:
        document_reuse(dossier=dossier, actor=actor, source_id=source_id, component_code=component)
    assert not Document.objects.filter(dossier=dossier).exists()
    assert not Dossier.objects.get(pk=dossier.pk).reused
    return caught.value


def finished(cast: Cast, dossier: Dossier) -> Document:
    code = dossier.code
    dossier_act(code=code, action="receive", actor=cast.desk)
    dossier_act(code=code, action="forward", actor=cast.desk)
    dossier_act(code=code, action="forward", actor=cast.officer)
    dossier_act(code=code, action="approve", actor=cast.leader)
    result = document_add(
        dossier=dossier, actor=cast.leader, kind="result", name="Giấy phép", content=PDF
    )
    dossier_act(code=code, action="finish", actor=cast.leader)
    return result


def test_the_citizen_reuses_a_scanned_paper_and_the_dossier_counts_as_reusing(cast, media):
    source = scanned(cast, submitted(cast))
    dossier = submitted(cast)
    Dossier.objects.filter(pk=dossier.pk).update(figures_stale=False)

    document = reuse(dossier, cast.citizen, source)

    assert document.reused_from_id == source.pk and document.dossier_id == dossier.pk
    assert document.kind == "component" and document.component_code == COMPONENT
    assert document.name == "Giấy chứng sinh (bản chính)"
    assert document.digitised and document.uploaded_by == cast.citizen
    assert document.file.name == source.file.name  # the same stored file, not a copy
    assert (document.sha256, document.size, document.content_type) == (
        source.sha256,
        source.size,
        source.content_type,
    )
    assert len(list(media.rglob("*.pdf"))) == 1
    row = Dossier.objects.get(pk=dossier.pk)
    assert row.reused and row.digitised and row.figures_stale
    assert dossier.reused and dossier.digitised


def test_an_issued_result_is_a_digitised_paper_too(cast):
    result = finished(cast, submitted(cast))
    dossier = submitted(cast)
    assert reuse(dossier, cast.citizen, result).reused_from_id == result.pk


def test_a_result_not_yet_issued_is_refused(cast):
    earlier = submitted(cast)
    draft = document_add(
        dossier=earlier, actor=cast.citizen, kind="result", name="Bản nháp", content=PDF
    )
    error = refusal(submitted(cast), cast.citizen, draft.pk)
    assert (error.code, error.status, error.field) == ("source_not_digitised", 400, "source")


def test_a_paper_that_is_not_digitised_is_refused(cast):
    source = scanned(cast, submitted(cast), digitised=False)
    error = refusal(submitted(cast), cast.citizen, source.pk)
    assert (error.code, error.status, error.field) == ("source_not_digitised", 400, "source")
    assert "chưa được số hóa" in error.message and "not digitised" in error.message_en


def test_another_citizens_paper_is_not_found_as_if_it_did_not_exist(cast):
    theirs = scanned(cast, submitted(cast, owner=cast.other_citizen))
    dossier = submitted(cast)
    error = refusal(dossier, cast.citizen, theirs.pk)
    missing = refusal(dossier, cast.citizen, 999_999)
    assert (error.code, error.status, error.field) == ("document_not_found", 404, "source")
    assert (error.message, error.message_en) == (missing.message, missing.message_en)


def test_a_citizen_cannot_claim_papers_by_typing_an_identity_number(cast):
    # A walk-in dossier filed under the number; the citizen types the same number online.
    walk_in = dossier_create(
        actor=cast.desk,
        procedure_code=PERMIT,
        channel=1,
        applicant=Applicant(name="Nguyễn Thị Hoa", id_number=ID_NUMBER),
    )
    source = scanned(cast, walk_in)
    error = refusal(submitted(cast, id_number=ID_NUMBER), cast.citizen, source.pk)
    assert error.status == 404


def test_the_receiving_desk_may_reuse_papers_filed_under_the_applicants_number(cast):
    walk_in = dossier_create(
        actor=cast.desk,
        procedure_code=PERMIT,
        channel=1,
        applicant=Applicant(name="Nguyễn Thị Hoa", id_number=ID_NUMBER),
    )
    source = scanned(cast, walk_in)
    dossier = submitted(cast, id_number=ID_NUMBER)
    dossier_act(code=dossier.code, action="receive", actor=cast.desk)
    assert reuse(dossier, cast.desk, source).reused_from_id == source.pk


def test_a_component_the_procedure_does_not_have_is_refused(cast):
    source = scanned(cast, submitted(cast))
    error = refusal(submitted(cast), cast.citizen, source.pk, component="GT-XX-99")
    assert (error.code, error.status, error.field) == ("component_unknown", 400, "component_code")
    assert "GT-KS-01" in error.message  # names the components there are


def test_components_change_only_at_reception_or_when_a_supplement_is_asked(cast):
    source = scanned(cast, submitted(cast))
    dossier = submitted(cast)
    dossier_act(code=dossier.code, action="receive", actor=cast.desk)
    error = refusal(dossier, cast.citizen, source.pk)  # received: the desk's turn now
    assert (error.code, error.status) == ("components_closed", 409)
    dossier_act(code=dossier.code, action="forward", actor=cast.desk)
    error = refusal(dossier, cast.desk, source.pk)  # being processed: closed to everyone
    assert (error.code, error.status) == ("components_closed", 409)
    assert "Đang xử lý" in error.message and "Being processed" in error.message_en
    dossier_act(code=dossier.code, action="request_supplement", actor=cast.officer, note="Thiếu")
    assert reuse(dossier, cast.citizen, source).reused_from_id == source.pk


def test_only_the_owner_or_the_receiving_desk_may_reuse(cast):
    source = scanned(cast, submitted(cast))
    dossier = submitted(cast)
    dossier_act(code=dossier.code, action="receive", actor=cast.desk)
    dossier_act(code=dossier.code, action="forward", actor=cast.desk)
    assert refusal(dossier, cast.officer, source.pk).status == 403  # holds it, is not the desk
    assert refusal(dossier, cast.other_citizen, source.pk).code == "dossier_not_found"
    assert refusal(dossier, cast.other_officer, source.pk).status == 404


def test_reusing_a_reused_paper_points_to_the_original(cast):
    original = scanned(cast, submitted(cast))
    copy = reuse(submitted(cast), cast.citizen, original)
    again = reuse(submitted(cast), cast.citizen, copy)
    assert again.reused_from_id == original.pk


def test_the_reusable_list_is_the_applicants_digitised_papers_in_one_query(cast):
    scan = scanned(cast, submitted(cast))
    scanned(cast, submitted(cast), digitised=False)
    scanned(cast, submitted(cast, owner=cast.other_citizen))
    result = finished(cast, submitted(cast))
    current = submitted(cast)
    reuse(current, cast.citizen, scan)  # a copy is not listed twice

    def listed() -> list[int]:
        with CaptureQueriesContext(connection) as ctx:
            rows = reusable_documents(owner_id=cast.citizen.pk, excluding=current.pk)
        assert len(ctx.captured_queries) == 1
        return [row.id for row in rows]

    assert listed() == [result.pk, scan.pk]  # last issued first
    for _ in range(5):
        scanned(cast, submitted(cast))
    assert len(listed()) == 7
    rows = reusable_documents(owner_id=cast.citizen.pk)
    assert rows[-1].dossier_code == scan.dossier.code
    assert rows[-1].procedure_name == "Cấp giấy phép xây dựng nhà ở riêng lẻ"
    assert reusable_documents(owner_id=None) == []


def test_reusing_costs_a_fixed_number_of_queries(cast):
    source = scanned(cast, submitted(cast))
    dossier = submitted(cast)
    with CaptureQueriesContext(connection) as ctx:
        reuse(dossier, cast.citizen, source)
    # lock the dossier, fetch the source, insert the document and its audit entry, update the
    # dossier's flags
    assert len([q for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"].upper()]) == 5
