"""Retention periods per document kind (MOTCUA_RETENTION_YEARS). Pure: imports no Django.

Years are counted from the instant the dossier's processing ended; 0 means kept forever.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

# The document kinds of dossiers.models.DocumentKind (a test keeps the two in step).
KINDS = ("component", "supplement", "result")

# Components and supplements are the applicant's papers, copies whose originals the applicant
# keeps: long enough for complaints, lawsuits and inspections about how the dossier was handled.
# A result is the state's decision (licence, certificate) its holder may need decades later.
# A province sets the values its archive's retention schedule gives (Thông tư 10/2022/TT-BNV).
DEFAULT_YEARS: dict[str, int] = {"component": 5, "supplement": 5, "result": 0}


class RetentionSettingError(ValueError):
    pass


def retention_years(raw: str, defaults: Mapping[str, int] = DEFAULT_YEARS) -> dict[str, int]:
    """The defaults with `raw` ("component=5,result=0") over them; a clear error otherwise."""
    years = dict(defaults)
    for item in (part.strip() for part in raw.split(",")):
        if not item:
            continue
        kind, sep, value = (piece.strip() for piece in item.partition("="))
        if kind not in KINDS or not sep:
            raise RetentionSettingError(
                f"MOTCUA_RETENTION_YEARS: “{item}” is not kind=years; kinds: {', '.join(KINDS)}."
            )
        if not value.isdigit() or int(value) > 200:
            raise RetentionSettingError(
                f"MOTCUA_RETENTION_YEARS: {kind}={value!r} is not a number of years "
                "(0 = keep forever, at most 200)."
            )
        years[kind] = int(value)
    return years


def add_years(instant: dt.datetime, years: int) -> dt.datetime:
    """The same calendar instant `years` later (earlier if negative); 29 February becomes 28."""
    try:
        return instant.replace(year=instant.year + years)
    except ValueError:
        return instant.replace(year=instant.year + years, day=28)


def kept_until(
    ended_at: dt.datetime | None, kind: str, years: Mapping[str, int]
) -> dt.datetime | None:
    """When a document of `kind` of a dossier ended at `ended_at` expires; None: not yet known
    (the dossier is open) or never (kept forever)."""
    period = years.get(kind, 0)
    return None if ended_at is None or period == 0 else add_years(ended_at, period)


def longest_finite(years: Mapping[str, int]) -> int:
    """The longest period that ends (0 when every kind is kept forever)."""
    return max((y for y in years.values() if y > 0), default=0)


def kept_forever(years: Mapping[str, int]) -> list[str]:
    return [kind for kind, y in years.items() if y == 0]


def anonymised_after(
    ended_at: dt.datetime | None, kinds: Iterable[str], years: Mapping[str, int]
) -> dt.datetime | None:
    """When a dossier ended at `ended_at` holding documents of `kinds` may lose the applicant's
    personal fields: once every document is past its period and at least the longest finite
    period has passed; never (None) while it holds a kind kept forever."""
    periods = [years.get(kind, 0) for kind in kinds]
    if ended_at is None or any(p == 0 for p in periods):
        return None
    longest = max([longest_finite(years), *periods])
    if longest == 0:
        return None
    return add_years(ended_at, longest)
