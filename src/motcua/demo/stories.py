"""Realistic dossier stories for the demo province. Pure: a story is a list of steps in time.

Delays are working time, so officers act in office hours; citizens may act at any hour.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

HOUR = 3600


@dataclass(frozen=True)
class Step:
    action: str
    role: str  # who acts: citizen / desk / officer / leader
    after: int  # seconds of working time after the previous step
    note: str = ""
    params: dict[str, Any] = field(default_factory=dict)


SUPPLEMENT_NOTES = (
    "Thiếu bản sao Căn cước công dân có chứng thực.",
    "Tờ khai chưa ký, ghi rõ họ tên.",
    "Bản vẽ chưa đúng tỷ lệ theo quy định.",
    "Thiếu giấy ủy quyền của người nộp thay.",
)
REFUSAL_NOTES = (
    "Thủ tục không thuộc thẩm quyền giải quyết của cơ quan.",
    "Hồ sơ không đúng đối tượng được giải quyết.",
)


def story(rng: random.Random, *, online: bool, budget: int, has_leader: bool) -> list[Step]:
    """One dossier's life. `budget` is the legal limit in working seconds (0 = same day)."""
    budget = budget or 4 * HOUR
    steps: list[Step] = []
    if online:
        steps.append(Step("submit", "citizen", 0))
        roll = rng.random()
        if roll < 0.02:
            return [
                *steps,
                Step("refuse", "desk", rng.randint(1, 8) * HOUR, rng.choice(REFUSAL_NOTES)),
            ]
        if roll < 0.025:
            return [
                *steps,
                Step("withdraw", "citizen", rng.randint(1, 4) * HOUR, "Tôi nộp nhầm thủ tục."),
            ]
        steps.append(Step("receive", "desk", rng.randint(600, 6 * HOUR)))
    else:
        steps.append(Step("receive", "desk", 0))
    steps.append(Step("forward", "desk", rng.randint(300, 2 * HOUR)))
    slow = rng.random() < 0.05
    work = int(budget * rng.uniform(0.2, 0.7) * (rng.uniform(1.3, 2.0) if slow else 1))
    roll = rng.random()
    if roll < 0.12:
        supplements = 2 if roll < 0.015 else 1
        for _ in range(supplements):
            steps.append(
                Step("request_supplement", "officer", work // 3, rng.choice(SUPPLEMENT_NOTES))
            )
            steps.append(
                Step("supplement", "citizen" if online else "desk", rng.randint(2, 40) * HOUR)
            )
    elif roll < 0.15:
        steps.append(Step("request_payment", "officer", work // 4))
        steps.append(
            Step(
                "pay",
                "citizen" if online else "desk",
                rng.randint(1, 16) * HOUR,
                params={"online": online and rng.random() < 0.7},
            )
        )
    roll = rng.random()
    if roll < 0.01:
        return [
            *steps,
            Step("withdraw", "citizen" if online else "desk", work // 2, "Xin rút hồ sơ."),
        ]
    if roll < 0.015:
        return [*steps, Step("stop", "leader", work // 2, "Hồ sơ có tranh chấp, dừng giải quyết.")]
    if slow and rng.random() < 0.5:
        steps.append(
            Step(
                "extend",
                "leader",
                work // 2,
                "Cần xác minh thực địa.",
                params={"extra_days": rng.randint(2, 7)},
            )
        )
    if has_leader:
        steps.append(Step("forward", "officer", work))
        steps.append(Step("approve", "leader", rng.randint(600, 4 * HOUR)))
        steps.append(Step("finish", "leader", rng.randint(300, HOUR)))
    else:
        steps.append(Step("finish", "officer", work))
    steps.append(Step("return", "desk", rng.randint(1, 24) * HOUR))
    if online and rng.random() < 0.4:
        rating = rng.choices((1, 2, 3), weights=(3, 40, 57))[0]
        steps.append(Step("rate", "citizen", rng.randint(1, 8) * HOUR, params={"rating": rating}))
    return steps
