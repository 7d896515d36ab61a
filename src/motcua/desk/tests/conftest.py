from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(settings: Any, tmp_path: Any) -> None:
    # Uploaded files go to a throw-away folder, never into the project's var/.
    settings.MEDIA_ROOT = str(tmp_path / "media")
