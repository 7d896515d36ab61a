"""A real browser for the end-to-end tests: Debian's Chromium driven by Playwright.

Without Chromium (or axe-core) the browser tests are skipped and say so; with
MOTCUA_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser is a failure instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("MOTCUA_CHROMIUM", "/usr/bin/chromium")
AXE = Path(os.environ.get("MOTCUA_AXE", ".cache/axe/node_modules/axe-core/axe.min.js"))
REQUIRED = os.environ.get("MOTCUA_REQUIRE_BROWSER") == "1"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _missing(what: str) -> None:
    if REQUIRED:
        pytest.fail(f"{what} is required here (MOTCUA_REQUIRE_BROWSER=1) but missing")
    pytest.skip(f"{what} not found: browser tests skipped (install chromium / npm to run them)")


@pytest.fixture(scope="session")
def _beside_playwright() -> Iterator[None]:
    from motcua.web.tests.browser_steps import django_beside_playwright

    with django_beside_playwright():
        yield


@pytest.fixture(scope="session")
def browser(_beside_playwright: None) -> Iterator[Any]:
    # Set up after (and torn down before) the flag that lets Django run beside Playwright's loop.
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _missing(f"Chromium ({CHROMIUM})")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 360, "height": 800}, locale="vi-VN")
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def visitors(browser: Any, live_server: Any) -> Iterator[Any]:
    """People with their own signed-in browser contexts, against the live server."""
    from motcua.web.tests.browser_steps import Visitors

    people = Visitors(browser, live_server.url)
    yield people
    people.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        _missing(f"axe-core ({AXE})")
    return AXE.read_text(encoding="utf-8")


def axe_violations(page: Any, axe_source: str) -> list[dict[str, Any]]:
    """Serious and critical accessibility violations on the current page."""
    # Evaluated, not added as an inline <script>: the pages' Content-Security-Policy refuses those.
    page.evaluate(axe_source)
    result = page.evaluate("async () => await axe.run(document)")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


def pytest_collection_modifyitems(items: list[Any]) -> None:
    # Browser tests run last, so the plain suite fails fast.
    items.sort(key=lambda item: "test_browser" in item.nodeid)
