"""One dossier as the printed forms read it: its events in order and the agencies they name.

Loaded in a fixed number of queries (the events with their actors, then the agencies with their
parents and units), whatever the length of the dossier's history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from motcua.desk.printing.text import date_text, long_date, place_name
from motcua.dossiers.lifecycle import Action
from motcua.dossiers.models import ApplicantKind, Dossier, Event
from motcua.dossiers.plans import build_plan
from motcua.dossiers.transitions import Plan
from motcua.errors import NotFound
from motcua.units.models import Agency


class FormNotApplicable(NotFound):
    """The form exists, but nothing has happened yet that it would record."""


@dataclass(frozen=True)
class Links:
    """Absolute URLs printed on the forms (the request knows the host; the forms do not)."""

    tracking: str
    supplement: str


@dataclass(frozen=True)
class Story:
    dossier: Dossier
    events: list[Event]
    agencies: dict[int, Agency]

    def last(self, *actions: Action) -> Event | None:
        wanted = {a.value for a in actions}
        return next((e for e in reversed(self.events) if e.action in wanted), None)

    def agency(self, pk: int | None) -> Agency | None:
        return self.agencies.get(pk) if pk is not None else None

    def agency_name(self, pk: int | None) -> str:
        agency = self.agency(pk)
        return agency.name if agency else ""

    def plan(self) -> Plan:
        dossier = self.dossier
        return build_plan(
            dossier.version,
            dossier.channel,
            received_by=dossier.received_by_agency,
            competent=dossier.competent_agency,
        )


def load_story(dossier: Dossier) -> Story:
    events = list(Event.objects.filter(dossier=dossier).select_related("actor").order_by("seq"))
    ids = {e.agency_id for e in events if e.agency_id is not None}
    ids |= {dossier.received_by_agency_id, dossier.competent_agency_id}
    agencies = Agency.objects.select_related("parent", "unit").filter(pk__in=ids)
    return Story(dossier, events, {a.pk: a for a in agencies})


def require(event: Event | None, code: str, message: str, message_en: str) -> Event:
    """The event the form records, or a 404 that says what has not happened yet."""
    if event is None:
        raise FormNotApplicable(code, message, message_en=message_en)
    return event


def header(agency: Agency, *, number: str, at: dt.datetime) -> dict[str, str]:
    """The two-column heading: the parent agency and the issuer, the number, place and date."""
    return {
        "parent": agency.parent.name if agency.parent else "",
        "issuer": agency.name,
        "number": number,
        "place": place_name(agency.unit.name),
        "dated": long_date(at),
    }


def issuer(story: Story, event: Event | None, fallback: Agency) -> Agency:
    """The agency that issues a notice: the acting officer's, else the dossier's `fallback`.
    The loaded copy carries the parent and unit the heading needs."""
    chosen = story.agency(event.agency_id if event else None)
    return chosen or story.agencies.get(fallback.pk) or fallback


def applicant(dossier: Dossier) -> dict[str, str]:
    citizen = dossier.applicant_kind == ApplicantKind.CITIZEN
    return {
        "name": dossier.applicant_name,
        # How the notices address the applicant: a person, or an organisation.
        "you": "ông/bà" if citizen else "quý cơ quan, tổ chức",
        "id_number": dossier.applicant_id_number,
        "address": dossier.applicant_address,
        "phone": dossier.applicant_phone,
        "email": dossier.applicant_email,
        "procedure": dossier.version.name,
        "summary": dossier.summary if dossier.summary != dossier.version.name else "",
        "received": date_text(dossier.received_at),
    }


def signer(event: Event) -> dict[str, str]:
    phone = event.actor.phone if event.actor else ""
    return {
        "name": event.actor_name,
        "title": event.actor_title,
        "department": event.actor_department,
        "phone": phone,
    }
