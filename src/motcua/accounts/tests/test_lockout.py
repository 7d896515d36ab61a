"""Wrong passwords: after MOTCUA_LOGIN_ATTEMPTS of them for one username from one client address,
that pair is locked out (django-axes) until the lock period passes or an admin unlocks it."""

from __future__ import annotations

import datetime as dt
import re

from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client

from motcua.testing.cast import Cast

LOCKED = "Tạm khóa đăng nhập"


def attempt(password: str, *, address: str = "203.0.113.7", username: str = "desk") -> object:
    client = Client(REMOTE_ADDR=address)
    return client.post("/dang-nhap", {"username": username, "password": password})


def lock_out(times: int = 5) -> list:
    return [attempt("sai-mat-khau") for _ in range(times)]


def test_the_fifth_wrong_password_locks_the_account_from_that_address(cast: Cast) -> None:
    answers = lock_out()

    assert [a.status_code for a in answers[:4]] == [200] * 4  # the form again, with the error
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in answers[0].content.decode()
    locked = answers[4]
    html = locked.content.decode()
    assert locked.status_code == 429 and LOCKED in html
    assert "Đã nhập sai mật khẩu 5 lần liên tiếp" in html
    assert re.search(r"Hãy thử lại sau 15 phút \(lúc \d\d:\d\d\)\.", html)
    assert locked["Retry-After"] == str(15 * 60)
    right_password = attempt("pw-desk")
    assert right_password.status_code == 429  # even the right password waits
    assert "_auth_user_id" not in right_password.client.session


def test_the_lock_holds_one_username_from_one_address(cast: Cast) -> None:
    lock_out()

    assert attempt("pw-desk", address="198.51.100.9").status_code == 302  # another address
    assert attempt("pw-officer", username="officer").status_code == 302  # another account


def test_the_lock_ends_after_the_lock_period(cast: Cast, settings) -> None:
    lock_out()
    assert attempt("pw-desk").status_code == 429

    # 16 minutes later (the last failure, which restarted the wait, was that long ago).
    AccessAttempt.objects.update(attempt_time=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16))

    assert attempt("pw-desk").status_code == 302


def test_a_success_forgets_the_earlier_failures(cast: Cast) -> None:
    lock_out(times=4)
    assert attempt("pw-desk").status_code == 302
    assert attempt("sai-mat-khau").status_code == 200  # counting starts again


def test_an_admin_unlocks_the_account_at_once(cast: Cast) -> None:
    lock_out()

    call_command("axes_reset_username", "desk", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert attempt("pw-desk").status_code == 302


def test_the_limit_and_the_period_are_settings(cast: Cast, settings) -> None:
    settings.AXES_FAILURE_LIMIT = 2
    settings.AXES_COOLOFF_TIME = dt.timedelta(minutes=1)
    answers = lock_out(times=2)

    assert [a.status_code for a in answers] == [200, 429]
    assert "Hãy thử lại sau 1 phút" in answers[1].content.decode()
