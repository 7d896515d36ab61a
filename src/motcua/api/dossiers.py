from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Annotated, Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import File, Form, P, QueryEx, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import EmailStr, Field, StrictBool

from motcua.api.auth import user_of
from motcua.api.schemas import MAX_OFFSET, NUMBER_NOT_TEXT, Input, JsonInt, refusals
from motcua.audit.services import audit_view
from motcua.clock.services import iso_vn
from motcua.dossiers.documents import MAX_BYTES, document_add
from motcua.dossiers.models import Channel, Document, Dossier
from motcua.dossiers.reuse import applicant_keys, check_reuser, document_reuse
from motcua.dossiers.selectors import (
    access_dossier,
    acted_dossier,
    dossier_events,
    dossier_facts,
    dossiers_filtered,
    reusable_documents,
)
from motcua.dossiers.services import Applicant, dossier_act, dossier_create, may_act
from motcua.errors import DomainError, Forbidden
from motcua.sync.portal.mapping import dossier_payload, step_payload
from motcua.sync.portal.snapshot import dossier_record, portal_settings
from motcua.units.models import Agency

router = Router(tags=["Hồ sơ (dossiers)"])


class ApplicantIn(Input):
    name: str = Field(min_length=1, max_length=300)
    kind: JsonInt = Field(
        1, ge=1, le=4, description="1 công dân, 2 doanh nghiệp, 3 cơ quan, 4 khác"
    )
    id_number: str = Field("", max_length=20, pattern=r"^[0-9A-Za-z]*$")
    phone: str = Field("", max_length=20, pattern=r"^[0-9+ ]*$")
    email: EmailStr | None = None
    address: str = Field("", max_length=500)


class DossierIn(Input):
    procedure: str = Field(min_length=1, max_length=40, description="mã thủ tục, ví dụ 1.001193")
    channel: Channel = Field(description="1 trực tiếp, 2 trực tuyến, 3 bưu chính")
    applicant: ApplicantIn
    summary: str = Field("", max_length=1000)
    competent_agency: str | None = Field(None, max_length=13)
    received_by_agency: str | None = Field(None, max_length=13)
    helped_at_agency: str | None = Field(None, max_length=13)
    identity_verified: StrictBool = False


class ActionIn(Input):
    note: str = Field("", max_length=4000)
    agency: str | None = Field(None, max_length=13, description="forward: chuyển sang cơ quan khác")
    new_due_at: dt.datetime | None = Field(None, description="extend: ngày hẹn trả mới")
    rating: JsonInt | None = Field(
        None, description="rate: 1 không hài lòng, 2 hài lòng, 3 rất hài lòng"
    )
    online: StrictBool = Field(False, description="pay: đã thanh toán trực tuyến")
    expected_version: Annotated[int, Field(ge=0), NUMBER_NOT_TEXT] | None = Field(
        None, description="phiên bản hồ sơ đã xem (version); khác thì từ chối 409"
    )


class DossierItem(Schema):
    code: str
    procedure_code: str
    procedure_name: str
    status: int
    channel: int
    applicant_name: str
    competent_agency: str
    received_at: str | None
    due_at: str | None


class DossierPage(Schema):
    count: int
    items: list[DossierItem]


class DocumentOut(Schema):
    id: int
    kind: str
    name: str
    sha256: str
    size: int
    content_type: str


class ReuseIn(Input):
    source: JsonInt = Field(
        ge=1, description="id giấy tờ đã số hóa của người nộp (GET …/documents/reusable)"
    )
    component_code: str = Field(min_length=1, max_length=100, description="mã thành phần hồ sơ")


class ReusedDocumentOut(DocumentOut):
    component_code: str
    digitised: bool
    reused_from: int

    @staticmethod
    def resolve_reused_from(document: Document) -> int | None:
        return document.reused_from_id


class ReusableItem(Schema):
    id: int
    name: str
    kind: str
    dossier_code: str
    procedure_name: str
    issued_at: str
    content_type: str
    size: int


class ReusableList(Schema):
    items: list[ReusableItem]


def _agency(code: str | None, field: str) -> Agency | None:
    if not code:
        return None
    agency = Agency.objects.filter(code=code, valid_to__isnull=True).first()
    if agency is None:
        raise DomainError(
            "agency_not_found",
            f"Không tìm thấy cơ quan mã “{code}”.",
            message_en=f"No agency with code '{code}'.",
            field=field,
        )
    return agency


def _viewed(request: HttpRequest, code: str, what: str) -> Dossier:
    """The dossier `code` if the user may see it; an officer's look goes to the audit log."""
    dossier = access_dossier(user_of(request), code)
    audit_view(request, subject=dossier.code, what=what)
    return dossier


@router.post(
    "",
    response={201: dict[str, Any], **refusals(400, 401, 403, 404, 409, 413, 422)},
    summary="Nộp / tiếp nhận hồ sơ",
)
def create_dossier(request: HttpRequest, payload: DossierIn) -> Status:
    a = payload.applicant
    dossier = dossier_create(
        actor=user_of(request),
        procedure_code=payload.procedure,
        channel=payload.channel,
        applicant=Applicant(
            name=a.name,
            kind=a.kind,
            id_number=a.id_number,
            phone=a.phone,
            email=a.email or "",
            address=a.address,
        ),
        summary=payload.summary,
        competent=_agency(payload.competent_agency, "competent_agency"),
        received_by=_agency(payload.received_by_agency, "received_by_agency"),
        helped_at=_agency(payload.helped_at_agency, "helped_at_agency"),
        identity_verified=payload.identity_verified,
    )
    return Status(201, dossier_facts(acted_dossier(dossier), user_of(request), now=timezone.now()))


@router.get("", response={200: DossierPage, **refusals(400, 401, 422)}, summary="Danh sách hồ sơ")
def list_dossiers(
    request: HttpRequest,
    status: QueryEx[int | None, P(ge=1, le=10, description="mã trạng thái 1..10")] = None,
    agency: str = "",
    overdue: bool | None = None,
    limit: QueryEx[int, P(ge=1, le=200)] = 50,
    offset: QueryEx[int, P(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    query = dossiers_filtered(
        user_of(request),
        now=timezone.now(),
        status=status,
        agency=agency,
        overdue=overdue,
    )
    rows = query.select_related("version__procedure")[offset : offset + limit]
    audit_view(request, subject="", what="api_dossier_list", offset=offset, limit=limit)
    return {
        "count": query.count(),
        "items": [
            {
                "code": d.code,
                "procedure_code": d.version.procedure.code,
                "procedure_name": d.version.name,
                "status": d.status,
                "channel": d.channel,
                "applicant_name": d.applicant_name,
                "competent_agency": d.competent_agency.code,
                "received_at": iso_vn(d.received_at),
                "due_at": iso_vn(d.due_at),
            }
            for d in rows
        ],
    }


@router.get(
    "/{code}",
    response={200: dict[str, Any], **refusals(401, 404)},
    summary="Chi tiết hồ sơ, hạn và lý do",
)
def get_dossier(request: HttpRequest, code: str) -> dict[str, Any]:
    user = user_of(request)
    return dossier_facts(_viewed(request, code, "api_dossier"), user, now=timezone.now())


@router.get(
    "/{code}/events", response={200: dict[str, Any], **refusals(401, 404)}, summary="Lịch sử xử lý"
)
def get_events(request: HttpRequest, code: str) -> dict[str, Any]:
    return dossier_events(_viewed(request, code, "api_events"), now=timezone.now())


@router.get(
    "/{code}/portal",
    response={200: dict[str, Any], **refusals(401, 404)},
    summary="Dữ liệu đồng bộ Cổng DVCQG (hồ sơ và các bước xử lý)",
)
def get_portal_payload(request: HttpRequest, code: str) -> dict[str, Any]:
    """What motcua would send the national portal now: the DongBoHoSoMC record and one
    CapNhatTienDoHoSoMC step per event, in order."""
    record = dossier_record(_viewed(request, code, "api_portal_payload"))
    portal = portal_settings()
    return {
        "DongBoHoSoMC": dossier_payload(record, portal),
        "CapNhatTienDoHoSoMC": [step_payload(record, e, portal) for e in record.events],
    }


@router.post(
    "/{code}/actions/{action}",
    response={200: dict[str, Any], **refusals(400, 401, 403, 404, 409, 413, 422)},
    summary="Thực hiện thao tác",
)
def act(request: HttpRequest, code: str, action: str, payload: ActionIn) -> dict[str, Any]:
    params: dict[str, Any] = {"online": payload.online}
    if payload.agency:
        params["agency"] = payload.agency
    if payload.new_due_at is not None:
        params["new_due_at"] = payload.new_due_at
    if payload.rating is not None:
        params["rating"] = payload.rating
    dossier = dossier_act(
        code=code,
        action=action,
        actor=user_of(request),
        note=payload.note,
        params=params,
        expected_version=payload.expected_version,
    )
    return dossier_facts(acted_dossier(dossier), user_of(request), now=timezone.now())


@router.post(
    "/{code}/documents",
    response={201: DocumentOut, **refusals(400, 401, 403, 404, 413, 415, 422)},
    summary=f"Tải lên tài liệu (PDF/JPEG/PNG, tối đa {MAX_BYTES // (1024 * 1024)} MB)",
)
def upload_document(
    request: HttpRequest,
    code: str,
    file: File[UploadedFile],
    kind: Form[str] = "component",
    name: Form[str] = "",
    component_code: Form[str] = "",
    digitised: Form[bool] = False,
) -> Status:
    dossier = access_dossier(user_of(request), code)
    if not may_act(user_of(request), dossier):
        raise Forbidden(
            "not_holder",
            "Hồ sơ không do cơ quan của bạn đang xử lý.",
            message_en="Your agency does not hold this dossier.",
        )
    content = file.read(MAX_BYTES + 1)  # one byte more than allowed is enough to refuse
    document = document_add(
        dossier=dossier,
        actor=user_of(request),
        kind=kind,
        name=name or file.name or "",
        content=content,
        component_code=component_code,
        digitised=digitised,
    )
    return Status(201, document)


@router.get(
    "/{code}/documents/reusable",
    response={200: ReusableList, **refusals(401, 403, 404)},
    summary="Giấy tờ đã số hóa của người nộp có thể dùng lại",
)
def list_reusable(request: HttpRequest, code: str) -> dict[str, Any]:
    user = user_of(request)
    dossier = _viewed(request, code, "api_reusable_documents")
    check_reuser(user, dossier)
    rows = reusable_documents(**applicant_keys(dossier, user), excluding=dossier.pk)
    return {"items": [{**asdict(row), "issued_at": iso_vn(row.issued_at)} for row in rows]}


@router.post(
    "/{code}/documents/reuse",
    response={201: ReusedDocumentOut, **refusals(400, 401, 403, 404, 409, 413, 422)},
    summary="Dùng lại giấy tờ đã số hóa cho một thành phần hồ sơ",
)
def reuse_document(request: HttpRequest, code: str, payload: ReuseIn) -> Status:
    """The new document points to the same stored file as the source; the dossier counts as
    reusing a digitised paper (Decision 766). 404 for a paper that is not the applicant's."""
    user = user_of(request)
    document = document_reuse(
        dossier=access_dossier(user, code),
        actor=user,
        source_id=payload.source,
        component_code=payload.component_code,
    )
    return Status(201, document)
