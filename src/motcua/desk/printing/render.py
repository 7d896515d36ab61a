"""HTML templates to PDF with WeasyPrint, offline; QR codes as inline images; the HTTP responses."""

from __future__ import annotations

from typing import Any

import segno
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.http import content_disposition_header
from weasyprint import HTML
from weasyprint.urls import URLFetcher

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The legal forms are Vietnamese whatever the reader's page language; the msgids in the
# templates still let a deployment adjust wording through the "vi" catalogue.
FORM_LANGUAGE = "vi"


def render_page(
    request: HttpRequest, template: str, context: dict[str, Any], *, status: int
) -> HttpResponse:
    """An HTML page (a refusal, with the site's context processors)."""
    return render(request, template, context, status=status)


def _offline_fetcher() -> URLFetcher:
    # Only data: URLs (the inline QR code). Any other URL is a template bug, and it must fail
    # loudly in tests rather than make the server fetch from the network while rendering.
    return URLFetcher(allowed_protocols=("data",), fail_on_errors=True)


def render_pdf(template: str, context: dict[str, Any]) -> bytes:
    with translation.override(FORM_LANGUAGE):
        html = render_to_string(template, context)
    pdf = HTML(string=html, url_fetcher=_offline_fetcher()).write_pdf()
    assert pdf is not None  # write_pdf returns bytes when given no target
    return pdf


def qr_data_uri(text: str) -> str:
    """A QR code for `text` as a PNG data: URI (medium error correction survives a smudged copy)."""
    return str(segno.make(text, error="m").png_data_uri(scale=4, border=0))


def file_response(
    content: bytes, *, content_type: str, filename: str, inline: bool
) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    disposition = content_disposition_header(not inline, filename)
    assert disposition is not None  # never None when given a filename
    response["Content-Disposition"] = disposition
    # Forms carry personal data: no shared cache may keep a copy.
    response["Cache-Control"] = "private, no-store"
    return response
