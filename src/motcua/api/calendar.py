from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field, WithJsonSchema

from motcua.api.schemas import refusals
from motcua.clock import SUPPORTED_YEARS, VN_TZ, Limit, LimitUnit, due_at
from motcua.clock.services import due_json, province_calendar
from motcua.errors import DomainError

router = Router(tags=["Lịch làm việc (calendar)"])


class DueQuery(Schema):
    start: dt.datetime = Field(
        alias="from", description="ISO 8601; no offset means Asia/Ho_Chi_Minh"
    )
    # A number in the query string; the schema says so (pydantic would also advertise any string).
    days: Annotated[
        Decimal,
        WithJsonSchema({"type": "number", "minimum": 0, "maximum": 3650}),
    ] = Field(
        ge=0,
        le=3650,
        description="0 … 3650; nửa ngày (0.5) với ngày làm việc, nguyên với ngày lịch",
    )
    unit: LimitUnit = LimitUnit.WORKING_DAYS


class ReasonOut(Schema):
    kind: str
    start: str
    end: str
    label: str


class DueOut(Schema):
    due_at: str
    reasons: list[ReasonOut]


@router.get(
    "/due",
    response={200: DueOut, **refusals(400, 422)},
    auth=None,
    summary="Tính ngày hẹn trả và lý do",
)
def calendar_due(request: HttpRequest, query: Query[DueQuery]) -> dict[str, Any]:
    start = query.start if query.start.tzinfo else query.start.replace(tzinfo=VN_TZ)
    if start.year not in SUPPORTED_YEARS:
        raise DomainError(
            "date_out_of_range",
            f"Ngày bắt đầu phải trong các năm {SUPPORTED_YEARS[0]}–{SUPPORTED_YEARS[-1]}.",
            message_en=f"'from' must be within {SUPPORTED_YEARS[0]}–{SUPPORTED_YEARS[-1]}.",
            field="from",
        )
    try:
        limit = Limit(query.days, query.unit)
        due = due_at(start, limit, calendar=province_calendar())
    except ValueError as exc:
        raise DomainError(
            "limit_invalid",
            f"Thời hạn không hợp lệ: {exc}",
            message_en=f"Invalid time limit: {exc}",
            field="days",
        ) from None
    return due_json(due)
