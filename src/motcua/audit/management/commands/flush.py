"""Django's `flush`, which empties every table, also the append-only audit log: its triggers
are lifted for that one transaction only (the test runner flushes between transactional tests).
"""

from __future__ import annotations

from typing import Any

from django.core.management.commands import flush
from django.db import connections, transaction

from motcua.audit import guards


class Command(flush.Command):
    def handle(self, **options: Any) -> None:
        connection = connections[options["database"]]
        with transaction.atomic(using=connection.alias):
            guards.run(connection, install=False)
            super().handle(**options)
            guards.run(connection, install=True)
