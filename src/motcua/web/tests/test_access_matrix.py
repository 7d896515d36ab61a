"""Who may do what, walked as a matrix: every page and API operation × every kind of user ×
their own dossier, another agency's, another citizen's.

The routes come from the URL resolver and the OpenAPI schema, so a new page or endpoint fails
`test_every_route_is_in_the_matrix` until its row says who may use it. Each row gives, per actor,
one of:

- PASS: past the access check (any answer but 401/403/404/login, never a 5xx);
- REFUSED: 403, the user may know the thing exists (their role may not do this);
- HIDDEN: 404 with the very answer a dossier or document that does not exist gets — nothing
  tells a user whether it exists;
- LOGIN: sign in first (the login page for pages, 401 for the API).

Besides the status, no answer to a user who may not see the dossier contains its applicant's
name, phone or identity number."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from motcua.accounts.models import ApiToken, User
from motcua.api.main import api
from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Channel, Document, Dossier, Event
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.testing.cast import PERMIT, Cast
from motcua.testing.files import PDF

PASS, REFUSED, HIDDEN, LOGIN = "PASS", "REFUSED", "HIDDEN", "LOGIN"

NAME, PHONE, ID_NUMBER = "Bùi Thị Riêng Tư", "0912000111", "001190000123"
MISSING_CODE = "000.00.20.H99-200101-99999"
MISSING_DOC = 987_654

# --- the actors -------------------------------------------------------------------------------

CITIZENS = ("citizen", "other_citizen")
# The dossier is received at the provincial centre (desk), decided and now held by the
# department (officer, leader): their agencies concern it.
CONCERNED = ("desk", "officer", "leader")
HOLDERS = ("officer", "leader")
ELSEWHERE = ("other_officer", "commune_desk", "province_leader")  # other agencies' officers
PROVINCE = ("admin", "auditor")  # read everything, act on nothing
PAGE_ACTORS = ("anonymous", *CITIZENS, *CONCERNED, *ELSEWHERE, *PROVINCE)
# API tokens narrowed by a scope: the officer's token for another agency, a read-only one.
TOKENS = ("officer_other_agency_token", "officer_read_only_token")
API_ACTORS = (*PAGE_ACTORS, *TOKENS)
SEES = ("citizen", *CONCERNED, *PROVINCE, "officer_read_only_token")
OFFICERS = (*CONCERNED, *ELSEWHERE, *PROVINCE)


def rule(default: str, **classes: tuple[str, ...] | str) -> dict[str, str]:
    """An expectation per actor: `default` unless named, e.g. rule(HIDDEN, PASS=SEES)."""
    table = dict.fromkeys(API_ACTORS, default) | {"anonymous": LOGIN}
    for outcome, actors in classes.items():
        for actor in (actors,) if isinstance(actors, str) else actors:
            table[actor] = outcome
    return table


def officers_only(**more: Any) -> dict[str, str]:
    return rule(PASS, REFUSED=CITIZENS, LOGIN="anonymous", **more)


CITIZEN_PAGE = rule(REFUSED, PASS=CITIZENS, LOGIN="anonymous")


PUBLIC = rule(PASS, PASS="anonymous")
SIGNED_IN = rule(PASS, LOGIN="anonymous")
SEE_DOSSIER = rule(HIDDEN, PASS=SEES, LOGIN="anonymous")
DESK_PAGE = rule(HIDDEN, PASS=SEES, REFUSED=CITIZENS, LOGIN="anonymous")
# Acting: the holders, the applicant (supplement, withdrawal, rating) and the receiving desk (on
# the applicant's behalf) pass the access check, the lifecycle then judges the action; who only
# reads (administrators, auditors, a read-only token) is refused.
ACT = rule(HIDDEN, PASS=("citizen", *HOLDERS), REFUSED=(*PROVINCE, "desk", TOKENS[1]))
ATTACH = rule(HIDDEN, PASS=("citizen", *CONCERNED), REFUSED=(*PROVINCE, TOKENS[1]))
DESK_ACT = rule(HIDDEN, PASS=CONCERNED, REFUSED=(*CITIZENS, *PROVINCE))
OWN_DOSSIER = rule(REFUSED, PASS="citizen", HIDDEN="other_citizen", LOGIN="anonymous")


# --- the world each row is tried on -----------------------------------------------------------


@dataclass
class World:
    cast: Cast
    code: str
    document: int
    missing: bool = False  # build the path for a dossier/document that does not exist

    @property
    def c(self) -> str:
        return MISSING_CODE if self.missing else self.code

    @property
    def d(self) -> int:
        return MISSING_DOC if self.missing else self.document


def build_world(cast: Cast) -> World:
    """A dossier submitted online by `citizen`, received at the centre, forwarded to the
    department (held by its specialist now), with one paper attached."""
    applicant = Applicant(name=NAME, phone=PHONE, id_number=ID_NUMBER)
    dossier = dossier_create(
        actor=cast.citizen, procedure_code=PERMIT, channel=Channel.ONLINE, applicant=applicant
    )
    dossier_act(code=dossier.code, action="receive", actor=cast.desk)
    dossier_act(code=dossier.code, action="forward", actor=cast.desk)
    paper = document_add(
        dossier=dossier, actor=cast.officer, kind="component", name="Bản vẽ", content=PDF
    )
    return World(cast=cast, code=dossier.code, document=paper.pk)


def _pdf() -> SimpleUploadedFile:
    return SimpleUploadedFile("ban-ve.pdf", PDF, content_type="application/pdf")


# --- the rows ---------------------------------------------------------------------------------

Build = Callable[[World], str]
Data = Callable[[World], dict[str, Any]]


@dataclass(frozen=True)
class Row:
    route: str  # a URL name ("desk:dossier") or an API operation ("GET /api/v1/dossiers/{code}")
    path: Build
    expect: dict[str, str]
    method: str = "GET"
    data: Data | None = None
    json: bool = False  # send `data` as a JSON body
    after: Callable[[World], None] | None = field(default=None, compare=False)

    @property
    def is_api(self) -> bool:
        return " " in self.route


def _nothing_changed_by_refused(world: World) -> None:
    # the two holders' "return" is not allowed at this step: no one moved the dossier
    assert Event.objects.filter(dossier__code=world.code).count() == 3


def _attached_by(*actors: str) -> Callable[[World], None]:
    def check(world: World) -> None:
        # the paper of build_world, then one per actor allowed to attach; nobody else's landed
        assert Document.objects.filter(dossier__code=world.code).count() == 1 + len(actors)

    return check


def _only_the_desk_received(world: World) -> None:
    assert Dossier.objects.count() == 2  # build_world's and the desk's walk-in


WALK_IN = {"procedure": PERMIT, "channel": 1, "applicant": {"name": "Lê Thị Hoa"}}
PERIOD = "from=2026-10-01&to=2026-10-31"

PAGE_ROWS = [
    Row("web:login", lambda w: "/dang-nhap", PUBLIC),
    Row("web:logout", lambda w: "/dang-xuat", PUBLIC, method="POST"),
    Row("web:signup", lambda w: "/dang-ky", PUBLIC),
    Row("web:otp_verify", lambda w: "/dang-nhap/ma-xac-thuc", SIGNED_IN),
    Row("web:otp_enrol", lambda w: "/dang-nhap/thiet-lap-xac-thuc", SIGNED_IN),
    Row("portal:home", lambda w: "/", PUBLIC),
    Row("portal:search", lambda w: "/thu-tuc?q=xay+dung", PUBLIC),
    Row("portal:procedure", lambda w: f"/thu-tuc/{PERMIT}", PUBLIC),
    # anyone with the code sees the progress, never the personal part without the factor
    Row("portal:track", lambda w: f"/tra-cuu?ma={w.c}", PUBLIC),
    Row("indicators:transparency", lambda w: "/minh-bach", PUBLIC),
    Row("portal:submit", lambda w: f"/thu-tuc/{PERMIT}/nop-ho-so", CITIZEN_PAGE),
    Row("portal:mine", lambda w: "/ca-nhan/ho-so", CITIZEN_PAGE),
    Row("portal:personal_data", lambda w: "/ca-nhan/du-lieu", CITIZEN_PAGE),
    Row("portal:receipt", lambda w: f"/ho-so/{w.c}/bien-nhan", OWN_DOSSIER),
    Row("portal:supplement", lambda w: f"/ho-so/{w.c}/bo-sung", OWN_DOSSIER),
    Row("portal:withdraw", lambda w: f"/ho-so/{w.c}/rut", OWN_DOSSIER),
    Row("portal:rate", lambda w: f"/ho-so/{w.c}/danh-gia", OWN_DOSSIER),
    Row("desk:inbox", lambda w: "/can-bo/", officers_only()),
    Row(
        "desk:reception",
        lambda w: "/can-bo/tiep-nhan",
        rule(REFUSED, PASS=("desk", "commune_desk"), LOGIN="anonymous"),
    ),
    Row("desk:dossier", lambda w: f"/can-bo/ho-so/{w.c}", DESK_PAGE),
    Row(
        "desk:act",
        lambda w: f"/can-bo/ho-so/{w.c}/thao-tac/return",
        DESK_ACT,
        method="POST",
        after=_nothing_changed_by_refused,
    ),
    Row(
        "desk:upload",
        lambda w: f"/can-bo/ho-so/{w.c}/tai-lieu",
        DESK_ACT,
        method="POST",
        data=lambda w: {"file": _pdf(), "kind": "component", "name": "Bản sao"},
        after=_attached_by(*CONCERNED),
    ),
    Row("desk:document", lambda w: f"/tai-lieu/{w.d}", SEE_DOSSIER),
    Row("desk:form", lambda w: f"/ho-so/{w.c}/mau-1.pdf", SEE_DOSSIER),
    Row("desk:log_pdf", lambda w: "/can-bo/so-theo-doi.pdf", officers_only()),
    Row("desk:log_xlsx", lambda w: "/can-bo/so-theo-doi.xlsx", officers_only()),
    Row("indicators:dashboard", lambda w: "/bang-dieu-khien", officers_only()),
    Row("indicators:dashboard_xlsx", lambda w: "/bang-dieu-khien.xlsx", officers_only()),
    Row("indicators:monthly_pdf", lambda w: "/bang-dieu-khien/bao-cao-thang.pdf", officers_only()),
    Row("indicators:urgent", lambda w: "/bang-dieu-khien/ho-so", officers_only()),
    Row("indicators:urgent_xlsx", lambda w: "/bang-dieu-khien/ho-so.xlsx", officers_only()),
    Row("indicators:process", lambda w: "/bang-dieu-khien/quy-trinh", officers_only()),
    Row("indicators:process_xlsx", lambda w: "/bang-dieu-khien/quy-trinh.xlsx", officers_only()),
]

D = "/api/v1/dossiers"
API_ROWS = [
    Row("GET /api/v1/procedures", lambda w: "/api/v1/procedures?q=xay", PUBLIC),
    Row("GET /api/v1/procedures/{code}", lambda w: f"/api/v1/procedures/{PERMIT}", PUBLIC),
    Row("GET /api/v1/calendar/due", lambda w: "/api/v1/calendar/due?procedure=" + PERMIT, PUBLIC),
    Row("GET /api/v1/agencies", lambda w: "/api/v1/agencies", PUBLIC),
    Row("GET /api/v1/dossiers", lambda w: D, SIGNED_IN),
    Row("GET /api/v1/me/data", lambda w: "/api/v1/me/data", CITIZEN_PAGE),
    Row(
        "POST /api/v1/dossiers",
        lambda w: D,
        rule(REFUSED, PASS=("desk", "commune_desk"), LOGIN="anonymous"),
        method="POST",
        data=lambda w: WALK_IN,
        json=True,
    ),
    Row("GET /api/v1/dossiers/{code}", lambda w: f"{D}/{w.c}", SEE_DOSSIER),
    Row("GET /api/v1/dossiers/{code}/events", lambda w: f"{D}/{w.c}/events", SEE_DOSSIER),
    Row("GET /api/v1/dossiers/{code}/portal", lambda w: f"{D}/{w.c}/portal", SEE_DOSSIER),
    Row(
        "POST /api/v1/dossiers/{code}/actions/{action}",
        lambda w: f"{D}/{w.c}/actions/return",
        ACT,
        method="POST",
        data=lambda w: {},
        json=True,
        after=_nothing_changed_by_refused,
    ),
    Row(
        "POST /api/v1/dossiers/{code}/documents",
        lambda w: f"{D}/{w.c}/documents",
        ATTACH,
        method="POST",
        data=lambda w: {"file": _pdf(), "kind": "component"},
        after=_attached_by("citizen", *CONCERNED),
    ),
    Row(
        "GET /api/v1/dossiers/{code}/documents/reusable",
        lambda w: f"{D}/{w.c}/documents/reusable",
        rule(HIDDEN, PASS=("citizen", "desk"), REFUSED=(*HOLDERS, *PROVINCE, TOKENS[1])),
    ),
    Row(
        "POST /api/v1/dossiers/{code}/documents/reuse",
        lambda w: f"{D}/{w.c}/documents/reuse",
        rule(HIDDEN, PASS=("citizen", "desk"), REFUSED=(*HOLDERS, *PROVINCE, TOKENS[1])),
        method="POST",
        data=lambda w: {"source": w.document, "component_code": "X"},
        json=True,
    ),
    Row(
        "GET /api/v1/indicators",
        lambda w: f"/api/v1/indicators?{PERIOD}",
        rule(PASS, REFUSED=(*CITIZENS, TOKENS[0]), LOGIN="anonymous"),
    ),
]
ROWS = [*PAGE_ROWS, *API_ROWS]

# Django's admin is for staff accounts (is_staff) and guards itself; the API's own
# documentation pages and schema are public.
NOT_IN_MATRIX = re.compile(r"^(admin/|api/v1/(docs|openapi\.json|$))")


# --- running a row ----------------------------------------------------------------------------


def _client(world: World, actor: str) -> tuple[Client, dict[str, str]]:
    client = Client()
    if actor == "anonymous":
        return client, {}
    name = actor.removesuffix("_other_agency_token").removesuffix("_read_only_token")
    user: User = getattr(world.cast, name)
    if actor == "officer_other_agency_token":
        _, raw = ApiToken.issue(user, agencies=[world.cast.other_department.code])
    elif actor == "officer_read_only_token":
        _, raw = ApiToken.issue(user, actions=[])
    else:
        client.force_login(user)
        _, raw = ApiToken.issue(user)
    return client, {"Authorization": f"Bearer {raw}"}


def _send(row: Row, world: World, actor: str) -> Any:
    client, headers = _client(world, actor)
    return _request(row, world, client, headers if row.is_api else {})


def _request(row: Row, world: World, client: Client, headers: dict[str, str]) -> Any:
    path = row.path(world)
    data = row.data(world) if row.data else None
    if row.method == "GET":
        return client.get(path, headers=headers)
    if row.json:
        return client.post(path, data, content_type="application/json", headers=headers)
    return client.post(path, data or {}, headers=headers)


_NOISE = re.compile(r'(csrfmiddlewaretoken" value="|name="csrf-token" content=")[^"]+')


def _text(response: Any) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def _shown(response: Any, world: World) -> str:
    body = _NOISE.sub(r"\1", _text(response))
    return body.replace(world.code, "CODE").replace(MISSING_CODE, "CODE")


def outcome(response: Any, row: Row) -> str:
    status = response.status_code
    assert status < 500, f"{status} from {row.route}"
    location = response.get("Location", "")
    if status == 401 or (status == 302 and "/dang-nhap" in location):
        return LOGIN
    if status == 403:
        return REFUSED
    if status == 404:
        return HIDDEN
    return PASS


def _check(row: Row, world: World, actor: str) -> list[str]:
    expected = row.expect[actor]
    response = _send(row, world, actor)
    got = outcome(response, row)
    problems = []
    if got != expected:
        problems.append(f"{row.route} as {actor}: {got} ({response.status_code}), want {expected}")
    if got == HIDDEN and expected == HIDDEN:
        world.missing = True
        try:
            nothing = _send(row, world, actor)
        finally:
            world.missing = False
        if nothing.status_code != 404 or _shown(nothing, world) != _shown(response, world):
            problems.append(
                f"{row.route} as {actor}: a hidden dossier answers unlike a missing one"
            )
    if actor not in SEES:
        text = _text(response) if not row.route.endswith(".pdf") else ""
        leaked = [s for s in (NAME, PHONE, ID_NUMBER) if s in text]
        if leaked:
            problems.append(f"{row.route} as {actor}: shows the applicant's {leaked}")
    return problems


def _actors(row: Row) -> tuple[str, ...]:
    return API_ACTORS if row.is_api else PAGE_ACTORS


@pytest.mark.parametrize("row", ROWS, ids=[r.route for r in ROWS])
def test_who_may_do_what(cast: Cast, row: Row) -> None:
    world = build_world(cast)
    problems = [p for actor in _actors(row) for p in _check(row, world, actor)]
    assert not problems, "\n".join(problems)
    if row.after:
        row.after(world)


# --- an officer's password alone opens nothing ------------------------------------------------

SECOND_FACTOR_PAGES = {"web:login", "web:logout", "web:otp_verify", "web:otp_enrol"}


@pytest.mark.parametrize("row", ROWS, ids=[r.route for r in ROWS])
def test_an_officer_signed_in_without_the_second_factor_reaches_nothing(
    cast: Cast, row: Row, settings: Any
) -> None:
    settings.MOTCUA_OFFICER_TOTP = True
    world = build_world(cast)
    client = Client()
    client.force_login(cast.leader)  # the password step only: no device verified
    response = _request(row, world, client, {})
    if row.route in SECOND_FACTOR_PAGES:
        assert response.status_code < 400
    elif row.is_api:
        assert response.status_code == 401
        assert response.json()["code"] == "second_factor_required"
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/dang-nhap/ma-xac-thuc?next=")
    assert NAME not in _text(response)


# --- the inventory: every route has a row -----------------------------------------------------


def _url_routes(patterns: list[Any], prefix: str = "", namespace: str = "") -> Iterator[tuple]:
    for p in patterns:
        if isinstance(p, URLResolver):
            inner = ":".join(n for n in (namespace, p.namespace or "") if n)
            yield from _url_routes(p.url_patterns, prefix + str(p.pattern), inner)
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern), f"{namespace}:{p.name}" if namespace else p.name


def test_every_route_is_in_the_matrix() -> None:
    pages = {
        name
        for path, name in _url_routes(get_resolver().url_patterns)
        if not path.startswith("api/") and not NOT_IN_MATRIX.match(path)
    }
    operations = {
        f"{method.upper()} {path}"
        for path, methods in api.get_openapi_schema()["paths"].items()
        for method in methods
    }
    rows = {r.route for r in ROWS}
    assert pages - rows == set(), "pages without a row in the access matrix"
    assert operations - rows == set(), "API operations without a row in the access matrix"
    assert rows - pages - operations == set(), "rows for routes that no longer exist"
