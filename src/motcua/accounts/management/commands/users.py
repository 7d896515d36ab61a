from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from motcua.accounts.models import User


class Command(BaseCommand):
    help = "Liệt kê người dùng với vai trò và cơ quan."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--role", default="")
        parser.add_argument("--limit", type=int, default=0, help="0 = all")

    def handle(self, *args: Any, **opts: Any) -> None:
        query = User.objects.select_related("agency").order_by("role", "username")
        if opts["role"]:
            query = query.filter(role=opts["role"])
        if opts["limit"] > 0:
            query = query[: opts["limit"]]
        self.stdout.write(f"{'username':32} {'role':8} {'agency':14} name")
        for user in query:
            agency = user.agency.code if user.agency else "-"
            self.stdout.write(
                f"{user.username:32} {user.role:8} {agency:14} {user.display_name()}"
                + (f" ({user.agency.name})" if user.agency else "")
            )
