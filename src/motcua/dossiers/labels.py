"""The lifecycle's and the clock's labels in the page's language.

The pure domain keeps each label in Vietnamese and in English (lifecycle.STATUS_LABELS and
ACTION_LABELS, clock.Reason.label_en, DomainError.message_en); the pages pick one here.
"""

from __future__ import annotations

from django.utils.translation import get_language

from motcua.clock import Reason
from motcua.dossiers.lifecycle import Action, Status
from motcua.errors import DomainError


def english() -> bool:
    return (get_language() or "vi").startswith("en")


def status_label(status: int) -> str:
    value = Status(status)
    return value.label_en if english() else value.label


def action_label(action: str) -> str:
    try:
        value = Action(action)
    except ValueError:
        return action
    return value.label_en if english() else value.label


def reason_label(reason: Reason) -> str:
    return reason.label_en if english() else reason.label


def error_message(error: DomainError) -> str:
    return error.message_en if english() else error.message


def reason_line(reason: Reason) -> str:
    """One line of "why this date": a day off also names its date (22/11/2026: Chủ Nhật)."""
    label = reason_label(reason)
    if reason.kind == "day_off":
        return f"{reason.start:%d/%m/%Y}: {label}"
    return label
