"""People type without diacritics, and sometimes misspell: the home page's search box still
finds "Đăng ký khai sinh"."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from motcua.testing.cast import BIRTH
from motcua.web.tests.browser_steps import fresh_province

pytestmark = pytest.mark.django_db(transaction=True)
BIRTH_NAME = "Đăng ký khai sinh"


def test_search_without_diacritics_finds_and_opens_the_procedure(visitors, settings, tmp_path):
    fresh_province(settings, tmp_path)
    page = visitors.open()
    for typed in ("dang ky khai sinh", "dang ki khai sin"):
        page.goto("/")
        page.get_by_role("searchbox", name="Tên hoặc mã thủ tục").fill(typed)
        page.get_by_role("button", name="Tìm").click()

        expect(page).to_have_url(f"/thu-tuc?q={typed.replace(' ', '+')}")
        results = page.locator("main ul.plain > li")
        expect(results).to_have_count(1)  # not the building permit
        expect(results.first).to_contain_text(BIRTH)
        results.first.get_by_role("link", name=BIRTH_NAME, exact=True).click()

        expect(page).to_have_url(f"/thu-tuc/{BIRTH}")
        expect(page.locator("h1")).to_have_text(BIRTH_NAME)
        expect(page.locator("dl.facts")).to_contain_text(BIRTH)
