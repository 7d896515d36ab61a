"""Small filters for the citizen pages: money, instants in Vietnam's time, query strings, links."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode, urlsplit

from django import template
from django.utils.formats import date_format
from django.utils.translation import get_language

from motcua.clock import VN_TZ

register = template.Library()


@register.filter
def vnd(amount: int | None) -> str:
    """75000 -> "75.000 đồng" (English: "75,000 VND")."""
    value = int(amount or 0)
    if (get_language() or "vi").startswith("en"):
        return f"{value:,} VND"
    return f"{value:,}".replace(",", ".") + " đồng"


@register.filter
def instant(value: dt.datetime | dt.date | None) -> str:
    """An instant as read in Vietnam: "17:00, Thứ 5, 12/03/2026"; a date without the time."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return date_format(value.astimezone(VN_TZ), "H:i, D, d/m/Y")
    return date_format(value, "D, d/m/Y")


@register.filter
def web_link(url: str | None) -> str:
    """`url` if it is an absolute http(s) address, else "": a link from the catalogue (a form's
    template) must not be `javascript:`, `data:` or a path on this site."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. a malformed IPv6 host
        return ""
    if parts.scheme.lower() in ("http", "https") and parts.netloc and url.isprintable():
        return url
    return ""


@register.simple_tag
def page_query(params: Any, page: int) -> str:
    """The current query string with `trang` set to `page`."""
    items = [(k, v) for k, v in params.items() if k not in ("trang", "lang") and v]
    return "?" + urlencode([*items, ("trang", page)])
