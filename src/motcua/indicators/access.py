"""Who reads which figures: the dashboard, its exports, the monthly report and the API share these
rules. Leaders, administrators and auditors read the whole province; desk officers and
specialists read their own agency's figures only."""

from __future__ import annotations

from motcua.accounts.models import Role, User
from motcua.errors import Forbidden

PROVINCE_WIDE = frozenset({Role.LEADER, Role.ADMIN, Role.AUDITOR})
READERS = PROVINCE_WIDE | {Role.DESK, Role.OFFICER}


def readable_agency(user: User, asked: str) -> str:
    """The agency code a report `user` asked for covers ("" = the province): what they asked if
    they read the province; else their own agency, and a refusal if they asked for another."""
    if user.role in PROVINCE_WIDE:
        return asked
    own = user.agency.code if user.agency else ""
    if asked and asked != own:
        raise Forbidden(
            "indicators_agency_forbidden",
            f"Bạn chỉ được xem chỉ số của cơ quan mình ({own or 'chưa gán cơ quan'}).",
            message_en="You may read your own agency's indicators only.",
        )
    return own
