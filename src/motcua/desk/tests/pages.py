"""Shortcuts for the officer-page tests: log in as a cast member, post an action, read messages."""

from __future__ import annotations

from typing import Any

from django.test import Client

from motcua.accounts.models import User
from motcua.dossiers.models import Dossier

PDF = (  # the smallest real PDF: one blank A4 page (uploads are parsed, not only sniffed)
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>> endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000053 00000 n \n"
    b"0000000103 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n167\n%%EOF\n"
)
PNG = (  # a real 1×1 PNG (its checksums are checked)
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc````\x00\x00\x00\x05\x00\x01\xa5\xf6E@\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


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
