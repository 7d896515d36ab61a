"""LayThuTuc import and export: the sample, each refusal with its path, lines, round trips."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from decimal import Decimal, localcontext
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from motcua.catalog.laythutuc import CatalogFormatError, FieldError, export, parse, parse_text
from motcua.catalog.spec import (
    AGENCY_KINDS,
    UNITS,
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

# A copy of /work/shared/domain/samples/laythutuc-one-procedure.json (the shape the national portal
# answers LayThuTuc with; values illustrative).
SAMPLE_TEXT = """\
{
  "MATTHC": "1.001193",
  "TENTTHC": "Đăng ký khai sinh",
  "MACOQUANCONGBO": "000.00.00.G12",
  "LINHVUCTHUCHIEN": [{"MALINHVUC": "HTICH", "TENLINHVUC": "Hộ tịch"}],
  "TRINHTUTHUCHIEN": [
    {"TRUONGHOP": "", "TRINHTU": [
      {"TENTRINHTU": "Người yêu cầu nộp tờ khai và giấy tờ theo quy định."},
      {"TENTRINHTU": "Công chức tư pháp - hộ tịch kiểm tra, ghi vào Sổ hộ tịch, trình Chủ tịch UBND cấp xã ký Giấy khai sinh."}
    ]}
  ],
  "CACHTHUCTHUCHIEN": [
    {"KENH": 1, "THOIGIAN": [{"THOIGIANGIAIQUYET": 1, "DONVITINH": "Ngày làm việc", "MOTA": "Nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo",
      "PHILEPHI": [{"MAPHILEPHI": "LP-HT-01", "SOTIEN": 0, "DONVI": "Đồng", "MOTA": "Miễn lệ phí đăng ký khai sinh đúng hạn"}]}]},
    {"KENH": 2, "THOIGIAN": [{"THOIGIANGIAIQUYET": 1, "DONVITINH": "Ngày làm việc", "MOTA": "",
      "PHILEPHI": [{"MAPHILEPHI": "LP-HT-01", "SOTIEN": 0, "DONVI": "Đồng", "MOTA": ""}]}]},
    {"KENH": 3, "THOIGIAN": [{"THOIGIANGIAIQUYET": 1, "DONVITINH": "Ngày làm việc", "MOTA": "", "PHILEPHI": []}]}
  ],
  "THANHPHANHOSO": [
    {"TRUONGHOP": "", "GIAYTO": [
      {"MAGIAYTO": "GT-KS-01", "TENGIAYTO": "Tờ khai đăng ký khai sinh theo mẫu", "TENMAUDON": "to-khai-dang-ky-khai-sinh.docx", "URL": ""},
      {"MAGIAYTO": "GT-KS-02", "TENGIAYTO": "Giấy chứng sinh (bản chính)", "TENMAUDON": "", "URL": ""}
    ]}
  ],
  "KETQUATHUCHIEN": [{"MAKETQUA": "KQ-KS-01", "TENKETQUA": "Giấy khai sinh (bản chính)"}],
  "CANCUPHAPLY": [{"SOVANBAN": "60/2014/QH13", "TENVANBAN": "Luật Hộ tịch"}],
  "COQUANTHUCHIEN": [{"MADONVI": "000.00.00.H00", "TENDONVI": "Ủy ban nhân dân cấp xã"}],
  "DOITUONGTHUCHIEN": [{"TENDOITUONG": "Công dân Việt Nam"}],
  "MOTADOITUONGTHUCHIEN": "Cha, mẹ hoặc người thân thích của trẻ",
  "YEUCAU": "Không"
}
"""  # noqa: E501

CHANNEL = "[0].CACHTHUCTHUCHIEN"
FEE = f"{CHANNEL}[0].THOIGIAN[0].PHILEPHI[0]"
FEE_KEYS = ("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "PHILEPHI", 0)
WORKFLOW: list[dict[str, Any]] = [
    {"TENBUOC": "Tiếp nhận", "VAITRO": "desk", "LOAICOQUAN": "commune_centre", "THOIGIAN": 0},
    {"TENBUOC": "Xử lý", "VAITRO": "officer", "LOAICOQUAN": "commune_committee", "THOIGIAN": 0.5},
    {"TENBUOC": "Ký", "VAITRO": "leader", "LOAICOQUAN": "commune_committee", "THOIGIAN": "0,5"},
]
DELETE = object()


def sample(**extra: Any) -> dict[str, Any]:
    procedure: dict[str, Any] = json.loads(SAMPLE_TEXT)
    procedure.update(copy.deepcopy(extra))
    return procedure


def put(*path: Any) -> Callable[[dict[str, Any]], None]:
    """A change to the sample: set (or with DELETE, remove) the value at a key path."""
    *keys, last, value = path

    def change(procedure: dict[str, Any]) -> None:
        target: Any = procedure
        for key in keys:
            target = target[key]
        if value is DELETE:
            del target[last]
        else:
            target[last] = copy.deepcopy(value)

    return change


def errors_of(data: Any) -> list[FieldError]:
    with pytest.raises(CatalogFormatError) as refused:
        parse(data)
    return refused.value.errors


def only_error(data: Any) -> FieldError:
    errors = errors_of(data)
    assert len(errors) == 1, errors
    return errors[0]


# --- the sample ---------------------------------------------------------------------------------


def test_sample_reads_with_derived_levels_online_level_and_workflow() -> None:
    [spec] = parse_text(SAMPLE_TEXT)
    assert (spec.code, spec.name, spec.field_code, spec.field_name) == (
        "1.001193",
        "Đăng ký khai sinh",
        "HTICH",
        "Hộ tịch",
    )
    assert spec.levels == (Level.COMMUNE,)  # "Ủy ban nhân dân cấp xã" performs it
    assert spec.online_level is OnlineLevel.FULL  # channel 2 exists
    assert [c.channel for c in spec.channels] == [1, 2, 3]
    direct = spec.reference_channel()
    assert (direct.channel, direct.amount, direct.unit) == (1, Decimal(1), "working_days")
    assert direct.fees == (
        Fee(
            "LP-HT-01",
            "Miễn lệ phí đăng ký khai sinh đúng hạn",
            0,
            "Miễn lệ phí đăng ký khai sinh đúng hạn",
        ),
    )
    assert spec.channels[1].fees[0].name == "Lệ phí"  # neither TENPHILEPHI nor MOTA
    assert [c.name for c in spec.components] == [
        "Tờ khai đăng ký khai sinh theo mẫu",
        "Giấy chứng sinh (bản chính)",
    ]
    assert spec.components[0] == Component(
        "GT-KS-01",
        "Tờ khai đăng ký khai sinh theo mẫu",
        template_name="to-khai-dang-ky-khai-sinh.docx",
    )
    assert spec.results == (Result("KQ-KS-01", "Giấy khai sinh (bản chính)"),)
    assert spec.legal_basis == (LegalBasis("60/2014/QH13", "Luật Hộ tịch"),)
    assert spec.agencies == (AgencyRef("000.00.00.H00", "Ủy ban nhân dân cấp xã"),)
    assert spec.subjects == ("Công dân Việt Nam",)
    assert spec.requirements == "Không"
    assert len(spec.sequence) == 2
    assert spec.steps == default_steps(direct, spec.levels)
    assert [s.agency_kind for s in spec.steps] == [
        "commune_centre",
        "commune_committee",
        "commune_committee",
        "commune_centre",
    ]


def test_sample_round_trips_through_export() -> None:
    specs = parse_text(SAMPLE_TEXT)
    exported = export(specs)
    assert parse(exported) == specs
    assert parse_text(json.dumps(exported, ensure_ascii=False)) == specs
    assert exported[0]["CAPTHUCHIEN"] == [{"MACAP": "XA", "TENCAP": "Cấp Xã"}]
    assert exported[0]["MUCDODVC"] == "TOANTRINH"
    assert len(exported[0]["QUYTRINH"]) == 4


def test_a_single_object_and_an_array_read_alike() -> None:
    assert parse(sample()) == parse([sample()]) == parse_text(f"[{SAMPLE_TEXT}]")


def test_an_empty_array_reads_as_no_procedures() -> None:
    assert parse_text("[]") == []


def test_a_byte_order_mark_is_ignored() -> None:
    assert parse_text("\ufeff" + SAMPLE_TEXT) == parse_text(SAMPLE_TEXT)


# --- accepted variants --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("Ngày làm việc", "working_days"),
        ("NGÀY LÀM VIỆC", "working_days"),
        ("ngay  lam viec", "working_days"),
        ("Ngày", "days"),
        ("ngày", "days"),
        ("Giờ", "working_hours"),
        ("giờ làm việc", "working_hours"),
    ],
)
def test_units_are_read_ignoring_case_and_diacritics(written: str, unit: str) -> None:
    procedure = sample()
    put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "DONVITINH", written)(procedure)
    assert parse(procedure)[0].channels[0].unit == unit


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        (50000, 50000),
        ("50000", 50000),
        ("50.000", 50000),
        ("1.250.000", 1250000),
        ("1,250,000", 1250000),
        (" 20000 ", 20000),
        (50000.0, 50000),
        (0, 0),
    ],
)
def test_fee_amounts_accept_numeric_strings(written: Any, amount: int) -> None:
    procedure = sample()
    put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "PHILEPHI", 0, "SOTIEN", written)(procedure)
    assert parse(procedure)[0].channels[0].fees[0].amount == amount


def test_fee_name_prefers_tenphilephi_then_mota() -> None:
    procedure = sample()
    put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "PHILEPHI", 0, "TENPHILEPHI", "Lệ phí hộ tịch")(
        procedure
    )
    fee = parse(procedure)[0].channels[0].fees[0]
    assert (fee.name, fee.description) == (
        "Lệ phí hộ tịch",
        "Miễn lệ phí đăng ký khai sinh đúng hạn",
    )


def test_national_string_numbers_are_read() -> None:
    # The portal often sends numbers as strings (KENH "1", THOIGIANGIAIQUYET "1,5", SOBANCHINH "2").
    procedure = sample()
    put("CACHTHUCTHUCHIEN", 0, "KENH", "1")(procedure)
    put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "THOIGIANGIAIQUYET", "1,5")(procedure)
    put("THANHPHANHOSO", 0, "GIAYTO", 0, "SOBANCHINH", "2")(procedure)
    put("THANHPHANHOSO", 0, "GIAYTO", 0, "SOBANSAO", "")(procedure)
    spec = parse(procedure)[0]
    assert (spec.channels[0].channel, spec.channels[0].amount) == (1, Decimal("1.5"))
    assert (spec.components[0].originals, spec.components[0].copies) == (2, 0)


def test_channels_may_be_given_under_the_short_key() -> None:
    procedure = sample()
    procedure["CACHTHUCHIEN"] = procedure.pop("CACHTHUCTHUCHIEN")
    assert parse(procedure) == parse(sample())


def test_motcua_extensions_are_read() -> None:
    procedure = sample(
        CAPTHUCHIEN=[{"MACAP": "TINH", "TENCAP": "Cấp Tỉnh"}, {"MACAP": "XA", "TENCAP": "Cấp Xã"}],
        MUCDODVC="MOTPHAN",
        QUYTRINH=WORKFLOW,
    )
    put("THANHPHANHOSO", 0, "GIAYTO", 1, "SOBANCHINH", 2)(procedure)
    put("THANHPHANHOSO", 0, "GIAYTO", 1, "SOBANSAO", 3)(procedure)
    put("THANHPHANHOSO", 0, "GIAYTO", 1, "BATBUOCSOHOA", 0)(procedure)
    spec = parse(procedure)[0]
    assert spec.levels == (Level.PROVINCE, Level.COMMUNE)
    assert spec.online_level is OnlineLevel.PARTIAL
    assert spec.steps == (
        StepSpec("Tiếp nhận", Role.DESK, "commune_centre", Decimal(0)),
        StepSpec("Xử lý", Role.OFFICER, "commune_committee", Decimal("0.5")),
        StepSpec("Ký", Role.LEADER, "commune_committee", Decimal("0.5")),
    )
    component = spec.components[1]
    assert (component.originals, component.copies, component.must_digitise) == (2, 3, False)


def test_national_level_entries_are_read_by_name() -> None:
    spec = parse(sample(CAPTHUCHIEN=[{"CAPTHUCHIEN": "2", "TENCAP": "Cấp Tỉnh"}]))[0]
    assert spec.levels == (Level.PROVINCE,)


def test_without_capthuchien_a_non_commune_agency_means_province() -> None:
    procedure = sample(COQUANTHUCHIEN=[{"MADONVI": "000.00.15.H38", "TENDONVI": "Sở Tư pháp"}])
    spec = parse(procedure)[0]
    assert spec.levels == (Level.PROVINCE,)
    assert [s.agency_kind for s in spec.steps] == [
        "service_centre",
        "department",
        "department",
        "service_centre",
    ]


def test_without_mucdodvc_and_without_online_channel_the_level_is_none() -> None:
    procedure = sample()
    del procedure["CACHTHUCTHUCHIEN"][1]
    assert parse(procedure)[0].online_level is OnlineLevel.NONE


def test_reference_channel_is_direct_else_the_lowest() -> None:
    def term(n: int) -> ChannelTerm:
        return ChannelTerm(n, Decimal(n), "working_days")

    assert reference_of([term(3), term(1), term(2)]) == term(1)
    assert reference_of([term(3), term(2)]) == term(2)
    assert reference_of([]) is None
    spec = parse(sample())[0]
    assert spec.channel(2) == spec.channels[1]
    assert spec.channel(4) is None


# --- refusals, one per rule, with the exact path --------------------------------------------------

REFUSALS = [
    ("code pattern", put("MATTHC", "1.1193"), "[0].MATTHC", 'MATTHC "1.1193" không hợp lệ'),
    ("code suffix", put("MATTHC", "1.004227.000.00.00.h38"), "[0].MATTHC", "không hợp lệ"),
    ("code missing", put("MATTHC", DELETE), "[0].MATTHC", "Thiếu MATTHC"),
    ("code not text", put("MATTHC", 1.001193), "[0].MATTHC", "phải là một chuỗi ký tự"),
    ("name blank", put("TENTTHC", "  "), "[0].TENTTHC", "TENTTHC không được để trống"),
    ("name number", put("TENTTHC", 5), "[0].TENTTHC", "không phải số"),
    ("no field", put("LINHVUCTHUCHIEN", []), "[0].LINHVUCTHUCHIEN", "không được rỗng"),
    (
        "field name",
        put("LINHVUCTHUCHIEN", 0, "TENLINHVUC", ""),
        "[0].LINHVUCTHUCHIEN[0].TENLINHVUC",
        "không được để trống",
    ),
    ("no channels", put("CACHTHUCTHUCHIEN", DELETE), CHANNEL, "Thiếu CACHTHUCTHUCHIEN"),
    (
        "unknown channel",
        put("CACHTHUCTHUCHIEN", 1, "KENH", 4),
        f"{CHANNEL}[1].KENH",
        "KENH 4 không hợp lệ: dùng 1 (trực tiếp), 2 (trực tuyến) hoặc 3",
    ),
    ("channel true", put("CACHTHUCTHUCHIEN", 1, "KENH", True), f"{CHANNEL}[1].KENH", "true"),
    (
        "duplicate channel",
        put("CACHTHUCTHUCHIEN", 2, "KENH", 1),
        f"{CHANNEL}[2].KENH",
        "KENH 1 bị khai lặp",
    ),
    (
        "no time limit",
        put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", []),
        f"{CHANNEL}[0].THOIGIAN",
        "THOIGIAN không được rỗng",
    ),
    (
        "negative time limit",
        put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "THOIGIANGIAIQUYET", -1),
        f"{CHANNEL}[0].THOIGIAN[0].THOIGIANGIAIQUYET",
        "THOIGIANGIAIQUYET -1 không hợp lệ: cần một số từ 0 đến 10000",
    ),
    (
        "time limit too fine",
        put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "THOIGIANGIAIQUYET", 1 / 3),
        f"{CHANNEL}[0].THOIGIAN[0].THOIGIANGIAIQUYET",
        "tối đa 6 chữ số thập phân",
    ),
    (
        "wordy time limit",
        put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "THOIGIANGIAIQUYET", "một"),
        f"{CHANNEL}[0].THOIGIAN[0].THOIGIANGIAIQUYET",
        '"một" không hợp lệ',
    ),
    (
        "unit",
        put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "DONVITINH", "Tháng"),
        f"{CHANNEL}[0].THOIGIAN[0].DONVITINH",
        'DONVITINH "Tháng" không hợp lệ: dùng "Ngày làm việc", "Ngày" hoặc "Giờ"',
    ),
    (
        "unit missing",
        put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "DONVITINH", DELETE),
        f"{CHANNEL}[0].THOIGIAN[0].DONVITINH",
        "Thiếu DONVITINH",
    ),
    ("negative fee", put(*FEE_KEYS, "SOTIEN", -5), f"{FEE}.SOTIEN", "SOTIEN -5 không hợp lệ"),
    ("fee words", put(*FEE_KEYS, "SOTIEN", "năm mươi nghìn"), f"{FEE}.SOTIEN", "không hợp lệ"),
    ("fee fraction", put(*FEE_KEYS, "SOTIEN", 50.5), f"{FEE}.SOTIEN", "số tiền nguyên"),
    ("fee fraction text", put(*FEE_KEYS, "SOTIEN", "50.5"), f"{FEE}.SOTIEN", "số tiền nguyên"),
    ("fee negative text", put(*FEE_KEYS, "SOTIEN", "-50000"), f"{FEE}.SOTIEN", "không hợp lệ"),
    ("fee missing", put(*FEE_KEYS, "SOTIEN", DELETE), f"{FEE}.SOTIEN", "Thiếu SOTIEN"),
    ("fees not a list", put(*FEE_KEYS[:-1], "gratis"), FEE[:-3], "phải là một danh sách"),
    (
        "component name",
        put("THANHPHANHOSO", 0, "GIAYTO", 1, "TENGIAYTO", ""),
        "[0].THANHPHANHOSO[0].GIAYTO[1].TENGIAYTO",
        "TENGIAYTO không được để trống",
    ),
    (
        "component without name",
        put("THANHPHANHOSO", 0, "GIAYTO", 1, "TENGIAYTO", DELETE),
        "[0].THANHPHANHOSO[0].GIAYTO[1].TENGIAYTO",
        "Thiếu TENGIAYTO",
    ),
    (
        "originals",
        put("THANHPHANHOSO", 0, "GIAYTO", 0, "SOBANCHINH", -1),
        "[0].THANHPHANHOSO[0].GIAYTO[0].SOBANCHINH",
        "cần một số nguyên từ 0 đến 999",
    ),
    (
        "copies",
        put("THANHPHANHOSO", 0, "GIAYTO", 0, "SOBANSAO", "hai"),
        "[0].THANHPHANHOSO[0].GIAYTO[0].SOBANSAO",
        'SOBANSAO "hai" không hợp lệ',
    ),
    (
        "digitise flag",
        put("THANHPHANHOSO", 0, "GIAYTO", 0, "BATBUOCSOHOA", 2),
        "[0].THANHPHANHOSO[0].GIAYTO[0].BATBUOCSOHOA",
        "dùng 1 (có) hoặc 0 (không)",
    ),
    ("components not a list", put("THANHPHANHOSO", "abc"), "[0].THANHPHANHOSO", "không phải chuỗi"),
    (
        "component not an object",
        put("THANHPHANHOSO", 0, "GIAYTO", 0, "Tờ khai"),
        "[0].THANHPHANHOSO[0].GIAYTO[0]",
        "phải là một đối tượng JSON",
    ),
    ("results an object", put("KETQUATHUCHIEN", {}), "[0].KETQUATHUCHIEN", "không phải đối tượng"),
    (
        "agency name list",
        put("COQUANTHUCHIEN", 0, "TENDONVI", []),
        "[0].COQUANTHUCHIEN[0].TENDONVI",
        "không phải danh sách",
    ),
    ("subjects text", put("DOITUONGTHUCHIEN", "Công dân"), "[0].DOITUONGTHUCHIEN", "danh sách"),
    (
        "sequence step",
        put("TRINHTUTHUCHIEN", 0, "TRINHTU", 0, "TENTRINHTU", 3),
        "[0].TRINHTUTHUCHIEN[0].TRINHTU[0].TENTRINHTU",
        "phải là một chuỗi ký tự",
    ),
    ("requirements", put("YEUCAU", False), "[0].YEUCAU", "true/false"),
    ("level code", put("CAPTHUCHIEN", [{"MACAP": "TP"}]), "[0].CAPTHUCHIEN[0].MACAP", '"TP"'),
    (
        "level twice",
        put("CAPTHUCHIEN", [{"MACAP": "XA"}, {"MACAP": "XA"}]),
        "[0].CAPTHUCHIEN[1]",
        'Cấp "XA" bị khai lặp',
    ),
    ("no level", put("CAPTHUCHIEN", []), "[0].CAPTHUCHIEN", "không được rỗng"),
    (
        "level by unknown name",
        put("CAPTHUCHIEN", [{"TENCAP": "Cơ quan khác"}]),
        "[0].CAPTHUCHIEN[0].MACAP",
        "Thiếu MACAP",
    ),
    (
        "online level",
        put("MUCDODVC", "FULL"),
        "[0].MUCDODVC",
        'MUCDODVC "FULL" không hợp lệ: dùng "TOANTRINH", "MOTPHAN" hoặc "KHONG"',
    ),
    ("no steps", put("QUYTRINH", []), "[0].QUYTRINH", "QUYTRINH không được rỗng"),
    (
        "step role",
        put("QUYTRINH", [WORKFLOW[0], {**WORKFLOW[1], "VAITRO": "boss"}, WORKFLOW[2]]),
        "[0].QUYTRINH[1].VAITRO",
        'VAITRO "boss" không hợp lệ: dùng "desk", "officer" hoặc "leader"',
    ),
    (
        "step agency kind",
        put("QUYTRINH", [{**WORKFLOW[0], "LOAICOQUAN": "ministry"}, *WORKFLOW[1:]]),
        "[0].QUYTRINH[0].LOAICOQUAN",
        '"ministry" không hợp lệ',
    ),
    (
        "step budget",
        put("QUYTRINH", [{**WORKFLOW[0], "THOIGIAN": -0.5}, *WORKFLOW[1:]]),
        "[0].QUYTRINH[0].THOIGIAN",
        "THOIGIAN -0.5 không hợp lệ",
    ),
    (
        "step name",
        put("QUYTRINH", [{**WORKFLOW[0], "TENBUOC": None}, *WORKFLOW[1:]]),
        "[0].QUYTRINH[0].TENBUOC",
        "Thiếu TENBUOC",
    ),
    (
        "budgets sum",
        put("QUYTRINH", [*WORKFLOW, {**WORKFLOW[1], "THOIGIAN": 1}]),
        "[0].QUYTRINH",
        "Tổng thời gian các bước trong QUYTRINH là 2 nhưng thời hạn giải quyết của kênh 1 "
        "là 1 ngày làm việc",
    ),
    (
        "both channel keys",
        put("CACHTHUCHIEN", []),
        "[0].CACHTHUCHIEN",
        "Chỉ khai một trong CACHTHUCTHUCHIEN và CACHTHUCHIEN",
    ),
]


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [pytest.param(change, path, message, id=name) for name, change, path, message in REFUSALS],
)
def test_refusal_names_the_path_and_the_problem(
    change: Callable[[dict[str, Any]], None], path: str, message: str
) -> None:
    procedure = sample(QUYTRINH=WORKFLOW)
    change(procedure)
    error = only_error([procedure])
    assert (error.path, error.line) == (path, None)
    assert message in error.message


def test_the_budgets_sum_is_checked_against_the_reference_channel() -> None:
    procedure = sample(QUYTRINH=WORKFLOW)
    del procedure["CACHTHUCTHUCHIEN"][0]  # channel 2 becomes the reference
    put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "THOIGIANGIAIQUYET", 8)(procedure)
    put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "DONVITINH", "Giờ")(procedure)
    error = only_error(procedure)
    assert error.message.startswith("Tổng thời gian các bước trong QUYTRINH là 1 nhưng")
    assert "kênh 2 là 8 giờ" in error.message


def test_a_duplicate_code_is_refused_on_its_second_occurrence() -> None:
    other = sample(MATTHC="1.000001")
    error = only_error([sample(), other, sample()])
    assert error.path == "[2].MATTHC"
    assert error.message == 'MATTHC "1.001193" trùng với thủ tục [0] trong cùng tệp'


@pytest.mark.parametrize("data", ["abc", 5, None, True])
def test_the_file_must_hold_procedures(data: Any) -> None:
    error = only_error(data)
    assert error.path == ""
    assert "mảng thủ tục hoặc một thủ tục" in error.message


def test_each_procedure_must_be_an_object() -> None:
    errors = errors_of([sample(), [], "1.001193"])
    assert [(e.path, e.message) for e in errors] == [
        ("[1]", "Thủ tục phải là một đối tượng JSON, không phải danh sách"),
        ("[2]", "Thủ tục phải là một đối tượng JSON, không phải chuỗi"),
    ]


def test_every_error_in_the_file_is_collected() -> None:
    first = sample(MATTHC="1.1", TENTTHC="")
    put("CACHTHUCTHUCHIEN", 0, "THOIGIAN", 0, "DONVITINH", "Tháng")(first)
    second = sample(MATTHC="1.000002", MUCDODVC="?")
    put("THANHPHANHOSO", 0, "GIAYTO", 0, "TENGIAYTO", " ")(second)
    assert [e.path for e in errors_of([first, second])] == [
        "[0].MATTHC",
        "[0].TENTTHC",
        "[0].CACHTHUCTHUCHIEN[0].THOIGIAN[0].DONVITINH",
        "[1].MUCDODVC",
        "[1].THANHPHANHOSO[0].GIAYTO[0].TENGIAYTO",
    ]


def test_nothing_is_returned_when_any_procedure_is_wrong() -> None:
    errors = errors_of([sample(), sample(MATTHC="1.000002", TENTTHC=None)])
    assert [e.path for e in errors] == ["[1].TENTTHC"]


# --- line numbers and the error text ------------------------------------------------------------


def test_a_json_syntax_error_gives_its_line() -> None:
    text = '[\n  {"MATTHC": "1.001193",\n   "TENTTHC": "Đăng ký khai sinh"\n   "YEUCAU": ""}\n]'
    with pytest.raises(CatalogFormatError) as refused:
        parse_text(text)
    [error] = refused.value.errors
    assert (error.path, error.line) == ("", 4)
    assert error.message == "JSON không hợp lệ tại dòng 4, cột 4: thiếu dấu phẩy"
    assert str(refused.value).startswith("dòng 4: JSON không hợp lệ")


def test_a_procedure_error_gives_the_line_where_the_procedure_starts() -> None:
    broken = sample(MATTHC="1.000003")
    put("CACHTHUCTHUCHIEN", 2, "KENH", 7)(broken)
    procedures = [sample(), sample(MATTHC="1.000002"), broken]
    text = json.dumps(procedures, ensure_ascii=False, indent=2)
    starts = [number for number, line in enumerate(text.splitlines(), 1) if line == "  {"]
    with pytest.raises(CatalogFormatError) as refused:
        parse_text(text)
    [error] = refused.value.errors
    assert (error.path, error.line) == ("[2].CACHTHUCTHUCHIEN[2].KENH", starts[2])


def test_lines_follow_hand_written_layouts() -> None:
    first = json.dumps(sample(), ensure_ascii=False)
    duplicate = json.dumps(sample(TENTTHC=""), ensure_ascii=False, indent=1)
    text = f"\n[ {first} ,\n\n\n   {duplicate}\n]\n"
    with pytest.raises(CatalogFormatError) as refused:
        parse_text(text)
    assert [(e.path, e.line) for e in refused.value.errors] == [
        ("[1].TENTTHC", 5),
        ("[1].MATTHC", 5),
    ]
    assert str(refused.value).splitlines() == [
        "dòng 5: [1].TENTTHC: TENTTHC không được để trống",
        'dòng 5: [1].MATTHC: MATTHC "1.001193" trùng với thủ tục [0] trong cùng tệp',
    ]


def test_a_single_object_file_reports_the_line_of_its_opening_brace() -> None:
    with pytest.raises(CatalogFormatError) as refused:
        parse_text("\n\n" + json.dumps(sample(YEUCAU=1)))
    assert [(e.path, e.line) for e in refused.value.errors] == [("[0].YEUCAU", 3)]


def test_a_value_json_cannot_hold_is_a_format_error() -> None:
    with pytest.raises(CatalogFormatError) as refused:
        parse_text("[" * 100_000)
    assert refused.value.errors[0].path == ""


def test_the_error_survives_pickling() -> None:
    error = CatalogFormatError([FieldError("[0].MATTHC", "Thiếu MATTHC", 2)])
    assert pickle.loads(pickle.dumps(error)).errors == error.errors


def test_an_error_without_a_line_prints_path_and_message() -> None:
    assert str(FieldError("[0].MATTHC", "Thiếu MATTHC")) == "[0].MATTHC: Thiếu MATTHC"
    assert str(FieldError("", "JSON", 2)) == "dòng 2: JSON"


# --- generated data -----------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _slots(value: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) position in a JSON tree."""
    keys = (
        list(value)
        if isinstance(value, dict)
        else range(len(value))
        if isinstance(value, list)
        else []
    )
    found = []
    for key in keys:
        found.append((value, key))
        found.extend(_slots(value[key]))
    return found


@settings(max_examples=300, deadline=None)
@given(st.data(), JSON_VALUES)
def test_any_damage_is_a_catalog_format_error_or_a_valid_read(
    data: st.DataObject, junk: Any
) -> None:
    procedure = sample(QUYTRINH=WORKFLOW, CAPTHUCHIEN=[{"MACAP": "XA", "TENCAP": "Cấp Xã"}])
    container, key = data.draw(st.sampled_from(_slots(procedure)))
    container[key] = junk
    try:
        parse([procedure])
    except CatalogFormatError as refused:
        assert refused.errors
        assert all(error.path.startswith("[0]") for error in refused.errors)


AMOUNTS_ANY_PRECISION = st.decimals(min_value=0, max_value=10**9, allow_nan=False) | st.decimals(
    min_value=0, max_value=10_000, places=1
)


@given(AMOUNTS_ANY_PRECISION, st.lists(st.sampled_from(Level), max_size=4))
def test_default_steps_add_up_exactly(amount: Decimal, levels: list[Level]) -> None:
    steps = default_steps(ChannelTerm(1, amount, "working_days"), levels)
    assert [s.role for s in steps] == [Role.DESK, Role.OFFICER, Role.LEADER, Role.DESK]
    with localcontext() as exact:  # the amounts may carry more digits than the default 28
        exact.prec = 100
        assert sum(s.budget for s in steps) == amount
    assert all(s.budget >= 0 for s in steps)
    for step in (steps[0], steps[2], steps[3]):
        assert (step.budget * 2) % 1 == 0  # whole or half units
    commune = bool(levels) and set(levels) == {Level.COMMUNE}
    assert steps[0].agency_kind == ("commune_centre" if commune else "service_centre")
    assert steps[1].agency_kind == steps[2].agency_kind
    assert steps[1].agency_kind == ("commune_committee" if commune else "department")


def test_default_steps_refuse_a_negative_amount() -> None:
    with pytest.raises(ValueError):
        default_steps(ChannelTerm(1, Decimal(-1), "days"), [])


@pytest.mark.parametrize(
    ("amount", "budgets"),
    [
        ("0", ["0", "0", "0", "0"]),
        ("1", ["0", "1", "0", "0"]),
        ("2.5", ["0.5", "1", "0.5", "0.5"]),
        ("5", ["0.5", "3", "1", "0.5"]),
        ("15", ["1.5", "9", "3", "1.5"]),
        ("7", ["0.5", "4.5", "1.5", "0.5"]),
    ],
)
def test_default_steps_split_ten_sixty_twenty_ten(amount: str, budgets: list[str]) -> None:
    steps = default_steps(ChannelTerm(1, Decimal(amount), "working_days"), [Level.PROVINCE])
    assert [s.budget for s in steps] == [Decimal(b) for b in budgets]


TEXTS = st.text(max_size=12)
NAMES = st.text(min_size=1, max_size=12).filter(str.strip)
AMOUNTS = st.decimals(min_value=0, max_value=400, places=2)
CODES = st.from_regex(r"\A[0-9]\.[0-9]{6}(\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2})?\Z")
FEES = st.builds(Fee, TEXTS, NAMES, st.integers(0, 10**12), TEXTS)
COMPONENTS = st.builds(
    Component,
    code=TEXTS,
    name=NAMES,
    case=st.sampled_from(["", "Trường hợp 1", "Trường hợp 2"]),
    originals=st.integers(0, 999),
    copies=st.integers(0, 999),
    template_name=TEXTS,
    template_url=TEXTS,
    must_digitise=st.booleans(),
)
STEPS = st.builds(StepSpec, NAMES, st.sampled_from(Role), st.sampled_from(AGENCY_KINDS), AMOUNTS)


def _tuples(
    elements: st.SearchStrategy[Any], max_size: int = 3
) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(elements, max_size=max_size).map(tuple)


@st.composite
def procedure_specs(draw: st.DrawFn) -> ProcedureSpec:
    order = draw(st.permutations([1, 2, 3]))
    numbers = order[: draw(st.integers(1, 3))]
    reference = 1 if 1 in numbers else min(numbers)
    levels = tuple(draw(st.lists(st.sampled_from(Level), min_size=1, max_size=4, unique=True)))
    steps = tuple(draw(st.lists(STEPS, min_size=1, max_size=5)))
    total = sum((s.budget for s in steps), Decimal(0))
    channels = tuple(
        ChannelTerm(
            number,
            total if number == reference else draw(AMOUNTS),
            draw(st.sampled_from(UNITS)),
            draw(TEXTS),
            draw(_tuples(FEES)),
        )
        for number in numbers
    )
    if draw(st.booleans()):
        steps = default_steps(reference_of(channels) or channels[0], levels)
    return ProcedureSpec(
        code=draw(CODES),
        name=draw(NAMES),
        field_code=draw(NAMES),
        field_name=draw(NAMES),
        levels=levels,
        online_level=draw(st.sampled_from(OnlineLevel)),
        publishing_agency=draw(TEXTS),
        agencies=draw(_tuples(st.builds(AgencyRef, TEXTS, TEXTS))),
        channels=channels,
        components=draw(_tuples(COMPONENTS, 5)),
        results=draw(_tuples(st.builds(Result, TEXTS, TEXTS))),
        legal_basis=draw(_tuples(st.builds(LegalBasis, TEXTS, TEXTS))),
        steps=steps,
        subjects=draw(_tuples(TEXTS)),
        subject_description=draw(TEXTS),
        requirements=draw(TEXTS),
        sequence=draw(_tuples(TEXTS)),
    )


@settings(max_examples=100, deadline=None)
@given(st.lists(procedure_specs(), max_size=3, unique_by=lambda spec: spec.code))
def test_export_then_parse_gives_the_same_specs(specs: list[ProcedureSpec]) -> None:
    exported = export(specs)
    assert parse(exported) == specs
    assert parse_text(json.dumps(exported, ensure_ascii=False, indent=1)) == specs
