"""What the catalogue knows about one procedure version, as plain frozen values. Pure.

A `ProcedureSpec` is read from (and written back to) the national portal's LayThuTuc shape by
`motcua.catalog.laythutuc`; the rest of motcua only ever sees these values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum


class OnlineLevel(StrEnum):
    FULL = "full"  # toàn trình
    PARTIAL = "partial"  # một phần
    NONE = "none"


class Level(StrEnum):
    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


class Role(StrEnum):
    DESK = "desk"
    OFFICER = "officer"
    LEADER = "leader"


AGENCY_KINDS = (
    "province_committee",
    "department",
    "service_centre",
    "commune_committee",
    "commune_centre",
    "other",
)
UNITS = ("working_days", "days", "working_hours")
CHANNELS = (1, 2, 3)  # 1 direct (at a desk), 2 online, 3 postal


@dataclass(frozen=True)
class Fee:
    code: str
    name: str
    amount: int  # VND, >= 0
    description: str = ""


@dataclass(frozen=True)
class ChannelTerm:
    channel: int  # 1 direct, 2 online, 3 postal
    amount: Decimal
    unit: str  # one of UNITS
    description: str = ""
    fees: tuple[Fee, ...] = ()


@dataclass(frozen=True)
class Component:
    code: str
    name: str
    case: str = ""
    originals: int = 1
    copies: int = 0
    template_name: str = ""
    template_url: str = ""
    must_digitise: bool = True


@dataclass(frozen=True)
class Result:
    code: str
    name: str


@dataclass(frozen=True)
class LegalBasis:
    number: str
    title: str


@dataclass(frozen=True)
class AgencyRef:
    code: str
    name: str


@dataclass(frozen=True)
class StepSpec:
    name: str
    role: Role
    agency_kind: str  # one of AGENCY_KINDS
    budget: Decimal  # in the unit of the reference channel


@dataclass(frozen=True)
class ProcedureSpec:
    code: str
    name: str
    field_code: str
    field_name: str
    levels: tuple[Level, ...]
    online_level: OnlineLevel
    publishing_agency: str
    agencies: tuple[AgencyRef, ...]
    channels: tuple[ChannelTerm, ...]
    components: tuple[Component, ...]
    results: tuple[Result, ...]
    legal_basis: tuple[LegalBasis, ...]
    steps: tuple[StepSpec, ...]
    subjects: tuple[str, ...] = ()
    subject_description: str = ""
    requirements: str = ""
    sequence: tuple[str, ...] = ()

    def reference_channel(self) -> ChannelTerm:
        """The channel whose time limit the workflow budgets split: direct if offered, else the
        lowest-numbered one. A parsed spec always has at least one channel."""
        chosen = reference_of(self.channels)
        if chosen is None:
            raise ValueError(f"procedure {self.code} has no channel")
        return chosen

    def channel(self, number: int) -> ChannelTerm | None:
        return next((c for c in self.channels if c.channel == number), None)


def reference_of(channels: Iterable[ChannelTerm]) -> ChannelTerm | None:
    """Channel 1 if present, else the lowest-numbered channel; None when there is none."""
    channels = tuple(channels)
    direct = next((c for c in channels if c.channel == 1), None)
    return direct or min(channels, key=lambda c: c.channel, default=None)


# Share of the time limit per default step; processing absorbs the rounding remainder.
_RECEIVE, _APPROVE, _RETURN = Decimal("0.1"), Decimal("0.2"), Decimal("0.1")


def default_steps(reference: ChannelTerm, levels: Iterable[Level]) -> tuple[StepSpec, ...]:
    """The four-step workflow used when a procedure declares none (QUYTRINH absent).

    Budgets split the reference channel's amount 10/60/20/10, rounded to half units; the
    processing step takes whatever remains, so the budgets always add up exactly to the amount.
    Commune-only procedures are received by the commune centre and decided by the commune
    committee; everything else by the province's service centre and a department.
    """
    total = reference.amount
    if not total.is_finite() or total < 0:
        raise ValueError(f"a time limit must be a number >= 0, not {total}")
    with localcontext() as exact:  # enough digits that no budget below is rounded
        exact.prec = max(28, len(f"{total:f}") + 2)
        receive, approve, hand_back = (
            _half_units(total * share) for share in (_RECEIVE, _APPROVE, _RETURN)
        )
        processing = total - receive - approve - hand_back
    if processing < 0:  # cannot happen with these shares, but never hand out a negative budget
        receive = approve = hand_back = Decimal(0)
        processing = total
    levels = tuple(levels)
    commune = bool(levels) and all(level == Level.COMMUNE for level in levels)
    desk = "commune_centre" if commune else "service_centre"
    deciding = "commune_committee" if commune else "department"
    return (
        StepSpec("Tiếp nhận hồ sơ", Role.DESK, desk, receive),
        StepSpec("Thẩm định, xử lý hồ sơ", Role.OFFICER, deciding, processing),
        StepSpec("Phê duyệt kết quả", Role.LEADER, deciding, approve),
        StepSpec("Trả kết quả", Role.DESK, desk, hand_back),
    )


def _half_units(amount: Decimal) -> Decimal:
    return (amount * 2).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 2
