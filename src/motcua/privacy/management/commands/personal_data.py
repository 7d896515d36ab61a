from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from motcua.accounts.models import User
from motcua.backup.report import refusals, size
from motcua.privacy.export import personal_data_export
from motcua.privacy.selectors import DataSubject


class Command(BaseCommand):
    help = (
        "Dữ liệu cá nhân. export: xuất mọi dữ liệu về một người (hồ sơ đứng tên số giấy tờ, "
        "tài khoản) vào một tệp ZIP, để trả lời yêu cầu bằng văn bản sau khi đã kiểm tra giấy "
        "tờ tùy thân của người yêu cầu."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="verb", required=True)
        export = sub.add_parser("export", help="xuất dữ liệu của một người vào tệp ZIP")
        export.add_argument(
            "--id-number", default="", help="số giấy tờ tùy thân ghi trên hồ sơ (CCCD, hộ chiếu)"
        )
        export.add_argument("--user", default="", help="tên đăng nhập của tài khoản công dân")
        export.add_argument("--out", required=True, type=Path, help="tệp ZIP sẽ tạo (chưa có)")

    def handle(self, *args: Any, **opts: Any) -> None:
        subject = self._subject(opts["id_number"].strip(), opts["user"].strip())
        target: Path = opts["out"]
        if target.exists():
            raise CommandError(f"Tệp {target} đã có: chọn tên khác (không ghi đè).")
        with refusals():
            # Created readable by the owner only: it holds a person's data.
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                with os.fdopen(fd, "wb") as out:
                    summary = personal_data_export(subject=subject, out=out, actor=None)
            except BaseException:
                target.unlink(missing_ok=True)
                raise
        self.stdout.write(
            f"Đã xuất {len(summary.dossiers)} hồ sơ, {summary.documents} tài liệu "
            f"({summary.files} tệp, {size(summary.file_bytes)}) vào {target}."
        )
        self._hint(subject)

    def _subject(self, id_number: str, username: str) -> DataSubject:
        if not id_number and not username:
            raise CommandError("Cần --id-number SỐ hoặc --user TÊN (hoặc cả hai).")
        if id_number and (len(id_number) > 20 or not id_number.isalnum()):
            raise CommandError(f"Số giấy tờ “{id_number}” không hợp lệ (chữ và số, tối đa 20).")
        account = None
        if username:
            account = User.objects.filter(username=username).first()
            if account is None:
                raise CommandError(f"Không có tài khoản “{username}”.")
        return DataSubject(account=account, id_number=id_number)

    def _hint(self, subject: DataSubject) -> None:
        """Accounts that claim the same identity number are not exported by the number alone
        (anyone can type a number when registering): name them, to add with --user once
        checked."""
        if not subject.id_number:
            return
        others = User.objects.filter(id_number=subject.id_number)
        if subject.account is not None:
            others = others.exclude(pk=subject.account.pk)
        usernames = others.values_list("username", flat=True)
        if usernames:
            self.stdout.write(
                "Các tài khoản khai cùng số giấy tờ (chưa xuất; kiểm tra rồi thêm --user): "
                + ", ".join(sorted(usernames))
            )
