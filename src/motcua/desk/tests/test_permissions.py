"""Who may open the officer pages: staff of the agency; read-only roles look; others are told."""

from __future__ import annotations

import pytest

from motcua.desk.tests.pages import client_for
from motcua.dossiers.tests.helpers import at_officer

PAGES = ["/can-bo/", "/can-bo/tiep-nhan"]


@pytest.mark.parametrize("path", PAGES)
def test_anonymous_is_sent_to_log_in(cast, path):
    response = client_for(None).get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/dang-nhap?next={path}"


def test_anonymous_dossier_page_and_posts_go_to_log_in(cast):
    dossier = at_officer(cast)
    client = client_for(None)
    for response in (
        client.get(f"/can-bo/ho-so/{dossier.code}"),
        client.post(f"/can-bo/ho-so/{dossier.code}/thao-tac/forward", {}),
        client.post(f"/can-bo/ho-so/{dossier.code}/tai-lieu", {}),
    ):
        assert response.status_code == 302
        assert response["Location"].startswith("/dang-nhap?next=/can-bo/ho-so/")


@pytest.mark.parametrize("path", PAGES)
def test_a_citizen_is_told_this_is_for_officers(cast, path):
    response = client_for(cast.citizen).get(path)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Trang này dành cho cán bộ, công chức" in html
    assert 'href="/ca-nhan/ho-so"' in html


def test_a_citizen_owner_may_not_use_the_officer_dossier_page(cast):
    dossier = at_officer(cast)
    response = client_for(cast.citizen).get(f"/can-bo/ho-so/{dossier.code}")
    assert response.status_code == 403


def test_officers_see_only_their_agencys_dossiers(cast):
    dossier = at_officer(cast)
    assert client_for(cast.officer).get(f"/can-bo/ho-so/{dossier.code}").status_code == 200
    assert client_for(cast.desk).get(f"/can-bo/ho-so/{dossier.code}").status_code == 200
    for user in (cast.other_officer, cast.commune_desk, cast.commune_officer):
        response = client_for(user).get(f"/can-bo/ho-so/{dossier.code}")
        assert response.status_code == 404
        assert f"Không tìm thấy hồ sơ “{dossier.code}”." in response.content.decode()
    missing = client_for(cast.officer).get("/can-bo/ho-so/000.00.20.H99-260101-99999")
    assert missing.status_code == 404


def test_admin_and_auditor_look_without_actions(cast):
    dossier = at_officer(cast)
    for role in ("auditor", "admin"):
        cast.admin.role = role
        cast.admin.save()
        html = client_for(cast.admin).get(f"/can-bo/ho-so/{dossier.code}").content.decode()
        assert dossier.code in html
        assert "/thao-tac/" not in html
        assert "Lúc này bạn không có thao tác nào" in html


def test_an_officer_attached_to_no_agency_is_told(cast):
    cast.officer.agency = None
    cast.officer.save()
    response = client_for(cast.officer).get("/can-bo/")
    assert response.status_code == 200
    assert "chưa gắn với cơ quan nào" in response.content.decode()
