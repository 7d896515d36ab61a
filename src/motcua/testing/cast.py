"""A small province and a cast of actors for tests: officers of two agencies, two citizens."""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from motcua.accounts.models import Role, User
from motcua.catalog.laythutuc import parse
from motcua.catalog.services import catalog_import
from motcua.units.models import AdministrativeUnit, Agency

# A copy of ../shared/domain/samples/laythutuc-one-procedure.json, so the suite stands alone.
SAMPLE = Path(__file__).resolve().parent / "sample-laythutuc.json"
BIRTH = "1.001193"  # Đăng ký khai sinh: commune level, 1 working day
PERMIT = "1.009999"  # a province-level procedure: 5 working days, a fee, four steps


def sample_procedure() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return data


def permit_procedure() -> dict[str, Any]:
    data = copy.deepcopy(sample_procedure())
    data.update(
        {
            "MATTHC": PERMIT,
            "TENTTHC": "Cấp giấy phép xây dựng nhà ở riêng lẻ",
            "LINHVUCTHUCHIEN": [{"MALINHVUC": "XAYDUNG", "TENLINHVUC": "Xây dựng"}],
            "COQUANTHUCHIEN": [{"MADONVI": "000.00.01.H99", "TENDONVI": "Sở Xây dựng"}],
            "CAPTHUCHIEN": [{"MACAP": "TINH", "TENCAP": "Cấp Tỉnh"}],
            "MUCDODVC": "TOANTRINH",
            "CACHTHUCTHUCHIEN": [
                {
                    "KENH": kenh,
                    "THOIGIAN": [
                        {
                            "THOIGIANGIAIQUYET": 5,
                            "DONVITINH": "Ngày làm việc",
                            "MOTA": "",
                            "PHILEPHI": [
                                {
                                    "MAPHILEPHI": "LP-XD",
                                    "SOTIEN": 75000,
                                    "DONVI": "Đồng",
                                    "MOTA": "Lệ phí",
                                }
                            ],
                        }
                    ],
                }
                for kenh in (1, 2, 3)
            ],
            "QUYTRINH": [
                {
                    "TENBUOC": "Tiếp nhận hồ sơ",
                    "VAITRO": "desk",
                    "LOAICOQUAN": "service_centre",
                    "THOIGIAN": 0.5,
                },
                {
                    "TENBUOC": "Thẩm định hồ sơ",
                    "VAITRO": "officer",
                    "LOAICOQUAN": "department",
                    "THOIGIAN": 3,
                },
                {
                    "TENBUOC": "Phê duyệt",
                    "VAITRO": "leader",
                    "LOAICOQUAN": "department",
                    "THOIGIAN": 1,
                },
                {
                    "TENBUOC": "Trả kết quả",
                    "VAITRO": "desk",
                    "LOAICOQUAN": "service_centre",
                    "THOIGIAN": 0.5,
                },
            ],
        }
    )
    return data


@dataclass
class Cast:
    province: AdministrativeUnit
    commune: AdministrativeUnit
    centre: Agency
    department: Agency
    other_department: Agency
    commune_committee: Agency
    commune_centre: Agency
    desk: User
    officer: User
    leader: User
    other_officer: User
    commune_desk: User
    commune_officer: User
    commune_leader: User
    citizen: User
    other_citizen: User
    admin: User
    province_leader: User  # a Vice-Chairman of the provincial People's Committee
    auditor: User


def build_cast() -> Cast:
    since = dt.date(2025, 7, 1)
    province = AdministrativeUnit.objects.create(
        code="99", name="Tỉnh Sơn Hà", level="province", valid_from=dt.date(1991, 1, 1)
    )
    commune = AdministrativeUnit.objects.create(
        code="99001", name="Xã Tân Phú", level="commune", parent=province, valid_from=since
    )

    def agency(code: str, name: str, kind: str, unit: AdministrativeUnit, parent=None) -> Agency:
        return Agency.objects.create(
            code=code, name=name, kind=kind, unit=unit, parent=parent, valid_from=since
        )

    committee = agency("000.00.00.H99", "UBND tỉnh Sơn Hà", "province_committee", province)
    centre = agency("000.00.20.H99", "Trung tâm PVHCC tỉnh", "service_centre", province, committee)
    department = agency("000.00.01.H99", "Sở Xây dựng", "department", province, committee)
    other = agency("000.00.02.H99", "Sở Tư pháp", "department", province, committee)
    c_committee = agency("000.01.30.H99", "UBND xã Tân Phú", "commune_committee", commune)
    c_centre = agency(
        "000.01.31.H99", "Trung tâm PVHCC xã Tân Phú", "commune_centre", commune, c_committee
    )

    def user(username: str, role: str, ag: Agency | None, title: str = "") -> User:
        return User.objects.create_user(
            username=username,
            password="pw-" + username,
            role=role,
            agency=ag,
            full_name=username.replace(".", " ").title(),
            title=title,
            department="Phòng Một cửa" if role == Role.DESK else "Phòng Chuyên môn",
        )

    catalog_import(parse([sample_procedure(), permit_procedure()]))
    return Cast(
        province=province,
        commune=commune,
        centre=centre,
        department=department,
        other_department=other,
        commune_committee=c_committee,
        commune_centre=c_centre,
        desk=user("desk", Role.DESK, centre, "Chuyên viên"),
        officer=user("officer", Role.OFFICER, department, "Chuyên viên"),
        leader=user("leader", Role.LEADER, department, "Phó Giám đốc"),
        other_officer=user("other.officer", Role.OFFICER, other, "Chuyên viên"),
        commune_desk=user("commune.desk", Role.DESK, c_centre, "Công chức"),
        commune_officer=user("commune.officer", Role.OFFICER, c_committee, "Công chức"),
        commune_leader=user("commune.leader", Role.LEADER, c_committee, "Phó Chủ tịch"),
        citizen=user("citizen", Role.CITIZEN, None),
        other_citizen=user("other.citizen", Role.CITIZEN, None),
        admin=user("admin", Role.ADMIN, committee),
        province_leader=user("province.leader", Role.LEADER, committee, "Phó Chủ tịch UBND tỉnh"),
        auditor=user("thanh.tra", Role.AUDITOR, committee, "Thanh tra viên"),
    )
