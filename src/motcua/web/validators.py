"""Checks on what people type into the pages' forms."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# C0 control characters and DEL, except tab and line breaks: never meant in a name, an address or
# a note, unprintable on the forms, and refused by PostgreSQL (NUL) and by Excel workbooks.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def no_control_characters(value: str) -> None:
    if CONTROL_CHARACTERS.search(value or ""):
        raise ValidationError(
            _("Có ký tự điều khiển không in được; hãy nhập lại nội dung này."),
            code="control_character",
        )
