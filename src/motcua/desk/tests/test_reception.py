"""Walk-in reception: pick the procedure, fill the form, scan the papers; all of it or nothing."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from motcua.desk.tests.pages import client_for
from motcua.dossiers.models import Document, Dossier
from motcua.errors import DomainError
from motcua.testing.cast import BIRTH, PERMIT
from motcua.testing.files import PDF, PNG

URL = "/can-bo/tiep-nhan"


def form(**extra):
    data = {
        "channel": "1",
        "applicant_name": "Trần Thị Hoa",
        "applicant_kind": "1",
        "applicant_id_number": "099123456789",
        "applicant_phone": "0912345678",
        "applicant_email": "hoa@example.vn",
        "applicant_address": "Thôn 2, xã Tân Phú",
        "competent_agency": "000.00.01.H99",
        "summary": "Xin phép xây nhà",
    }
    data.update(extra)
    return data


def test_step_one_offers_a_code_field(cast):
    page = client_for(cast.desk).get(URL)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="thu-tuc"' in html and 'name="q"' in html


def test_step_two_has_one_file_input_per_component(cast):
    page = client_for(cast.desk).get(URL, {"thu-tuc": PERMIT})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Tờ khai đăng ký khai sinh theo mẫu" in html
    assert "Giấy chứng sinh (bản chính)" in html
    assert html.count('type="file"') == 2
    assert 'enctype="multipart/form-data"' in html
    # a province-level procedure: its own agency is the default
    assert '<option value="000.00.01.H99" selected>' in html


def test_an_unknown_procedure_is_a_clear_404(cast):
    page = client_for(cast.desk).get(URL, {"thu-tuc": "9.999999"})
    assert page.status_code == 404
    assert "Không tìm thấy thủ tục" in page.content.decode()


def test_walk_in_reception_end_to_end_with_scans(cast):
    client = client_for(cast.desk)
    data = form(
        file_0=SimpleUploadedFile("to-khai.pdf", PDF, content_type="application/pdf"),
        file_1=SimpleUploadedFile("giay-chung-sinh.png", PNG, content_type="image/png"),
    )
    response = client.post(f"{URL}?thu-tuc={PERMIT}", data)
    assert response.status_code == 302
    dossier = Dossier.objects.get()
    assert response["Location"] == f"/can-bo/ho-so/{dossier.code}?vua-tiep-nhan=1"
    assert (dossier.status, dossier.channel) == (2, 1)
    assert dossier.received_by_agency == cast.centre
    assert dossier.competent_agency == cast.department
    assert dossier.digitised is True
    assert dossier.applicant_name == "Trần Thị Hoa"
    assert dossier.applicant_email == "hoa@example.vn"
    documents = list(Document.objects.filter(dossier=dossier).order_by("pk"))
    assert [(d.kind, d.component_code, d.digitised) for d in documents] == [
        ("component", "GT-KS-01", True),
        ("component", "GT-KS-02", True),
    ]
    assert [d.content_type for d in documents] == ["application/pdf", "image/png"]

    page = client.get(response["Location"])
    html = page.content.decode()
    assert f"Đã tiếp nhận hồ sơ {dossier.code}." in html
    assert f'href="/ho-so/{dossier.code}/mau-1.pdf"' in html
    assert "In Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)" in html


def test_postal_reception_without_scans(cast):
    client = client_for(cast.desk)
    response = client.post(f"{URL}?thu-tuc={PERMIT}", form(channel="3"))
    assert response.status_code == 302
    dossier = Dossier.objects.get()
    assert dossier.channel == 3 and dossier.digitised is False


def test_commune_procedure_defaults_to_the_desks_commune_committee(cast):
    client = client_for(cast.commune_desk)
    page = client.get(URL, {"thu-tuc": BIRTH}).content.decode()
    assert '<option value="000.01.30.H99" selected>' in page
    response = client.post(
        f"{URL}?thu-tuc={BIRTH}",
        form(
            competent_agency="000.01.30.H99",
            file_0=SimpleUploadedFile("to-khai.pdf", PDF, content_type="application/pdf"),
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    dossier = Dossier.objects.get()
    assert dossier.competent_agency == cast.commune_committee
    assert dossier.received_by_agency == cast.commune_centre
    assert dossier.digitised is True


def test_a_bad_file_is_refused_at_its_field_and_nothing_is_created(cast):
    client = client_for(cast.desk)
    response = client.post(
        f"{URL}?thu-tuc={PERMIT}",
        form(
            file_0=SimpleUploadedFile("to-khai.pdf", PDF, content_type="application/pdf"),
            file_1=SimpleUploadedFile(
                "virus.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf"
            ),
        ),
    )
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["file_1"]
    html = response.content.decode()
    assert "Chỉ nhận tệp PDF, JPEG hoặc PNG" in html
    assert 'id="id_file_1_error"' in html
    assert Dossier.objects.count() == 0 and Document.objects.count() == 0


def test_a_too_large_file_is_refused(cast, monkeypatch):
    monkeypatch.setattr("motcua.desk.forms.MAX_BYTES", 64)
    big = PDF + b"0" * 100
    response = client_for(cast.desk).post(
        f"{URL}?thu-tuc={PERMIT}",
        form(file_0=SimpleUploadedFile("big.pdf", big, content_type="application/pdf")),
    )
    assert response.status_code == 400
    assert "Tệp quá lớn" in response.content.decode()
    assert Dossier.objects.count() == 0


def test_a_refusal_while_storing_rolls_everything_back(cast, monkeypatch):
    calls = []

    def failing_add(**kwargs):
        calls.append(kwargs["component_code"])
        if len(calls) == 2:
            raise DomainError("file_type_invalid", "Tệp hỏng.", field="file")
        from motcua.dossiers.documents import document_add

        return document_add(**kwargs)

    monkeypatch.setattr("motcua.desk.views.document_add", failing_add)
    response = client_for(cast.desk).post(
        f"{URL}?thu-tuc={PERMIT}",
        form(
            file_0=SimpleUploadedFile("a.pdf", PDF, content_type="application/pdf"),
            file_1=SimpleUploadedFile("b.pdf", PDF, content_type="application/pdf"),
        ),
    )
    assert response.status_code == 400
    assert response.context["form"].errors == {"file_1": ["Tệp hỏng."]}
    assert Dossier.objects.count() == 0 and Document.objects.count() == 0


def test_missing_fields_are_named(cast):
    response = client_for(cast.desk).post(
        f"{URL}?thu-tuc={PERMIT}", {"channel": "2", "applicant_email": "không-phải-email"}
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert {"channel", "applicant_name", "applicant_email", "competent_agency"} <= errors.keys()
    assert Dossier.objects.count() == 0


def test_only_desk_officers_receive(cast):
    for user in (cast.officer, cast.leader, cast.admin):
        response = client_for(user).get(URL, {"thu-tuc": PERMIT})
        assert response.status_code == 403
        assert "Chỉ cán bộ một cửa" in response.content.decode()
    response = client_for(cast.officer).post(f"{URL}?thu-tuc={PERMIT}", form())
    assert response.status_code == 403 and Dossier.objects.count() == 0
