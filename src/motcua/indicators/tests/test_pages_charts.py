"""charts.py: SVG text from numbers, escaped, one mark per point."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from motcua.indicators.charts import bar_chart, line_chart, percent

SVG = "{http://www.w3.org/2000/svg}"
MONTHS = [(f"2025-{m:02d}", float(m * 10)) for m in range(1, 13)]


def test_a_bar_per_point_with_a_title() -> None:
    svg = ET.fromstring(bar_chart(MONTHS, title="Hồ sơ <theo> tháng", ident="c1"))
    assert svg.find(f"{SVG}title").text == "Hồ sơ <theo> tháng"  # type: ignore[union-attr]
    bars = svg.findall(f"{SVG}rect")
    assert len(bars) == 12
    heights = [float(b.get("height", "0")) for b in bars]
    assert heights == sorted(heights) and heights[-1] > heights[0] > 0


def test_a_missing_value_is_an_empty_bar() -> None:
    svg = ET.fromstring(bar_chart([("a", None), ("b", 0.0), ("c", 5.0)], title="t", ident="c"))
    assert [float(b.get("height", "1")) for b in svg.findall(f"{SVG}rect")][:2] == [0.0, 0.0]


def test_no_data_at_all_still_draws() -> None:
    assert ET.fromstring(bar_chart([], title="t", ident="c")).tag == f"{SVG}svg"
    assert ET.fromstring(line_chart([("a", None)], title="t", ident="c")).tag == f"{SVG}svg"


def test_a_not_applicable_rate_breaks_the_line() -> None:
    points = [("1", 0.5), ("2", 0.6), ("3", None), ("4", 0.7), ("5", 0.9)]
    svg = ET.fromstring(line_chart(points, title="t", ident="c"))
    assert len(svg.findall(f"{SVG}circle")) == 4
    assert len(svg.findall(f"{SVG}polyline")) == 2


def test_rates_are_written_the_vietnamese_way() -> None:
    assert percent(0.913) == "91,3%" and percent(None) == "–" and percent(1.0) == "100,0%"
