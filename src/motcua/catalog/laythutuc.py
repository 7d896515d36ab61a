"""The national portal's LayThuTuc procedure format: read all-or-nothing, written back. Pure.

`parse_text` / `parse` take a JSON array of procedures (or one procedure) and return specs, or raise
`CatalogFormatError` naming every problem in the file with its path and line. `export` writes specs
back so that `parse(export(specs)) == specs`. Besides the national fields motcua adds CAPTHUCHIEN
(levels), MUCDODVC (online level), SOBANCHINH / SOBANSAO / BATBUOCSOHOA on each GIAYTO and QUYTRINH
(the workflow): optional on import, always written on export.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from motcua.catalog.spec import (
    AGENCY_KINDS,
    AgencyRef,
    ChannelTerm,
    Component,
    Fee,
    LegalBasis,
    Level,
    OnlineLevel,
    ProcedureSpec,
    Result,
    Role,
    StepSpec,
    default_steps,
    reference_of,
)
from motcua.catalog.text import fold

__all__ = ["CatalogFormatError", "FieldError", "default_steps", "export", "parse", "parse_text"]

_T = TypeVar("_T")

_CODE = re.compile(r"[0-9]\.[0-9]{6}(?:\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2})?")
_MONEY = re.compile(r"[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,3}(?:,[0-9]{3})+")  # 50000, 50.000
_DECIMAL = re.compile(r"[0-9]+(?:[.,][0-9]+)?")
_COUNT = re.compile(r"[0-9]{1,3}")
_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace
_MAX_DURATION = Decimal(10_000)
_MAX_PLACES = 6  # decimal places of a duration: keeps budget sums exact
_EXPECT_DURATION = f"cần một số từ 0 đến {_MAX_DURATION}, tối đa {_MAX_PLACES} chữ số thập phân"
_MAX_MONEY = 10**15
_MAX_COPIES = 999

_CHANNELS_KEY, _CHANNELS_ALIAS = "CACHTHUCTHUCHIEN", "CACHTHUCHIEN"
_CHANNEL_BY_CODE = {1: 1, 2: 2, 3: 3, "1": 1, "2": 2, "3": 3}
_UNIT_BY_NAME = {  # folded DONVITINH -> unit
    "ngay lam viec": "working_days",
    "ngay": "days",
    "gio": "working_hours",
    "gio lam viec": "working_hours",
}
_UNIT_NAMES = {"working_days": "Ngày làm việc", "days": "Ngày", "working_hours": "Giờ"}
_LEVEL_BY_CODE = {
    "TW": Level.CENTRAL,
    "TINH": Level.PROVINCE,
    "HUYEN": Level.DISTRICT,
    "XA": Level.COMMUNE,
}
_LEVEL_CODES = {level: code for code, level in _LEVEL_BY_CODE.items()}
_LEVEL_NAMES = {
    Level.CENTRAL: "Cấp Trung ương",
    Level.PROVINCE: "Cấp Tỉnh",
    Level.DISTRICT: "Cấp Huyện",
    Level.COMMUNE: "Cấp Xã",
}
# The national portal's own CAPTHUCHIEN entries name the level (TENCAP) without a MACAP.
_LEVEL_BY_NAME = {fold(name): level for level, name in _LEVEL_NAMES.items()} | {
    "cap bo": Level.CENTRAL
}
_ONLINE_BY_CODE = {
    "TOANTRINH": OnlineLevel.FULL,
    "MOTPHAN": OnlineLevel.PARTIAL,
    "KHONG": OnlineLevel.NONE,
}
_ONLINE_CODES = {level: code for code, level in _ONLINE_BY_CODE.items()}
_ROLE_BY_CODE = {role.value: role for role in Role}
_AGENCY_KIND_BY_CODE = {kind: kind for kind in AGENCY_KINDS}

_JSON_PROBLEMS = {
    "Expecting value": "thiếu giá trị",
    "Expecting ',' delimiter": "thiếu dấu phẩy",
    "Expecting ':' delimiter": "thiếu dấu hai chấm",
    "Expecting property name enclosed in double quotes": "cần tên trường trong ngoặc kép",
    "Unterminated string starting at": "chuỗi chưa đóng ngoặc kép",
    "Invalid control character at": "ký tự điều khiển nằm trong chuỗi",
    "Extra data": "còn dữ liệu thừa sau phần JSON",
}
_EXPECT_UNIT = '"Ngày làm việc", "Ngày" hoặc "Giờ"'
_EXPECT_LEVEL = '"TW", "TINH", "HUYEN" hoặc "XA"'
_EXPECT_ONLINE = '"TOANTRINH", "MOTPHAN" hoặc "KHONG"'
_EXPECT_ROLE = '"desk", "officer" hoặc "leader"'
_EXPECT_KIND = ", ".join(f'"{kind}"' for kind in AGENCY_KINDS)


@dataclass(frozen=True)
class FieldError:
    path: str  # e.g. [12].CACHTHUCTHUCHIEN[0].THOIGIAN[0].DONVITINH; "" for the whole file
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"dòng {self.line}: " if self.line is not None else ""
        return f"{where}{self.path}: {self.message}" if self.path else f"{where}{self.message}"


class CatalogFormatError(Exception):
    """The file was refused as a whole; `errors` names every problem found in it."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__(self.errors)

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)


def parse_text(text: str) -> list[ProcedureSpec]:
    """Read a LayThuTuc file. Nothing is returned unless every procedure in it is valid."""
    text = text.removeprefix("\ufeff")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = _JSON_PROBLEMS.get(exc.msg, exc.msg)
        message = f"JSON không hợp lệ tại dòng {exc.lineno}, cột {exc.colno}: {problem}"
        raise CatalogFormatError([FieldError("", message, exc.lineno)]) from None
    except (ValueError, RecursionError) as exc:  # e.g. an integer too long, nesting too deep
        raise CatalogFormatError([FieldError("", f"JSON không đọc được: {exc}")]) from None
    return _parse(data, _start_lines(text, data))


def parse(obj: Any) -> list[ProcedureSpec]:
    """Same as `parse_text` on an already-loaded list of procedures (or one procedure)."""
    return _parse(obj, None)


def _parse(data: Any, lines: list[int] | None) -> list[ProcedureSpec]:
    if not isinstance(data, dict | list):
        message = f"Tệp phải chứa một mảng thủ tục hoặc một thủ tục, không phải {_kind(data)}"
        raise CatalogFormatError([FieldError("", message, 1 if lines is not None else None)])
    errors: list[FieldError] = []
    specs: list[ProcedureSpec] = []
    first_index: dict[str, int] = {}
    for index, item in enumerate([data] if isinstance(data, dict) else data):
        reader = _Reader(errors, lines[index] if lines else None)
        path = f"[{index}]"
        if not isinstance(item, dict):
            reader.fail(path, f"Thủ tục phải là một đối tượng JSON, không phải {_kind(item)}")
            continue
        spec = _procedure(reader, item, path)
        code = item.get("MATTHC")
        if isinstance(code, str) and _CODE.fullmatch(code):
            if code in first_index:
                message = f'MATTHC "{code}" trùng với thủ tục [{first_index[code]}] trong cùng tệp'
                reader.fail(f"{path}.MATTHC", message)
            first_index.setdefault(code, index)
        if spec is not None:
            specs.append(spec)
    if errors:
        raise CatalogFormatError(errors)
    return specs


def _start_lines(text: str, data: Any) -> list[int]:
    """The line on which each top-level procedure starts (`text` is known to be valid JSON)."""
    pos = _skip_space(text, 0)
    if not isinstance(data, list):
        return [text.count("\n", 0, pos) + 1]
    decoder = json.JSONDecoder()
    lines: list[int] = []
    line, counted = 1, 0
    pos = _skip_space(text, pos + 1)  # past "["
    for _ in data:
        line += text.count("\n", counted, pos)
        counted = pos
        lines.append(line)
        _, end = decoder.raw_decode(text, pos)
        pos = _skip_space(text, end)
        if text.startswith(",", pos):
            pos = _skip_space(text, pos + 1)
    return lines


def _skip_space(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


class _Reader:
    """Reads one procedure, recording each problem (with the procedure's line) and carrying on
    with a placeholder, so that one pass reports everything wrong in the file."""

    def __init__(self, errors: list[FieldError], line: int | None) -> None:
        self._errors = errors
        self._line = line
        self._count = 0

    @property
    def failed(self) -> bool:
        return self._count > 0

    def mark(self) -> int:
        return self._count

    def failed_since(self, mark: int) -> bool:
        return self._count > mark

    def fail(self, path: str, message: str) -> None:
        self._errors.append(FieldError(path, message, self._line))
        self._count += 1

    def objects(
        self, obj: dict[str, Any], key: str, path: str, *, required: bool = False
    ) -> list[tuple[str, dict[str, Any]]]:
        """The objects listed under `key`, each with its path."""
        value, at = obj.get(key), f"{path}.{key}"
        if value is None:
            if required:
                self.fail(at, f"Thiếu {key}: cần một danh sách có ít nhất một mục")
            return []
        if not isinstance(value, list):
            self.fail(at, f"{key} phải là một danh sách (mảng JSON), không phải {_kind(value)}")
            return []
        if required and not value:
            self.fail(at, f"{key} không được rỗng: cần ít nhất một mục")
        found = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                found.append((f"{at}[{index}]", item))
            else:
                message = f"Mỗi mục của {key} phải là một đối tượng JSON, không phải {_kind(item)}"
                self.fail(f"{at}[{index}]", message)
        return found

    def text(self, obj: dict[str, Any], key: str, path: str, *, required: bool = False) -> str:
        value, at = obj.get(key), f"{path}.{key}"
        if value is None:
            if required:
                self.fail(at, f"Thiếu {key}: trường này bắt buộc")
            return ""
        if not isinstance(value, str):
            self.fail(at, f"{key} phải là một chuỗi ký tự, không phải {_kind(value)}")
            return ""
        if required and not value.strip():
            self.fail(at, f"{key} không được để trống")
        return value

    def choice(
        self,
        obj: dict[str, Any],
        key: str,
        path: str,
        choices: Mapping[Any, _T],
        expected: str,
        *,
        required: bool = False,
    ) -> _T | None:
        value, at = obj.get(key), f"{path}.{key}"
        if value is None:
            if required:
                self.fail(at, f"Thiếu {key}: dùng {expected}")
            return None
        if isinstance(value, str | int) and not isinstance(value, bool) and value in choices:
            return choices[value]
        self.fail(at, f"{key} {_show(value)} không hợp lệ: dùng {expected}")
        return None

    def duration(self, obj: dict[str, Any], key: str, path: str) -> Decimal:
        value, at = obj.get(key), f"{path}.{key}"
        if value is None:
            self.fail(at, f"Thiếu {key}: {_EXPECT_DURATION}")
            return Decimal(0)
        amount = _as_duration(value)
        if amount is None:
            self.fail(at, f"{key} {_show(value)} không hợp lệ: {_EXPECT_DURATION}")
            return Decimal(0)
        return amount

    def money(self, obj: dict[str, Any], key: str, path: str) -> int:
        value, at = obj.get(key), f"{path}.{key}"
        amount = None if value is None else _as_money(value)
        if amount is None:
            problem = f"Thiếu {key}" if value is None else f"{key} {_show(value)} không hợp lệ"
            expected = 'cần số tiền nguyên (đồng), không âm, ví dụ 50000 hoặc "50.000"'
            self.fail(at, f"{problem}: {expected}")
            return 0
        return amount

    def count(self, obj: dict[str, Any], key: str, path: str, default: int) -> int:
        value = obj.get(key)
        if value is None or value == "":
            return default
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= _MAX_COPIES:
            return value
        if isinstance(value, str) and _COUNT.fullmatch(value.strip()):
            return int(value)
        message = f"{key} {_show(value)} không hợp lệ: cần một số nguyên từ 0 đến {_MAX_COPIES}"
        self.fail(f"{path}.{key}", message)
        return default

    def flag(self, obj: dict[str, Any], key: str, path: str, default: bool) -> bool:
        value = obj.get(key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, int | str) and value in (0, 1, "0", "1"):
            return value in (1, "1")
        self.fail(f"{path}.{key}", f"{key} {_show(value)} không hợp lệ: dùng 1 (có) hoặc 0 (không)")
        return default


def _procedure(r: _Reader, obj: dict[str, Any], path: str) -> ProcedureSpec | None:
    code = r.text(obj, "MATTHC", path, required=True)
    if code.strip() and not _CODE.fullmatch(code):
        expected = 'dùng dạng "1.001193" hoặc "1.004227.000.00.00.H38"'
        r.fail(f"{path}.MATTHC", f"MATTHC {_show(code)} không hợp lệ: {expected}")
    name = r.text(obj, "TENTTHC", path, required=True)
    fields = [
        (r.text(o, "MALINHVUC", p, required=True), r.text(o, "TENLINHVUC", p, required=True))
        for p, o in r.objects(obj, "LINHVUCTHUCHIEN", path, required=True)
    ]
    agencies = tuple(
        AgencyRef(r.text(o, "MADONVI", p), r.text(o, "TENDONVI", p))
        for p, o in r.objects(obj, "COQUANTHUCHIEN", path)
    )
    mark = r.mark()
    channels = _channels(r, obj, path)
    reference = None if r.failed_since(mark) else reference_of(channels)
    levels = _levels(r, obj, path, agencies)
    spec = ProcedureSpec(
        code=code,
        name=name,
        field_code=fields[0][0] if fields else "",
        field_name=fields[0][1] if fields else "",
        levels=levels,
        online_level=_online_level(r, obj, path, channels),
        publishing_agency=r.text(obj, "MACOQUANCONGBO", path),
        agencies=agencies,
        channels=channels,
        components=_components(r, obj, path),
        results=tuple(
            Result(r.text(o, "MAKETQUA", p), r.text(o, "TENKETQUA", p))
            for p, o in r.objects(obj, "KETQUATHUCHIEN", path)
        ),
        legal_basis=tuple(
            LegalBasis(r.text(o, "SOVANBAN", p), r.text(o, "TENVANBAN", p))
            for p, o in r.objects(obj, "CANCUPHAPLY", path)
        ),
        steps=_steps(r, obj, path, reference, levels),
        subjects=tuple(
            r.text(o, "TENDOITUONG", p) for p, o in r.objects(obj, "DOITUONGTHUCHIEN", path)
        ),
        subject_description=r.text(obj, "MOTADOITUONGTHUCHIEN", path),
        requirements=r.text(obj, "YEUCAU", path),
        sequence=tuple(
            r.text(step, "TENTRINHTU", step_path)
            for p, o in r.objects(obj, "TRINHTUTHUCHIEN", path)
            for step_path, step in r.objects(o, "TRINHTU", p)
        ),
    )
    return None if r.failed else spec


def _channels(r: _Reader, obj: dict[str, Any], path: str) -> tuple[ChannelTerm, ...]:
    key = _CHANNELS_KEY
    if obj.get(_CHANNELS_ALIAS) is not None:
        if obj.get(_CHANNELS_KEY) is None:
            key = _CHANNELS_ALIAS
        else:
            message = f"Chỉ khai một trong {_CHANNELS_KEY} và {_CHANNELS_ALIAS} (cùng ý nghĩa)"
            r.fail(f"{path}.{_CHANNELS_ALIAS}", message)
    channels: list[ChannelTerm] = []
    seen: set[int] = set()
    expected = "1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính công ích)"
    for p, o in r.objects(obj, key, path, required=True):
        number = r.choice(o, "KENH", p, _CHANNEL_BY_CODE, expected, required=True)
        if number in seen:
            r.fail(f"{p}.KENH", f"KENH {number} bị khai lặp: mỗi kênh chỉ khai một lần")
        terms = [_term(r, t, tp) for tp, t in r.objects(o, "THOIGIAN", p, required=True)]
        extra_fees = _fees(r, o, p)  # tolerated at channel level too
        if number is not None and number not in seen and terms:
            amount, unit, description, fees = terms[0]
            channels.append(ChannelTerm(number, amount, unit, description, fees + extra_fees))
            seen.add(number)
    return tuple(channels)


def _term(r: _Reader, obj: dict[str, Any], path: str) -> tuple[Decimal, str, str, tuple[Fee, ...]]:
    amount = r.duration(obj, "THOIGIANGIAIQUYET", path)
    value = obj.get("DONVITINH")
    unit = _UNIT_BY_NAME.get(fold(value)) if isinstance(value, str) else None
    if unit is None:
        problem = "Thiếu DONVITINH" if value is None else f"DONVITINH {_show(value)} không hợp lệ"
        r.fail(f"{path}.DONVITINH", f"{problem}: dùng {_EXPECT_UNIT}")
    return amount, unit or "working_days", r.text(obj, "MOTA", path), _fees(r, obj, path)


def _fees(r: _Reader, obj: dict[str, Any], path: str) -> tuple[Fee, ...]:
    fees = []
    for p, o in r.objects(obj, "PHILEPHI", path):
        description = r.text(o, "MOTA", p)
        name = r.text(o, "TENPHILEPHI", p)
        name = name if name.strip() else description if description.strip() else "Lệ phí"
        amount = r.money(o, "SOTIEN", p)
        fees.append(Fee(r.text(o, "MAPHILEPHI", p), name, amount, description))
    return tuple(fees)


def _components(r: _Reader, obj: dict[str, Any], path: str) -> tuple[Component, ...]:
    components = []
    for group_path, group in r.objects(obj, "THANHPHANHOSO", path):
        case = r.text(group, "TRUONGHOP", group_path)
        for p, o in r.objects(group, "GIAYTO", group_path):
            component = Component(
                code=r.text(o, "MAGIAYTO", p),
                name=r.text(o, "TENGIAYTO", p, required=True),
                case=case,
                originals=r.count(o, "SOBANCHINH", p, 1),
                copies=r.count(o, "SOBANSAO", p, 0),
                template_name=r.text(o, "TENMAUDON", p),
                template_url=r.text(o, "URL", p),
                must_digitise=r.flag(o, "BATBUOCSOHOA", p, True),
            )
            components.append(component)
    return tuple(components)


def _levels(
    r: _Reader, obj: dict[str, Any], path: str, agencies: tuple[AgencyRef, ...]
) -> tuple[Level, ...]:
    if obj.get("CAPTHUCHIEN") is None:
        names = (unicodedata.normalize("NFC", agency.name).casefold() for agency in agencies)
        return (Level.COMMUNE,) if any("cấp xã" in name for name in names) else (Level.PROVINCE,)
    levels: list[Level] = []
    for p, o in r.objects(obj, "CAPTHUCHIEN", path, required=True):
        if o.get("MACAP") is None and isinstance(o.get("TENCAP"), str):
            level = _LEVEL_BY_NAME.get(fold(o["TENCAP"]))
            if level is None:
                r.fail(f"{p}.MACAP", f"Thiếu MACAP: dùng {_EXPECT_LEVEL}")
        else:
            level = r.choice(o, "MACAP", p, _LEVEL_BY_CODE, _EXPECT_LEVEL, required=True)
        if level in levels:
            r.fail(p, f'Cấp "{_LEVEL_CODES[level]}" bị khai lặp: mỗi cấp chỉ khai một lần')
        elif level is not None:
            levels.append(level)
    return tuple(levels)


def _online_level(
    r: _Reader, obj: dict[str, Any], path: str, channels: tuple[ChannelTerm, ...]
) -> OnlineLevel:
    if obj.get("MUCDODVC") is None:
        online = any(channel.channel == 2 for channel in channels)
        return OnlineLevel.FULL if online else OnlineLevel.NONE
    level = r.choice(obj, "MUCDODVC", path, _ONLINE_BY_CODE, _EXPECT_ONLINE)
    return level or OnlineLevel.NONE


def _steps(
    r: _Reader,
    obj: dict[str, Any],
    path: str,
    reference: ChannelTerm | None,
    levels: tuple[Level, ...],
) -> tuple[StepSpec, ...]:
    if obj.get("QUYTRINH") is None:
        return default_steps(reference, levels) if reference is not None else ()
    mark = r.mark()
    steps = tuple(
        StepSpec(
            name=r.text(o, "TENBUOC", p, required=True),
            role=r.choice(o, "VAITRO", p, _ROLE_BY_CODE, _EXPECT_ROLE, required=True) or Role.DESK,
            agency_kind=r.choice(
                o, "LOAICOQUAN", p, _AGENCY_KIND_BY_CODE, _EXPECT_KIND, required=True
            )
            or "other",
            budget=r.duration(o, "THOIGIAN", p),
        )
        for p, o in r.objects(obj, "QUYTRINH", path, required=True)
    )
    total = sum((step.budget for step in steps), Decimal(0))
    if steps and reference is not None and not r.failed_since(mark) and total != reference.amount:
        limit = f"{_show_decimal(reference.amount)} {_UNIT_NAMES[reference.unit].lower()}"
        message = (
            f"Tổng thời gian các bước trong QUYTRINH là {_show_decimal(total)} nhưng thời hạn "
            f"giải quyết của kênh {reference.channel} là {limit}: hai số phải bằng nhau"
        )
        r.fail(f"{path}.QUYTRINH", message)
    return steps


def _as_duration(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float | Decimal) and _finite(value):
        amount = Decimal(repr(value)) if isinstance(value, float) else value
    elif isinstance(value, str) and _DECIMAL.fullmatch(value.strip()):
        amount = Decimal(value.strip().replace(",", "."))
    else:
        return None
    exponent = amount.as_tuple().exponent
    fine_enough = isinstance(exponent, int) and exponent >= -_MAX_PLACES
    return amount if fine_enough and 0 <= amount <= _MAX_DURATION else None


def _as_money(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        amount = value
    elif isinstance(value, float | Decimal) and _finite(value) and value == int(value):
        amount = int(value)
    elif isinstance(value, str) and len(value) < 40 and _MONEY.fullmatch(value.strip()):
        amount = int(value.strip().replace(".", "").replace(",", ""))
    else:
        return None
    return amount if 0 <= amount < _MAX_MONEY else None


def _finite(value: float | Decimal) -> bool:
    return value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)


def _kind(value: Any) -> str:
    kinds = [
        (bool, "giá trị true/false"),
        (int | float | Decimal, "số"),
        (str, "chuỗi"),
        (list, "danh sách"),
        (dict, "đối tượng"),
    ]
    if value is None:
        return "null"
    return next((name for kind, name in kinds if isinstance(value, kind)), type(value).__name__)


def _show(value: Any) -> str:
    """A short rendering of a wrong value for a message."""
    if isinstance(value, str):
        return f'"{value}"' if len(value) <= 60 else f'"{value[:60]}…"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        try:
            shown = str(value)
        except ValueError:  # an integer too long to print
            return "(số quá lớn)"
        return shown if len(shown) <= 30 else f"{shown[:30]}…"
    return f"({_kind(value)})"


def _show_decimal(value: Decimal) -> str:
    return f"{value.normalize():f}"


def export(specs: Iterable[ProcedureSpec]) -> list[dict[str, Any]]:
    """The specs in the LayThuTuc shape (JSON-ready), motcua's extension fields included."""
    return [_export_procedure(spec) for spec in specs]


def _export_procedure(spec: ProcedureSpec) -> dict[str, Any]:
    sequence = [{"TENTRINHTU": step} for step in spec.sequence]
    return {
        "MATTHC": spec.code,
        "TENTTHC": spec.name,
        "MACOQUANCONGBO": spec.publishing_agency,
        "LINHVUCTHUCHIEN": [{"MALINHVUC": spec.field_code, "TENLINHVUC": spec.field_name}],
        "CAPTHUCHIEN": [
            {"MACAP": _LEVEL_CODES[level], "TENCAP": _LEVEL_NAMES[level]} for level in spec.levels
        ],
        "MUCDODVC": _ONLINE_CODES[spec.online_level],
        "TRINHTUTHUCHIEN": [{"TRUONGHOP": "", "TRINHTU": sequence}] if sequence else [],
        _CHANNELS_KEY: [_export_channel(channel) for channel in spec.channels],
        "THANHPHANHOSO": _export_components(spec.components),
        "KETQUATHUCHIEN": [{"MAKETQUA": r.code, "TENKETQUA": r.name} for r in spec.results],
        "CANCUPHAPLY": [{"SOVANBAN": b.number, "TENVANBAN": b.title} for b in spec.legal_basis],
        "COQUANTHUCHIEN": [{"MADONVI": a.code, "TENDONVI": a.name} for a in spec.agencies],
        "DOITUONGTHUCHIEN": [{"TENDOITUONG": subject} for subject in spec.subjects],
        "MOTADOITUONGTHUCHIEN": spec.subject_description,
        "YEUCAU": spec.requirements,
        "QUYTRINH": [
            {
                "TENBUOC": step.name,
                "VAITRO": str(step.role),
                "LOAICOQUAN": step.agency_kind,
                "THOIGIAN": _number(step.budget),
            }
            for step in spec.steps
        ],
    }


def _export_channel(channel: ChannelTerm) -> dict[str, Any]:
    fees = [
        {
            "MAPHILEPHI": fee.code,
            "TENPHILEPHI": fee.name,
            "SOTIEN": fee.amount,
            "DONVI": "Đồng",
            "MOTA": fee.description,
        }
        for fee in channel.fees
    ]
    term = {
        "THOIGIANGIAIQUYET": _number(channel.amount),
        "DONVITINH": _UNIT_NAMES[channel.unit],
        "MOTA": channel.description,
        "PHILEPHI": fees,
    }
    return {"KENH": channel.channel, "THOIGIAN": [term]}


def _export_components(components: Iterable[Component]) -> list[dict[str, Any]]:
    groups: list[dict[str, Any]] = []  # consecutive components of one case share a group
    for c in components:
        if not groups or groups[-1]["TRUONGHOP"] != c.case:
            groups.append({"TRUONGHOP": c.case, "GIAYTO": []})
        groups[-1]["GIAYTO"].append(
            {
                "MAGIAYTO": c.code,
                "TENGIAYTO": c.name,
                "TENMAUDON": c.template_name,
                "URL": c.template_url,
                "SOBANCHINH": c.originals,
                "SOBANSAO": c.copies,
                "BATBUOCSOHOA": 1 if c.must_digitise else 0,
            }
        )
    return groups


def _number(value: Decimal) -> int | float | str:
    """A JSON value that reads back as exactly `value`: int, float, else a decimal string."""
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else f"{value:f}"
