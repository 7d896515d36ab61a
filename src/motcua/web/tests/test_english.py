"""The UI in English: `?lang=en` (or Accept-Language: en) turns the pages' own words into English,
Vietnamese stays the default, and the English catalogue (locale/en) leaves nothing untranslated.

Procedures, agencies, people and steps are data and stay as written: only the interface's own
labels are checked.
"""

from __future__ import annotations

import ast
import datetime as dt
import gettext
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from motcua.clock import VN_TZ
from motcua.desk.printing.tests.helpers import fetch_pdf, form_url
from motcua.desk.printing.tests.helpers import text as pdf_text
from motcua.dossiers.models import Dossier
from motcua.dossiers.tests.helpers import received
from motcua.testing.cast import PERMIT, Cast

MONDAY = dt.datetime(2025, 3, 3, 9, 0, tzinfo=VN_TZ)  # due Monday 10 March: a weekend between
CATALOGUE = Path(settings.LOCALE_PATHS[0]) / "en" / "LC_MESSAGES"
PACKAGE = Path(settings.BASE_DIR)

# Interface labels that must not be left in Vietnamese on an English page (none is in the data).
VIETNAMESE_LABELS = (
    "Bỏ qua đến nội dung chính",
    "Đăng nhập",
    "Đăng xuất",
    "Tra cứu hồ sơ",
    "Thủ tục",
    "Tìm",
    "Hồ sơ cần xử lý",
    "Hồ sơ của tôi",
    "Mã hồ sơ",
    "Chủ hồ sơ",
    "Trạng thái",
    "Được tiếp nhận",
    "Hẹn trả",
    "Thời hạn giải quyết",
    "Phí, lệ phí",
    "đồng",
    "ngày làm việc",
    "Nộp hồ sơ",
    "Họ và tên",
    "Mật khẩu",
    "Quá hạn",
    "Thao tác",
    "Chuyển xử lý",
    "Lịch sử xử lý",
    "Cán bộ một cửa",
    "Trực tiếp",
    "Hệ thống thông tin giải quyết thủ tục hành chính",
)
# And the reverse, on a Vietnamese page.
ENGLISH_LABELS = ("Log in", "Log out", "Track a dossier", "Procedures", "Skip to main content")


class _Text(HTMLParser):
    """What a reader sees or hears: text outside scripts and styles, and labelling attributes."""

    ATTRIBUTES = frozenset({"aria-label", "placeholder", "title", "alt", "data-label"})

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        self.parts.extend(v for k, v in attrs if k in self.ATTRIBUTES and v)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self.parts.append(" ".join(data.split()))


def visible(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return "\n".join(parser.parts)


@dataclass(frozen=True)
class Page:
    who: str | None  # the cast member logged in, if anyone
    url: Callable[[Dossier], str]  # given a dossier received at the provincial centre
    english: tuple[str, ...]
    vietnamese: tuple[str, ...]


PAGES = {
    "home": Page(
        None,
        lambda d: "/",
        ("Search", "Find procedures, submit dossiers online", "Most used procedures"),
        ("Tìm", "Tra cứu thủ tục, nộp hồ sơ trực tuyến", "Thủ tục được sử dụng nhiều"),
    ),
    "search": Page(
        None,
        lambda d: "/thu-tuc?q=giay+phep+xay+dung",
        ("Find an administrative procedure", "1 procedure found", "Fully online"),
        ("Tìm thủ tục hành chính", "Tìm thấy 1 thủ tục", "Trực tuyến toàn trình"),
    ),
    "procedure": Page(
        None,
        lambda d: f"/thu-tuc/{PERMIT}",
        ("Procedure code", "Processing time", "5 working days", "75,000 VND", "Legal basis"),
        ("Mã thủ tục", "Thời hạn giải quyết", "5 ngày làm việc", "75.000 đồng", "Căn cứ pháp lý"),
    ),
    "login": Page(
        None,
        lambda d: "/dang-nhap",
        ("Username", "Password", "No account yet?", "Sign up"),
        ("Tên đăng nhập", "Mật khẩu", "Chưa có tài khoản?"),
    ),
    "tracking": Page(
        None,
        lambda d: f"/tra-cuu?ma={d.code}",
        ("Dossier code", "Received", "Result due", "Processing history", "What happens next"),
        ("Mã hồ sơ", "Được tiếp nhận", "Hẹn trả kết quả", "Quá trình giải quyết"),
    ),
    "submission": Page(
        "citizen",
        lambda d: f"/thu-tuc/{PERMIT}/nop-ho-so",
        ("Submit a dossier online", "Applicant details", "Fields marked * are required."),
        ("Nộp hồ sơ trực tuyến", "Thông tin người nộp", "Mục có dấu * là bắt buộc."),
    ),
    "inbox": Page(
        "desk",
        lambda d: "/can-bo/",
        ("Dossiers to process", "Received, awaiting forwarding", "One-stop desk officer"),
        ("Hồ sơ cần xử lý", "Đã tiếp nhận, chờ chuyển xử lý", "Cán bộ một cửa"),
    ),
    "dossier": Page(
        "desk",
        lambda d: f"/can-bo/ho-so/{d.code}",
        (
            "Dossier details",
            "Received",
            "In person",
            "Forward",
            "Why the result is due on this date",
            "08/03/2025: Saturday",
            "Form 01: Dossier receipt and result appointment",
        ),
        ("Thông tin hồ sơ", "Được tiếp nhận", "Trực tiếp", "Chuyển xử lý", "Thứ Bảy"),
    ),
}


@pytest.fixture(autouse=True)
def back_to_vietnamese() -> Iterator[None]:
    # A request with ?lang=en leaves English active in this thread; other tests expect the default.
    yield
    translation.deactivate()


def page_html(cast: Cast, name: str, *, query: str = "", **headers: str) -> str:
    page = PAGES[name]
    client = Client(headers=headers)
    if page.who:
        client.force_login(getattr(cast, page.who))
    url = page.url(received(cast, at=MONDAY))
    if query:
        url += ("&" if "?" in url else "?") + query
    response = client.get(url)
    assert response.status_code == 200, name
    html: str = response.content.decode()
    return html


@pytest.mark.parametrize("name", PAGES)
def test_the_page_is_in_english_with_lang_en(cast: Cast, name: str) -> None:
    html = page_html(cast, name, query="lang=en")
    text = visible(html)

    assert '<html lang="en">' in html
    for label in PAGES[name].english:
        assert label in text, label
    left = [label for label in VIETNAMESE_LABELS if label in text]
    assert not left, f"Vietnamese labels left on the English {name} page: {left}"


@pytest.mark.parametrize("name", PAGES)
def test_the_page_is_in_vietnamese_by_default(cast: Cast, name: str) -> None:
    html = page_html(cast, name)
    text = visible(html)

    assert '<html lang="vi">' in html
    for label in PAGES[name].vietnamese:
        assert label in text, label
    assert not [label for label in ENGLISH_LABELS if label in text]


def test_the_browser_language_is_enough(cast: Cast) -> None:
    text = visible(page_html(cast, "home", **{"Accept-Language": "en"}))
    assert "Track a dossier" in text and "Log in" in text and "Đăng nhập" not in text


def test_the_choice_is_remembered(cast: Cast, client: Client) -> None:
    client.get("/?lang=en")
    assert "Track a dossier" in visible(client.get("/tra-cuu").content.decode())
    client.get("/?lang=vi")
    assert "Tra cứu hồ sơ" in visible(client.get("/tra-cuu").content.decode())


def test_the_printed_forms_stay_vietnamese(cast: Cast) -> None:
    """The legal forms are Vietnamese whatever the page's language, the labels in them too."""
    dossier = received(cast, at=MONDAY)
    client = Client()
    client.force_login(cast.desk)

    content = pdf_text(fetch_pdf(client, form_url(dossier.code, 1) + "?lang=en"))

    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in content
    assert "Hình thức nộp: Trực tiếp" in content and "5 ngày làm việc" in content
    assert "REPUBLIC" not in content and "In person" not in content


# --- the catalogue ----------------------------------------------------------------------------


@dataclass
class Entry:
    context: str | None = None
    msgid: str = ""
    plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: frozenset[str] = frozenset()


_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?$")


def po_entries(path: Path) -> list[Entry]:
    """A small .po reader, enough for the catalogue makemessages writes (header first)."""
    entries: list[Entry] = []
    entry: Entry | None = None
    keyword, index = "", 0
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if not line:
            if entry is not None:
                entries.append(entry)
            entry = None
            continue
        entry = entry or Entry()
        if line.startswith("#,"):
            entry.flags = frozenset(f.strip() for f in line[2:].split(","))
            continue
        if line.startswith("#"):
            continue
        if not line.startswith('"'):
            word, _, line = line.partition(" ")
            match = _KEYWORD.match(word)
            assert match, f"unexpected line in {path.name}: {raw}"
            keyword, index = match.group(1), int(match.group(2) or 0)
        piece = ast.literal_eval(line)
        if keyword == "msgstr":
            entry.msgstr[index] = entry.msgstr.get(index, "") + piece
        elif keyword == "msgctxt":
            entry.context = (entry.context or "") + piece
        elif keyword == "msgid_plural":
            entry.plural = (entry.plural or "") + piece
        else:
            entry.msgid += piece
    return entries


@pytest.fixture(scope="module")
def catalogue() -> list[Entry]:
    header, *entries = po_entries(CATALOGUE / "django.po")
    assert header.msgid == "" and "Language: en\n" in header.msgstr[0]
    assert "fuzzy" not in header.flags
    return entries


PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def test_every_message_is_translated(catalogue: list[Entry]) -> None:
    assert len(catalogue) > 400
    untranslated = [
        e.msgid
        for e in catalogue
        if not all(e.msgstr.get(i, "").strip() for i in range(2 if e.plural else 1))
    ]
    assert not untranslated, untranslated
    assert not [e.msgid for e in catalogue if "fuzzy" in e.flags]


def test_translations_keep_the_placeholders(catalogue: list[Entry]) -> None:
    for e in catalogue:
        wanted = sorted(PLACEHOLDER.findall(e.msgid))
        for translated in e.msgstr.values():
            assert sorted(PLACEHOLDER.findall(translated)) == wanted, e.msgid


def test_the_compiled_catalogue_matches_the_source(catalogue: list[Entry]) -> None:
    """django.mo is committed (no build step at install): it must be compiled from django.po."""
    with (CATALOGUE / "django.mo").open("rb") as compiled:
        mo = gettext.GNUTranslations(compiled)
    for e in catalogue:
        if e.plural and e.context:
            found = [mo.npgettext(e.context, e.msgid, e.plural, n) for n in (1, 2)]
        elif e.plural:
            found = [mo.ngettext(e.msgid, e.plural, n) for n in (1, 2)]
        elif e.context:
            found = [mo.pgettext(e.context, e.msgid)]
        else:
            found = [mo.gettext(e.msgid)]
        assert found == [e.msgstr[i] for i in range(len(found))], e.msgid


TRANSLATE_TAG = re.compile(
    r"""\{%\s*translate\s+(?:"([^"]*)"|'([^']*)')(?:\s+context\s+"([^"]*)")?"""
)


def test_every_translate_tag_is_in_the_catalogue(catalogue: list[Entry]) -> None:
    """A label added to a template after the last makemessages would show in Vietnamese."""
    known = {(e.context, e.msgid) for e in catalogue}
    missing = []
    for template in sorted(PACKAGE.glob("*/templates/**/*.html")):
        for match in TRANSLATE_TAG.finditer(template.read_text(encoding="utf-8")):
            msgid = match.group(1) if match.group(1) is not None else match.group(2)
            if (match.group(3), msgid) not in known:
                missing.append(f"{template.relative_to(PACKAGE)}: {msgid}")
    assert not missing, "makemessages -l en, translate, compilemessages:\n" + "\n".join(missing)
