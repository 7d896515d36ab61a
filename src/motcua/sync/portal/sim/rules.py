"""What the simulated portal accepts: field checks of dossiers and steps, legal status moves. Pure.

Every check returns `FieldError`s (never raises) so a batch is judged whole before anything is
stored. Messages are Vietnamese, as the portal answers, with English in parentheses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from motcua.dossiers.lifecycle import PAUSED, RESUME, SAME, TABLE, Status

RECORD_REQUIRED = (
    "MaHoSo",
    "MaTTHC",
    "TenTTHC",
    "KenhThucHien",
    "ChuHoSo",
    "LoaiDoiTuong",
    "NgayNopHoSo",
    "TrangThaiHoSo",
)
RECORD_DATES = (
    "NgayNopHoSo",
    "NgayTiepNhan",
    "NgayHenTra",
    "NgayTra",
    "NgayKetThucXuLy",
    "NgayTuChoi",
)
RECORD_CODES = {"KenhThucHien": range(1, 4), "LoaiDoiTuong": range(1, 5)}
RECORD_FLAGS = ("HoSoCoThanhPhanSoHoa", "TaiKhoanDuocXacThucVoiVNeID")
RECORD_LISTS = (
    "DinhDanhCHS",
    "DSKetNoiCSDL",
    "TaiLieuNop",
    "DanhSachLePhi",
    "DanhSachTepDinhKemKhac",
    "DanhSachHoSoBoSung",
    "DanhSachGiayToKetQua",
)
SUPPLEMENT_DATES = ("NgayBoSung", "NgayTiepNhanBoSung", "NgayHenTraTruoc", "NgayHenTraMoi")
SUMMARY_MAX = 1000

STEP_REQUIRED = ("MaHoSo", "NguoiXuLy", "ThoiDiemXuLy", "TrangThai", "NoiDungXuLy")
STEP_DATES = ("ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh")
HANDLER_MAX = 50

STATUSES = range(1, 11)

REQUIRED = "bắt buộc (required)"
NOT_TEXT = "phải là chuỗi (must be a string)"
NOT_DATE = "không phải ngày giờ hợp lệ dạng yyyyMMddHHmmss (not a yyyyMMddHHmmss date)"


@dataclass(frozen=True)
class FieldError:
    index: int | None
    field: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def portal_date(value: Any) -> dt.datetime | None:
    """`yyyyMMddHHmmss` (14 digits, a real instant) as a naive datetime, else None."""
    if not (isinstance(value, str) and len(value) == 14 and value.isascii() and value.isdigit()):
        return None
    try:
        return dt.datetime(
            int(value[0:4]),
            int(value[4:6]),
            int(value[6:8]),
            int(value[8:10]),
            int(value[10:12]),
            int(value[12:14]),
        )
    except ValueError:
        return None


def code_value(value: Any) -> int | None:
    """A numeric code sent as a number or a digit string (`2` or `"2"`); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _one_of(allowed: range) -> str:
    low, high = allowed.start, allowed.stop - 1
    return f"phải là số từ {low} đến {high} (must be {low}–{high})"


def _check_code(
    index: int | None, obj: Mapping[str, Any], field: str, allowed: range
) -> Iterator[FieldError]:
    value = obj.get(field)
    if not blank(value) and code_value(value) not in allowed:
        yield FieldError(index, field, f"{_one_of(allowed)}, nhận {value!r}")


def _check_dates(
    index: int | None, obj: Mapping[str, Any], fields: tuple[str, ...], prefix: str = ""
) -> Iterator[FieldError]:
    for field in fields:
        value = obj.get(field)
        if not blank(value) and portal_date(value) is None:
            yield FieldError(index, prefix + field, f"{NOT_DATE}, nhận {value!r}")


def _check_required(
    index: int | None, obj: Mapping[str, Any], fields: tuple[str, ...]
) -> Iterator[FieldError]:
    for field in fields:
        if blank(obj.get(field)):
            yield FieldError(index, field, REQUIRED)


def _check_text(
    index: int | None, obj: Mapping[str, Any], fields: tuple[str, ...]
) -> Iterator[FieldError]:
    for field in fields:
        value = obj.get(field)
        if value is not None and not isinstance(value, str):
            yield FieldError(index, field, NOT_TEXT)


def record_errors(index: int | None, record: Any) -> list[FieldError]:
    """Everything wrong with one DongBoHoSoMC record (empty when it is acceptable)."""
    if not isinstance(record, Mapping):
        return [FieldError(index, "data", "mỗi hồ sơ phải là một đối tượng (must be an object)")]
    return list(_record_errors(index, record))


def _record_errors(index: int | None, record: Mapping[str, Any]) -> Iterator[FieldError]:
    yield from _check_required(index, record, RECORD_REQUIRED)
    yield from _check_text(index, record, ("MaHoSo", "MaTTHC", "TenTTHC", "ChuHoSo"))
    for field, allowed in RECORD_CODES.items():
        yield from _check_code(index, record, field, allowed)
    yield from _check_code(index, record, "TrangThaiHoSo", STATUSES)
    yield from _check_dates(index, record, RECORD_DATES)
    summary = record.get("TrichYeuHoSo")
    if summary is not None and not isinstance(summary, str):
        yield FieldError(index, "TrichYeuHoSo", NOT_TEXT)
    elif summary is not None and len(summary) > SUMMARY_MAX:
        yield FieldError(
            index,
            "TrichYeuHoSo",
            f"dài {len(summary)} ký tự, tối đa {SUMMARY_MAX} (at most {SUMMARY_MAX} characters)",
        )
    for field in RECORD_FLAGS:
        value = record.get(field)
        if value is not None and code_value(value) not in (0, 1):
            yield FieldError(index, field, f"phải là 0 hoặc 1 (must be 0 or 1), nhận {value!r}")
    paid = record.get("DuocThanhToanTrucTuyen")
    if paid is not None and code_value(paid) not in (1, 2):
        yield FieldError(
            index,
            "DuocThanhToanTrucTuyen",
            f"phải là 1 hoặc 2, hoặc bỏ trống (must be 1, 2 or absent), nhận {paid!r}",
        )
    yield from _list_errors(index, record)


def _list_errors(index: int | None, record: Mapping[str, Any]) -> Iterator[FieldError]:
    for field in RECORD_LISTS:
        items = record.get(field)
        if items is None:
            continue
        if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
            yield FieldError(
                index, field, "phải là danh sách đối tượng (must be a list of objects)"
            )
            continue
        if field == "DanhSachHoSoBoSung":
            for n, item in enumerate(items):
                yield from _check_dates(index, item, SUPPLEMENT_DATES, f"{field}[{n}].")


def step_errors(index: int | None, step: Any) -> list[FieldError]:
    """Everything wrong with one CapNhatTienDoHoSoMC step, existence of the dossier aside."""
    if not isinstance(step, Mapping):
        return [FieldError(index, "data", "mỗi bước phải là một đối tượng (must be an object)")]
    errors = [
        *_check_required(index, step, STEP_REQUIRED),
        *_check_text(index, step, ("MaHoSo", "NguoiXuLy", "NoiDungXuLy")),
        *_check_code(index, step, "TrangThai", STATUSES),
        *_check_dates(index, step, STEP_DATES),
    ]
    handler = step.get("NguoiXuLy")
    if isinstance(handler, str) and len(handler) > HANDLER_MAX:
        errors.append(
            FieldError(
                index,
                "NguoiXuLy",
                f"dài {len(handler)} ký tự, tối đa {HANDLER_MAX} (at most {HANDLER_MAX})",
            )
        )
    return errors


def _edges() -> set[tuple[int, int]]:
    """One-step moves of the lifecycle: `resume` goes back to any status a pause can start from."""
    paused_from: dict[Status, set[Status]] = {p: set() for p in PAUSED}
    for rule in TABLE.values():
        if rule.target in PAUSED:
            assert isinstance(rule.target, Status)
            paused_from[rule.target] |= {s for s in rule.sources if s is not None}
    edges: set[tuple[int, int]] = set()
    for rule in TABLE.values():
        for source in rule.sources:
            if source is None:
                continue
            if rule.target == RESUME:
                targets = paused_from.get(source, set())
            elif rule.target == SAME:
                targets = {source}
            else:
                assert isinstance(rule.target, Status)
                targets = {rule.target}
            edges |= {(int(source), int(t)) for t in targets}
    return edges


def _reachable(edges: set[tuple[int, int]]) -> frozenset[tuple[int, int]]:
    pairs = {(s, s) for s in STATUSES} | edges
    while True:
        longer = {(a, d) for a, b in pairs for c, d in pairs if b == c} | pairs
        if longer == pairs:
            return frozenset(pairs)
        pairs = longer


# (stored status, new status) pairs a portal update may carry: any path through the lifecycle,
# because a batch may skip intermediate snapshots. Staying put is always fine.
REACHABLE = _reachable(_edges())


def status_label(code: int) -> str:
    try:
        return f"{code} ({Status(code).label})"
    except ValueError:
        return str(code)


def status_change_error(index: int | None, code: str, old: int, new: int) -> FieldError | None:
    if (old, new) in REACHABLE:
        return None
    return FieldError(
        index,
        "TrangThaiHoSo",
        f"hồ sơ {code} không thể chuyển từ trạng thái {status_label(old)} sang "
        f"{status_label(new)} (illegal status change for {code}: {old} → {new})",
    )
