from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from motcua.clock import VN_TZ, Limit, LimitUnit, due_at
from motcua.clock.services import due_json, province_calendar
from motcua.errors import DomainError

router = Router(tags=["Lịch làm việc (calendar)"])


class DueQuery(Schema):
    start: dt.datetime = Field(
        alias="from", description="ISO 8601; no offset means Asia/Ho_Chi_Minh"
    )
    days: Decimal = Field(ge=0, le=3650)
    unit: LimitUnit = LimitUnit.WORKING_DAYS


class ReasonOut(Schema):
    kind: str
    start: str
    end: str
    label: str


class DueOut(Schema):
    due_at: str
    reasons: list[ReasonOut]


@router.get("/due", response=DueOut, auth=None, summary="Tính ngày hẹn trả và lý do")
def calendar_due(request: HttpRequest, query: Query[DueQuery]) -> dict[str, Any]:
    start = query.start if query.start.tzinfo else query.start.replace(tzinfo=VN_TZ)
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
