"""The simulated portal's memory and its answers to each service; no HTTP here.

One lock guards everything. Each batch is checked in full (field checks outside the lock, checks
against the stored state inside it) before anything of it is stored: all or nothing.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from motcua.sync.portal.sim.faults import ControlError, FaultDraw, Faults, control_error
from motcua.sync.portal.sim.rules import (
    REQUIRED,
    FieldError,
    blank,
    code_value,
    record_errors,
    status_change_error,
    step_errors,
)

Answer = dict[str, Any]

OK = "0"
INVALID = "-1"
EXISTS = "2"
EXPIRED = "99"
BAD_LOGIN = "401"

VN = dt.timezone(dt.timedelta(hours=7), "Asia/Ho_Chi_Minh")
INBOUND_REQUIRED = ("MaHoSo", "MaTTHC", "ChuHoSo", "MaCoQuan")
INBOUND_DEFAULTS = {"KenhThucHien": 2, "LoaiDoiTuong": 1, "TrangThaiHoSo": 1}
INBOUND_LIMIT = 100


def invalid(errors: list[FieldError]) -> Answer:
    first = errors[0]
    return {
        "error_code": INVALID,
        "message": f"{first.field}: {first.message}",
        "errors": [e.as_json() for e in errors],
    }


def invalid_field(name: str, message: str) -> Answer:
    return invalid([FieldError(None, name, message)])


def success(**extra: Any) -> Answer:
    return {"error_code": OK, "message": "Thành công", **extra}


@dataclass
class StoredDossier:
    record: dict[str, Any]
    history: list[int]
    steps: list[dict[str, Any]] = field(default_factory=list)
    step_keys: set[tuple[Any, ...]] = field(default_factory=set)
    last_step_at: str = ""

    @property
    def status(self) -> int:
        return self.history[-1]


class PortalSimulator:
    """The national portal's side of the sync protocol, kept in memory. Thread-safe."""

    def __init__(
        self,
        *,
        username: str = "motcua",
        password: str = "motcua",
        dstcode: str = "",
        session_ttl: float = 3600.0,
        latency_ms: int = 0,
        error_rate: float = 0.0,
        timeout_rate: float = 0.0,
        drop_rate: float = 0.0,
        hang_seconds: float = 30.0,
        seed: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.username, self.password, self.dstcode = username, password, dstcode
        self.session_ttl = session_ttl
        self.seed = seed
        self._clock = clock
        self._initial_faults = Faults(
            latency_ms, error_rate, timeout_rate, drop_rate, hang_seconds
        ).checked()
        self._lock = threading.Lock()
        self._services: dict[str, Callable[[Mapping[str, Any]], Answer]] = {
            "TraCuuHoSo": self._lookup,
            "DongBoHoSoMC": self._sync_dossiers,
            "CapNhatTienDoHoSoMC": self._append_steps,
            "LayHoSoMoi": self._inbound_list,
            "XacNhanHoSoMoi": self._inbound_ack,
        }
        self.reset()

    def reset(self) -> None:
        """Forget everything: dossiers, steps, queue, sessions, counters; faults as constructed."""
        with self._lock:
            self._sessions: dict[str, float] = {}
            self._dossiers: dict[str, StoredDossier] = {}
            self._inbound: dict[str, dict[str, Any]] = {}
            self._inbound_codes: set[str] = set()
            self._calls: Counter[str] = Counter()
            self._errors: Counter[str] = Counter()
            self._steps = self._duplicate_steps = self._out_of_order_steps = 0
            self._faults_injected = 0
            self._faults = self._initial_faults
            self._already_exists = False
            self._rng = random.Random(self.seed)

    # --- protocol -------------------------------------------------------------------------

    def authenticate(self, body: Any, dstcode: str = "") -> Answer:
        with self._lock:
            self._calls["auth"] += 1
            good = (
                isinstance(body, Mapping)
                and body.get("username") == self.username
                and body.get("password") == self.password
            )
            if not good:
                self._errors[BAD_LOGIN] += 1
                return {"error_code": BAD_LOGIN, "message": "Sai tài khoản hoặc mật khẩu"}
            if self.dstcode and dstcode != self.dstcode:
                self._errors[BAD_LOGIN] += 1
                return {"error_code": BAD_LOGIN, "message": f"Sai mã đơn vị (dstcode) {dstcode!r}"}
            now = self._clock()
            self._sessions = {t: end for t, end in self._sessions.items() if end > now}
            token = secrets.token_urlsafe(24)
            self._sessions[token] = now + self.session_ttl
        return {"error_code": 0, "session": token}

    def integrate(self, body: Any) -> Answer:
        answer = self._integrate(body)
        if answer["error_code"] != OK:
            with self._lock:
                self._errors[str(answer["error_code"])] += 1
        return answer

    def _integrate(self, body: Any) -> Answer:
        if not isinstance(body, Mapping):
            return invalid_field("body", "phải là một đối tượng JSON (must be a JSON object)")
        service = body.get("service")
        with self._lock:
            self._calls[service if isinstance(service, str) else "?"] += 1
            token = body.get("session")
            alive = isinstance(token, str) and self._sessions.get(token, 0) > self._clock()
        if not alive:
            return {"error_code": EXPIRED, "message": "Phiên làm việc đã hết hạn"}
        handler = self._services.get(service) if isinstance(service, str) else None
        if handler is None:
            known = ", ".join(self._services)
            return invalid_field(
                "service",
                f"dịch vụ {service!r} không được hỗ trợ (unknown service; known: {known})",
            )
        return handler(body)

    def _lookup(self, body: Mapping[str, Any]) -> Answer:
        code = body.get("mahoso")
        if blank(code) or not isinstance(code, str):
            return invalid_field("mahoso", REQUIRED)
        with self._lock:
            stored = self._dossiers.get(code)
            return success(result=copy.deepcopy(stored.record) if stored else None)

    def _sync_dossiers(self, body: Mapping[str, Any]) -> Answer:
        flag = body.get("isUpdating")
        updating = flag.strip().lower() if isinstance(flag, str) else None
        if updating not in ("true", "false"):
            return invalid_field("isUpdating", f'phải là "True" hoặc "False", nhận {flag!r}')
        data = body.get("data")
        if not isinstance(data, list) or not data:
            return invalid_field("data", "phải là danh sách hồ sơ không rỗng (a non-empty list)")
        errors = [e for i, record in enumerate(data) for e in record_errors(i, record)]
        if errors:
            return invalid(errors)
        with self._lock:
            if updating == "true":
                return self._update_locked(data)
            return self._create_locked(data)

    def _create_locked(self, data: list[dict[str, Any]]) -> Answer:
        seen: set[str] = set()
        errors = []
        for i, record in enumerate(data):
            code = record["MaHoSo"]
            if code in seen:
                errors.append(
                    FieldError(i, "MaHoSo", f"mã {code} lặp lại trong cùng lô (repeated)")
                )
            seen.add(code)
        if errors:
            return invalid(errors)
        existing = [r["MaHoSo"] for r in data if r["MaHoSo"] in self._dossiers]
        if self._already_exists:
            self._already_exists = False
            self._faults_injected += 1
            existing = [r["MaHoSo"] for r in data]
        if existing:
            return {
                "error_code": EXISTS,
                "message": f"Hồ sơ {existing[0]} đã tồn tại",
                "existing": existing,
            }
        for record in data:
            status = code_value(record["TrangThaiHoSo"]) or 0
            self._dossiers[record["MaHoSo"]] = StoredDossier(dict(record), [status])
        return success(result={"created": len(data)})

    def _update_locked(self, data: list[dict[str, Any]]) -> Answer:
        errors: list[FieldError] = []
        statuses: dict[str, int] = {}
        for i, record in enumerate(data):
            code = record["MaHoSo"]
            stored = self._dossiers.get(code)
            if stored is None:
                message = (
                    f"hồ sơ {code} chưa tồn tại trên Cổng (does not exist: send it as a create)"
                )
                errors.append(FieldError(i, "MaHoSo", message))
                continue
            new = code_value(record["TrangThaiHoSo"]) or 0
            refusal = status_change_error(i, code, statuses.get(code, stored.status), new)
            if refusal:
                errors.append(refusal)
                continue
            statuses[code] = new
        if errors:
            return invalid(errors)
        for record in data:
            stored = self._dossiers[record["MaHoSo"]]
            stored.record = dict(record)
            status = code_value(record["TrangThaiHoSo"]) or 0
            if status != stored.status:
                stored.history.append(status)
        return success(result={"updated": len(data)})

    def _append_steps(self, body: Mapping[str, Any]) -> Answer:
        data = body.get("data")
        if not isinstance(data, list) or not data:
            return invalid_field(
                "data", "phải là danh sách bước xử lý không rỗng (a non-empty list)"
            )
        errors = [e for i, step in enumerate(data) for e in step_errors(i, step)]
        if errors:
            return invalid(errors)
        with self._lock:
            missing = [
                FieldError(i, "MaHoSo", f"hồ sơ {s['MaHoSo']} chưa tồn tại trên Cổng (unknown)")
                for i, s in enumerate(data)
                if s["MaHoSo"] not in self._dossiers
            ]
            if missing:
                return invalid(missing)
            stored = duplicates = 0
            for step in data:
                dossier = self._dossiers[step["MaHoSo"]]
                at = step["ThoiDiemXuLy"]
                key = (
                    step["MaHoSo"],
                    at,
                    code_value(step["TrangThai"]),
                    step["NoiDungXuLy"],
                    step["NguoiXuLy"],
                )
                if key in dossier.step_keys:
                    duplicates += 1
                    continue
                if at < dossier.last_step_at:
                    self._out_of_order_steps += 1
                dossier.step_keys.add(key)
                dossier.steps.append(dict(step))
                dossier.last_step_at = max(at, dossier.last_step_at)
                stored += 1
            self._steps += stored
            self._duplicate_steps += duplicates
        return success(result={"stored": stored, "duplicates": duplicates})

    def _inbound_list(self, body: Mapping[str, Any]) -> Answer:
        limit = body.get("limit", INBOUND_LIMIT)
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 1000:
            return invalid_field("limit", f"phải là số từ 1 đến 1000 (1–1000), nhận {limit!r}")
        with self._lock:
            waiting = list(self._inbound.values())[:limit]
            return success(data=copy.deepcopy(waiting))

    def _inbound_ack(self, body: Mapping[str, Any]) -> Answer:
        codes = body.get("mahoso")
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            return invalid_field("mahoso", "phải là danh sách mã hồ sơ (a list of dossier codes)")
        with self._lock:
            unknown = [c for c in codes if c not in self._inbound_codes]
            if unknown:
                return invalid(
                    [
                        FieldError(codes.index(c), "mahoso", f"hồ sơ {c} không có trong hàng chờ")
                        for c in unknown
                    ]
                )
            for code in codes:
                self._inbound.pop(code, None)  # acknowledging twice is harmless
        return success(result={"acknowledged": len(codes)})

    # --- inspection and control (not part of the real protocol) --------------------------

    def dossier(self, code: str) -> dict[str, Any] | None:
        with self._lock:
            stored = self._dossiers.get(code)
            if stored is None:
                return None
            return copy.deepcopy(
                {"record": stored.record, "steps": stored.steps, "history": stored.history}
            )

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return {
                "dossiers": len(self._dossiers),
                "steps": self._steps,
                "duplicate_steps": self._duplicate_steps,
                "out_of_order_steps": self._out_of_order_steps,
                "calls": dict(self._calls),
                "errors": dict(self._errors),
                "faults_injected": self._faults_injected,
                "inbound_waiting": len(self._inbound),
                "faults": asdict(self._faults),
            }

    def set_faults(self, payload: Any) -> dict[str, Any]:
        """Change fault settings and run one-shot actions; see `Faults` and the module docs."""
        if not isinstance(payload, Mapping):
            raise control_error(400, "body: must be a JSON object")
        with self._lock:
            self._faults = self._faults.updated(payload)
            if payload.get("expire_sessions"):
                self._sessions.clear()
            if "already_exists" in payload:
                self._already_exists = bool(payload["already_exists"])
            if "seed" in payload:
                self._rng.seed(payload["seed"])
            return {"faults": asdict(self._faults), "already_exists": self._already_exists}

    def draw_fault(self) -> FaultDraw:
        """Toss the coins for one protocol request (seeded: the same settings, the same faults)."""
        with self._lock:
            faults = self._faults
            kind = None
            for name, rate in (
                ("drop", faults.drop_rate),
                ("error", faults.error_rate),
                ("timeout", faults.timeout_rate),
            ):
                if rate > 0 and self._rng.random() < rate:
                    kind = name
                    self._faults_injected += 1
                    break
            return FaultDraw(faults.latency_ms / 1000, kind, faults.hang_seconds)

    def inbound_add(self, payload: Any) -> dict[str, Any]:
        """Queue a dossier filed on the national portal (it exists there from now on)."""
        if not isinstance(payload, Mapping):
            raise control_error(400, "body: must be a JSON object")
        now = dt.datetime.now(VN).strftime("%Y%m%d%H%M%S")
        record = {**INBOUND_DEFAULTS, "NgayNopHoSo": now, **payload}
        errors = [FieldError(None, f, REQUIRED) for f in INBOUND_REQUIRED if blank(record.get(f))]
        errors += [e for e in record_errors(None, record) if e.message != REQUIRED]
        if errors:
            raise ControlError(400, invalid(errors))
        code = record["MaHoSo"]
        with self._lock:
            if code in self._dossiers:
                raise ControlError(
                    409, {"error_code": EXISTS, "message": f"Hồ sơ {code} đã tồn tại"}
                )
            status = code_value(record["TrangThaiHoSo"]) or 1
            self._dossiers[code] = StoredDossier(dict(record), [status])
            self._inbound[code] = record
            self._inbound_codes.add(code)
        return success(record=copy.deepcopy(record))
