"""Filling in the Django admin's change forms as an administrator does: what is there stays, the
fields named change, the form is saved."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from django.test import Client


class _FormValues(HTMLParser):
    """The values a browser would send for the admin's change form, as it stands."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, list[str]] = {}
        self.select: str | None = None
        self.textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        name = found.get("name", "")
        if tag == "input" and name and name != "csrfmiddlewaretoken":
            kind = found.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in found:
                    self.values.setdefault(name, []).append(found.get("value", "on"))
            elif kind not in ("submit", "button", "file"):
                self.values.setdefault(name, []).append(found.get("value", ""))
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select and "selected" in found:
            self.values.setdefault(self.select, []).append(found.get("value", ""))
        elif tag == "textarea":
            self.textarea = name
            self.values[name] = [""]

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data: str) -> None:
        if self.textarea:
            self.values[self.textarea][0] += data


def admin_edit(client: Client, url: str, **changes: str) -> None:
    """Change some fields in an admin change form and save it, as an administrator would."""
    parser = _FormValues()
    parser.feed(client.get(url).content.decode())
    data: dict[str, Any] = {**parser.values, **{k: [v] for k, v in changes.items()}, "_save": "1"}
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
