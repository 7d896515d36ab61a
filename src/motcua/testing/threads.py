"""Run the same work in several threads at once, as several officers or processes would."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from django.db import connection


def in_threads(count: int, work: Callable[[int], Any], *, timeout: float = 120) -> list[Any]:
    """`work(i)` in `count` threads released together; each result, or the exception raised
    (the outcome is what a test inspects). Each thread closes its own database connection."""
    results: list[Any] = [None] * count
    barrier = threading.Barrier(count)

    def run(i: int) -> None:
        try:
            barrier.wait()
            results[i] = work(i)
        except Exception as exc:
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    return results
