"""Resolve a dossier's pinned procedure version, channel and agencies into a pure `Plan`."""

from __future__ import annotations

from decimal import Decimal

from motcua.catalog.models import ProcedureVersion
from motcua.catalog.spec import ChannelTerm, ProcedureSpec
from motcua.clock import Limit, LimitUnit, WorkingHours
from motcua.clock.services import agency_hours, province_calendar
from motcua.dossiers.transitions import Plan, StepPlan
from motcua.errors import DomainError
from motcua.units.models import Agency

DESK_KINDS = frozenset({"service_centre", "commune_centre"})


def channel_term(spec: ProcedureSpec, channel: int) -> ChannelTerm:
    term = spec.channel(channel)
    if term is None:
        offered = ", ".join(str(c.channel) for c in spec.channels)
        raise DomainError(
            "channel_not_offered",
            f"Thủ tục {spec.code} không thực hiện qua kênh {channel} (các kênh: {offered}).",
            message_en=f"Procedure {spec.code} is not offered on channel {channel} ({offered}).",
            field="channel",
        )
    return term


def _budget_seconds(budget: Decimal, scale: Decimal, unit: str, hours: WorkingHours) -> int:
    amount = budget * scale
    if unit == LimitUnit.WORKING_HOURS:
        return int(amount * 3600)
    # A step budget in (calendar or working) days is counted as working days on the step's clock.
    return int(amount * hours.seconds_per_day)


def build_plan(
    version: ProcedureVersion, channel: int, *, received_by: Agency, competent: Agency
) -> Plan:
    spec = version.spec
    term = channel_term(spec, channel)
    reference = spec.reference_channel()
    hours = agency_hours(competent.working_hours)
    scale = term.amount / reference.amount if reference.amount else Decimal(0)
    steps = tuple(
        StepPlan(
            name=step.name,
            role=step.role.value,
            agency_id=received_by.pk if step.agency_kind in DESK_KINDS else competent.pk,
            budget_seconds=_budget_seconds(step.budget, scale, term.unit, hours),
        )
        for step in spec.steps
    )
    return Plan(
        limit=Limit(term.amount, LimitUnit(term.unit)),
        steps=steps,
        calendar=province_calendar(),
        hours=hours,
    )
