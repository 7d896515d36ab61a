"""The portal client: one login, renewed when the portal forgets it; typed errors; keep-alive."""

from __future__ import annotations

import pytest

from motcua.sync.portal.client import (
    PortalClient,
    PortalError,
    PortalExists,
    PortalRejected,
    PortalTransient,
)
from motcua.sync.portal.sim.testing import sample_record, sample_step


def test_logs_in_once_and_reuses_the_session(portal):
    client = portal.client()
    for n in range(3):
        assert client.lookup(f"NONE-{n}") is None
    assert portal.stats()["calls"]["auth"] == 1
    assert client.logins == 1


def test_an_expired_session_is_renewed_and_the_call_repeated_once(portal):
    client = portal.client()
    client.sync_dossiers([sample_record("A-1")], updating=False)
    portal.faults(expire_sessions=True)
    assert client.lookup("A-1")["MaHoSo"] == "A-1"
    stats = portal.stats()
    assert stats["calls"]["auth"] == 2
    assert stats["errors"] == {"99": 1}


def test_wrong_credentials_are_a_plain_error_not_a_retry_loop(portal):
    client = PortalClient(
        portal.url, username="motcua", password="wrong", dstcode="", madonvi="X", timeout=1
    )
    with pytest.raises(PortalError) as caught:
        client.lookup("A-1")
    assert not isinstance(caught.value, PortalTransient)
    assert caught.value.code == "401"
    assert portal.stats()["calls"]["auth"] == 1


def test_a_validation_error_names_the_records_at_fault(portal):
    client = portal.client()
    good, bad = sample_record("A-1"), sample_record("A-2", KenhThucHien=9)
    with pytest.raises(PortalRejected) as caught:
        client.sync_dossiers([good, bad], updating=False)
    assert caught.value.indexes() == {1}
    assert "KenhThucHien" in caught.value.reasons()[1]
    assert portal.dossier("A-1") is None  # all or nothing


def test_a_create_of_a_known_dossier_says_which_exist(portal):
    client = portal.client()
    client.sync_dossiers([sample_record("A-1")], updating=False)
    with pytest.raises(PortalExists) as caught:
        client.sync_dossiers([sample_record("A-1"), sample_record("A-2")], updating=False)
    assert caught.value.existing == ["A-1"]


@pytest.mark.parametrize(
    "fault",
    [{"error_rate": 1.0}, {"drop_rate": 1.0}, {"timeout_rate": 1.0, "hang_seconds": 1.5}],
    ids=["503", "dropped", "timeout"],
)
def test_outages_are_transient(portal, fault):
    client = portal.client()
    portal.faults(**fault)
    with pytest.raises(PortalTransient):
        client.push_steps([sample_step("A-1", "20260105090000")])


def test_a_closed_port_is_transient():
    client = PortalClient(
        "http://127.0.0.1:9", username="u", password="p", dstcode="", madonvi="X", timeout=0.5
    )
    with pytest.raises(PortalTransient):
        client.lookup("A-1")


def test_calls_share_one_kept_alive_connection(portal):
    client = portal.client()
    seen: set[object] = set()

    def note_connection(response) -> None:
        seen.add(response.extensions["network_stream"].get_extra_info("client_addr"))

    client.http.event_hooks["response"].append(note_connection)
    client.sync_dossiers([sample_record("A-1")], updating=False)
    client.push_steps([sample_step("A-1", "20260105090000")])
    for _ in range(5):
        client.lookup("A-1")
    assert len(seen) == 1


def test_inbound_fetch_and_acknowledge(portal):
    portal.sim.inbound_add({"MaHoSo": "G-1", "MaTTHC": "1.001193", "ChuHoSo": "A", "MaCoQuan": "X"})
    client = portal.client()
    assert [r["MaHoSo"] for r in client.fetch_inbound(10)] == ["G-1"]
    client.ack_inbound(["G-1"])
    assert client.fetch_inbound(10) == []
