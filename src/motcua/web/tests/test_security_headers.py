"""Security headers on every kind of response, HTTPS-only cookies outside demo mode, and pages the
strict Content-Security-Policy cannot break: no inline script, style or event handler anywhere."""

from __future__ import annotations

import runpy
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as project_settings
from django.test import Client

from motcua.accounts.models import User
from motcua.dossiers.models import Dossier
from motcua.dossiers.tests.helpers import received
from motcua.testing.cast import BIRTH, PERMIT, Cast

POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
    "base-uri": "'none'",
    "object-src": "'none'",
}
# Settings that depend on DEBUG and MOTCUA_HTTPS.
HTTPS_SETTINGS = (
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
)


@dataclass(frozen=True)
class Page:
    who: str | None  # the cast member signed in, if anyone
    url: Callable[[Dossier], str]  # given a dossier received at the provincial centre
    status: int = 200


PAGES = {
    "home": Page(None, lambda d: "/"),
    "search": Page(None, lambda d: "/thu-tuc?q=khai+sinh"),
    "procedure": Page(None, lambda d: f"/thu-tuc/{BIRTH}"),
    "tracking": Page(None, lambda d: "/tra-cuu"),
    "tracked dossier": Page(None, lambda d: f"/tra-cuu?ma={d.code}"),
    "login": Page(None, lambda d: "/dang-nhap"),
    "sign-up": Page(None, lambda d: "/dang-ky"),
    "transparency": Page(None, lambda d: "/minh-bach"),
    "not found": Page(None, lambda d: "/khong-co-trang-nay", status=404),
    "submission": Page("citizen", lambda d: f"/thu-tuc/{PERMIT}/nop-ho-so"),
    "my dossiers": Page("citizen", lambda d: "/ca-nhan/ho-so"),
    "inbox": Page("desk", lambda d: "/can-bo/"),
    "reception": Page("desk", lambda d: "/can-bo/tiep-nhan"),
    "dossier": Page("desk", lambda d: f"/can-bo/ho-so/{d.code}"),
    "dashboard": Page("leader", lambda d: "/bang-dieu-khien"),
    "process": Page("leader", lambda d: "/bang-dieu-khien/quy-trinh"),
    "api": Page(None, lambda d: "/api/v1/procedures"),
    "api docs": Page(None, lambda d: "/api/v1/docs"),
}
HTML_PAGES = [name for name in PAGES if name != "api"]
ADMIN_PAGES = ["/admin/", "/admin/accounts/user/", "/admin/accounts/user/{pk}/change/"]


def fetch(cast: Cast, name: str, **extra: Any) -> Any:
    page = PAGES[name]
    client = Client()
    if page.who:
        client.force_login(getattr(cast, page.who))
    response = client.get(page.url(received(cast)), **extra)
    assert response.status_code == page.status, name
    return response


def policy(response: Any) -> dict[str, str]:
    header = response.headers.get("Content-Security-Policy")
    assert header, "no Content-Security-Policy header"
    directives = (part.strip().split(" ", 1) for part in header.split(";") if part.strip())
    return {name: value for name, value in directives}


class _InlineCode(HTMLParser):
    """What a strict CSP blocks: event-handler and style attributes, inline scripts, <style>
    elements and javascript: links. A <script type="application/json"> is data, not code."""

    CODE_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})
    URL_ATTRIBUTES = frozenset({"href", "action", "formaction", "src"})

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for attr, value in attrs:
            script_url = attr in self.URL_ATTRIBUTES and (value or "").strip().lower().startswith(
                "javascript:"
            )
            if attr.startswith("on") or attr == "style" or script_url:
                self.found.append(f"<{tag} {attr}={value!r}>")
        if tag == "style":
            self.found.append("<style> element")
        kind = (values.get("type") or "").strip().lower()
        if tag == "script" and not values.get("src") and kind in self.CODE_TYPES:
            self.found.append("<script> without src")


def inline_code(html: str) -> list[str]:
    parser = _InlineCode()
    parser.feed(html)
    return parser.found


@pytest.mark.parametrize("name", PAGES)
def test_every_response_carries_the_strict_policy_and_the_security_headers(
    cast: Cast, name: str
) -> None:
    response = fetch(cast, name)

    assert policy(response) == POLICY
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.parametrize("name", HTML_PAGES)
def test_no_page_needs_inline_script_or_style(cast: Cast, name: str) -> None:
    html = fetch(cast, name).content.decode()

    assert inline_code(html) == [], f"the {name} page would break under the CSP"


def test_the_admin_needs_no_inline_script_or_style(cast: Cast) -> None:
    client = Client()
    client.force_login(User.objects.create_superuser("root", password="pw-root"))
    for url in ADMIN_PAGES:
        response = client.get(url.format(pk=cast.desk.pk))
        assert response.status_code == 200, url
        assert policy(response) == POLICY
        assert inline_code(response.content.decode()) == [], url


def test_the_check_finds_what_the_policy_blocks() -> None:
    html = (
        '<p style="color:red"><button onclick="go()">x</button><a href="javascript:go()">y</a>'
        '<style>p{}</style><script>go()</script><script type="application/json">{}</script>'
        '<script src="/static/x.js"></script>'
    )
    assert len(inline_code(html)) == 5


def production_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **env: str) -> dict:
    """settings.py as a server started with `env` (and DEBUG=0) would read it."""
    for name in ("MOTCUA_HTTPS", "MOTCUA_PROXY_SSL_HEADER", "MOTCUA_SESSION_HOURS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MOTCUA_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("SECRET_KEY", "not-a-secret")
    monkeypatch.setenv("DEBUG", "0")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(Path(project_settings.BASE_DIR) / "settings.py"))


def test_outside_demo_mode_https_is_required(monkeypatch, tmp_path) -> None:
    read = production_settings(monkeypatch, tmp_path)

    assert read["SESSION_COOKIE_SECURE"] and read["CSRF_COOKIE_SECURE"]
    assert read["SECURE_SSL_REDIRECT"]
    assert read["SECURE_HSTS_SECONDS"] == 31_536_000 and read["SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    assert "SECURE_PROXY_SSL_HEADER" not in read
    assert read["SESSION_COOKIE_AGE"] == 8 * 3600


def test_plain_http_on_loopback_and_a_tls_proxy_are_settings(monkeypatch, tmp_path) -> None:
    plain = production_settings(monkeypatch, tmp_path, MOTCUA_HTTPS="0")
    proxied = production_settings(monkeypatch, tmp_path, MOTCUA_PROXY_SSL_HEADER="1")
    shorter = production_settings(monkeypatch, tmp_path, MOTCUA_SESSION_HOURS="4")

    assert not any(plain[name] for name in HTTPS_SETTINGS)
    assert proxied["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")
    assert shorter["SESSION_COOKIE_AGE"] == 4 * 3600


@pytest.fixture
def https(settings: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The running site as in production: DEBUG off, the HTTPS settings settings.py chooses."""
    read = production_settings(monkeypatch, tmp_path)
    settings.DEBUG = False
    for name in (*HTTPS_SETTINGS, "SECURE_PROXY_SSL_HEADER"):
        setattr(settings, name, read.get(name))


def test_https_pages_send_hsts_and_secure_cookies(cast: Cast, https: None) -> None:
    client = Client()
    page = client.get("/dang-nhap", secure=True)
    signed_in = client.post(
        "/dang-nhap", {"username": "citizen", "password": "pw-citizen"}, secure=True
    )

    assert page["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert page.cookies["csrftoken"]["secure"]
    assert signed_in.status_code == 302
    session = signed_in.cookies["sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    assert not session["max-age"]  # it ends with the browser…
    assert client.session.get_expiry_age() == 8 * 3600  # …or after a working day


def test_plain_http_is_redirected_to_https(cast: Cast, https: None) -> None:
    response = Client().get("/tra-cuu")

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/tra-cuu"


def test_behind_a_tls_proxy_its_forwarded_proto_counts(cast: Cast, https: None, settings) -> None:
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    response = Client().get("/tra-cuu", headers={"X-Forwarded-Proto": "https"})

    assert response.status_code == 200
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
