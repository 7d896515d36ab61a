"""The fictional province: deterministic, well-formed, and shaped like a real one. No Django."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from motcua.demo import words
from motcua.demo.province import (
    PROVINCE_NAME,
    Province,
    build_province,
    make_applicant,
)

SEEDS = (1, 2, 3)
AGENCY_CODE = re.compile(r"^\d{3}\.\d{2}\.\d{2}\.H99$")
PROCEDURE_CODE = re.compile(r"^\d\.\d{6}$")
USERNAME = re.compile(r"^[a-z0-9]+(\.[a-z0-9]+)*$")
SAMPLE_KEYS = {  # the keys of shared/domain/samples/laythutuc-one-procedure.json
    "MATTHC", "TENTTHC", "MACOQUANCONGBO", "LINHVUCTHUCHIEN", "TRINHTUTHUCHIEN",
    "CACHTHUCTHUCHIEN", "THANHPHANHOSO", "KETQUATHUCHIEN", "CANCUPHAPLY", "COQUANTHUCHIEN",
    "DOITUONGTHUCHIEN", "MOTADOITUONGTHUCHIEN", "YEUCAU",
}  # fmt: skip
EXTENSION_KEYS = {"CAPTHUCHIEN", "MUCDODVC", "QUYTRINH"}
DEMO_USERNAMES = (
    "motcua.admin", "motcua.auditor", "desk.tinh.1", "desk.hoabinh.1", "desk.tanphu.1",
    "officer.tuphap.1", "leader.tuphap", "officer.hoabinh.1", "leader.hoabinh", "leader.tinh",
)  # fmt: skip


@functools.cache
def province(seed: int) -> Province:
    return build_province(seed)


def term(procedure: dict[str, Any], channel: int = 1) -> dict[str, Any]:
    found = [c for c in procedure["CACHTHUCTHUCHIEN"] if c["KENH"] == channel]
    assert len(found) == 1
    first: dict[str, Any] = found[0]["THOIGIAN"][0]
    return first


def digest(value: Province) -> str:
    text = json.dumps(asdict(value), ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


# Determinism and speed ----------------------------------------------------------------------


def test_same_seed_gives_equal_province() -> None:
    assert build_province(1) == build_province(1)
    assert build_province(5) == build_province(5)


def test_same_seed_equal_across_processes_whatever_the_hash_seed() -> None:
    code = (
        "import hashlib, json, dataclasses; from motcua.demo.province import build_province;"
        "p = dataclasses.asdict(build_province(4));"
        "t = json.dumps(p, ensure_ascii=False, sort_keys=True, default=str);"
        "print(hashlib.sha256(t.encode()).hexdigest())"
    )
    src = str(Path(__file__).resolve().parents[3])
    outputs = set()
    for hash_seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": src}
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(done.stdout.strip())
    assert outputs == {digest(province(4))}


def test_different_seeds_differ_but_keep_their_sizes() -> None:
    one, two = province(1), province(2)
    assert one != two
    assert [u.name for u in one.units] != [u.name for u in two.units]
    assert len(one.procedures) == len(two.procedures)


@pytest.mark.parametrize("seed", SEEDS)
def test_units_before_and_after_the_reform(seed: int) -> None:
    units = province(seed).units
    by_level = Counter(u.level for u in units)
    assert by_level["province"] == 1 and by_level["district"] == 10
    former = [u for u in units if u.level == "commune" and u.valid_to is not None]
    new = [u for u in units if u.level == "commune" and u.valid_to is None]
    assert 180 <= len(former) <= 230
    assert 90 <= len(new) <= 115
    assert units[0].code == "99" and units[0].name == PROVINCE_NAME
    assert units[0].valid_to is None and units[0].parent_code is None
    for u in units:
        assert re.fullmatch({"province": r"\d{2}", "district": r"\d{3}", "commune": r"\d{5}"}[
            u.level], u.code)  # fmt: skip
    for u in [u for u in units if u.level == "district"] + former:
        assert u.valid_to == date(2025, 6, 30)
    for u in new:
        assert u.valid_from == date(2025, 7, 1) and u.parent_code == "99"
        assert u.name.split(" ")[0] in ("Xã", "Phường")
    assert len({u.code for u in units}) == len(units)
    assert len({u.name for u in units}) == len(units)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_former_commune_has_a_successor_and_every_new_one_a_predecessor(seed: int) -> None:
    units = province(seed).units
    level = {u.code: u.level for u in units}
    new = {u.code for u in units if u.level == "commune" and u.valid_to is None}
    predecessors: Counter[str] = Counter()
    for u in units:
        if u.level == "commune" and u.valid_to is not None:
            assert len(u.successor_codes) == 1 and u.successor_codes[0] in new
            assert level[u.parent_code or ""] == "district"
            predecessors[u.successor_codes[0]] += 1
        elif u.level != "district":
            assert u.successor_codes == ()
    assert set(predecessors) == new
    assert max(predecessors.values()) <= 4


def test_parents_and_successors_come_before_the_rows_that_name_them() -> None:
    seen: set[str] = set()
    for u in province(1).units:
        assert u.parent_code is None or u.parent_code in seen
        assert set(u.successor_codes) <= seen
        seen.add(u.code)


def test_pinned_demo_communes_exist_for_every_seed() -> None:
    for seed in SEEDS:
        names = {u.name for u in province(seed).units if u.valid_to is None}
        assert {"Phường Hòa Bình", "Xã Tân Phú"} <= names


# Agencies and officers -----------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_agencies(seed: int) -> None:
    p = province(seed)
    codes = {a.code: a for a in p.agencies}
    assert len(codes) == len(p.agencies)
    assert all(AGENCY_CODE.fullmatch(a.code) and len(a.code) == 13 for a in p.agencies)
    kinds = Counter(a.kind for a in p.agencies)
    assert kinds["province_committee"] == 1 and kinds["service_centre"] == 1
    assert 18 <= kinds["department"] <= 24
    new = {u.code for u in p.units if u.level == "commune" and u.valid_to is None}
    assert kinds["commune_committee"] == kinds["commune_centre"] == len(new)
    committee = codes["000.00.00.H99"]
    assert (
        committee.name == "Ủy ban nhân dân tỉnh Sơn Hà" and committee.kind == "province_committee"
    )
    centre = next(a for a in p.agencies if a.kind == "service_centre")
    assert centre.name == "Trung tâm Phục vụ hành chính công tỉnh Sơn Hà"
    names = {a.name for a in p.agencies}
    assert {"Sở Tư pháp", "Sở Nông nghiệp và Môi trường", "Văn phòng Đăng ký đất đai"} <= names
    units = {u.code for u in p.units}
    for a in p.agencies:
        assert a.valid_from == date(2025, 7, 1) and a.valid_to is None
        assert a.unit_code in units
        assert a.parent_code is None or a.parent_code in codes
        if a.kind == "commune_centre":
            parent = codes[a.parent_code or ""]
            assert parent.kind == "commune_committee" and parent.unit_code == a.unit_code
        if a.kind.startswith("commune"):
            assert a.unit_code in new
            assert a.name.startswith(("Ủy ban nhân dân", "Trung tâm Phục vụ hành chính công"))
        else:
            assert a.unit_code == "99"
    land = next(a for a in p.agencies if a.name == "Văn phòng Đăng ký đất đai")
    assert codes[land.parent_code or ""].name == "Sở Nông nghiệp và Môi trường"


@pytest.mark.parametrize("seed", SEEDS)
def test_officers(seed: int) -> None:
    p = province(seed)
    agencies = {a.code: a for a in p.agencies}
    usernames = [o.username for o in p.officers]
    assert len(set(usernames)) == len(usernames)
    assert all(USERNAME.fullmatch(name) for name in usernames)
    assert set(DEMO_USERNAMES) <= set(usernames)
    assert len({o.full_name for o in p.officers}) == len(p.officers)
    staff: Counter[tuple[str, str]] = Counter()
    for o in p.officers:
        assert o.agency_code in agencies
        assert o.title and o.department and len(o.full_name.split()) >= 3
        staff[(o.agency_code, o.role)] += 1
    roles = Counter(o.role for o in p.officers)
    assert roles["admin"] == 1 and roles["auditor"] == 1
    admin = next(o for o in p.officers if o.role == "admin")
    assert admin.username == "motcua.admin" and admin.agency_code == "000.00.00.H99"
    for a in p.agencies:
        if a.kind in ("department", "commune_committee"):
            assert staff[(a.code, "officer")] == 2 and staff[(a.code, "leader")] == 1
        if a.kind == "service_centre":
            assert staff[(a.code, "desk")] == 6
        if a.kind == "commune_centre":
            assert staff[(a.code, "desk")] == 2
    titles = {o.title for o in p.officers}
    assert {"Chuyên viên", "Công chức", "Phó Giám đốc", "Phó Chủ tịch UBND"} <= titles


def test_commune_usernames_name_their_commune() -> None:
    p = province(1)
    agencies = {a.code: a for a in p.agencies}
    desk = next(o for o in p.officers if o.username == "desk.tanphu.1")
    assert agencies[desk.agency_code].name == "Trung tâm Phục vụ hành chính công xã Tân Phú"
    leader = next(o for o in p.officers if o.username == "leader.hoabinh")
    assert agencies[leader.agency_code].name == "Ủy ban nhân dân phường Hòa Bình"
    officer = next(o for o in p.officers if o.username == "officer.tuphap.1")
    assert agencies[officer.agency_code].name == "Sở Tư pháp"


# Procedures ----------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_procedure_counts_and_mix(seed: int) -> None:
    procedures = province(seed).procedures
    total = len(procedures)
    assert total >= 2000
    fields = {p["LINHVUCTHUCHIEN"][0]["MALINHVUC"] for p in procedures}
    assert len(fields) >= 40
    mix = Counter(p["MUCDODVC"] for p in procedures)
    assert set(mix) == {"TOANTRINH", "MOTPHAN", "KHONG"}
    for level, share in (("TOANTRINH", 0.91), ("MOTPHAN", 0.08), ("KHONG", 0.01)):
        assert abs(mix[level] / total - share) <= 0.01
    levels = Counter(p["CAPTHUCHIEN"][0]["MACAP"] for p in procedures)
    assert set(levels) == {"TINH", "XA"} and levels["XA"] >= 150


@pytest.mark.parametrize("seed", SEEDS)
def test_procedure_codes_and_names_are_unique_and_well_formed(seed: int) -> None:
    procedures = province(seed).procedures
    codes = [p["MATTHC"] for p in procedures]
    names = [p["TENTTHC"] for p in procedures]
    assert all(PROCEDURE_CODE.fullmatch(code) for code in codes)
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    assert all(name[0].isupper() and name == name.strip() for name in names)


@pytest.mark.parametrize("seed", SEEDS)
def test_procedure_shape(seed: int) -> None:
    p = province(seed)
    agencies = {a.code: a for a in p.agencies}
    for procedure in p.procedures:
        assert set(procedure) == SAMPLE_KEYS | EXTENSION_KEYS
        level = procedure["CAPTHUCHIEN"][0]["MACAP"]
        assert procedure["CAPTHUCHIEN"] == [
            {"MACAP": level, "TENCAP": {"TINH": "Cấp Tỉnh", "XA": "Cấp Xã"}[level]}
        ]
        channels = [c["KENH"] for c in procedure["CACHTHUCTHUCHIEN"]]
        expected = [1, 3] if procedure["MUCDODVC"] == "KHONG" else [1, 2, 3]
        assert channels == expected
        limits = {(term(procedure, c)["THOIGIANGIAIQUYET"], term(procedure, c)["DONVITINH"])
                  for c in channels}  # fmt: skip
        assert len(limits) == 1
        performer = procedure["COQUANTHUCHIEN"]
        assert len(performer) == 1
        if level == "XA":
            assert performer[0]["TENDONVI"] == "Ủy ban nhân dân cấp xã"
        else:
            assert agencies[performer[0]["MADONVI"]].kind == "department"
            assert agencies[performer[0]["MADONVI"]].name == performer[0]["TENDONVI"]
        assert agencies[procedure["MACOQUANCONGBO"]].kind == "department"
        assert 1 <= len(procedure["CANCUPHAPLY"]) <= 3
        assert len(procedure["KETQUATHUCHIEN"]) == 1
        assert procedure["KETQUATHUCHIEN"][0]["TENKETQUA"]
        assert procedure["DOITUONGTHUCHIEN"] and procedure["TRINHTUTHUCHIEN"][0]["TRINHTU"]
        groups = procedure["THANHPHANHOSO"]
        assert len(groups) == 1
        documents = groups[0]["GIAYTO"]
        assert 1 <= len(documents) <= 6
        assert len({d["MAGIAYTO"] for d in documents}) == len(documents)
        assert len({d["TENGIAYTO"] for d in documents}) == len(documents)
        assert documents[0]["TENMAUDON"].endswith(".docx")
        for d in documents:
            assert d["SOBANCHINH"] == 1 and d["SOBANSAO"] in (0, 1, 2)
            assert d["BATBUOCSOHOA"] in (0, 1) and d["URL"] == ""
        for fee in term(procedure)["PHILEPHI"]:
            assert fee["DONVI"] == "Đồng" and fee["SOTIEN"] >= 0 and fee["MOTA"]


@pytest.mark.parametrize("seed", SEEDS)
def test_workflow_budgets_add_up_to_the_direct_channel_limit(seed: int) -> None:
    for procedure in province(seed).procedures:
        steps = procedure["QUYTRINH"]
        limit = term(procedure)["THOIGIANGIAIQUYET"]
        budgets = [step["THOIGIAN"] for step in steps]
        assert sum(budgets) == limit
        assert all(b >= 0 and (b * 2) == int(b * 2) for b in budgets)
        assert [s["VAITRO"] for s in steps] == ["desk", "officer", "leader", "desk"]
        commune = procedure["CAPTHUCHIEN"][0]["MACAP"] == "XA"
        desk, deciding = (
            ("commune_centre", "commune_committee") if commune else ("service_centre", "department")
        )
        assert [s["LOAICOQUAN"] for s in steps] == [desk, deciding, deciding, desk]
        if limit == 0:
            assert budgets == [0, 0, 0, 0]
        else:
            assert budgets[1] > 0 and budgets[2] > 0


def test_time_limits_and_fees_look_like_a_real_catalogue() -> None:
    procedures = province(1).procedures
    units = Counter(term(p)["DONVITINH"] for p in procedures)
    assert set(units) == {"Ngày làm việc", "Ngày", "Giờ"}
    assert 0.03 <= units["Ngày"] / len(procedures) <= 0.08
    assert 0.01 <= units["Giờ"] / len(procedures) <= 0.04
    days = Counter(term(p)["THOIGIANGIAIQUYET"] for p in procedures if
                   term(p)["DONVITINH"] == "Ngày làm việc")  # fmt: skip
    assert set(days) <= {0, 1, 2, 3, 5, 7, 10, 15, 20, 30}
    assert days[1] + days[2] + days[3] + days[5] > days[15] + days[20] + days[30]
    same_day = [p for p in procedures if term(p)["THOIGIANGIAIQUYET"] == 0]
    assert same_day
    assert all(
        term(p)["MOTA"] == "Nhận hồ sơ trước 15 giờ trả kết quả trong ngày" for p in same_day
    )
    free = [p for p in procedures if all(f["SOTIEN"] == 0 for f in term(p)["PHILEPHI"])]
    assert 0.33 <= len(free) / len(procedures) <= 0.48
    amounts = {f["SOTIEN"] for p in procedures for f in term(p)["PHILEPHI"]}
    assert {0, 10_000, 50_000, 100_000, 500_000, 1_000_000} <= amounts


def test_first_procedure_is_the_sample_birth_registration() -> None:
    first = province(1).procedures[0]
    assert first["MATTHC"] == "1.001193" and first["TENTTHC"] == "Đăng ký khai sinh"
    assert first["LINHVUCTHUCHIEN"] == [{"MALINHVUC": "HTICH", "TENLINHVUC": "Hộ tịch"}]
    assert first["CAPTHUCHIEN"][0]["MACAP"] == "XA" and first["MUCDODVC"] == "TOANTRINH"
    assert term(first)["THOIGIANGIAIQUYET"] == 1
    assert term(first)["DONVITINH"] == "Ngày làm việc"
    assert all(f["SOTIEN"] == 0 for f in term(first)["PHILEPHI"])
    assert all(p["MATTHC"] != "1.001193" for p in province(1).procedures[1:])
    path = Path(__file__).resolve().parents[2] / "testing" / "sample-laythutuc.json"
    if path.exists():  # the repository's copy of shared/domain/samples/laythutuc-one-procedure
        original = json.loads(path.read_text(encoding="utf-8"))
        assert set(original) == SAMPLE_KEYS
        for key in SAMPLE_KEYS - {"MACOQUANCONGBO", "THANHPHANHOSO"}:
            assert first[key] == original[key], key


def test_famous_procedures_are_present() -> None:
    names = {p["TENTTHC"]: p for p in province(1).procedures}
    for name in (
        "Đăng ký kết hôn",
        "Cấp bản sao trích lục hộ tịch",
        "Chứng thực di chúc",
        "Đăng ký thành lập hộ kinh doanh",
        "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
    ):
        assert names[name]["CAPTHUCHIEN"][0]["MACAP"] == "XA", name
    assert names["Đăng ký kết hôn"]["KETQUATHUCHIEN"][0]["TENKETQUA"] == "Giấy chứng nhận kết hôn"


def test_the_project_parser_accepts_every_procedure() -> None:
    from motcua.catalog.laythutuc import parse

    specs = parse(json.loads(json.dumps(list(province(1).procedures), ensure_ascii=False)))
    assert len(specs) == len(province(1).procedures)


# Text ----------------------------------------------------------------------------------------


def test_text_is_vietnamese_with_diacritics_in_nfc() -> None:
    p = province(1)
    texts = [
        *(u.name for u in p.units),
        *(a.name for a in p.agencies),
        *(o.full_name for o in p.officers),
        *(o.department for o in p.officers),
        *(x["TENTTHC"] for x in p.procedures),
        *(x["KETQUATHUCHIEN"][0]["TENKETQUA"] for x in p.procedures),
    ]
    assert all(unicodedata.is_normalized("NFC", text) for text in texts)
    assert all(not text.isascii() for text in (x["TENTTHC"] for x in p.procedures))
    assert sum(not text.isascii() for text in texts) / len(texts) > 0.95
    for word in ("Phường", "Xã", "Huyện", "Thị xã", "Sở", "Ủy ban", "Đăng ký", "Giấy phép"):
        assert any(word in text for text in texts), word


def test_word_lists_are_clean() -> None:
    keys = {d.key for d in words.DEPARTMENTS}
    assert len(keys) == len(words.DEPARTMENTS)
    assert len({d.slug for d in words.DEPARTMENTS}) == len(words.DEPARTMENTS)
    assert len({f.code for f in words.FIELDS}) == len(words.FIELDS) >= 40
    assert all(d.parent is None or d.parent in keys for d in words.DEPARTMENTS)
    raw: list[str] = []
    for field in words.FIELDS:
        assert field.agency in keys and 1 <= len(field.laws) <= 3
        assert set(field.who) <= set("cnvdhtqb") and field.profile[0] in "fns"
        assert any(item.startswith("A") for item in field.items), field.code
        for item in field.items:
            assert re.fullmatch(r"[ALCRPQS][tx]:[^|]+(\|[^|]+)?", item), item
            text = item[3:].split("|")[0]
            kind = item[0]
            raw += [text] if kind == "A" else [t.format(text) for t in words.TEMPLATES[kind]]
    duplicates = [name for name, n in Counter(raw).items() if n > 1]
    assert duplicates == []
    assert "Đăng ký khai sinh" not in raw  # generated once, from the sample


# Applicants ----------------------------------------------------------------------------------


def test_make_applicant_is_deterministic_and_realistic() -> None:
    first = [make_applicant(random.Random(9), commune_name="Xã Tân Phú") for _ in range(2)]
    assert first[0] == first[1]
    rng = random.Random(3)
    people = [
        make_applicant(rng, commune_name=rng.choice(("Xã Tân Phú", "Phường Hòa Bình")))
        for _ in range(3000)
    ]
    businesses = [a for a in people if a.kind == 2]
    citizens = [a for a in people if a.kind == 1]
    assert len(businesses) + len(citizens) == len(people)
    assert 0.07 <= len(businesses) / len(people) <= 0.13
    for a in citizens:
        assert re.fullmatch(r"099[0-3]\d{8}", a.id_number)
        assert len(a.name.split()) >= 3 and not a.name.startswith("Công ty")
    for a in businesses:
        assert a.name.startswith("Công ty TNHH ") and re.fullmatch(r"\d{10}", a.id_number)
    with_email = [a for a in people if a.email]
    assert 0.35 <= len(with_email) / len(people) <= 0.45
    assert all(re.fullmatch(r"[a-z0-9]+@example\.vn", a.email) for a in with_email)
    assert all(re.fullmatch(r"0[389]\d{8}", a.phone) for a in people)
    for a in people:
        assert a.address.endswith(", Tỉnh Sơn Hà")
        if "Phường Hòa Bình" in a.address:
            assert "Tổ dân phố" in a.address
        else:
            assert a.address.startswith("Thôn ") and "Xã Tân Phú" in a.address


def test_make_applicant_without_a_commune() -> None:
    rng = random.Random(1)
    for name in ("", PROVINCE_NAME):
        applicant = make_applicant(rng, commune_name=name)
        assert applicant.address.count(PROVINCE_NAME) == 1
        assert ", ," not in applicant.address
