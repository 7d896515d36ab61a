"""`motcua seed`: the demo province, its catalogue and a year of dossiers.

Reference data goes in with bulk inserts. Dossiers take the **bulk path**: each story is played
through the same pure `transitions.apply` the services use, and rows are built by the same
`dossier_row` / `event_row` / `delivery_rows` helpers; `test_seed.py` checks the rows equal those
the services write for the same story.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction

from motcua.accounts.models import Role, User
from motcua.catalog.laythutuc import parse
from motcua.catalog.models import ProcedureVersion
from motcua.catalog.services import catalog_import
from motcua.clock import VN_TZ, add_working_seconds
from motcua.demo.bulk import IdAllocator, insert, reset_sequences
from motcua.demo.province import Province, build_province, make_applicant
from motcua.demo.stories import Step, story
from motcua.dossiers.lifecycle import LEADER, Action
from motcua.dossiers.models import CodeSequence, Document, DocumentKind, Dossier, Event
from motcua.dossiers.plans import build_plan
from motcua.dossiers.services import (
    Applicant,
    default_reception,
    delivery_rows,
    dossier_act,
    dossier_create,
    dossier_row,
    event_row,
)
from motcua.dossiers.state import store_state
from motcua.dossiers.transitions import Change, Plan, State, apply
from motcua.sync.models import Delivery
from motcua.units.models import AdministrativeUnit, Agency

DEMO_PASSWORD = settings.MOTCUA_DEMO_PASSWORD


@dataclass
class Refs:
    """The seeded reference data, in memory, for the dossier generator."""

    agencies: dict[str, Agency]
    staff: dict[tuple[str, int], list[User]]  # (role, agency id) → officers
    citizens: list[User]
    versions: list[ProcedureVersion]
    communes: list[Agency]
    commune_names: dict[int, str] = field(default_factory=dict)


def seed_reference(province: Province, *, citizens: int) -> Refs:
    units: dict[str, AdministrativeUnit] = {}
    for row in province.units:
        units[row.code] = AdministrativeUnit(
            code=row.code,
            name=row.name,
            level=row.level,
            valid_from=row.valid_from,
            valid_to=row.valid_to,
        )
    AdministrativeUnit.objects.bulk_create(units.values())
    for row in province.units:
        if row.parent_code:
            units[row.code].parent = units[row.parent_code]
    AdministrativeUnit.objects.bulk_update(units.values(), ["parent"])
    Through = AdministrativeUnit.successors.through
    Through.objects.bulk_create(
        Through(from_administrativeunit=units[row.code], to_administrativeunit=units[succ])
        for row in province.units
        for succ in row.successor_codes
    )
    agencies = {
        row.code: Agency(
            code=row.code,
            name=row.name,
            kind=row.kind,
            unit=units[row.unit_code],
            valid_from=row.valid_from,
            valid_to=row.valid_to,
        )
        for row in province.agencies
    }
    Agency.objects.bulk_create(agencies.values())
    for agency_row in province.agencies:
        if agency_row.parent_code:
            agencies[agency_row.code].parent = agencies[agency_row.parent_code]
    Agency.objects.bulk_update(agencies.values(), ["parent"])

    password = make_password(DEMO_PASSWORD)
    officers = [
        User(
            username=row.username,
            full_name=row.full_name,
            role=row.role,
            agency=agencies[row.agency_code],
            title=row.title,
            department=row.department,
            password=password,
            is_staff=row.role == Role.ADMIN,
            is_superuser=row.role == Role.ADMIN,
        )
        for row in province.officers
    ]
    rng = random.Random(7)
    people = [
        User(
            username=f"congdan.{i:05d}",
            full_name=make_applicant(rng, commune_name="").name,
            role=Role.CITIZEN,
            password=password,
        )
        for i in range(1, citizens + 1)
    ]
    User.objects.bulk_create([*officers, *people])
    catalog_import(parse(list(province.procedures)), at=dt.datetime(2025, 7, 1, tzinfo=VN_TZ))

    staff: dict[tuple[str, int], list[User]] = defaultdict(list)
    for user in User.objects.exclude(role=Role.CITIZEN).order_by("pk"):
        if user.agency_id:
            staff[(user.role, user.agency_id)].append(user)
    saved = {a.code: a for a in Agency.objects.select_related("parent")}
    communes = [a for a in saved.values() if a.kind == "commune_committee"]
    return Refs(
        agencies=saved,
        staff=staff,
        citizens=list(User.objects.filter(role=Role.CITIZEN).order_by("pk")),
        versions=list(
            ProcedureVersion.objects.filter(valid_to__isnull=True)
            .select_related("procedure", "field")
            .order_by("procedure__code")
        ),
        communes=sorted(communes, key=lambda a: a.code),
        commune_names={a.pk: a.unit.name for a in Agency.objects.select_related("unit")},
    )


@dataclass(frozen=True)
class Intake:
    """Everything fixed when a dossier is first filed; the rest is its story."""

    version: ProcedureVersion
    channel: int
    applicant: Applicant
    competent: Agency
    received_by: Agency
    owner: User | None
    start: dt.datetime
    steps: tuple[Step, ...]
    scanned: bool = False  # paper handed in at the desk and scanned there: digitised components


# Share of paper dossiers the desk scans at intake (the seeds: 63–98% at most desks).
SCANNED_SHARE = 0.85


def _budget_seconds(plan: Plan) -> int:
    return sum(s.budget_seconds for s in plan.steps)


def plan_intakes(refs: Refs, *, count: int, seed: int, now: dt.datetime) -> Iterator[Intake]:
    rng = random.Random(seed)
    popular = refs.versions[:60]  # a few procedures take most dossiers, as in real provinces
    receptions: dict[int, Agency] = {}
    for _ in range(count):
        version = rng.choice(popular) if rng.random() < 0.6 else rng.choice(refs.versions)
        spec = version.spec
        channels = [c.channel for c in spec.channels]
        online = 2 in channels and rng.random() < 0.55
        channel = 2 if online else (3 if 3 in channels and rng.random() < 0.05 else 1)
        if "commune" in version.levels:
            competent = rng.choice(refs.communes)
        else:
            codes = [a.code for a in spec.agencies if a.code in refs.agencies]
            competent = refs.agencies[codes[0]] if codes else rng.choice(refs.communes)
        if competent.pk not in receptions:
            receptions[competent.pk] = default_reception(competent)
        received_by = receptions[competent.pk]
        person = make_applicant(rng, commune_name=refs.commune_names.get(competent.pk, ""))
        days_ago = rng.random() * 365
        start = now - dt.timedelta(days=days_ago)
        plan = build_plan(version, channel, received_by=received_by, competent=competent)
        has_leader = any(s.role == LEADER for s in plan.steps)
        yield Intake(
            version=version,
            channel=channel,
            applicant=Applicant(
                name=person.name,
                kind=person.kind,
                id_number=person.id_number,
                phone=person.phone,
                email=person.email,
                address=person.address,
            ),
            competent=competent,
            received_by=received_by,
            owner=rng.choice(refs.citizens) if online and refs.citizens else None,
            start=start,
            steps=tuple(
                story(rng, online=online, budget=_budget_seconds(plan), has_leader=has_leader)
            ),
            scanned=not online and rng.random() < SCANNED_SHARE,
        )


def _actor(refs: Refs, intake: Intake, step: Step, state: State, pick: int) -> User | None:
    if step.role == "citizen":
        return intake.owner
    agency_id = state.holder_agency_id or intake.received_by.pk
    if step.role == "desk":
        agency_id = intake.received_by.pk
    if step.role in ("officer", "leader"):
        agency_id = intake.competent.pk
    people = refs.staff.get((step.role, agency_id)) or []
    return people[pick % len(people)] if people else None


@dataclass
class Played:
    intake: Intake
    changes: list[tuple[Change, User, str]]
    plan: Plan


def play(refs: Refs, intake: Intake, *, now: dt.datetime) -> Played | None:
    """Run the story through the pure transitions up to `now`; None if it cannot start."""
    plan = build_plan(
        intake.version, intake.channel, received_by=intake.received_by, competent=intake.competent
    )
    state = State()
    at = intake.start
    changes: list[tuple[Change, User, str]] = []
    for index, step in enumerate(intake.steps):
        if index:
            at, _ = add_working_seconds(
                at, max(step.after, 60), calendar=plan.calendar, hours=plan.hours
            )
        if at > now:
            break
        actor = _actor(refs, intake, step, state, index)
        if actor is None:
            break
        params = dict(step.params)
        if step.action == Action.EXTEND and state.due_at:
            params = {
                "new_due_at": state.due_at + dt.timedelta(days=params.pop("extra_days", 3)),
                "reason": step.note,
            }
        if step.action == Action.FINISH:
            state = dataclasses.replace(state, has_result=True)
        change = apply(state, step.action, role=actor.role, at=at, plan=plan, params=params)
        changes.append((change, actor, step.note))
        state = change.after
    return Played(intake, changes, plan) if changes else None


def _result_name(p: Played) -> str:
    results = p.intake.version.spec.results
    return results[0].name if results else "Kết quả"


def insert_played(played: list[Played], counters: dict[str, int], ids: IdAllocator) -> int:
    """Write the dossiers, events, deliveries and result documents of `played` in bulk."""
    dossiers: list[Dossier] = []
    for p in played:
        first, actor, _ = p.changes[0]
        prefix = f"{p.intake.received_by.code}-{first.at.astimezone(VN_TZ):%y%m%d}"
        counters[prefix] = counters.get(prefix, 0) + 1
        dossier = dossier_row(
            code=f"{prefix}-{counters[prefix]:05d}",
            version=p.intake.version,
            channel=p.intake.channel,
            actor=actor,
            applicant=p.intake.applicant,
            summary="",
            competent=p.intake.competent,
            received_by=p.intake.received_by,
            helped_at=None,
            identity_verified=p.intake.channel == 2,
            change=first,
        )
        if p.intake.owner is not None:
            dossier.owner = p.intake.owner
        store_state(dossier, p.changes[-1][0].after)
        dossier.event_count = len(p.changes)
        dossier.digitised = p.intake.scanned and bool(p.intake.version.spec.components)
        dossiers.append(dossier)
    insert(Dossier, dossiers, ids)
    events = [
        event_row(dossier, change, p.plan, actor=actor, note=note, seq=seq)
        for p, dossier in zip(played, dossiers, strict=True)
        for seq, (change, actor, note) in enumerate(p.changes, start=1)
    ]
    for event in events:
        event.dossier_id = event.dossier.pk
    insert(Event, events, ids)
    insert(Delivery, [d for e in events for d in delivery_rows(e)], ids)
    insert(
        Document,
        [
            Document(
                dossier_id=dossier.pk,
                kind=DocumentKind.RESULT,
                name=_result_name(p),
                uploaded_by=p.changes[-1][1],
            )
            for p, dossier in zip(played, dossiers, strict=True)
            if dossier.finished_at is not None
        ]
        + [
            # the desk's scans (metadata only: the demo ships no scanned files)
            Document(
                dossier_id=dossier.pk,
                kind=DocumentKind.COMPONENT,
                name=component.name,
                component_code=component.code,
                digitised=True,
                uploaded_by=p.changes[0][1],
            )
            for p, dossier in zip(played, dossiers, strict=True)
            if p.intake.scanned
            for component in p.intake.version.spec.components
        ],
        ids,
    )
    return len(dossiers)


def seed_dossiers(refs: Refs, *, count: int, seed: int, now: dt.datetime, chunk: int = 1000) -> int:
    counters = {c.prefix: c.value for c in CodeSequence.objects.all()}
    ids = IdAllocator()
    written = 0
    batch: list[Played] = []
    for intake in plan_intakes(refs, count=count, seed=seed, now=now):
        played = play(refs, intake, now=now)
        if played is not None:
            batch.append(played)
        if len(batch) >= chunk:
            with transaction.atomic():
                written += insert_played(batch, counters, ids)
            batch = []
    with transaction.atomic():
        if batch:
            written += insert_played(batch, counters, ids)
        reset_sequences(Dossier, Event, Delivery, Document)
        CodeSequence.objects.bulk_create(
            [CodeSequence(prefix=k, value=v) for k, v in counters.items()],
            update_conflicts=True,
            unique_fields=["prefix"],
            update_fields=["value"],
        )
    return written


def play_with_services(intake: Intake, refs: Refs, *, now: dt.datetime) -> Dossier | None:
    """The same story through the service functions (for the equality test)."""
    from motcua.dossiers.documents import document_add
    from motcua.dossiers.tests.helpers import PDF

    played = play(refs, intake, now=now)
    if played is None:
        return None
    (first, actor, _), *rest = played.changes
    dossier = dossier_create(
        actor=actor,
        procedure_code=intake.version.procedure.code,
        channel=intake.channel,
        applicant=intake.applicant,
        competent=intake.competent,
        received_by=intake.received_by,
        identity_verified=intake.channel == 2,
        at=first.at,
    )
    if intake.owner is not None and dossier.owner_id != intake.owner.pk:
        Dossier.objects.filter(pk=dossier.pk).update(owner=intake.owner)
    if intake.scanned:
        for component in intake.version.spec.components:
            document_add(
                dossier=dossier,
                actor=actor,
                kind="component",
                name=component.name,
                component_code=component.code,
                content=PDF,
                digitised=True,
            )
    for change, actor, note in rest:
        if change.action is Action.FINISH:
            document_add(
                dossier=dossier,
                actor=actor,
                kind="result",
                name="Kết quả",
                content=b"%PDF-1.4\n%%EOF\n",
            )
        params: dict[str, Any] = {}
        if change.action is Action.EXTEND:
            params = {"new_due_at": change.after.extended_to}
        if change.action is Action.RATE:
            params = {"rating": change.after.rating}
        if change.action is Action.PAY:
            params = {"online": bool(change.data.get("online"))}
        dossier = dossier_act(
            code=dossier.code,
            action=change.action.value,
            actor=actor,
            note=note,
            params=params,
            at=change.at,
        )
    return dossier


def seed_all(*, dossiers: int, seed: int, now: dt.datetime) -> tuple[Refs, int]:
    province = build_province(seed)
    with transaction.atomic():
        refs = seed_reference(province, citizens=max(50, dossiers // 20))
    return refs, seed_dossiers(refs, count=dossiers, seed=seed, now=now)
