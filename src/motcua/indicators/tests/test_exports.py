"""Every table of the dashboard and its drill-downs has an Excel export that says the same as the
page: the same headings, the same values (rates as numbers formatted as percentages, not applicable
as an empty cell, instants in Vietnam's wall-clock time)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from motcua.clock import VN_TZ
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import approved, at_officer, received, with_result
from motcua.indicators.charts import percent
from motcua.testing.cast import Cast

pytestmark = pytest.mark.django_db
NOT_APPLICABLE = "không áp dụng"


# --- reading the page's tables ------------------------------------------------------------------


@dataclass
class Table:
    ident: str = ""
    classes: str = ""
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


class _Tables(HTMLParser):
    """The text of each table's heading cells and body cells."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[Table] = []
        self.part = ""  # thead / tbody
        self.cell: list[str] | None = None
        self.row: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "table":
            self.tables.append(Table(found.get("id") or "", found.get("class") or ""))
        elif tag in ("thead", "tbody"):
            self.part = tag
        elif tag == "tr":
            self.row = []
        elif tag in ("th", "td"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.tables:
            table = self.tables[-1]
            if self.part == "thead":
                table.header = self.row
            elif len(self.row) > 1:  # a group's heading row (the scorecard) is not a line
                table.rows.append(self.row)

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def tables(page: str) -> list[Table]:
    parser = _Tables()
    parser.feed(page)
    return parser.tables


def table(page: str, *, ident: str = "", css: str = "") -> Table:
    found = [t for t in tables(page) if (ident and t.ident == ident) or (css and css in t.classes)]
    assert len(found) == 1, (ident, css, [t.ident or t.classes for t in tables(page)])
    return found[0]


# --- reading the workbook -----------------------------------------------------------------------


def shown(cell: Any) -> str:
    """A cell as the page writes its value."""
    value = cell.value
    if cell.number_format == "0.0%":
        return NOT_APPLICABLE if value is None else percent(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if cell.number_format == "0.0":
        return f"{value:.1f}".replace(".", ",")
    return "" if value is None else str(value)


def sheet_rows(sheet: Worksheet, *, header_row: int = 1) -> tuple[list[str], list[list[str]]]:
    rows = list(sheet.iter_rows(min_row=header_row))
    return [str(c.value) for c in rows[0]], [[shown(c) for c in row] for row in rows[1:]]


def same(page: Table, sheet: Worksheet, *, key: str, header_row: int = 1) -> int:
    """Each page column found among the sheet's headings holds, row by row (matched on the
    column `key`), the sheet's value (the page may add a note after it). Returns the rows seen."""
    header, rows = sheet_rows(sheet, header_row=header_row)
    shared = [h for h in page.header if h in header]
    assert key in shared and len(shared) >= 3, (page.header, header)
    by_key = {row[header.index(key)]: row for row in rows}
    assert len(by_key) == len(rows) == len(page.rows), (len(rows), len(page.rows))
    for cells in page.rows:
        row = by_key[cells[page.header.index(key)]]
        for heading in shared:
            text, value = cells[page.header.index(heading)], row[header.index(heading)]
            assert text == value or text.startswith(value + " "), (heading, text, value)
    return len(rows)


def workbook(response: Any) -> Any:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"].startswith('attachment; filename="')
    return load_workbook(io.BytesIO(response.content))


def html(response: Any) -> str:
    assert response.status_code == 200
    text: str = response.content.decode()
    return text


@pytest.fixture
def busy(cast: Cast) -> Cast:
    """Dossiers of every kind: open at each step, overdue, paused, due soon, returned."""
    now = timezone.now()
    received(cast)
    at_officer(cast)
    for days in (30, 45):
        received(cast, at=now - dt.timedelta(days=days))
    paused = received(cast, at=now - dt.timedelta(days=20))
    dossier_act(code=paused.code, action="request_supplement", actor=cast.desk, note="Thiếu")
    soon = received(cast)
    Dossier.objects.filter(pk=soon.pk).update(due_at=now + dt.timedelta(hours=3))
    for _ in range(2):
        code = with_result(cast, approved(cast)).code
        dossier_act(code=code, action="finish", actor=cast.leader)
        dossier_act(code=code, action="return", actor=cast.desk)
    return cast


def client_for(cast: Cast) -> Client:
    client = Client()
    client.force_login(cast.admin)
    return client


# --- the exports --------------------------------------------------------------------------------


def test_the_dashboard_workbook_says_what_the_dashboard_says(busy: Cast) -> None:
    client = client_for(busy)
    page = html(client.get("/bang-dieu-khien"))
    book = workbook(client.get("/bang-dieu-khien.xlsx"))
    assert book.sheetnames == ["Chỉ số", "Cơ quan", "Theo tháng"]

    # the scorecard: "Tử số/mẫu số" is two columns in the sheet
    scores = table(page, css="scorecard")
    assert scores.header == ["Chỉ số", "Giá trị", "Tử số/mẫu số"]
    header, rows = sheet_rows(book["Chỉ số"], header_row=2)
    assert header == ["Nhóm", "Chỉ số", "Giá trị", "Tử số", "Mẫu số", "Điểm"]
    lines = {r[1]: r for r in rows if r[1]}
    assert len(lines) == len(scores.rows) == 12
    for label, value, fraction in scores.rows:
        assert (lines[label][2], f"{lines[label][3]}/{lines[label][4]}") == (value, fraction)

    ranking = table(page, css="ranking")
    assert ranking.header[2:] == sheet_rows(book["Cơ quan"])[0][2:6]
    assert same(ranking, book["Cơ quan"], key="Cơ quan") >= 1

    months = _months_table(page)
    assert months.header == sheet_rows(book["Theo tháng"])[0]
    assert same(months, book["Theo tháng"], key="Tháng") == 12


def _months_table(page: str) -> Table:
    (found,) = [t for t in tables(page) if t.header[:1] == ["Tháng"]]
    return found


def test_not_applicable_is_an_empty_cell_and_rates_are_percentages(busy: Cast) -> None:
    book = workbook(client_for(busy).get("/bang-dieu-khien.xlsx"))
    cells = [c for row in book["Chỉ số"].iter_rows(min_row=3) for c in row[2:3]]
    rates = [c for c in cells if c.number_format == "0.0%"]
    assert len(rates) == 12
    assert any(c.value is None for c in rates) and any(isinstance(c.value, float) for c in rates)
    for c in [c for row in book["Theo tháng"].iter_rows(min_row=2) for c in row[2:]]:
        assert c.number_format == "0.0%" and (c.value is None or 0 <= c.value <= 1)


@pytest.mark.parametrize("kind", ["qua-han", "sap-den-han"])
def test_the_list_workbook_holds_the_whole_list(busy: Cast, kind: str) -> None:
    client = client_for(busy)
    page = html(client.get(f"/bang-dieu-khien/ho-so?loai={kind}"))
    book = workbook(client.get(f"/bang-dieu-khien/ho-so.xlsx?loai={kind}"))
    (sheet,) = book.worksheets
    rows = same(table(page, ident=f"bang-{kind}"), sheet, key="Mã hồ sơ")
    assert rows == {"qua-han": 2, "sap-den-han": 1}[kind]
    header = sheet_rows(sheet)[0]
    assert "Mã thủ tục" in header and "Hạn trả kết quả" in header


def test_the_process_workbook_holds_both_tables(busy: Cast) -> None:
    client = client_for(busy)
    page = html(client.get("/bang-dieu-khien/quy-trinh"))
    book = workbook(client.get("/bang-dieu-khien/quy-trinh.xlsx"))
    assert book.sheetnames == ["Đang chờ", "Theo bước"]

    waiting = table(page, ident="bang-dang-cho")
    assert waiting.header == sheet_rows(book["Đang chờ"])[0]
    assert same(waiting, book["Đang chờ"], key="Bước") == 2
    steps = table(page, ident="bang-theo-buoc")
    assert steps.header == sheet_rows(book["Theo bước"])[0]
    assert same(steps, book["Theo bước"], key="Bước") == 4
    oldest = book["Đang chờ"]["F2"].value
    assert oldest.tzinfo is None  # Vietnam's wall clock: Excel has no time zones
    assert abs(oldest - timezone.now().astimezone(VN_TZ).replace(tzinfo=None)).days >= 44


def test_the_exports_follow_the_chosen_agency(busy: Cast) -> None:
    client = client_for(busy)
    other = busy.other_department.code
    book = workbook(client.get(f"/bang-dieu-khien/ho-so.xlsx?loai=qua-han&co-quan={other}"))
    assert book.worksheets[0].max_row == 1  # the headings only
    book = workbook(client.get(f"/bang-dieu-khien/quy-trinh.xlsx?co-quan={other}"))
    assert book["Đang chờ"].max_row == book["Theo bước"].max_row == 1


@pytest.mark.parametrize(
    ("by", "sheet", "heading"),
    [
        ("field", "Theo lĩnh vực", "Lĩnh vực"),
        ("procedure", "Theo thủ tục", "Thủ tục"),
        ("commune", "Theo đơn vị hành chính", "Đơn vị hành chính"),
        ("officer", "Theo cán bộ tiếp nhận", "Cán bộ tiếp nhận"),
    ],
)
def test_the_chosen_breakdown_has_its_sheet(busy: Cast, by: str, sheet: str, heading: str) -> None:
    client = client_for(busy)
    page = html(client.get(f"/bang-dieu-khien?theo={by}"))
    book = workbook(client.get(f"/bang-dieu-khien.xlsx?theo={by}"))
    assert book.sheetnames == ["Chỉ số", sheet, "Theo tháng"]
    shown = table(page, ident="bang-phan-tich")
    assert shown.header[1] == heading and sheet_rows(book[sheet])[0][:2] == ["Mã", heading]
    assert same(shown, book[sheet], key=heading) >= 1
