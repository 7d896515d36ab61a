"""What forms 01–06 of Circular 03/2025 (Appendix I) show for one dossier.

Each builder reads a loaded `Story` and returns the template's context, or raises
`FormNotApplicable` naming what has not happened yet (a refusal form for a dossier never refused).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from motcua.desk.printing.handovers import handovers
from motcua.desk.printing.render import qr_data_uri
from motcua.desk.printing.story import (
    FormNotApplicable,
    Links,
    Story,
    applicant,
    header,
    issuer,
    require,
    signer,
)
from motcua.desk.printing.text import date_text, instant_text, limit_text, reason_line
from motcua.dossiers.lifecycle import Action, Status
from motcua.dossiers.models import Document, DocumentKind, Dossier
from motcua.dossiers.state import state_of
from motcua.dossiers.transitions import explain_due

Builder = Callable[[Story, Links, dt.datetime], dict[str, Any]]
NOT_APPLICABLE = "form_not_applicable"


@dataclass(frozen=True)
class FormSpec:
    number: int
    title: str
    template: str
    build: Builder
    heading: str = ""  # the title as printed, where it needs a chosen line break

    def __post_init__(self) -> None:
        if not self.heading:
            object.__setattr__(self, "heading", self.title)


def components(dossier: Dossier) -> list[dict[str, str]]:
    """The components the applicant handed in; before any is on file, the procedure's list."""
    documents = Document.objects.filter(dossier=dossier, kind=DocumentKind.COMPONENT)
    received = [
        {"name": d.name, "detail": "bản số hóa" if d.digitised else ""}
        for d in documents.order_by("pk")
    ]
    if received:
        return received
    return [
        {"name": c.name, "detail": f"bản chính: {c.originals}, bản sao: {c.copies}"}
        for c in dossier.version.spec.components
    ]


def receipt(story: Story, links: Links, now: dt.datetime) -> dict[str, Any]:
    """01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả."""
    dossier = story.dossier
    if dossier.received_at is None:
        raise FormNotApplicable(
            NOT_APPLICABLE,
            "Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận và hẹn trả kết quả.",
            message_en="The dossier has not been received yet, so it has no receipt.",
        )
    plan = story.plan()
    due = explain_due(state_of(dossier), plan)
    desk = issuer(story, None, dossier.received_by_agency)
    event = story.last(Action.RECEIVE) or story.last(Action.SUBMIT)
    return {
        "header": header(desk, number=dossier.code, at=dossier.received_at),
        "dossier": dossier,
        "applicant": applicant(dossier),
        "components": components(dossier),
        "channel": dossier.get_channel_display(),
        "limit": limit_text(plan.limit),
        "received_at": instant_text(dossier.received_at),
        "due_at": instant_text(dossier.due_at),
        "due_reasons": [reason_line(r) for r in due.reasons] if due else [],
        "officer": signer(event) if event else None,
        "desk": desk.name,
        "tracking_url": links.tracking,
        "qr": qr_data_uri(links.tracking),
    }


def supplement_request(story: Story, links: Links, now: dt.datetime) -> dict[str, Any]:
    """02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (the latest request)."""
    dossier = story.dossier
    event = require(
        story.last(Action.REQUEST_SUPPLEMENT),
        NOT_APPLICABLE,
        "Hồ sơ chưa có yêu cầu bổ sung, hoàn thiện.",
        "No supplement has been requested for this dossier.",
    )
    agency = issuer(story, event, dossier.received_by_agency)
    requests = [e for e in story.events if e.action == Action.REQUEST_SUPPLEMENT]
    return {
        "header": header(agency, number=f"{dossier.code}/{event.seq}", at=event.at),
        "dossier": dossier,
        "applicant": applicant(dossier),
        "note": event.note,
        "ordinal": len(requests),
        "requested_at": instant_text(event.at),
        "officer": signer(event),
        "agency": agency.name,
        "desk": story.agency_name(dossier.received_by_agency_id),
        "supplement_url": links.supplement,
    }


def refusal(story: Story, links: Links, now: dt.datetime) -> dict[str, Any]:
    """03 Phiếu từ chối tiếp nhận giải quyết hồ sơ."""
    dossier = story.dossier
    event = require(
        story.last(Action.REFUSE),
        NOT_APPLICABLE,
        "Hồ sơ không bị từ chối tiếp nhận nên không có phiếu từ chối.",
        "The dossier was not refused, so it has no refusal slip.",
    )
    agency = issuer(story, event, dossier.received_by_agency)
    return {
        "header": header(agency, number=f"{dossier.code}/{event.seq}", at=event.at),
        "dossier": dossier,
        "applicant": applicant(dossier),
        "submitted_at": instant_text(dossier.submitted_at or dossier.received_at),
        "note": event.note,
        "officer": signer(event),
        "agency": agency.name,
    }


def extension(story: Story, links: Links, now: dt.datetime) -> dict[str, Any]:
    """04 Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết."""
    dossier = story.dossier
    event = require(
        story.last(Action.EXTEND),
        NOT_APPLICABLE,
        "Hồ sơ chưa được gia hạn thời gian giải quyết.",
        "The dossier has not been extended.",
    )
    previous = event.data.get("previous_due_at")
    agency = issuer(story, event, dossier.competent_agency)
    return {
        "header": header(agency, number=f"{dossier.code}/{event.seq}", at=event.at),
        "dossier": dossier,
        "applicant": applicant(dossier),
        "received_at": instant_text(dossier.received_at),
        "previous_due_at": instant_text(dt.datetime.fromisoformat(previous) if previous else None),
        "new_due_at": instant_text(dossier.extended_to or dossier.due_at),
        "note": event.note,
        "officer": signer(event),
        "agency": agency.name,
        "desk": story.agency_name(dossier.received_by_agency_id),
    }


def stop(story: Story, links: Links, now: dt.datetime) -> dict[str, Any]:
    """05 Thông báo dừng giải quyết hồ sơ: the cause, the stage it had reached, the decision."""
    dossier = story.dossier
    event = require(
        story.last(Action.STOP),
        NOT_APPLICABLE,
        "Hồ sơ chưa có thông báo dừng xử lý.",
        "The dossier has no notice of stopped processing.",
    )
    # Events record the state after the action, so the stage is the one before the stop's.
    before = [e for e in story.events if e.seq < event.seq]
    stage = before[-1].step_name if before else ""
    status = Status(event.from_status).label if event.from_status else ""
    agency = issuer(story, event, dossier.competent_agency)
    return {
        "header": header(agency, number=f"{dossier.code}/{event.seq}", at=event.at),
        "dossier": dossier,
        "applicant": applicant(dossier),
        "received_at": instant_text(dossier.received_at),
        "stopped_at": instant_text(event.at),
        "stage": stage,
        "status": status,
        "note": event.note,
        "officer": signer(event),
        "agency": agency.name,
        "desk": story.agency_name(dossier.received_by_agency_id),
    }


def control(story: Story, links: Links, now: dt.datetime) -> dict[str, Any]:
    """06 Phiếu kiểm soát quá trình giải quyết hồ sơ: one row per step, from the events."""
    dossier = story.dossier
    if dossier.received_at is None:
        raise FormNotApplicable(
            NOT_APPLICABLE,
            "Hồ sơ chưa được tiếp nhận nên chưa có quá trình giải quyết để kiểm soát.",
            message_en="The dossier has not been received yet, so there is no process to show.",
        )
    desk = issuer(story, None, dossier.received_by_agency)
    return {
        "header": header(desk, number=dossier.code, at=dossier.received_at),
        "dossier": dossier,
        "applicant": applicant(dossier),
        "competent": story.agency_name(dossier.competent_agency_id),
        "desk": desk.name,
        "received_at": instant_text(dossier.received_at),
        "due_at": instant_text(dossier.due_at),
        "due_date": date_text(dossier.due_at),
        "rows": handovers(story, story.plan(), now),
        "status": Status(dossier.status).label,
        "printed_at": instant_text(now),
    }


FORMS: dict[int, FormSpec] = {
    spec.number: spec
    for spec in (
        FormSpec(1, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "printing/mau-01.html", receipt),
        FormSpec(
            2, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "printing/mau-02.html", supplement_request
        ),
        FormSpec(3, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "printing/mau-03.html", refusal),
        FormSpec(
            4,
            "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
            "printing/mau-04.html",
            extension,
            heading="Văn bản xin lỗi và đề nghị gia hạn\nthời gian giải quyết",
        ),
        FormSpec(5, "Thông báo dừng giải quyết hồ sơ", "printing/mau-05.html", stop),
        FormSpec(6, "Phiếu kiểm soát quá trình giải quyết hồ sơ", "printing/mau-06.html", control),
    )
}
