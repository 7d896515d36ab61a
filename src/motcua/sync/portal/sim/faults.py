"""Fault injection settings for the simulated portal: how often it fails, and how. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, NamedTuple

RATES = ("error_rate", "timeout_rate", "drop_rate")
# One-shot actions `POST /_sim/faults` also understands (they are not settings).
ACTIONS = ("expire_sessions", "already_exists", "seed")


class ControlError(Exception):
    """A bad request to a `/_sim/…` endpoint: answered with `status` and `payload` as they are."""

    def __init__(self, status: int, payload: Mapping[str, Any]) -> None:
        super().__init__(payload.get("message", ""))
        self.status = status
        self.payload = dict(payload)


def control_error(status: int, message: str) -> ControlError:
    return ControlError(status, {"error_code": "-1", "message": message})


@dataclass(frozen=True)
class Faults:
    """`latency_ms` delays every protocol request; the rates are each request's chance to fail.

    error: answer HTTP 503. timeout: do the work, then hold the answer `hang_seconds` (longer than
    the client waits). drop: read the request, do nothing, close the connection without answering.
    """

    latency_ms: int = 0
    error_rate: float = 0.0
    timeout_rate: float = 0.0
    drop_rate: float = 0.0
    hang_seconds: float = 30.0

    def checked(self) -> Faults:
        for name in RATES:
            rate = getattr(self, name)
            if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 <= rate <= 1:
                raise control_error(400, f"{name}: must be a number from 0 to 1, got {rate!r}")
        latency = self.latency_ms
        if isinstance(latency, bool) or not isinstance(latency, int) or latency < 0:
            raise control_error(400, f"latency_ms: must be a whole number ≥ 0, got {latency!r}")
        hang = self.hang_seconds
        if isinstance(hang, bool) or not isinstance(hang, int | float) or hang < 0:
            raise control_error(400, f"hang_seconds: must be a number ≥ 0, got {hang!r}")
        return self

    def updated(self, payload: Mapping[str, Any]) -> Faults:
        """These settings with the ones in `payload` changed (the one-shot actions ignored)."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(payload) - known - set(ACTIONS))
        if unknown:
            allowed = ", ".join([*sorted(known), *ACTIONS])
            raise control_error(400, f"{unknown[0]}: unknown fault setting (known: {allowed})")
        return replace(self, **{k: v for k, v in payload.items() if k in known}).checked()


class FaultDraw(NamedTuple):
    """What happens to one protocol request: a delay, then maybe one fault."""

    latency: float
    kind: str | None  # "drop", "error", "timeout" or None
    hang: float
