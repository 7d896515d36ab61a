"""The pure lifecycle table: exhaustive and property tests, no database."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from motcua.clock import VN_TZ, Calendar, Limit, LimitUnit
from motcua.dossiers.lifecycle import (
    ENDING,
    TABLE,
    Action,
    Position,
    Status,
    allowed_actions,
    check,
)
from motcua.dossiers.transitions import Plan, State, StepPlan, apply, is_late
from motcua.errors import DomainError

ROLES = ["citizen", "desk", "officer", "leader", "system", "admin"]
STEPS = (
    StepPlan("Tiếp nhận", "desk", 1, 3600),
    StepPlan("Thẩm định", "officer", 2, 3 * 27000),
    StepPlan("Phê duyệt", "leader", 2, 27000),
    StepPlan("Trả kết quả", "desk", 1, 3600),
)
PLAN = Plan(limit=Limit(Decimal(5), LimitUnit.WORKING_DAYS), steps=STEPS, calendar=Calendar())
START = dt.datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ)


def test_every_status_has_a_way_forward_or_is_an_end():
    for status in Status:
        position = Position(
            status=status, step_index=1, step_roles=("desk", "officer", "leader", "desk")
        )
        actions = allowed_actions(position)
        if status in ENDING and status is not Status.FINISHED:
            assert set(actions) <= {Action.RATE}, (status, actions)
        else:
            assert actions, status


def test_a_refusal_names_the_allowed_actions():
    position = Position(
        status=Status.RECEIVED, step_index=0, step_roles=("desk", "officer", "desk")
    )
    with pytest.raises(DomainError) as info:
        check(position, "return", "desk")
    assert info.value.status == 409
    assert "forward" in info.value.details["allowed_actions"]


def test_roles_are_checked_after_the_state():
    position = Position(
        status=Status.PROCESSING, step_index=2, step_roles=("desk", "officer", "leader", "desk")
    )
    with pytest.raises(DomainError) as info:
        check(position, "approve", "officer")
    assert info.value.status == 403


def test_finish_needs_an_approval_when_the_workflow_has_a_leader_and_a_result():
    roles = ("desk", "officer", "leader", "desk")
    base = Position(status=Status.PROCESSING, step_index=2, step_roles=roles)
    assert Action.FINISH not in allowed_actions(base)
    assert Action.FINISH not in allowed_actions(dataclasses.replace(base, approved=True))
    ready = dataclasses.replace(base, approved=True, has_result=True)
    assert Action.FINISH in allowed_actions(ready)


@st.composite
def stories(draw):
    return draw(
        st.lists(
            st.tuples(
                st.sampled_from(list(Action)), st.sampled_from(ROLES), st.integers(1, 200_000)
            ),
            max_size=25,
        )
    )


@settings(max_examples=300, deadline=None)
@given(stories())
def test_any_sequence_of_attempts_keeps_the_dossier_consistent(story):
    state = State()
    at = START
    for action, role, seconds in story:
        at = at + dt.timedelta(seconds=seconds)
        params = {"rating": 2, "new_due_at": at + dt.timedelta(days=30), "reason": "x"}
        if action is Action.FINISH:
            state = dataclasses.replace(state, has_result=True)
        try:
            change = apply(state, action, role=role, at=at, plan=PLAN, params=params)
        except DomainError as refused:
            assert refused.status in (403, 404, 409)
            continue
        new = change.after
        assert new.status is not None
        assert action in TABLE and role in TABLE[action].roles
        # The clock stops exactly while the dossier waits for the applicant.
        assert (new.paused_since is not None) == (
            new.status in (Status.SUPPLEMENT, Status.FINANCIAL)
        )
        if new.received_at is not None and new.status not in (Status.REFUSED,):
            assert new.due_at is not None and new.due_at > new.received_at
        if new.status in ENDING:
            assert new.ended_at is not None and new.ended_at <= at
        if new.step_index is not None:
            assert 0 <= new.step_index < len(STEPS)
            assert new.holder_agency_id == STEPS[new.step_index].agency_id
        assert new.supplement_count >= state.supplement_count
        state = new


def test_more_than_one_supplement_request_is_late_even_if_fast():
    state = State(
        status=Status.PROCESSING,
        received_at=START,
        due_at=START + dt.timedelta(days=7),
        supplement_count=2,
    )
    assert is_late(state, START + dt.timedelta(hours=1))
    assert not is_late(
        dataclasses.replace(state, supplement_count=1), START + dt.timedelta(hours=1)
    )
