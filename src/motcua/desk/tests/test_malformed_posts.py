"""Bad input is a message naming the field (or a 4xx), never a 500 and never silently coerced."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from motcua.desk.tests.pages import act, client_for
from motcua.dossiers.models import Document
from motcua.dossiers.tests.helpers import at_officer
from motcua.testing.files import PDF


def errors(response) -> list[str]:
    return [str(m) for m in response.context["messages"] if m.level_tag == "error"]


def test_a_malformed_date_names_the_field(cast):
    dossier = at_officer(cast)
    response = act(client_for(cast.leader), dossier, "extend", note="x", new_due_at="ngày mai")
    assert response.status_code == 200
    (message,) = errors(response)
    assert message.startswith("Ngày hẹn trả mới:")
    dossier.refresh_from_db()
    assert dossier.extension_count == 0


def test_a_date_before_the_due_date_is_refused(cast):
    dossier = at_officer(cast)
    response = act(
        client_for(cast.leader), dossier, "extend", note="x", new_due_at="2001-01-01T08:00"
    )
    assert errors(response) == ["Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại."]


def test_a_malformed_version_names_the_field(cast):
    dossier = at_officer(cast)
    for bad in ("abc", "-1", "9" * 30):
        response = act(client_for(cast.officer), dossier, "forward", expected_version=bad)
        assert response.status_code == 200
        assert errors(response)[0].startswith("Phiên bản hồ sơ:")
    dossier.refresh_from_db()
    assert dossier.step_index == 1


def test_an_unknown_agency_is_named(cast):
    dossier = at_officer(cast)
    response = act(client_for(cast.officer), dossier, "forward", agency="000.00.99.H99")
    assert errors(response) == ["Không tìm thấy cơ quan mã “000.00.99.H99”."]
    too_long = act(client_for(cast.officer), dossier, "forward", agency="x" * 50)
    assert errors(too_long)[0].startswith("Chuyển sang cơ quan:")


def test_a_huge_note_is_refused(cast):
    dossier = at_officer(cast)
    response = act(client_for(cast.officer), dossier, "request_supplement", note="x" * 5000)
    assert errors(response)[0].startswith("Ghi chú, lý do:")


def test_uploads_without_a_file_or_with_a_wrong_one(cast):
    dossier = at_officer(cast)
    client = client_for(cast.officer)
    url = f"/can-bo/ho-so/{dossier.code}/tai-lieu"
    response = client.post(url, {"kind": "component"}, follow=True)
    assert errors(response)[0].startswith("Tệp (PDF, JPEG, PNG):")
    text = SimpleUploadedFile("a.pdf", b"plain text", content_type="application/pdf")
    response = client.post(url, {"kind": "component", "file": text}, follow=True)
    assert "Chỉ nhận tệp PDF, JPEG hoặc PNG" in errors(response)[0]
    weird = SimpleUploadedFile("a.pdf", PDF, content_type="application/pdf")
    response = client.post(url, {"kind": "hack", "file": weird}, follow=True)
    assert errors(response)[0].startswith("Loại tài liệu:")
    assert Document.objects.count() == 0


def test_an_upload_by_an_agency_that_does_not_hold_it(cast):
    dossier = at_officer(cast)
    leader_of_other = client_for(cast.other_officer)
    url = f"/can-bo/ho-so/{dossier.code}/tai-lieu"
    pdf = SimpleUploadedFile("a.pdf", PDF, content_type="application/pdf")
    assert leader_of_other.post(url, {"kind": "result", "file": pdf}).status_code == 404
    commune = client_for(cast.commune_desk)
    assert commune.post(url, {"kind": "result", "file": pdf}).status_code == 404
    assert Document.objects.count() == 0


def test_odd_page_numbers_and_query_strings(cast):
    at_officer(cast)
    client = client_for(cast.officer)
    for query in ("?trang=abc", "?trang=-1", "?trang=0", "?trang=99999999999", "?trang="):
        assert client.get("/can-bo/" + query).status_code == 200
    desk = client_for(cast.desk)
    # a NUL anywhere in the parameters is refused before any view (RejectNulMiddleware)
    assert desk.get("/can-bo/tiep-nhan?thu-tuc=%00").status_code == 400
    assert desk.get("/can-bo/tiep-nhan?q=" + "x" * 500).status_code == 200


def test_a_reception_post_with_garbage(cast):
    client = client_for(cast.desk)
    response = client.post(
        "/can-bo/tiep-nhan?thu-tuc=1.009999",
        {"channel": "7", "applicant_kind": "x", "competent_agency": "nope", "applicant_name": ""},
    )
    assert response.status_code == 400
    assert {"channel", "applicant_kind", "competent_agency", "applicant_name"} <= set(
        response.context["form"].errors
    )


def test_control_characters_in_a_code_are_a_404(cast):
    client = client_for(cast.desk)
    assert client.get("/can-bo/ho-so/abc%00def").status_code == 404
    assert client.post("/can-bo/ho-so/abc%00def/thao-tac/forward", {}).status_code == 404
    assert client.post("/can-bo/ho-so/abc%00/tai-lieu", {}).status_code == 404
    assert client.get("/can-bo/ho-so/" + "9" * 41).status_code == 404


def test_a_nul_in_a_note_is_refused_not_stored(cast):
    dossier = at_officer(cast)
    response = act(client_for(cast.officer), dossier, "forward", note="a\x00b")
    assert response.status_code == 400
    assert "NUL" in response.content.decode()
    assert dossier.events.count() == 2
