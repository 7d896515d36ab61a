"""The portal simulator's parts; the protocol and the public names are in `portal.simulator`.

`rules` (field checks, legal status changes) and `faults` are pure; `state` holds the portal's
memory and answers; `server` is the HTTP around it; `testing` a small client for tests.
"""

from __future__ import annotations

from motcua.sync.portal.sim.faults import Faults
from motcua.sync.portal.sim.server import SimServer, serve
from motcua.sync.portal.sim.state import PortalSimulator

__all__ = ["Faults", "PortalSimulator", "SimServer", "serve"]
