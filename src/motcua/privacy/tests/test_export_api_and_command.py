"""The same ZIP from the API with a citizen's token, and from the command for a written request."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from motcua.audit.models import AuditEntry
from motcua.privacy.tests.helpers import (
    ID_NUMBER,
    read_zip,
    returned,
    sha256,
    streamed,
    vn,
    walk_in,
    withdrawn,
)


def test_a_citizen_token_downloads_the_zip(cast, api_as):
    mine = returned(cast, at=vn(2026, 3, 2))
    theirs = withdrawn(cast, at=vn(2026, 3, 3), owner=cast.other_citizen)
    response = api_as(cast.citizen).get("/me/data")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    data, members = read_zip(streamed(response))
    assert [d["code"] for d in data["dossiers"]] == [mine.code]
    assert theirs.code not in members["du-lieu-ca-nhan.json"].decode()
    for document in data["dossiers"][0]["documents"]:
        assert sha256(members[document["file"]]) == document["sha256"]


@pytest.mark.parametrize("role", ["desk", "officer", "admin", "auditor"])
def test_other_tokens_are_refused(cast, api_as, role):
    response = api_as(getattr(cast, role)).get("/me/data")
    assert response.status_code == 403
    assert response.json()["code"] == "personal_data_citizens_only"


def test_without_a_token_it_is_401(api_as):
    assert api_as(None).get("/me/data").status_code == 401


def test_over_the_limit_is_a_413_naming_the_way_forward(cast, api_as, settings):
    returned(cast, at=vn(2026, 3, 2))
    settings.MOTCUA_PERSONAL_DATA_MAX_MB = 0
    response = api_as(cast.citizen).get("/me/data")
    assert response.status_code == 413 and response.json()["code"] == "personal_data_too_large"


def test_the_command_exports_by_identity_number_walk_in_dossiers_too(cast, tmp_path):
    online = returned(cast, at=vn(2026, 3, 2))
    counter = walk_in(cast, at=vn(2026, 3, 5))
    someone_else = walk_in(cast, at=vn(2026, 3, 6), id_number="079190000001")
    cast.other_citizen.id_number = ID_NUMBER  # typed at sign-up: not proof, only named
    cast.other_citizen.save()
    out = tmp_path / "hoa.zip"
    printed = io.StringIO()
    call_command("personal_data", "export", "--id-number", ID_NUMBER, "--out", str(out),
                 stdout=printed)  # fmt: skip
    data, members = read_zip(out.read_bytes())
    assert [d["code"] for d in data["dossiers"]] == [online.code, counter.code]
    assert someone_else.code not in members["du-lieu-ca-nhan.json"].decode()
    assert data["account"] is None and data["id_number"] == ID_NUMBER
    assert "yêu cầu bằng văn bản" in data["requested_by"]
    assert len([n for n in members if n.startswith("tai-lieu/")]) == 3
    text = printed.getvalue()
    assert "Đã xuất 2 hồ sơ, 3 tài liệu (3 tệp" in text and "other.citizen" in text
    assert out.stat().st_mode & 0o077 == 0  # readable by its owner only
    exported = AuditEntry.objects.filter(kind="export", actor_id__isnull=True)
    assert sorted(exported.values_list("subject", flat=True)) == sorted([online.code, counter.code])


def test_the_command_exports_an_account_by_username(cast, tmp_path):
    mine = withdrawn(cast, at=vn(2026, 3, 2))
    out = tmp_path / "citizen.zip"
    call_command("personal_data", "export", "--user", "citizen", "--out", str(out))
    data, _ = read_zip(out.read_bytes())
    assert data["account"]["username"] == "citizen"
    assert [d["code"] for d in data["dossiers"]] == [mine.code]


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "Cần --id-number"),
        (["--user", "nobody"], "Không có tài khoản “nobody”"),
        (["--id-number", "12' OR 1=1"], "không hợp lệ"),
    ],
)
def test_the_command_refuses_clearly(cast, tmp_path, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("personal_data", "export", *args, "--out", str(tmp_path / "x.zip"))
    assert not (tmp_path / "x.zip").exists()


def test_the_command_never_overwrites(cast, tmp_path):
    out = tmp_path / "x.zip"
    out.write_bytes(b"keep me")
    with pytest.raises(CommandError, match="đã có"):
        call_command("personal_data", "export", "--id-number", ID_NUMBER, "--out", str(out))
    assert out.read_bytes() == b"keep me"
