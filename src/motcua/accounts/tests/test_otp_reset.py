"""An officer who lost the phone: an admin resets the device; the next sign-in enrols anew."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from motcua.testing.cast import Cast


def test_otp_reset_forgets_the_device_and_the_next_sign_in_enrols(cast: Cast, settings) -> None:
    settings.MOTCUA_OFFICER_TOTP = True
    TOTPDevice.objects.create(user=cast.desk, name="authenticator", confirmed=True)
    TOTPDevice.objects.create(user=cast.officer, name="authenticator", confirmed=True)
    out = io.StringIO()

    call_command("otp_reset", "desk", stdout=out)

    assert "Đã xóa 1 thiết bị xác thực của desk" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=cast.desk).exists()
    assert TOTPDevice.objects.filter(user=cast.officer).exists()  # nobody else's
    client = Client()
    signed_in = client.post("/dang-nhap", {"username": "desk", "password": "pw-desk"})
    assert client.get(signed_in["Location"])["Location"].startswith("/dang-nhap/thiet-lap-xac-thuc")


def test_otp_reset_names_an_unknown_user(cast: Cast) -> None:
    with pytest.raises(CommandError, match="Không có người dùng “ai-do”"):
        call_command("otp_reset", "ai-do")


def test_the_admin_lists_devices_without_their_secrets(cast: Cast, client) -> None:
    device = TOTPDevice.objects.create(user=cast.desk, name="authenticator", confirmed=True)
    client.force_login(cast.admin)
    cast.admin.is_staff = cast.admin.is_superuser = True
    cast.admin.save()

    page = client.get(f"/admin/otp_totp/totpdevice/{device.pk}/change/")

    assert page.status_code == 200
    assert device.key not in page.content.decode()
    assert client.get("/admin/otp_totp/totpdevice/").status_code == 200
