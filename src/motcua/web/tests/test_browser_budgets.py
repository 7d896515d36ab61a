"""What a page costs a citizen on a slow phone, and whether everyone can use it.

Public pages: at most 60 KB of HTML, CSS and JavaScript as gzip sends them, nothing fetched from
another host, no sideways scrolling at 360 px, and no serious or critical axe-core finding.
Officer pages (a desk officer may work from a phone too): nothing fetched from another host, no
sideways scrolling at 360 px, no serious or critical axe-core finding.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import at_officer, received
from motcua.testing.cast import BIRTH, PERMIT
from motcua.web.tests.browser_steps import (
    PHONE,
    Traffic,
    fresh_province,
    scroll_width,
)
from motcua.web.tests.conftest import axe_violations

pytestmark = pytest.mark.django_db(transaction=True)
BUDGET = 60_000  # bytes of gzip, HTML + CSS + JS


def test_public_pages_are_light_local_narrow_and_accessible(
    visitors, settings, tmp_path, axe_source
):
    cast = fresh_province(settings, tmp_path)
    code = at_officer(cast).code
    pages = {
        "home": ("/", "Tra cứu thủ tục, nộp hồ sơ trực tuyến"),
        "search": ("/thu-tuc?q=khai+sinh", "Tìm thấy 1 thủ tục"),
        "procedure": (f"/thu-tuc/{BIRTH}", "Đăng ký khai sinh"),
        "tracking": (f"/tra-cuu?ma={code}", f"Hồ sơ {code}"),
        "transparency": ("/minh-bach", "Minh bạch kết quả giải quyết thủ tục hành chính"),
    }
    problems: dict[str, list[str]] = {}
    for name, (path, heading) in pages.items():
        page = visitors.open()  # a first visit: nothing cached yet
        traffic = Traffic()
        traffic.watch(page)
        response = page.goto(path)
        assert response is not None and response.status == 200, (name, response)
        expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
        sizes = traffic.gzip_bytes()
        assert any(url.endswith(".css") for url in sizes), sizes  # the stylesheet is counted
        found = []
        if sum(sizes.values()) > BUDGET:
            found.append(f"{sum(sizes.values())} bytes gzip > {BUDGET}: {sizes}")
        found += local_narrow_accessible(page, traffic, axe_source)
        if found:
            problems[name] = found
    assert problems == {}


def test_officer_pages_are_local_and_accessible(visitors, settings, tmp_path, axe_source):
    cast = fresh_province(settings, tmp_path)
    at_desk = received(cast).code
    at_leader = dossier_act(code=at_officer(cast).code, action="forward", actor=cast.officer).code
    at_officer_code = at_officer(cast).code
    problems: dict[str, list[str]] = {}
    signed_in: dict[str, tuple[Any, Traffic]] = {}

    def check(user: Any, name: str, path: str, shows: str) -> None:
        if user.username not in signed_in:
            page = visitors.open(user.username)
            signed_in[user.username] = (page, Traffic())
            signed_in[user.username][1].watch(page)
        page, traffic = signed_in[user.username]
        traffic.forget()
        response = page.goto(path)
        assert response is not None and response.status == 200, (name, response)
        expect(page.locator("main")).to_contain_text(shows)
        found = local_narrow_accessible(page, traffic, axe_source)
        if found:
            problems[name] = found

    check(cast.desk, "desk inbox", "/can-bo/", at_desk)
    check(cast.desk, "walk-in reception", f"/can-bo/tiep-nhan?thu-tuc={PERMIT}", "Thành phần")
    check(cast.officer, "officer inbox", "/can-bo/", at_officer_code)
    check(cast.leader, "leader inbox", "/can-bo/", at_leader)
    check(cast.leader, "dossier page", f"/can-bo/ho-so/{at_leader}", "Phê duyệt")
    check(cast.leader, "dashboard", "/bang-dieu-khien", "Số liệu chính")
    check(cast.leader, "due-soon list", "/bang-dieu-khien/ho-so?loai=sap-den-han", "sắp đến hạn")
    check(cast.leader, "process view", "/bang-dieu-khien/quy-trinh", "Hồ sơ đang chờ ở đâu")
    assert problems == {}


def local_narrow_accessible(page: Any, traffic: Traffic, axe_source: str) -> list[str]:
    """What is wrong with the loaded page: other hosts, sideways scrolling, axe findings."""
    found = []
    if traffic.foreign():
        found.append(f"requests to other hosts: {traffic.foreign()}")
    if scroll_width(page) > PHONE["width"]:
        found.append(f"scrolls sideways: {scroll_width(page)} px wide at {PHONE['width']}")
    return found + [describe(v) for v in axe_violations(page, axe_source)]


def describe(violation: dict[str, Any]) -> str:
    targets = [node["target"] for node in violation["nodes"]][:5]
    return f"axe {violation['impact']} {violation['id']}: {violation['help']} at {targets}"
