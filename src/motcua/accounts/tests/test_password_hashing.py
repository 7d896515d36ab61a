"""Passwords are stored with Argon2; a PBKDF2 hash from before still signs in and is upgraded.

The rest of the suite hashes with MD5 (conftest.py: Argon2 is slow on purpose); this test puts
back the hashers settings.py chooses."""

from __future__ import annotations

from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.test import Client

from motcua import settings as project_settings
from motcua.accounts.models import Role, User


def test_new_passwords_are_argon2_and_old_pbkdf2_hashes_are_upgraded_on_login(db, settings):
    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS
    new = User.objects.create_user("new.citizen", password="pw-new", role=Role.CITIZEN)
    old = User.objects.create_user("old.citizen", role=Role.CITIZEN)
    # As stored before Argon2 (few iterations keep the test quick; Django upgrades those too).
    old.password = PBKDF2PasswordHasher().encode("pw-old", "oldsalt0123456789", iterations=1000)
    old.save(update_fields=["password"])

    signed_in = Client().post("/dang-nhap", {"username": "old.citizen", "password": "pw-old"})

    assert new.password.startswith("argon2$argon2id$")
    assert signed_in.status_code == 302
    old.refresh_from_db()
    assert old.password.startswith("argon2$argon2id$")
    assert old.check_password("pw-old")
    assert "$m=19456,t=2,p=1$" in new.password and "$m=19456,t=2,p=1$" in old.password
