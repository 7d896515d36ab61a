"""What an API token may reach: a token narrows its user's rights, never widens them.

A token may be limited to some agencies (it then sees and acts on dossiers only where one of those
agencies receives, decides, holds or helped with them, and reads only their indicators) and to some
actions (the lifecycle's action names, plus `upload` for attaching documents). Reading what the
user may read needs no action. The bearer-token check puts the scope on the request's user; a
signed-in person has none."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from motcua.dossiers.lifecycle import Action
from motcua.errors import DomainError, Forbidden

UPLOAD = "upload"  # attach or reuse a document
SCOPE_ACTIONS = frozenset({*(a.value for a in Action), UPLOAD})


@dataclass(frozen=True)
class TokenScope:
    agency_codes: frozenset[str] | None = None  # None: every agency the user may reach
    agency_ids: frozenset[int] | None = None
    actions: frozenset[str] | None = None  # None: every action the user may do


def scope_of(user: object) -> TokenScope | None:
    scope = getattr(user, "token_scope", None)
    return scope if isinstance(scope, TokenScope) else None


def scope_allows_action(user: object, action: str) -> bool:
    scope = scope_of(user)
    return scope is None or scope.actions is None or action in scope.actions


def scope_allows_agencies(user: object, agency_ids: Iterable[int | None]) -> bool:
    """Whether one of `agency_ids` (a dossier's agencies) is within the token's agencies."""
    scope = scope_of(user)
    if scope is None or scope.agency_ids is None:
        return True
    return any(a in scope.agency_ids for a in agency_ids if a is not None)


def check_scope_action(user: object, action: str) -> None:
    if not scope_allows_action(user, action):
        raise Forbidden(
            "token_scope_action",
            f"Mã truy cập API này không được phép thực hiện thao tác “{action}”.",
            message_en=f"This API token may not perform “{action}”.",
        )


def check_scope_agencies(user: object, agency_ids: Iterable[int | None]) -> None:
    if not scope_allows_agencies(user, agency_ids):
        raise Forbidden(
            "token_scope_agency",
            "Mã truy cập API này không được phép làm việc với hồ sơ của cơ quan này.",
            message_en="This API token may not work on this agency's dossiers.",
        )


def scope_agency_code(user: object, asked: str) -> str:
    """The agency an agency-limited token reads figures for: what it asked if within its
    agencies; its only agency if it asked for none; a refusal otherwise."""
    scope = scope_of(user)
    if scope is None or scope.agency_codes is None:
        return asked
    if asked in scope.agency_codes:
        return asked
    if not asked and len(scope.agency_codes) == 1:
        return next(iter(scope.agency_codes))
    raise Forbidden(
        "token_scope_agency",
        "Mã truy cập API này chỉ được đọc chỉ số của: " + ", ".join(sorted(scope.agency_codes)),
        message_en="This API token reads the indicators of "
        + ", ".join(sorted(scope.agency_codes))
        + " only.",
        field="agency",
    )


def clean_scope_actions(names: Iterable[str]) -> list[str]:
    """The action names as given, refused with the list of known names if one is unknown."""
    names = [n.strip() for n in names if n.strip()]
    unknown = sorted(set(names) - SCOPE_ACTIONS)
    if unknown:
        wrong, known = ", ".join(unknown), ", ".join(sorted(SCOPE_ACTIONS))
        raise DomainError(
            "scope_action_unknown",
            f"Thao tác không có: {wrong}. Các thao tác: {known}.",
            message_en=f"Unknown actions: {wrong}. Known: {known}.",
            field="actions",
        )
    return sorted(set(names))
