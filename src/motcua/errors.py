"""The one domain error: a stable code, a Vietnamese message (with English), the field at fault.

Pure: imports no Django. The API turns it into `{"code", "message", "field"}`; pages show it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class DomainError(Exception):
    """A refusal the user can act on. `status` is the HTTP status the API answers with."""

    status = 400

    def __init__(
        self,
        code: str,
        message: str,
        *,
        message_en: str = "",
        field: str | None = None,
        status: int | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.message_en = message_en or message
        self.field = field
        if status is not None:
            self.status = status
        self.details = dict(details or {})

    def as_dict(self, language: str = "vi") -> dict[str, Any]:
        body: dict[str, Any] = {
            "code": self.code,
            "message": self.message if language == "vi" else self.message_en,
            "field": self.field,
        }
        body.update(self.details)
        return body


class NotFound(DomainError):
    status = 404


class Forbidden(DomainError):
    status = 403


class Conflict(DomainError):
    status = 409
