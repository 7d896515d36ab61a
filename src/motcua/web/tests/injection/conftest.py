from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache

from motcua.clock.services import forget_calendar


@pytest.fixture(autouse=True)
def fresh_state(settings: Any, tmp_path: Any) -> Any:
    # Uploads go to a throw-away folder; the home page facts and the tracking throttle live in
    # the cache, the province's calendar in memory.
    settings.MEDIA_ROOT = str(tmp_path / "media")
    cache.clear()
    forget_calendar()
    yield
    cache.clear()
