"""The officers' second factor: a TOTP code from an authenticator app (django-otp's TOTP device).

An officer is every account but a citizen's, and any staff account (Django's admin). The first
sign-in enrols a device by QR code, confirmed by one valid code; later sign-ins ask for a code.
Wrong codes are throttled by the device itself (waits of 1, 2, 4, 8 … seconds); an admin resets a
lost device (`otp_reset`), after which the next sign-in enrols again.
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import segno
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from motcua.accounts.models import Role, User
from motcua.errors import DomainError

DEVICE_NAME = "authenticator"


def is_officer(user: Any) -> bool:
    return bool(
        user.is_authenticated
        and (getattr(user, "role", Role.CITIZEN) != Role.CITIZEN or user.is_staff)
    )


def second_factor_pending(user: Any) -> bool:
    """Signed in with the password, but the code is still owed (only when the setting asks)."""
    if not settings.MOTCUA_OFFICER_TOTP or not is_officer(user):
        return False
    is_verified = getattr(user, "is_verified", None)  # installed by django-otp's middleware
    return not (is_verified and is_verified())


def confirmed_device(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def enrolment_device(user: User) -> TOTPDevice:
    """The device being enrolled: the same secret on every visit until a code confirms it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def manual_secret(device: TOTPDevice) -> str:
    """The secret in base32, in groups of four, for apps that cannot scan the QR code."""
    raw = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def qr_image(device: TOTPDevice) -> tuple[str, int]:
    """The otpauth:// link as an SVG QR code in a data: URI (the CSP allows data: images, no
    inline SVG styling), and its width (= height) in pixels."""
    qr = segno.make(device.config_url, error="m")
    width, _ = qr.symbol_size(scale=4, border=2)
    return str(qr.svg_data_uri(scale=4, border=2)), int(width)


def totp_verify(*, request: Any, device_id: int, token: str) -> TOTPDevice:
    """Check `token` against the signed-in user's device `device_id` and, if right, mark the
    session verified (confirming a device being enrolled). Wrong codes are throttled."""
    with transaction.atomic():  # the device row locked: concurrent guesses count one by one
        device = (
            TOTPDevice.objects.select_for_update().filter(pk=device_id, user=request.user).first()
        )
        if device is None:
            raise DomainError(
                "second_factor_no_device",
                "Tài khoản chưa có thiết bị xác thực.",
                message_en="This account has no authenticator device.",
                status=409,
            )
        allowed, info = device.verify_is_allowed()
        right = allowed and device.verify_token(token)  # a wrong one is counted (and committed)
        if right and not device.confirmed:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
    if not allowed:
        raise _throttled(info or {})
    if not right:
        raise DomainError(
            "second_factor_wrong",
            "Mã xác thực không đúng. Hãy nhập mã đang hiện trên ứng dụng xác thực.",
            message_en="Wrong code. Enter the code your authenticator app shows now.",
            field="token",
        )
    otp_login(request, device)
    return device


def _throttled(info: dict[str, Any]) -> DomainError:
    until: dt.datetime = info.get("locked_until") or timezone.now()
    at = timezone.localtime(until).strftime("%H:%M:%S")
    count = info.get("failure_count", 0)
    return DomainError(
        "second_factor_throttled",
        f"Bạn đã nhập sai mã {count} lần liên tiếp. Hãy thử lại sau {at}.",
        message_en=f"{count} wrong codes in a row. Try again after {at}.",
        field="token",
        status=429,
        details={"locked_until": until.isoformat()},
    )


def otp_reset(*, user: User) -> int:
    """Forget the user's devices (a lost phone): the next sign-in enrols a new one."""
    deleted, _ = TOTPDevice.objects.filter(user=user).delete()
    return deleted
