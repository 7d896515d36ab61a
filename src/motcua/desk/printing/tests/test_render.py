"""Rendering never reaches outside the process: only data: URLs load; anything else stops it."""

from __future__ import annotations

import pytest
from weasyprint import HTML
from weasyprint.urls import FatalURLFetchingError

from motcua.desk.printing.render import _offline_fetcher, qr_data_uri


@pytest.mark.parametrize(
    "url", ["http://example.invalid/logo.png", "https://example.invalid/x.css", "file:///etc/hosts"]
)
def test_any_url_but_data_stops_the_render(url):
    html = f'<link rel="stylesheet" href="{url}"><img src="{url}"><p>Xin chào</p>'

    with pytest.raises(FatalURLFetchingError):
        HTML(string=html, url_fetcher=_offline_fetcher()).write_pdf()


def test_an_inline_qr_code_renders():
    html = f'<img src="{qr_data_uri("https://dichvucong.example/tra-cuu?ma=X")}">'

    pdf = HTML(string=html, url_fetcher=_offline_fetcher()).write_pdf()

    assert pdf is not None and pdf.startswith(b"%PDF")
