"""A fictional province after the 2025 reform, for demos and `motcua seed`. Pure, deterministic.

`build_province(seed)` returns "Tỉnh Sơn Hà" (province code 99, agency codes ending in H99): its
administrative units before and after 2025-07-01 (ten districts and about two hundred communes,
ended 2025-06-30 and merged into about a hundred communes and wards with no district level), its
agencies, its officers and 2,025 procedures in the national portal's LayThuTuc shape plus motcua's
extension fields (CAPTHUCHIEN, MUCDODVC, SOBANCHINH / SOBANSAO / BATBUOCSOHOA, QUYTRINH).
`make_applicant` makes a citizen or a business to file dossiers. Standard library only: the same
seed always gives the same province. Names, codes and figures are illustrative, not official.
"""

from __future__ import annotations

import functools
import itertools
import math
import random
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from motcua.demo import words as W

PROVINCE_NAME = "Tỉnh Sơn Hà"
PROVINCE_CODE = "99"
AGENCY_SUFFIX = "H99"
PROVINCE_COMMITTEE_CODE = "000.00.00.H99"
SERVICE_CENTRE_CODE = "000.00.17.H99"
# COQUANTHUCHIEN of commune-level procedures names no single commune (as in the sample file).
COMMUNE_LEVEL_AGENCY = ("000.00.00.H00", "Ủy ban nhân dân cấp xã")
PROVINCE_SINCE = date(1991, 1, 1)
REFORM_DAY = date(2025, 7, 1)
LAST_DAY_BEFORE_REFORM = date(2025, 6, 30)
PROCEDURE_COUNT = 2025
ONLINE_SHARES = (("TOANTRINH", 0.91), ("MOTPHAN", 0.08), ("KHONG", 0.01))
# Pinned so that the demo usernames desk.hoabinh.1, desk.tanphu.1 … exist for every seed.
CAPITAL_WARD, FIRST_RURAL_COMMUNE = "Hòa Bình", "Tân Phú"

_SHORT = "Sơn Hà"
_LEVEL_NAMES = {"TINH": "Cấp Tỉnh", "XA": "Cấp Xã"}
_DISTRICT_KINDS = ("Thành phố",) + ("Thị xã",) * 2 + ("Huyện",) * 7
_WORKING_DAYS = {  # (limit, weight) by the field's speed: mostly short
    "f": ((0, 8), (1, 30), (2, 18), (3, 20), (5, 12), (7, 6), (10, 4), (15, 2)),
    "n": ((0, 3), (1, 10), (2, 10), (3, 18), (5, 20), (7, 12), (10, 14), (15, 8), (20, 3), (30, 2)),
    "s": ((1, 3), (2, 3), (3, 8), (5, 14), (7, 14), (10, 18), (15, 16), (20, 12), (30, 12)),
}
_FREE_SHARE = {"0": 0.85, "l": 0.3, "m": 0.15, "h": 0.1}
_AMOUNTS = {
    "0": (10_000, 20_000, 50_000, 100_000),
    "l": (10_000, 20_000, 30_000, 50_000, 100_000),
    "m": (50_000, 100_000, 150_000, 200_000, 300_000, 500_000),
    "h": (200_000, 500_000, 1_000_000, 1_500_000, 2_000_000, 3_000_000, 5_000_000),
}
_SUBJECTS = {
    "c": "Công dân Việt Nam",
    "n": "Người nước ngoài",
    "v": "Người Việt Nam định cư ở nước ngoài",
    "d": "Doanh nghiệp",
    "h": "Hợp tác xã",
    "t": "Tổ chức (trừ doanh nghiệp, hợp tác xã)",
    "q": "Cơ quan nhà nước",
    "b": "Cán bộ, công chức, viên chức",
}
_VERB_DOCS = (
    ("Cấp lại ", "Văn bản giải trình lý do đề nghị cấp lại"),
    ("Cấp đổi ", "Bản chính giấy tờ đã được cấp"),
    ("Gia hạn ", "Báo cáo tình hình hoạt động trong thời gian được cấp phép"),
    ("Điều chỉnh ", "Tài liệu chứng minh nội dung đề nghị điều chỉnh"),
    ("Thay đổi nội dung ", "Tài liệu chứng minh nội dung thay đổi"),
    ("Thu hồi ", "Biên bản kiểm tra hoặc văn bản đề nghị thu hồi"),
)
_PERSON_DOCS = (
    "Bản sao Căn cước công dân",
    "Giấy ủy quyền (nếu có)",
    "Giấy tờ chứng minh nơi cư trú (nếu có)",
    "Ảnh chân dung cỡ 4x6 cm",
)
_ORG_DOCS = (
    "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập",
    "Văn bản ủy quyền cho người nộp hồ sơ (nếu có)",
    "Báo cáo tình hình hoạt động của tổ chức",
)
_REQUIREMENTS = (
    "Hồ sơ phải đầy đủ, hợp lệ theo quy định",
    "Người nộp hồ sơ xuất trình giấy tờ tùy thân khi nộp trực tiếp",
    "Đáp ứng các điều kiện theo quy định của pháp luật chuyên ngành",
)
_STEPS = (
    ("Tiếp nhận hồ sơ", "desk"),
    ("Thẩm định, xử lý hồ sơ", "officer"),
    ("Phê duyệt kết quả", "leader"),
    ("Trả kết quả", "desk"),
)
_PHONE_PREFIXES = (
    *(f"03{digit}" for digit in "23456789"),
    *(f"08{digit}" for digit in "1234568"),
    *(f"09{digit}" for digit in "0134678"),
)
_FREE_VERBS = (  # procedures that never charge: revocations, benefits, complaints, awards
    "Thu hồi", "Thôi hưởng", "Giải quyết", "Tiếp công dân", "Xử lý đơn", "Hỗ trợ", "Tặng",
    "Đề nghị", "Xét", "Trợ giúp", "Chi trả", "Thực hiện", "Hưởng", "Khai báo", "Thông báo",
    "Yêu cầu", "Tiếp nhận yêu cầu", "Trả lại", "Tạm ngừng", "Chấm dứt", "Phục hồi danh dự",
)  # fmt: skip
_DOCUMENT_LIKE = ("giấy", "chứng chỉ", "thẻ", "phù hiệu")
_RESULT_RULES = (  # name prefix -> result, "{}" standing for the rest of the name
    ("Cấp phép ", "Giấy phép {}"),
    ("Cấp mã số ", "Văn bản cấp mã số {}"),
    ("Cấp lại ", "{}"),
    ("Cấp đổi ", "{}"),
    ("Cấp ", "{}"),
    ("Thay đổi nội dung đăng ký ", "Giấy đăng ký {}"),
    ("Thẩm định ", "Thông báo kết quả thẩm định {}"),
    ("Xác nhận ", "Văn bản xác nhận {}"),
    ("Đăng ký ", "Giấy chứng nhận đăng ký {}"),
)
_DEPARTMENTS = {d.key: d for d in W.DEPARTMENTS}


@dataclass(frozen=True)
class UnitRow:
    code: str
    name: str
    level: str  # "province" | "district" | "commune"
    parent_code: str | None
    valid_from: date
    valid_to: date | None
    successor_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class AgencyRow:
    code: str
    name: str
    # province_committee | department | service_centre | commune_committee | commune_centre
    kind: str
    parent_code: str | None
    unit_code: str
    valid_from: date
    valid_to: date | None = None


@dataclass(frozen=True)
class OfficerRow:
    username: str
    full_name: str
    role: str  # "admin" | "auditor" | "desk" | "officer" | "leader"
    agency_code: str
    title: str
    department: str


@dataclass(frozen=True)
class Applicant:
    name: str
    kind: int  # LoaiDoiTuong: 1 citizen, 2 business
    id_number: str
    phone: str
    email: str
    address: str


@dataclass(frozen=True)
class Province:
    name: str
    code: str
    units: tuple[UnitRow, ...]
    agencies: tuple[AgencyRow, ...]
    officers: tuple[OfficerRow, ...]
    procedures: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class _Commune:
    unit: UnitRow
    core: str  # "Tân Phú"
    kind: str  # "Xã" | "Phường"
    slug: str  # "tanphu"


@dataclass(frozen=True)
class _Candidate:
    name: str
    result: str
    level: str  # "TINH" | "XA"
    field: W.FieldSpec


def build_province(seed: int = 1) -> Province:
    """The whole province for `seed`; the same seed gives an equal value."""
    units, communes = _units(random.Random(f"{seed}:units"))
    agencies = _agencies(communes)
    officers = _officers(random.Random(f"{seed}:officers"), communes)
    procedures = _procedures(random.Random(f"{seed}:procedures"))
    return Province(PROVINCE_NAME, PROVINCE_CODE, units, agencies, officers, procedures)


def make_applicant(rng: random.Random, *, commune_name: str) -> Applicant:
    """A citizen (about 90%) or a business (kind 2) living in `commune_name` ("Xã Tân Phú");
    an empty name (or the province's) leaves the commune out of the address."""
    phone = rng.choice(_PHONE_PREFIXES) + f"{rng.randrange(10**7):07d}"
    if commune_name.startswith("Phường"):
        hamlet = f"Tổ dân phố {rng.randint(1, 12)}"
        if rng.random() < 0.5:
            hamlet = f"Số {rng.randint(1, 250)}, đường {rng.choice(W.STREETS)}, {hamlet}"
    else:
        hamlet = rng.choice(W.VILLAGES)
    place = [part for part in (hamlet, commune_name) if part and part != PROVINCE_NAME]
    address = ", ".join([*place, PROVINCE_NAME])
    if rng.random() < 0.1:
        brand = " ".join(rng.sample(W.COMPANY_WORDS, 2))
        trade = rng.choice(W.COMPANY_TRADES)
        email = f"{_slug(f'{trade} {brand}')}@example.vn" if rng.random() < 0.4 else ""
        tax_code = f"{PROVINCE_CODE}{rng.randrange(10**8):08d}"
        return Applicant(f"Công ty TNHH {trade} {brand}", 2, tax_code, phone, email, address)
    name, female = _person(rng)
    born = rng.randint(1950, 2006)
    century_sex = (0 if born < 2000 else 2) + (1 if female else 0)
    id_number = f"0{PROVINCE_CODE}{century_sex}{born % 100:02d}{rng.randrange(10**6):06d}"
    email = f"{_slug(name)}{rng.randint(1, 99)}@example.vn" if rng.random() < 0.4 else ""
    return Applicant(name, 1, id_number, phone, email, address)


# Units -------------------------------------------------------------------------------------


def _units(rng: random.Random) -> tuple[tuple[UnitRow, ...], tuple[_Commune, ...]]:
    """Province, new communes, former districts, former communes: every row's parent and
    successors come before it."""
    taken = {_slug(name) for name in (_SHORT, CAPITAL_WARD, FIRST_RURAL_COMMUNE)}
    taken |= {d.slug for d in W.DEPARTMENTS} | {"tinh", "admin", "auditor"}

    def fresh() -> str:
        while True:
            core = " ".join(rng.sample(W.PLACE_SYLLABLES, 2))
            if _slug(core) not in taken:
                taken.add(_slug(core))
                return core

    province = UnitRow(PROVINCE_CODE, PROVINCE_NAME, "province", None, PROVINCE_SINCE, None)
    districts: list[UnitRow] = []
    former: list[UnitRow] = []
    communes: list[_Commune] = []
    pinned: set[str] = set()
    for index, kind in enumerate(_DISTRICT_KINDS):
        code = f"{990 + index}"
        name = f"Thành phố {_SHORT}" if kind == "Thành phố" else f"{kind} {fresh()}"
        ended = LAST_DAY_BEFORE_REFORM
        districts.append(UnitRow(code, name, "district", PROVINCE_CODE, PROVINCE_SINCE, ended))
        size = rng.randint(18, 22)
        wards = {"Thành phố": size, "Thị xã": round(size * 0.6), "Huyện": 0}[kind]
        kinds = ["Phường"] * wards + (["Thị trấn"] if kind == "Huyện" else [])
        kinds += ["Xã"] * (size - len(kinds))
        for group in _groups(rng, kinds, size // 2):
            urban = 2 * sum(k == "Phường" for k in group) >= len(group)
            new_kind = "Phường" if urban else "Xã"
            if kind == "Thành phố" and not communes:
                core = CAPITAL_WARD
            elif kind == "Huyện" and FIRST_RURAL_COMMUNE not in pinned:
                core = FIRST_RURAL_COMMUNE
            else:
                core = fresh()
            pinned.add(core)
            new_code = f"{34001 + 3 * len(communes):05d}"
            name = f"{new_kind} {core}"
            unit = UnitRow(new_code, name, "commune", PROVINCE_CODE, REFORM_DAY, None)
            communes.append(_Commune(unit, core, new_kind, _slug(core)))
            for old_kind in group:
                old_code = f"{33001 + 3 * len(former):05d}"
                old_name = f"{old_kind} {fresh()}"
                successors = (new_code,)
                former.append(
                    UnitRow(old_code, old_name, "commune", code, PROVINCE_SINCE, ended, successors)
                )
    rows = (province, *(c.unit for c in communes), *districts, *former)
    return rows, tuple(communes)


def _groups(rng: random.Random, items: list[str], count: int) -> list[list[str]]:
    """`items` cut into `count` consecutive groups of 1 to 4."""
    while True:
        cuts = [0, *sorted(rng.sample(range(1, len(items)), count - 1)), len(items)]
        if all(b - a <= 4 for a, b in itertools.pairwise(cuts)):
            return [items[a:b] for a, b in itertools.pairwise(cuts)]


# Agencies and officers ---------------------------------------------------------------------


def _commune_codes(index: int) -> tuple[str, str]:
    """Codes of the index-th commune's people's committee and service centre."""
    number, block = index % 99 + 1, index // 99
    return f"000.{number:02d}.{31 + block:02d}.H99", f"000.{number:02d}.{41 + block:02d}.H99"


def _agencies(communes: tuple[_Commune, ...]) -> tuple[AgencyRow, ...]:
    top = PROVINCE_COMMITTEE_CODE
    day, province = REFORM_DAY, PROVINCE_CODE
    centre_name = f"Trung tâm Phục vụ hành chính công tỉnh {_SHORT}"
    rows = [
        AgencyRow(top, f"Ủy ban nhân dân tỉnh {_SHORT}", "province_committee", None, province, day)
    ]
    for d in W.DEPARTMENTS:
        parent = _DEPARTMENTS[d.parent].code if d.parent else top
        rows.append(AgencyRow(d.code, d.name, "department", parent, province, day))
    rows.append(AgencyRow(SERVICE_CENTRE_CODE, centre_name, "service_centre", top, province, day))
    for index, commune in enumerate(communes):
        committee, centre = _commune_codes(index)
        place, unit = f"{commune.kind.lower()} {commune.core}", commune.unit.code
        committee_name = f"Ủy ban nhân dân {place}"
        centre_name = f"Trung tâm Phục vụ hành chính công {place}"
        rows.append(AgencyRow(committee, committee_name, "commune_committee", top, unit, day))
        rows.append(AgencyRow(centre, centre_name, "commune_centre", committee, unit, day))
    return tuple(rows)


def _officers(rng: random.Random, communes: tuple[_Commune, ...]) -> tuple[OfficerRow, ...]:
    used: set[str] = set()

    def person() -> str:
        while True:
            name = _person(rng)[0]
            if name not in used:
                used.add(name)
                return name

    def row(username: str, role: str, agency: str, title: str, department: str) -> OfficerRow:
        return OfficerRow(username, person(), role, agency, title, department)

    office, inspectorate = _DEPARTMENTS["vpubnd"], _DEPARTMENTS["thanhtra"]
    reception = "Bộ phận Tiếp nhận và Trả kết quả"
    rows = [
        row("motcua.admin", "admin", PROVINCE_COMMITTEE_CODE, "Chuyên viên", office.name),
        row("motcua.auditor", "auditor", inspectorate.code, "Thanh tra viên", inspectorate.name),
    ]
    rows += [
        row(f"desk.tinh.{n}", "desk", SERVICE_CENTRE_CODE, "Chuyên viên", reception)
        for n in range(1, 7)
    ]
    for d in W.DEPARTMENTS:
        rows += [
            row(f"officer.{d.slug}.{n}", "officer", d.code, "Chuyên viên", unit)
            for n, unit in enumerate(d.units, start=1)
        ]
        rows.append(row(f"leader.{d.slug}", "leader", d.code, d.leader_title, d.leader_unit))
    for index, commune in enumerate(communes):
        committee, centre = _commune_codes(index)
        economy = "Phòng Kinh tế" if commune.kind == "Xã" else "Phòng Kinh tế, Hạ tầng và Đô thị"
        s = commune.slug
        rows += [
            row(f"officer.{s}.1", "officer", committee, "Công chức", "Văn phòng HĐND và UBND"),
            row(f"officer.{s}.2", "officer", committee, "Công chức", economy),
            row(f"leader.{s}", "leader", committee, "Phó Chủ tịch UBND", "Lãnh đạo UBND"),
            row(f"desk.{s}.1", "desk", centre, "Công chức", "Trung tâm Phục vụ hành chính công"),
            row(f"desk.{s}.2", "desk", centre, "Công chức", "Trung tâm Phục vụ hành chính công"),
        ]
    # The province's leader reads every agency's figures (indicators/access.py).
    committee_office = "Lãnh đạo UBND tỉnh"
    rows.append(
        row("leader.tinh", "leader", PROVINCE_COMMITTEE_CODE, "Phó Chủ tịch", committee_office)
    )
    return tuple(rows)


# Procedures --------------------------------------------------------------------------------


def _procedures(rng: random.Random) -> tuple[dict[str, Any], ...]:
    fixed, generated = _candidates()
    chosen = [*fixed, *rng.sample(generated, PROCEDURE_COUNT - 1 - len(fixed))]
    rng.shuffle(chosen)
    counts = [round(PROCEDURE_COUNT * share) for _, share in ONLINE_SHARES[:-1]]
    counts.append(PROCEDURE_COUNT - sum(counts))
    online = [code for (code, _), n in zip(ONLINE_SHARES, counts, strict=True) for _ in range(n)]
    online.remove("TOANTRINH")  # the birth registration below
    rng.shuffle(online)
    codes = {"1.001193"}
    procedures = [_birth_registration()]
    for candidate, level in zip(chosen, online, strict=True):
        while True:
            prefix = rng.choices("123", weights=(80, 15, 5))[0]
            code = f"{prefix}.{rng.randint(1, 13_999):06d}"
            if code not in codes:
                codes.add(code)
                break
        procedures.append(_procedure(rng, code, candidate, level))
    return tuple(procedures)


@functools.cache
def _candidates() -> tuple[tuple[_Candidate, ...], tuple[_Candidate, ...]]:
    """Whole names from the word lists (always used) and names made from verb templates."""
    seen = {"Đăng ký khai sinh"}
    fixed: list[_Candidate] = []
    generated: list[_Candidate] = []
    for field in W.FIELDS:
        for item in field.items:
            kind, level = item[0], "TINH" if item[1] == "t" else "XA"
            text, _, result = item[3:].partition("|")
            names = [text] if kind == "A" else [t.format(text) for t in W.TEMPLATES[kind]]
            for name in names:
                if name not in seen:
                    seen.add(name)
                    target = fixed if kind == "A" else generated
                    target.append(_Candidate(name, result or _result_of(name), level, field))
    return tuple(fixed), tuple(generated)


def _result_of(name: str) -> str:
    """The result document a procedure name implies."""
    for verb in ("Gia hạn ", "Điều chỉnh "):
        rest = name.removeprefix(verb)
        if name.startswith(verb) and rest.startswith(_DOCUMENT_LIKE):
            return _upper_first(rest)
    for prefix, result in _RESULT_RULES:
        if name.startswith(prefix):
            return _upper_first(result.format(name.removeprefix(prefix)))
    if name.startswith("Chứng thực "):
        return "Giấy tờ, văn bản đã được chứng thực"
    if name.startswith(("Thông báo ", "Tiếp nhận ", "Cung cấp ", "Tiếp công dân", "Xử lý đơn")):
        return f"Văn bản trả lời về việc {_lower_first(name)}"
    if name.startswith(("Thu hồi ", "Phê duyệt ", "Công nhận ", "Giải quyết ", "Thôi hưởng ")):
        return f"Quyết định {_lower_first(name)}"
    return f"Quyết định về việc {_lower_first(name)}"


def _birth_registration() -> dict[str, Any]:
    """The sample procedure (shared/domain/samples), with motcua's extension fields."""
    fee = {"MAPHILEPHI": "LP-HT-01", "SOTIEN": 0, "DONVI": "Đồng"}
    desk = "Nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo"
    day = "Ngày làm việc"
    steps = (
        "Người yêu cầu nộp tờ khai và giấy tờ theo quy định.",
        "Công chức tư pháp - hộ tịch kiểm tra, ghi vào Sổ hộ tịch, trình Chủ tịch UBND cấp xã ký "
        "Giấy khai sinh.",
    )
    form = "Tờ khai đăng ký khai sinh theo mẫu"
    documents = [
        _document("GT-KS-01", form, "to-khai-dang-ky-khai-sinh.docx", 0, 1),
        _document("GT-KS-02", "Giấy chứng sinh (bản chính)", "", 0, 1),
    ]
    return {
        "MATTHC": "1.001193",
        "TENTTHC": "Đăng ký khai sinh",
        "MACOQUANCONGBO": _DEPARTMENTS["tuphap"].code,
        "LINHVUCTHUCHIEN": [{"MALINHVUC": "HTICH", "TENLINHVUC": "Hộ tịch"}],
        "CAPTHUCHIEN": [{"MACAP": "XA", "TENCAP": _LEVEL_NAMES["XA"]}],
        "MUCDODVC": "TOANTRINH",
        "TRINHTUTHUCHIEN": [{"TRUONGHOP": "", "TRINHTU": [{"TENTRINHTU": s} for s in steps]}],
        "CACHTHUCTHUCHIEN": [
            _channel(1, 1, day, desk, [fee | {"MOTA": "Miễn lệ phí đăng ký khai sinh đúng hạn"}]),
            _channel(2, 1, day, "", [fee | {"MOTA": ""}]),
            _channel(3, 1, day, "", []),
        ],
        "THANHPHANHOSO": [{"TRUONGHOP": "", "GIAYTO": documents}],
        "KETQUATHUCHIEN": [{"MAKETQUA": "KQ-KS-01", "TENKETQUA": "Giấy khai sinh (bản chính)"}],
        "CANCUPHAPLY": [{"SOVANBAN": "60/2014/QH13", "TENVANBAN": "Luật Hộ tịch"}],
        "COQUANTHUCHIEN": [
            {"MADONVI": COMMUNE_LEVEL_AGENCY[0], "TENDONVI": COMMUNE_LEVEL_AGENCY[1]}
        ],
        "DOITUONGTHUCHIEN": [{"TENDOITUONG": "Công dân Việt Nam"}],
        "MOTADOITUONGTHUCHIEN": "Cha, mẹ hoặc người thân thích của trẻ",
        "YEUCAU": "Không",
        "QUYTRINH": _workflow(1, "XA"),
    }


def _procedure(rng: random.Random, code: str, c: _Candidate, online: str) -> dict[str, Any]:
    field, compact = c.field, code.replace(".", "")
    speed, band = field.profile[0], field.profile[1]
    limit, unit, note = _time_limit(rng, speed)
    fees = _fees(rng, compact, c.name, band)
    channels = [1, 3] if online == "KHONG" else [1, 2, 3]
    agency = _DEPARTMENTS[field.agency]
    publisher = _DEPARTMENTS[agency.parent].code if agency.parent else agency.code
    performer = (agency.code, agency.name) if c.level == "TINH" else COMMUNE_LEVEL_AGENCY
    persons = any(letter in "cnvb" for letter in field.who)
    organisations = any(letter in "dhtq" for letter in field.who)
    who = "Cá nhân, tổ chức" if persons and organisations else "Cá nhân" if persons else "Tổ chức"
    steps = _sequence(c.level, agency.name, online != "KHONG")
    documents = _components(rng, compact, c, persons, organisations)
    return {
        "MATTHC": code,
        "TENTTHC": c.name,
        "MACOQUANCONGBO": publisher,
        "LINHVUCTHUCHIEN": [{"MALINHVUC": field.code, "TENLINHVUC": field.name}],
        "CAPTHUCHIEN": [{"MACAP": c.level, "TENCAP": _LEVEL_NAMES[c.level]}],
        "MUCDODVC": online,
        "TRINHTUTHUCHIEN": [{"TRUONGHOP": "", "TRINHTU": [{"TENTRINHTU": s} for s in steps]}],
        "CACHTHUCTHUCHIEN": [
            _channel(number, limit, unit, note, [dict(fee) for fee in fees]) for number in channels
        ],
        "THANHPHANHOSO": [{"TRUONGHOP": "", "GIAYTO": documents}],
        "KETQUATHUCHIEN": [{"MAKETQUA": f"KQ-{compact}-01", "TENKETQUA": c.result}],
        "CANCUPHAPLY": [{"SOVANBAN": number, "TENVANBAN": title} for number, title in field.laws],
        "COQUANTHUCHIEN": [{"MADONVI": performer[0], "TENDONVI": performer[1]}],
        "DOITUONGTHUCHIEN": [{"TENDOITUONG": _SUBJECTS[letter]} for letter in field.who],
        "MOTADOITUONGTHUCHIEN": f"{who} có nhu cầu thực hiện thủ tục hành chính",
        "YEUCAU": "Không" if rng.random() < 0.75 else rng.choice(_REQUIREMENTS),
        "QUYTRINH": _workflow(limit, c.level),
    }


def _time_limit(rng: random.Random, speed: str) -> tuple[int, str, str]:
    draw = rng.random()
    if draw < 0.02:
        return rng.choice((4, 8, 8, 24)), "Giờ", "Kể từ thời điểm nhận đủ hồ sơ hợp lệ"
    if draw < 0.07:
        days = rng.choice((5, 7, 10, 15, 20, 30))
        return days, "Ngày", "Tính cả ngày nghỉ, kể từ ngày nhận đủ hồ sơ hợp lệ"
    options = _WORKING_DAYS[speed]
    days = rng.choices([d for d, _ in options], weights=[w for _, w in options])[0]
    if days == 0:
        return 0, "Ngày làm việc", "Nhận hồ sơ trước 15 giờ trả kết quả trong ngày"
    return days, "Ngày làm việc", rng.choice(("", "Kể từ ngày nhận đủ hồ sơ hợp lệ"))


def _fees(rng: random.Random, compact: str, name: str, band: str) -> list[dict[str, Any]]:
    if rng.random() < _FREE_SHARE[band] or name.startswith(_FREE_VERBS):
        return [] if rng.random() < 0.5 else [_fee(compact, 1, 0, "Không thu phí, lệ phí")]
    kind = "Phí" if name.startswith("Thẩm định") else "Lệ phí"
    fees = [_fee(compact, 1, rng.choice(_AMOUNTS[band]), f"{kind} {_lower_first(name)}")]
    if band in "mh" and kind == "Lệ phí" and rng.random() < 0.3:
        fees.append(_fee(compact, 2, rng.choice(_AMOUNTS[band]), "Phí thẩm định hồ sơ"))
    return fees


def _fee(compact: str, index: int, amount: int, description: str) -> dict[str, Any]:
    code = f"LP-{compact}-{index:02d}"
    return {"MAPHILEPHI": code, "SOTIEN": amount, "DONVI": "Đồng", "MOTA": description}


def _channel(
    number: int, limit: int, unit: str, note: str, fees: list[dict[str, Any]]
) -> dict[str, Any]:
    term = {"THOIGIANGIAIQUYET": limit, "DONVITINH": unit, "MOTA": note, "PHILEPHI": fees}
    return {"KENH": number, "THOIGIAN": [term]}


def _components(
    rng: random.Random, compact: str, c: _Candidate, persons: bool, organisations: bool
) -> list[dict[str, Any]]:
    count = rng.choices(range(1, 7), weights=(10, 20, 25, 20, 15, 10))[0]
    verb = next((doc for prefix, doc in _VERB_DOCS if c.name.startswith(prefix)), None)
    general = _PERSON_DOCS if persons else _ORG_DOCS
    if persons and organisations:  # one family of generic papers, not both
        general = rng.choice((_PERSON_DOCS, _ORG_DOCS))
    pool = [*c.field.docs, *general]
    rng.shuffle(pool)
    names = list(dict.fromkeys([*([verb] if verb else []), *pool]))[: count - 1]
    lead = "Tờ khai " if c.name.startswith("Đăng ký") else "Đơn đề nghị "
    if c.name.startswith("Thông báo"):
        lead = "Văn bản "
    form = f"{lead}{_lower_first(c.name)} theo mẫu"
    template = _slug(form, "-")
    if len(template) > 60:
        template = template[: template.rfind("-", 0, 61)]
    template += ".docx"
    rows = [_document(f"GT-{compact}-01", form, template, 0, 1)]
    for index, name in enumerate(names, start=2):
        optional = "(nếu có)" in name
        digitise = 0 if optional and rng.random() < 0.5 else int(rng.random() < 0.9)
        copies = rng.choices((0, 1, 2), weights=(5, 3, 2))[0]
        rows.append(_document(f"GT-{compact}-{index:02d}", name, "", copies, digitise))
    return rows


def _document(code: str, name: str, template: str, copies: int, digitise: int) -> dict[str, Any]:
    return {
        "MAGIAYTO": code,
        "TENGIAYTO": name,
        "TENMAUDON": template,
        "URL": "",
        "SOBANCHINH": 1,
        "SOBANSAO": copies,
        "BATBUOCSOHOA": digitise,
    }


def _sequence(level: str, agency: str, online: bool) -> list[str]:
    desk = f"Trung tâm Phục vụ hành chính công tỉnh {_SHORT}"
    checker = f"{agency} thẩm định hồ sơ, trình lãnh đạo có thẩm quyền xem xét, quyết định."
    if level == "XA":
        desk = "Trung tâm Phục vụ hành chính công cấp xã"
        checker = (
            "Công chức chuyên môn thuộc Ủy ban nhân dân cấp xã thẩm định hồ sơ, trình Chủ tịch "
            "Ủy ban nhân dân cấp xã xem xét, quyết định."
        )
    ways = ", qua dịch vụ bưu chính công ích hoặc trực tuyến" if online else " hoặc qua bưu chính"
    return [
        f"Tổ chức, cá nhân nộp hồ sơ trực tiếp tại {desk}{ways}.",
        "Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy "
        "đủ, hợp lệ thì hướng dẫn bổ sung, hoàn thiện theo quy định.",
        checker,
        f"Trả kết quả giải quyết thủ tục hành chính tại {desk}{ways}.",
    ]


def _workflow(limit: int, level: str) -> list[dict[str, Any]]:
    """Four steps whose budgets (halves of the limit's unit) add up exactly to the limit."""
    receive = 0.5 if limit >= 3 else 0.0
    hand_back = 0.5 if limit >= 5 else 0.0
    approve = min(3.0, max(0.5, math.floor(limit * 0.3) / 2)) if limit else 0.0
    budgets = (receive, limit - receive - approve - hand_back, approve, hand_back)
    commune = level == "XA"
    desk = "commune_centre" if commune else "service_centre"
    deciding = "commune_committee" if commune else "department"
    kinds = (desk, deciding, deciding, desk)
    return [
        {"TENBUOC": name, "VAITRO": role, "LOAICOQUAN": kind, "THOIGIAN": _number(budget)}
        for (name, role), kind, budget in zip(_STEPS, kinds, budgets, strict=True)
    ]


# Text helpers ------------------------------------------------------------------------------


def _person(rng: random.Random) -> tuple[str, bool]:
    surnames, weights = zip(*W.SURNAMES, strict=True)
    surname = rng.choices(surnames, weights=weights)[0]
    female = rng.random() < 0.5
    middle = rng.choice(W.MIDDLE_FEMALE if female else W.MIDDLE_MALE)
    given = rng.choice(W.GIVEN_FEMALE if female else W.GIVEN_MALE)
    return f"{surname} {middle} {given}", female


def _slug(text: str, separator: str = "") -> str:
    """ASCII, lower case, words joined by `separator`: "Tân Phú" -> "tanphu"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    words = "".join(c if c.isascii() and c.isalnum() else " " for c in plain.lower()).split()
    return separator.join(words)


def _number(value: float) -> int | float:
    return int(value) if value == int(value) else value


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]
