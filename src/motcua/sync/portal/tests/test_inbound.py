"""Dossiers filed on the national portal: pulled by the worker into the right desk's online queue,
never twice, synced back under their national code; records motcua cannot take stay there."""

from __future__ import annotations

import logging

import pytest
from django.utils import timezone

from motcua.accounts.models import Role
from motcua.desk.selectors.inbox import inbox_desk
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import dossier_act
from motcua.sync import worker
from motcua.sync.models import PortalDossier
from motcua.sync.portal import delivery, inbound
from motcua.sync.portal.client import PortalTransient
from motcua.sync.portal.inbound import inbound_pull, inbound_take
from motcua.testing.cast import BIRTH

NATIONAL = "G22.99.1-260105-0001"


def filed(portal, code: str = NATIONAL, **fields) -> None:
    portal.sim.inbound_add(
        {
            "MaHoSo": code,
            "MaTTHC": BIRTH,
            "ChuHoSo": "Phạm Thị Hoa",
            "MaCoQuan": "000.01.30.H99",  # UBND xã Tân Phú
            "SoGiayToChuHoSo": "001190000123",
            "SoDienThoai": "0912000111",
            "Email": "hoa@example.vn",
            "TrichYeuHoSo": "Đăng ký khai sinh cho con thứ hai",
            "NgayNopHoSo": "20260105083000",
            **fields,
        }
    )


def test_the_worker_takes_a_filed_dossier_into_the_desks_online_queue(
    cast, portal, settings, monkeypatch
):
    settings.MOTCUA_PORTAL_INBOUND_SECONDS = 3600
    monkeypatch.setattr(worker, "PERIODIC", {})  # only the pull is counted here
    filed(portal)
    assert delivery.portal_connect()
    try:
        assert worker.run_periodic() == 1  # the worker loop's periodic pull, due at once
        assert worker.run_periodic() == 0  # then not before the interval
    finally:
        worker.unregister_periodic("portal-inbound")
    dossier = Dossier.objects.get(portal__code=NATIONAL)
    assert (dossier.status, dossier.channel) == (1, 2)
    assert dossier.competent_agency == cast.commune_committee
    assert dossier.holder_agency == cast.commune_centre
    assert (dossier.applicant_name, dossier.applicant_id_number) == ("Phạm Thị Hoa", "001190000123")
    assert dossier.summary == "Đăng ký khai sinh cho con thứ hai"
    assert dossier.submitted_at.strftime("%Y%m%d%H%M") == "202601050130"  # 08:30 in Hà Nội
    event = dossier.events.get()
    assert event.actor.username == "dvcqg" and event.actor.role == Role.SYSTEM
    queue = next(s for s in inbox_desk(cast.commune_centre, timezone.now()).sections)
    assert queue.key == "cho-tiep-nhan" and [r.code for r in queue.rows] == [dossier.code]
    assert portal.stats()["inbound_waiting"] == 0  # acknowledged


def test_a_record_is_never_imported_twice(cast, portal, monkeypatch):
    filed(portal)
    client = portal.client()
    real_ack = client.ack_inbound

    def lost_ack(codes):
        raise PortalTransient("the answer to XacNhanHoSoMoi was lost")

    monkeypatch.setattr(client, "ack_inbound", lost_ack)
    with pytest.raises(PortalTransient):
        inbound_pull(client)
    monkeypatch.setattr(client, "ack_inbound", real_ack)
    assert portal.stats()["inbound_waiting"] == 1  # offered again …
    report = inbound_take(client)
    assert (report.imported, report.already) == ([], [NATIONAL])  # … and not taken in again
    assert Dossier.objects.count() == 1
    assert portal.stats()["inbound_waiting"] == 0


def test_its_steps_go_back_under_the_national_code(cast, portal):
    filed(portal)
    inbound_pull(portal.client())
    dossier = Dossier.objects.get()
    dossier_act(code=dossier.code, action="receive", actor=cast.commune_desk)
    worker.run_once()
    stored = portal.dossier(NATIONAL)
    assert int(stored["record"]["TrangThaiHoSo"]) == 2
    assert [int(s["TrangThai"]) for s in stored["steps"]] == [1, 2]
    assert portal.dossier(dossier.code) is None  # no second dossier under motcua's code
    stats = portal.stats()
    assert stats["dossiers"] == 1 and "2" not in stats["errors"]  # sent as an update
    assert PortalDossier.objects.get(dossier=dossier).inbound


def test_a_record_motcua_cannot_take_stays_at_the_portal(cast, portal, caplog):
    filed(portal, "G-BAD-1", MaTTHC="9.999999")
    filed(portal, "G-BAD-2", MaCoQuan="000.99.99.H99")
    filed(portal, "G-OK")
    with caplog.at_level(logging.WARNING, logger="motcua.portal"):
        report = inbound_take(portal.client())
    assert report.imported == ["G-OK"]
    assert set(report.refused) == {"G-BAD-1", "G-BAD-2"}
    assert "9.999999" in report.refused["G-BAD-1"]
    assert "G-BAD-1" in caplog.text and "G-BAD-2" in caplog.text
    assert portal.stats()["inbound_waiting"] == 2
    assert Dossier.objects.count() == 1


def test_the_system_user_is_made_once(db):
    first = inbound.system_user()
    assert inbound.system_user() == first
    assert not first.has_usable_password()
