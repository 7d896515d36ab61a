"""Text from outside the province's own people: the national catalogue's procedure file (names,
components, form links, requirements, steps) and what administrators type in the Django admin
(agency names, officers' names and titles). Pages show it as text; a form link is a link only
when it is an http(s) address."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from motcua.accounts.models import User
from motcua.desk.tests.pages import act
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_create
from motcua.testing.cast import Cast, permit_procedure
from motcua.web.tests.injection.admin_forms import admin_edit
from motcua.web.tests.injection.inert import (
    PAYLOAD_IDS,
    PAYLOAD_TEXTS,
    assert_workbook_shows,
    fit,
    page,
    read_html,
)

pytestmark = pytest.mark.django_db
CODE = "1.000777"
URLS = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "vbscript:msgbox(1)",
]


def procedure_file(text: str, url: str = "") -> dict[str, Any]:
    """The permit procedure under a new code, with `text` in every text the catalogue carries
    (cut to the length motcua stores where it has a limit)."""
    data = copy.deepcopy(permit_procedure())
    data["MATTHC"] = CODE
    data["TENTTHC"] = fit(text, 1000)
    data["LINHVUCTHUCHIEN"] = [{"MALINHVUC": "TIEMNANG", "TENLINHVUC": fit(text, 300)}]
    data["COQUANTHUCHIEN"][0]["TENDONVI"] = text
    data["YEUCAU"] = text
    data["TRINHTUTHUCHIEN"] = [{"TRUONGHOP": text, "TRINHTU": [{"TENTRINHTU": text}]}]
    data["THANHPHANHOSO"] = [
        {
            "TRUONGHOP": text,
            "GIAYTO": [
                {"MAGIAYTO": "GT-1", "TENGIAYTO": text, "TENMAUDON": text, "URL": url},
                {"MAGIAYTO": "GT-2", "TENGIAYTO": "Bản vẽ (nếu có)", "TENMAUDON": "", "URL": ""},
            ],
        }
    ]
    data["KETQUATHUCHIEN"] = [{"MAKETQUA": "KQ", "TENKETQUA": text}]
    data["CANCUPHAPLY"] = [{"SOVANBAN": "1/2025/QH15", "TENVANBAN": text}]
    data["DOITUONGTHUCHIEN"] = [{"TENDOITUONG": text}]
    for channel in data["CACHTHUCTHUCHIEN"]:
        channel["THOIGIAN"][0]["MOTA"] = text
        channel["THOIGIAN"][0]["PHILEPHI"][0]["MOTA"] = text
    for step in data["QUYTRINH"]:
        step["TENBUOC"] = fit(text, 300)
    return data


def import_file(tmp_path: Path, data: dict[str, Any]) -> None:
    path = tmp_path / "laythutuc.json"
    path.write_text(json.dumps([data], ensure_ascii=False), encoding="utf-8")
    call_command("catalog", "import", str(path), stdout=io.StringIO())


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("text", PAYLOAD_TEXTS, ids=PAYLOAD_IDS)
def test_catalogue_text_is_shown_as_text(cast: Cast, tmp_path: Path, text: str):
    import_file(tmp_path, procedure_file(text, url="https://dichvucong.gov.vn/mau/to-khai.docx"))
    name, step = fit(text, 1000), fit(text, 300)
    anyone = Client()
    page(anyone.get("/thu-tuc", {"q": CODE}), name, where="search results")
    page(anyone.get("/"), step, where="home page (fields)")
    reading = page(anyone.get(f"/thu-tuc/{CODE}"), name, text, where="procedure page")
    assert "https://dichvucong.gov.vn/mau/to-khai.docx" in reading.attributes  # a real link stays
    page(client_for(cast.citizen).get(f"/thu-tuc/{CODE}/nop-ho-so"), text, where="submission form")
    desk = client_for(cast.desk)
    page(desk.get("/can-bo/tiep-nhan", {"thu-tuc": CODE}), text, where="reception form")
    page(desk.get("/can-bo/tiep-nhan", {"q": CODE}), name, where="reception search")

    dossier = dossier_create(
        actor=cast.desk, procedure_code=CODE, channel=1, applicant=Applicant(name="Lê Văn An")
    )
    forwarded = act(desk, dossier, "forward")
    page(forwarded, name, step, text, where="desk dossier page")
    leader = client_for(cast.admin)
    page(leader.get("/bang-dieu-khien/quy-trinh"), step, where="process view")
    assert_workbook_shows(leader.get("/bang-dieu-khien/quy-trinh.xlsx"), step, where="process xlsx")
    root = client_for(User.objects.create_superuser("root", password="pw-root"))
    page(root.get("/admin/catalog/procedureversion/"), name, where="admin: procedure versions")


@pytest.mark.parametrize("url", URLS)
def test_a_form_link_from_the_catalogue_is_a_link_only_when_it_is_http(
    cast: Cast, tmp_path: Path, url: str
):
    import_file(tmp_path, procedure_file("Tờ khai đăng ký", url=url))
    for response in (
        Client().get(f"/thu-tuc/{CODE}"),
        client_for(cast.citizen).get(f"/thu-tuc/{CODE}/nop-ho-so"),
    ):
        page(response, "Tờ khai đăng ký")  # the form's name is still there, as text


def test_catalogue_text_longer_than_motcua_stores_is_refused_with_its_path(tmp_path: Path):
    data = procedure_file("Thủ tục")
    data["TENTTHC"] = "Đăng ký " + "x" * 1000
    data["QUYTRINH"][1]["TENBUOC"] = "Thẩm định " + "x" * 300
    with pytest.raises(CommandError) as refused:
        import_file(tmp_path, data)
    message = str(refused.value)
    assert "TENTTHC" in message and "1000" in message
    assert "QUYTRINH[1].TENBUOC" in message and "300" in message


@pytest.mark.parametrize("control", ["\u0000", "\u0001", "\u001b", "\u007f"])
def test_control_characters_in_the_catalogue_are_refused_with_their_path(
    tmp_path: Path, control: str
):
    data = procedure_file("Thủ tục")
    data["THANHPHANHOSO"][0]["GIAYTO"][0]["TENGIAYTO"] = f"Tờ khai{control}mẫu 01"
    with pytest.raises(CommandError) as refused:
        import_file(tmp_path, data)
    assert "THANHPHANHOSO[0].GIAYTO[0].TENGIAYTO" in str(refused.value)
    assert "ký tự điều khiển" in str(refused.value)


# --- what administrators type in the Django admin -------------------------------------------------


def test_what_administrators_type_is_shown_as_text(cast: Cast):
    text = " ".join(fit(t, 60) for t in PAYLOAD_TEXTS)[:300].strip()
    root = client_for(User.objects.create_superuser("root", password="pw-root"))
    admin_edit(root, f"/admin/units/agency/{cast.department.pk}/change/", name=text)
    officer_url = f"/admin/accounts/user/{cast.desk.pk}/change/"
    admin_edit(root, officer_url, full_name=fit(text, 200), title=fit(text, 100))
    cast.desk.refresh_from_db()
    assert cast.desk.full_name == fit(text, 200)

    dossier = dossier_create(
        actor=cast.desk,
        procedure_code="1.009999",
        channel=1,
        applicant=Applicant(name="Lê Văn An"),
        competent=cast.department,
    )
    desk, leader = client_for(cast.desk), client_for(cast.admin)
    page(desk.get(f"/can-bo/ho-so/{dossier.code}"), text, fit(text, 200), fit(text, 100))
    reception = desk.get("/can-bo/tiep-nhan", {"thu-tuc": "1.009999"})
    page(reception, text, where="reception: the agency to choose")
    page(Client().get("/minh-bach"), text, where="public transparency page")
    page(leader.get("/bang-dieu-khien"), text, where="dashboard ranking")
    assert_workbook_shows(leader.get("/bang-dieu-khien.xlsx"), text, where="dashboard xlsx")
    page(root.get("/admin/units/agency/"), text, where="admin: agencies")
    page(root.get("/admin/accounts/user/"), fit(text, 200), where="admin: users")
    assert read_html(root.get(officer_url).content.decode()).live == []
    assert Dossier.objects.count() == 1
