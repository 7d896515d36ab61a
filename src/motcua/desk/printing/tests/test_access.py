"""Who may print a dossier's forms: whoever may see the dossier; everyone else gets the 404 of a
dossier that does not exist, and strangers are sent to sign in."""

from __future__ import annotations

import re

import pytest

from motcua.accounts.models import Role, User
from motcua.desk.printing.tests.helpers import MONDAY, fetch_pdf, form_url
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import received
from motcua.testing.cast import PERMIT

NOT_FOUND = "Không tìm thấy hồ sơ"
MISSING = "000.00.20.H99-260302-99999"


def alert(response) -> str:
    """The page's message (the rest differs by a CSRF token only)."""
    match = re.search(r'<p role="alert">(.*?)</p>', response.content.decode())
    assert match is not None
    return match.group(1)


def online(cast) -> Dossier:
    dossier = dossier_create(
        actor=cast.citizen,
        procedure_code=PERMIT,
        channel=2,
        applicant=Applicant(name="Trần Thị Bích"),
        at=MONDAY,
    )
    return dossier_act(code=dossier.code, action="receive", actor=cast.desk, at=MONDAY)


def test_strangers_are_sent_to_sign_in(cast, client):
    dossier = received(cast, at=MONDAY)
    url = form_url(dossier.code, 1)

    response = client.get(url)

    assert response.status_code == 302
    assert response.url == f"/dang-nhap?next={url}"


@pytest.mark.parametrize("who", ["desk", "officer", "leader", "admin", "citizen"])
def test_those_who_may_see_the_dossier_may_print_it(cast, client, who):
    dossier = online(cast)
    client.force_login(getattr(cast, who))

    for number in (1, 6):
        fetch_pdf(client, form_url(dossier.code, number))


def test_an_auditor_may_print(cast, client):
    auditor = User.objects.create_user(username="auditor", role=Role.AUDITOR)
    dossier = received(cast, at=MONDAY)
    client.force_login(auditor)

    fetch_pdf(client, form_url(dossier.code, 1))


@pytest.mark.parametrize("who", ["other_officer", "other_citizen", "commune_desk"])
def test_others_get_the_same_404_as_for_no_such_dossier(cast, client, who):
    dossier = online(cast)
    client.force_login(getattr(cast, who))

    hidden = client.get(form_url(dossier.code, 1))
    missing = client.get(form_url("000.00.20.H99-260302-99999", 1))

    assert hidden.status_code == missing.status_code == 404
    assert NOT_FOUND in hidden.content.decode()
    assert alert(hidden).replace(dossier.code, "X") == alert(missing).replace(MISSING, "X")


@pytest.mark.parametrize(
    ("number", "message"),
    [
        (0, "Không có mẫu số 0"),
        (8, "Không có mẫu số 8; các mẫu in theo hồ sơ là 01 đến 06."),
        (7, "Mẫu 07 là sổ theo dõi hồ sơ"),
    ],
)
def test_unknown_form_numbers_are_404(cast, client, number, message):
    dossier = received(cast, at=MONDAY)
    client.force_login(cast.desk)

    response = client.get(form_url(dossier.code, number))

    assert response.status_code == 404
    assert message in response.content.decode()


def test_forms_are_only_read(cast, client):
    dossier = received(cast, at=MONDAY)
    client.force_login(cast.desk)

    assert client.post(form_url(dossier.code, 1)).status_code == 405


def test_forms_are_not_kept_by_shared_caches(cast, client):
    dossier = received(cast, at=MONDAY)
    client.force_login(cast.desk)

    response = client.get(form_url(dossier.code, 1))

    assert response["Cache-Control"] == "private, no-store"
