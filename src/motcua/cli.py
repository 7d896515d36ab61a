"""The `motcua` command: Django's management commands under one name (`motcua seed` …)."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motcua.settings")
    from django.core.management import execute_from_command_line

    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["portal-sim"]:  # Django command names cannot hold "-"
        args = ["portal_sim", *args[1:]]
    execute_from_command_line(["motcua", *args])


if __name__ == "__main__":
    main()
