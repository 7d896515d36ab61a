"""`motcua seed`: the demo province, its catalogue and a year of dossiers.

Reference data goes in with bulk inserts. Dossiers take the **bulk path**: each story is played
through the same pure `transitions.apply` the services use, and rows are built by the same
`dossier_row` / `event_row` / `delivery_rows` helpers; `test_seed.py` checks the rows equal those
the services write for the same story.

Returning applicants reuse a paper already digitised (Decision 766's reuse rate): an online
applicant who holds one, an issued result of an earlier dossier, fills a component with it in
about a third of their later dossiers (see `REUSE_SHARE`), as `dossiers.reuse.document_reuse`
would.
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
from motcua.dossiers.selectors import ReusableDocument, reusable_documents
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
    # The component the applicant fills with a digitised paper they already hold, if they hold
    # one by then (online applicants, who have an account and so their earlier dossiers).
    reuse_component: str = ""


# Share of paper dossiers the desk scans at intake (the seeds: 63–98% at most desks).
SCANNED_SHARE = 0.85
# Share of online dossiers whose applicant wishes to reuse a paper they hold. Stories come in
# random order of time and a dossier can only reuse a paper written before it, which hides
# about a quarter of what applicants hold: 0.45 makes about a third (30–40%) of the dossiers
# whose applicant holds a digitised paper reuse one.
REUSE_SHARE = 0.45


def _budget_seconds(plan: Plan) -> int:
    return sum(s.budget_seconds for s in plan.steps)


def plan_intakes(refs: Refs, *, count: int, seed: int, now: dt.datetime) -> Iterator[Intake]:
    rng = random.Random(seed)
    # A stream of its own, so the reuse wishes leave every other draw as it was.
    reuse_rng = random.Random(f"reuse-{seed}")
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
        owner = rng.choice(refs.citizens) if online and refs.citizens else None
        wish = owner is not None and bool(spec.components) and reuse_rng.random() < REUSE_SHARE
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
            owner=owner,
            start=start,
            steps=tuple(
                story(rng, online=online, budget=_budget_seconds(plan), has_leader=has_leader)
            ),
            scanned=not online and rng.random() < SCANNED_SHARE,
            reuse_component=reuse_rng.choice(spec.components).code if wish else "",
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


@dataclass(slots=True)
class Paper:
    """A digitised paper a demo applicant holds: the file facts a reuse copies, and when it was
    issued (a result when its dossier finished, a scan when its dossier was received)."""

    at: dt.datetime
    file: str
    sha256: str
    size: int
    content_type: str
    pk: int | None = None  # known once written


@dataclass
class Holdings:
    """Each online applicant's digitised papers so far, in the order they were written: what
    `selectors.reusable_documents(owner_id=…)` answers, kept in memory for the bulk path."""

    papers: dict[int, list[Paper]] = field(default_factory=dict)
    unwritten: list[tuple[Paper, Document]] = field(default_factory=list)

    def add(self, owner_id: int, at: dt.datetime, document: Document) -> None:
        file = document.file.name or ""
        paper = Paper(at, file, document.sha256, document.size, document.content_type)
        self.papers.setdefault(owner_id, []).append(paper)
        self.unwritten.append((paper, document))

    def latest(self, owner_id: int, before: dt.datetime) -> Paper | None:
        """The paper issued last before `before` (the last written, on a tie)."""
        best: Paper | None = None
        for paper in self.papers.get(owner_id, ()):
            if paper.at < before and (best is None or paper.at >= best.at):
                best = paper
        return best

    def written(self) -> None:
        for paper, document in self.unwritten:
            paper.pk = document.pk
        self.unwritten.clear()


def _papers(p: Played, dossier: Dossier) -> list[tuple[dt.datetime | None, Document]]:
    """The dossier's result (once finished) and the desk's scans, with when each was issued."""
    papers: list[tuple[dt.datetime | None, Document]] = []
    if dossier.finished_at is not None:
        result = Document(
            dossier=dossier,
            kind=DocumentKind.RESULT,
            name=_result_name(p),
            uploaded_by=p.changes[-1][1],
        )
        papers.append((dossier.finished_at, result))
    if p.intake.scanned:  # metadata only: the demo ships no scanned files
        received = dossier.received_at or dossier.submitted_at
        papers += [
            (
                received,
                Document(
                    dossier=dossier,
                    kind=DocumentKind.COMPONENT,
                    name=component.name,
                    component_code=component.code,
                    digitised=True,
                    uploaded_by=p.changes[0][1],
                ),
            )
            for component in p.intake.version.spec.components
        ]
    return papers


def _reuse(p: Played, dossier: Dossier, paper: Paper) -> Document:
    """What `document_reuse` writes: the component, on the held paper's file."""
    code = p.intake.reuse_component
    component = next(c for c in p.intake.version.spec.components if c.code == code)
    return Document(
        dossier=dossier,
        kind=DocumentKind.COMPONENT,
        component_code=component.code,
        name=component.name[:500],
        file=paper.file,
        sha256=paper.sha256,
        size=paper.size,
        content_type=paper.content_type,
        digitised=True,
        uploaded_by=p.intake.owner,
    )


def insert_played(
    played: list[Played],
    counters: dict[str, int],
    ids: IdAllocator,
    held: Holdings | None = None,
) -> int:
    """Write the dossiers, events, deliveries and documents of `played` in bulk.

    `held`: the applicants' digitised papers from the batches written before (kept across
    batches by `seed_dossiers`); a dossier reuses one issued before it was submitted."""
    held = held if held is not None else Holdings()
    dossiers: list[Dossier] = []
    papers: list[Document] = []
    reuses: list[tuple[Document, Paper]] = []
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
        owner = p.intake.owner
        if owner is not None:
            dossier.owner = owner
        store_state(dossier, p.changes[-1][0].after)
        dossier.event_count = len(p.changes)
        held_paper = None
        if owner is not None and p.intake.reuse_component:
            held_paper = held.latest(owner.pk, before=first.at)
        if held_paper is not None:
            reuses.append((_reuse(p, dossier, held_paper), held_paper))
        dossier.reused = held_paper is not None
        scanned = p.intake.scanned and bool(p.intake.version.spec.components)
        dossier.digitised = scanned or dossier.reused
        for at, document in _papers(p, dossier):
            papers.append(document)
            if owner is not None and at is not None:
                held.add(owner.pk, at, document)
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
    for document in papers:
        document.dossier_id = document.dossier.pk
    insert(Document, papers, ids)
    held.written()
    for document, paper in reuses:
        document.dossier_id, document.reused_from_id = document.dossier.pk, paper.pk
    insert(Document, [document for document, _ in reuses], ids)
    return len(dossiers)


def seed_dossiers(refs: Refs, *, count: int, seed: int, now: dt.datetime, chunk: int = 1000) -> int:
    counters = {c.prefix: c.value for c in CodeSequence.objects.all()}
    ids = IdAllocator()
    held = Holdings()
    written = 0
    batch: list[Played] = []
    for intake in plan_intakes(refs, count=count, seed=seed, now=now):
        played = play(refs, intake, now=now)
        if played is not None:
            batch.append(played)
        if len(batch) >= chunk:
            with transaction.atomic():
                written += insert_played(batch, counters, ids, held)
            batch = []
    with transaction.atomic():
        if batch:
            written += insert_played(batch, counters, ids, held)
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
    from motcua.dossiers.reuse import document_reuse
    from motcua.testing.files import PDF

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
    owner = intake.owner
    held = _held_paper(owner, before=first.at) if owner and intake.reuse_component else None
    if owner is not None and held is not None:
        document_reuse(
            dossier=dossier,
            actor=owner,
            source_id=held.id,
            component_code=intake.reuse_component,
        )
    for change, actor, note in rest:
        if change.action is Action.FINISH:
            document_add(
                dossier=dossier,
                actor=actor,
                kind="result",
                name="Kết quả",
                content=PDF,
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


def _held_paper(owner: User, *, before: dt.datetime) -> ReusableDocument | None:
    """The paper `owner` had issued last before `before`, as `Holdings.latest` picks it."""
    for paper in reusable_documents(owner_id=owner.pk, limit=None):  # last issued first
        if paper.issued_at < before:
            return paper
    return None


def seed_all(*, dossiers: int, seed: int, now: dt.datetime) -> tuple[Refs, int]:
    province = build_province(seed)
    with transaction.atomic():
        refs = seed_reference(province, citizens=max(50, dossiers // 20))
    return refs, seed_dossiers(refs, count=dossiers, seed=seed, now=now)
