"""Full-page pictures of the main pages for the README, docs/screenshots/e2e-*.png.

Only with MOTCUA_SCREENSHOTS=1, so an ordinary test run never rewrites the files:
    MOTCUA_SCREENSHOTS=1 .venv/bin/pytest src/motcua/web/tests/test_browser_screenshots.py
Citizen pages are taken as a phone shows them (360 px), officer pages as a desk screen (1280 px).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import at_officer, received
from motcua.testing.cast import BIRTH, PERMIT
from motcua.web.tests.browser_steps import (
    DESKTOP,
    fresh_province,
)

SCREENSHOTS = Path(__file__).resolve().parents[4] / "docs" / "screenshots"
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        os.environ.get("MOTCUA_SCREENSHOTS") != "1",
        reason="set MOTCUA_SCREENSHOTS=1 to rewrite docs/screenshots/e2e-*.png",
    ),
]


def test_take_screenshots_of_the_main_pages(visitors, settings, tmp_path):
    cast = fresh_province(settings, tmp_path)
    dossier_create(
        actor=cast.citizen,
        procedure_code=PERMIT,
        channel=2,
        applicant=Applicant(name="Nguyễn Văn An", phone="0912345678"),
        summary="Xin phép xây nhà 3 tầng",
    )
    received(cast)
    forwarded = at_officer(cast)
    dossier_act(code=forwarded.code, action="forward", actor=cast.officer, note="Đủ điều kiện")
    shots = {
        "e2e-home": (None, "/"),
        "e2e-search": (None, "/thu-tuc?q=khai+sinh"),
        "e2e-procedure": (None, f"/thu-tuc/{BIRTH}"),
        "e2e-tracking": (None, f"/tra-cuu?ma={forwarded.code}"),
        "e2e-desk-inbox": (cast.desk.username, "/can-bo/"),
        "e2e-dossier": (cast.leader.username, f"/can-bo/ho-so/{forwarded.code}"),
    }
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pages: dict[str | None, object] = {}
    for name, (username, path) in shots.items():
        if username not in pages:
            wide = {"viewport": DESKTOP} if username else {}
            pages[username] = visitors.open(username, **wide)
        page = pages[username]
        response = page.goto(path)
        assert response is not None and response.status == 200, (name, response)
        expect(page.locator("h1")).to_be_visible()
        target = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000, target  # a rendered page, not a blank one
