from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import P, QueryEx, Router, Schema

from motcua.api.schemas import MAX_OFFSET, refusals
from motcua.catalog.selectors import procedures_search
from motcua.clock import Limit, LimitUnit, due_at
from motcua.clock.services import due_json, iso_vn, province_calendar
from motcua.dossiers.services import current_version
from motcua.units.models import Agency

router = Router(tags=["Thủ tục hành chính (procedures)"])
agencies = Router(tags=["Cơ quan (agencies)"])


class ProcedureItem(Schema):
    code: str
    name: str
    field_code: str
    field_name: str
    online_level: str
    levels: list[str]
    version: int


class ProcedurePage(Schema):
    count: int
    items: list[ProcedureItem]


class ChannelDue(Schema):
    channel: int
    due_at: str
    reasons: list[dict[str, Any]]


class ProcedureDetail(Schema):
    code: str
    version: int
    valid_from: str
    spec: dict[str, Any]
    due_if_received_now: list[ChannelDue]


@router.get(
    "",
    response={200: ProcedurePage, **refusals(422)},
    auth=None,
    summary="Tìm thủ tục (không phân biệt dấu)",
)
def list_procedures(
    request: HttpRequest,
    q: str = "",
    field: str = "",
    online_level: str = "",
    limit: QueryEx[int, P(ge=1, le=100)] = 20,
    offset: QueryEx[int, P(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    query = procedures_search(q, field=field, online_level=online_level)
    rows = list(query[offset : offset + limit])
    return {
        "count": query.count(),
        "items": [
            {
                "code": v.procedure.code,
                "name": v.name,
                "field_code": v.field.code,
                "field_name": v.field.name,
                "online_level": v.online_level,
                "levels": v.levels,
                "version": v.number,
            }
            for v in rows
        ],
    }


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return float(value) if value % 1 else int(value)
    return value


@router.get(
    "/{code}",
    response={200: ProcedureDetail, **refusals(404)},
    auth=None,
    summary="Chi tiết thủ tục",
)
def get_procedure(request: HttpRequest, code: str) -> dict[str, Any]:
    version = current_version(code)
    spec = version.spec
    now = timezone.now()
    dues = []
    for term in spec.channels:
        due = due_at(now, Limit(term.amount, LimitUnit(term.unit)), calendar=province_calendar())
        dues.append({"channel": term.channel, **due_json(due)})
    return {
        "code": version.procedure.code if hasattr(version, "procedure") else code,
        "version": version.number,
        "valid_from": iso_vn(version.valid_from),
        "spec": _plain(spec),
        "due_if_received_now": dues,
    }


class AgencyItem(Schema):
    code: str
    name: str
    kind: str
    parent_code: str | None


@agencies.get(
    "", response={200: list[AgencyItem], **refusals(422)}, auth=None, summary="Danh sách cơ quan"
)
def list_agencies(
    request: HttpRequest, q: str = "", kind: str = "", limit: QueryEx[int, P(ge=1, le=500)] = 50
) -> list[dict[str, Any]]:
    query = Agency.objects.filter(valid_to__isnull=True).select_related("parent")
    if q:
        query = query.filter(name__icontains=q)
    if kind:
        query = query.filter(kind=kind)
    return [
        {
            "code": a.code,
            "name": a.name,
            "kind": a.kind,
            "parent_code": a.parent.code if a.parent else None,
        }
        for a in query.order_by("code")[:limit]
    ]
