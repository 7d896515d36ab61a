from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache

from motcua.clock.services import forget_calendar


@pytest.fixture(autouse=True)
def fresh_caches(settings: Any, tmp_path: Any) -> Any:
    # The home page facts and the factor throttle live in the cache; uploads in MEDIA_ROOT.
    settings.MEDIA_ROOT = str(tmp_path / "media")
    cache.clear()
    forget_calendar()
    yield
    cache.clear()
