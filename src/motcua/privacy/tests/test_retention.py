"""Retention: `motcua retention apply` deletes exactly the files past their period (after the
commit, and not while a reuse still points at them), keeps the rows, then blanks the applicant."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from motcua.dossiers.models import Document, Dossier
from motcua.dossiers.selectors import reusable_documents
from motcua.dossiers.services import dossier_act
from motcua.privacy.retention import ANONYMOUS, retention_apply
from motcua.privacy.tests.helpers import (
    returned,
    reuse_component,
    stored,
    submitted,
    vn,
    withdrawn,
)
from motcua.sync import worker

TODAY = timezone.localdate()
OLD = vn(TODAY.year - 7, 3, 6)  # ended about seven years ago: past the 5 years of components
RECENT = vn(TODAY.year - 1, 3, 6)


def monday(instant: dt.datetime) -> dt.datetime:
    return instant + dt.timedelta(days=-instant.weekday() % 7)


@pytest.fixture
def stories(cast):
    old = returned(cast, at=monday(OLD))  # a component, a supplement, a result
    old_withdrawn = withdrawn(cast, at=monday(OLD) + dt.timedelta(days=1))  # a component only
    recent = returned(cast, at=monday(RECENT))
    live = submitted(cast, at=timezone.now() - dt.timedelta(hours=1))
    old_component = old.documents.get(kind="component")
    reused = reuse_component(cast, into=live, source=old_component)
    return {
        "old": old,
        "old_withdrawn": old_withdrawn,
        "recent": recent,
        "live": live,
        "reused": reused,
    }


def documents_of(dossier: Dossier) -> dict[str, Document]:
    return {d.kind: d for d in dossier.documents.filter(reused_from__isnull=True)}


def retention(*args: str) -> str:
    out = io.StringIO()
    call_command("retention", "apply", *args, stdout=out)
    return out.getvalue()


def test_a_dry_run_lists_and_changes_nothing(cast, stories):
    old, old_withdrawn = documents_of(stories["old"]), documents_of(stories["old_withdrawn"])
    files_before = {d.pk: d.file.name for d in Document.objects.all()}
    printed = retention("--dry-run")
    for expired in (old["component"], old["supplement"], old_withdrawn["component"]):
        assert f"tài liệu {expired.pk} " in printed
    assert f"tài liệu {old['result'].pk} " not in printed
    assert f"ẩn danh người nộp: hồ sơ {stories['old_withdrawn'].code}" in printed
    assert stories["old"].code not in printed.split("ẩn danh người nộp")[-1]
    assert "3 tài liệu" in printed and "1 hồ sơ sẽ được ẩn danh" in printed
    assert {d.pk: d.file.name for d in Document.objects.all()} == files_before
    assert not Document.objects.filter(purged_at__isnull=False).exists()
    assert all(stored(d) for d in Document.objects.all())
    assert Dossier.objects.get(pk=stories["old_withdrawn"].pk).applicant_name == "Nguyễn Thị Hoa"


def test_apply_deletes_exactly_the_expired_files(cast, stories, django_capture_on_commit_callbacks):
    old, old_withdrawn = documents_of(stories["old"]), documents_of(stories["old_withdrawn"])
    shared_file = old["component"].file.name
    expired = [old["component"], old["supplement"], old_withdrawn["component"]]
    kept = [d for d in Document.objects.all() if d.pk not in {e.pk for e in expired}]
    with django_capture_on_commit_callbacks(execute=True):
        printed = retention()
    assert "Đã xóa tệp của 3 tài liệu" in printed
    for document in expired:
        before = (document.kind, document.component_code, document.size, document.sha256)
        document.refresh_from_db()
        assert document.purged_at is not None and not document.file.name
        assert (document.kind, document.component_code, document.size, document.sha256) == before
    assert all(stored(d) for d in kept)  # the result, the recent dossier's, the live reuse
    assert stored(stories["reused"]) and stories["reused"].file.name == shared_file
    files = {e.file.name for e in expired}
    assert files == {""}  # the rows no longer name a file
    again = retention()
    assert "Đã xóa tệp của 0 tài liệu" in again and "trên 0 hồ sơ" in again


def test_the_shared_file_goes_when_its_last_document_expires(
    cast, stories, django_capture_on_commit_callbacks
):
    reused = stories["reused"]
    name = reused.file.name
    with django_capture_on_commit_callbacks(execute=True):
        first = retention_apply()
    assert (first.files_deleted, first.files_shared) == (2, 1) and stored(reused)
    live = stories["live"]
    dossier_act(code=live.code, action="withdraw", actor=cast.citizen, note="Không cần nữa")
    later = timezone.now() + dt.timedelta(days=6 * 366)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = retention_apply(now=later)
    reused.refresh_from_db()
    assert reused.purged_at is not None and outcome.files_deleted >= 1
    assert not Document._meta.get_field("file").storage.exists(name)


def test_a_document_inside_its_period_is_kept(cast, stories, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        retention_apply()
    for document in stories["recent"].documents.all():
        assert document.purged_at is None and stored(document)
    result = documents_of(stories["old"])["result"]  # results are kept forever by default
    assert result.purged_at is None and stored(result)


def test_the_applicant_is_blanked_once_every_file_is_gone(
    cast, stories, django_capture_on_commit_callbacks
):
    before = Dossier.objects.get(pk=stories["old_withdrawn"].pk)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = retention_apply()
    assert outcome.anonymised == 1
    after = Dossier.objects.get(pk=before.pk)
    assert after.applicant_name == ANONYMOUS and after.anonymised_at is not None
    assert (
        after.applicant_id_number,
        after.applicant_phone,
        after.applicant_email,
        after.applicant_address,
        after.summary,
        after.owner_id,
    ) == ("", "", "", "", "", None)
    kept = ["status", "channel", "version_id", "competent_agency_id", "received_by_agency_id"]
    kept += ["submitted_at", "ended_at", "due_at", "rating", "digitised", "reused", "fee_total"]
    assert [getattr(after, f) for f in kept] == [getattr(before, f) for f in kept]
    assert after.documents.get().name == "Thành phần hồ sơ"  # an uploaded name may name someone
    assert after.documents.get().uploaded_by_id is None
    old = Dossier.objects.get(pk=stories["old"].pk)  # its result is kept forever: so is its holder
    assert old.applicant_name == "Nguyễn Thị Hoa" and old.anonymised_at is None


def test_a_purged_document_answers_410(cast, client, stories, django_capture_on_commit_callbacks):
    component = documents_of(stories["old_withdrawn"])["component"]
    client.force_login(cast.citizen)
    assert client.get(f"/tai-lieu/{component.pk}").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        retention_apply()
    for user in (cast.desk, cast.admin):
        client.force_login(user)
        response = client.get(f"/tai-lieu/{component.pk}")
        assert response.status_code == 410
        assert "đã được xóa ngày" in response.content.decode()
        assert "hết thời hạn lưu trữ" in response.content.decode()


def test_a_purged_paper_is_no_longer_offered_for_reuse(
    cast, stories, django_capture_on_commit_callbacks
):
    old_component = documents_of(stories["old"])["component"]
    offered = reusable_documents(owner_id=cast.citizen.pk)
    assert old_component.pk in [d.id for d in offered]
    with django_capture_on_commit_callbacks(execute=True):
        retention_apply()
    assert old_component.pk not in [d.id for d in reusable_documents(owner_id=cast.citizen.pk)]


def test_the_worker_applies_retention_daily(cast, stories, django_capture_on_commit_callbacks):
    task = worker.PERIODIC["personal-data-retention"]
    assert task.every_seconds == 24 * 3600
    with django_capture_on_commit_callbacks(execute=True):
        outcome = task.fn()
    assert outcome.purged == 3 and outcome.anonymised == 1
