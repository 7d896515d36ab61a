"""Accent-insensitive text for search. Pure."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case, without Vietnamese diacritics, single-spaced: 'Đăng ký' -> 'dang ky'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.lower().split())
