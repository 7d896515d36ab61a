"""Every payload in every free-text field a citizen or an officer fills in on the pages, then every
page that shows it back: it is there as text, and nothing on the page runs or links.

One story per payload: sign up, submit online, track (with and without the second factor), the
desk's inbox, actions with notes, a supplement with a file, an upload, the dashboard's drill-down,
the Django admin's lists, withdrawal.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from motcua.accounts.models import User
from motcua.desk.tests.pages import act
from motcua.dossiers.models import Document, Dossier, Event
from motcua.testing.cast import PERMIT, Cast
from motcua.testing.files import PDF, PNG
from motcua.web.tests.injection.inert import PAYLOAD_IDS, PAYLOAD_TEXTS, assert_inert, fit, page

pytestmark = pytest.mark.django_db
PHONE, LAST4 = "0912345678", "5678"


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def upload(name: str, content: bytes = PDF) -> SimpleUploadedFile:
    kind = "application/pdf" if content == PDF else "image/png"
    return SimpleUploadedFile(name, content, content_type=kind)


def sign_up(client: Client, full_name: str) -> User:
    response = client.post(
        "/dang-ky",
        {
            "username": "cong.dan.moi",
            "full_name": full_name,
            "phone": "0987000111",
            "id_number": "001090004321",
            "password1": "mật-khẩu-dài-123",
            "password2": "mật-khẩu-dài-123",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return User.objects.get(username="cong.dan.moi")


def submit(client: Client, text: str) -> Dossier:
    response = client.post(
        f"/thu-tuc/{PERMIT}/nop-ho-so",
        {
            "kind": "1",
            "name": fit(text, 300),
            "phone": PHONE,
            "address": fit(text, 500),
            "summary": fit(text, 1000),
            "thanh_phan_1": upload("to-khai.pdf"),
            "thanh_phan_2": upload("anh.png", PNG),
            "declaration": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Dossier.objects.get()


def check_admin_lists(text: str) -> None:
    """The Django admin's change lists, and its search box given the payload."""
    admin = client_for(User.objects.create_superuser("root", password="pw-root"))
    for url, shown in (
        ("/admin/dossiers/dossier/", fit(text, 300)),
        ("/admin/dossiers/document/", fit(text, 500)),
        ("/admin/dossiers/event/", fit(text, 200)),
        ("/admin/accounts/user/", fit(text, 200)),
    ):
        page(admin.get(url), shown, where=url)
    searched = admin.get("/admin/dossiers/dossier/", {"q": fit(text, 300)})
    reading = page(searched, where="admin search")
    assert fit(text, 300) in reading.attributes  # the search box keeps what was typed, as a value


@pytest.mark.parametrize("text", PAYLOAD_TEXTS, ids=PAYLOAD_IDS)
def test_what_citizens_and_officers_type_is_shown_as_text_on_every_page(cast: Cast, text: str):
    citizen = Client()
    signed_up = sign_up(citizen, fit(text, 200))
    form = citizen.get(f"/thu-tuc/{PERMIT}/nop-ho-so")
    assert fit(text, 200) in page(form, where="submission form").attributes  # prefilled name

    dossier = submit(citizen, text)
    code, name, summary = dossier.code, fit(text, 300), fit(text, 1000)
    assert (dossier.applicant_name, dossier.summary) == (name, summary)
    page(citizen.get(f"/ho-so/{code}/bien-nhan"), code, where="receipt")
    page(citizen.get("/ca-nhan/ho-so"), code, where="my dossiers")
    anyone = Client()
    public = page(anyone.get("/tra-cuu", {"ma": code}), code, where="tracking")
    assert len(name) < 5 or name not in public.text  # the applicant's name needs the factor
    personal = anyone.post("/tra-cuu", {"ma": code, "xac-thuc": LAST4})
    page(personal, name, fit(text, 500), where="tracking with the factor")

    desk = client_for(cast.desk)
    page(desk.get("/can-bo/"), name, where="desk inbox")
    note = fit(text, 4000)
    page(act(desk, dossier, "receive", note=note), note, where="after receiving")
    page(act(desk, dossier, "request_supplement", note=note), note, where="supplement request")
    page(anyone.get("/tra-cuu", {"ma": code}), fit(text, 4000), where="tracking: what to supply")
    page(citizen.get(f"/ho-so/{code}/bo-sung"), note, where="supplement page")

    file_name = f"{fit(text, 120)}.pdf"
    supplied = citizen.post(
        f"/ho-so/{code}/bo-sung",
        {"attachments": [upload(file_name)], "note": fit(text, 2000)},
    )
    assert supplied.status_code == 302, supplied.content.decode()[:2000]
    stored_file_name = Document.objects.get(kind="supplement").name
    assert stored_file_name.startswith("Bổ sung: ")

    uploaded = desk.post(
        f"/can-bo/ho-so/{code}/tai-lieu",
        {"kind": "component", "name": fit(text, 500), "file": upload("x.pdf")},
        follow=True,
    )
    page(uploaded, fit(text, 500), where="after the upload (its message)")
    dossier_page = desk.get(f"/can-bo/ho-so/{code}")
    page(
        dossier_page,
        name,
        fit(text, 500),  # the address, and the uploaded document's name
        summary,
        note,
        fit(text, 2000),  # the citizen's note with the supplement
        stored_file_name,
        signed_up.full_name,  # the citizen, as the actor of the submission
        where="desk dossier page",
    )

    Dossier.objects.filter(pk=dossier.pk).update(due_at=timezone.now() + dt.timedelta(hours=2))
    leader = client_for(cast.admin)
    page(leader.get("/bang-dieu-khien"), where="dashboard")
    soon = leader.get("/bang-dieu-khien/ho-so", {"loai": "sap-den-han"})
    page(soon, name, where="dashboard drill-down: due soon")

    check_admin_lists(text)

    withdrawn = citizen.post(f"/ho-so/{code}/rut", {"reason": fit(text, 2000)})
    assert withdrawn.status_code == 302, withdrawn.content.decode()[:2000]
    assert Event.objects.filter(dossier=dossier, action="withdraw").exists()
    page(desk.get(f"/can-bo/ho-so/{code}"), fit(text, 2000), where="desk page after withdrawal")
    page(citizen.get("/ca-nhan/ho-so"), where="my dossiers after withdrawal")


@pytest.mark.parametrize("text", PAYLOAD_TEXTS, ids=PAYLOAD_IDS)
def test_what_the_desk_types_at_walk_in_reception_is_shown_as_text(cast: Cast, text: str):
    desk = client_for(cast.desk)
    picked = desk.get("/can-bo/tiep-nhan", {"q": fit(text, 200)})
    assert fit(text, 200) in page(picked, where="reception search").attributes
    response = desk.post(
        f"/can-bo/tiep-nhan?thu-tuc={PERMIT}",
        {
            "channel": "1",
            "applicant_name": fit(text, 300),
            "applicant_kind": "2",
            "applicant_id_number": "0101234567",
            "applicant_phone": "0912345678",
            "applicant_email": '"<script>alert(1)</script>"@example.vn',
            "applicant_address": fit(text, 500),
            "summary": fit(text, 1000),
            "competent_agency": cast.department.code,
            "file_0": upload("to-khai.pdf"),
        },
        follow=True,
    )
    page(
        response,
        fit(text, 300),
        fit(text, 500),
        fit(text, 1000),
        '"<script>alert(1)</script>"@example.vn',
        where="dossier page after reception",
    )
    dossier = Dossier.objects.get()
    for action, who in (("forward", cast.desk), ("request_payment", cast.officer)):
        page(act(client_for(who), dossier, action, note=fit(text, 4000)), fit(text, 4000))
    page(client_for(cast.officer).get("/can-bo/"), fit(text, 300), where="officer's inbox")


def test_search_boxes_show_what_was_typed_as_text(cast: Cast, client: Any):
    for text in PAYLOAD_TEXTS:
        response = client.get("/thu-tuc", {"q": fit(text, 200)})
        reading = page(response, where="procedure search", status=response.status_code)
        assert response.status_code in (200, 400)
        if response.status_code == 200:
            assert fit(text, 200) in reading.attributes
        assert_inert(client.get("/tra-cuu", {"ma": fit(text, 40)}).content.decode())
