"""The base of every input schema (text is checked, never silently coerced) and the one error
shape every endpoint declares for the refusals it can give."""

from __future__ import annotations

from typing import Annotated, Any

from ninja import Schema
from pydantic import BeforeValidator, ConfigDict, Field, field_validator

from motcua.web.validators import CONTROL_CHARACTERS


def _number_not_text(value: Any) -> Any:
    if isinstance(value, bool | str):
        raise ValueError("phải là số nguyên, không phải chuỗi hay true/false (must be a number)")
    return value


# An integer as JSON writes it (2, and 2.0 which JSON Schema counts as one); "2" and true are
# refused, not coerced. For booleans, pydantic's StrictBool: true or false only.
# (Constraints go before NUMBER_NOT_TEXT, or pydantic leaves them out of an optional's schema.)
NUMBER_NOT_TEXT = BeforeValidator(_number_not_text)
JsonInt = Annotated[int, NUMBER_NOT_TEXT]


# The same rule in the OpenAPI schema, so clients (and the fuzzer) know it: free text is any
# string without control characters; strings with a pattern or a format of their own keep it.
PLAIN_TEXT = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"


def _plain_text(schema: dict[str, Any]) -> None:
    for prop in schema.get("properties", {}).values():
        for option in [prop, *prop.get("anyOf", [])]:
            if option.get("type") == "string" and not {"pattern", "format"} & option.keys():
                option["pattern"] = PLAIN_TEXT


class Input(Schema):
    model_config = ConfigDict(json_schema_extra=_plain_text)

    @field_validator("*", mode="after")
    @classmethod
    def no_nul(cls, value: Any) -> Any:
        # PostgreSQL cannot store a NUL character, and no other control character (tab and line
        # breaks aside) belongs in a name or a note: say so at the field instead of failing later.
        if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
            raise ValueError(
                "không được chứa ký tự điều khiển như NUL "
                "(control characters such as NUL are not allowed)"
            )
        return value


# Lists page with limit/offset; an offset past this is refused rather than sent to SQL as is.
MAX_OFFSET = 1_000_000_000


class FieldProblem(Schema):
    field: str = Field(description="where: query.limit, body.payload.applicant.name, …")
    message: str


class ErrorOut(Schema):
    """`{"code", "message", "field"}`: `code` is stable for programs, `message` is for people (in
    the request's language), `field` names the input at fault. Some refusals add facts (409
    `stale_version`: the dossier's current `version` and `status`)."""

    model_config = ConfigDict(extra="allow")

    code: str = Field(description="mã lỗi ổn định, ví dụ dossier_not_found, invalid_input")
    message: str
    field: str | None
    errors: list[FieldProblem] = Field(
        default_factory=list, description="invalid_input: mọi trường không hợp lệ"
    )


def refusals(*statuses: int) -> dict[int, type[ErrorOut]]:
    """The error answers an endpoint can give, for its `response=` declaration. Any request may
    be a 400 (a NUL character in a parameter is refused before it reaches the endpoint) or a 503
    (`database_unavailable`, with Retry-After, while the database restarts)."""
    return dict.fromkeys(sorted({400, 503, *statuses}), ErrorOut)
