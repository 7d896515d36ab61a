"""Who reads which figures: the dashboard, its exports, the monthly report and the API share these
rules. Administrators, auditors and the leaders of the provincial People's Committee read the whole
province; every other officer (a department's or a commune's leader included) reads their own
agency's figures only."""

from __future__ import annotations

from motcua.accounts.models import Role, User
from motcua.accounts.scopes import scope_agency_code
from motcua.errors import Forbidden
from motcua.units.models import AgencyKind

PROVINCE_WIDE = frozenset({Role.ADMIN, Role.AUDITOR})
READERS = PROVINCE_WIDE | {Role.DESK, Role.OFFICER, Role.LEADER}


def reads_province(user: User) -> bool:
    """Whether `user` reads every agency's figures: administrators and auditors, and the leaders
    of the province's People's Committee (a department's leader reads their department)."""
    if user.role in PROVINCE_WIDE:
        return True
    return (
        user.role == Role.LEADER
        and user.agency is not None
        and user.agency.kind == AgencyKind.PROVINCE_COMMITTEE
    )


def readable_agency(user: User, asked: str) -> str:
    """The agency code a report `user` asked for covers ("" = the province): what they asked if
    they read the province; else their own agency, and a refusal if they asked for another.
    An API token limited to some agencies reads only those."""
    asked = scope_agency_code(user, asked)
    if reads_province(user):
        return asked
    own = user.agency.code if user.agency else ""
    if asked and asked != own:
        raise Forbidden(
            "indicators_agency_forbidden",
            f"Bạn chỉ được xem chỉ số của cơ quan mình ({own or 'chưa gán cơ quan'}).",
            message_en="You may read your own agency's indicators only.",
        )
    return own
