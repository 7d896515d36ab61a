"""The portal records of `mapping`, built from the database for a whole batch of dossiers at once.

A fixed number of queries whatever the batch size: the dossiers with their procedure version,
field and agencies; their documents; their events. Fees and time limits come from the pinned
version's spec, cached per version (a version never changes), so a version's catalogue data is
read once per process. The dossier's due instant after each event is replayed from its receipt,
pauses and extension with the pure clock, for the supplement rounds' old and new appointments.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from django.conf import settings
from django.urls import reverse

from motcua.catalog.models import ProcedureVersion
from motcua.clock import Calendar, Limit, LimitUnit, WorkingHours, due_at
from motcua.clock.services import agency_hours, province_calendar
from motcua.dossiers.lifecycle import Action
from motcua.dossiers.models import Document, Dossier, Event
from motcua.sync.portal.mapping import (
    DocumentRecord,
    DossierRecord,
    EventRecord,
    FeeRecord,
    PortalSettings,
)


class _OfDossier(Protocol):
    dossier_id: int


R = TypeVar("R", bound=_OfDossier)


def portal_settings() -> PortalSettings:
    ma_csdl: Any = settings.MOTCUA_PORTAL_MA_CSDL
    if isinstance(ma_csdl, str):
        ma_csdl = ma_csdl.split(",")
    return PortalSettings(
        madonvi=settings.MOTCUA_PORTAL_MADONVI,
        noi_nop_ho_so=settings.MOTCUA_PORTAL_NOI_NOP,
        loai_dinh_danh=settings.MOTCUA_PORTAL_LOAI_DINH_DANH,
        ma_csdl=tuple(code.strip() for code in ma_csdl if code.strip()),
        result_base_url=settings.MOTCUA_PUBLIC_URL,
    )


@dataclass(frozen=True)
class _Term:
    """What the mapping needs from one channel of a procedure version."""

    limit: Limit
    fees: tuple[FeeRecord, ...]


_TERMS: dict[tuple[int, str], dict[int, _Term]] = {}  # (version id, digest) → channel → term


def _terms(versions: dict[int, str]) -> dict[int, dict[int, _Term]]:
    """Per version id, its channels' terms; one query for the versions not yet cached."""
    missing = [pk for pk, digest in versions.items() if (pk, digest) not in _TERMS]
    if missing:
        if len(_TERMS) > 10_000:
            _TERMS.clear()
        for version in ProcedureVersion.objects.filter(pk__in=missing):
            _TERMS[(version.pk, version.digest)] = {
                term.channel: _Term(
                    Limit(term.amount, LimitUnit(term.unit)),
                    tuple(FeeRecord(fee.code, fee.name, fee.amount) for fee in term.fees),
                )
                for term in version.spec.channels
            }
    return {pk: _TERMS.get((pk, digest), {}) for pk, digest in versions.items()}


def dossier_records(dossier_ids: Sequence[int]) -> dict[int, DossierRecord]:
    """The records of the dossiers `dossier_ids` that exist, by id, in a fixed number of queries."""
    ids = list(dict.fromkeys(dossier_ids))
    if not ids:
        return {}
    dossiers = list(
        Dossier.objects.filter(pk__in=ids)
        .select_related(
            "version__procedure", "version__field", "competent_agency", "received_by_agency"
        )
        .defer("version__data", "version__search_text")
    )
    documents = _by_dossier(Document.objects.filter(dossier_id__in=ids).order_by("pk"))
    events = _by_dossier(Event.objects.filter(dossier_id__in=ids).order_by("seq"))
    terms = _terms({d.version_id: d.version.digest for d in dossiers})
    calendar = province_calendar() if any(d.received_at for d in dossiers) else None
    return {
        d.pk: _record(
            d,
            documents.get(d.pk, []),
            events.get(d.pk, []),
            terms[d.version_id].get(d.channel),
            calendar,
        )
        for d in dossiers
    }


def dossier_record(dossier: Dossier) -> DossierRecord:
    return dossier_records([dossier.pk])[dossier.pk]


def _by_dossier(rows: Iterable[R]) -> dict[int, list[R]]:
    grouped: dict[int, list[R]] = defaultdict(list)
    for row in rows:
        grouped[row.dossier_id].append(row)
    return grouped


def _record(
    d: Dossier,
    documents: list[Document],
    events: list[Event],
    term: _Term | None,
    calendar: Calendar | None,
) -> DossierRecord:
    version = d.version
    dues = _dues(d, events, term, calendar)
    return DossierRecord(
        code=d.code,
        procedure_code=version.procedure.code,
        procedure_name=version.name,
        field_code=version.field.code,
        field_name=version.field.name,
        channel=d.channel,
        applicant_name=d.applicant_name,
        applicant_kind=d.applicant_kind,
        applicant_id_number=d.applicant_id_number,
        applicant_phone=d.applicant_phone,
        applicant_email=d.applicant_email,
        applicant_address=d.applicant_address,
        summary=d.summary,
        submitted_at=d.submitted_at,
        received_at=d.received_at,
        due_at=d.due_at,
        status=d.status,
        finished_at=d.finished_at,
        returned_at=d.returned_at,
        ended_at=d.ended_at,
        competent_agency_code=d.competent_agency.code,
        competent_agency_name=d.competent_agency.name,
        received_by_agency_code=d.received_by_agency.code,
        received_by_agency_name=d.received_by_agency.name,
        digitised=d.digitised,
        reused=d.reused,
        identity_verified=d.identity_verified,
        paid_online=d.paid_online,
        fees=term.fees if term else (),
        documents=tuple(_document(doc) for doc in documents),
        events=tuple(_event(e, due) for e, due in zip(events, dues, strict=True)),
    )


def _document(doc: Document) -> DocumentRecord:
    return DocumentRecord(
        id=doc.pk,
        kind=doc.kind,
        name=doc.name,
        component_code=doc.component_code,
        path=reverse("desk:document", args=[doc.pk]),
        digitised=doc.digitised,
        reused=doc.reused_from_id is not None,
        from_national_store=doc.from_national_store,
    )


def _event(e: Event, due: dt.datetime | None) -> EventRecord:
    return EventRecord(
        seq=e.seq,
        action=e.action,
        at=e.at,
        from_status=e.from_status,
        to_status=e.to_status,
        actor_name=e.actor_name,
        actor_title=e.actor_title,
        actor_department=e.actor_department,
        note=e.note,
        step_name=e.step_name,
        step_started_at=e.step_started_at,
        step_due_at=e.step_due_at,
        data=dict(e.data or {}),
        due_at=due,
    )


def _dues(
    d: Dossier, events: list[Event], term: _Term | None, calendar: Calendar | None
) -> list[dt.datetime | None]:
    """The dossier's due instant just after each event: the pauses closed by then and the
    extension once granted, as `transitions.explain_due` computed it at the time."""
    received = d.received_at
    if received is None or term is None or calendar is None:
        return [None] * len(events)
    pauses = [(dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)) for a, b in d.pauses]
    extended_seq = next((e.seq for e in events if e.action == Action.EXTEND), None)
    hours = agency_hours(d.competent_agency.working_hours)
    known: dict[tuple[int, bool], dt.datetime | None] = {}
    dues: list[dt.datetime | None] = []
    for event in events:
        if event.at < received:
            dues.append(None)
            continue
        closed = sum(1 for _, resumed in pauses if resumed <= event.at)
        extended = extended_seq is not None and event.seq >= extended_seq
        key = (closed, extended)
        if key not in known:
            extended_to = d.extended_to if extended else None
            known[key] = _due(received, term.limit, calendar, hours, pauses[:closed], extended_to)
        dues.append(known[key])
    return dues


def _due(
    received: dt.datetime,
    limit: Limit,
    calendar: Calendar,
    hours: WorkingHours,
    pauses: list[tuple[dt.datetime, dt.datetime]],
    extended_to: dt.datetime | None,
) -> dt.datetime | None:
    try:
        at = due_at(received, limit, calendar=calendar, hours=hours, pauses=pauses).at
    except ValueError:  # a malformed pause: the appointment is then unknown, not an error
        return None
    return extended_to if extended_to is not None and extended_to > at else at
