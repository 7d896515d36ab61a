"""The monthly report on administrative-procedure results, printed as PDF: which month a request
means, and what the report shows, arranged from `indicator_report` results.

No queries here: the view fetches the reports and the agencies' names, this arranges them in the
reader's language. Numbers are written the reader's way: 1.234,5 in Vietnamese, 1,234.5 in English.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from motcua.clock import VN_TZ
from motcua.dossiers.labels import english
from motcua.errors import DomainError
from motcua.indicators import charts
from motcua.indicators.views import INDICATOR_LABELS, SHOWN, agency_rows, scorecard

# The main figures: the on-time, online, digitisation and sync rates (the dashboard's headline).
MAIN = ("on_time_rate", "online_dossier_rate", "digitisation_rate", "sync_rate")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
# WeasyPrint applies no page stylesheet inside an inline SVG; the chart carries its own.
_CHART_STYLE = (
    "<style>.bar{fill:#2b5797}.axis{stroke:#444;stroke-width:0.8}"
    ".tick{font-family:'DejaVu Sans',sans-serif;font-size:9px;fill:#333}</style>"
)


@dataclass(frozen=True)
class Issuer:
    """Who the report is from, for the heading: the parent agency and the agency (the province's
    people's committee for a province-wide report), its place and its province."""

    parent: str
    name: str
    place: str
    province: str


# --- the month ----------------------------------------------------------------------------------


def _month_error(vi: str, en: str) -> DomainError:
    return DomainError("month_invalid", vi, message_en=en, field="thang")


def report_month(raw: str | None, *, today: dt.date) -> dt.date:
    """The first day of the month `raw` ("YYYY-MM") names; the previous full month when empty.
    A malformed month, or one that has not begun, is a DomainError naming the field "thang"."""
    if not raw:
        return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    found = _MONTH.fullmatch(raw.strip())
    if found is None or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 1900:
        raise _month_error(
            f"Tháng báo cáo (thang) phải có dạng YYYY-MM, ví dụ 2026-03 (nhận được “{raw[:20]}”).",
            f"The report month (thang) must be YYYY-MM, e.g. 2026-03 (got '{raw[:20]}').",
        )
    month = dt.date(int(found.group(1)), int(found.group(2)), 1)
    if month > today:
        raise _month_error(
            f"Tháng {month:%m/%Y} chưa bắt đầu: chưa có số liệu để báo cáo.",
            f"{month:%m/%Y} has not begun: there is nothing to report yet.",
        )
    return month


def month_days(month: dt.date, *, today: dt.date) -> tuple[dt.date, dt.date]:
    """The month's first and last day; the current month ends today, so that dossiers due later
    this month are not judged late before their time."""
    following = _shift(month, 1)
    return month, min(following - dt.timedelta(days=1), today)


def previous_month(month: dt.date) -> dt.date:
    return _shift(month, -1)


def trend_start(month: dt.date) -> dt.date:
    """The first day of the 12 months that end with `month`."""
    return _shift(month, -11)


def _shift(month: dt.date, months: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


# --- numbers in the reader's language ------------------------------------------------------------


def _decimal(value: float, places: int) -> str:
    text = f"{value:,.{places}f}"
    return text if english() else text.translate(str.maketrans(",.", ".,"))


def _count(value: int) -> str:
    return _decimal(value, 0)


def _percent(value: float | None) -> str:
    return _("không áp dụng") if value is None else f"{_decimal(value * 100, 1)}%"


def _signed(value: float, places: int) -> str:
    if round(value, places) == 0:
        return _decimal(0, places)
    return ("+" if value > 0 else "−") + _decimal(abs(value), places)


def _days(value: float | None) -> str:
    if value is None:
        return _("không áp dụng")
    return _("%(days)s ngày làm việc") % {"days": _decimal(value, 1)}


def _points(points: float | None, max_points: float) -> str:
    if points is None:
        return _("không áp dụng")
    return _("%(points)s/%(max)s điểm") % {"points": _decimal(points, 2), "max": f"{max_points:g}"}


def _score(total: Mapping[str, Any]) -> str:
    """A total as a narrow table cell writes it: "62,86/100"."""
    return f"{_decimal(total['points'], 2)}/{total['max_points']:g}"


def _month_text(month: dt.date) -> str:
    return f"{month:%m/%Y}"


def _date_text(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


# --- the blocks of a report ----------------------------------------------------------------------


def _figures(block: Mapping[str, Any]) -> Mapping[str, Any]:
    figures: Mapping[str, Any] = block.get("figures") or {}
    return figures


def received(block: Mapping[str, Any]) -> int:
    """Dossiers received in the period: the report's own figure when it has one, else the sync
    rate's denominator (every dossier received in the period)."""
    count = _figures(block).get("received")
    return int(count if count is not None else block["indicators"]["sync_rate"]["denominator"])


def _fraction(rate: Mapping[str, Any]) -> str:
    return f"{_count(rate['numerator'])}/{_count(rate['denominator'])}"


def _main_figures(report: Mapping[str, Any]) -> list[dict[str, str]]:
    """What the month comes to: counts (the report's "figures" when it has them), the four main
    rates with their numerator and denominator, the average time and the total score."""
    figures = _figures(report)
    rows = [{"label": _("Hồ sơ tiếp nhận"), "value": _count(received(report)), "detail": ""}]
    counted = (
        ("online_received", _("Trong đó tiếp nhận trực tuyến")),
        ("processed", _("Hồ sơ đã giải quyết")),
        ("processed_online", _("Trong đó hồ sơ trực tuyến đã giải quyết")),
        ("overdue", _("Hồ sơ quá hạn")),
        ("new_accounts", _("Tài khoản công dân mới")),
    )
    rows += [
        {"label": label, "value": _count(figures[key]), "detail": ""}
        for key, label in counted
        if figures.get(key) is not None
    ]
    for key in MAIN:
        rate = report["indicators"][key]
        rows.append(
            {
                "label": str(INDICATOR_LABELS[key]),
                "value": _percent(rate["value"]),
                "detail": _fraction(rate),
            }
        )
    average = report["average_processing_working_days"]
    rows.append(
        {"label": _("Thời gian giải quyết trung bình"), "value": _days(average), "detail": ""}
    )
    levels = figures.get("procedures_by_level")
    if levels:
        detail = _("toàn trình %(full)s, một phần %(partial)s, chưa trực tuyến %(none)s") % {
            key: _count(levels.get(key, 0)) for key in ("full", "partial", "none")
        }
        total = sum(levels.get(key, 0) for key in ("full", "partial", "none"))
        rows.append(
            {"label": _("Thủ tục theo mức độ trực tuyến"), "value": _count(total), "detail": detail}
        )
    total = report["total"]
    rows.append(
        {
            "label": _("Tổng điểm"),
            "value": _points(total["points"], total["max_points"]),
            "detail": "",
        }
    )
    return rows


def _scorecard(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The five groups, their points and each indicator's value and numerator/denominator."""
    return [
        {
            "key": group["key"],
            "label": group["label"],
            "points": _points(report["groups"][group["key"]]["points"], group["max_points"]),
            "lines": [
                {
                    "key": line.key,
                    "label": line.label,
                    "value": _percent(line.value),
                    "fraction": f"{_count(line.numerator)}/{_count(line.denominator)}",
                }
                for line in group["lines"]
            ],
        }
        for group in scorecard(report)
    ]


def _change(
    current: float | None, previous: float | None, *, scale: float, places: int, unit: str
) -> str:
    if current is None or previous is None:
        return "–"
    return f"{_signed((current - previous) * scale, places)}{unit}"


def _comparison(report: Mapping[str, Any], previous: Mapping[str, Any]) -> list[dict[str, str]]:
    """This month beside the previous one: counts and days as differences, every rate's change
    in percentage points, the score's in points."""
    now, before = received(report), received(previous)
    rows = [
        {
            "label": _("Hồ sơ tiếp nhận"),
            "current": _count(now),
            "previous": _count(before),
            "change": _change(now, before, scale=1, places=0, unit=""),
        }
    ]
    pp = " " + _("điểm %")
    for name in (key for keys in SHOWN.values() for key in keys):
        a, b = report["indicators"][name]["value"], previous["indicators"][name]["value"]
        rows.append(
            {
                "key": name,
                "label": str(INDICATOR_LABELS[name]),
                "current": _percent(a),
                "previous": _percent(b),
                "change": _change(a, b, scale=100, places=1, unit=pp),
            }
        )
    a, b = (r["average_processing_working_days"] for r in (report, previous))
    rows.append(
        {
            "label": _("Thời gian giải quyết trung bình"),
            "current": _days(a),
            "previous": _days(b),
            "change": _change(a, b, scale=1, places=1, unit=" " + _("ngày")),
        }
    )
    a, b = report["total"], previous["total"]
    rows.append(
        {
            "label": _("Tổng điểm"),
            "current": _points(a["points"], a["max_points"]),
            "previous": _points(b["points"], b["max_points"]),
            "change": _change(a["points"], b["points"], scale=1, places=2, unit=" " + _("điểm")),
        }
    )
    return rows


def _ranking(report: Mapping[str, Any], names: Mapping[str, str]) -> list[dict[str, Any]]:
    """The competent agencies, best on-time rate first (as on the dashboard)."""
    blocks = report.get("by_agency", {})
    return [
        {
            "code": row["code"],
            "name": row["name"],
            "received": _count(received(blocks[row["code"]])),
            "fraction": f"{_count(row['on_time_rate'].numerator)}/"
            f"{_count(row['on_time_rate'].denominator)}",
            **{key: _percent(row[key].value) for key in MAIN},
            "points": _score(blocks[row["code"]]["total"]),
        }
        for row in agency_rows(report, names)
    ]


def _volume(trend: Mapping[str, Any]) -> tuple[SafeString, list[dict[str, str]]]:
    """Dossiers received in each of the 12 months: the bar chart (charts.py escapes every text,
    so it may be marked safe) and the same numbers for the table under it."""
    months = [(key, received(block)) for key, block in trend.get("by_month", {}).items()]
    svg = charts.bar_chart(
        [(key, float(count)) for key, count in months],
        title=_("Số hồ sơ tiếp nhận theo tháng"),
        ident="chart-received",
    )
    opening, close, rest = svg.partition(">")
    table = [{"month": f"{key[5:]}/{key[:4]}", "received": _count(count)} for key, count in months]
    return mark_safe(opening + close + _CHART_STYLE + rest), table


# --- the report ---------------------------------------------------------------------------------


def monthly_context(
    *,
    month: dt.date,
    last: dt.date,
    report: Mapping[str, Any],
    previous: Mapping[str, Any],
    trend: Mapping[str, Any],
    issuer: Issuer,
    scope: str,
    names: Mapping[str, str],
    generated_at: dt.datetime,
) -> dict[str, Any]:
    """What `indicators/monthly_report.html` prints for `month` (days month…`last`): `report` is
    the month's `indicator_report` (with "by_agency" for a province-wide report, which adds the
    ranking), `previous` the previous month's, `trend` the 12 months' grouped by month; `scope`
    names the agency, or the province; `names` the agencies by code (the report's "names" win)."""
    names = {**names, **(report.get("names") or {})}
    chart, volume = _volume(trend)
    made = generated_at.astimezone(VN_TZ)
    return {
        "title": _("BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG %(month)s")
        % {"month": _month_text(month)},
        "month": _month_text(month),
        "previous_month": _month_text(previous_month(month)),
        "issuer": issuer,
        "scope": scope,
        "first": _date_text(month),
        "last": _date_text(last),
        "dated": _("%(place)s, ngày %(day)s tháng %(month)s năm %(year)s")
        % {"place": issuer.place, "day": f"{made:%d}", "month": f"{made:%m}", "year": made.year},
        "figures": _main_figures(report),
        "groups": _scorecard(report),
        "total": _points(report["total"]["points"], report["total"]["max_points"]),
        "comparison": _comparison(report, previous),
        # Here, not in the template: {% translate %} would look this "%" up as "%%".
        "pp_note": _("Thay đổi của các tỷ lệ tính bằng điểm phần trăm (điểm %)."),
        "ranking": _ranking(report, names) if "by_agency" in report else None,
        "chart": chart,
        "chart_title": _("Số hồ sơ tiếp nhận theo tháng"),
        "volume": volume,
        "generated": _("Lập lúc %(time)s ngày %(date)s")
        % {"time": f"{made:%H:%M}", "date": _date_text(made.date())},
    }
