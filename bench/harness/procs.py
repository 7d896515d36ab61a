"""Real processes on loopback, and what they cost: CPU seconds and peak RSS, read with psutil."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psutil


@dataclass
class Service:
    name: str
    proc: subprocess.Popen
    log: Path


def start(name: str, argv: list[str], env: dict[str, str], logs: Path) -> Service:
    log = logs / f"{name}.log"
    proc = subprocess.Popen(
        argv,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopped with its children
    )
    return Service(name, proc, log)


def wait_http(service: Service, url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if service.proc.poll() is not None:
            raise RuntimeError(f"{service.name} exited; see {service.log}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                answer.read()
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{service.name} did not answer {url} in {timeout:.0f} s; see {service.log}")


def stop(services: list[Service]) -> None:
    for service in services:
        if service.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(service.proc.pid, signal.SIGTERM)
    for service in services:
        try:
            service.proc.wait(20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(service.proc.pid, signal.SIGKILL)
            service.proc.wait(5)


def tree(pid: int) -> list[int]:
    """`pid` and its descendants (a web server's master and its workers), without the helpers
    a library runs for a moment (ctypes looking for a shared library runs ldconfig and gcc)."""
    try:
        root = psutil.Process(pid)
        children = root.children(recursive=True)
    except psutil.NoSuchProcess:
        return []
    pids = [root.pid]
    for child in children:
        try:
            if child.name() not in _HELPERS:
                pids.append(child.pid)
        except psutil.Error:
            continue
    return pids


_HELPERS = frozenset({"sh", "ldconfig", "ldconfig.real", "gcc", "cc", "collect2", "ld", "objdump"})


def postmaster() -> psutil.Process | None:
    for proc in psutil.process_iter(["name", "ppid"]):
        try:
            if proc.info["name"] in ("postgres", "postmaster") and (
                psutil.Process(proc.info["ppid"]).name() not in ("postgres", "postmaster")
            ):
                return proc
        except psutil.Error:
            continue
    return None


def backends(database: str, url: str, application: str | None = None) -> Callable[[], list[int]]:
    """The PostgreSQL server processes serving `database` (their title names it), and of those
    only the ones whose client set `application_name` (PGAPPNAME) to `application`, if given."""
    master = postmaster()
    names: dict[int, str] = {}

    def application_of(pids: list[int]) -> None:
        import psycopg

        with psycopg.connect(url, autocommit=True, application_name="bench-sampler") as conn:
            rows = conn.execute(
                "SELECT pid, application_name FROM pg_stat_activity WHERE pid = ANY(%s)", [pids]
            ).fetchall()
        names.update({pid: name for pid, name in rows})
        names.update({pid: "" for pid in pids if pid not in names})

    def pids() -> list[int]:
        if master is None:
            return []
        found = []
        for child in master.children():
            try:
                if f" {database} " in " ".join(child.cmdline()):
                    found.append(child.pid)
            except psutil.Error:
                continue
        if application is None:
            return found
        unknown = [pid for pid in found if pid not in names]
        if unknown:
            application_of(unknown)
        return [pid for pid in found if names.get(pid) == application]

    return pids


def postgres_shared() -> Callable[[], list[int]]:
    """The server's own processes (WAL writer, checkpointer, autovacuum …), shared by all
    databases of the cluster."""
    master = postmaster()

    def pids() -> list[int]:
        if master is None:
            return []
        found = [master.pid]
        for child in master.children():
            try:
                title = " ".join(child.cmdline())
            except psutil.Error:
                continue
            if "127.0.0.1(" not in title and "[local]" not in title:
                found.append(child.pid)
        return found

    return pids


@dataclass
class Usage:
    """One group of processes over one window."""

    name: str
    cpu: float = 0.0
    peak_rss: int = 0  # the largest of its processes
    processes: int = 0
    per_process: list[tuple[int, float, int]] = field(default_factory=list)  # pid, cpu, rss


@dataclass
class _Seen:
    base: float
    last: float
    rss: int


class Sampler:
    """Samples groups of processes every `interval` seconds between start() and stop().

    A process already running at start() counts from its CPU time then; one born later counts
    from zero; one that ends meanwhile keeps what was last seen of it."""

    def __init__(self, groups: dict[str, Callable[[], list[int]]], interval: float = 0.25):
        self.groups = groups
        self.interval = interval
        self._seen: dict[str, dict[int, _Seen]] = {}
        self._cache: dict[int, psutil.Process] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._system0: psutil._common.scputimes | None = None
        self._system1: psutil._common.scputimes | None = None
        self.seconds = 0.0
        self.last: dict[str, Usage] = {}

    def _process(self, pid: int) -> psutil.Process:
        proc = self._cache.get(pid)
        if proc is None:
            proc = self._cache[pid] = psutil.Process(pid)
        return proc

    def _sample(self, first: bool = False) -> None:
        for name, pids in self.groups.items():
            seen = self._seen.setdefault(name, {})
            for pid in pids():
                try:
                    proc = self._process(pid)
                    with proc.oneshot():
                        times = proc.cpu_times()
                        rss = proc.memory_info().rss
                except psutil.Error:
                    continue
                cpu = times.user + times.system
                if pid not in seen:
                    seen[pid] = _Seen(base=cpu if first else 0.0, last=cpu, rss=rss)
                else:
                    seen[pid].last = cpu
                    seen[pid].rss = max(seen[pid].rss, rss)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def start(self) -> None:
        self._seen = {}
        self._stop.clear()
        self._system0 = psutil.cpu_times()
        self._began = time.monotonic()
        self._sample(first=True)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> dict[str, Usage]:
        self._stop.set()
        if self._thread:
            self._thread.join()
        self._sample()
        self.seconds = time.monotonic() - self._began
        self._system1 = psutil.cpu_times()
        out = {}
        for name in self.groups:
            seen = self._seen.get(name, {})
            per = [(pid, s.last - s.base, s.rss) for pid, s in seen.items()]
            out[name] = Usage(
                name=name,
                cpu=sum(cpu for _, cpu, _ in per),
                peak_rss=max((rss for _, _, rss in per), default=0),
                processes=len(per),
                per_process=per,
            )
        self.last = out
        return out

    def machine_busy(self) -> float:
        """CPU seconds the whole machine spent busy over the window (every core)."""
        if self._system0 is None or self._system1 is None:
            return 0.0

        def busy(t: psutil._common.scputimes) -> float:
            return sum(t) - t.idle - getattr(t, "iowait", 0.0)

        return busy(self._system1) - busy(self._system0)
