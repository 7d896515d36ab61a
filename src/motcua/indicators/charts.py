"""Inline SVG charts from numbers, drawn on the server: no JavaScript, nothing fetched.

Pure: imports no Django. Every text is escaped here, so the result may be marked safe. Each chart
carries a <title> (its accessible name); the page puts the same numbers in a table beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

WIDTH, HEIGHT = 360, 180
LEFT, RIGHT, TOP, BOTTOM = 34, 6, 10, 26  # room for the axis labels


def _frame(title: str, ident: str, body: list[str], top_label: str) -> str:
    plot_bottom = HEIGHT - BOTTOM
    return "".join(
        [
            f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
            f'aria-labelledby="{escape(ident)}" xmlns="http://www.w3.org/2000/svg">',
            f'<title id="{escape(ident)}">{escape(title)}</title>',
            f'<line class="axis" x1="{LEFT}" y1="{plot_bottom}" x2="{WIDTH - RIGHT}" '
            f'y2="{plot_bottom}"/>',
            f'<text class="tick" x="{LEFT - 4}" y="{TOP + 4}" text-anchor="end">'
            f"{escape(top_label)}</text>",
            f'<text class="tick" x="{LEFT - 4}" y="{plot_bottom}" text-anchor="end">0</text>',
            *body,
            "</svg>",
        ]
    )


def _slots(count: int) -> float:
    return (WIDTH - LEFT - RIGHT) / max(count, 1)


def _y(value: float, top: float) -> float:
    height = HEIGHT - TOP - BOTTOM
    return HEIGHT - BOTTOM - (height * min(value, top) / top if top else 0)


def bar_chart(
    points: Sequence[tuple[str, float | None]], *, title: str, ident: str, top: float | None = None
) -> str:
    """One <rect class="bar"> per point (label, value); a None value is an empty bar (height 0)
    so the months stay in place. `top` is the value of the full height, else the largest value."""
    values = [v for _, v in points if v is not None]
    top = top or max(values, default=0) or 1
    slot = _slots(len(points))
    body = []
    for i, (label, value) in enumerate(points):
        x = LEFT + i * slot + slot * 0.15
        y = _y(value or 0, top)
        body.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" '
            f'height="{HEIGHT - BOTTOM - y:.1f}"><title>{escape(label)}: '
            f"{escape(_number(value))}</title></rect>"
        )
        body.append(_x_label(label, LEFT + (i + 0.5) * slot))
    return _frame(title, ident, body, _number(top))


def line_chart(points: Sequence[tuple[str, float | None]], *, title: str, ident: str) -> str:
    """Rates (0…1) as a line with one dot per point; a None (not applicable) breaks the line."""
    slot = _slots(len(points))
    body: list[str] = []
    segment: list[str] = []
    for i, (label, value) in enumerate(points):
        x = LEFT + (i + 0.5) * slot
        body.append(_x_label(label, x))
        if value is None:
            body.append(_polyline(segment))
            segment = []
            continue
        y = _y(value, 1.0)
        segment.append(f"{x:.1f},{y:.1f}")
        body.append(
            f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="3"><title>{escape(label)}: '
            f"{escape(percent(value))}</title></circle>"
        )
    body.append(_polyline(segment))
    return _frame(title, ident, [b for b in body if b], "100%")


def _polyline(segment: list[str]) -> str:
    return f'<polyline class="line" points="{" ".join(segment)}"/>' if len(segment) > 1 else ""


def _x_label(label: str, x: float) -> str:
    short = label[5:] if len(label) == 7 and label[4] == "-" else label  # "2025-03" → "03"
    return (
        f'<text class="tick" x="{x:.1f}" y="{HEIGHT - BOTTOM + 14}" '
        f'text-anchor="middle">{escape(short)}</text>'
    )


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}".replace(",", ".") if value == int(value) else f"{value:.2f}"


def percent(value: float | None) -> str:
    """A rate as the page writes it: "91,3%"; None (not applicable) as "–"."""
    return "–" if value is None else f"{value * 100:.1f}%".replace(".", ",")
