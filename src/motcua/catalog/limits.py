"""What motcua can store of a catalogue file's texts. Pure.

The national catalogue is outside input: a name longer than its column would fail in PostgreSQL
(a step's name is copied into every event at that step), and a control character has no place in
a procedure's text and cannot be written to a workbook. Problems are named by their path in the
file, as the parser names its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

# C0 control characters and DEL, except tab and line breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Keys whose text motcua keeps in a column of bounded length: the longest it takes.
MAX_LENGTHS = {
    "TENTTHC": 1000,  # catalog.ProcedureVersion.name
    "MALINHVUC": 50,  # catalog.Field.code
    "TENLINHVUC": 300,  # catalog.Field.name
    "TENBUOC": 300,  # dossiers.Event.step_name
}


def _texts(value: Any, path: str) -> Iterator[tuple[str, str, str]]:
    """(path, key, text) for every string in a loaded LayThuTuc structure."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                yield f"{path}.{key}", key, item
            else:
                yield from _texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")


def storage_problems(procedures: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """(path, message) for each text motcua would not store as it stands."""
    problems = []
    for index, procedure in enumerate(procedures):
        for path, key, text in _texts(procedure, f"[{index}]"):
            found = _CONTROL.search(text)
            if found:
                code = f"U+{ord(found.group()):04X}"
                problems.append((path, f"{key} chứa ký tự điều khiển {code}: hãy bỏ ký tự này"))
            limit = MAX_LENGTHS.get(key)
            if limit is not None and len(text) > limit:
                problems.append((path, f"{key} dài {len(text)} ký tự; tối đa {limit} ký tự"))
    return problems
