"""Home, search and procedure pages: public, small, no JavaScript."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone

from motcua.clock import VN_TZ
from motcua.portal.tests.helpers import online
from motcua.testing.cast import BIRTH, PERMIT

FRIDAY_MORNING = dt.datetime(2026, 3, 6, 9, 0, tzinfo=VN_TZ)


def found(client, **params) -> list[str]:
    response = client.get("/thu-tuc", params)
    assert response.status_code == 200
    return re.findall(r'href="/thu-tuc/([0-9.]+)"', response.content.decode())


def test_home_lists_search_popular_procedures_fields_and_agencies(cast, client):
    online(cast)  # one permit dossier: the permit is the most used
    html = client.get("/").content.decode()
    assert 'action="/thu-tuc"' in html and 'name="q"' in html
    popular = html.split('id="h-popular"')[1].split("</section>")[0]
    assert "Cấp giấy phép xây dựng nhà ở riêng lẻ" in popular
    assert 'href="/thu-tuc?linh-vuc=HTICH"' in html and "Hộ tịch" in html
    assert "Sở Xây dựng" in html and "Trung tâm PVHCC tỉnh" in html
    assert 'href="/thu-tuc?cap=commune"' in html and "1 xã, phường" in html


@pytest.mark.parametrize(
    "q", ["khai sinh", "dang ky khai sinh", "đăng kí khai sinh", "dang ky khai sin"]
)
def test_search_finds_the_birth_registration_however_it_is_spelt(cast, client, q):
    assert found(client, q=q) == [BIRTH]


def test_search_suggests_the_corrected_words(cast, client):
    response = client.get("/thu-tuc", {"q": "dang ky khai sinj"})
    html = response.content.decode()
    assert "Có phải bạn muốn tìm:" in html and "<strong>dang ky khai sinh</strong>" in html
    assert found(client, q="dang ky khai sinj") == [BIRTH]


def test_search_for_nonsense_says_nothing_was_found_with_a_hint(cast, client):
    html = client.get("/thu-tuc", {"q": "qwertyuiop"}).content.decode()
    assert "Không tìm thấy" in html and "Gợi ý" in html
    assert found(client, q="qwertyuiop") == []


def test_search_filters(cast, client):
    assert found(client, **{"linh-vuc": "XAYDUNG"}) == [PERMIT]
    assert found(client, cap="commune") == [BIRTH]
    assert found(client, cap="province") == [PERMIT]
    assert sorted(found(client, **{"muc-do": "full"})) == [BIRTH, PERMIT]
    assert found(client, **{"muc-do": "none"}) == []
    assert found(client, q="khai sinh", cap="province") == []


def test_a_bad_filter_is_named_not_a_500(cast, client):
    response = client.get("/thu-tuc", {"cap": "planet", "linh-vuc": "NOPE"})
    assert response.status_code == 400
    html = response.content.decode()
    assert html.count('class="errorlist"') == 2 and 'aria-invalid="true"' in html


def test_search_pages_by_twenty(cast, client):
    from motcua.catalog.laythutuc import parse
    from motcua.catalog.services import catalog_import
    from motcua.testing.cast import sample_procedure

    copies = []
    for n in range(25):
        data = sample_procedure()
        data.update(MATTHC=f"2.{n:06d}", TENTTHC=f"Thủ tục mẫu số {n:02d}")
        copies.append(data)
    catalog_import(parse(copies))
    first = client.get("/thu-tuc", {"q": "thu tuc mau"}).content.decode()
    assert first.count('href="/thu-tuc/2.') == 20 and "Trang 1/2" in first
    assert 'href="?q=thu+tuc+mau&amp;trang=2"' in first
    second = client.get("/thu-tuc", {"q": "thu tuc mau", "trang": "2"}).content.decode()
    assert second.count('href="/thu-tuc/2.') == 5
    assert client.get("/thu-tuc", {"q": "thu tuc mau", "trang": "x"}).status_code == 200


def test_procedure_page_shows_what_to_bring_fees_time_and_the_due_date(cast, client, monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: FRIDAY_MORNING)
    html = client.get(f"/thu-tuc/{BIRTH}").content.decode()
    assert "<h1>Đăng ký khai sinh</h1>" in html
    assert "Tờ khai đăng ký khai sinh theo mẫu" in html and "Bản chính: 1 · Bản sao: 0" in html
    assert "to-khai-dang-ky-khai-sinh.docx" in html
    assert "<strong>Nộp trực tiếp:</strong> 1 ngày làm việc" in html
    assert "<strong>Nộp trực tuyến:</strong> 1 ngày làm việc" in html
    # Received on Friday 06/03/2026 at 09:00: due Monday at the end of the working day.
    assert "<strong>17:00, Thứ 2, 09/03/2026</strong>" in html
    assert "Không tính ngày tiếp nhận hồ sơ (06/03/2026)" in html and "Thứ Bảy" in html
    assert html.count("<strong>17:00, Thứ 2, 09/03/2026</strong>") == 3  # one per channel
    assert html.count("Không tính ngày tiếp nhận") == 1  # the same reasons, shown once
    assert "Ủy ban nhân dân cấp xã" in html and "Luật Hộ tịch" in html
    assert "Người yêu cầu nộp tờ khai" in html  # the steps
    assert "Dịch vụ công trực tuyến toàn trình" in html
    assert f'href="/thu-tuc/{BIRTH}/nop-ho-so"' in html


def test_procedure_page_shows_fees(cast, client):
    html = client.get(f"/thu-tuc/{PERMIT}").content.decode()
    assert "75.000 đồng" in html and "Nộp hồ sơ trực tuyến" in html


def test_an_unknown_procedure_is_a_404(cast, client):
    assert client.get("/thu-tuc/9.999999").status_code == 404


@pytest.mark.parametrize("url", ["/", "/thu-tuc?q=khai+sinh", f"/thu-tuc/{BIRTH}", "/tra-cuu"])
def test_public_pages_carry_no_script_and_declare_their_language(cast, client, url):
    html = client.get(url).content.decode()
    assert "<script" not in html.lower()
    assert '<html lang="vi">' in html and 'href="#main"' in html


def test_english_labels_on_request(cast, client):
    html = client.get(f"/thu-tuc/{PERMIT}", {"lang": "en"}).content.decode()
    assert '<html lang="en">' in html and "75,000 VND" in html and "working days" in html
