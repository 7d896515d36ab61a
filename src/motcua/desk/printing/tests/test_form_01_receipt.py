"""Form 01: the receipt and appointment slip, with its QR code to the tracking page."""

from __future__ import annotations

from motcua.desk.printing.tests.helpers import (
    A5,
    MONDAY,
    assert_size,
    compact,
    day,
    fetch_pdf,
    form_url,
    images,
    text,
)
from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import PDF, received
from motcua.testing.cast import PERMIT


def test_receipt_shows_the_dossier_the_appointment_and_why(cast, client):
    dossier = received(cast, at=MONDAY)
    client.force_login(cast.desk)

    response = client.get(form_url(dossier.code, 1))

    assert response["Content-Disposition"] == f'inline; filename="mau-01-{dossier.code}.pdf"'
    reader = fetch_pdf(client, form_url(dossier.code, 1))
    assert_size(reader, A5)
    content = text(reader)
    for expected in (
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "UBND TỈNH SƠN HÀ",
        "TRUNG TÂM PVHCC TỈNH",
        f"Số: {dossier.code}",
        "Sơn Hà, ngày 02 tháng 03 năm 2026",
        "Lê Văn Cường",
        "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        "Thành phần hồ sơ nộp gồm",
        "Tờ khai đăng ký khai sinh theo mẫu",  # the procedure's listed components
        "5 ngày làm việc",
        "09 giờ 00 phút, ngày 02/03/2026",
        day(dossier.due_at),
        "Không tính ngày tiếp nhận hồ sơ (02/03/2026)",  # a reason line from explain_due
        "Desk",  # the receiving officer
    ):
        assert expected in content, expected
    assert f"http://testserver/tra-cuu?ma={dossier.code}" in compact(reader)


def test_receipt_carries_a_qr_code_image(cast, client):
    dossier = received(cast, at=MONDAY)
    client.force_login(cast.desk)

    reader = fetch_pdf(client, form_url(dossier.code, 1))

    assert len(images(reader.pages[0])) == 1


def test_receipt_lists_the_components_handed_in_once_there_are_some(cast, client):
    dossier = received(cast, at=MONDAY)
    document_add(
        dossier=dossier,
        actor=cast.desk,
        kind="component",
        name="Bản vẽ thiết kế mặt bằng",
        content=PDF,
        digitised=True,
    )
    client.force_login(cast.desk)

    content = text(fetch_pdf(client, form_url(dossier.code, 1)))

    assert "Bản vẽ thiết kế mặt bằng (bản số hóa)" in content
    assert "Tờ khai đăng ký khai sinh theo mẫu" not in content


def test_the_owner_prints_the_receipt_of_an_online_dossier_once_received(cast, client):
    dossier = dossier_create(
        actor=cast.citizen,
        procedure_code=PERMIT,
        channel=2,
        applicant=Applicant(name="Trần Thị Bích"),
        at=MONDAY,
    )
    client.force_login(cast.citizen)

    refused = client.get(form_url(dossier.code, 1))
    assert refused.status_code == 404
    assert "Hồ sơ chưa được tiếp nhận" in refused.content.decode()

    dossier_act(code=dossier.code, action="receive", actor=cast.desk, at=MONDAY)
    content = text(fetch_pdf(client, form_url(dossier.code, 1)))
    assert "Trần Thị Bích" in content
    assert "Trực tuyến" in content
    assert Dossier.objects.get(code=dossier.code).received_at is not None
