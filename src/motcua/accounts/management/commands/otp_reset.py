from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from motcua.accounts.models import User
from motcua.accounts.otp import otp_reset


class Command(BaseCommand):
    help = (
        "Xóa thiết bị xác thực hai bước (TOTP) của một người dùng, ví dụ khi mất điện thoại: "
        "lần đăng nhập sau người đó thiết lập lại bằng mã QR."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    def handle(self, *args: Any, **opts: Any) -> None:
        user = User.objects.filter(username=opts["username"]).first()
        if user is None:
            raise CommandError(
                f"Không có người dùng “{opts['username']}”. Xem danh sách: motcua users"
            )
        deleted = otp_reset(user=user)
        self.stdout.write(
            f"Đã xóa {deleted} thiết bị xác thực của {user.username}; "
            "lần đăng nhập sau sẽ thiết lập lại."
        )
