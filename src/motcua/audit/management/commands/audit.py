from __future__ import annotations

import re
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from motcua.audit.seal import audit_seal
from motcua.audit.verify import audit_verify
from motcua.errors import DomainError

HEX64 = re.compile(r"[0-9a-f]{64}")


class Command(BaseCommand):
    help = "Nhật ký kiểm toán: kiểm tra chuỗi mã băm (verify), niêm phong các mục mới (seal)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="verb", required=True)
        verify = sub.add_parser(
            "verify", help="walk the chain, recompute every hash; exit 1 at the first fault"
        )
        verify.add_argument(
            "--expect-head",
            default="",
            metavar="HASH",
            help="a head hash recorded earlier (e.g. in the monthly report): must be in the chain",
        )
        sub.add_parser("seal", help="chain the entries not sealed yet (the worker does it too)")

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["verb"] == "seal":
            try:
                sealed = audit_seal()
            except DomainError as error:
                raise CommandError(error.message) from None
            self.stdout.write(f"Đã niêm phong {sealed} mục.")
            return
        self._verify(opts["expect_head"].strip().lower())

    def _verify(self, expect_head: str) -> None:
        if expect_head and not HEX64.fullmatch(expect_head):
            raise CommandError("--expect-head phải là mã băm SHA-256: 64 chữ số hex.")
        started = time.monotonic()
        verdict = audit_verify(expect_head=expect_head)
        seconds = time.monotonic() - started
        if verdict.stale_unsealed:
            self.stderr.write(
                f"Cảnh báo: {verdict.stale_unsealed} mục chưa được niêm phong sau hơn một phút "
                "(worker có đang chạy không?). Niêm phong: motcua audit seal"
            )
        if verdict.fault is not None:
            self.stdout.write(f"Đã kiểm tra {verdict.entries} mục trước lỗi đầu tiên.")
            raise CommandError(f"Nhật ký kiểm toán KHÔNG toàn vẹn: {verdict.fault.message}")
        self.stdout.write(f"Nhật ký kiểm toán toàn vẹn: {verdict.entries} mục ({seconds:.1f} s).")
        self.stdout.write(f"Đầu chuỗi: mục số {verdict.head_seq}, mã băm {verdict.head_hash}")
        if verdict.anchor_seq is not None:
            self.stdout.write(f"Mã băm đã neo khớp mục số {verdict.anchor_seq}.")
