"""Input that is never meant is refused, clearly and before anything is stored: control characters
(NUL and the rest, tab and line breaks aside) in any free-text field, and markup in fields that
have a shape (a phone number, an identity number). A 4xx (or, on the desk's action forms, the
page again with the reason), never a 500."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from motcua.accounts.models import User
from motcua.desk.tests.pages import act
from motcua.dossiers.models import Document, Dossier, Event
from motcua.dossiers.tests.helpers import received
from motcua.portal.tests.helpers import online, waiting_for_supplement
from motcua.testing.cast import PERMIT, Cast
from motcua.testing.files import PDF, PNG
from motcua.web.tests.injection.inert import CONTROL, PAYLOAD_IDS, PAYLOAD_TEXTS, page

pytestmark = pytest.mark.django_db


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def upload(name: str = "to-khai.pdf", content: bytes = PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def submission(**fields: Any) -> dict[str, Any]:
    data = {
        "kind": "1",
        "name": "Trần Thị Bình",
        "phone": "0912345678",
        "address": "Thôn 3, xã Tân Phú",
        "thanh_phan_1": upload(),
        "thanh_phan_2": upload("anh.png", PNG),
        "declaration": "on",
    }
    return {**data, **fields}


def refused_at(response: Any, field: str) -> None:
    """A 400 whose page marks `field` as the one at fault, and nothing live on it."""
    reading = page(response, where=f"refusal at {field}", status=400)
    assert f'id="id_{field}_error"' in response.content.decode(), field
    assert reading.live == []


@pytest.mark.parametrize("text", CONTROL, ids=["nul", "escape", "delete"])
def test_control_characters_are_refused_in_every_free_text_field(
    cast: Cast, api_as: Any, text: str
):
    citizen = client_for(cast.citizen)
    for field in ("name", "address", "summary"):
        response = citizen.post(f"/thu-tuc/{PERMIT}/nop-ho-so", submission(**{field: text}))
        if "\x00" in text:  # refused before any view, the field named in the message
            assert response.status_code == 400 and "NUL" in response.content.decode()
        else:
            refused_at(response, field)
    desk = client_for(cast.desk)
    reception = desk.post(
        f"/can-bo/tiep-nhan?thu-tuc={PERMIT}",
        {"channel": "1", "applicant_name": text, "applicant_kind": "1", "competent_agency": ""},
    )
    assert reception.status_code == 400
    signup = Client().post(
        "/dang-ky",
        {
            "username": "cong.dan.moi",
            "full_name": text,
            "phone": "0987000111",
            "id_number": "001090004321",
            "password1": "mật-khẩu-dài-123",
            "password2": "mật-khẩu-dài-123",
        },
    )
    assert signup.status_code in (200, 400) and not User.objects.filter(username="cong.dan.moi")
    assert not Dossier.objects.exists()

    api = api_as(cast.desk).post(
        "/dossiers",
        {"procedure": PERMIT, "channel": 1, "applicant": {"name": text, "phone": "0912345678"}},
    )
    assert api.status_code in (400, 422) and api.json()["field"] == "applicant.name"
    assert not Dossier.objects.exists()


@pytest.mark.parametrize("text", CONTROL, ids=["nul", "escape", "delete"])
def test_control_characters_in_notes_are_refused_and_nothing_happens(
    cast: Cast, api_as: Any, text: str
):
    dossier = received(cast)
    events = Event.objects.count()
    after = act(client_for(cast.desk), dossier, "request_supplement", note=text)
    assert after.status_code in (200, 400)
    if after.status_code == 200:  # the desk's page again, the reason at the top
        assert "ký tự" in after.content.decode()
    uploaded = client_for(cast.desk).post(
        f"/can-bo/ho-so/{dossier.code}/tai-lieu",
        {"kind": "component", "name": text, "file": upload()},
        follow=True,
    )
    assert uploaded.status_code in (200, 400) and not Document.objects.exists()
    api = api_as(cast.desk).post(f"/dossiers/{dossier.code}/actions/forward", {"note": text})
    assert api.status_code in (400, 422) and api.json()["field"] == "note"
    assert Event.objects.count() == events

    waiting = waiting_for_supplement(cast)
    citizen = client_for(cast.citizen)
    supplement = citizen.post(
        f"/ho-so/{waiting.code}/bo-sung", {"attachments": [upload()], "note": text}
    )
    withdraw = citizen.post(f"/ho-so/{waiting.code}/rut", {"reason": text})
    if "\x00" in text:
        assert supplement.status_code == withdraw.status_code == 400
    else:
        refused_at(supplement, "note")
        refused_at(withdraw, "reason")
    assert Dossier.objects.get(pk=waiting.pk).status == 5


# The shapes each surface accepts (portal form, API).
SHAPES = {
    "phone": (r"\+?[0-9 ]{8,20}", r"[0-9+ ]*"),
    "id_number": (r"[0-9A-Za-z]{6,20}", r"[0-9A-Za-z]*"),
}


@pytest.mark.parametrize("text", PAYLOAD_TEXTS, ids=PAYLOAD_IDS)
def test_markup_in_a_phone_or_identity_number_is_refused_naming_the_field(
    cast: Cast, api_as: Any, text: str
):
    value = text[:20]
    citizen, desk = client_for(cast.citizen), api_as(cast.desk)
    for field, (form_shape, api_shape) in SHAPES.items():
        if not re.fullmatch(form_shape, value):
            response = citizen.post(f"/thu-tuc/{PERMIT}/nop-ho-so", submission(**{field: value}))
            refused_at(response, field)
        if not re.fullmatch(api_shape, value):
            applicant = {"name": "An", field: value}
            answer = desk.post(
                "/dossiers", {"procedure": PERMIT, "channel": 1, "applicant": applicant}
            )
            assert answer.status_code in (400, 422), answer.content
            assert answer.json()["field"] == f"applicant.{field}"
    assert not Dossier.objects.filter(applicant_name__in=["Trần Thị Bình", "An"]).exists()


def test_tracking_and_search_answer_any_typed_code_without_a_500(cast: Cast, settings: Any):
    settings.MOTCUA_TRACK_LOOKUPS = 0  # more lookups than the per-address limit allows
    dossier = online(cast)
    anyone = Client()
    for text in [*PAYLOAD_TEXTS, "Nguyễn\x01Văn"]:
        for response in (
            anyone.get("/tra-cuu", {"ma": text[:40]}),
            anyone.post("/tra-cuu", {"ma": text[:40], "xac-thuc": "1234"}),
            anyone.get("/thu-tuc", {"q": text[:200]}),
            anyone.get(f"/tra-cuu?ma={dossier.code}&lang=en", HTTP_ACCEPT_LANGUAGE=text[:50]),
        ):
            # 429: too many wrong answers to the second factor from this address
            assert response.status_code in (200, 400, 429), (text[:40], response.status_code)
            page(response, status=response.status_code)
