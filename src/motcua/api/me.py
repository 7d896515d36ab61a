"""The signed-in applicant's own data (Decree 13/2023/NĐ-CP: the right to obtain it)."""

from __future__ import annotations

from django.http import FileResponse, HttpRequest
from ninja import Router

from motcua.accounts.models import Role
from motcua.api.auth import user_of
from motcua.api.schemas import refusals
from motcua.errors import Forbidden
from motcua.privacy.download import zip_response
from motcua.privacy.selectors import DataSubject

router = Router(tags=["Dữ liệu cá nhân (me)"])

ZIP_RESPONSE = {
    "responses": {
        200: {
            "description": "Tệp ZIP: DOC-TOI.txt, du-lieu-ca-nhan.json, tai-lieu/<mã hồ sơ>/…",
            "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
        }
    }
}


@router.get(
    "/data",
    response=refusals(401, 403, 413),
    summary="Tải về mọi dữ liệu cá nhân của tài khoản (ZIP)",
    openapi_extra=ZIP_RESPONSE,
)
def my_data(request: HttpRequest) -> FileResponse:
    """The account, every dossier it owns (events, rating, payments, documents with SHA-256) and
    the documents' files, as one ZIP. For citizens' accounts only."""
    user = user_of(request)
    if user.role != Role.CITIZEN:
        raise Forbidden(
            "personal_data_citizens_only",
            "Chỉ tài khoản công dân, tổ chức tải về dữ liệu cá nhân của mình tại đây; cán bộ "
            "trả lời yêu cầu bằng văn bản bằng lệnh motcua personal_data export.",
            message_en="Only citizens' accounts download their own data here; officers answer "
            "written requests with `motcua personal_data export`.",
        )
    return zip_response(DataSubject(account=user), user)
