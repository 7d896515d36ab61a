"""schemathesis against /api/v1/openapi.json: no 5xx, every answer is one the schema describes.

Every operation is fuzzed in-process through the WSGI application, as a desk officer, a
specialist, a citizen (each with a real bearer token) and anonymously, over a small province with
dossiers in several states, so paths often name a dossier, a procedure or an action that exists.
All of schemathesis's checks run: no 5xx; status, content type and body as declared; auth
enforced; schema-violating input refused; schema-valid input not refused with a 422 (nor a 400,
except where BUSINESS_RULES says). Bounded and deterministic: the examples, coverage and fuzzing
phases (EXAMPLES_PER_OPERATION) under a fixed seed, derandomized, no stateful phase; about 4,000
requests, a minute of CPU.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import strategies as st
from schemathesis.config import SchemathesisConfig

from motcua.accounts.models import ApiToken
from motcua.api.main import api
from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.testing.cast import BIRTH, PERMIT, Cast
from motcua.testing.files import PDF, PNG

COMPONENTS = ["GT-KS-01", "GT-KS-02"]  # the sample procedures' component papers

EXAMPLES_PER_OPERATION = 25
IDENTITIES = ("desk", "officer", "citizen", None)  # None: no credentials at all

# Schema-valid input these operations refuse on purpose, with a 400 naming the field: rules across
# fields or against the data (a competent agency the procedure needs, a note a refusal needs, whole
# calendar days, a report period of at most ten years, a component the procedure has).
BUSINESS_RULES = [
    "POST /api/v1/dossiers",
    "POST /api/v1/dossiers/{code}/actions/{action}",
    "POST /api/v1/dossiers/{code}/documents/reuse",
    "GET /api/v1/calendar/due",
    "GET /api/v1/indicators",
]
ACCEPTED = ["2xx", "401", "403", "404", "409"]

CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 20250701,
        "generation": {
            "mode": "all",
            "max-examples": EXAMPLES_PER_OPERATION,
            "deterministic": True,
            "database": "none",
            # NUL is refused before any endpoint (web.middleware.RejectNulMiddleware):
            # test_refusal_shape checks that answer once instead of it shadowing every string.
            "allow-x00": False,
        },
        "phases": {"stateful": {"enabled": False}},
        "checks": {"positive_data_acceptance": {"expected-statuses": ACCEPTED}},
        "operations": [
            {
                "include-name": BUSINESS_RULES,
                "checks": {"positive_data_acceptance": {"expected-statuses": [*ACCEPTED, "400"]}},
            },
            {
                # Any bytes are a schema-valid file; only parsing them tells a PDF from noise
                # (415), and an empty part is no file (422).
                "include-name": "POST /api/v1/dossiers/{code}/documents",
                "checks": {"positive_data_acceptance": {"enabled": False}},
            },
        ],
    }
)


@dataclass
class World:
    tokens: dict[str | None, str]
    dossiers: dict[str, str]  # by state: code
    procedures: list[str]
    agencies: list[str]
    documents: list[int]

    def moves(self) -> list[tuple[str, str, str]]:
        """(who, dossier, action) a lifecycle allows from the seeded states."""
        d = self.dossiers
        return [
            ("desk", d["submitted"], "receive"),
            ("desk", d["received"], "forward"),
            ("desk", d["received"], "request_supplement"),
            ("officer", d["forwarded"], "forward"),
            ("officer", d["forwarded"], "request_supplement"),
            ("officer", d["forwarded"], "refuse"),
            ("citizen", d["submitted"], "withdraw"),
            ("desk", d["approved"], "finish"),
            ("citizen", d["approved"], "rate"),
        ]


def _seed(cast: Cast) -> World:
    def walk_in() -> str:
        return dossier_create(
            actor=cast.desk,
            procedure_code=PERMIT,
            channel=1,
            applicant=Applicant(name="Lê Văn Cường", id_number="001085012345", phone="0987654321"),
        ).code

    def online(procedure: str, **kwargs: Any) -> str:
        return dossier_create(
            actor=cast.citizen,
            procedure_code=procedure,
            channel=2,
            applicant=Applicant(name="Nguyễn Thị Hoa", id_number="001190054321"),
            **kwargs,
        ).code

    submitted = online(PERMIT)
    scan = document_add(
        dossier=Dossier.objects.get(code=submitted),
        actor=cast.desk,
        kind="component",
        name="Căn cước",
        content=PDF,
        component_code=COMPONENTS[0],
        digitised=True,
    )
    at_commune = online(BIRTH, competent=cast.commune_committee)
    received, forwarded, approved = walk_in(), walk_in(), walk_in()
    dossier_act(code=forwarded, action="forward", actor=cast.desk)
    dossier_act(code=approved, action="forward", actor=cast.desk)
    dossier_act(code=approved, action="forward", actor=cast.officer)
    dossier_act(code=approved, action="approve", actor=cast.leader)
    tokens = {
        role: ApiToken.issue(getattr(cast, role))[1] for role in IDENTITIES if role is not None
    }
    return World(
        tokens=tokens,
        dossiers={
            "submitted": submitted,
            "at_commune": at_commune,
            "received": received,
            "forwarded": forwarded,
            "approved": approved,
        },
        procedures=[PERMIT, BIRTH],
        agencies=[cast.department.code, cast.centre.code, cast.commune_committee.code],
        documents=[scan.pk],
    )


@pytest.fixture
def world(cast: Cast, settings: Any, tmp_path: Path) -> Iterator[World]:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    # Like django.test.Client: the test's transaction must outlive each request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield _seed(cast)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


# Loaded from the API object at collection (no request, no database then); the first test checks
# it is what /api/v1/openapi.json serves.
SERVED = json.loads(json.dumps(api.get_openapi_schema()))
schema = schemathesis.openapi.from_dict(SERVED, config=CONFIG)
schema.app = WSGIHandler()  # the whole stack, middleware included, as from_wsgi would
# Uploads: real files of each accepted kind as often as noise, so the 201 path runs too.
schemathesis.openapi.format("binary", st.sampled_from([PDF, PNG]) | st.binary(max_size=64))


def test_the_fuzzed_schema_is_the_served_one(db, client):
    assert client.get("/api/v1/openapi.json").json() == SERVED


def _aim(case: Any, world: World, who: str | None, pick: int) -> str | None:
    """Point two cases in three at things that exist, so the deep paths run too; returns who
    sends the case (a lifecycle move names its actor)."""
    if not pick % 3 or case.meta is None or not case.meta.generation.mode.is_positive:
        return who  # a schema-violating case stays as generated: it must be refused
    parameters = case.path_parameters or {}
    if "action" in parameters:
        who, parameters["code"], parameters["action"] = world.moves()[pick % len(world.moves())]
    elif "code" in parameters:
        if case.path.startswith("/api/v1/procedures"):
            pool = world.procedures
        else:
            pool = list(world.dossiers.values())
        parameters["code"] = pool[pick % len(pool)]
    body = case.body
    if isinstance(body, dict):
        if "procedure" in body:
            body["procedure"] = world.procedures[pick % 2]
        if "source" in body:
            body["source"] = world.documents[0]
            body["component_code"] = COMPONENTS[pick % len(COMPONENTS)]
        if body.get("agency") is not None:
            body["agency"] = world.agencies[pick % len(world.agencies)]
        body.pop("expected_version", None)
    return who


@schema.parametrize()
# The world is built once per operation and shared by its examples on purpose: requests add to it.
@hypothesis.settings(
    suppress_health_check=[
        hypothesis.HealthCheck.function_scoped_fixture,
        hypothesis.HealthCheck.too_slow,
    ]
)
@pytest.mark.parametrize("who", IDENTITIES)
def test_api_answers_as_its_schema_says(case: Any, world: World, who: str | None):
    # Derived from the case, so a replayed case (shrinking, the failure report) aims the same way.
    pick = zlib.crc32(repr((case.path_parameters, case.query, case.body)).encode())
    who = _aim(case, world, who, pick)
    headers = {"Authorization": f"Bearer {world.tokens[who]}"} if who else None
    case.call_and_validate(headers=headers)
