"""Reading the printed forms back: their text, their page size, their images."""

from __future__ import annotations

import datetime as dt
import io

from django.test import Client
from pypdf import PageObject, PdfReader

from motcua.clock import VN_TZ
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import received
from motcua.testing.cast import Cast

A5 = (419.5, 595.3)  # points: 148 × 210 mm
A4_LANDSCAPE = (841.9, 595.3)
# A Monday in an ordinary week, at 09:00 in Vietnam.
MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=VN_TZ)


def at_officer(cast: Cast, at: dt.datetime) -> Dossier:
    """Received at `at` and forwarded to the department an hour later, so that every event of
    the story happens in order on the test's own clock."""
    dossier = received(cast, at=at)
    return dossier_act(
        code=dossier.code, action="forward", actor=cast.desk, at=at + dt.timedelta(hours=1)
    )


def form_url(code: str, number: int) -> str:
    return f"/ho-so/{code}/mau-{number:02d}.pdf"


def fetch_pdf(client: Client, url: str) -> PdfReader:
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def text(reader: PdfReader) -> str:
    """All pages' text with whitespace collapsed, so wrapped lines still match."""
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def compact(reader: PdfReader) -> str:
    """All pages' text without any whitespace, for URLs and codes that wrap in narrow boxes."""
    return "".join(text(reader).split())


def size(page: PageObject) -> tuple[float, float]:
    box = page.mediabox
    return float(box.width), float(box.height)


def assert_size(reader: PdfReader, expected: tuple[float, float]) -> None:
    for page in reader.pages:
        width, height = size(page)
        assert abs(width - expected[0]) < 1 and abs(height - expected[1]) < 1, (width, height)


def images(page: PageObject) -> list[str]:
    """The names of the page's image XObjects."""
    objects = page["/Resources"].get("/XObject") or {}
    return [name for name, ref in objects.items() if ref.get_object()["/Subtype"] == "/Image"]


def day(instant: dt.datetime | None) -> str:
    assert instant is not None
    return f"{instant.astimezone(VN_TZ):%d/%m/%Y}"
