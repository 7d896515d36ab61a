"""The base of every input schema: text is checked, never silently coerced."""

from __future__ import annotations

from typing import Any

from ninja import Schema
from pydantic import field_validator


class Input(Schema):
    @field_validator("*", mode="after")
    @classmethod
    def no_nul(cls, value: Any) -> Any:
        # PostgreSQL cannot store a NUL character; say so at the field instead of failing later.
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("không được chứa ký tự NUL (NUL characters are not allowed)")
        return value
