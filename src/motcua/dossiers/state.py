"""Between the dossier row and the pure `State`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from motcua.dossiers.lifecycle import Status
from motcua.dossiers.models import Dossier
from motcua.dossiers.transitions import State

_PLAIN = (
    "step_index",
    "holder_agency_id",
    "submitted_at",
    "received_at",
    "due_at",
    "ended_at",
    "finished_at",
    "returned_at",
    "paused_since",
    "supplement_count",
    "extension_count",
    "extended_to",
    "extension_reason",
    "approved",
    "paid_online",
    "rating",
    "step_started_at",
    "step_due_at",
)


def state_of(dossier: Dossier, *, has_result: bool = False) -> State:
    values: dict[str, Any] = {name: getattr(dossier, name) for name in _PLAIN}
    return State(
        status=Status(dossier.status) if dossier.status else None,
        resume_status=Status(dossier.resume_status) if dossier.resume_status else None,
        pauses=tuple(
            (dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)) for a, b in dossier.pauses
        ),
        has_result=has_result,
        **values,
    )


def store_state(dossier: Dossier, state: State) -> list[str]:
    """Copy `state` onto the row; return the names of the fields that changed."""
    changed: list[str] = []
    values: dict[str, Any] = {name: getattr(state, name) for name in _PLAIN}
    values["status"] = int(state.status) if state.status else None
    values["resume_status"] = int(state.resume_status) if state.resume_status else None
    values["pauses"] = [[_utc(a), _utc(b)] for a, b in state.pauses]
    for name, value in values.items():
        if getattr(dossier, name) != value:
            setattr(dossier, name, value)
            changed.append(name)
    return changed


def _utc(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).isoformat()
