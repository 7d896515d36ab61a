from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from motcua.accounts.models import ApiToken, User


class Command(BaseCommand):
    help = "In một mã truy cập API (bearer token) mới cho người dùng."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--user", required=True)
        parser.add_argument("--name", default="cli")

    def handle(self, *args: Any, **opts: Any) -> None:
        user = User.objects.filter(username=opts["user"]).first()
        if user is None:
            raise CommandError(f"Không có người dùng “{opts['user']}”. Xem danh sách: motcua users")
        _, raw = ApiToken.issue(user, opts["name"])
        self.stdout.write(raw)
