"""Officers sign in with their password and a TOTP code; citizens with the password alone.

MOTCUA_OFFICER_TOTP is off for the rest of the suite (conftest.py); these tests turn it on."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from motcua.conftest import ApiClient
from motcua.testing.cast import Cast

INBOX = "/can-bo/"
VERIFY = "/dang-nhap/ma-xac-thuc"
ENROL = "/dang-nhap/thiet-lap-xac-thuc"


@pytest.fixture(autouse=True)
def totp_on(settings: Any) -> None:
    settings.MOTCUA_OFFICER_TOTP = True


def sign_in(username: str) -> tuple[Client, Any]:
    client = Client()
    response = client.post("/dang-nhap", {"username": username, "password": f"pw-{username}"})
    return client, response


def code(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    """The code the officer's app shows (`steps_ahead` × 30 s later: a code is good only once)."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():06d}"


def wrong_code(device: TOTPDevice) -> str:
    valid = {code(device, steps_ahead=s) for s in (-1, 0, 1)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in valid)


def enrolled(client: Client, cast: Cast) -> TOTPDevice:
    """Enrol a device for the signed-in desk officer (their first sign-in)."""
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=cast.desk)
    device.used_code = code(device)  # type: ignore[attr-defined]
    assert client.post(ENROL, {"token": device.used_code, "next": INBOX}).status_code == 302
    device.refresh_from_db()
    return device


def test_first_sign_in_enrols_a_device_by_qr_code_then_lets_the_officer_in(cast: Cast) -> None:
    client, signed_in = sign_in("desk")
    assert signed_in.status_code == 302 and signed_in["Location"].startswith(VERIFY)
    assert client.get(signed_in["Location"])["Location"].startswith(ENROL)  # no device yet

    page = client.get(ENROL)
    html = page.content.decode()
    device = TOTPDevice.objects.get(user=cast.desk)
    assert page.status_code == 200 and not device.confirmed
    assert re.search(r'<img src="data:image/svg\+xml[^"]+"', html)  # the CSP allows data: images
    secret = re.search(r'<p class="code" id="secret">([A-Z2-7 ]+)</p>', html)
    assert secret and len(secret.group(1).replace(" ", "")) == 32
    assert "Thiết lập xác thực hai bước" in html
    assert client.get(ENROL).content.decode().count(secret.group(1)) == 1  # same secret again

    wrong = client.post(ENROL, {"token": wrong_code(device), "next": INBOX})
    assert wrong.status_code == 400
    assert "Mã xác thực không đúng." in wrong.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get(INBOX)["Location"].startswith(VERIFY)  # still not in

    device.throttle_reset()  # the wrong code above made the next try wait a second
    right = client.post(ENROL, {"token": code(device), "next": INBOX})
    assert right.status_code == 302 and right["Location"] == INBOX
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(INBOX).status_code == 200


def test_later_sign_ins_ask_for_a_code_and_refuse_officer_pages_until_then(cast: Cast) -> None:
    client, _ = sign_in("desk")
    device = enrolled(client, cast)

    client, signed_in = sign_in("desk")
    page = client.get(signed_in["Location"])
    assert page.status_code == 200 and "Mã xác thực" in page.content.decode()
    assert "data:image/svg" not in page.content.decode()  # no QR code once enrolled
    dossier_page = client.get("/can-bo/tiep-nhan")
    assert dossier_page.status_code == 302
    assert dossier_page["Location"] == f"{VERIFY}?next=%2Fcan-bo%2Ftiep-nhan"
    assert client.get("/admin/")["Location"].startswith(VERIFY)

    wrong = client.post(VERIFY, {"token": "12345", "next": "/can-bo/tiep-nhan"})
    assert wrong.status_code == 400 and "Mã xác thực gồm đúng 6 chữ số." in wrong.content.decode()
    right = client.post(VERIFY, {"token": code(device, steps_ahead=1), "next": "/can-bo/tiep-nhan"})
    assert right.status_code == 302 and right["Location"] == "/can-bo/tiep-nhan"
    assert client.get("/can-bo/tiep-nhan").status_code == 200


def test_a_code_is_good_once_and_next_cannot_leave_the_site(cast: Cast) -> None:
    client, _ = sign_in("desk")
    device = enrolled(client, cast)
    used = device.used_code  # the code that confirmed the device

    client, _ = sign_in("desk")
    replay = client.post(VERIFY, {"token": used, "next": INBOX})
    assert replay.status_code == 400
    device.throttle_reset()
    away = client.post(VERIFY, {"token": code(device, steps_ahead=1), "next": "https://evil.test/"})
    assert away.status_code == 302 and away["Location"] == INBOX


def test_wrong_codes_are_throttled_with_a_message_saying_until_when(cast: Cast, settings) -> None:
    settings.OTP_TOTP_THROTTLE_FACTOR = (
        60  # one wrong code: wait a minute (default: 1 s, 2 s, 4 s…)
    )
    client, _ = sign_in("desk")
    device = enrolled(client, cast)
    client, _ = sign_in("desk")

    assert client.post(VERIFY, {"token": wrong_code(device)}).status_code == 400
    throttled = client.post(VERIFY, {"token": code(device, steps_ahead=1)})

    html = throttled.content.decode()
    assert throttled.status_code == 429
    assert re.search(r"Bạn đã nhập sai mã 1 lần liên tiếp. Hãy thử lại sau \d\d:\d\d:\d\d.", html)
    assert client.get(INBOX).status_code == 302  # the right code did not get through meanwhile


def test_the_api_refuses_an_unverified_officer_session_but_not_a_token(cast: Cast) -> None:
    client, _ = sign_in("desk")
    device = enrolled(client, cast)
    assert client.get("/api/v1/dossiers").status_code == 200  # verified session

    half, _ = sign_in("desk")
    refused = half.get("/api/v1/dossiers")
    assert refused.status_code == 401
    assert refused.json()["code"] == "second_factor_required"
    assert "ứng dụng xác thực" in refused.json()["message"]
    bad_token = half.get("/api/v1/dossiers", headers={"Authorization": "Bearer mc_wrong"})
    assert bad_token.status_code == 401  # the half-open session does not stand in for a token
    assert ApiClient(cast.desk).get("/dossiers").status_code == 200  # tokens are unaffected

    half.post(VERIFY, {"token": code(device, steps_ahead=1)})
    assert half.get("/api/v1/dossiers").status_code == 200


def test_citizens_are_not_asked_for_a_code(cast: Cast) -> None:
    client, signed_in = sign_in("citizen")
    assert signed_in.status_code == 302 and signed_in["Location"] == "/ca-nhan/ho-so"
    assert client.get("/ca-nhan/ho-so").status_code == 200
    assert client.get(VERIFY)["Location"] == INBOX  # nothing to do there
    assert not TOTPDevice.objects.exists()


def test_staff_accounts_are_officers_too(cast: Cast) -> None:
    cast.citizen.is_staff = True  # e.g. made with createsuperuser: the role stays "citizen"
    cast.citizen.save()
    _, signed_in = sign_in("citizen")
    assert signed_in["Location"].startswith(VERIFY)


def test_off_in_demo_mode_the_password_is_enough(cast: Cast, settings) -> None:
    settings.MOTCUA_OFFICER_TOTP = False
    client, signed_in = sign_in("desk")
    assert signed_in["Location"] == INBOX
    assert client.get(INBOX).status_code == 200


def test_the_enrolment_page_keeps_the_strict_policy_and_speaks_english(cast: Cast) -> None:
    client, _ = sign_in("desk")
    page = client.get(ENROL, {"lang": "en"})
    html = page.content.decode()

    policy = page["Content-Security-Policy"]
    assert "img-src 'self' data:" in policy and "script-src 'self'" in policy
    assert "<script" not in html and "style=" not in html and "<style" not in html
    assert "Set up two-step verification" in html and "Add the account to the app" in html
    wrong = client.post(ENROL, {"token": "12"})
    assert "The code has exactly 6 digits." in wrong.content.decode()
