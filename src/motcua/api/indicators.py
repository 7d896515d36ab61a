"""The service index (Decision 766): every indicator and the group scores for a period."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from motcua.api.auth import user_of
from motcua.api.schemas import refusals
from motcua.errors import Forbidden
from motcua.indicators.access import READERS, readable_agency
from motcua.indicators.report import GROUPINGS, indicator_report, report_request


class IndicatorQuery(Schema):
    # Dates stay strings here so a bad one is a DomainError naming the field, like from > to;
    # the schema still says what is expected.
    first: str = Field(
        alias="from",
        description="YYYY-MM-DD (giờ Việt Nam), tính cả ngày",
        json_schema_extra={"format": "date"},
    )
    last: str = Field(
        alias="to", description="YYYY-MM-DD, tính cả ngày", json_schema_extra={"format": "date"}
    )
    agency: str = Field("", max_length=13, description="mã cơ quan (thẩm quyền hoặc tiếp nhận)")
    group_by: str = Field(
        "",
        description="agency | commune | field | procedure | officer | month | quarter | year",
        json_schema_extra={"enum": ["", *GROUPINGS]},
    )


router = Router(tags=["Chỉ số phục vụ (indicators)"])


@router.get(
    "",
    response={200: dict[str, Any], **refusals(400, 401, 403, 422)},
    summary="Chỉ số phục vụ người dân, doanh nghiệp",
)
def get_indicators(request: HttpRequest, query: Query[IndicatorQuery]) -> dict[str, Any]:
    """Each indicator as {numerator, denominator, value}; value null = không áp dụng.
    Desk officers and specialists read their own agency's (the default when they name none)."""
    user = user_of(request)
    if user.role not in READERS:
        raise Forbidden(
            "indicators_forbidden",
            "Chỉ cán bộ, quản trị và thanh tra được xem chỉ số phục vụ.",
            message_en="Only officers, administrators and auditors may read the indicators.",
        )
    return indicator_report(
        **report_request(
            first=query.first,
            last=query.last,
            agency=readable_agency(user, query.agency.strip()),
            group_by=query.group_by,
        )
    )
