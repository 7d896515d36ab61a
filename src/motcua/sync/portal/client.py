"""The national portal's HTTP client: login and session renewal, keep-alive, typed errors.

Every call is `POST {url}/integration` with `{"session", "madonvi", "service", …}` after a
`POST {url}/auth`. The answers' `error_code` becomes one of three errors the delivery handler
tells apart: `PortalTransient` (try the whole batch again later), `PortalRejected` (the portal
refused some records: fail those), `PortalExists` (a create met dossiers the portal already has:
send them as updates). Anything else unexpected is a plain `PortalError`.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import Any

import httpx
from django.conf import settings

OK = {"0", "00"}
EXPIRED = "99"
EXISTS = "2"
INVALID = "-1"


class PortalError(Exception):
    """The portal answered something we cannot use; the whole call failed."""

    def __init__(self, message: str, *, code: str = "", answer: Mapping[str, Any] | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.answer = dict(answer or {})


class PortalTransient(PortalError):
    """5xx, a timeout, a refused or dropped connection: nothing is known to be stored; retry."""


class PortalRejected(PortalError):
    """error_code -1: the portal judged the request and stored nothing. `errors` name the records
    at fault by their index in `data` (index None: the request as a whole)."""

    def __init__(self, message: str, *, errors: Sequence[Mapping[str, Any]], **kwargs: Any):
        super().__init__(message, **kwargs)
        self.errors = [dict(e) for e in errors]

    def indexes(self) -> set[int]:
        return {e["index"] for e in self.errors if isinstance(e.get("index"), int)}

    def reasons(self) -> dict[int, str]:
        """index → "field: message; …" for each record at fault."""
        out: dict[int, list[str]] = {}
        for e in self.errors:
            if isinstance(e.get("index"), int):
                out.setdefault(e["index"], []).append(
                    f"{e.get('field', '')}: {e.get('message', '')}"
                )
        return {i: "; ".join(parts) for i, parts in out.items()}


class PortalExists(PortalError):
    """error_code 2 on a create: `existing` lists the codes the portal already has."""

    def __init__(self, message: str, *, existing: Sequence[str], **kwargs: Any):
        super().__init__(message, **kwargs)
        self.existing = [str(c) for c in existing]


def _code(answer: Mapping[str, Any]) -> str:
    return str(answer.get("error_code", "")).strip()


class PortalClient:
    """One per process. httpx keeps the connection alive between calls; the session is shared and
    renewed under a lock, so a few threads (reconcile's look-ups) may use one client."""

    def __init__(
        self,
        url: str,
        *,
        username: str,
        password: str,
        dstcode: str,
        madonvi: str,
        timeout: float = 10.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.username = username
        self.password = password
        self.dstcode = dstcode
        self.madonvi = madonvi
        self.http = httpx.Client(
            timeout=httpx.Timeout(timeout),
            limits=httpx.Limits(max_connections=16, max_keepalive_connections=16),
            transport=transport,
        )
        self.session: str | None = None
        self.logins = 0
        self._lock = threading.Lock()

    def close(self) -> None:
        self.http.close()

    def _post(
        self, path: str, body: Mapping[str, Any], headers: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        try:
            response = self.http.post(self.url + path, json=body, headers=headers)
        except httpx.TimeoutException as exc:
            raise PortalTransient(f"portal timeout on {path}: {exc!r}") from exc
        except httpx.TransportError as exc:  # refused, reset, dropped mid-answer
            raise PortalTransient(f"portal unreachable on {path}: {exc!r}") from exc
        if response.status_code >= 500:
            raise PortalTransient(f"portal HTTP {response.status_code} on {path}")
        if response.status_code >= 400:
            raise PortalError(
                f"portal HTTP {response.status_code} on {path}: {response.text[:200]}"
            )
        try:
            answer = response.json()
        except ValueError as exc:  # an HTML error page from a proxy in between
            raise PortalTransient(f"portal answered non-JSON on {path}") from exc
        if not isinstance(answer, dict):
            raise PortalTransient(f"portal answered a non-object on {path}")
        return answer

    def login(self, *, stale: str | None = None) -> str:
        """Log in unless another thread already renewed the session that `stale` was."""
        with self._lock:
            if self.session is not None and self.session != stale:
                return self.session
            answer = self._post(
                "/auth",
                {"username": self.username, "password": self.password},
                headers={"dstcode": self.dstcode},
            )
            if _code(answer) not in OK or not answer.get("session"):
                raise PortalError(
                    f"portal login refused: {answer.get('message', answer)}",
                    code=_code(answer),
                    answer=answer,
                )
            self.session = str(answer["session"])
            self.logins += 1
            return self.session

    def call(self, service: str, **fields: Any) -> dict[str, Any]:
        """One service call; on an expired session, log in again and retry once."""
        session = self.session or self.login()
        answer = self._integration(session, service, fields)
        if _code(answer) == EXPIRED:
            answer = self._integration(self.login(stale=session), service, fields)
        return self._judge(service, answer)

    def _integration(self, session: str, service: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        body = {"session": session, "madonvi": self.madonvi, "service": service, **fields}
        return self._post("/integration", body)

    @staticmethod
    def _judge(service: str, answer: dict[str, Any]) -> dict[str, Any]:
        code = _code(answer)
        message = str(answer.get("message", ""))
        if code in OK:
            return answer
        if code == EXISTS:
            raise PortalExists(
                message or f"{service}: already exists",
                existing=answer.get("existing") or [],
                code=code,
                answer=answer,
            )
        if code == INVALID:
            raise PortalRejected(
                message or f"{service}: rejected",
                errors=answer.get("errors") or [],
                code=code,
                answer=answer,
            )
        if code == EXPIRED:
            raise PortalTransient(f"{service}: session expired again right after login")
        raise PortalError(
            f"{service}: error_code {code!r} {message}".strip(), code=code, answer=answer
        )

    # The services motcua uses.

    def lookup(self, code: str) -> dict[str, Any] | None:
        """TraCuuHoSo: the portal's record of dossier `code`, or None if it has none."""
        answer = self.call("TraCuuHoSo", mahoso=code)
        found = answer.get("result", answer.get("data"))
        if isinstance(found, list):
            found = found[0] if found else None
        return found if isinstance(found, dict) and found else None

    def sync_dossiers(self, records: Sequence[Mapping[str, Any]], *, updating: bool) -> dict:
        """DongBoHoSoMC: create (or update) dossiers."""
        return self.call(
            "DongBoHoSoMC", isUpdating="True" if updating else "False", data=list(records)
        )

    def push_steps(self, steps: Sequence[Mapping[str, Any]]) -> dict:
        """CapNhatTienDoHoSoMC: append processing steps (the portal drops ones it has)."""
        return self.call("CapNhatTienDoHoSoMC", data=list(steps))

    def fetch_inbound(self, limit: int) -> list[dict[str, Any]]:
        """LayHoSoMoi: dossiers filed on the national portal and not yet acknowledged."""
        data = self.call("LayHoSoMoi", limit=limit).get("data") or []
        return [r for r in data if isinstance(r, dict)]

    def ack_inbound(self, codes: Sequence[str]) -> dict:
        """XacNhanHoSoMoi: these were taken in; the portal stops offering them."""
        return self.call("XacNhanHoSoMoi", mahoso=list(codes))


_clients: dict[tuple[Any, ...], PortalClient] = {}
_clients_lock = threading.Lock()


def portal_configured() -> bool:
    return bool(settings.MOTCUA_PORTAL_URL)


def portal_client() -> PortalClient:
    """The process's client for the configured portal (a new one if the settings changed)."""
    key = (
        settings.MOTCUA_PORTAL_URL,
        settings.MOTCUA_PORTAL_USERNAME,
        settings.MOTCUA_PORTAL_PASSWORD,
        settings.MOTCUA_PORTAL_DSTCODE,
        settings.MOTCUA_PORTAL_MADONVI,
        float(settings.MOTCUA_PORTAL_TIMEOUT),
    )
    if not key[0]:
        raise PortalError("MOTCUA_PORTAL_URL is not set: the national portal is not configured")
    with _clients_lock:
        client = _clients.get(key)
        if client is None:
            for old in _clients.values():
                old.close()
            _clients.clear()
            url, username, password, dstcode, madonvi, timeout = key
            client = _clients[key] = PortalClient(
                url,
                username=username,
                password=password,
                dstcode=dstcode,
                madonvi=madonvi,
                timeout=timeout,
            )
        return client


def portal_clients_close() -> None:
    """Close and forget the process's clients (tests; a settings change does it by itself)."""
    with _clients_lock:
        for client in _clients.values():
            client.close()
        _clients.clear()
