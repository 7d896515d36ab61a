"""The dossier lifecycle: national status codes, actions, and which action is allowed where. Pure.

The table answers three questions for the services, the pages and the bulk seeder alike:
is this action allowed now (and if not, what is), which status follows, and who may do it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from motcua.errors import Conflict, Forbidden


class Status(IntEnum):
    SUBMITTED = 1  # Mới đăng ký
    RECEIVED = 2  # Được tiếp nhận
    REFUSED = 3  # Không được tiếp nhận
    PROCESSING = 4  # Đang xử lý
    SUPPLEMENT = 5  # Yêu cầu bổ sung giấy tờ
    FINANCIAL = 6  # Yêu cầu thực hiện nghĩa vụ tài chính
    WITHDRAWN = 7  # Công dân yêu cầu rút hồ sơ
    STOPPED = 8  # Dừng xử lý
    FINISHED = 9  # Đã xử lý xong
    RETURNED = 10  # Đã trả kết quả

    @property
    def label(self) -> str:
        return STATUS_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return STATUS_LABELS[self][1]


STATUS_LABELS = {
    Status.SUBMITTED: ("Mới đăng ký", "Submitted"),
    Status.RECEIVED: ("Được tiếp nhận", "Received"),
    Status.REFUSED: ("Không được tiếp nhận", "Refused"),
    Status.PROCESSING: ("Đang xử lý", "Being processed"),
    Status.SUPPLEMENT: ("Yêu cầu bổ sung giấy tờ", "Supplement requested"),
    Status.FINANCIAL: ("Yêu cầu thực hiện nghĩa vụ tài chính", "Financial obligation requested"),
    Status.WITHDRAWN: ("Công dân yêu cầu rút hồ sơ", "Withdrawn by the applicant"),
    Status.STOPPED: ("Dừng xử lý", "Processing stopped"),
    Status.FINISHED: ("Đã xử lý xong", "Processed, result ready"),
    Status.RETURNED: ("Đã trả kết quả", "Result returned"),
}

# Statuses in which the legal clock does not run.
PAUSED = frozenset({Status.SUPPLEMENT, Status.FINANCIAL})
# Statuses that end the dossier's processing (for the on-time rule, the end instant is the first).
ENDING = frozenset(
    {Status.REFUSED, Status.WITHDRAWN, Status.STOPPED, Status.FINISHED, Status.RETURNED}
)


class Action(StrEnum):
    SUBMIT = "submit"
    RECEIVE = "receive"
    REFUSE = "refuse"
    REQUEST_SUPPLEMENT = "request_supplement"
    SUPPLEMENT = "supplement"
    FORWARD = "forward"
    REQUEST_PAYMENT = "request_payment"
    PAY = "pay"
    APPROVE = "approve"
    FINISH = "finish"
    RETURN = "return"
    WITHDRAW = "withdraw"
    STOP = "stop"
    EXTEND = "extend"
    RATE = "rate"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return ACTION_LABELS[self][1]


ACTION_LABELS = {
    Action.SUBMIT: ("Nộp hồ sơ trực tuyến", "Submit online"),
    Action.RECEIVE: ("Tiếp nhận hồ sơ", "Receive"),
    Action.REFUSE: ("Từ chối tiếp nhận", "Refuse at reception"),
    Action.REQUEST_SUPPLEMENT: ("Yêu cầu bổ sung hồ sơ", "Request a supplement"),
    Action.SUPPLEMENT: ("Tiếp nhận hồ sơ bổ sung", "Supplement received"),
    Action.FORWARD: ("Chuyển xử lý", "Forward"),
    Action.REQUEST_PAYMENT: ("Yêu cầu thực hiện nghĩa vụ tài chính", "Request payment"),
    Action.PAY: ("Đã thực hiện nghĩa vụ tài chính", "Paid"),
    Action.APPROVE: ("Phê duyệt", "Approve"),
    Action.FINISH: ("Hoàn thành xử lý", "Finish"),
    Action.RETURN: ("Trả kết quả", "Return the result"),
    Action.WITHDRAW: ("Rút hồ sơ", "Withdraw"),
    Action.STOP: ("Dừng xử lý", "Stop processing"),
    Action.EXTEND: ("Gia hạn (xin lỗi và hẹn lại)", "Extend (apology and new date)"),
    Action.RATE: ("Đánh giá", "Rate the service"),
}

RESUME = "resume"  # the status before the pause
SAME = "same"  # the status does not change

CITIZEN, DESK, OFFICER, LEADER, SYSTEM = "citizen", "desk", "officer", "leader", "system"
STAFF = frozenset({DESK, OFFICER, LEADER})


@dataclass(frozen=True)
class Rule:
    sources: frozenset[Status | None]
    target: Status | str
    roles: frozenset[str]


def _rule(sources: Sequence[Status | None], target: Status | str, *roles: str) -> Rule:
    return Rule(frozenset(sources), target, frozenset(roles))


S = Status
ACTIVE = (S.RECEIVED, S.PROCESSING)
TABLE: dict[Action, Rule] = {
    Action.SUBMIT: _rule([None], S.SUBMITTED, CITIZEN, DESK, SYSTEM),
    Action.RECEIVE: _rule([None, S.SUBMITTED], S.RECEIVED, DESK),
    Action.REFUSE: _rule([S.SUBMITTED, S.RECEIVED], S.REFUSED, DESK),
    Action.REQUEST_SUPPLEMENT: _rule(ACTIVE, S.SUPPLEMENT, DESK, OFFICER, LEADER),
    Action.SUPPLEMENT: _rule([S.SUPPLEMENT], RESUME, CITIZEN, DESK),
    Action.FORWARD: _rule(ACTIVE, S.PROCESSING, DESK, OFFICER, LEADER),
    Action.REQUEST_PAYMENT: _rule(ACTIVE, S.FINANCIAL, DESK, OFFICER, LEADER),
    Action.PAY: _rule([S.FINANCIAL], RESUME, CITIZEN, DESK),
    Action.APPROVE: _rule([S.PROCESSING], SAME, LEADER),
    Action.FINISH: _rule(ACTIVE, S.FINISHED, DESK, OFFICER, LEADER),
    Action.RETURN: _rule([S.FINISHED], S.RETURNED, DESK),
    Action.WITHDRAW: _rule(
        [S.SUBMITTED, S.RECEIVED, S.PROCESSING, S.SUPPLEMENT, S.FINANCIAL],
        S.WITHDRAWN,
        CITIZEN,
        DESK,
    ),
    Action.STOP: _rule([*ACTIVE, S.SUPPLEMENT, S.FINANCIAL], S.STOPPED, LEADER),
    Action.EXTEND: _rule([*ACTIVE, S.SUPPLEMENT, S.FINANCIAL], SAME, LEADER),
    Action.RATE: _rule([S.RETURNED], SAME, CITIZEN),
}


@dataclass(frozen=True)
class Position:
    """What the table needs to know about a dossier to judge an action."""

    status: Status | None
    step_index: int | None = None
    step_roles: tuple[str, ...] = ()
    resume_status: Status | None = None
    extension_count: int = 0
    rated: bool = False
    approved: bool = False
    has_result: bool = False


class TransitionRefused(Conflict):
    def __init__(self, action: str, position: Position, reason_vi: str, reason_en: str) -> None:
        allowed = [a.value for a in allowed_actions(position)]
        status = position.status.label if position.status else "chưa có"
        super().__init__(
            "transition_not_allowed",
            f"Không thể thực hiện “{_label(action)}” khi hồ sơ ở trạng thái “{status}”: "
            f"{reason_vi}. Thao tác được phép: {', '.join(allowed) or 'không có'}.",
            message_en=f"'{action}' is not allowed now: {reason_en}. Allowed: {allowed}.",
            field="action",
            details={"allowed_actions": allowed},
        )


def _label(action: str) -> str:
    try:
        return Action(action).label
    except ValueError:
        return action


def refusal(
    position: Position, action: Action, *, transfer: bool = False
) -> tuple[str, str] | None:
    """Why `action` is not allowed at `position` (Vietnamese, English), or None if it is.

    `transfer`: a forward to another agency at the same step (inter-agency), not to the next step.
    """
    rule = TABLE[action]
    if position.status not in rule.sources:
        return ("trạng thái hiện tại không cho phép", "the current status does not allow it")
    last = len(position.step_roles) - 1
    step = position.step_index
    if action is Action.FORWARD and not transfer and step is not None and step >= last - 1:
        return (
            "bước tiếp theo là trả kết quả, hãy dùng “Hoàn thành xử lý”",
            "the next step is the return: use finish",
        )
    if action is Action.APPROVE:
        if step is None or not 0 <= step < len(position.step_roles):
            return ("hồ sơ không ở bước nào", "the dossier is at no step")
        if position.step_roles[step] != LEADER:
            return (
                "bước hiện tại không phải bước phê duyệt",
                "the current step is not an approval",
            )
        if position.approved:
            return ("hồ sơ đã được phê duyệt", "already approved")
    if action is Action.FINISH:
        if LEADER in position.step_roles and not position.approved:
            return ("hồ sơ chưa được lãnh đạo phê duyệt", "a leader has not approved it yet")
        if not position.has_result:
            return ("chưa đính kèm văn bản kết quả", "no result document is attached")
    if action is Action.EXTEND and position.extension_count >= 1:
        return ("hồ sơ đã được gia hạn một lần", "it was already extended once")
    if action is Action.RATE and position.rated:
        return ("hồ sơ đã được đánh giá", "it was already rated")
    return None


def allowed_actions(position: Position, role: str | None = None) -> list[Action]:
    """Every action allowed now (for `role`, if given), in the table's order."""
    return [
        action
        for action, rule in TABLE.items()
        if (role is None or role in rule.roles) and refusal(position, action) is None
    ]


def check(position: Position, action: str, role: str, *, transfer: bool = False) -> Rule:
    """The rule for `action`, or a refusal that names what is allowed now."""
    try:
        act = Action(action)
    except ValueError:
        known = ", ".join(a.value for a in Action)
        raise Conflict(
            "unknown_action",
            f"Thao tác “{action}” không tồn tại. Các thao tác: {known}.",
            message_en=f"Unknown action '{action}'. Known: {known}.",
            field="action",
            status=404,
        ) from None
    why = refusal(position, act, transfer=transfer)
    if why is not None:
        raise TransitionRefused(act, position, *why)
    rule = TABLE[act]
    if role not in rule.roles:
        roles = ", ".join(sorted(rule.roles))
        raise Forbidden(
            "role_not_allowed",
            f"Vai trò của bạn không được thực hiện “{act.label}” (vai trò được phép: {roles}).",
            message_en=f"Your role may not '{act.value}' (allowed roles: {roles}).",
            field="action",
        )
    return rule


def target_status(position: Position, rule: Rule) -> Status:
    if rule.target == RESUME:
        return position.resume_status or Status.PROCESSING
    if rule.target == SAME:
        assert position.status is not None
        return position.status
    assert isinstance(rule.target, Status)
    return rule.target
