from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from motcua.accounts.models import ApiToken, User
from motcua.accounts.scopes import clean_scope_actions
from motcua.errors import DomainError
from motcua.units.models import Agency


class Command(BaseCommand):
    help = (
        "In một mã truy cập API (bearer token) mới cho người dùng; --agency và --action giới hạn "
        "mã trong một số cơ quan, thao tác (không bao giờ rộng hơn quyền của người dùng)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--user", required=True)
        parser.add_argument("--name", default="cli")
        parser.add_argument(
            "--agency", action="append", default=[], help="mã cơ quan (lặp lại được)"
        )
        parser.add_argument(
            "--action",
            action="append",
            default=None,
            help="thao tác được phép, ví dụ receive, upload (lặp lại được); --action read: chỉ đọc",
        )

    def handle(self, *args: Any, **opts: Any) -> None:
        user = User.objects.filter(username=opts["user"]).first()
        if user is None:
            raise CommandError(f"Không có người dùng “{opts['user']}”. Xem danh sách: motcua users")
        agencies = sorted(set(opts["agency"]))
        known = set(Agency.objects.filter(code__in=agencies).values_list("code", flat=True))
        if missing := [a for a in agencies if a not in known]:
            raise CommandError(f"Không có cơ quan mã: {', '.join(missing)}")
        actions = None
        if opts["action"] is not None:
            try:
                actions = clean_scope_actions(a for a in opts["action"] if a != "read")
            except DomainError as error:
                raise CommandError(error.message) from None
        _, raw = ApiToken.issue(user, opts["name"], agencies=agencies, actions=actions)
        self.stdout.write(raw)
