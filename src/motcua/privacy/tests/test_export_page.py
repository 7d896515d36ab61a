"""A signed-in citizen downloads everything held about them as one ZIP from their page."""

from __future__ import annotations

import pytest

from motcua.audit.models import AuditEntry
from motcua.dossiers.models import Document
from motcua.privacy.tests.helpers import read_zip, returned, sha256, streamed, vn, withdrawn
from motcua.testing.files import PDF, PNG

URL = "/ca-nhan/du-lieu"


@pytest.fixture
def stories(cast):
    mine = returned(cast, at=vn(2026, 3, 2))
    also_mine = withdrawn(cast, at=vn(2026, 3, 3))
    theirs = returned(cast, at=vn(2026, 3, 4), owner=cast.other_citizen)
    return mine, also_mine, theirs


def test_the_zip_holds_the_data_and_the_files_with_their_sha256(cast, client, stories):
    mine, also_mine, _ = stories
    client.force_login(cast.citizen)
    page = client.get(URL)
    assert page.status_code == 200
    html = page.content.decode()
    assert "2 hồ sơ" in html and "4 giấy tờ" in html and "5 năm" in html
    assert "lưu vĩnh viễn" in html and 'method="post"' in html
    assert URL in client.get("/ca-nhan/ho-so").content.decode()  # linked from "my dossiers"

    response = client.post(URL)
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    data, members = read_zip(streamed(response))
    assert "Nghị định 13/2023/NĐ-CP" in members["DOC-TOI.txt"].decode()
    assert data["account"]["username"] == "citizen"
    assert [d["code"] for d in data["dossiers"]] == [mine.code, also_mine.code]

    files = {}
    for dossier in data["dossiers"]:
        for document in dossier["documents"]:
            path = document["file"]
            assert path.startswith(f"tai-lieu/{dossier['code']}/")
            assert sha256(members[path]) == document["sha256"]
            files[path] = members[path]
    assert sorted(files.values()) == sorted([PDF, PNG, PDF, PDF])  # component, supplement, result
    assert set(members) == {"DOC-TOI.txt", "du-lieu-ca-nhan.json", *files}
    stored = Document.objects.filter(dossier__owner=cast.citizen).values_list("sha256", flat=True)
    assert sorted(sha256(c) for c in files.values()) == sorted(stored)


def test_the_story_names_agencies_and_roles_not_officers(cast, client, stories):
    client.force_login(cast.citizen)
    data, members = read_zip(streamed(client.post(URL)))
    story = data["dossiers"][0]
    assert story["applicant"]["id_number"] == "001090004321"
    assert story["rating"]["value"] == 3 and story["rating"]["label"] == "Rất hài lòng"
    payments = story["payments"]
    assert payments["paid_online"] and payments["fee_total"] == 75000
    assert [p["action"] for p in payments["events"]] == ["request_payment", "pay"]
    events = story["events"]
    assert [e["action"] for e in events][:3] == ["submit", "receive", "forward"]
    receive = events[1]
    assert receive["agency"] == {"code": cast.centre.code, "name": "Trung tâm PVHCC tỉnh"}
    assert receive["by_role"] == "Cán bộ một cửa"
    text = members["du-lieu-ca-nhan.json"].decode()
    for officer in (cast.desk, cast.officer, cast.leader):
        assert officer.full_name not in text and officer.username not in text
    assert story["documents"][0]["kept_until"].startswith("2031-03-02")  # 5 years after the end
    assert story["documents"][-1]["kept_until"] is None  # the result: kept forever


def test_another_citizens_dossiers_are_not_in_it(cast, client, stories):
    theirs = stories[2]
    client.force_login(cast.citizen)
    content = streamed(client.post(URL))
    data, members = read_zip(content)
    assert theirs.code not in members["du-lieu-ca-nhan.json"].decode()
    assert not [name for name in members if theirs.code in name]
    client.force_login(cast.other_citizen)
    data, _ = read_zip(streamed(client.post(URL)))
    assert [d["code"] for d in data["dossiers"]] == [theirs.code]


def test_the_export_is_recorded_in_the_audit_log(cast, client, stories):
    client.force_login(cast.citizen)
    client.post(URL)
    entries = AuditEntry.objects.filter(kind="export", actor_id=cast.citizen.pk)
    assert sorted(entries.values_list("subject", flat=True)) == sorted(
        [stories[0].code, stories[1].code]
    )


def test_anonymous_users_log_in_first(client):
    for response in (client.get(URL), client.post(URL)):
        assert response.status_code == 302 and response["Location"].startswith("/dang-nhap")


def test_officers_are_told_the_page_is_for_applicants(cast, client):
    client.force_login(cast.desk)
    assert client.get(URL).status_code == 403
    assert client.post(URL).status_code == 403


def test_an_export_over_the_limit_is_refused_with_a_way_forward(cast, client, settings, stories):
    settings.MOTCUA_PERSONAL_DATA_MAX_MB = 0
    client.force_login(cast.citizen)
    response = client.post(URL)
    assert response.status_code == 413
    assert "yêu cầu cung cấp dữ liệu cá nhân bằng văn bản" in response.content.decode()


def test_the_page_reads_in_english_too(cast, client, stories):
    client.force_login(cast.citizen)
    html = client.get(URL + "?lang=en").content.decode()
    assert "My personal data" in html and "Download my data (ZIP)" in html
    assert "5 years" in html and "kept permanently" in html and "Hệ thống" not in html
