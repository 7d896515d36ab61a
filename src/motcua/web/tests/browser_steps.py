"""Steps the browser tests share: a fresh province, one signed-in browser context per actor,
the dossier page's action forms, and what a page load costs on the wire."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from motcua.clock.services import forget_calendar
from motcua.testing.cast import Cast, build_cast
from motcua.testing.files import PDF

PHONE = {"width": 360, "height": 800}
DESKTOP = {"width": 1280, "height": 900}
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})
# What the budget counts: the page, its stylesheets and scripts (images and fonts have none).
BUDGETED_TYPES = frozenset({"document", "stylesheet", "script"})


@contextmanager
def django_beside_playwright() -> Iterator[None]:
    """Let the tests' own (synchronous) database calls run beside Playwright.

    Playwright's sync API keeps an asyncio loop running on the main thread while the browser is
    open, and Django refuses ORM calls from a thread with a running loop (a guard meant for async
    views). Hold it for the whole session: the test database is torn down after the browser."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


def fresh_province(settings: Any, tmp_path: Path) -> Cast:
    """The cast in an empty database, uploads in `tmp_path`, no facts cached by earlier tests."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    cache.clear()
    forget_calendar()
    return build_cast()


def pdf_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(PDF)
    return path


class Visitors:
    """Browser contexts on the live server (one per person, each with its own cookies)."""

    def __init__(self, browser: Any, base_url: str) -> None:
        self.browser = browser
        self.base_url = base_url
        self.contexts: list[Any] = []

    def open(
        self, username: str | None = None, *, javascript: bool = True, viewport: Any = PHONE
    ) -> Any:
        context = self.browser.new_context(
            base_url=self.base_url,
            viewport=viewport,
            locale="vi-VN",
            java_script_enabled=javascript,
        )
        context.set_default_timeout(15_000)
        self.contexts.append(context)
        page = context.new_page()
        if username is not None:
            sign_in(page, username)
        return page

    def close(self) -> None:
        for context in self.contexts:
            context.close()


def sign_in(page: Any, username: str) -> None:
    """Through the real form, with the cast's password; lands on the user's own start page."""
    page.goto("/dang-nhap")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw-" + username)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("button", name="Đăng xuất")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/(can-bo/|ca-nhan/ho-so)$"))


def open_from_inbox(page: Any, code: str) -> None:
    page.goto("/can-bo/")
    page.get_by_role("link", name=code, exact=True).click()
    expect(page.locator("h1 .code")).to_have_text(code)
    page.wait_for_load_state()  # deferred scripts (htmx) have run: a click now is what users get


def act(page: Any, action: str, label: str, *, note: str = "") -> Any:
    """Submit one action of the dossier page as an officer does: unfold it if it is folded,
    write the note, press its button. Returns the POST the browser sent."""
    form = page.locator(f"form[action$='/thao-tac/{action}']")
    if not form.is_visible():
        page.locator("details.action", has=form).locator("summary").click()
    if note:
        form.locator("textarea[name=note]").fill(note)
    button = form.get_by_role("button")
    expect(button).to_have_text(label)
    with page.expect_request(
        lambda r: r.method == "POST" and f"/thao-tac/{action}" in r.url
    ) as sent:
        button.click()
    expect(page.locator(".messages")).to_contain_text(f"Đã thực hiện “{label}”.")
    return sent.value


def status_badge(page: Any) -> Any:
    return page.locator(".status-line .badge").first


def is_htmx(request: Any) -> bool:
    return request.headers.get("hx-request") == "true"


@dataclass
class Traffic:
    """Every request a page makes, and the responses the budget counts."""

    requests: list[str] = field(default_factory=list)
    responses: list[Any] = field(default_factory=list)

    def watch(self, page: Any) -> None:
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("response", self._keep)

    def forget(self) -> None:
        """Start over before the next page load."""
        self.requests.clear()
        self.responses.clear()

    def _keep(self, response: Any) -> None:
        redirect = 300 <= response.status < 400 and response.status != 304
        if response.request.resource_type in BUDGETED_TYPES and not redirect:
            self.responses.append(response)

    def foreign(self) -> list[str]:
        """Requests that leave the machine (fonts, CDNs, analytics…)."""
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob")
            and urlsplit(url).hostname not in LOCAL_HOSTS
        ]

    def gzip_bytes(self) -> dict[str, int]:
        """Each counted response's body as gzip -6 would send it, by URL (a cold cache only:
        a 304 has no body to count)."""
        cached = [r.url for r in self.responses if r.status == 304]
        assert not cached, f"measure a first visit, with an empty cache: {cached}"
        return {r.url: len(gzip.compress(r.body(), compresslevel=6)) for r in self.responses}


def scroll_width(page: Any) -> int:
    return int(page.evaluate("document.documentElement.scrollWidth"))
