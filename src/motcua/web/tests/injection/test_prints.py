"""Printed forms 01–07 and the monthly report show what people typed literally, with no link
annotation made from it; every workbook holds it as text, never as a formula.

PDFs take a while to lay out, so the short payloads travel together (one text holding all of
them) and the two long ones alone; workbooks are cheap, so each payload goes in by itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from motcua.accounts.models import User
from motcua.clock import VN_TZ
from motcua.desk.tests.pages import act
from motcua.dossiers.models import Dossier
from motcua.testing.cast import PERMIT, Cast
from motcua.testing.files import PDF
from motcua.web.tests.injection.admin_forms import admin_edit
from motcua.web.tests.injection.inert import (
    BUNDLES,
    EMAILS,
    PAYLOAD_IDS,
    PAYLOAD_TEXTS,
    assert_pdf_shows,
    assert_workbook_shows,
    fit,
    longest_line,
    page,
)

pytestmark = pytest.mark.django_db


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def walk_in(desk: Client, cast: Cast, text: str, email: str = "") -> Dossier:
    """A walk-in dossier received through the reception page, `text` in every free field."""
    before = set(Dossier.objects.values_list("pk", flat=True))
    response = desk.post(
        f"/can-bo/tiep-nhan?thu-tuc={PERMIT}",
        {
            "channel": "1",
            "applicant_name": fit(text, 300),
            "applicant_kind": "1",
            "applicant_id_number": "001090004321",
            "applicant_phone": "0912345678",
            "applicant_email": email,
            "applicant_address": fit(text, 500),
            "summary": fit(text, 1000),
            "competent_agency": cast.department.code,
            "file_0": SimpleUploadedFile("to-khai.pdf", PDF, content_type="application/pdf"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Dossier.objects.exclude(pk__in=before).get()


def acted(client: Client, dossier: Dossier, action: str, **data: Any) -> None:
    response = act(client, dossier, action, **data)
    assert response.status_code == 200
    last = Dossier.objects.get(pk=dossier.pk).event_count
    assert last > dossier.event_count, f"{action} was refused: {response.content.decode()[:3000]}"


def rename(cast: Cast, text: str) -> None:
    """The administrator names the department and the desk officer `text`, in the admin."""
    root = client_for(User.objects.create_superuser("root", password="pw-root"))
    admin_edit(root, f"/admin/units/agency/{cast.department.pk}/change/", name=fit(text, 300))
    admin_edit(
        root,
        f"/admin/accounts/user/{cast.desk.pk}/change/",
        full_name=fit(text, 200),
        title=fit(text, 100),
    )


def form(client: Client, dossier: Dossier, number: int, *shown: str, where: str) -> str:
    response = client.get(f"/ho-so/{dossier.code}/mau-{number:02d}.pdf")
    return assert_pdf_shows(response, *shown, where=f"form {number:02d} ({where})")


def monthly_report(cast: Cast) -> Any:
    month = f"{timezone.now().astimezone(VN_TZ):%Y-%m}"
    return client_for(cast.admin).get("/bang-dieu-khien/bao-cao-thang.pdf", {"thang": month})


def test_every_printed_form_shows_typed_text_literally_and_links_nothing(cast: Cast):
    text = BUNDLES["short-payloads-together"]
    rename(cast, text)
    desk, officer, leader = (client_for(u) for u in (cast.desk, cast.officer, cast.leader))
    name, address, summary, note = fit(text, 300), fit(text, 500), fit(text, 1000), fit(text, 4000)
    agency, officer_name, email = fit(text, 300), fit(text, 200), EMAILS[0]

    kept = walk_in(desk, cast, text, email)
    acted(desk, kept, "request_supplement", note=note)
    acted(desk, kept, "supplement")
    acted(desk, kept, "forward")
    later = (timezone.now() + dt.timedelta(days=40)).astimezone(VN_TZ)
    acted(leader, kept, "extend", note=note, new_due_at=f"{later:%Y-%m-%d %H:%M}")
    refused = walk_in(desk, cast, text)
    acted(desk, refused, "refuse", note=note)
    stopped = walk_in(desk, cast, text)
    acted(desk, stopped, "forward")
    acted(leader, stopped, "stop", note=note)

    form(desk, kept, 1, name, address, summary, email, officer_name, where="receipt")
    form(desk, kept, 2, name, note, officer_name, where="supplement request")
    form(desk, refused, 3, name, note, officer_name, where="refusal")
    form(desk, kept, 4, name, note, agency, where="extension")
    form(desk, stopped, 5, name, note, agency, where="stop")
    form(desk, kept, 6, name, agency, officer_name, where="control slip")
    assert_pdf_shows(desk.get("/can-bo/so-theo-doi.pdf"), name, where="desk log")
    assert_pdf_shows(monthly_report(cast), agency, where="monthly report")
    page(officer.get(f"/can-bo/ho-so/{kept.code}"), name, note, officer_name, agency)


@pytest.mark.parametrize("bundle", ["link-spam", "long-word"])
def test_long_typed_text_wraps_on_the_printed_page(cast: Cast, bundle: str):
    """Paragraphs, notes, the heading and the tables of forms 01, 02, 06, the log and the
    monthly report: the text is all there, and no line runs on past the page."""
    text = BUNDLES[bundle]
    rename(cast, text)
    desk = client_for(cast.desk)
    name, note, agency = fit(text, 300), fit(text, 4000), fit(text, 300)
    kept = walk_in(desk, cast, text, EMAILS[1])
    acted(desk, kept, "request_supplement", note=note)
    acted(desk, kept, "supplement")
    acted(desk, kept, "forward")

    printed = {
        "receipt": desk.get(f"/ho-so/{kept.code}/mau-01.pdf"),
        "supplement request": desk.get(f"/ho-so/{kept.code}/mau-02.pdf"),
        "control slip": desk.get(f"/ho-so/{kept.code}/mau-06.pdf"),
        "desk log": desk.get("/can-bo/so-theo-doi.pdf"),
        "monthly report": monthly_report(cast),
    }
    shown = {"supplement request": (name, note), "monthly report": (agency,)}
    for where, response in printed.items():
        assert_pdf_shows(response, *shown.get(where, (name,)), where=f"{where} ({bundle})")
        assert longest_line(response.content) < 250, f"{where} ({bundle}): a line runs off"


@pytest.mark.parametrize("text", PAYLOAD_TEXTS, ids=PAYLOAD_IDS)
def test_workbooks_hold_typed_text_as_text_never_as_formulas(cast: Cast, text: str):
    rename(cast, text)
    desk, admin = client_for(cast.desk), client_for(cast.admin)
    dossier = walk_in(desk, cast, text)
    Dossier.objects.filter(pk=dossier.pk).update(due_at=timezone.now() - dt.timedelta(days=1))
    name, agency = fit(text, 300), fit(text, 300)

    assert_workbook_shows(desk.get("/can-bo/so-theo-doi.xlsx"), name, where="desk log")
    overdue = admin.get("/bang-dieu-khien/ho-so.xlsx", {"loai": "qua-han"})
    assert_workbook_shows(overdue, name, agency, where="overdue list")
    assert_workbook_shows(admin.get("/bang-dieu-khien.xlsx"), agency, where="dashboard")
    assert_workbook_shows(admin.get("/bang-dieu-khien/quy-trinh.xlsx"), where="process")
