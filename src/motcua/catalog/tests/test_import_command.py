"""`motcua catalog import/export`: versioned, all or nothing, and the API reads the result."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from motcua.catalog.models import Procedure, ProcedureVersion
from motcua.testing.cast import permit_procedure, sample_procedure


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def write(tmp_path, data) -> str:
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.django_db
def test_import_then_export_round_trips(tmp_path):
    out = run("catalog", "import", write(tmp_path, [sample_procedure(), permit_procedure()]))
    assert "2 mới" in out
    exported = json.loads(run("catalog", "export"))
    assert [p["MATTHC"] for p in exported] == ["1.001193", "1.009999"]
    again = run("catalog", "import", write(tmp_path, exported))
    assert "2 không đổi" in again
    assert ProcedureVersion.objects.count() == 2


@pytest.mark.django_db
def test_a_changed_procedure_gets_a_new_version_and_old_dossiers_keep_theirs(tmp_path):
    run("catalog", "import", write(tmp_path, [sample_procedure()]))
    first = Procedure.objects.get(code="1.001193").current
    changed = sample_procedure()
    changed["TENTTHC"] = "Đăng ký khai sinh (sửa đổi)"
    run("catalog", "import", write(tmp_path, [changed]))
    procedure = Procedure.objects.get(code="1.001193")
    assert procedure.current.number == 2
    first.refresh_from_db()
    assert first.valid_to is not None and first.name == "Đăng ký khai sinh"


@pytest.mark.django_db
def test_a_malformed_file_is_refused_whole_with_the_field_at_fault(tmp_path):
    broken = permit_procedure()
    broken["CACHTHUCTHUCHIEN"][0]["THOIGIAN"][0]["DONVITINH"] = "Tháng"
    with pytest.raises(CommandError) as info:
        run("catalog", "import", write(tmp_path, [sample_procedure(), broken]))
    assert "[1].CACHTHUCTHUCHIEN[0].THOIGIAN[0].DONVITINH" in str(info.value)
    assert Procedure.objects.count() == 0


@pytest.mark.django_db
def test_a_syntax_error_names_the_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[\n{"MATTHC": "1.001193",\n"TENTTHC": }\n]', encoding="utf-8")
    with pytest.raises(CommandError, match="3"):
        run("catalog", "import", str(path))
    assert Procedure.objects.count() == 0


def test_procedure_search_ignores_accents(cast, client):
    for q in ("dang ky khai sinh", "Đăng ký khai sinh", "KHAI SINH"):
        items = client.get("/api/v1/procedures", {"q": q}).json()["items"]
        assert [i["code"] for i in items] == ["1.001193"], q
    assert client.get("/api/v1/procedures", {"q": "khai tử"}).json()["count"] == 0
    detail = client.get("/api/v1/procedures/1.001193").json()
    assert detail["spec"]["name"] == "Đăng ký khai sinh"
    assert {d["channel"] for d in detail["due_if_received_now"]} == {1, 2, 3}
    assert client.get("/api/v1/procedures/9.999999").status_code == 404
