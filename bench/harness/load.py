"""The load generator: closed-loop async HTTP clients with keep-alive, one process, no Django.

    python bench/harness/load.py SPEC.json RESULT.json

SPEC names the scenario, the base URL, the number of clients, the warm-up and measured seconds
and the scenario's data (tokens, codes, queries). Each client sends its next request when the
last one is answered. Only answers that arrive inside the measured window are counted. It prints
`MEASURE START` and `MEASURE END` on stdout so that the caller samples the same window.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

from motcua.testing.files import PDF  # a real PDF: uploads are parsed, not only sniffed


class Run:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.base = spec["base"].rstrip("/")
        self.rng = random.Random(spec.get("seed", 1))
        self.start = 0.0
        self.end = 0.0
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.error_samples: list[str] = []
        self.completed = 0  # whole units of work (a lifecycle) answered inside the window
        self.session: aiohttp.ClientSession

    def stopping(self) -> bool:
        return time.perf_counter() >= self.end

    def inside(self, t: float) -> bool:
        return self.start <= t <= self.end

    async def call(
        self,
        op: str,
        method: str,
        path: str,
        *,
        token: str | None = None,
        json_body: Any = None,
        data: Any = None,
        ok: tuple[int, ...] = (200, 201),
        want_json: bool = False,
        expect: bytes = b"",
    ) -> Any:
        """One request; its latency is counted if it is answered inside the window. Returns the
        decoded JSON (want_json), True, or None on an error."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        began = time.perf_counter()
        try:
            async with self.session.request(
                method, self.base + path, json=json_body, data=data, headers=headers
            ) as answer:
                body = await answer.read()
                status = answer.status
        except (TimeoutError, aiohttp.ClientError) as exc:
            status, body = 0, repr(exc).encode()
        done = time.perf_counter()
        if status in ok and expect not in body:
            status = -status  # answered, but not with what was asked for
        if status not in ok:
            if self.inside(done):
                self.errors[op] += 1
                if len(self.error_samples) < 10:
                    self.error_samples.append(f"{op} {path} → {status}: {body[:300]!r}")
            return None
        if self.inside(done):
            self.latencies[op].append((done - began) * 1000)
        return json.loads(body) if want_json else True


# --- the scenarios: one client's loop each ----------------------------------------------------


def submit_body(lane: dict[str, Any], n: int) -> dict[str, Any]:
    return {
        "procedure": lane["procedure"],
        "channel": 2,
        "competent_agency": lane["competent"],
        "applicant": {"name": f"Nguyễn Thị Bền {n}", "phone": "0912345678"},
    }


async def _submit(run: Run, lane: dict[str, Any], n: int) -> str | None:
    """The citizen's online submit; the new dossier's code, or None if it failed."""
    facts = await run.call(
        "submit",
        "POST",
        "/api/v1/dossiers",
        token=lane["citizen"],
        json_body=submit_body(lane, n),
        want_json=True,
    )
    return facts["code"] if facts else None


async def intake(run: Run, client: int) -> None:
    """Online submit (citizen) then desk receive: two actions."""
    lanes = run.spec["lanes"]
    lane = lanes[client % len(lanes)]
    n = 0
    while not run.stopping():
        n += 1
        code = await _submit(run, lane, n)
        if code is not None:
            await _actions(run, code, [("receive", "receive", lane["desk"])])


async def lifecycle(run: Run, client: int) -> None:
    """submit → receive → forward (desk) → forward (officer) → approve → result document →
    finish → return: one dossier from the citizen to the result."""
    lanes = run.spec["lanes"]
    lane = lanes[client % len(lanes)]
    n = 0
    while not run.stopping():
        n += 1
        code = await _submit(run, lane, n)
        if code is None:
            continue
        steps = [
            ("receive", "receive", lane["desk"]),
            ("forward (desk)", "forward", lane["desk"]),
            ("forward (officer)", "forward", lane["officer"]),
            ("approve", "approve", lane["leader"]),
        ]
        if not await _actions(run, code, steps):
            continue
        form = aiohttp.FormData()
        form.add_field("kind", "result")
        form.add_field("name", "Kết quả giải quyết")
        form.add_field("file", PDF, filename="ket-qua.pdf", content_type="application/pdf")
        if not await run.call(
            "upload result",
            "POST",
            f"/api/v1/dossiers/{code}/documents",
            token=lane["leader"],
            data=form,
        ):
            continue
        if await _actions(
            run, code, [("finish", "finish", lane["leader"]), ("return", "return", lane["desk"])]
        ) and run.inside(time.perf_counter()):
            run.completed += 1


async def _actions(run: Run, code: str, steps: list[tuple[str, str, str]]) -> bool:
    for op, action, token in steps:
        done = await run.call(
            op, "POST", f"/api/v1/dossiers/{code}/actions/{action}", token=token, json_body={}
        )
        if not done:
            return False
    return True


async def tracking(run: Run, client: int) -> None:
    """The public tracking page (/tra-cuu?ma=…), anonymous, a random existing code each time."""
    codes = run.spec["codes"]
    rng = random.Random(client)
    while not run.stopping():
        await run.call(
            "track (page)", "GET", f"/tra-cuu?ma={rng.choice(codes)}", expect=b'id="h-dossier"'
        )


async def tracking_api(run: Run, client: int) -> None:
    """GET /api/v1/dossiers/{code} with a token that may see every dossier."""
    codes, token = run.spec["codes"], run.spec["token"]
    rng = random.Random(client)
    while not run.stopping():
        await run.call("track (API)", "GET", f"/api/v1/dossiers/{rng.choice(codes)}", token=token)


async def search(run: Run, client: int) -> None:
    """GET /api/v1/procedures?q=… with accent-free words of procedure names."""
    queries = run.spec["queries"]
    rng = random.Random(client)
    while not run.stopping():
        q = rng.choice(queries)
        await run.call("search (API)", "GET", "/api/v1/procedures?" + _query({"q": q}))


def _query(params: dict[str, str]) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


SCENARIOS: dict[str, Callable[[Run, int], Awaitable[None]]] = {
    "intake": intake,
    "lifecycle": lifecycle,
    "tracking": tracking,
    "tracking_api": tracking_api,
    "search": search,
}


def say(line: str) -> None:
    print(line, flush=True)


async def main(spec: dict[str, Any]) -> dict[str, Any]:
    run = Run(spec)
    clients = int(spec["clients"])
    connector = aiohttp.TCPConnector(limit=clients, keepalive_timeout=60)
    timeout = aiohttp.ClientTimeout(total=30)
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        run.session = session
        now = time.perf_counter()
        run.start = now + float(spec.get("warmup", 2))
        run.end = run.start + float(spec["duration"])
        loop.call_later(run.start - now, say, "MEASURE START")
        loop.call_later(run.end - now, say, "MEASURE END")
        scenario = SCENARIOS[spec["scenario"]]
        await asyncio.gather(*(scenario(run, n) for n in range(clients)))
    return {
        "scenario": spec["scenario"],
        "clients": clients,
        "seconds": float(spec["duration"]),
        "latencies_ms": run.latencies,
        "errors": run.errors,
        "error_samples": run.error_samples,
        "completed": run.completed,
    }


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as spec_file:
        spec = json.load(spec_file)
    result = asyncio.run(main(spec))
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(result, out)
