from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def own_media(settings: Any, tmp_path: Any) -> None:
    # Uploads and their deletion happen in a folder of the test's own.
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.MOTCUA_RETENTION_YEARS = {"component": 5, "supplement": 5, "result": 0}
