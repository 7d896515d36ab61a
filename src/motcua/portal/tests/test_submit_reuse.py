"""Online submission with a paper the citizen already has digitised, instead of a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Document, Dossier
from motcua.portal.tests.helpers import PDF, online, pdf, returned
from motcua.testing.cast import BIRTH, Cast

PAGE = f"/thu-tuc/{BIRTH}/nop-ho-so"


def form(cast: Cast, **overrides: Any) -> dict[str, Any]:
    data = {
        "kind": "1",
        "name": "Trần Thị Bình",
        "phone": "0912345678",
        "competent_agency": cast.commune_committee.code,
        "thanh_phan_1": pdf("to-khai.pdf"),
        "declaration": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def issued_result(cast: Cast) -> Document:
    """The citizen's earlier dossier, returned with its result (a digitised paper)."""
    return Document.objects.get(dossier=returned(cast), kind="result")


def someone_elses_scan(cast: Cast) -> Document:
    dossier = online(cast, owner=cast.other_citizen)
    return document_add(
        dossier=dossier,
        actor=cast.desk,
        kind="component",
        name="Giấy chứng sinh của người khác",
        content=PDF,
        component_code="GT-KS-02",
        digitised=True,
    )


def new_dossiers(cast: Cast) -> list[Dossier]:
    return list(Dossier.objects.filter(owner=cast.citizen, version__procedure__code=BIRTH))


def test_the_form_offers_only_the_citizens_own_digitised_papers(cast, client):
    result = issued_result(cast)
    theirs = someone_elses_scan(cast)
    client.force_login(cast.citizen)
    html = client.get(PAGE).content.decode()
    assert html.count('<select name="dung_lai_') == 2  # one choice per component
    assert "Dùng lại giấy tờ đã số hóa" in html
    assert f'<option value="{result.pk}">Giấy phép (hồ sơ {result.dossier.code}, ngày ' in html
    assert theirs.dossier.code not in html and "của người khác" not in html
    assert 'name="thanh_phan_1"' in html  # the upload is still there


def test_no_choice_without_digitised_papers(cast, client):
    someone_elses_scan(cast)
    client.force_login(cast.citizen)
    assert 'name="dung_lai_' not in client.get(PAGE).content.decode()


def test_submitting_with_a_reused_paper_creates_the_dossier_with_it(cast, client):
    result = issued_result(cast)
    client.force_login(cast.citizen)
    response = client.post(PAGE, form(cast, dung_lai_2=str(result.pk)))
    assert response.status_code == 302, response.content.decode()[:3000]
    (dossier,) = new_dossiers(cast)
    assert dossier.reused and dossier.digitised and dossier.status == 1
    documents = {d.component_code: d for d in Document.objects.filter(dossier=dossier)}
    assert set(documents) == {"GT-KS-01", "GT-KS-02"}
    assert documents["GT-KS-01"].reused_from_id is None
    reused = documents["GT-KS-02"]
    assert reused.reused_from_id == result.pk and reused.file.name == result.file.name
    assert reused.name == "Giấy chứng sinh (bản chính)"


def test_a_required_component_needs_a_file_or_a_paper(cast, client):
    issued_result(cast)
    client.force_login(cast.citizen)
    response = client.post(PAGE, form(cast))
    assert response.status_code == 400
    error = response.content.decode().split('id="id_thanh_phan_2_error"')[1].split("</ul>")[0]
    assert "Cần tải tệp lên hoặc chọn giấy tờ đã số hóa" in error
    assert new_dossiers(cast) == []


def test_a_file_and_a_paper_for_one_component_is_refused(cast, client):
    result = issued_result(cast)
    client.force_login(cast.citizen)
    response = client.post(PAGE, form(cast, thanh_phan_2=pdf(), dung_lai_2=str(result.pk)))
    assert response.status_code == 400
    error = response.content.decode().split('id="id_dung_lai_2_error"')[1].split("</ul>")[0]
    assert "Chọn một trong hai" in error
    assert new_dossiers(cast) == []


def test_another_citizens_paper_cannot_be_posted(cast, client):
    issued_result(cast)
    theirs = someone_elses_scan(cast)
    client.force_login(cast.citizen)
    response = client.post(PAGE, form(cast, dung_lai_2=str(theirs.pk)))
    assert response.status_code == 400
    assert 'id="id_dung_lai_2_error"' in response.content.decode()
    assert new_dossiers(cast) == [] and not Document.objects.filter(reused_from=theirs).exists()


def test_a_refusal_after_a_reuse_rolls_back_and_keeps_the_source_file(
    cast, client, monkeypatch, tmp_path: Path
):
    from motcua.errors import DomainError
    from motcua.portal import services

    result = issued_result(cast)
    real = services.document_reuse
    calls = {"n": 0}

    def second_fails(**kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise DomainError("components_closed", "Không thể thêm.", field="status", status=409)
        return real(**kwargs)

    monkeypatch.setattr(services, "document_reuse", second_fails)
    client.force_login(cast.citizen)
    data = form(cast, thanh_phan_1=None, dung_lai_1=str(result.pk), dung_lai_2=str(result.pk))
    response = client.post(PAGE, data)
    assert response.status_code == 400
    assert "Không thể thêm." in response.content.decode().split('id="id_dung_lai_2_error"')[1]
    assert new_dossiers(cast) == [] and calls["n"] == 2
    assert result.file.storage.exists(result.file.name)  # the source's file is not removed


def test_the_form_and_the_submission_cost_a_fixed_number_of_queries(cast, client):
    result = issued_result(cast)
    client.force_login(cast.citizen)
    client.get(PAGE)  # warm the calendar and the catalogue spec

    def count(fn: Any) -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = fn()
        assert response.status_code in (200, 302)
        return len([q for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"].upper()])

    form_page = count(lambda: client.get(PAGE))
    for _ in range(5):
        issued_result(cast)
    assert count(lambda: client.get(PAGE)) == form_page
    # The submission: the page's reads, the dossier's creation and its file (as in
    # test_query_counts), then 5 per reused paper: lock, source, insert, audit entry, flags;
    # a file costs its insert and its audit entry.
    one = count(lambda: client.post(PAGE, form(cast, dung_lai_2=str(result.pk))))
    both = form(cast, thanh_phan_1=None, dung_lai_1=str(result.pk), dung_lai_2=str(result.pk))
    two = count(lambda: client.post(PAGE, both))
    assert two - one == 5 - 2  # one file fewer (its two inserts), one reuse more


def test_the_choice_reads_in_english(cast, client):
    result = issued_result(cast)
    client.force_login(cast.citizen)
    html = client.get(PAGE, {"lang": "en"}).content.decode()
    assert "Reuse a digitised paper" in html and "— Do not reuse, upload a file —" in html
    assert f"Giấy phép (dossier {result.dossier.code}, " in html
