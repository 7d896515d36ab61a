"""Shortcuts for the officer-page tests: log in as a cast member, post an action, read messages."""

from __future__ import annotations

from typing import Any

from django.test import Client

from motcua.accounts.models import User
from motcua.dossiers.models import Dossier


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def act(client: Client, dossier: Dossier, action: str, **data: Any) -> Any:
    """POST an action as the page does (with the version the officer saw) and follow to the page."""
    dossier.refresh_from_db()
    data.setdefault("expected_version", dossier.event_count)
    return client.post(f"/can-bo/ho-so/{dossier.code}/thao-tac/{action}", data, follow=True)
