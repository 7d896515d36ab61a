"""Several workers run the daily retention at once (real threads and connections): each expired
document is purged once, each file deleted once, each expired applicant blanked once."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from motcua.audit.models import AuditEntry
from motcua.dossiers.models import Document, Dossier
from motcua.dossiers.tests.test_concurrency import in_threads
from motcua.privacy import retention
from motcua.privacy.retention import retention_apply
from motcua.privacy.tests.helpers import returned, vn, withdrawn
from motcua.testing.cast import build_cast

pytestmark = pytest.mark.django_db(transaction=True)


def test_workers_running_retention_together_do_it_once(monkeypatch):
    cast = build_cast()
    old = vn(timezone.localdate().year - 7, 3, 6)
    for day in range(4):
        returned(cast, at=old + dt.timedelta(days=day))
        withdrawn(cast, at=old + dt.timedelta(days=day, hours=2))
    expired = list(Document.objects.exclude(kind="result"))
    files = [d.file for d in expired]
    monkeypatch.setattr(retention, "BATCH", 3)  # many small batches, so the workers interleave

    outcomes = in_threads(4, lambda _: retention_apply())

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert sum(o.purged for o in outcomes) == len(expired) == 12
    assert sum(o.files_deleted for o in outcomes) == 12
    assert sum(o.anonymised for o in outcomes) == 4
    assert not any(f.storage.exists(f.name) for f in files)
    assert Dossier.objects.filter(anonymised_at__isnull=False).count() == 4
    assert AuditEntry.objects.filter(detail__action="anonymise").count() == 4
