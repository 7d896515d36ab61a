"""The JSON API takes what programs send as data and gives it back verbatim (JSON is data, with its
content type); the pages that show it afterwards show it as text."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from motcua.portal.tests.helpers import returned
from motcua.testing.cast import PERMIT, Cast
from motcua.testing.files import PDF
from motcua.web.tests.injection.inert import PAYLOAD_IDS, PAYLOAD_TEXTS, fit, page

pytestmark = pytest.mark.django_db


def answer(response: Any, status: int) -> Any:
    assert response.status_code == status, response.content.decode()[:1000]
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content)


@pytest.mark.parametrize("text", PAYLOAD_TEXTS, ids=PAYLOAD_IDS)
def test_the_api_keeps_text_verbatim_and_the_pages_show_it_as_text(cast: Cast, api_as, text: str):
    desk = api_as(cast.desk)
    name, address, summary, note = fit(text, 300), fit(text, 500), fit(text, 1000), fit(text, 4000)
    created = answer(
        desk.post(
            "/dossiers",
            {
                "procedure": PERMIT,
                "channel": 1,
                "applicant": {"name": name, "address": address, "phone": "0912345678"},
                "summary": summary,
            },
        ),
        201,
    )
    code = created["code"]
    assert (created["applicant"]["name"], created["applicant"]["address"]) == (name, address)
    assert created["summary"] == summary
    answer(desk.post(f"/dossiers/{code}/actions/request_supplement", {"note": note}), 200)
    document = answer(
        desk.upload(f"/dossiers/{code}/documents", file=_pdf(), name=fit(text, 500)), 201
    )
    assert document["name"] == fit(text, 500)

    facts = answer(desk.get(f"/dossiers/{code}"), 200)
    assert facts["applicant"]["name"] == name and facts["summary"] == summary
    events = answer(desk.get(f"/dossiers/{code}/events"), 200)
    assert note in [event.get("note") for event in events["events"]]
    listed = answer(desk.get("/dossiers"), 200)
    assert [item["applicant_name"] for item in listed["items"]] == [name]

    client = Client()
    client.force_login(cast.desk)
    page(client.get(f"/can-bo/ho-so/{code}"), name, address, summary, note, fit(text, 500))
    page(client.get("/can-bo/"), name, where="inbox")
    page(Client().get("/tra-cuu", {"ma": code}), note, where="public tracking")


@pytest.mark.parametrize("text", PAYLOAD_TEXTS, ids=PAYLOAD_IDS)
def test_a_rating_comment_is_kept_and_shown_as_text(cast: Cast, api_as, text: str):
    dossier = returned(cast)
    rated = api_as(cast.citizen).post(
        f"/dossiers/{dossier.code}/actions/rate", {"rating": 1, "note": fit(text, 4000)}
    )
    answer(rated, 200)
    client = Client()
    client.force_login(cast.desk)
    page(client.get(f"/can-bo/ho-so/{dossier.code}"), fit(text, 4000), where="rating comment")


def _pdf() -> SimpleUploadedFile:
    return SimpleUploadedFile("ket-qua.pdf", PDF, content_type="application/pdf")
