"""A dossier and its events as the national portal's records (domain README §5). Pure.

`dossier_payload` is one element of DongBoHoSoMC's `data`; `step_payload` one CapNhatTienDoHoSoMC
step. `motcua.sync.portal.snapshot` builds the records below from the database.

Choices where the public protocol leaves room (change them here, nowhere else):

- Codes, 0/1 flags and amounts are JSON numbers (KenhThucHien, LoaiDoiTuong, TrangThaiHoSo,
  HinhThuc, HoSoCoThanhPhanSoHoa, DuocSoHoa, HinhThucThu, Gia, TrangThaiBoSung, TrangThai …).
  Identifiers are strings (TepDinhKemId, GiayToId, HoSoBoSungId), and so are the enum values that
  are settings (NoiNopHoSo, LoaiDinhDanh, MaCSDL) and DuocThanhToanTrucTuyen: "2" when paid online
  on the province's gateway (motcua is the province's system), the key absent otherwise.
- HinhThuc is how the result goes back: 0 at the desk, 1 by post (as provincial integrations send
  it). motcua records no separate return mode: a dossier filed by post gets its result by post,
  every other one at the desk.
- Lists are always present (empty when there is nothing), except DinhDanhCHS: absent without an
  id number, like DuocThanhToanTrucTuyen without an online payment.
- GhiChu carries the reason when the dossier ended without a result (refused, withdrawn, stopped).
- A supplement round's NgayHenTraTruoc/NgayHenTraMoi are the dossier's due instant after the
  request and after the supplement (`EventRecord.due_at`); "" when unknown or still waiting.
- Instants are `yyyyMMddHHmmss` in Asia/Ho_Chi_Minh; a missing one is "" (no value is ever None).
- Text limits count characters after NFC normalisation; a cut never separates a letter from its
  combining marks.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from motcua.clock.calendar import VN_TZ
from motcua.dossiers.lifecycle import Action, Status

SUMMARY_MAX = 1000  # TrichYeuHoSo
HANDLER_MAX = 50  # NguoiXuLy
CONTENT_MAX = 2000  # NoiDungXuLy, and the other free texts taken from notes
SYSTEM_HANDLER = "Hệ thống"  # NguoiXuLy is required: the name when an event has no person

POSTAL = 3  # KenhThucHien
RETURN_AT_DESK, RETURN_BY_POST = 0, 1  # HinhThuc
PAID_ON_PROVINCE_GATEWAY = "2"  # DuocThanhToanTrucTuyen ("1" would be the national portal)
FEE_AT_DESK, FEE_ONLINE = 1, 2  # HinhThucThu
FEE_KIND_LE_PHI = 1  # LoaiPhiLePhi
SUPPLEMENT_WAITING, SUPPLEMENT_RECEIVED = 0, 1  # TrangThaiBoSung
SUBMITTED_KINDS = frozenset({"component", "supplement"})  # documents listed in TaiLieuNop
RESULT_KIND = "result"  # documents listed in DanhSachGiayToKetQua
ENDED_WITHOUT_RESULT = {
    int(Status.REFUSED): Action.REFUSE,
    int(Status.WITHDRAWN): Action.WITHDRAW,
    int(Status.STOPPED): Action.STOP,
}


@dataclass(frozen=True)
class PortalSettings:
    madonvi: str = ""  # MOTCUA_PORTAL_MADONVI
    noi_nop_ho_so: str = "1"  # NoiNopHoSo: its meaning is not public, so a setting
    loai_dinh_danh: str = "1"  # LoaiDinhDanh of the applicant's id number (a setting)
    ma_csdl: tuple[str, ...] = ()  # DSKetNoiCSDL MaCSDL values (a setting)
    result_base_url: str = ""  # absolute base of document links (MOTCUA_PUBLIC_URL)


@dataclass(frozen=True)
class FeeRecord:
    code: str
    name: str
    amount: int  # VND


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    kind: str  # component / result / supplement
    name: str
    component_code: str
    path: str  # where motcua serves it, e.g. "/tai-lieu/12"
    digitised: bool
    reused: bool
    from_national_store: bool


@dataclass(frozen=True)
class EventRecord:
    seq: int
    action: str
    at: dt.datetime
    from_status: int | None
    to_status: int
    actor_name: str
    actor_title: str
    actor_department: str
    note: str
    step_name: str
    step_started_at: dt.datetime | None
    step_due_at: dt.datetime | None
    data: Mapping[str, Any]
    # The dossier's due instant just after this event; None before receipt or when unknown.
    due_at: dt.datetime | None = None


@dataclass(frozen=True)
class DossierRecord:
    code: str
    procedure_code: str
    procedure_name: str
    field_code: str
    field_name: str
    channel: int
    applicant_name: str
    applicant_kind: int
    applicant_id_number: str
    applicant_phone: str
    applicant_email: str
    applicant_address: str
    summary: str
    submitted_at: dt.datetime | None
    received_at: dt.datetime | None
    due_at: dt.datetime | None
    status: int
    finished_at: dt.datetime | None
    returned_at: dt.datetime | None
    ended_at: dt.datetime | None
    competent_agency_code: str
    competent_agency_name: str
    received_by_agency_code: str
    received_by_agency_name: str
    digitised: bool
    reused: bool
    identity_verified: bool
    paid_online: bool
    fees: tuple[FeeRecord, ...]
    documents: tuple[DocumentRecord, ...]
    events: tuple[EventRecord, ...]  # in seq order


def portal_instant(value: dt.datetime | None) -> str:
    """`yyyyMMddHHmmss` in Asia/Ho_Chi_Minh; "" for None. A naive value is taken as UTC."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    v = value.astimezone(VN_TZ)
    return f"{v.year:04d}{v.month:02d}{v.day:02d}{v.hour:02d}{v.minute:02d}{v.second:02d}"


def clip(text: str, limit: int) -> str:
    """`text` (NFC) in at most `limit` characters, never cutting a letter from its marks
    (unless one letter carries more marks than the limit: then the limit wins)."""
    text = unicodedata.normalize("NFC", text)
    if len(text) <= limit:
        return text
    cut = limit
    while cut > 0 and unicodedata.category(text[cut]).startswith("M"):
        cut -= 1
    return text[:cut] if cut else text[:limit]


def action_label(action: str) -> str:
    try:
        return Action(action).label
    except ValueError:
        return action


def step_content(event: EventRecord) -> str:
    """NoiDungXuLy: the action's Vietnamese label, then the note when there is one."""
    note = event.note.strip()
    label = action_label(event.action)
    return clip(f"{label}: {note}" if note else label, CONTENT_MAX)


def dossier_payload(d: DossierRecord, s: PortalSettings) -> dict[str, Any]:
    """One element of DongBoHoSoMC's `data`: the dossier as it stands now."""
    return {
        **_applicant(d),
        **_processing(d),
        **_index_flags(d, s),
        "TaiLieuNop": [_submitted(doc, s) for doc in d.documents if doc.kind in SUBMITTED_KINDS],
        "DanhSachLePhi": [_fee(fee, d) for fee in d.fees],
        "DanhSachTepDinhKemKhac": [],
        "DanhSachHoSoBoSung": _supplement_rounds(d),
        "DanhSachGiayToKetQua": [_result(doc, s) for doc in d.documents if doc.kind == RESULT_KIND],
    }


def step_payload(d: DossierRecord, e: EventRecord, s: PortalSettings) -> dict[str, Any]:
    """One CapNhatTienDoHoSoMC step: who did what, when, and the step's time budget."""
    return {
        "MaHoSo": d.code,
        "NguoiXuLy": clip(e.actor_name.strip() or SYSTEM_HANDLER, HANDLER_MAX),
        "ChucDanh": e.actor_title,
        "ThoiDiemXuLy": portal_instant(e.at),
        "PhongBanXuLy": e.actor_department,
        "NoiDungXuLy": step_content(e),
        "TrangThai": int(e.to_status),
        "NgayBatDau": portal_instant(e.step_started_at or e.at),
        "NgayKetThucTheoQuyDinh": portal_instant(e.step_due_at or e.due_at or d.due_at),
    }


def step_key(payload: Mapping[str, Any]) -> tuple[str, str, str, str, str]:
    """A step's identity at the portal, so that sending the same step again is recognisable.

    The instant has whole seconds only: two officers forwarding within one second differ by
    who did it (NguoiXuLy)."""

    def text(field: str) -> str:  # TrangThai may come back from the portal as "2" or 2
        return str(payload.get(field, ""))

    return (
        text("MaHoSo"),
        text("ThoiDiemXuLy"),
        text("TrangThai"),
        text("NoiDungXuLy"),
        text("NguoiXuLy"),
    )


def _applicant(d: DossierRecord) -> dict[str, Any]:
    return {
        "MaHoSo": d.code,
        "MaTTHC": d.procedure_code,
        "TenTTHC": d.procedure_name,
        "MaLinhVuc": d.field_code,
        "TenLinhVuc": d.field_name,
        "KenhThucHien": int(d.channel),
        "ChuHoSo": d.applicant_name,
        "SoGiayToChuHoSo": d.applicant_id_number,
        "LoaiDoiTuong": int(d.applicant_kind),
        "MaDoiTuong": "",
        "ThongTinKhac": "",
        "Email": d.applicant_email,
        "Fax": "",
        "SoDienThoai": d.applicant_phone,
        "TrichYeuHoSo": clip(d.summary, SUMMARY_MAX),
    }


def _processing(d: DossierRecord) -> dict[str, Any]:
    return {
        "NgayNopHoSo": portal_instant(d.submitted_at or d.received_at),
        "NgayTiepNhan": portal_instant(d.received_at),
        "NgayHenTra": portal_instant(d.due_at),
        "TrangThaiHoSo": int(d.status),
        "NgayTra": portal_instant(d.returned_at),
        "ThongTinTra": _return_info(d),
        "HinhThuc": RETURN_BY_POST if d.channel == POSTAL else RETURN_AT_DESK,
        "NgayKetThucXuLy": portal_instant(d.finished_at),
        "DonViXuLy": d.competent_agency_name,
        "GhiChu": _closing_note(d),
        "NgayTuChoi": _refused_at(d),
    }


def _index_flags(d: DossierRecord, s: PortalSettings) -> dict[str, Any]:
    """What the service index (Decision 766) counts."""
    flags: dict[str, Any] = {
        "HoSoCoThanhPhanSoHoa": int(d.digitised),
        "TaiKhoanDuocXacThucVoiVNeID": int(d.identity_verified),
    }
    if d.paid_online:
        flags["DuocThanhToanTrucTuyen"] = PAID_ON_PROVINCE_GATEWAY
    flags["NoiNopHoSo"] = s.noi_nop_ho_so
    if d.applicant_id_number.strip():
        flags["DinhDanhCHS"] = [
            {"LoaiDinhDanh": s.loai_dinh_danh, "SoDinhDanh": d.applicant_id_number.strip()}
        ]
    flags["DSKetNoiCSDL"] = [{"MaCSDL": code} for code in s.ma_csdl]
    return flags


def _return_info(d: DossierRecord) -> str:
    if d.returned_at is None:
        return ""
    if d.channel == POSTAL:
        return "Trả kết quả qua dịch vụ bưu chính"
    where = d.received_by_agency_name.strip()
    return f"Trả kết quả trực tiếp tại {where}" if where else "Trả kết quả trực tiếp"


def _last(d: DossierRecord, action: Action) -> EventRecord | None:
    return next((e for e in reversed(d.events) if e.action == action), None)


def _closing_note(d: DossierRecord) -> str:
    action = ENDED_WITHOUT_RESULT.get(int(d.status))
    event = _last(d, action) if action else None
    return clip(event.note.strip(), CONTENT_MAX) if event else ""


def _refused_at(d: DossierRecord) -> str:
    if d.status != Status.REFUSED:
        return ""
    event = _last(d, Action.REFUSE)
    return portal_instant(event.at if event else d.ended_at)


def _link(s: PortalSettings, path: str) -> str:
    if not path or path.startswith(("http://", "https://")):
        return path
    return s.result_base_url.rstrip("/") + "/" + path.lstrip("/")


def _submitted(doc: DocumentRecord, s: PortalSettings) -> dict[str, Any]:
    return {
        "TepDinhKemId": str(doc.id),
        "TenTepDinhKem": doc.name,
        "IsDeleted": False,
        "MaThanhPhanHoSo": doc.component_code,
        "DuongDanTaiTepTin": _link(s, doc.path),
        "DuocSoHoa": int(doc.digitised),
        "DuocTaiSuDung": int(doc.reused),
        "DuocLayTuKhoDMQG": int(doc.from_national_store),
        "MaKetQuaThayThe": "",
    }


def _result(doc: DocumentRecord, s: PortalSettings) -> dict[str, Any]:
    return {
        "TenGiayTo": doc.name,
        "MaThanhPhanHoSo": "",
        "GiayToId": str(doc.id),
        "DuongDanTepTinKetQua": _link(s, doc.path),
        "MaGiayToKetQua": doc.component_code,
    }


def _fee(fee: FeeRecord, d: DossierRecord) -> dict[str, Any]:
    return {
        "TenPhiLePhi": fee.name,
        "MaPhiLePhi": fee.code,
        "HinhThucThu": FEE_ONLINE if d.paid_online else FEE_AT_DESK,
        "Gia": int(fee.amount),
        "LoaiPhiLePhi": FEE_KIND_LE_PHI,
    }


def _supplement_rounds(d: DossierRecord) -> list[dict[str, Any]]:
    """One entry per supplement request, answered by the next supplement event if any."""
    rounds: list[tuple[EventRecord, EventRecord | None]] = []
    for event in sorted(d.events, key=lambda e: e.seq):
        if event.action == Action.REQUEST_SUPPLEMENT:
            rounds.append((event, None))
        elif event.action == Action.SUPPLEMENT and rounds and rounds[-1][1] is None:
            rounds[-1] = (rounds[-1][0], event)
    return [_supplement_round(d, request, answer) for request, answer in rounds]


def _supplement_round(
    d: DossierRecord, request: EventRecord, answer: EventRecord | None
) -> dict[str, Any]:
    return {
        "HoSoBoSungId": f"{d.code}-{request.seq}",
        "NguoiYeuCauBoSung": request.actor_name,
        "NoiDungBoSung": clip(request.note.strip(), CONTENT_MAX),
        "NgayBoSung": portal_instant(request.at),
        "NguoiTiepNhanBoSung": answer.actor_name if answer else "",
        "ThongTinTiepNhan": step_content(answer) if answer else "",
        "NgayTiepNhanBoSung": portal_instant(answer.at if answer else None),
        "TrangThaiBoSung": SUPPLEMENT_RECEIVED if answer else SUPPLEMENT_WAITING,
        "NgayHenTraTruoc": portal_instant(request.due_at),
        "NgayHenTraMoi": portal_instant(answer.due_at if answer else None),
    }
