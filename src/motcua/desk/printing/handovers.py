"""Form 06: each hand-over of a dossier from one step to the next, read from its events.

A step is entered by the event that starts it (its step_started_at is the event's own instant) and
left by the next such event or by one that takes the dossier out of every step. That is the rule of
`transitions.step_timings`, which gives each step's budget end and its early / on time / late
outcome; the events give who handed the dossier over and who took it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from motcua.desk.printing.story import Story
from motcua.desk.printing.text import outcome_text, short_instant
from motcua.dossiers.lifecycle import Action
from motcua.dossiers.models import Event
from motcua.dossiers.transitions import Plan, StepTiming, step_timings

APPLICANT_LABEL = "Chủ hồ sơ"


@dataclass(frozen=True)
class Handover:
    number: int
    step: str
    giver: str
    giver_agency: str
    receiver: str
    receiver_agency: str
    received_at: str
    budget_end: str
    ended_at: str
    outcome: str
    late: bool


def step_spans(events: list[Event]) -> list[tuple[Event, Event | None]]:
    """(the event that entered a step, the event that left it or None), in order."""
    spans: list[tuple[Event, Event | None]] = []
    current: Event | None = None
    for event in events:
        entering = event.step_index is not None and event.step_started_at == event.at
        if current is not None and (entering or event.step_index is None):
            spans.append((current, event))
            current = None
        if entering:
            current = event
    if current is not None:
        spans.append((current, None))
    return spans


def handovers(story: Story, plan: Plan, now: dt.datetime) -> list[Handover]:
    events = story.events
    timings = step_timings(
        [(e.step_index, e.step_started_at, e.step_due_at, e.at) for e in events], now
    )
    # Both walk the events with the same rule, so they pair one to one.
    pairs = zip(timings, step_spans(events), strict=True)
    return [
        _row(number, story, plan, timing, entered, left)
        for number, (timing, (entered, left)) in enumerate(pairs, start=1)
    ]


def _row(
    number: int,
    story: Story,
    plan: Plan,
    timing: StepTiming,
    entered: Event,
    left: Event | None,
) -> Handover:
    index = timing.step_index
    holder = plan.steps[index].agency_id if index < len(plan.steps) else None
    received = entered.action == Action.RECEIVE
    if received:  # the applicant hands the dossier to the desk officer who receives it
        giver, giver_agency = story.dossier.applicant_name, APPLICANT_LABEL
    else:
        giver, giver_agency = entered.actor_name, story.agency_name(entered.agency_id)
    return Handover(
        number=number,
        step=entered.step_name,
        giver=giver,
        giver_agency=giver_agency,
        receiver=_worker(entered, left, holder),
        receiver_agency=story.agency_name(holder),
        received_at=short_instant(timing.started_at),
        budget_end=short_instant(timing.budget_end),
        ended_at=short_instant(timing.ended_at),
        outcome=outcome_text(timing.outcome),
        late=timing.outcome == "late",
    )


def _worker(entered: Event, left: Event | None, holder: int | None) -> str:
    """Who took the dossier at this step: whoever of the holding agency moved it on, or the desk
    officer who received it. A citizen withdrawing is not the step's worker."""
    if left is not None and holder is not None and left.agency_id == holder:
        return left.actor_name
    if entered.action == Action.RECEIVE:
        return entered.actor_name
    return ""
