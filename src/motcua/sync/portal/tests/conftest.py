"""`portal`: a simulated national portal on loopback, motcua's portal settings pointed at it and
the delivery handler registered; `story`: dossiers moved through the services a minute apart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.utils import timezone

from motcua.accounts.models import User
from motcua.clock import VN_TZ
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import dossier_act
from motcua.dossiers.tests.helpers import received
from motcua.sync import worker
from motcua.sync.models import Delivery, DeliveryState
from motcua.sync.portal.client import PortalClient, portal_client, portal_clients_close
from motcua.sync.portal.delivery import CONSUMER, portal_deliver
from motcua.sync.portal.simulator import PortalSimulator, SimServer
from motcua.testing.cast import Cast


@dataclass
class Portal:
    server: SimServer
    sim: PortalSimulator

    @property
    def url(self) -> str:
        return self.server.url

    def client(self) -> PortalClient:
        return portal_client()

    def stats(self) -> dict[str, Any]:
        return self.sim.stats()

    def dossier(self, code: str) -> dict[str, Any] | None:
        return self.sim.dossier(code)

    def faults(self, **settings: Any) -> None:
        self.sim.set_faults(settings)

    def pending(self) -> int:
        return pending()

    def drain(self, *, rounds: int = 50) -> int:
        """Run worker rounds (in the far future, so back-off never waits) until nothing is due."""
        total = 0
        later = timezone.now()
        for _ in range(rounds):
            later += dt.timedelta(hours=2)
            worked = worker.run_once(now=later)
            total += worked
            if not worked and not pending():
                break
        return total


class Clock:
    """Instants a minute apart from 08:00 (Vietnam time) two days ago: distinct steps never share
    a second (the portal takes equal steps as one), the deliveries are due at once, and the
    dossiers are all received on one day (`day`)."""

    def __init__(self) -> None:
        start = timezone.now().astimezone(VN_TZ) - dt.timedelta(days=2)
        self.at = start.replace(hour=8, minute=0, second=0, microsecond=0)
        self.day = self.at.date()

    def __call__(self) -> dt.datetime:
        self.at += dt.timedelta(minutes=1)
        return self.at


@dataclass
class Story:
    """Dossiers moved through the real services, at the clock's instants."""

    cast: Cast
    clock: Clock

    def received(self, **kwargs: Any) -> Dossier:
        return received(self.cast, at=self.clock(), **kwargs)

    def act(self, dossier: Dossier, action: str, actor: User | None = None, **kwargs: Any):
        actor = actor or {
            "forward": self.cast.desk,
            "approve": self.cast.leader,
            "finish": self.cast.leader,
            "return": self.cast.desk,
        }.get(action, self.cast.desk)
        return dossier_act(code=dossier.code, action=action, actor=actor, at=self.clock(), **kwargs)

    def approved(self) -> Dossier:
        dossier = self.received()
        self.act(dossier, "forward", self.cast.desk)
        self.act(dossier, "forward", self.cast.officer)
        return self.act(dossier, "approve", self.cast.leader)


@pytest.fixture
def story(cast: Cast) -> Story:
    return Story(cast, Clock())


def pending() -> int:
    return Delivery.objects.filter(consumer=CONSUMER, state=DeliveryState.PENDING).count()


@pytest.fixture
def portal(settings: Any) -> Iterator[Portal]:
    server = SimServer(PortalSimulator(seed=1, hang_seconds=2.0))
    server.start()
    settings.MOTCUA_PORTAL_URL = server.url
    settings.MOTCUA_PORTAL_USERNAME = "motcua"
    settings.MOTCUA_PORTAL_PASSWORD = "motcua"
    settings.MOTCUA_PORTAL_TIMEOUT = 1.0
    worker.register(CONSUMER, portal_deliver, batch=settings.MOTCUA_PORTAL_BATCH)
    try:
        yield Portal(server, server.sim)
    finally:
        worker.unregister(CONSUMER)
        portal_clients_close()
        server.stop()
