"""Reads for the citizen pages. Every function costs a fixed number of queries."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import math
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, QuerySet
from django.utils import timezone

from motcua.accounts.models import User
from motcua.catalog.models import ProcedureVersion
from motcua.catalog.selectors import current_versions
from motcua.catalog.spec import Component, Fee, Level, OnlineLevel, ProcedureSpec
from motcua.clock import Due, Limit, LimitUnit, due_at
from motcua.clock.services import province_calendar
from motcua.dossiers.labels import action_label, english, reason_line, status_label
from motcua.dossiers.lifecycle import Action, Position, Status, refusal
from motcua.dossiers.models import Channel, Document, Dossier, Event
from motcua.dossiers.plans import build_plan
from motcua.dossiers.selectors import access_dossier
from motcua.dossiers.services import current_version
from motcua.dossiers.state import state_of
from motcua.dossiers.transitions import explain_due, is_late
from motcua.errors import NotFound
from motcua.portal.models import RateCount
from motcua.units.models import Agency, AgencyKind

HOME_CACHE_KEY = "portal:home:v1"
HOME_TTL_SECONDS = 600
POPULAR_COUNT = 8


# --- home ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProcedureLink:
    code: str
    name: str
    count: int = 0


@dataclass(frozen=True)
class FieldLink:
    code: str
    name: str
    count: int


@dataclass(frozen=True)
class HomeFacts:
    popular: tuple[ProcedureLink, ...]
    fields: tuple[FieldLink, ...]  # most procedures first
    centre: str
    departments: tuple[str, ...]
    communes: int


def home_facts() -> HomeFacts:
    """What the home page shows; computed at most every ten minutes per process."""
    facts: HomeFacts | None = cache.get(HOME_CACHE_KEY)
    if facts is None:
        facts = _home_facts()
        cache.set(HOME_CACHE_KEY, facts, HOME_TTL_SECONDS)
    return facts


def _home_facts() -> HomeFacts:
    current = Agency.objects.filter(valid_to__isnull=True)
    centre = current.filter(kind=AgencyKind.SERVICE_CENTRE).order_by("pk").first()
    departments = current.filter(kind=AgencyKind.DEPARTMENT).order_by("name")
    return HomeFacts(
        popular=popular_procedures(),
        fields=field_counts(),
        centre=centre.name if centre else "",
        departments=tuple(departments.values_list("name", flat=True)[:60]),
        communes=current.filter(kind=AgencyKind.COMMUNE_COMMITTEE).count(),
    )


def popular_procedures(limit: int = POPULAR_COUNT) -> tuple[ProcedureLink, ...]:
    """The procedures with the most dossiers (two queries)."""
    top = list(
        Dossier.objects.values("version__procedure_id")
        .annotate(n=Count("pk"))
        .order_by("-n", "version__procedure_id")[:limit]
    )
    counts = {row["version__procedure_id"]: row["n"] for row in top}
    versions = (
        current_versions()
        .filter(procedure_id__in=counts)
        .select_related("procedure")
        .only("name", "procedure__code")
    )
    links = [ProcedureLink(v.procedure.code, v.name, counts[v.procedure_id]) for v in versions]
    return tuple(sorted(links, key=lambda link: (-link.count, link.name)))


def field_counts() -> tuple[FieldLink, ...]:
    rows = (
        current_versions()
        .values("field__code", "field__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "field__name")
    )
    return tuple(FieldLink(r["field__code"], r["field__name"], r["n"]) for r in rows)


def field_choices() -> list[tuple[str, str]]:
    return sorted(((f.code, f.name) for f in home_facts().fields), key=lambda c: c[1])


# --- a procedure -----------------------------------------------------------------------------

CHANNEL_LABELS = {
    Channel.DIRECT: ("Nộp trực tiếp", "At a desk"),
    Channel.ONLINE: ("Nộp trực tuyến", "Online"),
    Channel.POSTAL: ("Qua dịch vụ bưu chính", "By post"),
}
UNIT_LABELS = {
    LimitUnit.WORKING_DAYS: ("ngày làm việc", "working days"),
    LimitUnit.DAYS: ("ngày", "days"),
    LimitUnit.WORKING_HOURS: ("giờ làm việc", "working hours"),
}
LEVEL_LABELS = {
    Level.CENTRAL: ("Cấp trung ương", "Central"),
    Level.PROVINCE: ("Cấp tỉnh", "Province"),
    Level.DISTRICT: ("Cấp huyện", "District"),
    Level.COMMUNE: ("Cấp xã", "Commune"),
}
ONLINE_LABELS = {
    OnlineLevel.FULL: ("Dịch vụ công trực tuyến toàn trình", "Fully online"),
    OnlineLevel.PARTIAL: ("Dịch vụ công trực tuyến một phần", "Partly online"),
    OnlineLevel.NONE: ("Chưa cung cấp trực tuyến", "Not online"),
}


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if english() else pair[0]


def online_label(level: str) -> str:
    return _pick(ONLINE_LABELS[OnlineLevel(level)])


def level_labels(levels: list[str] | tuple[str, ...]) -> str:
    return ", ".join(_pick(LEVEL_LABELS[Level(v)]) for v in levels)


def amount_text(amount: Decimal) -> str:
    text = f"{amount.normalize():f}"
    return text if english() else text.replace(".", ",")


@dataclass(frozen=True)
class ChannelInfo:
    channel: int
    label: str
    limit: str  # "1 ngày làm việc"
    description: str
    fees: tuple[Fee, ...]
    due: Due  # if received now

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(reason_line(r) for r in self.due.reasons)


@dataclass(frozen=True)
class ProcedurePage:
    code: str
    version: ProcedureVersion
    spec: ProcedureSpec
    channels: tuple[ChannelInfo, ...]
    components: tuple[tuple[str, tuple[Component, ...]], ...]  # grouped by case
    online: bool

    @property
    def levels(self) -> str:
        return level_labels(self.spec.levels)

    @property
    def online_label(self) -> str:
        return online_label(self.spec.online_level)

    @property
    def same_fees(self) -> bool:
        return len({c.fees for c in self.channels}) <= 1

    @property
    def same_reasons(self) -> bool:
        return len({c.reasons for c in self.channels}) <= 1


def procedure_page(code: str, *, now: dt.datetime) -> ProcedurePage:
    """The current version of `code`, with the due instant per channel if received `now`."""
    version = current_version(code)
    spec = version.spec
    calendar = province_calendar()
    channels = tuple(
        ChannelInfo(
            channel=term.channel,
            label=_pick(CHANNEL_LABELS[Channel(term.channel)]),
            limit=f"{amount_text(term.amount)} {_pick(UNIT_LABELS[LimitUnit(term.unit)])}",
            description=term.description,
            fees=term.fees,
            due=due_at(now, Limit(term.amount, LimitUnit(term.unit)), calendar=calendar),
        )
        for term in spec.channels
    )
    return ProcedurePage(
        code=code,
        version=version,
        spec=spec,
        channels=channels,
        components=_by_case(spec.components),
        online=offered_online(spec),
    )


def offered_online(spec: ProcedureSpec) -> bool:
    return spec.online_level != OnlineLevel.NONE and spec.channel(Channel.ONLINE) is not None


def _by_case(components: tuple[Component, ...]) -> tuple[tuple[str, tuple[Component, ...]], ...]:
    cases: dict[str, list[Component]] = {}
    for component in components:
        cases.setdefault(component.case, []).append(component)
    return tuple((case, tuple(items)) for case, items in cases.items())


@dataclass(frozen=True)
class Competence:
    """Who decides an online dossier: the procedure's own agency, or a commune the user picks."""

    agency: Agency | None
    choose_commune: bool

    @property
    def known(self) -> bool:
        return self.agency is not None or self.choose_commune


def competence(spec: ProcedureSpec) -> Competence:
    codes = [a.code for a in spec.agencies]
    agency = Agency.objects.filter(code__in=codes, valid_to__isnull=True).order_by("pk").first()
    if agency is not None:
        return Competence(agency, choose_commune=False)
    return Competence(None, choose_commune=Level.COMMUNE in spec.levels)


# --- dossiers --------------------------------------------------------------------------------


def owned_dossier(user: User, code: str) -> Dossier:
    """The dossier `code` if `user` owns it; the same 404 as for no such dossier otherwise."""
    dossier = access_dossier(user, code)
    if dossier.owner_id != user.pk:
        raise NotFound("dossier_not_found", f"Không tìm thấy hồ sơ “{code}”.")
    return dossier


def citizen_may(dossier: Dossier, action: Action) -> bool:
    """Whether the lifecycle table allows the owner `action` now (status and rating decide)."""
    position = Position(status=Status(dossier.status), rated=dossier.rating is not None)
    return refusal(position, action) is None


@dataclass(frozen=True)
class OwnRow:
    dossier: Dossier
    status: str
    overdue: bool
    may_supplement: bool
    may_withdraw: bool
    may_rate: bool


def own_dossiers(user: User) -> QuerySet[Dossier]:
    return (
        Dossier.objects.filter(owner=user)
        .select_related("version")
        .defer("version__data", "version__search_text")
        .order_by("-created_at", "-pk")
    )


def own_row(dossier: Dossier, *, now: dt.datetime) -> OwnRow:
    return OwnRow(
        dossier=dossier,
        status=status_label(dossier.status),
        overdue=is_late(state_of(dossier), now),
        may_supplement=citizen_may(dossier, Action.SUPPLEMENT),
        may_withdraw=citizen_may(dossier, Action.WITHDRAW),
        may_rate=citizen_may(dossier, Action.RATE),
    )


def supplement_request(dossier: Dossier) -> str:
    """What the officer asked for in the latest supplement request."""
    event = (
        Event.objects.filter(dossier=dossier, action=Action.REQUEST_SUPPLEMENT)
        .order_by("-seq")
        .only("note")
        .first()
    )
    return event.note if event else ""


# --- tracking --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicStep:
    at: dt.datetime
    action: str
    step: str
    status: str


@dataclass(frozen=True)
class Tracking:
    dossier: Dossier
    status: Status
    status_label: str
    procedure: str
    due: Due | None
    reasons: tuple[str, ...]
    overdue: bool
    history: tuple[PublicStep, ...]
    supplement_request: str  # only while the dossier waits for a supplement
    personal: bool
    documents: tuple[Document, ...] = field(default=())


def tracked_dossier(code: str) -> Dossier | None:
    return (
        Dossier.objects.select_related(
            "version", "version__procedure", "received_by_agency", "competent_agency"
        )
        .filter(code=code)
        .first()
    )


def _last_digits(value: str) -> str:
    digits = "".join(ch for ch in value if ch.isdigit())
    return digits[-4:] if len(digits) >= 4 else "-"  # "-" never equals a 4-digit answer


def factor_matches(dossier: Dossier | None, factor: str) -> bool:
    """The answer is the last 4 digits of the phone or of the id number; compared in constant
    time, and compared just the same when there is no dossier."""
    phone = _last_digits(dossier.applicant_phone) if dossier else "-"
    id_number = _last_digits(dossier.applicant_id_number) if dossier else "-"
    answer = factor.encode()
    by_phone = hmac.compare_digest(phone.encode(), answer)
    by_id = hmac.compare_digest(id_number.encode(), answer)
    return dossier is not None and (by_phone | by_id)


def tracking(dossier: Dossier, *, now: dt.datetime, personal: bool) -> Tracking:
    """What anyone with the code may see, plus the personal part when `personal`."""
    plan = build_plan(
        dossier.version,
        dossier.channel,
        received_by=dossier.received_by_agency,
        competent=dossier.competent_agency,
    )
    state = state_of(dossier)
    due = explain_due(state, plan)
    status = Status(dossier.status)
    events = list(
        Event.objects.filter(dossier=dossier)
        .order_by("seq")
        .only("seq", "action", "at", "to_status", "step_name", "note")
    )
    requests = [e.note for e in events if e.action == Action.REQUEST_SUPPLEMENT]
    documents: tuple[Document, ...] = ()
    if personal:
        documents = tuple(
            Document.objects.filter(dossier=dossier)
            .only("kind", "name", "component_code", "size", "content_type", "created_at")
            .order_by("pk")
        )
    return Tracking(
        dossier=dossier,
        status=status,
        status_label=status_label(status),
        procedure=dossier.version.name,
        due=due,
        reasons=tuple(reason_line(r) for r in due.reasons) if due else (),
        overdue=is_late(state, now),
        history=tuple(
            PublicStep(e.at, action_label(e.action), e.step_name, status_label(e.to_status))
            for e in events
        ),
        supplement_request=requests[-1] if requests and status is Status.SUPPLEMENT else "",
        personal=personal,
        documents=documents,
    )


# --- throttling lookups and the second factor ------------------------------------------------
# Counted per fixed window in the database (RateCount), so every web process shares the counts.

FACTOR_ATTEMPTS = 10
FACTOR_WINDOW_SECONDS = 15 * 60


@dataclass(frozen=True)
class Window:
    index: int
    ends: dt.datetime


def _window(seconds: int, now: dt.datetime) -> Window:
    index = int(now.timestamp()) // seconds
    return Window(index, dt.datetime.fromtimestamp((index + 1) * seconds, tz=dt.UTC))


def _rate_key(what: str, window: Window, who: str) -> str:
    return f"{what}:{window.index}:{hashlib.sha256(who.encode()).hexdigest()[:40]}"


def rate_hit(keys: list[str], *, expires_at: dt.datetime) -> dict[str, int]:
    """Count one more hit on each key and return the counts: one statement, an atomic upsert,
    however many processes count at once."""
    table = connection.ops.quote_name(RateCount._meta.db_table)
    key, hits, expires = (connection.ops.quote_name(c) for c in ("key", "hits", "expires_at"))
    values = ", ".join(["(%s, 1, %s)"] * len(keys))
    sql = (
        f"INSERT INTO {table} ({key}, {hits}, {expires}) VALUES {values}"
        f" ON CONFLICT ({key}) DO UPDATE SET {hits} = {table}.{hits} + 1"
        f" RETURNING {key}, {hits}"
    )
    stamp = connection.ops.adapt_datetimefield_value(expires_at)
    with connection.cursor() as cursor:
        cursor.execute(sql, [p for k in keys for p in (k, stamp)])
        return {row[0]: row[1] for row in cursor.fetchall()}


def rate_counts_purge(*, now: dt.datetime | None = None) -> int:
    """Forget the windows that are over (the worker runs this every few minutes)."""
    deleted, _ = RateCount.objects.filter(expires_at__lt=now or timezone.now()).delete()
    return deleted


def lookup_wait(client: str, *, now: dt.datetime) -> int:
    """Count one lookup by code from `client`: the seconds it must wait when it made more than
    MOTCUA_TRACK_LOOKUPS in this window, else 0. Counted before the code is looked at, so the
    answer is the same for a code that exists and one that does not."""
    limit, seconds = settings.MOTCUA_TRACK_LOOKUPS, settings.MOTCUA_TRACK_WINDOW_SECONDS
    if limit <= 0 or seconds <= 0:
        return 0
    window = _window(seconds, now)
    key = _rate_key("track", window, client)
    hits = rate_hit([key], expires_at=window.ends)[key]
    return 0 if hits <= limit else max(1, math.ceil((window.ends - now).total_seconds()))


def _factor_keys(client: str, code: str, now: dt.datetime) -> tuple[Window, list[str]]:
    window = _window(FACTOR_WINDOW_SECONDS, now)
    return window, [_rate_key("factor-ip", window, client), _rate_key("factor-code", window, code)]


def factor_blocked(client: str, code: str, *, now: dt.datetime) -> bool:
    """Too many wrong answers from this client or for this code (existing or not) lately."""
    _, keys = _factor_keys(client, code, now)
    return RateCount.objects.filter(key__in=keys, hits__gte=FACTOR_ATTEMPTS).exists()


def factor_failed(client: str, code: str, *, now: dt.datetime) -> None:
    window, keys = _factor_keys(client, code, now)
    rate_hit(keys, expires_at=window.ends)
