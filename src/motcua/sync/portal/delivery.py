"""The worker's handler for the consumer "portal": a batch of deliveries → three portal calls.

For a batch (deliveries in id order, so in order per dossier): read the dossiers' records once,
send ONE DongBoHoSoMC create for the dossiers the portal does not have yet and ONE update for
those it has, each with the dossier as it stands now, then ONE CapNhatTienDoHoSoMC with the steps
of the batch's events in order. The portal judges a request whole and stores nothing of a
rejected one, so a rejection naming records drops those (and every later delivery of the same
dossier) and the rest is sent again. A create that meets "already exists" goes again as an update
and an update of a dossier the portal lost goes again as a create, so a portal that forgot (or
a crash between the portal's answer and our commit) heals by itself.

Safe to run twice: the portal drops a step it already has (same MaHoSo, instant, status, content)
and an update with the same snapshot changes nothing.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from django.conf import settings
from django.utils import timezone

from motcua.dossiers.models import Dossier
from motcua.sync import worker
from motcua.sync.models import Delivery, PortalDossier
from motcua.sync.portal.client import (
    PortalClient,
    PortalError,
    PortalExists,
    PortalRejected,
    portal_client,
)
from motcua.sync.portal.mapping import DossierRecord, EventRecord, dossier_payload, step_payload
from motcua.sync.portal.snapshot import dossier_records, portal_settings

log = logging.getLogger("motcua.portal")

CONSUMER = "portal"
CREATE, UPDATE = "create", "update"
Outcome = dict[int, str | None]


def portal_deliver(batch: list[Delivery]) -> Outcome:
    """The handler (see `motcua.sync.worker`): {delivery id: None if delivered, else the error}."""
    client = portal_client()
    ids = list(dict.fromkeys(d.dossier_id for d in batch))
    records = dossier_records(ids)
    known = dict(PortalDossier.objects.filter(dossier_id__in=ids).values_list("dossier_id", "code"))
    records = {i: dataclasses.replace(r, code=known.get(i, r.code)) for i, r in records.items()}
    failed = {i: "hồ sơ không còn (dossier not found)" for i in ids if i not in records}
    try:
        created = sync_dossiers(client, records, known=set(known), failed=failed)
        PortalDossier.objects.bulk_create(
            [
                PortalDossier(dossier_id=i, code=records[i].code, created_at=timezone.now())
                for i in created
            ],
            ignore_conflicts=True,
        )
        if created:  # the sync rate counts dossiers the portal has
            Dossier.objects.filter(pk__in=created).update(figures_stale=True)
        step_errors = push_steps(client, batch, records, failed)
    except PortalError as exc:  # transient or not: the whole batch goes again later
        log.warning("portal: batch of %d failed: %s", len(batch), exc)
        return {d.pk: f"{type(exc).__name__}: {exc}" for d in batch}
    return step_errors


def sync_dossiers(
    client: PortalClient,
    records: Mapping[int, DossierRecord],
    *,
    known: set[int],
    failed: dict[int, str],
) -> list[int]:
    """Bring the portal's copy of each dossier up to date; return the ids the portal now has
    that `known` did not list. Dossiers the portal refused go into `failed` with the reason."""
    s = portal_settings()
    payloads = {i: dossier_payload(r, s) for i, r in records.items() if i not in failed}
    mode = {i: UPDATE if i in known else CREATE for i in payloads}
    reasons: dict[int, str] = {}
    now_known: list[int] = []
    for _ in range(3):  # a record may switch create ⇄ update twice, then it has failed
        for kind in (CREATE, UPDATE):
            todo = [i for i, m in mode.items() if m == kind]
            if not todo:
                continue
            done, exists, refused = _send(client, kind, todo, payloads)
            for i in done:
                del mode[i]
                if i not in known:
                    now_known.append(i)
            for i in exists:  # the portal has it already: an update then
                mode[i] = UPDATE
                reasons[i] = "2 the portal has the dossier"
            for i, reason in refused.items():
                reasons[i] = reason
                if kind == UPDATE:
                    mode[i] = CREATE  # perhaps the portal lost it: a create then
                else:
                    del mode[i]  # a refused create is refused
                    failed[i] = reason
        if not mode:
            break
    for i in mode:
        failed[i] = reasons.get(i, "the portal neither creates nor updates the dossier")
    return now_known


def _send(
    client: PortalClient, kind: str, todo: list[int], payloads: Mapping[int, dict[str, Any]]
) -> tuple[list[int], list[int], dict[int, str]]:
    """One DongBoHoSoMC call, again without the refused records: (done, exist, refused)."""
    refused: dict[int, str] = {}
    while todo:
        try:
            client.sync_dossiers([payloads[i] for i in todo], updating=kind == UPDATE)
        except PortalExists as exc:
            existing = set(exc.existing)
            exist = [i for i in todo if payloads[i]["MaHoSo"] in existing]
            if not exist:
                raise
            return [], exist, refused  # nothing stored; the others go again next round
        except PortalRejected as exc:
            at_fault = _at_fault(exc, todo)
            refused.update(at_fault)
            todo = [i for i in todo if i not in at_fault]
            continue
        return todo, [], refused
    return [], [], refused


def _at_fault(exc: PortalRejected, items: Sequence[int]) -> dict[int, str]:
    """The items a rejection names; all of them when it names none (the request as a whole)."""
    reasons = {
        items[index]: f"{exc.code} {reason}"
        for index, reason in exc.reasons().items()
        if 0 <= index < len(items)
    }
    return reasons or {i: f"{exc.code} {exc.message}" for i in items}


def push_steps(
    client: PortalClient,
    batch: Sequence[Delivery],
    records: Mapping[int, DossierRecord],
    failed: dict[int, str],
) -> Outcome:
    """One CapNhatTienDoHoSoMC with the batch's steps in order. A refused step fails its delivery
    and the dossier's later ones (the worker contract); the dossier's earlier steps still go."""
    s = portal_settings()
    events = {(i, e.seq): e for i, r in records.items() if i not in failed for e in r.events}
    outcome: Outcome = {}
    stuck = dict(failed)  # dossier id → the error all its deliveries of the batch answer
    sending: list[tuple[Delivery, dict[str, Any]]] = []
    for d in batch:
        event: EventRecord | None = events.get((d.dossier_id, d.event.seq))
        if d.dossier_id not in stuck and event is None:
            stuck[d.dossier_id] = f"event #{d.event.seq} not found"
        if d.dossier_id in stuck or event is None:
            outcome[d.pk] = stuck[d.dossier_id]
            continue
        sending.append((d, step_payload(records[d.dossier_id], event, s)))
    while sending:
        try:
            client.push_steps([payload for _, payload in sending])
            break
        except PortalRejected as exc:
            at_fault = _at_fault(exc, [d.pk for d, _ in sending])
            cutoff: dict[int, Delivery] = {}  # dossier id → its first refused delivery
            for d, _ in sending:
                if d.pk in at_fault:
                    cutoff.setdefault(d.dossier_id, d)
            kept = []
            for d, payload in sending:
                first = cutoff.get(d.dossier_id)
                if first is not None and d.pk >= first.pk:
                    outcome[d.pk] = at_fault[first.pk]
                else:
                    kept.append((d, payload))
            sending = kept
    outcome.update({d.pk: None for d, _ in sending})
    return outcome


def portal_connect() -> bool:
    """Register the handler (and the inbound pull) when a portal URL is configured."""
    if not settings.MOTCUA_PORTAL_URL:
        return False
    worker.register(CONSUMER, portal_deliver, batch=settings.MOTCUA_PORTAL_BATCH)
    if settings.MOTCUA_PORTAL_INBOUND:
        from motcua.sync.portal.inbound import inbound_pull_configured

        worker.register_periodic(
            "portal-inbound", settings.MOTCUA_PORTAL_INBOUND_SECONDS, inbound_pull_configured
        )
    return True
