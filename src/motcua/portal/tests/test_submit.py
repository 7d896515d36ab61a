"""Online submission: the whole path, and every refusal leaves nothing behind."""

from __future__ import annotations

from typing import Any

from motcua.dossiers.models import Document, Dossier, Event
from motcua.portal.tests.helpers import exe_named_pdf, pdf, png
from motcua.sync.models import Delivery
from motcua.testing.cast import BIRTH, PERMIT


def form(cast, **overrides: Any) -> dict[str, Any]:
    data = {
        "kind": "1",
        "name": "Trần Thị Bình",
        "id_number": "001090001234",
        "phone": "0912345678",
        "address": "Thôn 3, xã Tân Phú",
        "competent_agency": cast.commune_committee.code,
        "thanh_phan_1": pdf("to-khai.pdf"),
        "thanh_phan_2": png("giay-chung-sinh.png"),
        "declaration": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def nothing_created() -> bool:
    return not (
        Dossier.objects.exists()
        or Event.objects.exists()
        or Document.objects.exists()
        or Delivery.objects.exists()
    )


def test_the_form_is_prefilled_and_shows_the_limits_before_upload(cast, client):
    cast.citizen.phone, cast.citizen.id_number = "0987000111", "001234567890"
    cast.citizen.save()
    client.force_login(cast.citizen)
    html = client.get(f"/thu-tuc/{BIRTH}/nop-ho-so").content.decode()
    assert 'value="0987000111"' in html and 'value="001234567890"' in html
    assert 'value="Citizen"' in html
    assert html.count('accept="application/pdf,image/jpeg,image/png"') == 2
    assert "tối đa 10 MB" in html
    assert 'name="competent_agency"' in html and "UBND xã Tân Phú" in html
    assert 'name="declaration"' in html and "csrfmiddlewaretoken" in html


def test_province_procedures_name_their_agency_instead_of_a_choice(cast, client):
    client.force_login(cast.citizen)
    html = client.get(f"/thu-tuc/{PERMIT}/nop-ho-so").content.decode()
    assert 'name="competent_agency"' not in html and "Sở Xây dựng" in html


def test_a_citizen_submits_online_and_lands_on_the_receipt(cast, client, settings):
    client.force_login(cast.citizen)
    response = client.post(f"/thu-tuc/{BIRTH}/nop-ho-so", form(cast))
    dossier = Dossier.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/ho-so/{dossier.code}/bien-nhan"
    assert dossier.status == 1 and dossier.channel == 2 and dossier.owner == cast.citizen
    assert dossier.competent_agency == cast.commune_committee
    assert dossier.received_by_agency == cast.commune_centre
    assert dossier.applicant_phone == "0912345678" and dossier.applicant_name == "Trần Thị Bình"
    documents = {d.component_code: d for d in Document.objects.all()}
    assert set(documents) == {"GT-KS-01", "GT-KS-02"}
    assert documents["GT-KS-01"].content_type == "application/pdf"
    assert documents["GT-KS-02"].content_type == "image/png"
    assert not any(d.digitised for d in documents.values())
    receipt = client.get(response["Location"])
    html = receipt.content.decode()
    assert dossier.code in html and "Mới đăng ký" in html
    assert f'href="/ho-so/{dossier.code}/mau-1.pdf"' in html
    assert f"Đã nộp hồ sơ {dossier.code}" in html  # the confirmation message


def test_a_file_with_a_pdf_name_and_exe_bytes_is_refused_and_nothing_is_created(
    cast, client, settings, tmp_path
):
    client.force_login(cast.citizen)
    response = client.post(f"/thu-tuc/{BIRTH}/nop-ho-so", form(cast, thanh_phan_2=exe_named_pdf()))
    assert response.status_code == 400
    html = response.content.decode()
    error = html.split('id="id_thanh_phan_2_error"')[1].split("</ul>")[0]
    assert "chỉ nhận tệp PDF, JPEG hoặc PNG" in error and "to-khai.pdf" in error
    assert 'id="id_thanh_phan_1_error"' not in html
    assert 'value="Trần Thị Bình"' in html and 'value="Thôn 3, xã Tân Phú"' in html
    assert nothing_created()
    media = tmp_path / "media"
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))


def test_a_refusal_inside_the_services_rolls_everything_back(cast, client, monkeypatch, tmp_path):
    from motcua.dossiers import documents as documents_module
    from motcua.portal import services

    calls = {"n": 0}
    real = documents_module.document_add

    def second_fails(**kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise documents_module.DomainError("file_empty", "Tệp rỗng.", field="file")
        return real(**kwargs)

    monkeypatch.setattr(services, "document_add", second_fails)
    client.force_login(cast.citizen)
    response = client.post(f"/thu-tuc/{BIRTH}/nop-ho-so", form(cast))
    assert response.status_code == 400
    assert "Tệp rỗng." in response.content.decode().split('id="id_thanh_phan_2_error"')[1]
    assert nothing_created() and calls["n"] == 2
    # The first file had been stored: it is removed with the rolled-back dossier.
    assert not any(p.is_file() for p in (tmp_path / "media").rglob("*"))


def test_the_declaration_is_required(cast, client):
    client.force_login(cast.citizen)
    response = client.post(f"/thu-tuc/{BIRTH}/nop-ho-so", form(cast, declaration=None))
    assert response.status_code == 400
    assert "Cần xác nhận lời cam đoan" in response.content.decode()
    assert nothing_created()


def test_required_components_and_the_commune_are_required(cast, client):
    client.force_login(cast.citizen)
    response = client.post(
        f"/thu-tuc/{BIRTH}/nop-ho-so", form(cast, thanh_phan_1=None, competent_agency="")
    )
    html = response.content.decode()
    assert 'id="id_thanh_phan_1_error"' in html and 'id="id_competent_agency_error"' in html
    assert nothing_created()


def test_anonymous_users_are_sent_to_log_in(cast, client):
    response = client.get(f"/thu-tuc/{BIRTH}/nop-ho-so")
    assert response.status_code == 302
    assert response["Location"].startswith("/dang-nhap?next=")


def test_officers_get_a_clear_message(cast, client):
    client.force_login(cast.desk)
    response = client.post(f"/thu-tuc/{BIRTH}/nop-ho-so", form(cast))
    assert response.status_code == 403
    assert "dành cho công dân, tổ chức" in response.content.decode()
    assert nothing_created()


def test_unknown_procedures_are_a_404(cast, client):
    client.force_login(cast.citizen)
    assert client.get("/thu-tuc/9.999999/nop-ho-so").status_code == 404
