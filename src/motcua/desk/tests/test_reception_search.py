"""Reception step one: find the procedure by words of its name (accents optional) or its code."""

from __future__ import annotations

from motcua.desk.tests.pages import client_for
from motcua.testing.cast import BIRTH


def test_search_links_to_step_two(cast):
    page = client_for(cast.desk).get("/can-bo/tiep-nhan", {"q": "khai sinh"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Đăng ký khai sinh" in html
    assert f'href="?thu-tuc={BIRTH}"' in html


def test_no_result_says_so(cast):
    page = client_for(cast.desk).get("/can-bo/tiep-nhan", {"q": "không có thủ tục này"})
    assert page.status_code == 200
    assert "Không tìm thấy thủ tục phù hợp" in page.content.decode()
