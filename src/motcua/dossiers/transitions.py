"""What an action does to a dossier's fields. Pure: the services and the bulk seeder both call it.

`apply` takes the dossier's current `State`, the resolved `Plan` (time limit, workflow steps,
calendar) and the action's parameters, asks the lifecycle table, and returns the next state plus
the event data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from motcua.clock import (
    Calendar,
    Due,
    Limit,
    WorkingHours,
    add_working_seconds,
    due_at,
    step_outcome,
    working_seconds_between,
)
from motcua.dossiers.lifecycle import (
    PAUSED,
    Action,
    Position,
    Status,
    check,
    target_status,
)

Pause = tuple[dt.datetime, dt.datetime]


@dataclass(frozen=True)
class StepPlan:
    name: str
    role: str
    agency_id: int | None
    budget_seconds: int  # working seconds; 0 = the dossier's own due instant


@dataclass(frozen=True)
class Plan:
    limit: Limit
    steps: tuple[StepPlan, ...]
    calendar: Calendar
    hours: WorkingHours = field(default_factory=WorkingHours)


@dataclass(frozen=True)
class State:
    status: Status | None = None
    step_index: int | None = None
    holder_agency_id: int | None = None
    resume_status: Status | None = None
    submitted_at: dt.datetime | None = None
    received_at: dt.datetime | None = None
    due_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    returned_at: dt.datetime | None = None
    paused_since: dt.datetime | None = None
    pauses: tuple[Pause, ...] = ()
    supplement_count: int = 0
    extension_count: int = 0
    extended_to: dt.datetime | None = None
    extension_reason: str = ""
    approved: bool = False
    paid_online: bool = False
    has_result: bool = False
    rating: int | None = None
    step_started_at: dt.datetime | None = None
    step_due_at: dt.datetime | None = None

    def position(self, plan: Plan) -> Position:
        return Position(
            status=self.status,
            step_index=self.step_index,
            step_roles=tuple(s.role for s in plan.steps),
            resume_status=self.resume_status,
            extension_count=self.extension_count,
            rated=self.rating is not None,
            approved=self.approved,
            has_result=self.has_result,
        )


@dataclass(frozen=True)
class Change:
    action: Action
    at: dt.datetime
    before: State
    after: State
    data: dict[str, Any]


def explain_due(state: State, plan: Plan) -> Due | None:
    """The due instant and every reason for it (days skipped, pauses, the extension)."""
    if state.received_at is None:
        return None
    return due_at(
        state.received_at,
        plan.limit,
        calendar=plan.calendar,
        hours=plan.hours,
        pauses=state.pauses,
        extended_to=state.extended_to,
        extension_reason=state.extension_reason,
    )


def _enter_step(state: State, plan: Plan, index: int, at: dt.datetime, due: dt.datetime | None):
    step = plan.steps[index]
    if step.budget_seconds > 0:
        step_due, _ = add_working_seconds(
            at, step.budget_seconds, calendar=plan.calendar, hours=plan.hours
        )
    else:
        step_due = due or at
    return dataclasses.replace(
        state,
        step_index=index,
        step_started_at=at,
        step_due_at=step_due,
        holder_agency_id=step.agency_id,
    )


def _end(state: State, at: dt.datetime) -> State:
    return state if state.ended_at else dataclasses.replace(state, ended_at=at)


def _close_pause(state: State, plan: Plan, at: dt.datetime) -> State:
    if state.paused_since is None:
        return state
    pauses = (*state.pauses, (state.paused_since, at))
    paused_secs = working_seconds_between(
        state.paused_since, at, calendar=plan.calendar, hours=plan.hours
    )
    step_due = state.step_due_at
    if step_due is not None and paused_secs:
        step_due, _ = add_working_seconds(
            step_due, paused_secs, calendar=plan.calendar, hours=plan.hours
        )
    return dataclasses.replace(state, paused_since=None, pauses=pauses, step_due_at=step_due)


def _with_due(state: State, plan: Plan) -> State:
    due = explain_due(state, plan)
    return dataclasses.replace(state, due_at=due.at if due else None)


def apply(
    state: State,
    action: str,
    *,
    role: str,
    at: dt.datetime,
    plan: Plan,
    params: Mapping[str, Any] | None = None,
) -> Change:
    """The next state after `action` at instant `at`, or a domain error saying what is allowed."""
    params = params or {}
    transfer_to = params.get("agency_id") if action == Action.FORWARD else None
    rule = check(state.position(plan), action, role, transfer=transfer_to is not None)
    act = Action(action)
    status = target_status(state.position(plan), rule)
    new = dataclasses.replace(state, status=status)
    data: dict[str, Any] = {}

    if act is Action.SUBMIT:
        # It waits at the reception desk, the agency of the workflow's first step.
        holder = plan.steps[0].agency_id if plan.steps else None
        new = dataclasses.replace(new, submitted_at=at, holder_agency_id=holder)
    elif act is Action.RECEIVE:
        new = _with_due(dataclasses.replace(new, received_at=at), plan)
        new = _enter_step(new, plan, 0, at, new.due_at)
    elif act in (Action.REQUEST_SUPPLEMENT, Action.REQUEST_PAYMENT):
        new = dataclasses.replace(new, paused_since=at, resume_status=state.status)
        if act is Action.REQUEST_SUPPLEMENT:
            new = dataclasses.replace(new, supplement_count=state.supplement_count + 1)
    elif act in (Action.SUPPLEMENT, Action.PAY):
        new = _with_due(_close_pause(dataclasses.replace(new, resume_status=None), plan, at), plan)
        if act is Action.PAY and params.get("online"):
            new = dataclasses.replace(new, paid_online=True)
            data["online"] = True
    elif act is Action.FORWARD:
        if transfer_to is not None:
            data["transfer_from_agency_id"] = state.holder_agency_id
            new = dataclasses.replace(new, holder_agency_id=transfer_to)
        else:
            new = _enter_step(new, plan, (state.step_index or 0) + 1, at, state.due_at)
    elif act is Action.APPROVE:
        new = dataclasses.replace(new, approved=True)
    elif act is Action.FINISH:
        new = _end(dataclasses.replace(new, finished_at=at), at)
        new = _enter_step(new, plan, len(plan.steps) - 1, at, state.due_at)
    elif act is Action.RETURN:
        new = _end(dataclasses.replace(new, returned_at=at, step_index=None), at)
    elif act in (Action.REFUSE, Action.WITHDRAW, Action.STOP):
        new = (
            _with_due(_end(_close_pause(new, plan, at), at), plan)
            if new.received_at
            else _end(new, at)
        )
        new = dataclasses.replace(new, resume_status=None, step_index=None)
    elif act is Action.EXTEND:
        new_due: dt.datetime = params["new_due_at"]
        reason: str = params["reason"]
        new = dataclasses.replace(
            new,
            extended_to=new_due,
            extension_reason=reason,
            extension_count=state.extension_count + 1,
        )
        data["previous_due_at"] = state.due_at
        new = _with_due(new, plan)
    elif act is Action.RATE:
        new = dataclasses.replace(new, rating=int(params["rating"]))
    return Change(action=act, at=at, before=state, after=new, data=data)


def is_paused(state: State) -> bool:
    return state.status in PAUSED


def is_late(state: State, now: dt.datetime, *, max_supplements: int = 1) -> bool:
    """Decision 766: late iff the end instant (or now, if still open) passes the appointment, or the
    dossier had more than one supplement request. Paused time is already added to the due instant;
    a dossier paused now is judged at the instant its pause began."""
    if state.due_at is None:
        return False
    if state.supplement_count > max_supplements:
        return True
    end = state.ended_at or state.paused_since or now
    return end > state.due_at


@dataclass(frozen=True)
class StepTiming:
    step_index: int
    started_at: dt.datetime
    budget_end: dt.datetime | None
    ended_at: dt.datetime | None
    outcome: str | None  # early / on_time / late; None while the step is open and not yet late


def step_timings(
    entries: list[tuple[int | None, dt.datetime | None, dt.datetime | None, dt.datetime]],
    now: dt.datetime,
) -> list[StepTiming]:
    """Per step: budget and actual time, from the events' (step_index, step_started_at,
    step_due_at, at) in order. A step ends when the next begins or the dossier leaves all steps."""
    timings: list[StepTiming] = []
    current: tuple[int, dt.datetime, dt.datetime | None] | None = None
    for step_index, started, budget_end, at in entries:
        entering = step_index is not None and started == at
        leaving = current is not None and (entering or step_index is None)
        if leaving and current is not None:
            idx, began, end = current
            outcome = step_outcome(at, end) if end else None
            timings.append(StepTiming(idx, began, end, at, outcome))
            current = None
        if entering and step_index is not None and started is not None:
            current = (step_index, started, budget_end)
        elif current is not None and step_index == current[0] and budget_end is not None:
            # A pause (supplement, payment) moved this step's deadline later.
            current = (current[0], current[1], budget_end)
    if current is not None:
        idx, began, end = current
        late = end is not None and now > end
        timings.append(StepTiming(idx, began, end, None, "late" if late else None))
    return timings
