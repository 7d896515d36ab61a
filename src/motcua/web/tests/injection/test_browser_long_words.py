"""A name, a summary and a note typed as one very long word (or a block of link spam) wrap inside
the page on a 360 px phone: no sideways scrolling, the text still all there.

Runs in a real browser (Chromium); skipped, saying so, where there is none (see ../conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.testing.cast import PERMIT
from motcua.web.tests.browser_steps import PHONE, fresh_province, scroll_width
from motcua.web.tests.injection.inert import BUNDLES, fit

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("bundle", ["long-word", "link-spam"])
def test_browser_long_typed_text_wraps_on_a_phone(visitors: Any, settings, tmp_path, bundle):
    cast = fresh_province(settings, tmp_path)
    text = BUNDLES[bundle]
    dossier = dossier_create(
        actor=cast.desk,
        procedure_code=PERMIT,
        channel=1,
        applicant=Applicant(name=fit(text, 300), address=fit(text, 500)),
        summary=fit(text, 1000),
    )
    dossier_act(
        code=dossier.code, action="request_supplement", actor=cast.desk, note=fit(text, 4000)
    )
    code = Dossier.objects.get(pk=dossier.pk).code
    pages = {
        "public tracking": (visitors.open(), f"/tra-cuu?ma={code}"),
        "desk inbox": (visitors.open(cast.desk.username), "/can-bo/"),
        "dossier page": (visitors.open(cast.desk.username), f"/can-bo/ho-so/{code}"),
    }
    too_wide = {}
    for name, (page, path) in pages.items():
        response = page.goto(path)
        assert response is not None and response.status == 200, (name, response)
        expect(page.locator("main")).to_contain_text(code)
        if scroll_width(page) > PHONE["width"]:
            too_wide[name] = scroll_width(page)
    assert too_wide == {}, f"scrolls sideways at {PHONE['width']} px: {too_wide}"
