"""A walk-in dossier: the desk picks the procedure, types the applicant, attaches the scans,
receives it, and prints Form 01 with the code and the date the result is due."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from motcua.clock import VN_TZ
from motcua.dossiers.models import Channel, Document, Dossier, Event
from motcua.testing.cast import PERMIT
from motcua.web.tests.browser_steps import (
    fresh_province,
    pdf_file,
    status_badge,
)

pytestmark = pytest.mark.django_db(transaction=True)
COMPONENTS = ["Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh (bản chính)"]


def test_desk_receives_a_walk_in_dossier_with_scans_and_prints_form_01(
    visitors, settings, tmp_path
):
    cast = fresh_province(settings, tmp_path)
    desk = visitors.open(cast.desk.username)

    desk.get_by_role("link", name="Tiếp nhận hồ sơ trực tiếp").click()
    desk.fill("#id_thu_tuc", PERMIT)
    desk.get_by_role("button", name="Chọn").click()
    expect(desk.locator("h1")).to_have_text("Tiếp nhận hồ sơ")
    expect(desk.get_by_label("Trực tiếp")).to_be_checked()
    desk.fill("#id_applicant_name", "Trần Thị Hoa")
    desk.fill("#id_applicant_id_number", "099123456789")
    desk.fill("#id_applicant_phone", "0912345678")
    desk.fill("#id_applicant_address", "Thôn 2, xã Tân Phú")
    expect(desk.locator("#id_competent_agency")).to_have_value(cast.department.code)
    for index, name in enumerate(COMPONENTS):
        desk.get_by_label(name).set_input_files(pdf_file(tmp_path, f"scan-{index}.pdf"))
    desk.get_by_role("button", name="Tiếp nhận hồ sơ").click()

    expect(desk.locator(".callout")).to_contain_text("Đã tiếp nhận hồ sơ.")
    code = desk.locator("h1 .code").inner_text().strip()
    expect(desk.locator(".messages")).to_contain_text(f"Đã tiếp nhận hồ sơ {code}.")
    expect(status_badge(desk)).to_have_text("Được tiếp nhận")
    expect(desk.locator("#docs-h + ul li")).to_have_count(2)
    for name in COMPONENTS:
        expect(desk.locator("#docs-h + ul li", has_text=name)).to_contain_text("bản số hóa")

    dossier = Dossier.objects.get(code=code)
    due = dossier.due_at.astimezone(VN_TZ).strftime("%d/%m/%Y")
    expect(desk.locator("#clock-h + dl")).to_contain_text(due)

    link = desk.get_by_role("link", name="In Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)")
    response = desk.request.get(link.get_attribute("href"))
    assert response.ok, response.status
    assert response.headers["content-type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.body())).pages)
    assert code in text
    assert due in text
    assert "Trần Thị Hoa" in text

    assert dossier.digitised
    assert dossier.channel == Channel.DIRECT and dossier.status == 2
    assert dossier.received_by_agency == cast.centre
    assert dossier.competent_agency == cast.department
    scans = Document.objects.filter(dossier=dossier).order_by("component_code")
    assert [(d.name, d.kind, d.digitised) for d in scans] == [
        (name, "component", True) for name in COMPONENTS
    ]
    assert list(Event.objects.filter(dossier=dossier).values_list("action", flat=True)) == [
        "receive"
    ]
