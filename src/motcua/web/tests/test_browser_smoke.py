"""The browser itself: Chromium starts, renders Vietnamese, and axe runs."""

from __future__ import annotations

from motcua.web.tests.conftest import axe_violations


def test_chromium_renders_a_vietnamese_page(page):
    page.set_content(
        '<html lang="vi"><title>Thử</title><main><h1>Đăng ký khai sinh</h1></main></html>'
    )
    assert page.inner_text("h1") == "Đăng ký khai sinh"


def test_axe_reports_a_missing_label(page, axe_source):
    page.set_content(
        '<html lang="vi"><head><title>Thử</title></head><body><main>'
        '<input type="text"></main></body></html>'
    )
    assert any(v["id"] == "label" for v in axe_violations(page, axe_source))
