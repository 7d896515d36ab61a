"""The strict Content-Security-Policy in a real browser: Chromium reports no violation on the
public pages, nor on the dossier page where htmx runs."""

from __future__ import annotations

import pytest

from motcua.dossiers.tests.helpers import received
from motcua.web.tests.browser_steps import fresh_province

pytestmark = pytest.mark.django_db(transaction=True)


def violations_on(page, paths: list[str]) -> dict[str, list[str]]:
    """Chromium's console messages about the policy, per page loaded."""
    found: dict[str, list[str]] = {path: [] for path in paths}
    current = paths[0]

    def note(message) -> None:
        if "Content Security Policy" in message.text:
            found[current].append(message.text)

    page.on("console", note)
    for path in paths:
        current = path
        page.goto(path)
        page.wait_for_load_state("networkidle")  # deferred scripts have run
    return {path: messages for path, messages in found.items() if messages}


def test_the_pages_load_without_a_policy_violation(visitors, settings, tmp_path):
    cast = fresh_province(settings, tmp_path)
    dossier = received(cast)

    public = violations_on(
        visitors.open(), ["/", "/thu-tuc?q=khai+sinh", f"/tra-cuu?ma={dossier.code}"]
    )
    desk = violations_on(visitors.open("desk"), ["/can-bo/", f"/can-bo/ho-so/{dossier.code}"])

    assert public == {}
    assert desk == {}
