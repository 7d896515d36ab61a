"""What people type, and how to tell that a page, a PDF or a workbook shows it as text only.

One list of hostile inputs for every injection test, and the checks: HTML is parsed (a tolerant
parser, as a browser would) rather than searched for substrings, PDFs are read back with pypdf,
workbooks with openpyxl.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from openpyxl import load_workbook
from pypdf import PdfReader

SPAM_DOMAIN = "nha-cai-uy-tin.example"
LINK_SPAM = " ".join(
    [f'<a href="http://{SPAM_DOMAIN}/">Nhà cái uy tín</a>'] * 50
    + [f"http://{SPAM_DOMAIN}/khuyen-mai https://www.{SPAM_DOMAIN}/?ref=tinh www.{SPAM_DOMAIN}"]
)
LONG_WORD = "Nhà" + "x" * 4997  # 5,000 characters, no space to break at

# One list: (name, text). Each test puts every one of them into every field it covers.
PAYLOADS: list[tuple[str, str]] = [
    ("script", "<script>alert(1)</script>"),
    ("img-onerror", '"><img src=x onerror=alert(1)>'),
    ("javascript-link", '<a href="javascript:alert(1)">x</a>'),
    ("javascript-url", "javascript:alert(1)"),
    ("markup", "<b>bold</b><iframe src=//evil>"),
    ("template-variable", "{{ 7*7 }}"),
    ("template-tag", "{% debug %}"),
    ("link-spam", LINK_SPAM),
    ("vietnamese", "Nguyễn Thị Ánh Tuyết <script>alert('Đắk Lắk')</script> Phường Hải Châu"),
    ("long-word", LONG_WORD),
    ("formula-hyperlink", '=HYPERLINK("http://evil","x")'),
    ("formula-plus", "+1"),
    ("formula-minus", "-1"),
    ("formula-at", "@SUM(1)"),
]
PAYLOAD_IDS = [name for name, _ in PAYLOADS]
PAYLOAD_TEXTS = [text for _, text in PAYLOADS]
SHORT = [text for name, text in PAYLOADS if name not in ("link-spam", "long-word")]
# Where the whole list cannot be tried one by one (PDFs are slow to render), the short payloads
# go in together, and the two long ones alone.
BUNDLES = {
    "short-payloads-together": " · ".join(SHORT),
    "link-spam": LINK_SPAM,
    "long-word": LONG_WORD,
}
# An e-mail address passes Django's EmailValidator with a quoted local part full of markup.
EMAILS = ['"<script>alert(1)</script>"@example.vn', '"<b>x</b><iframe/src=//evil>"@example.vn']
# Refused outright (400 naming the field), never a 500 and never stored.
CONTROL = ["Nguyễn\x00Văn A", "Nguyễn\x01Văn\x1bB", "Trần\x7fThị\x08C"]
FORMULA_STARTS = ("=", "+", "-", "@")


def fit(text: str, max_length: int) -> str:
    """What a field of `max_length` keeps: the start, without the whitespace a form strips."""
    return text[:max_length].strip()


def flat(text: str) -> str:
    return " ".join(text.split())


# --- HTML -----------------------------------------------------------------------------------------

URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "poster"})


@dataclass
class Reading:
    """A page as a browser builds it: the live code and links in it, and its text."""

    live: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    attributes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return flat("".join(self.texts))


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.reading = Reading()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        live = self.reading.live
        values = dict(attrs)
        for name, value in attrs:
            value = value or ""
            self.reading.attributes.append(value)
            if name.startswith("on"):
                live.append(f"<{tag} {name}=…> event handler")
            url = re.sub(r"[\x00-\x20]", "", value).lower()
            if name in URL_ATTRIBUTES and url.startswith(("javascript:", "vbscript:", "data:text")):
                live.append(f"<{tag} {name}={value[:40]!r}> script URL")
            if name in URL_ATTRIBUTES and SPAM_DOMAIN in urlsplit(value.strip()).netloc:
                live.append(f"<{tag} {name}={value[:60]!r}> link to a site someone typed")
        data = (values.get("type") or "").lower() == "application/json"  # data, not code
        src = values.get("src") or ""
        own = src.startswith("/") and not src.startswith("//")  # what the CSP's 'self' allows
        if tag == "script" and not data and not own:
            live.append("<script> that is not one of the site's own files")
        if tag in ("iframe", "frame", "object", "embed", "base"):
            live.append(f"<{tag}> element")
        if tag == "img" and values.get("src") == "x":
            live.append("<img src=x>")
        if tag == "b":  # the pages use <strong>: a <b> came from what someone typed
            live.append("<b> element")

    def handle_data(self, data: str) -> None:
        self.reading.texts.append(data)


def read_html(html: str) -> Reading:
    parser = _Reader()
    parser.feed(html)
    parser.close()
    return parser.reading


def assert_inert(html: str, *shown: str, where: str = "") -> Reading:
    """No live code or link anywhere on the page, and each of `shown` is on it as plain text."""
    reading = read_html(html)
    assert reading.live == [], f"{where}: {reading.live}"
    for text in shown:
        assert flat(text) in reading.text, f"{where}: {text[:80]!r} is not shown as text"
    return reading


def page(response: Any, *shown: str, where: str = "", status: int = 200) -> Reading:
    """A page's response: its status, an HTML type, then `assert_inert`."""
    assert response.status_code == status, (where, response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("text/html"), where
    return assert_inert(response.content.decode(), *shown, where=where)


# --- PDF ------------------------------------------------------------------------------------------


def pdf_reading(content: bytes) -> tuple[str, list[str]]:
    """The PDF's text without whitespace (lines wrap anywhere) and the URIs of its link
    annotations."""
    reader = PdfReader(io.BytesIO(content))
    # Each page ends with its number ("1/2"), which may fall inside a long note.
    pages = [re.sub(r"\d+/\d+$", "", "".join(p.extract_text().split())) for p in reader.pages]
    text = "".join(pages)
    uris = []
    for p in reader.pages:
        for ref in p.get("/Annots") or []:
            action = ref.get_object().get("/A") or {}
            uris.append(str(action.get("/URI", "")) or str(ref.get_object().get("/Subtype")))
    return text, uris


def longest_line(content: bytes) -> int:
    """The most characters on one printed line: a word that does not wrap makes one line of it."""
    reader = PdfReader(io.BytesIO(content))
    return max(len(line) for p in reader.pages for line in p.extract_text().splitlines())


def assert_pdf_shows(response: Any, *shown: str, where: str = "") -> str:
    assert response.status_code == 200, (where, response.content[:300])
    assert response["Content-Type"] == "application/pdf", where
    text, annotations = pdf_reading(response.content)
    assert annotations == [], f"{where}: link annotations {annotations[:3]}"
    assert b"/JavaScript" not in response.content and b"/URI" not in response.content, where
    for expected in shown:
        assert "".join(expected.split()) in text, f"{where}: {expected[:80]!r} not in the PDF"
    return text


# --- workbooks ------------------------------------------------------------------------------------


def workbook_cells(response: Any, where: str = "") -> list[Any]:
    """Every cell of every sheet, after checking none is a formula."""
    assert response.status_code == 200, (where, response.content[:300])
    book = load_workbook(io.BytesIO(response.content))
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    formulas = [f"{c.coordinate}={c.value!r}" for c in cells if c.data_type == "f"]
    assert formulas == [], f"{where}: formulas {formulas[:3]}"
    return cells


def assert_workbook_shows(response: Any, *shown: str, where: str = "") -> None:
    cells = workbook_cells(response, where)
    values = {c.value for c in cells if isinstance(c.value, str)}
    for expected in shown:
        assert expected in values, f"{where}: no cell holds {expected[:80]!r}"
    for cell in cells:
        if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
            # Typed as text, and kept as text if someone edits the cell in Excel.
            assert cell.data_type == "s" and cell.quotePrefix, f"{where}: {cell.coordinate}"
