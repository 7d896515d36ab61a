"""Form 07 Sổ theo dõi hồ sơ: the desk's log of dossiers received in a period, as rows and as Excel.

The log belongs to the receiving agency: every dossier it received (received_by_agency) with the
receipt instant in the period, in the order received.
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
from dataclasses import dataclass

from django.conf import settings
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from motcua.clock import VN_TZ
from motcua.desk.printing.text import date_text, short_instant
from motcua.dossiers.lifecycle import Status
from motcua.dossiers.models import Dossier
from motcua.dossiers.state import state_of
from motcua.dossiers.transitions import is_late
from motcua.errors import DomainError
from motcua.units.models import Agency
from motcua.web.sheets import append_text_row, cell_text

MAX_PERIOD_DAYS = 366  # a year's log is the longest a desk prints or exports at once
# WeasyPrint lays out some 150 rows a second: past this a PDF keeps a web worker too long (and
# nobody prints a log that thick); the workbook has no such limit.
MAX_PDF_ROWS = 1000
LATE_NOTE = "Quá hạn"


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date  # inclusive

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """[start, end) as instants: the days are Vietnam's days."""
        start = dt.datetime.combine(self.first, dt.time(), tzinfo=VN_TZ)
        end = dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time(), tzinfo=VN_TZ)
        return start, end

    def text(self) -> str:
        return f"từ ngày {date_text(self.first)} đến ngày {date_text(self.last)}"


@dataclass(frozen=True)
class LogRow:
    number: int
    code: str
    applicant: str
    procedure: str
    received_at: dt.datetime | None
    due_at: dt.datetime | None
    finished_at: dt.datetime | None
    returned_at: dt.datetime | None
    status: str
    note: str

    # The PDF's cells: Vietnam's wall clock, like everything printed.
    @property
    def received_text(self) -> str:
        return short_instant(self.received_at)

    @property
    def due_text(self) -> str:
        return short_instant(self.due_at)

    @property
    def finished_text(self) -> str:
        return short_instant(self.finished_at)

    @property
    def returned_text(self) -> str:
        return short_instant(self.returned_at)


def _day(raw: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise DomainError(
            "bad_date",
            f"Ngày “{raw}” ở tham số “{field}” không hợp lệ; cần dạng YYYY-MM-DD.",
            message_en=f"'{raw}' in '{field}' is not a date; use YYYY-MM-DD.",
            field=field,
        ) from None


def parse_period(first: str | None, last: str | None, *, today: dt.date) -> Period:
    """The period from `tu`/`den` (YYYY-MM-DD); each defaults to its end of the current month."""
    month_end = calendar.monthrange(today.year, today.month)[1]
    start = _day(first, "tu") if first else today.replace(day=1)
    end = _day(last, "den") if last else today.replace(day=month_end)
    if end < start:
        raise DomainError(
            "bad_period",
            "Ngày kết thúc (den) phải từ ngày bắt đầu (tu) trở đi.",
            message_en="'den' must not be before 'tu'.",
            field="den",
        )
    if (end - start).days >= MAX_PERIOD_DAYS:
        raise DomainError(
            "period_too_long",
            f"Mỗi lần in tối đa {MAX_PERIOD_DAYS} ngày.",
            message_en=f"A log covers at most {MAX_PERIOD_DAYS} days.",
            field="den",
        )
    return Period(start, end)


def desk_log(
    agency: Agency, period: Period, *, now: dt.datetime, limit: int | None = None
) -> list[LogRow]:
    """One query, whatever the period: the procedure version's bulky fields stay unread."""
    start, end = period.bounds()
    dossiers = (
        Dossier.objects.filter(
            received_by_agency=agency, received_at__gte=start, received_at__lt=end
        )
        .select_related("version")
        .defer("version__data", "version__search_text")
        .order_by("received_at", "pk")
    )
    if limit is not None:
        dossiers = dossiers[:limit]
    return [_row(n, d, now) for n, d in enumerate(dossiers, start=1)]


def printable_log(agency: Agency, period: Period, *, now: dt.datetime) -> list[LogRow]:
    """The log for the PDF, or a refusal that points to a shorter period or the workbook."""
    rows = desk_log(agency, period, now=now, limit=MAX_PDF_ROWS + 1)
    if len(rows) > MAX_PDF_ROWS:
        raise DomainError(
            "log_too_long",
            f"Kỳ này có hơn {MAX_PDF_ROWS} hồ sơ, quá nhiều để in một lần: "
            "hãy chọn kỳ ngắn hơn hoặc tải sổ theo dõi dạng Excel (.xlsx).",
            message_en=f"More than {MAX_PDF_ROWS} dossiers in this period: choose a shorter "
            "period or download the Excel workbook.",
            field="den",
        )
    return rows


def _row(number: int, dossier: Dossier, now: dt.datetime) -> LogRow:
    late = is_late(state_of(dossier), now, max_supplements=settings.MOTCUA_MAX_SUPPLEMENTS)
    return LogRow(
        number=number,
        code=dossier.code,
        applicant=dossier.applicant_name,
        procedure=dossier.version.name,
        received_at=dossier.received_at,
        due_at=dossier.due_at,
        finished_at=dossier.finished_at,
        returned_at=dossier.returned_at,
        status=Status(dossier.status).label,
        note=LATE_NOTE if late else "",
    )


# (heading, width in characters) of the spreadsheet's columns, in order.
COLUMNS = (
    ("STT", 6),
    ("Mã hồ sơ", 26),
    ("Chủ hồ sơ", 28),
    ("Thủ tục hành chính", 50),
    ("Ngày tiếp nhận", 17),
    ("Ngày hẹn trả", 17),
    ("Ngày xử lý xong", 17),
    ("Ngày trả kết quả", 17),
    ("Trạng thái", 24),
    ("Ghi chú", 12),
)
DATE_FORMAT = "dd/mm/yyyy hh:mm"


def _excel_time(value: dt.datetime | None) -> dt.datetime | None:
    # Excel has no time zones: write Vietnam's wall clock, which is what the desk reads.
    return value.astimezone(VN_TZ).replace(tzinfo=None) if value else None


def log_workbook(rows: list[LogRow], *, agency: Agency, period: Period) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "Sổ theo dõi hồ sơ"
    book.properties.title = cell_text(f"Sổ theo dõi hồ sơ – {agency.name} – {period.text()}")
    sheet.append([heading for heading, _ in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        append_text_row(sheet, _cells(row))  # names as typed: text, never formulas
    for index, (_, width) in enumerate(COLUMNS, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = width
        for cell in sheet[letter][1:]:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = DATE_FORMAT
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cells(row: LogRow) -> list[object]:
    return [
        row.number,
        row.code,
        row.applicant,
        row.procedure,
        _excel_time(row.received_at),
        _excel_time(row.due_at),
        _excel_time(row.finished_at),
        _excel_time(row.returned_at),
        row.status,
        row.note,
    ]
