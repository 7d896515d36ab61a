"""JSON input is taken as JSON types, never coerced: "1" or true is no integer, 0 is no boolean;
list bounds are declared in the schema and refused (422, the field named) rather than clamped."""

from __future__ import annotations

import pytest

from motcua.testing.cast import PERMIT


def _dossier(**changes):
    body = {"procedure": PERMIT, "channel": 1, "applicant": {"name": "Lê Văn Cường"}}
    body.update(changes)
    return body


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"identity_verified": 0}, "identity_verified"),
        ({"identity_verified": "true"}, "identity_verified"),
        ({"applicant": {"name": "A", "kind": "2"}}, "applicant.kind"),
        ({"applicant": {"name": "A", "kind": True}}, "applicant.kind"),
    ],
)
def test_a_dossier_with_the_wrong_json_types(cast, api_as, changes, field):
    answer = api_as(cast.desk).post("/dossiers", _dossier(**changes))
    assert answer.status_code == 422 and answer.json()["field"] == field


def test_whole_numbers_written_as_json_numbers_are_taken(cast, api_as):
    answer = api_as(cast.desk).post("/dossiers", _dossier(applicant={"name": "A", "kind": 2.0}))
    assert answer.status_code == 201, answer.json()
    assert answer.json()["applicant"]["kind"] == 2


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 201}, "limit"),
        ({"offset": -1}, "offset"),
        ({"offset": 10**12}, "offset"),
        ({"status": 11}, "status"),
    ],
)
def test_list_bounds(cast, api_as, params, field):
    answer = api_as(cast.desk).get("/dossiers", **params)
    assert answer.status_code == 422 and answer.json()["field"] == field
    assert answer.json()["code"] == "invalid_input"
