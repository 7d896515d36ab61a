"""Spreadsheet rows that hold what people typed: text stays text.

openpyxl stores a string that starts with "=" as a formula, and Excel or LibreOffice would run
`=HYPERLINK("http://…")` typed as an applicant's name when the desk opens its log ("CSV/formula
injection"). It also refuses control characters outright, which would turn an export into a 500.
So every string cell is written as a string (and flagged quote-prefixed, as Excel does for
'=text, so editing the cell keeps it text), minus the characters a workbook cannot hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.worksheet import Worksheet

# What a spreadsheet program reads as the start of a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell_text(value: Any) -> Any:
    """A string without the control characters a workbook cannot store; anything else as is."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def append_text_row(sheet: Worksheet, values: Sequence[Any]) -> None:
    """`sheet.append(values)`, each string a literal text cell, never a formula."""
    sheet.append([cell_text(v) for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
            if cell.value.startswith(FORMULA_STARTS):
                cell.quotePrefix = True
